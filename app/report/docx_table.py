"""The Word 修改前后对照表: a real table 序号 / 修改前 / 修改后 / 说明, A4 landscape."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from app.model import Comparison, Row, RowStatus
from app.report import ReportOptions
from app.report.common import (
    changed_rows,
    counts_line,
    describe,
    explain,
    generated_at,
    move_note,
    orphan_lines,
    review_line,
    row_differences,
    segments,
)
from app.report.ooxml import element, landscape_section, paragraph, run, write_package

# Column widths in twentieths of a point; they add up to the landscape text width.
WIDTHS = (900, 5700, 5700, 2270)
HEADERS = ("序号", "修改前", "修改后", "说明")
_DELETED_COLOR, _INSERTED_COLOR = "C92A2A", "1864AB"


def write(comparison: Comparison, path: Path, options: ReportOptions) -> None:
    listed = {d.id for d in options.listed(comparison)}
    title = "修改前后对照表"
    body = [
        paragraph(run(title), style="Title"),
        paragraph(run(f"修改前：{describe(comparison, True)}")),
        paragraph(run(f"修改后：{describe(comparison, False)}")),
        paragraph(run(f"实质差异 {len(comparison.substantive)} 处；{counts_line(comparison)}；"
                      f"生成于 {generated_at()}")),
    ]
    review = review_line(comparison)
    if review:
        body.append(paragraph(run(f"审阅：{review}")))
    body.append(_table(comparison, listed))
    orphans = orphan_lines(comparison)
    if orphans:
        body.append(paragraph(run("未能对应的批注：")))
        body.extend(paragraph(run(line)) for line in orphans)
    body.append(landscape_section())
    write_package(path, body, title=title)


def cell(width: int, *paragraphs: etree._Element, shade: str | None = None
          ) -> etree._Element:
    properties = element("tcPr", None, element("tcW", {"w": str(width), "type": "dxa"}))
    if shade:
        properties.append(element("shd", {"val": "clear", "color": "auto", "fill": shade}))
    return element("tc", None, properties, *(paragraphs or (paragraph(),)))


def _table(comparison: Comparison, listed: set[str]) -> etree._Element:
    grid = element("tblGrid", None, *[element("gridCol", {"w": str(w)}) for w in WIDTHS])
    properties = element("tblPr", None, element("tblStyle", {"val": "Grid"}),
                         element("tblW", {"w": str(sum(WIDTHS)), "type": "dxa"}),
                         element("tblLayout", {"type": "fixed"}))
    header = element("tr", None, element("trPr", None, element("tblHeader")),
                     *[cell(width, paragraph(run(name, element("b"))), shade="E9ECEF")
                       for width, name in zip(WIDTHS, HEADERS, strict=True)])
    table = element("tbl", None, properties, grid, header)
    rows = changed_rows(comparison, listed)
    numbers = {row.id: number for number, row in enumerate(rows, 1)}
    for row in rows:
        table.append(_row(comparison, row, listed, numbers))
    return table


def _row(comparison: Comparison, row: Row, listed: set[str],
         numbers: dict[str, int]) -> etree._Element:
    cells = [cell(WIDTHS[0], paragraph(run(str(numbers[row.id]))))]
    for column, left in ((1, True), (2, False)):
        runs = []
        whole = (row.status in (RowStatus.DELETED, RowStatus.MOVED) and left) or (
            row.status in (RowStatus.INSERTED, RowStatus.MOVED) and not left)
        for piece in segments(comparison, row, listed, left):
            marked = whole or piece.difference is not None
            runs.append(run(piece.text, *(mark(left) if marked else ())))
        cells.append(cell(WIDTHS[column], paragraph(*runs)))
    lines = explain(comparison, row_differences(comparison, row, listed), row)
    partner = numbers.get(row.moved_to or "")
    moved = move_note(comparison, row, f"第 {partner} 行" if partner else "")
    if moved:
        lines.insert(1 if lines else 0, moved)
    cells.append(cell(WIDTHS[3], *[paragraph(run(line)) for line in lines]))
    return element("tr", None, element("trPr", None, element("cantSplit")), *cells)


def mark(deleted: bool) -> tuple[etree._Element, ...]:
    if deleted:
        return (element("color", {"val": _DELETED_COLOR}), element("strike"))
    return (element("color", {"val": _INSERTED_COLOR}), element("u", {"val": "single"}))
