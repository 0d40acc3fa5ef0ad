"""The folder view's logic: pair two folders and compare every pair in the background."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.batch.index import Batch, write_index
from app.batch.pairing import Pair, PairedBy, Pairing, opening_text, pair_folders
from app.batch.project import FolderProject, folder_project, save_folder_project
from app.batch.runner import BatchOptions, PairResult, PairStatus, run_batch
from app.gui.folder_view.model import ENTRY_ROLE, FolderEntry
from app.gui.folder_view.window import FolderWindow
from app.model import CompareSettings

_EXPORT_FORMATS = ("html", "docx", "pdf", "csv", "json", "txt")


class _Signals(QObject):
    paired = Signal(int, object)  # token, Pairing
    result = Signal(int, int, int, object)  # token, done, total, PairResult
    finished = Signal(int, object)  # token, list of PairResult
    failed = Signal(int, str)


class _BatchJob(QRunnable):
    """Pair the folders (unless pairs are given), then compare every pair."""

    def __init__(self, token: int, work: Callable[[], Pairing], options: BatchOptions,
                 signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self._token, self._work, self._options = token, work, options
        self._signals, self._stop = signals, stop

    def run(self) -> None:
        try:
            pairing = self._work()
            self._signals.paired.emit(self._token, pairing)
            results = run_batch(
                pairing.pairs, self._options,
                lambda done, total, result: self._signals.result.emit(self._token, done, total,
                                                                      result),
                self._stop.is_set)
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            self._signals.failed.emit(self._token, f"{type(error).__name__}: {error}")
            return
        self._signals.finished.emit(self._token, results)


class FolderController(QObject):
    """Runs the folder view. ``open_pair_requested(left, right)`` asks to show one pair."""

    open_pair_requested = Signal(str, str)
    export_finished = Signal(str)  # the index.html written
    project_saved = Signal(str)  # the .duizhao project written

    def __init__(self, window: FolderWindow, compare_settings: Callable[[], CompareSettings],
                 fold_name: Callable[[str], str] = str) -> None:
        super().__init__(window)
        self.window = window
        self._compare_settings = compare_settings
        self._fold_name = fold_name
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.paired.connect(self._on_paired)
        self._signals.result.connect(self._on_result)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._token = 0
        self._stop: threading.Event | None = None
        self._exporting: Path | None = None
        self.left = self.right = Path()
        self.message_box: QMessageBox | None = None
        window.changed_only.toggled.connect(window.filter.set_changed_only)
        window.show_unpaired.toggled.connect(window.filter.set_show_unpaired)
        window.table.doubleClicked.connect(lambda index: self._open(index.data(ENTRY_ROLE)))
        window.open_button.clicked.connect(self.open_selected)
        window.pair_button.clicked.connect(self.pair_selected)
        window.export_button.clicked.connect(self.choose_export)
        window.save_project_button.clicked.connect(self.choose_project_file)
        window.cancel_button.clicked.connect(self.cancel)
        window.installEventFilter(self)

    # --- running --------------------------------------------------------------------------
    def open_folders(self, left: str | Path, right: str | Path) -> None:
        """Pair two folders and compare every pair (in the background)."""
        self.left, self.right = Path(left).resolve(), Path(right).resolve()
        self.window.model.set_entries([])
        self.window.folders_label.setText(f"{self.left}  ⟷  {self.right}")
        fold, left_dir, right_dir = self._fold_name, self.left, self.right

        def pairing() -> Pairing:
            return pair_folders(left_dir, right_dir, fold=fold, opening=opening_text)

        self._start(pairing, BatchOptions(out_dir=self.left, formats=(),
                                          settings=self._compare_settings()))
        self.window.show()
        self.window.raise_()

    def open_project(self, project: FolderProject) -> None:
        """Show a saved folder comparison: its pairs as saved, compared with its settings."""
        self.left, self.right = project.left, project.right
        self.window.model.set_entries([])
        self.window.folders_label.setText(f"{self.left}  ⟷  {self.right}")
        self._start(lambda: project.pairing,
                    BatchOptions(out_dir=self.left, formats=(), settings=project.settings))
        self.window.show()
        self.window.raise_()

    def save_project(self, path: str | Path) -> None:
        """Save the folder pair, its pairs, the settings and every pair's review as a project."""
        entries = self.window.model.entries()
        pairing = Pairing(tuple(e.pair for e in entries if e.pair is not None),
                          tuple(e.only for e in entries if e.only is not None and e.only_left),
                          tuple(e.only for e in entries
                                if e.only is not None and not e.only_left))
        try:
            save_folder_project(folder_project(self.left, self.right, self._compare_settings(),
                                               pairing), path)
        except OSError as error:
            self._show(QMessageBox.Icon.Critical, self.tr("Cannot save the project"),
                       f"{path}: {error.strerror or error}")
            return
        self.project_saved.emit(str(path))

    def choose_project_file(self) -> None:
        if not self.window.model.entries():
            return
        suggested = str(self.left.with_name(f"{self.left.name}.duizhao"))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save folder comparison as"),
                                              suggested, self.tr("Duizhao projects (*.duizhao)"))
        if path:
            self.save_project(path)

    def _start(self, work: Callable[[], Pairing], options: BatchOptions) -> None:
        self.cancel()
        self._token += 1
        self._stop = threading.Event()
        self.window.set_busy(True)
        self.window.progress.setValue(0)
        self.window.summary_label.setText(self.tr("Pairing the documents…"))
        self._pool.start(_BatchJob(self._token, work, options, self._signals, self._stop))

    def cancel(self) -> None:
        if self._stop is not None:
            self._stop.set()

    def wait(self, milliseconds: int = -1) -> bool:
        return self._pool.waitForDone(milliseconds)

    def _on_paired(self, token: int, pairing: Pairing) -> None:
        if token != self._token or self._exporting is not None:
            return
        entries = [FolderEntry(pair=pair) for pair in pairing.pairs]
        entries += [FolderEntry(only=path, only_left=True) for path in pairing.only_left]
        entries += [FolderEntry(only=path, only_left=False) for path in pairing.only_right]
        if self.window.model.rowCount() == 0:
            self.window.model.set_entries(entries)
        else:  # a manual pair: add it, drop its files from the unpaired
            for entry in entries:
                self.window.model.add_entry(entry)
        self.window.progress.setMaximum(max(1, len(pairing.pairs)))

    def _on_result(self, token: int, done: int, total: int, result: PairResult) -> None:
        if token != self._token:
            return
        self.window.model.set_result(result)
        self.window.progress.setMaximum(max(1, total))
        self.window.progress.setValue(done)
        verb = self.tr("Exporting") if self._exporting else self.tr("Comparing")
        self.window.summary_label.setText(
            self.tr("{verb}: {done} of {total} pairs").format(verb=verb, done=done,
                                                             total=total))

    def _on_finished(self, token: int, results: list[PairResult]) -> None:
        if token != self._token:
            return
        self._stop = None
        self.window.set_busy(False)
        if self._exporting is not None:
            out_dir, self._exporting = self._exporting, None
            self._write_index(out_dir, results)
        self._update_summary()

    def _on_failed(self, token: int, message: str) -> None:
        if token != self._token:
            return
        self._stop = None
        self._exporting = None
        self.window.set_busy(False)
        self._show(QMessageBox.Icon.Critical, self.tr("Cannot compare the folders"), message)

    def _update_summary(self) -> None:
        entries = self.window.model.entries()
        results = [e.result for e in entries if e.result is not None]
        count = {status: sum(1 for r in results if r.status is status) for status in PairStatus}
        unpaired = sum(1 for e in entries if e.only is not None)
        pending = sum(1 for e in entries if e.pair is not None and e.result is None)
        text = self.tr("{pairs} pairs: {different} with differences, {same} without, "
                       "{errors} could not be read; {unpaired} files unpaired").format(
            pairs=len(entries) - unpaired, different=count[PairStatus.DIFFERENT],
            same=count[PairStatus.SAME], errors=count[PairStatus.ERROR], unpaired=unpaired)
        if pending:
            text += self.tr(" ({pending} not compared: cancelled)").format(pending=pending)
        self.window.summary_label.setText(text)

    # --- actions --------------------------------------------------------------------------
    def _selected(self) -> list[FolderEntry]:
        rows = self.window.table.selectionModel().selectedRows()
        return [index.data(ENTRY_ROLE) for index in rows]

    def open_selected(self) -> None:
        """Show the (first) selected pair in the comparison window."""
        for entry in self._selected():
            if entry.pair is not None:
                self._open(entry)
                return

    def _open(self, entry: FolderEntry) -> None:
        if entry.pair is not None:
            self.open_pair_requested.emit(str(entry.pair.left), str(entry.pair.right))

    def pair_selected(self) -> None:
        """Pair one selected file of each side that no rule paired, and compare them."""
        chosen = [entry for entry in self._selected() if entry.only is not None]
        lefts = [e.only for e in chosen if e.only_left]
        rights = [e.only for e in chosen if not e.only_left]
        if len(lefts) != 1 or len(rights) != 1:
            self._show(QMessageBox.Icon.Information, self.tr("Pair selected files"),
                       self.tr("Select one unpaired file of each folder, then pair them."))
            return
        left, right = lefts[0], rights[0]
        try:
            name = left.relative_to(self.left).with_suffix("").as_posix()
        except ValueError:
            name = left.stem
        pair = Pair(left, right, name, PairedBy.MANIFEST)
        self.window.model.remove_unpaired({left, right})
        self._start(lambda: Pairing((pair,), (), ()),
                    BatchOptions(out_dir=self.left, formats=(),
                                 settings=self._compare_settings()))

    def choose_export(self) -> None:
        pairs = [e.pair for e in self.window.model.entries() if e.pair is not None]
        if not pairs:
            return
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Export all reports to"))
        if not folder:
            return
        fmt, accepted = QInputDialog.getItem(self.window, self.tr("Export all reports"),
                                             self.tr("Format of each report:"),
                                             list(_EXPORT_FORMATS), 0, False)
        if accepted:
            self.export_all(Path(folder), (fmt,))

    def export_all(self, out_dir: Path, formats: tuple[str, ...]) -> None:
        """Write every pair's report and the index into ``out_dir`` (in the background)."""
        pairs = tuple(e.pair for e in self.window.model.entries() if e.pair is not None)
        only_left = tuple(e.only for e in self.window.model.entries()
                          if e.only is not None and e.only_left)
        only_right = tuple(e.only for e in self.window.model.entries()
                           if e.only is not None and not e.only_left)
        self._start(lambda: Pairing(pairs, only_left, only_right),
                    BatchOptions(out_dir=out_dir, formats=formats,
                                 settings=self._compare_settings()))
        self._exporting = out_dir
        self._export_formats = formats

    def _write_index(self, out_dir: Path, results: list[PairResult]) -> None:
        entries = self.window.model.entries()
        batch = Batch(str(self.left), str(self.right),
                      BatchOptions(out_dir=out_dir, formats=self._export_formats,
                                   settings=self._compare_settings()),
                      tuple(results),
                      tuple(e.only for e in entries if e.only is not None and e.only_left),
                      tuple(e.only for e in entries if e.only is not None and not e.only_left))
        try:
            index = write_index(batch)[-1]
        except OSError as error:
            self._show(QMessageBox.Icon.Critical, self.tr("Export failed"),
                       self.tr("The index cannot be written to {folder}: {reason}").format(
                           folder=out_dir, reason=error.strerror or error))
            return
        self.export_finished.emit(str(index))
        box = self._show(QMessageBox.Icon.Information, self.tr("Reports written"),
                         self.tr("{count} reports and their index were written to "
                                 "{folder}.").format(count=len(results), folder=out_dir))
        open_button = box.addButton(self.tr("Open the index"),
                                    QMessageBox.ButtonRole.AcceptRole)
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(index))))

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        self.message_box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close,
                                       self.window)
        self.message_box.open()
        return self.message_box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.window.retranslate()
            self._update_summary()
        return super().eventFilter(watched, event)
