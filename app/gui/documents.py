"""Document wiring: which two documents are compared, recent pairs, watching, dropping.

The window names and watches the pair it shows: a pair being opened becomes the window's only
once its comparison is shown, so that a failed or cancelled open leaves the previous pair,
its title and its conversion in place, never a mix of the two.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QTableView

from app.gui.dialogs import OpenPairDialog
from app.gui.models import Column
from app.gui.paths import SAMPLE_PAIR
from app.gui.settings import AppSettings
from app.gui.worker import ComparisonRunner
from app.model import Comparison
from app.review.project import SUFFIX as PROJECT_SUFFIX

if TYPE_CHECKING:
    from app.gui.window_view import WindowView


class Documents(QObject):
    """Opens, swaps and reloads the pair, compares again when a file changes on disk.

    ``project_dropped`` fires with the path of a ``.duizhao`` project dropped on the window,
    ``folders_dropped`` with two folders dropped together; ``opening`` with a pair about to
    be compared, ``swapping`` before the sides change; ``settings_reverted`` when a
    comparison that failed or was cancelled gave the shown comparison's conversion back to
    the settings.
    """

    project_dropped = Signal(str)
    folders_dropped = Signal(str, str)
    opening = Signal(str, str)
    swapping = Signal()
    settings_reverted = Signal()

    def __init__(self, window: WindowView, settings: AppSettings, runner: ComparisonRunner,
                 recent_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._runner = runner
        self._recent_menu = recent_menu
        self.left_path = ""  # the pair shown
        self.right_path = ""
        self._requested: tuple[str, str] | None = None  # the pair being compared
        self._shown: Comparison | None = None
        self._watcher = QFileSystemWatcher(self)
        self._reload_timer = QTimer(self, singleShot=True, interval=400)
        self._watcher.fileChanged.connect(lambda _path: self._reload_timer.start())
        self._reload_timer.timeout.connect(self._reload_after_change)
        # Connected before the window's own handlers: the pair is the shown one first.
        runner.finished.connect(self._shown_now)
        runner.failed.connect(self._not_shown)
        runner.cancelled.connect(self._not_shown)
        window.setAcceptDrops(True)
        self.drop_hint = QLabel(window.table.viewport())
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setWordWrap(True)
        # Nearly opaque: the column's text fades and the hint stays legible above it.
        self.drop_hint.setStyleSheet("background: rgba(231, 245, 255, 230); color: #1864ab; "
                                     "border: 2px dashed #1971c2; font-size: 16px; "
                                     "font-weight: bold;")
        self.drop_hint.hide()
        window.installEventFilter(self)

    def open_pair(self, left: str, right: str) -> None:
        """Compare two files (the comparison runs in the background)."""
        pair = (os.path.abspath(left), os.path.abspath(right))
        self.opening.emit(*pair)
        self._requested = pair
        self._runner.start(*pair, self._settings.compare_settings())

    def recompare(self) -> None:
        pair = self._requested or (self.left_path, self.right_path)
        if not all(pair):
            return
        self._requested = pair
        self._runner.start(*pair, self._settings.compare_settings())

    def _shown_now(self, comparison: Comparison) -> None:
        """The requested pair is on screen: it is now the window's pair."""
        self._shown = comparison
        if self._requested is not None:
            (self.left_path, self.right_path), self._requested = self._requested, None
        self._watch()
        self.update_title()

    def _not_shown(self) -> None:
        """A comparison failed or was cancelled: the shown pair and its conversion stay."""
        self._requested = None
        shown = self._shown
        if shown is not None and self._settings.convert != shown.settings.convert.value:
            self._settings.convert = shown.settings.convert.value
            self.settings_reverted.emit()

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
            self.swapping.emit()
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

    # --- drag and drop ---------------------------------------------------------------------
    def drag_entered(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            self._show_drop_hint(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DragMove and isinstance(event, QDragMoveEvent):
            self._show_drop_hint(event)
        elif event.type() in (QEvent.Type.DragLeave, QEvent.Type.Drop):
            self.drop_hint.hide()
        return False

    def dropped(self, event: QDropEvent) -> None:
        self.drop_hint.hide()
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        self.drop_paths(paths, self._on_left(event))

    def _on_left(self, event: QDropEvent | QDragMoveEvent) -> bool:
        """Whether a drop at the event's place goes to the left document's column."""
        table = self._window.table
        point = table.viewport().mapFrom(self._window, event.position().toPoint())
        return point.x() < table.columnViewportPosition(Column.RIGHT)

    def _show_drop_hint(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        """Cover the column a single file would replace, or both for two files."""
        table: QTableView = self._window.table
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if not urls:
            return
        viewport = table.viewport()
        left, right = (table.columnViewportPosition(c) for c in (Column.LEFT, Column.RIGHT))
        end = right + table.columnWidth(Column.RIGHT)
        if urls[0].toLocalFile().lower().endswith(PROJECT_SUFFIX):
            area, text = QRect(0, 0, viewport.width(), viewport.height()), self.tr(
                "Open the project")
        elif len(urls) >= 2:
            area = QRect(left, 0, end - left, viewport.height())
            text = self.tr("Compare these two documents")
        elif self._on_left(event):
            area = QRect(left, 0, right - left, viewport.height())
            text = self.tr("Replace the left document")
        else:
            area = QRect(right, 0, end - right, viewport.height())
            text = self.tr("Replace the right document")
        self.drop_hint.setGeometry(area)
        self.drop_hint.setText(text)
        self.drop_hint.show()
        self.drop_hint.raise_()

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
