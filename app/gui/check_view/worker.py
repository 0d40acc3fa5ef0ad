"""Checks in the background: load the document and check it, with progress and cancel.

As for comparisons (``app.gui.worker``): every request carries a token, a newer request
cancels the older one, and only the newest one's outcome is reported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.io import DocumentError, load_document
from app.model import CheckResult, CheckSettings, Document, Outcome

# check(document, settings, progress, should_cancel) -> CheckResult
Check = Callable[[Document, CheckSettings, Callable[[int, int], None] | None,
                  Callable[[], bool] | None], CheckResult]


def engine_check(document: Document, settings: CheckSettings,
                 progress: Callable[[int, int], None] | None = None,
                 should_cancel: Callable[[], bool] | None = None) -> CheckResult:
    """The engine's one-document check."""
    from app.engine import check_document

    return check_document(document, settings, progress=progress, should_cancel=should_cancel)


class _Signals(QObject):
    progress = Signal(int, int, int)  # token, done, total
    finished = Signal(int, object)  # token, CheckResult
    failed = Signal(int, str)  # token, message naming the file and the reason
    cancelled = Signal(int)


class _CheckJob(QRunnable):
    def __init__(self, token: int, path: str, settings: CheckSettings, check: Check,
                 signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self._token, self._path, self._settings, self._check = token, path, settings, check
        self._signals, self._stop = signals, stop

    def run(self) -> None:
        try:
            document = load_document(self._path)
            if self._stop.is_set():
                self._signals.cancelled.emit(self._token)
                return
            result = self._check(
                document, self._settings,
                lambda done, total: self._signals.progress.emit(self._token, done, total),
                self._stop.is_set)
        except DocumentError as error:
            self._signals.failed.emit(self._token, str(error))
            return
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            self._signals.failed.emit(self._token, f"{self._path}: {type(error).__name__}: "
                                                   f"{error}")
            return
        if result.outcome is Outcome.CANCELLED:
            self._signals.cancelled.emit(self._token)
        else:
            self._signals.finished.emit(self._token, result)


class CheckRunner(QObject):
    """Starts checks on a thread of its own and reports only the newest one's outcome."""

    progress = Signal(int, int)
    finished = Signal(object)  # CheckResult
    failed = Signal(str)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, check: Check = engine_check, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._token = 0
        self._stop: threading.Event | None = None

    def start(self, path: str, settings: CheckSettings) -> int:
        """Check a file; a check still running is cancelled. Returns the token."""
        if self._stop is not None:
            self._stop.set()
        self._token += 1
        self._stop = threading.Event()
        self._pool.start(_CheckJob(self._token, path, settings, self._check, self._signals,
                                   self._stop))
        self.busy_changed.emit(True)
        return self._token

    def cancel(self) -> None:
        if self._stop is not None:
            self._stop.set()

    def wait(self, milliseconds: int = -1) -> bool:
        return self._pool.waitForDone(milliseconds)

    def _current(self, token: int) -> bool:
        return token == self._token

    def _done(self) -> None:
        self._stop = None
        self.busy_changed.emit(False)

    def _on_progress(self, token: int, done: int, total: int) -> None:
        if self._current(token):
            self.progress.emit(done, total)

    def _on_finished(self, token: int, result: CheckResult) -> None:
        if self._current(token):
            self._done()
            self.finished.emit(result)

    def _on_failed(self, token: int, message: str) -> None:
        if self._current(token):
            self._done()
            self.failed.emit(message)

    def _on_cancelled(self, token: int) -> None:
        if self._current(token):
            self._done()
            self.cancelled.emit()
