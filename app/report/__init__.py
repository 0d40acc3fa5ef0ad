"""Reports: one module per output format, all rendered from the same ``Comparison``; the
reports of a document checked alone (``app.report.check``) from its ``CheckResult``.

Every writer has the signature ``write(comparison, path, options)`` and is registered in
``WRITERS`` (``CHECK_WRITERS``) under its file extension. No Qt here, but for the PDF writer
(design.md).
"""

from __future__ import annotations

import errno
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.model import CheckResult, Comparison, Difference, Kind
from app.report.atomic import replaced_atomically


class Scope(StrEnum):
    """Which differences a human-facing report lists (JSON always lists all)."""

    SUBSTANTIVE = "substantive"
    ALL = "all"


class DocxStyle(StrEnum):
    """The two Word reports: a 修改前后对照表 or the document with tracked changes."""

    TABLE = "table"
    REDLINE = "redline"


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose for one export."""

    scope: Scope = Scope.SUBSTANTIVE
    docx_style: DocxStyle = DocxStyle.TABLE
    progress: Callable[[int, int], None] | None = None

    def listed(self, comparison: Comparison) -> tuple[Difference, ...]:
        """The differences this report lists, in reading order."""
        listed = comparison.differences if self.scope is Scope.ALL else comparison.substantive
        if Kind.CONVERSION in comparison.settings.ignore:  # --ignore conversion
            return tuple(d for d in listed if d.kind is not Kind.CONVERSION)
        return listed


Writer = Callable[[Comparison, Path, ReportOptions], None]

# Extension -> "module:function" of its writer, imported on first use so that the CLI
# loads only what it writes (and the PDF writer's Qt only when a PDF is asked for).
WRITERS: dict[str, str] = {
    "json": "app.report.json_report:write",
    "txt": "app.report.text_report:write",
    "html": "app.report.html:write",
    "csv": "app.report.csv_report:write",
    "docx": "app.report:write_docx",
    "pdf": "app.report.pdf:write",
}


# The same for the report of a document checked alone (``duizhao check``).
CHECK_WRITERS: dict[str, str] = {
    "json": "app.report.check.json_report:write",
    "txt": "app.report.check.text_report:write",
    "html": "app.report.check.html:write",
    "csv": "app.report.check.csv_report:write",
    "docx": "app.report.check.docx:write",
    "pdf": "app.report.check.pdf:write",
}


def write_docx(comparison: Comparison, path: Path, options: ReportOptions) -> None:
    """Word: the comparison table by default, tracked changes with ``DocxStyle.REDLINE``."""
    if options.docx_style is DocxStyle.REDLINE:
        from app.report.docx_redline import write
    else:
        from app.report.docx_table import write
    write(comparison, path, options)


class ReportError(Exception):
    """A report could not be written; the message names the file and the reason."""


def report_formats(check: bool = False) -> tuple[str, ...]:
    """The extensions a comparison report (a check report with ``check``) can be written as."""
    return tuple(CHECK_WRITERS if check else WRITERS)


def write_report(comparison: Comparison | CheckResult, path: str | Path,
                 options: ReportOptions | None = None, *, fmt: str | None = None) -> None:
    """Write ``comparison`` (or a one-document ``CheckResult``) to ``path`` in ``fmt`` (by
    default, from the path's extension).

    The report is written whole or not at all (``replaced_atomically``); any failure raises
    ReportError naming the file and the reason, and leaves a previous report as it was.
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    check = isinstance(comparison, CheckResult)
    target = (CHECK_WRITERS if check else WRITERS).get(fmt)
    if target is None:
        known = ", ".join(report_formats(check))
        raise ReportError(f"{path}: unknown report format '{fmt}' (choose one of {known})")
    module_name, function_name = target.split(":")
    writer: Writer = getattr(importlib.import_module(module_name), function_name)
    try:
        with replaced_atomically(path) as temporary:
            writer(comparison, temporary, options or ReportOptions())
            if fmt == "pdf":
                _check_pdf(temporary)
    except OSError as error:
        raise ReportError(f"{path}: cannot be written ({_reason(error)})") from None
    except UnicodeError as error:  # a lone surrogate, say, from a hand-edited review file
        raise ReportError(f"{path}: cannot be written (text that {fmt.upper()} cannot "
                          f"encode: {error.reason})") from None


def _check_pdf(path: Path) -> None:
    """Qt writes a PDF without reporting failures: an unfinished file is one."""
    with open(path, "rb") as handle:
        handle.seek(max(0, path.stat().st_size - 64))
        if b"%%EOF" not in handle.read():
            raise OSError(errno.EIO, "the PDF could not be completed")


def _reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "its folder does not exist"
    if isinstance(error, IsADirectoryError):
        return "it is a directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or str(error)).lower()
