"""Review wiring: verdicts and comments from keys and the panel, autosave, restore, projects.

The review of a pair lives beside its documents (``default_review_path``) unless the user
saves it elsewhere or in a ``.duizhao`` project; the settings remember that place per pair,
so that opening the pair again finds it (or, if it is gone, says so and falls back to the
default). Notes that match nothing stay listed until the user attaches them to a difference
or row, or deletes them; both ask before a note is lost. The review is written atomically
at most ``AUTOSAVE_MS`` after the first unsaved change, and on close, so that killing the
application loses at most the last two seconds. Progress counts the substantive
differences that have a verdict (a comment alone does not review a difference).
"""

from __future__ import annotations

import getpass
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMenu, QMessageBox

from app.gui.models import DifferenceFilter, OrphansModel, excerpt, note_tooltip
from app.gui.palette import kind_name
from app.model import KIND_ORDER, NON_SUBSTANTIVE_KINDS, Comparison, Difference, Note
from app.review import (
    Annotation,
    Attachment,
    Review,
    ReviewedFile,
    ReviewError,
    RowComment,
    Verdict,
    annotate,
    attach,
    default_review_path,
    difference_anchor,
    load_review,
    review_of,
    reviewed_file,
    row_anchor,
    save_review,
)
from app.review.model import now
from app.review.project import SUFFIX as PROJECT_SUFFIX
from app.review.project import Project, documents_outside, load_project, save_project

if TYPE_CHECKING:
    from app.gui.documents import Documents
    from app.gui.navigation import Navigation
    from app.gui.settings import AppSettings
    from app.gui.window_view import WindowView

AUTOSAVE_MS = 1000
_EMPTY = Review(ReviewedFile("", ""), ReviewedFile("", ""))


def os_user() -> str:
    """The name of the logged-in user, the reviewer's name until one is set."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class ReviewController(QObject):
    """Keeps the open pair's review: edits, re-attachment, autosave, review and project files.

    ``saved`` fires with the path after each successful save; ``notes_attached`` with the
    comparison carrying the held notes, to be shown; ``settings_changed`` when the settings
    should be written; ``compare_settings_changed`` when a project set how to compare;
    ``failed`` with a message for the user.
    """

    saved = Signal(str)
    notes_attached = Signal(object)  # Comparison
    settings_changed = Signal()
    compare_settings_changed = Signal()
    failed = Signal(str)

    def __init__(self, view: WindowView, settings: AppSettings, navigation: Navigation,
                 documents: Documents) -> None:
        super().__init__(view)
        self._view = view
        self._settings = settings
        self._navigation = navigation
        self._documents = documents
        self._panel = panel = view.review_panel
        self._annotated: Comparison | None = None  # the comparison shown, with the notes
        self._pair: tuple[str, str] | None = None
        self._target: Path | None = None  # where the review is saved
        self._in_project = False  # the target is a .duizhao project, not a review file
        self._pending_project: tuple[Path, Project] | None = None
        self._base: Comparison | None = None
        self._annotations: dict[str, Annotation] = {}
        self._orphans: tuple[Annotation, ...] = ()
        self._row_comments: dict[str, RowComment] = {}
        self._row_orphans: tuple[RowComment, ...] = ()
        self._extra: Mapping[str, Any] = {}
        self._dirty = False
        self.warning: QMessageBox | None = None  # the last problem shown to the user
        self.confirmation: QMessageBox | None = None  # the last question asked
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self.orphans_model = OrphansModel(self)
        panel.orphans_view.setModel(self.orphans_model)
        self.progress_label = QLabel()
        view.statusBar().addPermanentWidget(self.progress_label)
        self._build_actions()
        self._connect()
        self._show_current()

    # --- actions and menus ------------------------------------------------------------------
    def _build_actions(self) -> None:
        view = self._view

        def action(*shortcuts: str) -> QAction:
            created = QAction(view)
            if shortcuts:
                created.setShortcuts([QKeySequence(s) for s in shortcuts])
            view.addAction(created)
            return created

        self.verdict_actions = {Verdict.ACCEPTED: action("A"), Verdict.REJECTED: action("R"),
                                Verdict.QUERY: action("Q")}
        self.next_unreviewed_action = action("F8")
        # Enter belongs to line edits elsewhere: these only act in the two lists.
        self.comment_action = QAction(view)
        self.comment_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.row_comment_action = QAction(view)
        self.row_comment_action.setShortcuts([QKeySequence("Shift+Return"),
                                              QKeySequence("Shift+Enter")])
        for list_view in (view.table, view.differences):
            for list_action in (self.comment_action, self.row_comment_action):
                list_view.addAction(list_action)
        for list_action in (self.comment_action, self.row_comment_action):
            list_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.reviewer_action = action()
        self.save_review_as_action = action()
        self.open_review_action = action()
        self.save_project_action = action("Ctrl+Shift+S")
        self.open_project_action = action()
        # These act on the selected orphaned note, from its list and its context menu.
        self.attach_orphan_action = QAction(view)
        self.delete_orphan_action = QAction(view)
        self.delete_orphan_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_orphan_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._panel.orphans_view.addAction(self.delete_orphan_action)

        self.menu = QMenu(view.menuBar())
        view.menuBar().insertMenu(view.help_menu.menuAction(), self.menu)
        for verdict_action in self.verdict_actions.values():
            self.menu.addAction(verdict_action)
        self.menu.addAction(self.comment_action)
        self.menu.addAction(self.row_comment_action)
        self.menu.addAction(self.next_unreviewed_action)
        self.menu.addSeparator()
        self.menu.addAction(self.open_review_action)
        self.menu.addAction(self.save_review_as_action)
        self.menu.addSeparator()
        self.menu.addAction(self.reviewer_action)
        view.file_menu.insertAction(view.export_action, self.open_project_action)
        view.file_menu.insertAction(view.export_action, self.save_project_action)
        view.file_menu.insertSeparator(view.export_action)

    def _connect(self) -> None:
        view, panel = self._view, self._panel
        for verdict, verdict_action in self.verdict_actions.items():
            verdict_action.triggered.connect(lambda _=False, v=verdict: self.toggle_verdict(v))
        for verdict, button in panel.verdict_buttons.items():
            button.clicked.connect(lambda _=False, v=verdict: self.toggle_verdict(v))
        self.next_unreviewed_action.triggered.connect(self.next_unreviewed)
        self.comment_action.triggered.connect(self.edit_comment)
        self.row_comment_action.triggered.connect(self.edit_row_comment)
        self.reviewer_action.triggered.connect(self.choose_reviewer)
        self.save_review_as_action.triggered.connect(self.choose_review_file)
        self.open_review_action.triggered.connect(self.choose_review_to_open)
        self.save_project_action.triggered.connect(self.choose_project_file)
        self.open_project_action.triggered.connect(self.choose_project_to_open)
        self.attach_orphan_action.triggered.connect(self.attach_orphan)
        self.delete_orphan_action.triggered.connect(self.delete_orphan)
        panel.attach_orphan_button.clicked.connect(self.attach_orphan)
        panel.delete_orphan_button.clicked.connect(self.delete_orphan)
        panel.orphans_view.customContextMenuRequested.connect(self._orphan_menu)
        panel.orphans_view.selectionModel().currentChanged.connect(self._show_orphan_actions)
        panel.comment_edit.textEdited.connect(self.set_comment)
        panel.row_comment_edit.textEdited.connect(self.set_row_comment)
        panel.comment_edit.returnPressed.connect(view.differences.setFocus)
        panel.row_comment_edit.returnPressed.connect(view.differences.setFocus)
        panel.verdict_filter.currentIndexChanged.connect(
            lambda: view.differences_filter.set_verdict_mode(panel.verdict_filter.currentData()))
        self._navigation.current_difference_changed.connect(self._show_current)
        view.table.selectionModel().currentRowChanged.connect(self._show_current)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Review"))
        names = {Verdict.ACCEPTED: self.tr("Accept"), Verdict.REJECTED: self.tr("Reject"),
                 Verdict.QUERY: self.tr("Query")}
        for verdict, verdict_action in self.verdict_actions.items():
            verdict_action.setText(names[verdict])
        self.comment_action.setText(self.tr("Comment on the difference"))
        self.row_comment_action.setText(self.tr("Comment on the row"))
        self.next_unreviewed_action.setText(self.tr("Next unreviewed difference"))
        self.reviewer_action.setText(self.tr("Reviewer name…"))
        self.save_review_as_action.setText(self.tr("Save review as…"))
        self.open_review_action.setText(self.tr("Open review…"))
        self.save_project_action.setText(self.tr("Save comparison as…"))
        self.open_project_action.setText(self.tr("Open project…"))
        self.delete_orphan_action.setText(self.tr("Delete note…"))
        self._panel.show_reviewer(self.reviewer())
        self._show_progress()
        self._show_current()

    # --- the review of the open pair ---------------------------------------------------------
    def reviewer(self) -> str:
        return self._settings.reviewer or os_user()

    def attachment(self) -> Attachment:
        """The current annotations, in reading order."""
        assert self._base is not None
        base = self._base
        return Attachment(
            annotations={d.id: self._annotations[d.id] for d in base.differences
                         if d.id in self._annotations},
            orphans=self._orphans,
            row_comments={r.id: self._row_comments[r.id] for r in base.rows
                          if r.id in self._row_comments},
            row_orphans=self._row_orphans)

    def _review(self) -> Review:
        """Everything held, with the anchors as last attached (for re-attachment)."""
        return Review(_EMPTY.left, _EMPTY.right,
                      annotations=(*self._annotations.values(), *self._orphans),
                      row_comments=(*self._row_comments.values(), *self._row_orphans),
                      extra=self._extra)

    def attach_to(self, comparison: Comparison) -> None:
        """Attach the pair's review to the comparison just shown."""
        pair = (self._documents.left_path, self._documents.right_path)
        if pair != self._pair:
            self.save_now()
            self._pair = pair
            review = self._open_review_of(pair)
        else:
            review = self._review()  # the documents changed or were compared again
        self._base = comparison
        self._hold(attach(comparison, review), review.extra)
        self._refresh()

    def _open_review_of(self, pair: tuple[str, str]) -> Review:
        """The review a newly opened pair starts with, and where it will be saved."""
        pending, self._pending_project = self._pending_project, None
        if pending is not None and (pending[1].left, pending[1].right) == pair:
            self._target, self._in_project = pending[0], True
            self._remember_location()
            outside = documents_outside(pending[1], pending[0])
            if outside:  # said, not asked: a project beside its documents' folder is usual
                self._view.statusBar().showMessage(
                    self.tr("This project opens documents outside its own folder: {paths}")
                    .format(paths=", ".join(outside)), 30000)
            return pending[1].review
        self._target, self._in_project = default_review_path(*pair), False
        remembered = self._settings.review_location(*pair)
        if remembered is not None:
            if Path(remembered).is_file():
                self._target = Path(remembered)
                self._in_project = self._target.suffix == PROJECT_SUFFIX
            else:
                self._forget_location()
                self._view.statusBar().showMessage(
                    self.tr("The review saved at {path} is gone; using the one beside the "
                            "documents").format(path=remembered), 10000)
        if not self._target.exists():
            return _EMPTY
        try:
            return load_review(self._target)
        except ReviewError as error:
            # Never overwrite a file we could not read; the user can save elsewhere.
            title = (self.tr("The review beside the documents cannot be used")
                     if remembered is None or self._target != Path(remembered)
                     else self.tr("The saved review of these documents cannot be used"))
            self._target = None
            self._warn(title, str(error))
            return _EMPTY

    def _remember_location(self) -> None:
        """Remember where this pair's review lives, so that reopening the pair finds it."""
        if self._pair is None or self._target is None:
            return
        beside = self._target == default_review_path(*self._pair) and not self._in_project
        self._settings.remember_review_location(
            *self._pair, None if beside else str(self._target))
        self.settings_changed.emit()

    def _forget_location(self) -> None:
        if self._pair is not None:
            self._settings.remember_review_location(*self._pair, None)
            self.settings_changed.emit()

    def _hold(self, attachment: Attachment, extra: Mapping[str, Any]) -> None:
        self._annotations = dict(attachment.annotations)
        self._orphans = attachment.orphans
        self._row_comments = dict(attachment.row_comments)
        self._row_orphans = attachment.row_orphans
        self._extra = extra

    def _refresh(self) -> None:
        """Show the held notes everywhere: table, list, panel, progress, orphans."""
        if self._base is None:
            return
        annotated = annotate(self._base, self.attachment())
        self._annotated = annotated
        self.notes_attached.emit(annotated)
        self.orphans_model.set_orphans([*annotated.orphaned, *annotated.orphaned_rows])
        self._panel.show_orphan_count(self.orphans_model.rowCount())
        self._show_progress()
        self._show_current()

    def _changed(self) -> None:
        self._dirty = True
        if not self._autosave.isActive():
            # Not restarted by later changes: the first unsaved change waits at most this.
            self._autosave.start()
        self._refresh()

    # --- editing -----------------------------------------------------------------------------
    def toggle_verdict(self, verdict: Verdict) -> None:
        """Set the current difference's verdict; the same verdict again clears it."""
        difference = self._navigation.current_difference()
        if difference is None or self._base is None:
            self._view.statusBar().showMessage(
                self.tr("Select a difference first (F7 or F8)"), 4000)
            self._show_current()
            return
        held = self._annotations.get(difference.id)
        same = held is not None and held.verdict is verdict
        self._put(difference, None if same else verdict, held.comment if held else "")

    def set_verdict(self, verdict: Verdict | None) -> None:
        """Set (or with None clear) the current difference's verdict."""
        difference = self._navigation.current_difference()
        if difference is not None and self._base is not None:
            held = self._annotations.get(difference.id)
            self._put(difference, verdict, held.comment if held else "")

    def set_comment(self, comment: str) -> None:
        """Comment on the current difference."""
        difference = self._navigation.current_difference()
        if difference is not None and self._base is not None:
            held = self._annotations.get(difference.id)
            self._put(difference, held.verdict if held else None, comment)

    def _put(self, difference: Difference, verdict: Verdict | None, comment: str) -> None:
        assert self._base is not None
        held = self._annotations.pop(difference.id, None)
        if verdict is not None or comment:
            self._annotations[difference.id] = Annotation(
                anchor=difference_anchor(self._base, difference), verdict=verdict,
                comment=comment, author=self.reviewer(), time=now(),
                extra=held.extra if held else {})
        self._changed()

    def set_row_comment(self, comment: str) -> None:
        """Comment on the selected row as a whole."""
        row = self._navigation.selected_row()
        if row is None or self._base is None:
            return
        held = self._row_comments.pop(row.id, None)
        if comment:
            self._row_comments[row.id] = RowComment(
                anchor=row_anchor(self._base, row), comment=comment, author=self.reviewer(),
                time=now(), extra=held.extra if held else {})
        self._changed()

    def edit_comment(self) -> None:
        """Put the cursor in the comment of the current difference (or else of the row)."""
        if self._navigation.current_difference() is None:
            self.edit_row_comment()
            return
        self._panel.comment_edit.setFocus()
        self._panel.comment_edit.selectAll()

    def edit_row_comment(self) -> None:
        if self._navigation.selected_row() is not None:
            self._panel.row_comment_edit.setFocus()
            self._panel.row_comment_edit.selectAll()

    def next_unreviewed(self) -> None:
        """Select the next substantive difference without a verdict, wrapping at the end."""
        comparison = self._annotated
        if comparison is None:
            return
        differences = comparison.differences
        current = self._navigation.current_difference()
        start = next((n + 1 for n, d in enumerate(differences)
                      if current is not None and d.id == current.id), 0)
        target = next((d for d in (*differences[start:], *differences[:start])
                       if d.substantive and not (d.note and d.note.verdict)), None)
        if target is None:
            self._view.statusBar().showMessage(
                self.tr("Every substantive difference has a verdict"), 5000)
            return
        self.select_difference(target.id)

    def select_difference(self, difference_id: str) -> None:
        """Make the difference current in the list, widening the list's filters if needed."""
        view = self._view
        source = view.differences_model
        position = next(n for n in range(source.rowCount())
                        if source.difference(n).id == difference_id)
        index = view.differences_filter.mapFromSource(source.index(position, 0))
        if not index.isValid():
            self._panel.verdict_filter.setCurrentIndex(
                self._panel.verdict_filter.findData(DifferenceFilter.ALL))
            view.kind_filter.setCurrentIndex(view.kind_filter.findData(DifferenceFilter.ALL))
            index = view.differences_filter.mapFromSource(source.index(position, 0))
        view.differences.setCurrentIndex(index)
        view.differences.scrollTo(index)

    # --- orphaned notes ----------------------------------------------------------------------
    def _selected_orphan(self) -> int | None:
        """The position of the selected orphaned note: notes on differences, then on rows."""
        index = self._panel.orphans_view.currentIndex()
        return index.row() if index.isValid() else None

    def _is_row_orphan(self, position: int) -> bool:
        return position >= len(self._orphans)

    def attach_orphan(self) -> bool:
        """Move the selected orphaned note onto the current difference (or row, for a row note).

        The note keeps its verdict, comment, author and time; its anchor becomes the new
        target's. A note already there is replaced only if the user agrees.
        """
        position, base = self._selected_orphan(), self._base
        if position is None or base is None:
            return False
        if self._is_row_orphan(position):
            return self._attach_row_orphan(self._row_orphans[position - len(self._orphans)])
        orphan = self._orphans[position]
        difference = self._navigation.current_difference()
        if difference is None:
            self._view.statusBar().showMessage(
                self.tr("Select the difference to attach the note to (F7 or F8)"), 5000)
            return False
        held = self._annotations.get(difference.id)
        if held is not None and not self._confirm(
                self.tr("Replace the note?"),
                self._replace_question(held.note, orphan.note), self.tr("Replace")):
            return False
        if self._base is not base or orphan not in self._orphans:
            return False  # compared again while the question was open
        self._orphans = tuple(o for o in self._orphans if o is not orphan)
        self._annotations[difference.id] = replace(orphan,
                                                   anchor=difference_anchor(base, difference))
        self._orphan_handled(position, self.tr("Note attached to the difference"))
        return True

    def _attach_row_orphan(self, orphan: RowComment) -> bool:
        base, row = self._base, self._navigation.selected_row()
        if row is None or base is None:
            self._view.statusBar().showMessage(
                self.tr("Select the row to attach the note to"), 5000)
            return False
        held = self._row_comments.get(row.id)
        if held is not None and not self._confirm(
                self.tr("Replace the note?"),
                self._replace_question(held.note, orphan.note), self.tr("Replace")):
            return False
        if self._base is not base or orphan not in self._row_orphans:
            return False
        position = len(self._orphans) + self._row_orphans.index(orphan)
        self._row_orphans = tuple(o for o in self._row_orphans if o is not orphan)
        self._row_comments[row.id] = replace(orphan, anchor=row_anchor(base, row))
        self._orphan_handled(position, self.tr("Note attached to the row"))
        return True

    def _replace_question(self, held: Note, orphan: Note) -> str:
        return self.tr("This already has a note:\n\n{held}\n\nReplace it with the orphaned "
                       "note? The note it has now will be deleted from the review.\n\n"
                       "{orphan}").format(held=note_tooltip(held), orphan=note_tooltip(orphan))

    def delete_orphan(self) -> bool:
        """Delete the selected orphaned note from the review, once the user confirms."""
        position = self._selected_orphan()
        if position is None or self._base is None:
            return False
        row_note = self._is_row_orphan(position)
        orphan = (self._row_orphans[position - len(self._orphans)] if row_note
                  else self._orphans[position])
        if not self._confirm(
                self.tr("Delete the note?"),
                self.tr("Delete this note from the review file? Colleagues who share the "
                        "file will no longer see it.\n\n{note}").format(
                    note=note_tooltip(orphan.note)),
                self.tr("Delete")):
            return False
        if row_note and orphan in self._row_orphans:
            self._row_orphans = tuple(o for o in self._row_orphans if o is not orphan)
        elif not row_note and orphan in self._orphans:
            self._orphans = tuple(o for o in self._orphans if o is not orphan)
        else:
            return False  # compared again while the question was open
        self._orphan_handled(position, self.tr("Note deleted"))
        return True

    def _orphan_handled(self, position: int, message: str) -> None:
        """Save and show the change, keeping the selection at the same place in the list."""
        self._changed()
        count = self.orphans_model.rowCount()
        if count:
            self._panel.orphans_view.setCurrentIndex(
                self.orphans_model.index(min(position, count - 1), 0))
        self._view.statusBar().showMessage(message, 4000)

    def _confirm(self, title: str, question: str, action: str) -> bool:
        """Ask before a change that loses a note; Cancel is the default."""
        self.confirmation = QMessageBox(QMessageBox.Icon.Question, title, question,
                                        QMessageBox.StandardButton.NoButton, self._view)
        accept = self.confirmation.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        # Our own Cancel: Qt's standard button is not translated without qtbase's catalogue.
        cancel = self.confirmation.addButton(self.tr("Cancel"),
                                             QMessageBox.ButtonRole.RejectRole)
        self.confirmation.setDefaultButton(cancel)
        self.confirmation.setEscapeButton(cancel)
        self.confirmation.exec()
        return self.confirmation.clickedButton() is accept

    def _orphan_menu(self, position: QPoint) -> None:
        view = self._panel.orphans_view
        index = view.indexAt(position)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        menu = QMenu(view)
        menu.addAction(self.attach_orphan_action)
        menu.addAction(self.delete_orphan_action)
        menu.exec(view.viewport().mapToGlobal(position))

    def _show_orphan_actions(self) -> None:
        position = self._selected_orphan()
        row_note = position is not None and self._is_row_orphan(position)
        if row_note:
            text = self.tr("Attach to the current row")
            row = self._navigation.selected_row()
            target = row.id if row is not None else None
            tip = (self.tr("Attach the selected note to the selected row") if row
                   else self.tr("Select a row first"))
        else:
            text = self.tr("Attach to the current difference")
            difference = self._navigation.current_difference()
            target = difference.id if difference is not None else None
            tip = (self.tr("Attach the selected note to {difference}").format(
                difference=f"{kind_name(difference.kind)} {excerpt(difference)}")
                if difference is not None else self.tr("Select a difference first (F7 or F8)"))
        enabled = position is not None and target is not None
        self._panel.show_orphan_actions(text, enabled, tip, position is not None)
        self.attach_orphan_action.setText(text)
        self.attach_orphan_action.setEnabled(enabled)
        self.delete_orphan_action.setEnabled(position is not None)

    # --- showing -----------------------------------------------------------------------------
    def _show_progress(self) -> None:
        comparison = self._annotated
        if comparison is None:
            self.progress_label.clear()
            return
        substantive = comparison.substantive
        done = sum(1 for d in substantive if d.note is not None and d.note.verdict)
        self.progress_label.setText(self.tr("Reviewed {done} / {total}").format(
            done=done, total=len(substantive)))

    def _show_current(self) -> None:
        panel = self._panel
        difference = self._navigation.current_difference()
        row = self._navigation.selected_row()
        if difference is None:
            panel.show_target(self.tr("Select a difference (F7, F8) to give it a verdict."),
                              False)
            panel.show_verdict(None)
        else:
            panel.show_target(f"{kind_name(difference.kind)} · {excerpt(difference)}", True)
            panel.show_verdict(difference.note.verdict if difference.note else None)
        panel.show_comments(difference.note.comment if difference and difference.note else "",
                            row.note.comment if row is not None and row.note else "",
                            row is not None)
        self._show_orphan_actions()

    def _warn(self, title: str, message: str) -> None:
        self.warning = QMessageBox(QMessageBox.Icon.Warning, title, message,
                                   QMessageBox.StandardButton.Ok, self._view)
        self.warning.open()

    # --- files -------------------------------------------------------------------------------
    def save_now(self) -> bool:
        """Write pending changes to the review's file; True when there is nothing left."""
        self._autosave.stop()
        if not self._dirty:
            return True
        if self._target is None or self._base is None or self._pair is None:
            return False
        left, right = self._pair
        folder = self._target.parent
        review = review_of(self._base, self.attachment(), reviewed_file(left, folder),
                           reviewed_file(right, folder), self._extra)
        try:
            if self._in_project:
                save_project(Project(left, right, self._settings.compare_settings(),
                                     review), self._target)
            else:
                save_review(review, self._target)
        except OSError as error:
            self._view.statusBar().showMessage(
                self.tr("The review cannot be saved: {reason}").format(
                    reason=f"{self._target}: {error.strerror or error}"), 10000)
            return False
        self._dirty = False
        self.saved.emit(str(self._target))
        return True

    def save_review_to(self, path: str | Path) -> bool:
        """Save the review to a file of the user's choice; later changes go there too."""
        self._target, self._in_project, self._dirty = Path(path), False, True
        saved = self.save_now()
        if saved:
            self._remember_location()
        return saved

    def save_project_to(self, path: str | Path) -> bool:
        """Save the comparison as a project; later changes go into it."""
        self._target, self._in_project, self._dirty = Path(path), True, True
        saved = self.save_now()
        if saved:
            self._remember_location()
        return saved

    def open_review(self, path: str | Path) -> None:
        """Replace the open pair's review with a review file's, re-attached here."""
        try:
            review = load_review(path)
        except ReviewError as error:
            self._warn(self.tr("Cannot open the review"), str(error))
            return
        self._target, self._in_project = Path(path), Path(path).suffix == PROJECT_SUFFIX
        self._remember_location()
        if self._base is not None:
            self._hold(attach(self._base, review), review.extra)
            self._refresh()

    def open_project(self, path: str | Path) -> None:
        """Open a ``.duizhao`` project: its documents, settings and review."""
        try:
            project = load_project(path)
        except ReviewError as error:
            self._warn(self.tr("Cannot open the project"), str(error))
            return
        self.save_now()
        self._settings.convert = project.settings.convert.value
        self._settings.shown_kinds = [k.value for k in KIND_ORDER
                                      if k in NON_SUBSTANTIVE_KINDS
                                      and k not in project.settings.ignore]
        self.compare_settings_changed.emit()
        self._pending_project = (Path(path), project)
        self._pair = None
        self._documents.open_pair(project.left, project.right)

    def choose_reviewer(self) -> None:
        name, accepted = QInputDialog.getText(self._view, self.tr("Reviewer name"),
                                              self.tr("Your name on annotations:"),
                                              text=self.reviewer())
        if accepted and name.strip():
            self._settings.reviewer = name.strip()
            self._panel.show_reviewer(self.reviewer())

    def choose_review_file(self) -> None:
        suggested = str(self._target or (default_review_path(*self._pair) if self._pair
                                         else ""))
        path, _ = QFileDialog.getSaveFileName(self._view, self.tr("Save review as"),
                                              suggested, self.tr("Reviews (*.json)"))
        if path:
            self.save_review_to(path)

    def choose_review_to_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._view, self.tr("Open review"),
                                              str(self._target or ""),
                                              self.tr("Reviews (*.json *.duizhao)"))
        if path:
            self.open_review(path)

    def choose_project_file(self) -> None:
        if self._pair is None:
            self.failed.emit(self.tr("Compare two documents before saving them as a "
                                     "project."))
            return
        suggested = str(Path(self._pair[0]).with_suffix(PROJECT_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self._view, self.tr("Save comparison as"),
                                              suggested, self.tr("Duizhao projects (*.duizhao)"))
        if path:
            self.save_project_to(path)

    def choose_project_to_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._view, self.tr("Open project"), "",
                                              self.tr("Duizhao projects (*.duizhao)"))
        if path:
            self.open_project(path)
