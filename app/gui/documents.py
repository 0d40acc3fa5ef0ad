"""Document wiring: which two documents are compared, recent pairs, watching, dropping."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from app.gui.dialogs import OpenPairDialog
from app.gui.paths import SAMPLE_PAIR
from app.gui.settings import AppSettings
from app.gui.worker import ComparisonRunner
from app.review.project import SUFFIX as PROJECT_SUFFIX


class Documents(QObject):
    """Opens, swaps and reloads the pair, compares again when a file changes on disk.

    ``project_dropped`` fires with the path of a ``.duizhao`` project dropped on the window,
    ``folders_dropped`` with two folders dropped together.
    """

    project_dropped = Signal(str)
    folders_dropped = Signal(str, str)

    def __init__(self, window: QMainWindow, settings: AppSettings, runner: ComparisonRunner,
                 recent_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._runner = runner
        self._recent_menu = recent_menu
        self.left_path = ""
        self.right_path = ""
        self._watcher = QFileSystemWatcher(self)
        self._reload_timer = QTimer(self, singleShot=True, interval=400)
        self._watcher.fileChanged.connect(lambda _path: self._reload_timer.start())
        self._reload_timer.timeout.connect(self._reload_after_change)
        window.setAcceptDrops(True)

    def open_pair(self, left: str, right: str) -> None:
        """Compare two files (the comparison runs in the background)."""
        self.left_path, self.right_path = os.path.abspath(left), os.path.abspath(right)
        self._watch()
        self.update_title()
        self.recompare()

    def recompare(self) -> None:
        if not (self.left_path and self.right_path):
            return
        self._runner.start(self.left_path, self.right_path, self._settings.compare_settings())

    def choose_documents(self) -> None:
        dialog = OpenPairDialog(self.left_path, self.right_path, self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            left, right = dialog.paths()
            if left and right:
                self.open_pair(left, right)

    def open_sample(self) -> None:
        self.open_pair(str(SAMPLE_PAIR[0]), str(SAMPLE_PAIR[1]))

    def swap_sides(self) -> None:
        if self.left_path and self.right_path:
            self.open_pair(self.right_path, self.left_path)

    def remember_pair(self) -> None:
        """Put the compared pair first among the recent pairs."""
        self._settings.remember_pair(self.left_path, self.right_path)
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        self._recent_menu.clear()
        for left, right in self._settings.recent_pairs:
            recent = self._recent_menu.addAction(f"{Path(left).name} ↔ {Path(right).name}")
            recent.setToolTip(f"{left}\n{right}")
            recent.triggered.connect(lambda _=False, lp=left, rp=right: self.open_pair(lp, rp))
        self._recent_menu.setEnabled(bool(self._settings.recent_pairs))

    def update_title(self) -> None:
        if self.left_path and self.right_path:
            self._window.setWindowTitle(self.tr("{left} ↔ {right} — Duizhao").format(
                left=Path(self.left_path).name, right=Path(self.right_path).name))
        else:
            self._window.setWindowTitle(self.tr("Duizhao — compare Chinese documents"))

    def _watch(self) -> None:
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        existing = [p for p in (self.left_path, self.right_path) if os.path.isfile(p)]
        if existing:
            self._watcher.addPaths(existing)

    def _reload_after_change(self) -> None:
        self._watch()  # editors replace files; watch the new ones
        self._window.statusBar().showMessage(
            self.tr("A document changed on disk: compared again"), 5000)
        self.recompare()

    # --- drag and drop -----------------------------------------------------------------------
    def drag_entered(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropped(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        self.drop_paths(paths, event.position().x() < self._window.width() / 2)

    def drop_paths(self, paths: list[str], on_left: bool) -> None:
        """Two files replace both sides; one file replaces the side it was dropped on.

        A dropped ``.duizhao`` project opens with everything it holds.
        """
        if len(paths) >= 2 and all(os.path.isdir(p) for p in paths[:2]):
            self.folders_dropped.emit(paths[0], paths[1])
            return
        projects = [p for p in paths if p.lower().endswith(PROJECT_SUFFIX)]
        if projects:
            self.project_dropped.emit(projects[0])
            return
        if len(paths) >= 2:
            self.open_pair(paths[0], paths[1])
            return
        left, right = (paths[0], self.right_path) if on_left else (self.left_path, paths[0])
        if left and right:
            self.open_pair(left, right)
        elif on_left:
            self.left_path = left
        else:
            self.right_path = right
