"""Review wiring: verdicts and comments from keys and the panel, undo, autosave, projects.

The review of a pair lives beside its documents (``default_review_path``) unless the user
saves it elsewhere or in a ``.duizhao`` project; the settings remember that place per pair,
so that opening the pair again finds it (or, if it is gone, says so and falls back to the
default). Notes that match nothing stay listed until the user attaches them to a difference
or row, or deletes them; both ask before a note is lost. The review is written atomically
at most ``AUTOSAVE_MS`` after the first unsaved change, and on close, so that killing the
application loses at most the last two seconds. Progress counts the substantive
differences that have a verdict (a comment alone does not review a difference).

Reviews are never lost in the window: before each save, and whenever the file changes on
disk (a colleague, or a second window on the same pair), the file's notes are merged in by
anchor, the notes edited here since the last save winning; a save that fails is said in the
status bar until one succeeds, and closing asks to save elsewhere. Every edit of verdicts
and comments can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z) until the documents are
compared again.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QFileSystemWatcher,
    QModelIndex,
    QObject,
    QPoint,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
)

from app.gui.delegate import PADDING
from app.gui.models import Column, DifferenceFilter, OrphansModel, Roles, excerpt, note_tooltip
from app.gui.palette import kind_name
from app.model import (
    KIND_ORDER,
    NON_SUBSTANTIVE_KINDS,
    Comparison,
    Difference,
    Kind,
    Note,
)
from app.review import (
    Anchors,
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
    legacy_review_path,
    load_review,
    records_pair,
    reviewed_file,
    row_anchor,
    save_review,
)
from app.review.anchor import MIRRORED_KINDS
from app.review.model import now
from app.review.project import SUFFIX as PROJECT_SUFFIX
from app.review.project import Project, documents_outside, load_project, save_project

if TYPE_CHECKING:
    from app.gui.documents import Documents
    from app.gui.navigation import Navigation
    from app.gui.settings import AppSettings
    from app.gui.window_view import WindowView

AUTOSAVE_MS = 1000
# A file changed on disk is merged once its writer is done (editors write in steps).
DISK_SETTLE_MS = 300
_EMPTY = Review(ReviewedFile("", ""), ReviewedFile("", ""))
# What an edit changed: ("d", difference id) or ("r", row id) -> (before, after).
_Key = tuple[str, str]
_Note = Annotation | RowComment | None


def os_user() -> str:
    """The name of the logged-in user, the reviewer's name until one is set."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


@dataclass
class _Edit:
    """One undoable step: the notes it changed, before and after."""

    changes: dict[_Key, tuple[_Note, _Note]]
    merge: _Key | None = None  # typing one comment merges into one step


def _stamp(path: Path | None) -> tuple[int, int, int] | None:
    """What tells that a file changed on disk: inode, size and modification time."""
    try:
        status = os.stat(path) if path is not None else None
    except OSError:
        return None
    return (status.st_ino, status.st_size, status.st_mtime_ns) if status else None


def _write(write: Callable[[], None], target: Path | None) -> str:
    """Run a review write; the reason it failed, naming the file, or "" when it did not."""
    try:
        write()
    except OSError as error:
        return f"{target}: {error.strerror or error}"
    except ValueError as error:  # text UTF-8 cannot hold
        return f"{target}: {error}"
    return ""


class _SaveSignals(QObject):
    done = Signal(int, object, str)  # generation, the file's stamp, why it failed or ""


class _SaveJob(QRunnable):
    def __init__(self, write: Callable[[], None], target: Path | None, generation: int,
                 signals: _SaveSignals) -> None:
        super().__init__()
        self._write, self._target, self._generation = write, target, generation
        self._signals = signals

    def run(self) -> None:
        error = _write(self._write, self._target)
        self._signals.done.emit(self._generation, None if error else _stamp(self._target),
                                error)


class ReviewController(QObject):
    """Keeps the open pair's review: edits, re-attachment, autosave, review and project files.

    ``saved`` fires with the path after each successful save; ``notes_attached`` with the
    comparison carrying the held notes, to be shown; ``settings_changed`` when the settings
    should be written; ``compare_settings_changed`` when a project set how to compare (or
    the user's own settings came back); ``failed`` with a message for the user.
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
        self._view = view
        self._settings = settings
        self._navigation = navigation
        self._documents = documents
        self._panel = panel = view.review_panel
        self._annotated: Comparison | None = None  # the comparison shown, with the notes
        self._progress = [0, 0]  # substantive differences with a verdict, and all of them
        self._pair: tuple[str, str] | None = None
        self._target: Path | None = None  # where the review is saved
        self._in_project = False  # the target is a .duizhao project, not a review file
        self._pending_project: tuple[Path, Project] | None = None
        self._project_pair: tuple[str, str] | None = None  # the pair a project set up
        self._swapping = False
        self._base: Comparison | None = None
        self._base_positions: dict[str, int] | None = None
        self._anchors: Anchors | None = None
        self._annotations: dict[str, Annotation] = {}
        self._orphans: tuple[Annotation, ...] = ()
        self._row_comments: dict[str, RowComment] = {}
        self._row_orphans: tuple[RowComment, ...] = ()
        self._extra: Mapping[str, Any] = {}
        self._dirty = False
        # Since the last save or merge: what was edited here, and orphans deleted here.
        self._touched: set[_Key] = set()
        self._dropped: set[Annotation | RowComment] = set()  # orphaned notes deleted
        self._disk: tuple[int, int, int] | None = None  # the target as last read or written
        self.save_error: str | None = None  # why the last save failed, until one succeeds
        self._press = QPoint()  # where the table was last clicked, in its viewport
        self._undo: list[_Edit] = []
        self._redo: list[_Edit] = []
        self.warning: QMessageBox | None = None  # the last problem shown to the user
        self.confirmation: QMessageBox | None = None  # the last question asked
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self._save_in_background)
        self._generation = 0  # counts edits, to tell whether a save holds the last one
        self._saving = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._save_signals = _SaveSignals(self)
        self._save_signals.done.connect(self._background_saved)
        self._watcher = QFileSystemWatcher(self)
        self._disk_timer = QTimer(self, singleShot=True, interval=DISK_SETTLE_MS)
        self._watcher.fileChanged.connect(lambda _path: self._disk_timer.start())
        self._disk_timer.timeout.connect(self.merge_from_disk)
        self.orphans_model = OrphansModel(self)
        panel.orphans_view.setModel(self.orphans_model)
        self.progress_label = QLabel()
        view.statusBar().addPermanentWidget(self.progress_label)
        # A verdict can go on several differences at once.
        view.differences.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        self.undo_action = action("Ctrl+Z")
        self.redo_action = action("Ctrl+Shift+Z", "Ctrl+Y")
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
        self.accept_all_menu = self.menu.addMenu("")
        self.reject_all_menu = self.menu.addMenu("")
        self.bulk_actions: dict[tuple[Verdict, Kind], QAction] = {}
        for verdict, menu in ((Verdict.ACCEPTED, self.accept_all_menu),
                              (Verdict.REJECTED, self.reject_all_menu)):
            for kind in KIND_ORDER:
                bulk = menu.addAction("")
                bulk.triggered.connect(lambda _=False, v=verdict, k=kind: self.verdict_for_kind(
                    v, k))
                self.bulk_actions[verdict, kind] = bulk
            menu.aboutToShow.connect(self._show_bulk_counts)
        self.menu.addSeparator()
        self.menu.addAction(self.open_review_action)
        self.menu.addAction(self.save_review_as_action)
        self.menu.addSeparator()
        self.menu.addAction(self.reviewer_action)
        view.edit_menu.insertAction(view.edit_menu.actions()[0], self.undo_action)
        view.edit_menu.insertAction(view.edit_menu.actions()[1], self.redo_action)
        view.edit_menu.insertSeparator(view.edit_menu.actions()[2])
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
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
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
        view.table.clicked.connect(self._table_clicked)
        view.table.viewport().installEventFilter(self)
        self._documents.swapping.connect(self._swap_next)
        self._documents.opening.connect(self._pair_opening)
        self._show_undo()

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
        self._show_bulk_counts()
        self.reviewer_action.setText(self.tr("Reviewer name…"))
        self.save_review_as_action.setText(self.tr("Save review as…"))
        self.open_review_action.setText(self.tr("Open review…"))
        self.save_project_action.setText(self.tr("Save comparison as…"))
        self.open_project_action.setText(self.tr("Open project…"))
        self.delete_orphan_action.setText(self.tr("Delete note…"))
        self._panel.show_reviewer(self.reviewer())
        self._show_undo()
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
        """Everything held, anchored on the comparison shown (for re-attachment)."""
        return Review(_EMPTY.left, _EMPTY.right,
                      annotations=(*self._annotations.values(), *self._orphans),
                      row_comments=(*self._row_comments.values(), *self._row_orphans),
                      extra=self._extra)

    def attach_to(self, comparison: Comparison) -> None:
        """Attach the pair's review to the comparison just shown."""
        pair = (self._documents.left_path, self._documents.right_path)
        swapped = self._swapping and self._pair == pair[::-1]
        self._swapping = False
        if swapped:
            review = self._mirrored_review()
            self.save_now()
            self._pair = pair
            # The review shown is the newest: it replaces what the swapped pair's file held.
            self._target, self._in_project = default_review_path(*pair), False
            self._disk = _stamp(self._target)
            self._touched.clear()
            self._dropped.clear()
            self._watch_target()
            self._dirty = bool(review.annotations or review.row_comments)
        elif pair != self._pair:
            self.save_now()
            self._pair = pair
            review = self._open_review_of(pair)
            self._watch_target()
        else:
            # The documents changed or were compared again: what was edited is saved first,
            # since edits are known by the ids of the comparison they were made on.
            self.save_now()
            review = self._review()
        self._base = comparison
        self._base_positions = None
        self._anchors = Anchors(comparison)
        self._hold(attach(comparison, review, self._anchors), review.extra)
        if self._dirty and not swapped:  # not saved: every note held is this window's
            self._touched = {("d", i) for i in self._annotations} | {
                ("r", i) for i in self._row_comments}
        self._undo.clear()
        self._redo.clear()
        self._refresh()
        if self._dirty and not self._autosave.isActive():
            self._autosave.start()

    def _open_review_of(self, pair: tuple[str, str]) -> Review:
        """The review a newly opened pair starts with, and where it will be saved."""
        pending, self._pending_project = self._pending_project, None
        self._touched.clear()
        self._dropped.clear()
        if pending is not None and (pending[1].left, pending[1].right) == pair:
            self._target, self._in_project = pending[0], True
            self._remember_location()
            self._disk = _stamp(self._target)
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
        self._disk = _stamp(self._target)
        source = self._target
        if not self._target.exists():
            # Earlier versions named the review after the stems only: read it if it is ours.
            source = legacy_review_path(*pair)
            if not source.is_file():
                return _EMPTY
        try:
            review = self._read(source)
        except ReviewError as error:
            # Never overwrite a file we could not read; the user can save elsewhere.
            title = (self.tr("The review beside the documents cannot be used")
                     if remembered is None or self._target != Path(remembered)
                     else self.tr("The saved review of these documents cannot be used"))
            if source == self._target:
                self._target = None
            self._warn(title, str(error))
            return _EMPTY
        if source != self._target and not records_pair(review, source, *pair):
            return _EMPTY  # another pair's review under the old, shared name
        return review

    def _read(self, path: Path) -> Review:
        if path.suffix == PROJECT_SUFFIX:
            return load_project(path).review
        return load_review(path)

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
        """Keep the attached notes, anchored afresh so that saving costs no anchoring."""
        assert self._base is not None and self._anchors is not None
        anchors, base = self._anchors, self._base
        self._annotations = {difference_id: anchors.annotate(annotation,
                                                             base.difference_by_id(difference_id))
                             for difference_id, annotation in attachment.annotations.items()}
        self._orphans = attachment.orphans
        self._row_comments = {row_id: replace(comment, anchor=row_anchor(
            base, base.row_by_id(row_id))) for row_id, comment in attachment.row_comments.items()}
        self._row_orphans = attachment.row_orphans
        self._extra = extra

    def _refresh(self, keys: set[_Key] | None = None) -> None:
        """Show the held notes everywhere: table, list, panel, progress, orphans.

        With ``keys``, only those differences and rows changed: their notes are replaced in
        the comparison shown, so that one verdict costs no pass over 100,000 notes.
        """
        if self._base is None:
            return
        if keys is not None and self._annotated is not None:
            annotated = self._renoted(self._annotated, keys)
            self._annotated = annotated
        else:
            annotated = self._annotated = annotate(self._base, self.attachment())
            self._count_progress()
        self.notes_attached.emit(annotated)
        self.orphans_model.set_orphans([*annotated.orphaned, *annotated.orphaned_rows])
        self._panel.show_orphan_count(self.orphans_model.rowCount())
        self._show_progress()
        self._show_current()
        self._show_undo()

    def _renoted(self, comparison: Comparison, keys: set[_Key]) -> Comparison:
        """``comparison`` with the held notes of ``keys`` put on their differences and rows."""
        positions = self._positions()
        differences, rows = list(comparison.differences), list(comparison.rows)
        for kind, key in keys:
            held = self._note((kind, key))
            note = held.note if held is not None else None
            if kind == "d":
                position = positions[key]
                before = differences[position]
                if before.substantive:  # the progress counts verdicts on these
                    self._progress[0] += bool(note and note.verdict) - bool(
                        before.note and before.note.verdict)
                differences[position] = replace(before, note=note)
            else:
                position = positions["r" + key]
                rows[position] = replace(rows[position], note=note)
        return replace(comparison, differences=tuple(differences), rows=tuple(rows))

    def _positions(self) -> dict[str, int]:
        """Where each difference (by id) and row (by "r" and id) is in the comparison."""
        if self._base_positions is None:
            assert self._base is not None
            self._base_positions = {d.id: n for n, d in enumerate(self._base.differences)}
            self._base_positions.update(
                {"r" + r.id: n for n, r in enumerate(self._base.rows)})
        return self._base_positions

    def _changed(self, keys: set[_Key] | None = None) -> None:
        self._dirty = True
        self._generation += 1
        if not self._autosave.isActive() and not self._saving:
            # Not restarted by later changes: the first unsaved change waits at most this.
            self._autosave.start()
        self._refresh(keys)

    # --- editing, undo and redo --------------------------------------------------------------
    def _note(self, key: _Key) -> _Note:
        return (self._annotations if key[0] == "d" else self._row_comments).get(key[1])

    def _set(self, key: _Key, note: _Note) -> None:
        held = self._annotations if key[0] == "d" else self._row_comments
        if note is None:
            held.pop(key[1], None)
        else:
            held[key[1]] = note  # type: ignore[assignment]
        self._touched.add(key)

    def _edit(self, changes: dict[_Key, _Note], merge: _Key | None = None) -> None:
        """Apply ``changes`` as one step that Ctrl+Z takes back."""
        step = _Edit({key: (self._note(key), note) for key, note in changes.items()
                      if self._note(key) != note}, merge)
        if not step.changes:
            return
        top = self._undo[-1] if self._undo else None
        if merge is not None and top is not None and top.merge == merge \
                and top.changes.keys() == step.changes.keys():
            top.changes = {key: (top.changes[key][0], after)
                           for key, (_, after) in step.changes.items()}
        else:
            self._undo.append(step)
        self._redo.clear()
        for key, (_, after) in step.changes.items():
            self._set(key, after)
        self._changed(set(step.changes))

    def undo(self) -> None:
        """Take back the last edit of verdicts and comments."""
        self._replay(self._undo, self._redo, before=True)

    def redo(self) -> None:
        """Make again the last edit taken back."""
        self._replay(self._redo, self._undo, before=False)

    def _replay(self, source: list[_Edit], target: list[_Edit], before: bool) -> None:
        if not source:
            return
        step = source.pop()
        step.merge = None  # typing on after an undo starts a new step
        target.append(step)
        for key, notes in step.changes.items():
            self._set(key, notes[0] if before else notes[1])
        first = next(iter(step.changes))
        if first[0] == "d" and len(step.changes) == 1:
            self.select_difference(first[1])
        self._changed(set(step.changes))

    def _show_undo(self) -> None:
        self.undo_action.setEnabled(bool(self._undo))
        self.redo_action.setEnabled(bool(self._redo))
        self.undo_action.setText(self.tr("Undo review edit"))
        self.redo_action.setText(self.tr("Redo review edit"))

    def _annotation(self, difference: Difference, verdict: Verdict | None, comment: str,
                    held: Annotation | None) -> Annotation | None:
        """The note a difference gets, or None when it is left without verdict or comment."""
        if verdict is None and not comment:
            return None
        assert self._anchors is not None
        anchor, place = self._anchors.of(difference)
        return Annotation(anchor=anchor, verdict=verdict, comment=comment,
                          author=self.reviewer(), time=now(), place=place,
                          extra=held.extra if held else {})

    def selected_differences(self) -> list[Difference]:
        """The differences selected in the list, the current one alone when one is."""
        view = self._view.differences
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
        if not targets or self._base is None:
            self._view.statusBar().showMessage(
                self.tr("Select a difference first (F7 or F8)"), 4000)
            self._show_current()
            return
        held = [self._annotations.get(d.id) for d in targets]
        same = all(h is not None and h.verdict is verdict for h in held)
        self._edit({("d", d.id): self._annotation(d, None if same else verdict,
                                                  h.comment if h else "", h)
                    for d, h in zip(targets, held, strict=True)})
        if len(targets) > 1:
            self._view.statusBar().showMessage(self.tr("{count} differences marked").format(
                count=len(targets)), 4000)

    def set_verdict(self, verdict: Verdict | None) -> None:
        """Set (or with None clear) the current difference's verdict."""
        difference = self._navigation.current_difference()
        if difference is not None and self._base is not None:
            held = self._annotations.get(difference.id)
            self._edit({("d", difference.id): self._annotation(
                difference, verdict, held.comment if held else "", held)})

    def set_comment(self, comment: str) -> None:
        """Comment on the current difference."""
        difference = self._navigation.current_difference()
        if difference is not None and self._base is not None:
            held = self._annotations.get(difference.id)
            key = ("d", difference.id)
            self._edit({key: self._annotation(difference, held.verdict if held else None,
                                              comment, held)}, merge=key)

    def set_row_comment(self, comment: str) -> None:
        """Comment on the selected row as a whole."""
        row = self._navigation.selected_row()
        if row is None or self._base is None:
            return
        held = self._row_comments.get(row.id)
        key = ("r", row.id)
        self._edit({key: RowComment(anchor=row_anchor(self._base, row), comment=comment,
                                    author=self.reviewer(), time=now(),
                                    extra=held.extra if held else {}) if comment else None},
                   merge=key)

    def verdict_for_kind(self, verdict: Verdict, kind: Kind) -> bool:
        """Give every difference of ``kind`` without a verdict this one, once the user agrees."""
        comparison = self._annotated
        if comparison is None:
            return False
        of_kind = [d for d in comparison.differences if d.kind is kind]
        open_ = [d for d in of_kind if not (d.note and d.note.verdict)]
        if not open_:
            self._view.statusBar().showMessage(
                self.tr("Every {kind} difference has a verdict").format(kind=kind_name(kind)),
                5000)
            return False
        question = (self.tr("Accept {count} {kind} differences?") if verdict is Verdict.ACCEPTED
                    else self.tr("Reject {count} {kind} differences?")).format(
            count=len(open_), kind=kind_name(kind))
        detail = self.tr("Those without a verdict get one; the {kept} that have a verdict keep "
                         "it. Undo (Ctrl+Z) takes it back.").format(kept=len(of_kind) - len(open_))
        action = self.tr("Accept all") if verdict is Verdict.ACCEPTED else self.tr("Reject all")
        if not self._confirm(question, f"{question}\n\n{detail}", action):
            return False
        if self._annotated is not comparison:
            return False  # compared again while the question was open
        changes: dict[_Key, _Note] = {}
        for difference in open_:
            held = self._annotations.get(difference.id)
            changes["d", difference.id] = self._annotation(difference, verdict,
                                                           held.comment if held else "", held)
        self._edit(changes)
        return True

    def _show_bulk_counts(self) -> None:
        counts = self._annotated.counts_by_kind() if self._annotated else {}
        for (_verdict, kind), bulk in self.bulk_actions.items():
            bulk.setText(f"{kind_name(kind)} ({counts.get(kind, 0)})")
            bulk.setVisible(bool(counts.get(kind)))
            bulk.setEnabled(bool(counts.get(kind)))

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
        """Make the difference current in the list, widening only the filter that hides it."""
        view = self._view
        source = view.differences_model
        position = next(n for n in range(source.rowCount())
                        if source.difference(n).id == difference_id)
        index = view.differences_filter.mapFromSource(source.index(position, 0))
        if not index.isValid() and view.differences_filter.verdict_mode() != DifferenceFilter.ALL:
            self._panel.verdict_filter.setCurrentIndex(
                self._panel.verdict_filter.findData(DifferenceFilter.ALL))
            index = view.differences_filter.mapFromSource(source.index(position, 0))
        if not index.isValid():
            view.kind_filter.setCurrentIndex(view.kind_filter.findData(DifferenceFilter.ALL))
            index = view.differences_filter.mapFromSource(source.index(position, 0))
        view.differences.setCurrentIndex(index)
        view.differences.scrollTo(index)

    def _table_clicked(self, index: QModelIndex) -> None:
        """A click in the table makes the clicked change current, or the row's first one."""
        row = index.data(Roles.ROW)
        if row is None or not row.differences or index.data(Roles.FOLD):
            return
        clicked = self._difference_at(index)
        current = self._navigation.current_difference()
        if clicked is None and current is not None and current.row == row.id:
            return  # the row's current difference stays current
        target = clicked or self._listed(row.differences)[0]
        if current is None or current.id != target:
            self.select_difference(target)

    def _listed(self, difference_ids: tuple[str, ...]) -> list[str]:
        """Those of the differences the list shows with its filters, in the list's order."""
        wanted, listed = set(difference_ids), self._view.differences_filter
        shown = (listed.index(n, 0).data(Roles.DIFFERENCE).id for n in range(listed.rowCount()))
        return [i for i in shown if i in wanted] or sorted(
            difference_ids, key=lambda i: int(i.lstrip("d")) if i[1:].isdigit() else 0)

    def _difference_at(self, index: QModelIndex) -> str | None:
        """The highlighted difference under the mouse in a text cell, if any."""
        if index.column() not in (Column.LEFT, Column.RIGHT):
            return None
        table = self._view.table
        rect, point = table.visualRect(index), self._press
        if not rect.contains(point):
            return None
        layout = self._view.delegate.text_layout(index, rect.width())
        x, y = point.x() - rect.left() - PADDING, point.y() - rect.top() - PADDING
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            if line.y() <= y < line.y() + line.height():
                offset = line.xToCursor(x)
                for start, length, _kind, difference_id in index.data(Roles.HIGHLIGHTS) or ():
                    if start <= offset < start + length:
                        return difference_id
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._press = event.position().toPoint()
        return False

    # --- swapping sides and projects ---------------------------------------------------------
    def _swap_next(self) -> None:
        """The next comparison is the pair swapped: its review is this one, mirrored."""
        self._swapping = self._base is not None

    def _mirrored_review(self) -> Review:
        """The held review as the swapped pair's: sides, kinds and places exchanged."""
        assert self._base is not None and self._anchors is not None
        base = self._base
        annotations = []
        for difference_id, annotation in self._annotations.items():
            anchor, place = self._anchors.mirrored(base.difference_by_id(difference_id))
            annotations.append(replace(annotation, anchor=anchor, place=place))
        orphans = [replace(o, anchor=replace(o.anchor, kind=MIRRORED_KINDS.get(o.anchor.kind,
                                                                         o.anchor.kind),
                                             left=o.anchor.right, right=o.anchor.left),
                           place=None) for o in self._orphans]
        rows = [replace(c, anchor=replace(c.anchor, left=c.anchor.right, right=c.anchor.left))
                for c in (*self._row_comments.values(), *self._row_orphans)]
        return Review(_EMPTY.left, _EMPTY.right, (*annotations, *orphans), tuple(rows),
                      self._extra)

    def _pair_opening(self, left: str, right: str) -> None:
        """Another pair than a project's gets the user's own compare settings back."""
        if self._project_pair is not None and self._project_pair != (left, right) \
                and not (self._swapping and self._project_pair == (right, left)):
            self._project_pair = None
            if self._settings.end_override():
                self.compare_settings_changed.emit()

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
        assert self._anchors is not None
        self._orphans = tuple(o for o in self._orphans if o is not orphan)
        self._dropped.add(orphan)
        self._set(("d", difference.id), self._anchors.annotate(orphan, difference))
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
        self._dropped.add(orphan)
        self._set(("r", row.id), replace(orphan, anchor=row_anchor(base, row)))
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
        self._dropped.add(orphan)
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
    def _count_progress(self) -> None:
        """Count the substantive differences, and those with a verdict, afresh."""
        comparison = self._annotated
        substantive = comparison.substantive if comparison is not None else ()
        self._progress = [sum(1 for d in substantive if d.note is not None and d.note.verdict),
                          len(substantive)]

    def _show_progress(self) -> None:
        if self._annotated is None:
            self.progress_label.clear()
            return
        done, total = self._progress
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
        self._show_orphan_actions()

    def _warn(self, title: str, message: str) -> None:
        self.warning = QMessageBox(QMessageBox.Icon.Warning, title, message,
                                   QMessageBox.StandardButton.Ok, self._view)
        self.warning.open()

    # --- files -------------------------------------------------------------------------------
    def _watch_target(self) -> None:
        """Watch the review's file, so that a change made elsewhere is merged at once."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        if self._target is not None and self._target.is_file():
            self._watcher.addPath(str(self._target))

    def merge_from_disk(self) -> bool:
        """Merge the review file's notes in if it changed on disk since read or written.

        A note edited here since the last save wins over the file's; every other difference
        and row takes the file's note (or its removal). Orphans of both are kept, but those
        deleted here. Returns False when the file cannot be read (it is then not overwritten
        until the user saves elsewhere).
        """
        self._watch_target()  # an atomic save replaced the file: watch the new one
        stamp = _stamp(self._target)
        if self._target is None or self._base is None or stamp is None or stamp == self._disk:
            return True
        try:
            disk = self._read(self._target)
        except ReviewError as error:
            self._show_save_error(str(error))
            return False
        assert self._anchors is not None
        mine = {key: self._note(key) for key in self._touched}
        orphans, row_orphans = self._orphans, self._row_orphans
        self._hold(attach(self._base, disk, self._anchors), {**disk.extra})
        for key, note in mine.items():
            self._set(key, note)
        self._orphans = _union(self._orphans, orphans, self._dropped)
        self._row_orphans = _union(self._row_orphans, row_orphans, self._dropped)
        self._disk = stamp
        self._refresh()
        self._view.statusBar().showMessage(
            self.tr("The review changed on disk ({path}): its notes were merged in").format(
                path=self._target.name), 8000)
        return True

    def _prepared(self) -> Callable[[], None] | None:
        """Writing the review as it is now, once a change on disk is merged; None if not.

        The notes are copied here; putting them in reading order, hashing the documents and
        writing happen in the returned call, which an autosave runs on a thread.
        """
        if self._target is None or self._base is None or self._pair is None:
            return None
        if _stamp(self._target) != self._disk and not self.merge_from_disk():
            return None
        (left, right), target, base = self._pair, self._target, self._base
        annotations, row_comments = dict(self._annotations), dict(self._row_comments)
        orphans, row_orphans, extra = self._orphans, self._row_orphans, self._extra
        settings = self._settings.compare_settings() if self._in_project else None

        def write() -> None:
            folder = target.parent
            review = Review(
                reviewed_file(left, folder), reviewed_file(right, folder),
                annotations=(*(annotations[d.id] for d in base.differences
                               if d.id in annotations), *orphans),
                row_comments=(*(row_comments[r.id] for r in base.rows if r.id in row_comments),
                              *row_orphans),
                extra=extra)
            if settings is not None:
                save_project(Project(left, right, settings, review), target)
            else:
                save_review(review, target)

        return write

    def save_now(self) -> bool:
        """Write pending changes to the review's file; True when there is nothing left."""
        self._autosave.stop()
        self._finish_background_save()
        if not self._dirty:
            return True
        write = self._prepared()
        if write is None:
            return False
        generation = self._generation
        error = _write(write, self._target)
        if error:
            self._show_save_error(error)
            return False
        self._saved(generation, _stamp(self._target))
        return True

    def _save_in_background(self) -> None:
        """Autosave on a thread: a review of 100,000 notes takes a second to write."""
        if self._saving or not self._dirty:
            return
        write = self._prepared()
        if write is None:
            return
        self._saving = True
        self._pool.start(_SaveJob(write, self._target, self._generation, self._save_signals))

    def _finish_background_save(self) -> None:
        """Wait for an autosave under way and take its outcome."""
        if self._saving:
            self._pool.waitForDone()
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def _background_saved(self, generation: int, stamp: object, error: str) -> None:
        self._saving = False
        if error:
            self._show_save_error(error)
            return
        self._saved(generation, stamp)  # type: ignore[arg-type]
        if self._dirty and not self._autosave.isActive():
            self._autosave.start()  # edits made while it was written

    def _saved(self, generation: int, stamp: tuple[int, int, int] | None) -> None:
        """The review as it was at ``generation`` is on disk."""
        if generation == self._generation:
            self._dirty = False
            self._touched.clear()
            self._dropped.clear()
        self._disk = stamp
        self._watch_target()
        if self.save_error is not None:
            self.save_error = None
            self._view.statusBar().clearMessage()
        assert self._target is not None
        self.saved.emit(str(self._target))

    def _show_save_error(self, reason: str) -> None:
        """Say that the review is not saved, until a save succeeds."""
        self.save_error = reason
        self._view.statusBar().showMessage(
            self.tr("The review cannot be saved: {reason}").format(reason=reason))

    def may_close(self) -> bool:
        """Save before the window closes; if that fails, ask (Save as… / Discard / Cancel)."""
        while not self.save_now():
            self.confirmation = box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("The review is not saved"),
                self.tr("The review cannot be saved:\n{reason}\n\nSave it elsewhere, or "
                        "close and lose the changes since the last save?").format(
                    reason=self.save_error or self.tr("no file to save it to")),
                QMessageBox.StandardButton.NoButton, self._view)
            save_as = box.addButton(self.tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(self.tr("Close without saving"),
                                    QMessageBox.ButtonRole.DestructiveRole)
            cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(save_as)
            box.setEscapeButton(cancel)
            box.exec()
            if box.clickedButton() is discard:
                return True
            if box.clickedButton() is not save_as:
                return False
            path = self.ask_review_path()
            if path:
                self.save_review_to(path)
        return True

    def ask_review_path(self) -> str:
        """Ask where to save the review (a file dialog; tests replace it)."""
        suggested = str(self._target or (default_review_path(*self._pair) if self._pair
                                         else ""))
        path, _ = QFileDialog.getSaveFileName(self._view, self.tr("Save review as"),
                                              suggested, self.tr("Reviews (*.json)"))
        return path

    def save_review_to(self, path: str | Path) -> bool:
        """Save the review to a file of the user's choice; later changes go there too."""
        self._target, self._in_project, self._dirty = Path(path), False, True
        self._disk = _stamp(self._target)  # replacing what is there is the user's choice
        saved = self.save_now()
        if saved:
            self._remember_location()
        return saved

    def save_project_to(self, path: str | Path) -> bool:
        """Save the comparison as a project; later changes go into it."""
        self._target, self._in_project, self._dirty = Path(path), True, True
        self._disk = _stamp(self._target)
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
        self._disk = _stamp(self._target)
        self._touched.clear()
        self._watch_target()
        self._remember_location()
        if self._base is not None:
            self._hold(attach(self._base, review, self._anchors), review.extra)
            self._undo.clear()
            self._redo.clear()
            self._refresh()

    def open_project(self, path: str | Path) -> None:
        """Open a ``.duizhao`` project: its documents, settings and review.

        The project's compare settings hold for its pair only: the user's own come back
        when another pair is opened, and are what the settings file keeps.
        """
        try:
            project = load_project(path)
        except ReviewError as error:
            self._warn(self.tr("Cannot open the project"), str(error))
            return
        self.save_now()
        self._settings.override(
            convert=project.settings.convert.value,
            shown_kinds=[k.value for k in KIND_ORDER if k in NON_SUBSTANTIVE_KINDS
                         and k not in project.settings.ignore])
        self.compare_settings_changed.emit()
        self._pending_project = (Path(path), project)
        self._pair = None
        self._project_pair = (os.path.abspath(project.left), os.path.abspath(project.right))
        self.project_opened.emit(str(path))
        self._documents.open_pair(project.left, project.right)

    def choose_reviewer(self) -> None:
        name, accepted = QInputDialog.getText(self._view, self.tr("Reviewer name"),
                                              self.tr("Your name on annotations:"),
                                              text=self.reviewer())
        if accepted and name.strip():
            self._settings.reviewer = name.strip()
            self._panel.show_reviewer(self.reviewer())

    def choose_review_file(self) -> None:
        path = self.ask_review_path()
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
        if path:  # the window opens it: a project may hold a pair or a folder pair
            self.open_project_requested.emit(path)


def _union(theirs: tuple[Any, ...], mine: tuple[Any, ...], dropped: set[Any]) -> tuple[Any, ...]:
    """Orphaned notes of the file and of the window, each once, but those deleted here."""
    seen = set(dropped)
    kept = []
    for note in (*theirs, *mine):
        if note not in seen:
            seen.add(note)
            kept.append(note)
    return tuple(kept)
