"""Review wiring: verdicts and comments from keys and the panel, undo, progress.

The controller puts the review's pieces together over the window and shows the notes: the
session that holds them (``app.review.session``), their undo history
(``app.review.history``), the files they are saved to (``review_files``), the orphaned
notes (``review_orphans``), the menus (``review_actions``). Every edit of verdicts and
comments can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z) until the documents are compared
again. Progress counts the substantive differences that have a verdict (a comment alone
does not review a difference).
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QLabel

from app.gui.difference_picker import DifferencePicker
from app.gui.models import Roles, excerpt
from app.gui.palette import kind_name
from app.gui.review_actions import ReviewActions
from app.gui.review_files import ReviewFiles
from app.gui.review_orphans import OrphanNotes
from app.gui.review_prompts import Prompts
from app.model import Comparison, Difference, Kind
from app.review import Verdict
from app.review.history import EditHistory
from app.review.merge import NoteKey
from app.review.session import HeldNote, ReviewSession

if TYPE_CHECKING:
    from app.gui.documents import Documents
    from app.gui.navigation import Navigation
    from app.gui.settings import AppSettings
    from app.gui.window_view import WindowView


def os_user() -> str:
    """The name of the logged-in user, the reviewer's name until one is set."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class ReviewController(QObject):
    """Keeps the open pair's review: edits, undo, re-attachment, and showing the notes.

    ``notes_attached`` fires with the comparison carrying the held notes, to be shown. The
    other signals are those of ``ReviewFiles``, for the window.
    """

    saved = Signal(str)
    project_opened = Signal(str)  # the path of a project whose pair is being opened
    open_project_requested = Signal(str)  # a project chosen in File ▸ Open project…
    notes_attached = Signal(object)  # Comparison
    settings_changed = Signal()
    compare_settings_changed = Signal()
    failed = Signal(str)

    def __init__(self, view: WindowView, settings: AppSettings, navigation: Navigation,
                 documents: Documents) -> None:
        super().__init__(view)
        self._settings = settings
        self._navigation = navigation
        self._documents = documents
        self._panel = panel = view.review_panel
        self._differences = view.differences
        self._status_bar = view.statusBar()
        self.session = ReviewSession()
        self.history = EditHistory(self.session)
        self.prompts = Prompts(view)
        self.files = ReviewFiles(self.session, settings, self._status_bar, self.prompts, view)
        self.orphans = OrphanNotes(self.session, navigation, panel, self.prompts,
                                   self._status_bar, self)
        self.actions = ReviewActions(view, view.menuBar(), view.help_menu, view.edit_menu,
                                     view.file_menu, view.export_action,
                                     (view.table, view.differences))
        self.picker = DifferencePicker(view.table, view.delegate, view.differences,
                                       view.differences_model, view.differences_filter,
                                       view.kind_filter, panel.verdict_filter,
                                       navigation.current_difference, self)
        self.progress_label = QLabel()
        self._status_bar.addPermanentWidget(self.progress_label)
        # A verdict can go on several differences at once.
        view.differences.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._connect(view)
        self._show_current()

    def _connect(self, view: WindowView) -> None:
        actions, panel, files, documents = self.actions, self._panel, self.files, self._documents
        for verdict, verdict_action in actions.verdict_actions.items():
            verdict_action.triggered.connect(lambda _=False, v=verdict: self.toggle_verdict(v))
        for verdict, button in panel.verdict_buttons.items():
            button.clicked.connect(lambda _=False, v=verdict: self.toggle_verdict(v))
        actions.next_unreviewed_action.triggered.connect(self.next_unreviewed)
        actions.undo_action.triggered.connect(self.undo)
        actions.redo_action.triggered.connect(self.redo)
        actions.comment_action.triggered.connect(self.edit_comment)
        actions.row_comment_action.triggered.connect(self.edit_row_comment)
        actions.reviewer_action.triggered.connect(self.choose_reviewer)
        actions.save_review_as_action.triggered.connect(files.choose_review_file)
        actions.open_review_action.triggered.connect(files.choose_review_to_open)
        actions.save_project_action.triggered.connect(files.choose_project_file)
        actions.open_project_action.triggered.connect(files.choose_project_to_open)
        actions.verdict_for_kind.connect(self.verdict_for_kind)
        actions.bulk_menu_shown.connect(self._show_bulk_counts)
        panel.comment_edit.textEdited.connect(self.set_comment)
        panel.row_comment_edit.textEdited.connect(self.set_row_comment)
        panel.comment_edit.returnPressed.connect(view.differences.setFocus)
        panel.row_comment_edit.returnPressed.connect(view.differences.setFocus)
        panel.verdict_filter.currentIndexChanged.connect(
            lambda: view.differences_filter.set_verdict_mode(panel.verdict_filter.currentData()))
        self._navigation.current_difference_changed.connect(self._show_current)
        view.table.selectionModel().currentRowChanged.connect(self._show_current)
        documents.swapping.connect(files.swap_next)
        documents.opening.connect(files.pair_opening)
        files.pair_requested.connect(documents.open_pair)
        files.merged.connect(self._refresh)
        files.replaced.connect(self._replaced)
        self.orphans.changed.connect(self._changed)
        files.saved.connect(self.saved)
        files.project_opened.connect(self.project_opened)
        files.open_project_requested.connect(self.open_project_requested)
        files.settings_changed.connect(self.settings_changed)
        files.compare_settings_changed.connect(self.compare_settings_changed)
        files.failed.connect(self.failed)
        self._show_undo()

    def retranslate(self) -> None:
        self.actions.retranslate()
        self._show_bulk_counts()
        self.orphans.retranslate()
        self._panel.show_reviewer(self.reviewer())
        self._show_progress()
        self._show_current()

    # --- the review of the open pair ---------------------------------------------------------
    def reviewer(self) -> str:
        return self._settings.reviewer or os_user()

    def choose_reviewer(self) -> None:
        name, accepted = QInputDialog.getText(self._panel.window(), self.tr("Reviewer name"),
                                              self.tr("Your name on annotations:"),
                                              text=self.reviewer())
        if accepted and name.strip():
            self._settings.reviewer = name.strip()
            self._panel.show_reviewer(self.reviewer())

    def attach_to(self, comparison: Comparison) -> None:
        """Attach the pair's review to the comparison just shown."""
        documents = self._documents
        review, swapped = self.files.review_for((documents.left_path, documents.right_path))
        self.session.show(comparison, review)
        if self.files.dirty and not swapped:  # not saved: every note held is this window's
            self.session.claim_all()
        self.history.clear()
        self._refresh()
        self.files.save_soon()

    def _replaced(self) -> None:
        """Another review replaced the notes: the edits made so far are no longer undone."""
        self.history.clear()
        self._refresh()

    def _refresh(self, keys: Iterable[NoteKey] | None = None) -> None:
        """Show the held notes everywhere: table, list, panel, progress, orphans.

        With ``keys``, only those differences and rows changed.
        """
        if self.session.base is None:
            return
        annotated = self.session.annotate(keys)
        self.notes_attached.emit(annotated)
        self.orphans.show(annotated)
        self._show_progress()
        self._show_current()
        self._show_undo()

    def _changed(self, keys: Iterable[NoteKey] | None = None) -> None:
        self.files.changed()
        self._refresh(keys)

    # --- editing, undo and redo --------------------------------------------------------------
    def undo(self) -> None:
        """Take back the last edit of verdicts and comments."""
        self._replayed(self.history.undo())

    def redo(self) -> None:
        """Make again the last edit taken back."""
        self._replayed(self.history.redo())

    def _replayed(self, keys: list[NoteKey]) -> None:
        if not keys:
            return
        if keys[0][0] == "d" and len(keys) == 1:
            self.select_difference(keys[0][1])
        self._changed(keys)

    def _edit(self, changes: Mapping[NoteKey, HeldNote], merge: NoteKey | None = None) -> None:
        """Apply ``changes`` as one step that Ctrl+Z takes back."""
        keys = self.history.edit(changes, merge)
        if keys:
            self._changed(keys)

    def _show_undo(self) -> None:
        self.actions.show_undo(self.history.can_undo, self.history.can_redo)

    def selected_differences(self) -> list[Difference]:
        """The differences selected in the list, the current one alone when one is."""
        view = self._differences
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        chosen = [index.data(Roles.DIFFERENCE) for index in sorted(rows, key=QModelIndex.row)]
        chosen = [d for d in chosen if d is not None]
        current = self._navigation.current_difference()
        if len(chosen) > 1:
            return chosen
        return [current] if current is not None else chosen

    def toggle_verdict(self, verdict: Verdict) -> None:
        """Set the verdict of the selected differences; when all have it already, clear it."""
        targets = self.selected_differences()
        if not targets or self.session.base is None:
            self._status_bar.showMessage(self.tr("Select a difference first (F7 or F8)"), 4000)
            self._show_current()
            return
        self._edit(self.session.toggled(targets, verdict, self.reviewer()))
        if len(targets) > 1:
            self._status_bar.showMessage(self.tr("{count} differences marked").format(
                count=len(targets)), 4000)

    def set_comment(self, comment: str) -> None:
        """Comment on the current difference."""
        difference = self._navigation.current_difference()
        if difference is not None and self.session.base is not None:
            key = ("d", difference.id)
            self._edit({key: self.session.with_comment(difference, comment, self.reviewer())},
                       merge=key)

    def set_row_comment(self, comment: str) -> None:
        """Comment on the selected row as a whole."""
        row = self._navigation.selected_row()
        if row is not None and self.session.base is not None:
            key = ("r", row.id)
            self._edit({key: self.session.with_row_comment(row, comment, self.reviewer())},
                       merge=key)

    def verdict_for_kind(self, verdict: Verdict, kind: Kind) -> bool:
        """Give every difference of ``kind`` without a verdict this one, once the user agrees."""
        comparison = self.session.annotated
        if comparison is None:
            return False
        of_kind, open_ = self.session.of_kind(kind)
        if not open_:
            self._status_bar.showMessage(
                self.tr("Every {kind} difference has a verdict").format(kind=kind_name(kind)),
                5000)
            return False
        question = (self.tr("Accept {count} {kind} differences?") if verdict is Verdict.ACCEPTED
                    else self.tr("Reject {count} {kind} differences?")).format(
            count=len(open_), kind=kind_name(kind))
        detail = self.tr("Those without a verdict get one; the {kept} that have a verdict keep "
                         "it. Undo (Ctrl+Z) takes it back.").format(kept=len(of_kind) - len(open_))
        action = self.tr("Accept all") if verdict is Verdict.ACCEPTED else self.tr("Reject all")
        if not self.prompts.confirm(question, f"{question}\n\n{detail}", action):
            return False
        if self.session.annotated is not comparison:
            return False  # compared again while the question was open
        author = self.reviewer()
        self._edit({("d", d.id): self.session.with_verdict(d, verdict, author) for d in open_})
        return True

    def _show_bulk_counts(self) -> None:
        annotated = self.session.annotated
        self.actions.show_bulk_counts(annotated.counts_by_kind() if annotated else {})

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

    # --- which difference is current ---------------------------------------------------------
    def next_unreviewed(self) -> None:
        """Select the next substantive difference without a verdict, wrapping at the end."""
        if self.session.annotated is None:
            return
        target = self.session.next_unreviewed(self._navigation.current_difference())
        if target is None:
            self._status_bar.showMessage(
                self.tr("Every substantive difference has a verdict"), 5000)
            return
        self.select_difference(target.id)

    def select_difference(self, difference_id: str) -> None:
        """Make the difference current in the list, widening only the filter that hides it."""
        self.picker.select(difference_id)

    # --- showing -----------------------------------------------------------------------------
    def _show_progress(self) -> None:
        if self.session.annotated is None:
            self.progress_label.clear()
            return
        done, total = self.session.progress
        self.progress_label.setText(self.tr("Reviewed {done} / {total}").format(
            done=done, total=total))

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
        self.orphans.show_actions()
