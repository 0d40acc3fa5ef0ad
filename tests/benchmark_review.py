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


if __name__ == "__main__":
    main()
