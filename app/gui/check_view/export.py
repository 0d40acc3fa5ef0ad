"""The check view's one door to the check report writers (``app.report.CHECK_WRITERS``).

Every report of a check goes through ``write_check_report``; the formats offered are those
``check_report_formats`` names, the extension of the chosen file picks one.
"""

from __future__ import annotations

from pathlib import Path

from app.model import CheckResult
from app.report import ReportOptions, report_formats, write_report


def check_report_formats() -> tuple[str, ...]:
    """The extensions a check report can be written as."""
    return report_formats(check=True)


def write_check_report(result: CheckResult, path: str | Path) -> None:
    """Write ``result`` (findings with their notes) to ``path``; the extension gives the format.

    Raises ``ReportError`` naming the file and the reason.
    """
    write_report(result, path, ReportOptions())
