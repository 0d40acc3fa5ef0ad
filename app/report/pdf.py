"""The PDF report, rendered with Qt (the one report module that uses Qt): CJK font embedded."""

from __future__ import annotations

import html
import os
from pathlib import Path

from app.model import Comparison, RowStatus
from app.report import ReportOptions
from app.report.common import (
    KIND_COLORS,
    changed_rows,
    counts_line,
    describe,
    explain,
    generated_at,
    orphan_lines,
    row_differences,
    segments,
)

CJK_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "Noto Serif CJK SC",
                "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC"]


def write(comparison: Comparison, path: Path, options: ReportOptions) -> None:
    """Lay out a comparison table as rich text and print it to an A4 landscape PDF."""
    print_rich_text(_rich_text(comparison, options), path, "修改前后对照表")


def print_rich_text(rich_text: str, path: Path, title: str) -> None:
    """Print the HTML subset QTextDocument renders to an A4 landscape PDF at ``path``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import (
        QFont,
        QGuiApplication,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QTextDocument,
    )

    _application = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Duizhao")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPointSize(9)
    document.setDefaultFont(font)
    document.setHtml(rich_text)
    document.print_(writer)


def _rich_text(comparison: Comparison, options: ReportOptions) -> str:
    """The subset of HTML that QTextDocument renders: a title, facts and the table."""
    listed = {d.id for d in options.listed(comparison)}
    parts = [
        "<h2>修改前后对照表</h2>",
        f"<p>修改前：{html.escape(describe(comparison, True))}<br/>"
        f"修改后：{html.escape(describe(comparison, False))}<br/>"
        f"实质差异 {len(comparison.substantive)} 处；{html.escape(counts_line(comparison))}；"
        f"生成于 {generated_at()}</p>",
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
        '<thead><tr style="background:#e9ecef"><th width="5%">序号</th><th width="38%">修改前'
        '</th><th width="38%">修改后</th><th width="19%">说明</th></tr></thead>',
    ]
    for number, row in enumerate(changed_rows(comparison, listed), 1):
        cells = []
        for left in (True, False):
            whole = (row.status in (RowStatus.DELETED, RowStatus.MOVED) and left) or (
                row.status in (RowStatus.INSERTED, RowStatus.MOVED) and not left)
            pieces = []
            for piece in segments(comparison, row, listed, left):
                text = html.escape(piece.text).replace("\n", "<br/>")
                if whole or piece.difference is not None:
                    color = KIND_COLORS[piece.difference.kind] if piece.difference else \
                        "#e9ecef"
                    decoration = "line-through" if left else "underline"
                    text = (f'<span style="background:{color};text-decoration:{decoration}">'
                            f"{text}</span>")
                pieces.append(text)
            cells.append("".join(pieces))
        differences = row_differences(comparison, row, listed)
        notes = "<br/>".join(html.escape(line) for line in explain(comparison, differences, row))
        parts.append(f"<tr><td>{number}</td><td>{cells[0]}</td><td>{cells[1]}</td>"
                     f"<td>{notes}</td></tr>")
    parts.append("</table>")
    orphans = orphan_lines(comparison)
    if orphans:
        parts.append("<p>未能对应的批注：<br/>"
                     + "<br/>".join(html.escape(line) for line in orphans) + "</p>")
    return "".join(parts)
