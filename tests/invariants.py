"""Checks of the report contract (json-report.md) shared by engine, CLI and report tests."""

from __future__ import annotations

from app.model import Comparison, Kind


def assert_spans_resolve(comparison: Comparison) -> None:
    """``text[start:end] == span.text`` for every difference span; rows inside their text."""
    left_text = comparison.left.document.text
    right_text = comparison.right.document.text
    for difference in comparison.differences:
        for span, text in ((difference.left, left_text), (difference.right, right_text)):
            assert 0 <= span.start <= span.end <= len(text), difference
            assert text[span.start:span.end] == span.text, difference


def assert_nothing_dropped(comparison: Comparison) -> None:
    """Every character lies in exactly one row's span or between rows as whitespace."""
    for side_name, info in (("left", comparison.left), ("right", comparison.right)):
        text = info.document.text
        spans = sorted((side.start, side.end) for row in comparison.rows
                       if (side := getattr(row, side_name)) is not None)
        covered_until = 0
        for start, end in spans:
            assert start >= covered_until, f"{side_name}: rows overlap at {start}"
            assert text[covered_until:start].strip() == "", (
                f"{side_name}: {text[covered_until:start]!r} belongs to no row")
            covered_until = end
        assert text[covered_until:].strip() == "", f"{side_name}: tail belongs to no row"
        clauses = sorted(index for row in comparison.rows
                         if (side := getattr(row, side_name)) is not None
                         for index in side.clauses)
        assert clauses == list(range(len(info.clauses))), f"{side_name}: clause lost or doubled"


def assert_no_overlap(comparison: Comparison) -> None:
    """Within a row, no two differences claim the same characters on both sides."""
    for row in comparison.rows:
        inline = [comparison.difference_by_id(d) for d in row.differences]
        inline = sorted((d for d in inline if d.kind is not Kind.MOVED and d.row == row.id),
                        key=lambda d: (d.left.start, d.right.start))
        for before, after in zip(inline, inline[1:], strict=False):
            assert (after.left.start >= before.left.end
                    or after.right.start >= before.right.end), (before, after)


def assert_contract(comparison: Comparison) -> None:
    assert_spans_resolve(comparison)
    assert_nothing_dropped(comparison)
    assert_no_overlap(comparison)
    row_ids = {row.id for row in comparison.rows}
    for difference in comparison.differences:
        assert difference.row in row_ids
        assert difference.id in comparison.row_by_id(difference.row).differences
