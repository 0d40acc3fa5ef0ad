"""The check view's one door to the check report writers.

Every report of a check goes through ``write_check_report``; the formats offered are those
``check_report_formats`` names. The JSON report follows format ``duizhao-check`` version 1:
the document as a side of the comparison report (with its text), the settings, counts by
kind and reason, and each finding with its span, suggestion and reviewer's note.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app import __version__
from app.model import KIND_ORDER, CheckResult, Finding, Reason
from app.report import ReportError
from app.report.json_report import _document, _note

FORMAT = "duizhao-check"
VERSION = 1


def check_report_formats() -> tuple[str, ...]:
    """The extensions a check report can be written as."""
    return ("json",)


def write_check_report(result: CheckResult, path: str | Path) -> None:
    """Write ``result`` (findings with their notes) to ``path``; the extension gives the format."""
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in check_report_formats():
        known = ", ".join(check_report_formats())
        raise ReportError(f"{path}: unknown report format '{fmt}' (choose one of {known})")
    text = json.dumps(check_to_dict(result), ensure_ascii=False, indent=1) + "\n"
    try:
        path.write_text(text, "utf-8")
    except OSError as error:
        raise ReportError(f"{path}: cannot be written ({error.strerror or error})") from None


def check_to_dict(result: CheckResult) -> dict[str, Any]:
    """The check as JSON-ready data."""
    by_kind = result.counts_by_kind()
    by_reason = result.counts_by_reason()
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"duizhao {__version__}",
        "document": _document(result.document),
        "settings": {"convert": result.settings.convert.value, "conversion": result.conversion},
        "summary": {
            "findings": len(result.findings),
            "by_kind": {kind.value: by_kind[kind] for kind in KIND_ORDER if by_kind.get(kind)},
            "by_reason": {reason.value: by_reason[reason] for reason in Reason
                          if by_reason.get(reason)},
        },
        "findings": [_finding(finding) for finding in result.findings],
    }


def _finding(finding: Finding) -> dict[str, Any]:
    span = finding.span
    return {"id": finding.id, "kind": finding.kind.value,
            "reason": finding.reason.value if finding.reason else None,
            "span": {"start": span.start, "end": span.end, "text": span.text},
            "suggestion": finding.suggestion, "note": _note(finding.note)}
