"""The readable summary of a one-document check: what ``duizhao check`` prints (and writes
with ``-o report.txt``)."""

from __future__ import annotations

from pathlib import Path

from app import __version__
from app.model import KIND_ORDER, CheckResult, Finding, Kind, Reason
from app.report.check.common import Places, checks_conversion, context

_RED, _GREEN, _DIM, _BOLD, _RESET = "\033[31m", "\033[32m", "\033[2m", "\033[1m", "\033[0m"


def render(result: CheckResult, *, color: bool = False) -> str:
    """The summary, then each finding in context: ``…今[后→後]的…``."""
    info = result.document
    document = info.document
    script = info.script.value + (f" ({info.region})" if info.region else "")
    lines = [f"Duizhao {__version__}",
             f"Document: {document.path or document.name}  [{document.format}, "
             f"{document.encoding}, {script}, {len(info.clauses)} clauses]",
             f"Checked against: "
             f"{result.conversion if checks_conversion(result) else 'no conversion'} "
             f"(--convert {result.settings.convert.value})",
             f"Findings: {len(result.findings)}" + _counts(result)]
    places = Places(result)
    for number, finding in enumerate(result.findings, 1):
        start = finding.span.start
        kind = finding.kind.value + (f" {finding.reason.value}" if finding.reason else "")
        header = f"[{number}] {kind}  {places.label(start) or '—'}  line {places.line(start)}"
        lines += ["", f"{_BOLD}{header}{_RESET}" if color else header,
                  "  " + _in_context(document.text, finding, color)]
        if finding.note is not None:
            lines.append(f"  review: {finding.note.verdict or 'comment'} {finding.note.comment}"
                         .rstrip())
    return "\n".join(lines) + "\n"


def write(result: CheckResult, path: Path, options: object = None) -> None:
    path.write_text(render(result), encoding="utf-8")


def _counts(result: CheckResult) -> str:
    """`` (conversion 60: leftover 58, choice 2; encoding 1)``, or nothing."""
    by_kind, by_reason = result.counts_by_kind(), result.counts_by_reason()
    parts = []
    for kind in KIND_ORDER:
        if by_kind.get(kind):
            reasons = ", ".join(f"{reason.value} {by_reason[reason]}" for reason in Reason
                                if by_reason.get(reason)) if kind is Kind.CONVERSION else ""
            parts.append(f"{kind.value} {by_kind[kind]}" + (f": {reasons}" if reasons else ""))
    return f" ({'; '.join(parts)})" if parts else ""


def _in_context(text: str, finding: Finding, color: bool) -> str:
    before, after = context(text, finding.span.start, finding.span.end)
    wrong = finding.span.text.replace("\n", "⏎")
    right = "?" if finding.suggestion is None else finding.suggestion.replace("\n", "⏎")
    if color:
        return (f"{_DIM}…{before}{_RESET}[{_RED}{wrong}{_RESET}→{_GREEN}{right}{_RESET}]"
                f"{_DIM}{after}…{_RESET}")
    return f"…{before}[{wrong}→{right}]{after}…"
