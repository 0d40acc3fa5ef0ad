"""Comparisons in the background: load both files and compare, with progress and cancel.

Every request carries a token; a newer request cancels the older one, and results that
arrive for a stale token are dropped, so the window only ever shows the latest request.
"""

from __future__ import annotations

import contextlib
import gc
import math
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.engine import compare, prepare
from app.io import DocumentError, load_document
from app.model import CompareOptions, CompareSettings, Comparison, Outcome

# The progress bar moves smoothly enough at this pace.
_PROGRESS_SECONDS = 0.1


class JobSignals(QObject):
    """What a background job reports, each with its request's token."""

    progress = Signal(int, int, int)  # token, done, total
    finished = Signal(int, object)  # token, the result
    failed = Signal(int, str)  # token, message naming the file and the reason
    cancelled = Signal(int)


class _CompareJob(QRunnable):
    def __init__(self, token: int, left: str, right: str, settings: CompareSettings,
                 signals: JobSignals, stop: threading.Event) -> None:
        super().__init__()
        self._token, self._left, self._right = token, left, right
        self._settings, self._signals, self._stop = settings, signals, stop

    def run(self) -> None:
        try:
            left = load_document(self._left)
            right = load_document(self._right)
            if self._stop.is_set():
                self._signals.cancelled.emit(self._token)
                return
            options = CompareOptions(settings=self._settings,
                                     progress=_Throttled(self._token, self._signals),
                                     should_cancel=self._stop.is_set)
            comparison = _lasting(lambda: compare(left, right, options))
        except DocumentError as error:
            self._signals.failed.emit(self._token, str(error))
            return
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            self._signals.failed.emit(self._token, f"{type(error).__name__}: {error}")
            return
        if comparison.outcome is Outcome.CANCELLED:
            self._signals.cancelled.emit(self._token)
        else:
            self._signals.finished.emit(self._token, comparison)


class _PrepareJob(QRunnable):
    """Loads the engine's tables. A subclass, as the comparisons are: the wrapper that
    QRunnable.create makes outlives the runnable Qt deletes once run, and PySide can then hand
    it out for another object made at the same address."""

    def run(self) -> None:
        # A failure is the first comparison's to report, naming its files.
        with contextlib.suppress(Exception):
            prepare()


class _Throttled:
    """Passes progress on at most every ``_PROGRESS_SECONDS``: each report wakes the window,
    which then takes the interpreter from the work for a moment."""

    def __init__(self, token: int, signals: JobSignals) -> None:
        self._token, self._signals = token, signals
        self._last = -math.inf

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= _PROGRESS_SECONDS or done >= total:
            self._last = now
            self._signals.progress.emit(self._token, done, total)


def _lasting(make: Callable[[], Comparison]) -> Comparison:
    """Make a comparison that is kept as long as it is shown, out of the collector's way.

    The engine pauses the cyclic garbage collector and makes hundreds of thousands of
    objects, none in a cycle. Left young, the next collections would walk them all while the
    window shows them. Frozen with everything else alive, the collector never walks them
    again; reference counts still free the comparison once it is replaced (only objects alive
    now that later end up in a garbage cycle would wait, and the window makes none of note).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        comparison = make()
        gc.freeze()
        return comparison
    finally:
        if collecting:
            gc.enable()


class LatestRunner(QObject):
    """Runs jobs on a thread of its own and reports only the newest one's outcome.

    A new request cancels the one still running; what arrives for a stale token is dropped.
    """

    progress = Signal(int, int)
    finished = Signal(object)  # the job's result
    failed = Signal(str)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = JobSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)
        self._token = 0
        self._stop: threading.Event | None = None

    def launch(self, make_job: Callable[[int, JobSignals, threading.Event], QRunnable]) -> int:
        """Start ``make_job(token, signals, stop)``; any job still running is cancelled.
        Returns the token."""
        if self._stop is not None:
            self._stop.set()
        self._token += 1
        self._stop = threading.Event()
        self._pool.start(make_job(self._token, self._signals, self._stop))
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

    def _on_finished(self, token: int, result: object) -> None:
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


class ComparisonRunner(LatestRunner):
    """Compares two files in the background; ``finished`` carries the ``Comparison``."""

    def prepare(self) -> None:
        """Load the engine's tables in the background; a comparison asked for meanwhile
        waits for them on the same thread, as it would have loaded them itself."""
        self._pool.start(_PrepareJob())

    def start(self, left: str, right: str, settings: CompareSettings) -> int:
        """Compare two files; any comparison still running is cancelled. Returns the token."""
        return self.launch(lambda token, signals, stop: _CompareJob(
            token, left, right, settings, signals, stop))
