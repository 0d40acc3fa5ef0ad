"""Reports written in the background, so a long export never freezes the window."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.model import Comparison
from app.report import ReportError, ReportOptions, write_report


class _Signals(QObject):
    finished = Signal(str)
    failed = Signal(str)


class _ExportJob(QRunnable):
    def __init__(self, comparison: Comparison, path: str, fmt: str, options: ReportOptions,
                 signals: _Signals) -> None:
        super().__init__()
        self._comparison, self._path, self._fmt = comparison, path, fmt
        self._options, self._signals = options, signals

    def run(self) -> None:
        try:
            write_report(self._comparison, self._path, self._options, fmt=self._fmt)
        except ReportError as error:
            self._signals.failed.emit(str(error))
            return
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            self._signals.failed.emit(f"{self._path}: {type(error).__name__}: {error}")
            return
        self._signals.finished.emit(self._path)


class ExportRunner(QObject):
    """Writes one report at a time on its own thread."""

    finished = Signal(str)  # the report's path
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.finished.connect(self.finished)
        self._signals.failed.connect(self.failed)

    def start(self, comparison: Comparison, path: str, fmt: str,
              options: ReportOptions) -> None:
        self._pool.start(_ExportJob(comparison, path, fmt, options, self._signals))

    def wait(self, milliseconds: int = -1) -> bool:
        return self._pool.waitForDone(milliseconds)
