"""Conversion findings made by hand, standing in for the engine in window tests.

The places are real conversion errors of the sample pair's traditional release: the window
shows what the engine reports, and these tests check the showing, not the finding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.engine import compare
from app.model import (
    CheckResult,
    CheckSettings,
    CompareOptions,
    Comparison,
    Difference,
    Document,
    DocumentInfo,
    Finding,
    Kind,
    Outcome,
    Reason,
    RowStatus,
    Script,
    Span,
)

# (left context, right context, the wrong characters in the right context, suggestion, reason)
PLACES = (
    ("我国今后相当", "我國今后相當", "后", "後", Reason.LEFTOVER),
    ("对于全面提升", "對于全面提升", "于", "於", Reason.LEFTOVER),
    ("品、钻石珠宝", "品、鉆石珠寶", "鉆", "鑽", Reason.CHOICE),
)


def add_findings(comparison: Comparison) -> Comparison:
    """``comparison`` with a conversion difference at each place of ``PLACES`` it holds."""
    left_text = comparison.left.document.text
    right_text = comparison.right.document.text
    kept = [d for d in comparison.differences if d.kind is not Kind.CONVERSION]
    added: dict[str, list[Difference]] = {}
    for number, (left_context, right_context, wrong, suggestion, reason) in enumerate(PLACES):
        left_at, right_at = left_text.find(left_context), right_text.find(right_context)
        if left_at < 0 or right_at < 0:
            continue
        offset = right_context.index(wrong)
        left_start, right_start = left_at + offset, right_at + offset
        row = next(r for r in comparison.rows
                   if r.right is not None and r.right.start <= right_start < r.right.end)
        added.setdefault(row.id, []).append(Difference(
            f"c{number}", row.id, Kind.CONVERSION,
            Span(left_start, left_start + len(wrong), left_text[left_start:][:len(wrong)]),
            Span(right_start, right_start + len(wrong), wrong),
            reason=reason, suggestion=suggestion))
    by_id = {d.id: d for d in kept}
    rows, differences = [], []
    for row in comparison.rows:
        own = [by_id[i] for i in row.differences if i in by_id]
        for new in added.get(row.id, []):
            at = next((n for n, d in enumerate(own) if d.right.start > new.right.start),
                      len(own))
            own.insert(at, new)
        status = row.status
        if row.id in added and status in (RowStatus.EQUAL, RowStatus.EQUIVALENT):
            status = RowStatus.CHANGED
        rows.append(replace(row, status=status, differences=tuple(d.id for d in own)))
        differences.extend(own)
    return replace(comparison, rows=tuple(rows), differences=tuple(differences))


def compare_with_findings(left: Document, right: Document,
                          options: CompareOptions | None = None) -> Comparison:
    """The engine's comparison, with the conversion findings of ``PLACES``."""
    comparison = compare(left, right, options)
    if comparison.outcome is Outcome.CANCELLED:
        return comparison
    return add_findings(comparison)


def check_with_findings(document: Document, settings: CheckSettings,
                        progress: Callable[[int, int], None] | None = None,
                        should_cancel: Callable[[], bool] | None = None) -> CheckResult:
    """A one-document check finding every place of ``PLACES`` in ``document``."""
    text = document.text
    findings = []
    for _left, context, wrong, suggestion, reason in PLACES:
        at = text.find(context)
        while at >= 0:
            start = at + context.index(wrong)
            findings.append((start, wrong, suggestion, reason))
            at = text.find(context, at + 1)
    findings.sort()
    if progress is not None:
        progress(1, 1)
    return CheckResult(
        document=DocumentInfo(document, Script.TRADITIONAL, "", ()),
        settings=settings, conversion="s2t",
        findings=tuple(Finding(f"f{n}", Kind.CONVERSION, reason,
                               Span(start, start + len(wrong), wrong), suggestion)
                       for n, (start, wrong, suggestion, reason) in enumerate(findings, 1)),
        outcome=Outcome.CANCELLED if should_cancel is not None and should_cancel()
        else Outcome.COMPLETED)
