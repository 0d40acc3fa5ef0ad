"""The CSV report: one row per difference, UTF-8 with BOM for Excel, formula-safe cells."""

from __future__ import annotations

import csv
from pathlib import Path

from app.model import Comparison
from app.report import ReportOptions
from app.report.common import KIND_NAMES_ZH, label_of, reason_name, verdict_name

# Conversion findings fill the last three columns (after the review's, which came first).
HEADER = ["序号", "行", "条款", "类型", "kind", "实质", "修改前", "修改后", "批注结论", "批注",
          "批注人", "原因", "reason", "应为"]
# Spreadsheets run a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """Neutralise a cell a spreadsheet would take for a formula.

    >>> safe_cell("=SUM(A1:A2)"), safe_cell("培训")
    ("'=SUM(A1:A2)", '培训')
    """
    return "'" + value if value.startswith(_FORMULA_START) else value


def write(comparison: Comparison, path: Path, options: ReportOptions) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for number, difference in enumerate(options.listed(comparison), 1):
            row = comparison.row_by_id(difference.row)
            note = difference.note
            verdict = verdict_name(note.verdict) if note else ""
            reason = difference.reason
            writer.writerow([safe_cell(str(cell)) for cell in (
                number, difference.row, label_of(row), KIND_NAMES_ZH[difference.kind],
                difference.kind.value, "是" if difference.substantive else "否",
                difference.left.text, difference.right.text, verdict,
                note.comment if note else "", note.author if note else "",
                reason_name(reason, comparison.right.script) if reason else "",
                reason.value if reason else "", difference.suggestion or "")])
