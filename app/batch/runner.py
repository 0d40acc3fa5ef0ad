"""Compare many pairs on a process pool and write each pair's reports.

Each pair is compared in a worker process, which writes the pair's reports itself and sends
back only a small ``PairResult``: peak memory is bounded by the workers, not by the number
of pairs. One unreadable file is an error result, never the end of the batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from enum import StrEnum
from multiprocessing import get_context
from pathlib import Path

from app.batch.pairing import Pair
from app.model import CompareSettings

# A worker is replaced after this many pairs, so that fragmented memory is given back.
_PAIRS_PER_WORKER = 25


class PairStatus(StrEnum):
    """What comparing one pair gave."""

    SAME = "same"  # no substantive difference
    DIFFERENT = "different"  # substantive differences
    ERROR = "error"  # a document could not be read or a report not written


@dataclass(frozen=True)
class BatchOptions:
    """What every pair of a batch is compared and reported with."""

    out_dir: Path
    formats: tuple[str, ...] = ("html",)
    settings: CompareSettings = field(default_factory=CompareSettings)
    scope: str = "substantive"
    docx_style: str = "table"
    jobs: int = 0  # 0: one worker per core


@dataclass(frozen=True)
class PairResult:
    """The outcome of one pair, as the index lists it."""

    pair: Pair
    status: PairStatus
    substantive: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    reports: dict[str, str] = field(default_factory=dict)  # format -> path under out_dir
    reviewed: int = 0  # substantive differences (or findings) with a verdict
    error: str = ""
    by_reason: dict[str, int] = field(default_factory=dict)  # conversion findings' reasons


def compare_pair(pair: Pair, options: BatchOptions) -> PairResult:
    """Compare one pair (or check a document alone), apply its review if it has one, and
    write its reports."""
    if pair.right is None:
        return check_one(pair, options)
    from app.engine import compare
    from app.io import DocumentError, load_document
    from app.model import CompareOptions
    from app.review import ReviewError, apply_review, load_review
    from app.review.store import default_review_path

    try:
        left, right = load_document(pair.left), load_document(pair.right)
    except DocumentError as error:
        return PairResult(pair, PairStatus.ERROR, error=str(error))
    comparison = compare(left, right, CompareOptions(settings=options.settings))
    review_path = default_review_path(pair.left, pair.right)
    if review_path.is_file():
        try:
            comparison = apply_review(comparison, load_review(review_path))
        except ReviewError as error:
            return PairResult(pair, PairStatus.ERROR, error=str(error))
    by_kind = {kind.value: n for kind, n in comparison.counts_by_kind().items()}
    substantive = len(comparison.substantive)
    reviewed = sum(1 for d in comparison.substantive if d.note and d.note.verdict)
    reports, error = _write_reports(comparison, pair, options)
    if error:
        return PairResult(pair, PairStatus.ERROR, substantive, by_kind, reports, reviewed,
                          error=error)
    status = PairStatus.DIFFERENT if substantive else PairStatus.SAME
    return PairResult(pair, status, substantive, by_kind, reports, reviewed)


def check_one(pair: Pair, options: BatchOptions) -> PairResult:
    """Check one document alone (``pair.right`` is None) and write its reports; status
    ``different`` means findings."""
    from app.engine import check_document
    from app.io import DocumentError, load_document
    from app.model import CheckSettings
    from app.review import ReviewError
    from app.review.check import (
        annotate_findings,
        attach_findings,
        default_check_review_path,
        load_check_review,
    )

    try:
        document = load_document(pair.left)
    except DocumentError as error:
        return PairResult(pair, PairStatus.ERROR, error=str(error))
    result = check_document(document, CheckSettings(convert=options.settings.convert))
    review_path = default_check_review_path(pair.left)
    if review_path.is_file():
        try:
            result = annotate_findings(result, attach_findings(
                result, load_check_review(review_path)))
        except ReviewError as error:
            return PairResult(pair, PairStatus.ERROR, error=str(error))
    by_kind = {kind.value: n for kind, n in result.counts_by_kind().items()}
    by_reason = {reason.value: n for reason, n in result.counts_by_reason().items()}
    findings = len(result.findings)
    reviewed = sum(1 for f in result.findings if f.note and f.note.verdict)
    reports, error = _write_reports(result, pair, options)
    status = PairStatus.ERROR if error else (
        PairStatus.DIFFERENT if findings else PairStatus.SAME)
    return PairResult(pair, status, findings, by_kind, reports, reviewed, error, by_reason)


def _write_reports(result: object, pair: Pair,
                   options: BatchOptions) -> tuple[dict[str, str], str]:
    """Write ``result``'s reports; the paths written and the error that stopped it, if any."""
    from app.report import DocxStyle, ReportError, ReportOptions, Scope, write_report

    report_options = ReportOptions(scope=Scope(options.scope),
                                   docx_style=DocxStyle(options.docx_style))
    reports: dict[str, str] = {}
    for fmt in options.formats:
        relative = f"{pair.name}.{fmt}"
        target = options.out_dir / relative
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_report(result, target, report_options, fmt=fmt)  # type: ignore[arg-type]
        except (OSError, ReportError) as error:
            return reports, str(error)
        reports[fmt] = relative
    return reports, ""


def _guarded(pair: Pair, options: BatchOptions) -> PairResult:
    """``compare_pair`` that turns any failure into an error result naming the pair."""
    try:
        return compare_pair(pair, options)
    except MemoryError:
        return PairResult(pair, PairStatus.ERROR, error=f"{pair.left}: out of memory")
    except Exception as error:  # noqa: BLE001 - one pair must never end the batch
        return PairResult(pair, PairStatus.ERROR,
                          error=f"{pair.left}: {type(error).__name__}: {error}")


def worker_count(jobs: int, pairs: int) -> int:
    """How many worker processes to start: ``jobs`` or one per core, never more than pairs."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(jobs or cores or 1, pairs))


def run_batch(pairs: Sequence[Pair], options: BatchOptions,
              progress: Callable[[int, int, PairResult], None] | None = None,
              should_cancel: Callable[[], bool] | None = None) -> list[PairResult]:
    """Compare every pair; results in the order of ``pairs`` (those not run when cancelled
    are left out). ``progress(done, total, result)`` follows each finished pair."""
    results: dict[int, PairResult] = {}
    for index, result in _results(pairs, options, should_cancel):
        results[index] = result
        if progress is not None:
            progress(len(results), len(pairs), result)
    return [results[i] for i in sorted(results)]


def _results(pairs: Sequence[Pair], options: BatchOptions,
             should_cancel: Callable[[], bool] | None) -> Iterator[tuple[int, PairResult]]:
    workers = worker_count(options.jobs, len(pairs))
    if workers == 1:
        for index, pair in enumerate(pairs):
            if should_cancel and should_cancel():
                return
            yield index, _guarded(pair, options)
        return
    waiting = list(enumerate(pairs))
    waiting.reverse()
    while waiting:
        # A worker killed from outside (out of memory) breaks its pool: the pairs in flight
        # become error results and the rest go on in a new pool.
        yield from _run_pool(waiting, options, workers, should_cancel)
        if should_cancel and should_cancel():
            return


def _run_pool(waiting: list[tuple[int, Pair]], options: BatchOptions, workers: int,
              should_cancel: Callable[[], bool] | None) -> Iterator[tuple[int, PairResult]]:
    """Run pairs from the end of ``waiting`` until it is empty or the pool breaks."""
    # "spawn": the window's process holds Qt threads, which a fork must not copy.
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn"),
                             max_tasks_per_child=_PAIRS_PER_WORKER) as pool:
        pending: dict[Future[PairResult], tuple[int, Pair]] = {}
        broken = False

        def submit() -> None:
            # A bounded number of pairs in flight keeps cancelling quick.
            while waiting and len(pending) < 2 * workers and not broken:
                item = waiting.pop()
                pending[pool.submit(_guarded, item[1], options)] = item

        submit()
        while pending:
            done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if should_cancel and should_cancel():
                for future in pending:
                    future.cancel()
                return
            for future in done:
                index, pair = pending.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken = True
                    result = PairResult(pair, PairStatus.ERROR,
                                        error=f"{pair.left}: the comparison process ended "
                                              "unexpectedly (out of memory?)")
                yield index, result
            submit()
