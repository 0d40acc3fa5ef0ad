"""Conversion findings placed into a comparison by hand, for the report and command tests.

The reports render whatever conversion differences a comparison holds; these helpers give
them comparisons with findings at chosen places, the way the engine reports them: each a
``conversion`` difference with a reason and a suggestion as long as its right span,
replacing the differences it overlaps on the right side.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from app.engine.segment import segment
from app.model import (
    CheckResult,
    CheckSettings,
    Comparison,
    Conversion,
    Difference,
    Document,
    DocumentInfo,
    Finding,
    Kind,
    Reason,
    RowStatus,
    Script,
)


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


# What the stand-in check below recognises: the text as written, what it should read, why.
_KNOWN_ERRORS = (("今后", "今後", Reason.LEFTOVER), ("對于", "對於", Reason.LEFTOVER),
                 ("依托", "依託", Reason.LEFTOVER), ("旅游", "旅遊", Reason.LEFTOVER),
                 ("鉆石", "鑽石", Reason.CHOICE), ("璩囨枡", "資料", None))


def stand_in_check(document: Document, settings: CheckSettings | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   should_cancel: Callable[[], bool] | None = None) -> CheckResult:
    """``check_document``'s interface over a fixed list of errors, for the command's tests
    where the engine's check is not there: a conversion finding covers the characters to
    change, encoding damage the whole damaged run."""
    settings = settings or CheckSettings()
    text = document.text
    findings = []
    for wrong, right, reason in _KNOWN_ERRORS:
        if reason is not None and settings.convert is Conversion.NONE:
            continue
        for match in re.finditer(wrong, text):
            if reason is None:
                findings.append((match.start(), Kind.ENCODING, None,
                                 document.span(match.start(), match.end()), right))
                continue
            changed = [i for i, (a, b) in enumerate(zip(wrong, right, strict=True)) if a != b]
            start, end = match.start() + changed[0], match.start() + changed[-1] + 1
            findings.append((start, Kind.CONVERSION, reason, document.span(start, end),
                             right[changed[0]:changed[-1] + 1]))
    findings.sort(key=lambda f: f[0])
    info = DocumentInfo(document, Script.TRADITIONAL, "", tuple(segment(text)))
    return CheckResult(info, settings, "none" if settings.convert is Conversion.NONE else "s2t",
                       tuple(Finding(f"f{n}", kind, reason, span, suggestion)
                             for n, (_, kind, reason, span, suggestion) in enumerate(findings, 1)))


def fixed(text: str, findings: list[dict]) -> str:
    """The text with the suggestion of every finding of a ``duizhao-check`` report applied."""
    for finding in sorted(findings, key=lambda f: f["span"]["start"], reverse=True):
        if finding["suggestion"] is not None:
            span = finding["span"]
            text = text[:span["start"]] + finding["suggestion"] + text[span["end"]:]
    return text
