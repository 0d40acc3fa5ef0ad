"""The CSV check report: one row per finding, UTF-8 with BOM for Excel, formula-safe cells."""

from __future__ import annotations

import csv
from pathlib import Path

from app.model import CheckResult
from app.report.check.common import Places, context, why
from app.report.common import KIND_NAMES_ZH, verdict_name
from app.report.csv_report import safe_cell

HEADER = ["序号", "id", "条款", "行", "类型", "kind", "原因", "reason", "原文", "应为", "上文",
          "下文", "start", "end", "批注结论", "批注", "批注人"]


def write(result: CheckResult, path: Path, options: object = None) -> None:
    text = result.document.document.text
    places = Places(result)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for number, finding in enumerate(result.findings, 1):
            span, note = finding.span, finding.note
            before, after = context(text, span.start, span.end)
            writer.writerow([safe_cell(str(cell)) for cell in (
                number, finding.id, places.label(span.start), places.line(span.start),
                KIND_NAMES_ZH[finding.kind], finding.kind.value, why(result, finding),
                finding.reason.value if finding.reason else "", span.text,
                finding.suggestion or "", before, after, span.start, span.end,
                verdict_name(note.verdict) if note else "", note.comment if note else "",
                note.author if note else "")])
