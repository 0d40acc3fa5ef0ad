"""Saving, loading and merging the open pair's review: review files, projects, autosave.

The review of a pair lives beside its documents unless the user saves it elsewhere or in a
``.duizhao`` project; the settings remember that place per pair, so that opening the pair
again finds it (or, if it is gone, says so and falls back to the default;
``app.review.pair_review``). The review is written atomically at most ``AUTOSAVE_MS`` after
the first unsaved change, on a thread, and on close, so that killing the application loses
at most the last two seconds.

Reviews are never lost in the window: before each save, and whenever the file changes on
disk (a colleague, or a second window on the same pair), the file's notes are merged in by
anchor, the notes edited here since the last save winning (``app.review.merge``); a save
that fails is said in the status bar until one succeeds, and closing asks to save elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QFileSystemWatcher,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from app.gui.review_prompts import Prompts
from app.gui.settings import AppSettings
from app.model import KIND_ORDER, NON_SUBSTANTIVE_KINDS
from app.review import Review, ReviewError, default_review_path, load_review
from app.review.pair_review import (
    Stamp,
    file_stamp,
    find_pair_review,
    is_project,
    read_pair_review,
    write_failure,
)
from app.review.project import SUFFIX as PROJECT_SUFFIX
from app.review.project import Project, documents_outside, load_project
from app.review.session import ReviewSession

AUTOSAVE_MS = 1000
# A file changed on disk is merged once its writer is done (editors write in steps).
DISK_SETTLE_MS = 300


class _SaveSignals(QObject):
    done = Signal(int, object, str)  # generation, the file's stamp, why it failed or ""


class _SaveJob(QRunnable):
    def __init__(self, write: Callable[[], str], target: Path, generation: int,
                 signals: _SaveSignals) -> None:
        super().__init__()
        self._write, self._target, self._generation = write, target, generation
        self._signals = signals

    def run(self) -> None:
        error = self._write()
        self._signals.done.emit(self._generation, None if error else file_stamp(self._target),
                                error)


class ReviewFiles(QObject):
    """Where the session's review is kept, and keeping it there.

    ``saved`` fires with the path after each successful save; ``merged`` when notes from
    the file were merged into the session, ``replaced`` when a review opened by the user
    replaced them (both to be shown); ``pair_requested`` with the documents of a project
    to compare; ``project_opened`` with the path of a project whose pair is being opened;
    ``open_project_requested`` with a project chosen in File ▸ Open project…;
    ``settings_changed`` when the settings should be written; ``compare_settings_changed``
    when a project set how to compare (or the user's own settings came back); ``failed``
    with a message for the user.
    """

    saved = Signal(str)
    merged = Signal()
    replaced = Signal()
    pair_requested = Signal(str, str)
    project_opened = Signal(str)
    open_project_requested = Signal(str)
    settings_changed = Signal()
    compare_settings_changed = Signal()
    failed = Signal(str)

    def __init__(self, session: ReviewSession, settings: AppSettings, status_bar: QStatusBar,
                 prompts: Prompts, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._status_bar = status_bar
        self._prompts = prompts
        self._dialog_parent = parent
        self._pair: tuple[str, str] | None = None
        self._target: Path | None = None  # where the review is saved
        self._in_project = False  # the target is a .duizhao project, not a review file
        self._pending_project: tuple[Path, Project] | None = None
        self._project_pair: tuple[str, str] | None = None  # the pair a project set up
        self._swapping = False
        self._disk: Stamp | None = None  # the target as last read or written
        self.save_error: str | None = None  # why the last save failed, until one succeeds
        self.dirty = False
        self._generation = 0  # counts edits, to tell whether a save holds the last one
        self._saving = False
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self._save_in_background)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._save_signals = _SaveSignals(self)
        self._save_signals.done.connect(self._background_saved)
        self._watcher = QFileSystemWatcher(self)
        self._disk_timer = QTimer(self, singleShot=True, interval=DISK_SETTLE_MS)
        self._watcher.fileChanged.connect(lambda _path: self._disk_timer.start())
        self._disk_timer.timeout.connect(self.merge_from_disk)

    # --- the review of the pair shown ----------------------------------------------------------
    def review_for(self, pair: tuple[str, str]) -> tuple[Review, bool]:
        """The review for the pair about to be shown, and whether it is the swapped pair's.

        What was edited is saved first, since edits are known by the ids of the comparison
        they were made on.
        """
        session = self._session
        swapped = self._swapping and self._pair == pair[::-1]
        self._swapping = False
        if swapped:
            review = session.mirrored()
            self.save_now()
            self._pair = pair
            # The review shown is the newest: it replaces what the swapped pair's file held.
            self._target, self._in_project = default_review_path(*pair), False
            self._disk = file_stamp(self._target)
            session.forget_edits()
            self._watch_target()
            self.dirty = bool(review.annotations or review.row_comments)
        elif pair != self._pair:
            self.save_now()
            self._pair = pair
            review = self._open_review_of(pair)
            self._watch_target()
        else:
            self.save_now()
            review = session.review()
        return review, swapped

    def _open_review_of(self, pair: tuple[str, str]) -> Review:
        """The review a newly opened pair starts with; set where it will be saved."""
        pending, self._pending_project = self._pending_project, None
        self._session.forget_edits()
        if pending is not None and (pending[1].left, pending[1].right) == pair:
            self._target, self._in_project = pending[0], True
            self._remember_location()
            self._disk = file_stamp(self._target)
            outside = documents_outside(pending[1], pending[0])
            if outside:  # said, not asked: a project beside its documents' folder is usual
                self._status_bar.showMessage(
                    self.tr("This project opens documents outside its own folder: {paths}")
                    .format(paths=", ".join(outside)), 30000)
            return pending[1].review
        found = find_pair_review(*pair, self._settings.review_location(*pair))
        self._target, self._in_project, self._disk = found.target, found.in_project, found.stamp
        if found.gone is not None:
            self._forget_location()
            self._status_bar.showMessage(
                self.tr("The review saved at {path} is gone; using the one beside the "
                        "documents").format(path=found.gone), 10000)
        if found.problem is not None:
            self._prompts.warn(self.tr("The saved review of these documents cannot be used")
                               if found.remembered
                               else self.tr("The review beside the documents cannot be used"),
                               found.problem)
        return found.review

    def swap_next(self) -> None:
        """The next comparison is the pair swapped: its review is this one, mirrored."""
        self._swapping = self._session.base is not None

    def pair_opening(self, left: str, right: str) -> None:
        """Another pair than a project's gets the user's own compare settings back."""
        if self._project_pair is not None and self._project_pair != (left, right) \
                and not (self._swapping and self._project_pair == (right, left)):
            self._project_pair = None
            if self._settings.end_override():
                self.compare_settings_changed.emit()

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

    # --- changes on disk -----------------------------------------------------------------------
    def _watch_target(self) -> None:
        """Watch the review's file, so that a change made elsewhere is merged at once."""
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        if self._target is not None and self._target.is_file():
            self._watcher.addPath(str(self._target))

    def merge_from_disk(self) -> bool:
        """Merge the review file's notes in if it changed on disk since read or written.

        Returns False when the file cannot be read (it is then not overwritten until the
        user saves elsewhere).
        """
        self._watch_target()  # an atomic save replaced the file: watch the new one
        stamp = file_stamp(self._target)
        if self._target is None or self._session.base is None or stamp is None \
                or stamp == self._disk:
            return True
        try:
            disk = read_pair_review(self._target)
        except ReviewError as error:
            self._show_save_error(str(error))
            return False
        self._session.merge(disk)
        self._disk = stamp
        self.merged.emit()
        self._status_bar.showMessage(
            self.tr("The review changed on disk ({path}): its notes were merged in").format(
                path=self._target.name), 8000)
        return True

    # --- saving --------------------------------------------------------------------------------
    def changed(self) -> None:
        """The notes changed: save them soon."""
        self.dirty = True
        self._generation += 1
        if not self._autosave.isActive() and not self._saving:
            # Not restarted by later changes: the first unsaved change waits at most this.
            self._autosave.start()

    def save_soon(self) -> None:
        """Save unsaved notes within ``AUTOSAVE_MS``, as after an edit."""
        if self.dirty and not self._autosave.isActive():
            self._autosave.start()

    def _prepared(self) -> Callable[[], str] | None:
        """Writing the review as it is now, once a change on disk is merged; None if not.

        The notes are copied here; putting them in reading order, hashing the documents and
        writing happen in the returned call, which an autosave runs on a thread. The call
        returns why the write failed, or "".
        """
        if self._target is None or self._session.base is None or self._pair is None:
            return None
        if file_stamp(self._target) != self._disk and not self.merge_from_disk():
            return None
        settings = self._settings.compare_settings() if self._in_project else None
        return partial(write_failure, self._target, *self._pair, self._session.snapshot(),
                       settings)

    def save_now(self) -> bool:
        """Write pending changes to the review's file; True when there is nothing left."""
        self._autosave.stop()
        self._finish_background_save()
        if not self.dirty:
            return True
        write = self._prepared()
        if write is None:
            return False
        generation = self._generation
        error = write()
        if error:
            self._show_save_error(error)
            return False
        self._saved(generation, file_stamp(self._target))
        return True

    def _save_in_background(self) -> None:
        """Autosave on a thread: a review of 100,000 notes takes a second to write."""
        if self._saving or not self.dirty:
            return
        write = self._prepared()
        if write is None:
            return
        assert self._target is not None
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
        self.save_soon()  # edits made while it was written

    def _saved(self, generation: int, stamp: Stamp | None) -> None:
        """The review as it was at ``generation`` is on disk."""
        if generation == self._generation:
            self.dirty = False
            self._session.forget_edits()
        self._disk = stamp
        self._watch_target()
        if self.save_error is not None:
            self.save_error = None
            self._status_bar.clearMessage()
        assert self._target is not None
        self.saved.emit(str(self._target))

    def _show_save_error(self, reason: str) -> None:
        """Say that the review is not saved, until a save succeeds."""
        self.save_error = reason
        self._status_bar.showMessage(
            self.tr("The review cannot be saved: {reason}").format(reason=reason))

    def may_close(self) -> bool:
        """Save before the window closes; if that fails, ask (Save as… / Discard / Cancel)."""
        while not self.save_now():
            answer = self._prompts.choose(
                self.tr("The review is not saved"),
                self.tr("The review cannot be saved:\n{reason}\n\nSave it elsewhere, or "
                        "close and lose the changes since the last save?").format(
                    reason=self.save_error or self.tr("no file to save it to")),
                self.tr("Save as…"), self.tr("Close without saving"))
            if answer == Prompts.DISCARD:
                return True
            if answer != Prompts.ACCEPT:
                return False
            path = self.ask_review_path()
            if path:
                self.save_review_to(path)
        return True

    def save_review_to(self, path: str | Path) -> bool:
        """Save the review to a file of the user's choice; later changes go there too."""
        return self._save_to(Path(path), in_project=False)

    def save_project_to(self, path: str | Path) -> bool:
        """Save the comparison as a project; later changes go into it."""
        return self._save_to(Path(path), in_project=True)

    def _save_to(self, path: Path, in_project: bool) -> bool:
        self._target, self._in_project, self.dirty = path, in_project, True
        self._disk = file_stamp(self._target)  # replacing what is there is the user's choice
        saved = self.save_now()
        if saved:
            self._remember_location()
        return saved

    # --- opening -------------------------------------------------------------------------------
    def open_review(self, path: str | Path) -> None:
        """Replace the open pair's review with a review file's, re-attached here."""
        try:
            review = load_review(path)
        except ReviewError as error:
            self._prompts.warn(self.tr("Cannot open the review"), str(error))
            return
        self._target, self._in_project = Path(path), is_project(path)
        self._disk = file_stamp(self._target)
        self._session.edited.clear()
        self._watch_target()
        self._remember_location()
        if self._session.base is not None:
            self._session.replace(review)
            self.replaced.emit()

    def open_project(self, path: str | Path) -> None:
        """Open a ``.duizhao`` project: its documents, settings and review.

        The project's compare settings hold for its pair only: the user's own come back
        when another pair is opened, and are what the settings file keeps.
        """
        try:
            project = load_project(path)
        except ReviewError as error:
            self._prompts.warn(self.tr("Cannot open the project"), str(error))
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
        self.pair_requested.emit(project.left, project.right)

    # --- file dialogs --------------------------------------------------------------------------
    def ask_review_path(self) -> str:
        """Ask where to save the review (a file dialog; tests replace it)."""
        suggested = str(self._target or (default_review_path(*self._pair) if self._pair
                                         else ""))
        path, _ = QFileDialog.getSaveFileName(self._dialog_parent, self.tr("Save review as"),
                                              suggested, self.tr("Reviews (*.json)"))
        return path

    def choose_review_file(self) -> None:
        path = self.ask_review_path()
        if path:
            self.save_review_to(path)

    def choose_review_to_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._dialog_parent, self.tr("Open review"),
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
        path, _ = QFileDialog.getSaveFileName(self._dialog_parent, self.tr("Save comparison as"),
                                              suggested, self.tr("Duizhao projects (*.duizhao)"))
        if path:
            self.save_project_to(path)

    def choose_project_to_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._dialog_parent, self.tr("Open project"), "",
                                              self.tr("Duizhao projects (*.duizhao)"))
        if path:  # the window opens it: a project may hold a pair or a folder pair
            self.open_project_requested.emit(path)
