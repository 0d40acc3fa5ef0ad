"""The review's actions, their shortcuts and their places in the menus.

Layout only: the actions are built, placed and translated here; the review controller
connects them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.gui.palette import kind_name
from app.model import KIND_ORDER, Kind
from app.review import Verdict


class ReviewActions(QObject):
    """The Review menu, undo and redo in Edit, projects in File.

    ``verdict_for_kind`` fires with a verdict and a kind chosen in "Accept (Reject) all of a
    kind"; ``bulk_menu_shown`` when one of those menus opens, to show the counts.
    """

    verdict_for_kind = Signal(object, object)  # Verdict, Kind
    bulk_menu_shown = Signal()

    def __init__(self, window: QWidget, menu_bar: QMenuBar, before_menu: QMenu,
                 edit_menu: QMenu, file_menu: QMenu, before_in_file: QAction,
                 lists: Sequence[QWidget]) -> None:
        """Put the actions in ``window``: the Review menu before ``before_menu``, undo and
        redo at the top of ``edit_menu``, projects before ``before_in_file``; Enter and
        Shift+Enter act in ``lists`` only."""
        super().__init__(window)

        def action(*shortcuts: str) -> QAction:
            created = QAction(window)
            if shortcuts:
                created.setShortcuts([QKeySequence(s) for s in shortcuts])
            window.addAction(created)
            return created

        self.verdict_actions = {Verdict.ACCEPTED: action("A"), Verdict.REJECTED: action("R"),
                                Verdict.QUERY: action("Q")}
        self.next_unreviewed_action = action("F8")
        self.undo_action = action("Ctrl+Z")
        self.redo_action = action("Ctrl+Shift+Z", "Ctrl+Y")
        # Enter belongs to line edits elsewhere: these only act in the two lists.
        self.comment_action = QAction(window)
        self.comment_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.row_comment_action = QAction(window)
        self.row_comment_action.setShortcuts([QKeySequence("Shift+Return"),
                                              QKeySequence("Shift+Enter")])
        for list_view in lists:
            for list_action in (self.comment_action, self.row_comment_action):
                list_view.addAction(list_action)
        for list_action in (self.comment_action, self.row_comment_action):
            list_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.reviewer_action = action()
        self.save_review_as_action = action()
        self.open_review_action = action()
        self.save_project_action = action("Ctrl+Shift+S")
        self.open_project_action = action()

        self.menu = QMenu(menu_bar)
        menu_bar.insertMenu(before_menu.menuAction(), self.menu)
        for verdict_action in self.verdict_actions.values():
            self.menu.addAction(verdict_action)
        self.menu.addAction(self.comment_action)
        self.menu.addAction(self.row_comment_action)
        self.menu.addAction(self.next_unreviewed_action)
        self.menu.addSeparator()
        self.accept_all_menu = self.menu.addMenu("")
        self.reject_all_menu = self.menu.addMenu("")
        self.bulk_actions: dict[tuple[Verdict, Kind], QAction] = {}
        for verdict, menu in ((Verdict.ACCEPTED, self.accept_all_menu),
                              (Verdict.REJECTED, self.reject_all_menu)):
            for kind in KIND_ORDER:
                bulk = menu.addAction("")
                bulk.triggered.connect(
                    lambda _=False, v=verdict, k=kind: self.verdict_for_kind.emit(v, k))
                self.bulk_actions[verdict, kind] = bulk
            menu.aboutToShow.connect(self.bulk_menu_shown)
        self.menu.addSeparator()
        self.menu.addAction(self.open_review_action)
        self.menu.addAction(self.save_review_as_action)
        self.menu.addSeparator()
        self.menu.addAction(self.reviewer_action)
        edit_menu.insertAction(edit_menu.actions()[0], self.undo_action)
        edit_menu.insertAction(edit_menu.actions()[1], self.redo_action)
        edit_menu.insertSeparator(edit_menu.actions()[2])
        file_menu.insertAction(before_in_file, self.open_project_action)
        file_menu.insertAction(before_in_file, self.save_project_action)
        file_menu.insertSeparator(before_in_file)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Review"))
        names = {Verdict.ACCEPTED: self.tr("Accept"), Verdict.REJECTED: self.tr("Reject"),
                 Verdict.QUERY: self.tr("Query")}
        for verdict, verdict_action in self.verdict_actions.items():
            verdict_action.setText(names[verdict])
        self.comment_action.setText(self.tr("Comment on the difference"))
        self.row_comment_action.setText(self.tr("Comment on the row"))
        self.next_unreviewed_action.setText(self.tr("Next unreviewed difference"))
        self.accept_all_menu.setTitle(self.tr("Accept all of a kind"))
        self.reject_all_menu.setTitle(self.tr("Reject all of a kind"))
        self.reviewer_action.setText(self.tr("Reviewer name…"))
        self.save_review_as_action.setText(self.tr("Save review as…"))
        self.open_review_action.setText(self.tr("Open review…"))
        self.save_project_action.setText(self.tr("Save comparison as…"))
        self.open_project_action.setText(self.tr("Open project…"))
        self.undo_action.setText(self.tr("Undo review edit"))
        self.redo_action.setText(self.tr("Redo review edit"))

    def show_bulk_counts(self, counts: Mapping[Kind, int]) -> None:
        """Offer each kind with its number of differences; hide the kinds without any."""
        for (_verdict, kind), bulk in self.bulk_actions.items():
            bulk.setText(f"{kind_name(kind)} ({counts.get(kind, 0)})")
            bulk.setVisible(bool(counts.get(kind)))
            bulk.setEnabled(bool(counts.get(kind)))

    def show_undo(self, can_undo: bool, can_redo: bool) -> None:
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
