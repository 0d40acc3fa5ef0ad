"""Review wiring: verdicts and comments from keys and the panel, autosave, restore, projects.

The review of a pair lives beside its documents (``default_review_path``) unless the user
saves it elsewhere or in a ``.duizhao`` project; it is written atomically at most
``AUTOSAVE_MS`` after the first unsaved change, and on close, so that killing the
application loses at most the last two seconds. Progress counts the substantive
differences that have a verdict (a comment alone does not review a difference).
"""

from __future__ import annotations

import getpass
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMenu, QMessageBox

from app.gui.models import DifferenceFilter, OrphansModel, excerpt
from app.gui.palette import kind_name
from app.gui.review_panel import ReviewPanel
from app.model import KIND_ORDER, NON_SUBSTANTIVE_KINDS, Comparison, Difference
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
from app.review.project import Project, load_project, save_project

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow

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

    ``saved`` fires with the path after each successful save.
    """

    saved = Signal(str)

    def __init__(self, window: MainWindow, panel: ReviewPanel) -> None:
        super().__init__(window)
        self._window = window
        self._panel = panel
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
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self.orphans_model = OrphansModel(self)
        panel.orphans_view.setModel(self.orphans_model)
        self.progress_label = QLabel()
        window.statusBar().addPermanentWidget(self.progress_label)
        self._build_actions()
        self._connect()
        self._show_current()

    # --- actions and menus ------------------------------------------------------------------
    def _build_actions(self) -> None:
        window = self._window

        def action(*shortcuts: str) -> QAction:
            created = QAction(window)
            if shortcuts:
                created.setShortcuts([QKeySequence(s) for s in shortcuts])
            window.addAction(created)
            return created

        self.verdict_actions = {Verdict.ACCEPTED: action("A"), Verdict.REJECTED: action("R"),
                                Verdict.QUERY: action("Q")}
        self.next_unreviewed_action = action("F8")
        # Enter belongs to line edits elsewhere: these only act in the two lists.
        self.comment_action = QAction(window)
        self.comment_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.row_comment_action = QAction(window)
        self.row_comment_action.setShortcuts([QKeySequence("Shift+Return"),
                                              QKeySequence("Shift+Enter")])
        for view in (window.table, window.differences):
            for list_action in (self.comment_action, self.row_comment_action):
                view.addAction(list_action)
        for list_action in (self.comment_action, self.row_comment_action):
            list_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.reviewer_action = action()
        self.save_review_as_action = action()
        self.open_review_action = action()
        self.save_project_action = action("Ctrl+Shift+S")
        self.open_project_action = action()

        self.menu = QMenu(window.menuBar())
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
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
        window.file_menu.insertAction(window.export_action, self.open_project_action)
        window.file_menu.insertAction(window.export_action, self.save_project_action)
        window.file_menu.insertSeparator(window.export_action)

    def _connect(self) -> None:
        window, panel = self._window, self._panel
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
        panel.comment_edit.textEdited.connect(self.set_comment)
        panel.row_comment_edit.textEdited.connect(self.set_row_comment)
        panel.comment_edit.returnPressed.connect(window.differences.setFocus)
        panel.row_comment_edit.returnPressed.connect(window.differences.setFocus)
        panel.verdict_filter.currentIndexChanged.connect(
            lambda: window.differences_filter.set_verdict_mode(panel.verdict_filter.currentData()))
        window.comparison_shown.connect(self._comparison_shown)
        window.current_difference_changed.connect(self._show_current)
        window.table.selectionModel().currentRowChanged.connect(self._show_current)

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
        self._panel.show_reviewer(self.reviewer())
        self._show_progress()
        self._show_current()

    # --- the review of the open pair ---------------------------------------------------------
    def reviewer(self) -> str:
        return self._window.settings.reviewer or os_user()

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

    def _comparison_shown(self, comparison: Comparison) -> None:
        window = self._window
        pair = (window.left_path, window.right_path)
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
            return pending[1].review
        self._target, self._in_project = default_review_path(*pair), False
        if not self._target.exists():
            return _EMPTY
        try:
            return load_review(self._target)
        except ReviewError as error:
            # Never overwrite a file we could not read; the user can save elsewhere.
            self._target = None
            self._warn(self.tr("The review beside the documents cannot be used"), str(error))
            return _EMPTY

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
        self._window.show_notes(annotated)
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
        difference = self._window.current_difference()
        if difference is None or self._base is None:
            self._window.statusBar().showMessage(
                self.tr("Select a difference first (F7 or F8)"), 4000)
            self._show_current()
            return
        held = self._annotations.get(difference.id)
        same = held is not None and held.verdict is verdict
        self._put(difference, None if same else verdict, held.comment if held else "")

    def set_verdict(self, verdict: Verdict | None) -> None:
        """Set (or with None clear) the current difference's verdict."""
        difference = self._window.current_difference()
        if difference is not None and self._base is not None:
            held = self._annotations.get(difference.id)
            self._put(difference, verdict, held.comment if held else "")

    def set_comment(self, comment: str) -> None:
        """Comment on the current difference."""
        difference = self._window.current_difference()
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
        row = self._window.selected_row()
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
        if self._window.current_difference() is None:
            self.edit_row_comment()
            return
        self._panel.comment_edit.setFocus()
        self._panel.comment_edit.selectAll()

    def edit_row_comment(self) -> None:
        if self._window.selected_row() is not None:
            self._panel.row_comment_edit.setFocus()
            self._panel.row_comment_edit.selectAll()

    def next_unreviewed(self) -> None:
        """Select the next substantive difference without a verdict, wrapping at the end."""
        comparison = self._window.comparison
        if comparison is None:
            return
        differences = comparison.differences
        current = self._window.current_difference()
        start = next((n + 1 for n, d in enumerate(differences)
                      if current is not None and d.id == current.id), 0)
        target = next((d for d in (*differences[start:], *differences[:start])
                       if d.substantive and not (d.note and d.note.verdict)), None)
        if target is None:
            self._window.statusBar().showMessage(
                self.tr("Every substantive difference has a verdict"), 5000)
            return
        self.select_difference(target.id)

    def select_difference(self, difference_id: str) -> None:
        """Make the difference current in the list, widening the list's filters if needed."""
        window = self._window
        source = window.differences_model
        position = next(n for n in range(source.rowCount())
                        if source.difference(n).id == difference_id)
        index = window.differences_filter.mapFromSource(source.index(position, 0))
        if not index.isValid():
            self._panel.verdict_filter.setCurrentIndex(
                self._panel.verdict_filter.findData(DifferenceFilter.ALL))
            window.kind_filter.setCurrentIndex(window.kind_filter.findData(DifferenceFilter.ALL))
            index = window.differences_filter.mapFromSource(source.index(position, 0))
        window.differences.setCurrentIndex(index)
        window.differences.scrollTo(index)

    # --- showing -----------------------------------------------------------------------------
    def _show_progress(self) -> None:
        comparison = self._window.comparison
        if comparison is None:
            self.progress_label.clear()
            return
        substantive = comparison.substantive
        done = sum(1 for d in substantive if d.note is not None and d.note.verdict)
        self.progress_label.setText(self.tr("Reviewed {done} / {total}").format(
            done=done, total=len(substantive)))

    def _show_current(self) -> None:
        panel = self._panel
        difference = self._window.current_difference()
        row = self._window.selected_row()
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

    def _warn(self, title: str, message: str) -> None:
        self.warning = QMessageBox(QMessageBox.Icon.Warning, title, message,
                                   QMessageBox.StandardButton.Ok, self._window)
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
                save_project(Project(left, right, self._window.settings.compare_settings(),
                                     review), self._target)
            else:
                save_review(review, self._target)
        except OSError as error:
            self._window.statusBar().showMessage(
                self.tr("The review cannot be saved: {reason}").format(
                    reason=f"{self._target}: {error.strerror or error}"), 10000)
            return False
        self._dirty = False
        self.saved.emit(str(self._target))
        return True

    def save_review_to(self, path: str | Path) -> bool:
        """Save the review to a file of the user's choice; later changes go there too."""
        self._target, self._in_project, self._dirty = Path(path), False, True
        return self.save_now()

    def save_project_to(self, path: str | Path) -> bool:
        """Save the comparison as a project; later changes go into it."""
        self._target, self._in_project, self._dirty = Path(path), True, True
        return self.save_now()

    def open_review(self, path: str | Path) -> None:
        """Replace the open pair's review with a review file's, re-attached here."""
        try:
            review = load_review(path)
        except ReviewError as error:
            self._warn(self.tr("Cannot open the review"), str(error))
            return
        self._target, self._in_project = Path(path), False
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
        window = self._window
        window.settings.convert = project.settings.convert.value
        window.settings.shown_kinds = [k.value for k in KIND_ORDER
                                       if k in NON_SUBSTANTIVE_KINDS
                                       and k not in project.settings.ignore]
        window.sync_setting_widgets()
        self._pending_project = (Path(path), project)
        self._pair = None
        window.open_pair(project.left, project.right)

    def choose_reviewer(self) -> None:
        name, accepted = QInputDialog.getText(self._window, self.tr("Reviewer name"),
                                              self.tr("Your name on annotations:"),
                                              text=self.reviewer())
        if accepted and name.strip():
            self._window.settings.reviewer = name.strip()
            self._panel.show_reviewer(self.reviewer())

    def choose_review_file(self) -> None:
        suggested = str(self._target or (default_review_path(*self._pair) if self._pair
                                         else ""))
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save review as"),
                                              suggested, self.tr("Reviews (*.json)"))
        if path:
            self.save_review_to(path)

    def choose_review_to_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open review"),
                                              str(self._target or ""),
                                              self.tr("Reviews (*.json *.duizhao)"))
        if path:
            self.open_review(path)

    def choose_project_file(self) -> None:
        if self._pair is None:
            self._window.show_error(self.tr("Compare two documents before saving them as a "
                                            "project."))
            return
        suggested = str(Path(self._pair[0]).with_suffix(PROJECT_SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save comparison as"),
                                              suggested, self.tr("Duizhao projects (*.duizhao)"))
        if path:
            self.save_project_to(path)

    def choose_project_to_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open project"), "",
                                              self.tr("Duizhao projects (*.duizhao)"))
        if path:
            self.open_project(path)
