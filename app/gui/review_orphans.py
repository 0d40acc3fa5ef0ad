"""The orphaned notes: notes that match nothing, listed until attached or deleted.

A note that matches no difference or row of the comparison stays listed in the review panel
until the user attaches it to the current difference (or row, for a row's note) or deletes
it; both ask before a note is lost.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStatusBar

from app.gui.models import OrphansModel, excerpt, note_tooltip
from app.gui.palette import kind_name
from app.gui.review_panel import ReviewPanel
from app.gui.review_prompts import Prompts
from app.model import Comparison, Difference, Note, Row
from app.review import Annotation, RowComment
from app.review.session import ReviewSession


class Selection(Protocol):
    """What is current in the window: the difference in the list, the row in the table."""

    def current_difference(self) -> Difference | None: ...

    def selected_row(self) -> Row | None: ...


class OrphanNotes(QObject):
    """Lists the session's orphaned notes and attaches or deletes the selected one.

    ``changed`` fires once a note was attached or deleted, before the list shows it.
    """

    changed = Signal()

    def __init__(self, session: ReviewSession, selection: Selection, panel: ReviewPanel,
                 prompts: Prompts, status_bar: QStatusBar, parent: QObject) -> None:
        super().__init__(parent)
        self._session = session
        self._selection = selection
        self._panel = panel
        self._prompts = prompts
        self._status_bar = status_bar
        self.model = OrphansModel(self)
        panel.orphans_view.setModel(self.model)
        # These act on the selected orphaned note, from its list and its context menu.
        self.attach_action = QAction(panel)
        self.delete_action = QAction(panel)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        panel.orphans_view.addAction(self.delete_action)
        self.attach_action.triggered.connect(self.attach)
        self.delete_action.triggered.connect(self.delete)
        panel.attach_orphan_button.clicked.connect(self.attach)
        panel.delete_orphan_button.clicked.connect(self.delete)
        panel.orphans_view.customContextMenuRequested.connect(self._menu)
        panel.orphans_view.selectionModel().currentChanged.connect(self.show_actions)

    def retranslate(self) -> None:
        self.delete_action.setText(self.tr("Delete note…"))
        self.show_actions()

    def show(self, comparison: Comparison) -> None:
        """List the orphaned notes of the comparison shown."""
        self.model.set_orphans([*comparison.orphaned, *comparison.orphaned_rows])
        self._panel.show_orphan_count(self.model.rowCount())

    def _selected(self) -> int | None:
        """The position of the selected orphaned note: notes on differences, then on rows."""
        index = self._panel.orphans_view.currentIndex()
        return index.row() if index.isValid() else None

    def attach(self) -> bool:
        """Move the selected orphaned note onto the current difference (or row, for a row note).

        The note keeps its verdict, comment, author and time; its anchor becomes the new
        target's. A note already there is replaced only if the user agrees.
        """
        position, base = self._selected(), self._session.base
        if position is None or base is None:
            return False
        orphan = self._session.orphan_at(position)
        if isinstance(orphan, RowComment):
            return self._attach_to_row(orphan)
        difference = self._selection.current_difference()
        if difference is None:
            self._status_bar.showMessage(
                self.tr("Select the difference to attach the note to (F7 or F8)"), 5000)
            return False
        held = self._session.annotations.get(difference.id)
        if held is not None and not self._confirm_replace(held.note, orphan.note):
            return False
        if self._session.base is not base or not self._session.attach_orphan(orphan, difference):
            return False  # compared again while the question was open
        self._handled(position, self.tr("Note attached to the difference"))
        return True

    def _attach_to_row(self, orphan: RowComment) -> bool:
        base, row = self._session.base, self._selection.selected_row()
        if row is None or base is None:
            self._status_bar.showMessage(self.tr("Select the row to attach the note to"), 5000)
            return False
        held = self._session.row_comments.get(row.id)
        if held is not None and not self._confirm_replace(held.note, orphan.note):
            return False
        if self._session.base is not base or orphan not in self._session.row_orphans:
            return False
        position = len(self._session.orphans) + self._session.row_orphans.index(orphan)
        self._session.attach_row_orphan(orphan, row)
        self._handled(position, self.tr("Note attached to the row"))
        return True

    def _confirm_replace(self, held: Note, orphan: Note) -> bool:
        return self._prompts.confirm(
            self.tr("Replace the note?"),
            self.tr("This already has a note:\n\n{held}\n\nReplace it with the orphaned "
                    "note? The note it has now will be deleted from the review.\n\n"
                    "{orphan}").format(held=note_tooltip(held), orphan=note_tooltip(orphan)),
            self.tr("Replace"))

    def delete(self) -> bool:
        """Delete the selected orphaned note from the review, once the user confirms."""
        position = self._selected()
        if position is None or self._session.base is None:
            return False
        orphan: Annotation | RowComment = self._session.orphan_at(position)
        if not self._prompts.confirm(
                self.tr("Delete the note?"),
                self.tr("Delete this note from the review file? Colleagues who share the "
                        "file will no longer see it.\n\n{note}").format(
                    note=note_tooltip(orphan.note)),
                self.tr("Delete")):
            return False
        if not self._session.delete_orphan(orphan):
            return False  # compared again while the question was open
        self._handled(position, self.tr("Note deleted"))
        return True

    def _handled(self, position: int, message: str) -> None:
        """Save and show the change, keeping the selection at the same place in the list."""
        self.changed.emit()
        count = self.model.rowCount()
        if count:
            self._panel.orphans_view.setCurrentIndex(self.model.index(min(position, count - 1),
                                                                      0))
        self._status_bar.showMessage(message, 4000)

    def _menu(self, position: QPoint) -> None:
        view = self._panel.orphans_view
        index = view.indexAt(position)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        menu = QMenu(view)
        menu.addAction(self.attach_action)
        menu.addAction(self.delete_action)
        menu.exec(view.viewport().mapToGlobal(position))

    def show_actions(self) -> None:
        """Label and enable attaching and deleting for the selected note and current target."""
        position = self._selected()
        row_note = position is not None and position >= len(self._session.orphans)
        if row_note:
            text = self.tr("Attach to the current row")
            row = self._selection.selected_row()
            target = row.id if row is not None else None
            tip = (self.tr("Attach the selected note to the selected row") if row
                   else self.tr("Select a row first"))
        else:
            text = self.tr("Attach to the current difference")
            difference = self._selection.current_difference()
            target = difference.id if difference is not None else None
            tip = (self.tr("Attach the selected note to {difference}").format(
                difference=f"{kind_name(difference.kind)} {excerpt(difference)}")
                if difference is not None else self.tr("Select a difference first (F7 or F8)"))
        enabled = position is not None and target is not None
        self._panel.show_orphan_actions(text, enabled, tip, position is not None)
        self.attach_action.setText(text)
        self.attach_action.setEnabled(enabled)
        self.delete_action.setEnabled(position is not None)
