"""Checks in the background: load the document and check it, with progress and cancel.

As for comparisons (``app.gui.worker``): every request carries a token, a newer request
cancels the older one, and only the newest one's outcome is reported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable

from app.gui.worker import JobSignals, LatestRunner
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


class _CheckJob(QRunnable):
    def __init__(self, token: int, path: str, settings: CheckSettings, check: Check,
                 signals: JobSignals, stop: threading.Event) -> None:
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


class CheckRunner(LatestRunner):
    """Checks one file in the background; ``finished`` carries the ``CheckResult``."""

    def __init__(self, check: Check = engine_check, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check

    def start(self, path: str, settings: CheckSettings) -> int:
        """Check a file; a check still running is cancelled. Returns the token."""
        return self.launch(lambda token, signals, stop: _CheckJob(
            token, path, settings, self._check, signals, stop))
