"""Time and memory of reviews at scale: re-attachment, saving and loading (issue 14, item 3).

    python tests/benchmark_review.py [--annotations 20000]

The comparison is built directly (no engine time): one clause per row, each with the same
change in the same phrase, so that every annotation's anchor is equal to every other's and
only the place tells them apart — the case that once took 179 s and 7.5 GB.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from app.model import (
    CompareSettings,
    Comparison,
    Difference,
    Document,
    DocumentInfo,
    Kind,
    Row,
    RowSide,
    RowStatus,
    Script,
    Span,
)
from app.review import (
    Anchors,
    Annotation,
    Attachment,
    Verdict,
    attach,
    load_review,
    review_of,
    save_review,
)
from app.review.model import ReviewedFile
from app.review.pair_review import write_pair_review
from app.review.session import ReviewSession


def alike_comparison(count: int) -> Comparison:
    """``count`` clauses 第N条：甲方负责培养人才，… changed to 培训 in each."""
    left_lines, right_lines, rows, differences = [], [], [], []
    left_at = right_at = 0
    for number in range(1, count + 1):
        left = f"第{number}条：甲方负责培养人才，编号{number}。"
        right = left.replace("培养", "培训")
        start = left.index("培养")
        row_id, difference_id = f"r{number}", f"d{number}"
        differences.append(Difference(
            difference_id, row_id, Kind.WORDING,
            Span(left_at + start, left_at + start + 2, "培养"),
            Span(right_at + start, right_at + start + 2, "培训")))
        rows.append(Row(row_id, RowStatus.CHANGED,
                        RowSide((number - 1,), f"第{number}条", left_at, left_at + len(left)),
                        RowSide((number - 1,), f"第{number}条", right_at, right_at + len(right)),
                        0.9, (difference_id,)))
        left_lines.append(left)
        right_lines.append(right)
        left_at += len(left) + 1
        right_at += len(right) + 1
    sides = [DocumentInfo(Document("\n".join(lines), "txt", "utf-8"), Script.SIMPLIFIED, "", ())
             for lines in (left_lines, right_lines)]
    return Comparison(sides[0], sides[1], CompareSettings(), tuple(rows), tuple(differences))


def _measure(label: str, work) -> object:
    """Time one run, then trace the memory of another (tracing slows Python down)."""
    started = time.perf_counter()
    result = work()
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{label:<44} {elapsed:7.2f} s  peak {peak / 1e6:7.1f} MB")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--annotations", type=int, default=20_000)
    count = parser.parse_args().annotations
    comparison = alike_comparison(count)
    anchors = Anchors(comparison)
    notes = {d.id: Annotation(anchors.of(d)[0], Verdict.ACCEPTED, "", "", "")
             for d in comparison.differences}
    nobody = ReviewedFile("", "")
    review = review_of(comparison, Attachment(notes, (), {}, ()), nobody, nobody)
    legacy = replace(review, annotations=tuple(replace(a, place=None)
                                               for a in review.annotations))
    placed = _measure(f"re-attach {count} alike annotations", lambda: attach(comparison, review))
    _measure(f"re-attach {count} alike, files without places",
             lambda: attach(comparison, legacy))
    assert not placed.orphans  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "review.json"
        _measure(f"save {count} annotations", lambda: save_review(review, path))
        print(f"{'file size':<44} {path.stat().st_size / 1e6:7.1f} MB")
        _measure(f"load {count} annotations", lambda: load_review(path))
    _measure_session(comparison, review, count)


def _measure_session(comparison: Comparison, review, count: int) -> None:
    """What the window does with a review that large: show it, one verdict, merge, save."""
    session = ReviewSession()
    _measure(f"show {count} notes on the comparison", lambda: (
        session.show(comparison, review), session.annotate()))
    first = comparison.differences[0]

    def one_verdict() -> None:
        session.put(("d", first.id), session.with_verdict(first, Verdict.REJECTED, "王"))
        session.annotate([("d", first.id)])

    _measure("one verdict among them (incremental)", one_verdict)
    _measure(f"merge {count} notes changed on disk", lambda: session.merge(review))
    with tempfile.TemporaryDirectory() as folder:
        snapshot = _measure("copy the notes to save (on the main thread)", session.snapshot)
        documents = Path(folder) / "left.txt", Path(folder) / "right.txt"
        for document, side in zip(documents, (comparison.left, comparison.right), strict=True):
            document.write_text(side.document.text, "utf-8")
        _measure(f"write {count} notes as the pair's review (thread)",
                 lambda: write_pair_review(snapshot, *map(str, documents),
                                           Path(folder) / "review.json"))


if __name__ == "__main__":
    main()
