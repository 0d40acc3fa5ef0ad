"""The JSON check report: format ``duizhao-check``, version 1 (README, json-report.md).

``document`` describes the checked document as a side of the comparison report does, with
its full text; every finding's ``span`` is a code-point slice of that text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app import __version__
from app.model import KIND_ORDER, CheckResult, Finding, Reason
from app.report.json_report import document_entry, note_entry

FORMAT = "duizhao-check"
VERSION = 1


def to_dict(result: CheckResult) -> dict[str, Any]:
    by_kind = result.counts_by_kind()
    by_reason = result.counts_by_reason()
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"duizhao {__version__}",
        "document": document_entry(result.document),
        "settings": {"convert": result.settings.convert.value,
                     "conversion": result.conversion},
        "summary": {
            "findings": len(result.findings),
            "by_kind": {kind.value: by_kind[kind] for kind in KIND_ORDER if by_kind.get(kind)},
            "by_reason": {reason.value: by_reason[reason] for reason in Reason
                          if by_reason.get(reason)},
        },
        "findings": [_finding(finding) for finding in result.findings],
    }


def dumps(result: CheckResult) -> str:
    """The report as text, one line per top-level entry and per finding."""
    report = to_dict(result)
    findings = report.pop("findings")
    lines = [f" {_compact(key)}: {_compact(value)}" for key, value in report.items()]
    listed = ",\n  ".join(_compact(finding) for finding in findings)
    lines.append(f' "findings": [\n  {listed}\n ]' if findings else ' "findings": []')
    return "{\n" + ",\n".join(lines) + "\n}\n"


def write(result: CheckResult, path: Path, options: object = None) -> None:
    """Write the report to ``path`` as UTF-8 JSON."""
    text = dumps(result)
    path.write_text(text, encoding="utf-8")


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "kind": finding.kind.value,
        "reason": None if finding.reason is None else finding.reason.value,
        "span": {"start": finding.span.start, "end": finding.span.end,
                 "text": finding.span.text},
        "suggestion": finding.suggestion,
        "note": note_entry(finding.note),
    }


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
