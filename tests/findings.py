"""Conversion findings placed into a comparison by hand, for the report and command tests.

The reports render whatever conversion differences a comparison holds; these helpers give
them comparisons with findings at chosen places, the way the engine reports them: each a
``conversion`` difference with a reason and a suggestion as long as its right span,
replacing the differences it overlaps on the right side.
"""

from __future__ import annotations

from dataclasses import replace

from app.model import Comparison, Difference, Kind, Reason, RowStatus


def finding_at(comparison: Comparison, needle: str, suggestion: str, reason: Reason,
               occurrence: int = 0) -> Difference:
    """A finding on the ``occurrence``-th ``needle`` of the right text.

    Its left span is the same stretch of the left clause: the pairs these tests use are
    character-for-character conversions of each other.
    """
    assert len(suggestion) == len(needle)
    right_text = comparison.right.document.text
    start = -1
    for _ in range(occurrence + 1):
        start = right_text.index(needle, start + 1)
    row = next(r for r in comparison.rows
               if r.right is not None and r.left is not None
               and r.right.start <= start < r.right.end)
    left_start = row.left.start + start - row.right.start
    return Difference("", row.id, Kind.CONVERSION,
                      comparison.left.document.span(left_start, left_start + len(needle)),
                      comparison.right.document.span(start, start + len(needle)),
                      reason=reason, suggestion=suggestion)


def with_findings(comparison: Comparison, findings: list[Difference]) -> Comparison:
    """``comparison`` with ``findings`` added (numbered c1, c2 …), in reading order."""
    findings = [replace(f, id=f"c{n}") for n, f in enumerate(findings, 1)]

    row_order = {row.id: n for n, row in enumerate(comparison.rows)}
    kept = [piece for d in comparison.differences for piece in _outside(comparison, d, findings)]
    differences = sorted([*kept, *findings],
                         key=lambda d: (row_order[d.row], d.right.start, d.left.start))
    rows = []
    for row in comparison.rows:
        ids = tuple(d.id for d in differences if d.row == row.id)
        status = row.status
        if any(f.row == row.id for f in findings):
            status = RowStatus.CHANGED
        rows.append(replace(row, differences=ids, status=status))
    return replace(comparison, rows=tuple(rows), differences=tuple(differences))


def _outside(comparison: Comparison, difference: Difference, findings: list[Difference]
             ) -> list[Difference]:
    """What is left of ``difference`` outside the findings: itself, pieces of it, or nothing.

    A difference as long on both sides (a script change) keeps the characters around a
    finding, as the engine reports them; any other overlapped difference gives way.
    """
    overlapping = [f for f in findings if f.row == difference.row
                   and f.right.start < difference.right.end
                   and difference.right.start < f.right.end]
    if difference.kind is Kind.MOVED or not overlapping:
        return [difference]
    if len(difference.left) != len(difference.right):
        return []
    shift = difference.left.start - difference.right.start
    pieces, cursor = [], difference.right.start
    for finding in sorted(overlapping, key=lambda f: f.right.start):
        pieces.append((cursor, max(cursor, finding.right.start)))
        cursor = max(cursor, finding.right.end)
    pieces.append((cursor, difference.right.end))
    return [replace(difference, id=f"{difference.id}-{n}",
                    left=comparison.left.document.span(start + shift, end + shift),
                    right=comparison.right.document.span(start, end))
            for n, (start, end) in enumerate(pieces) if start < end]


def corrected(text: str, findings: list[Difference]) -> str:
    """The right text with every finding's suggestion applied."""
    for finding in sorted(findings, key=lambda f: f.right.start, reverse=True):
        text = text[:finding.right.start] + finding.suggestion + text[finding.right.end:]
    return text
