"""The Word check reports: a 转换校对表 by default, or with ``DocxStyle.REDLINE`` the document
itself with each suggestion as a tracked replacement and a comment giving the reason.

In the redline, Accept All gives the corrected document (every suggestion applied) and
Reject All the document as checked; a finding without a suggestion is a comment only.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from app.model import CheckResult
from app.report import DocxStyle, ReportOptions
from app.report.check.common import (
    Places,
    context,
    counts_line,
    describe,
    finding_line,
    settings_line,
    why,
)
from app.report.common import KIND_NAMES_ZH, generated_at, note_text
from app.report.docx_redline import RedlineBuilder
from app.report.docx_table import cell, mark
from app.report.ooxml import element, landscape_section, paragraph, run, write_package

# Column widths in twentieths of a point; they add up to the landscape text width.
WIDTHS = (900, 1500, 6470, 2200, 3500)
HEADERS = ("序号", "条款", "原文", "应为", "说明")


def write(result: CheckResult, path: Path, options: ReportOptions | None = None) -> None:
    if options is not None and options.docx_style is DocxStyle.REDLINE:
        _write_redline(result, path)
    else:
        _write_table(result, path)


def _write_table(result: CheckResult, path: Path) -> None:
    title = "转换校对表"
    body = [
        paragraph(run(title), style="Title"),
        paragraph(run(f"文件：{describe(result)}")),
        paragraph(run(f"检查：{settings_line(result)}")),
        paragraph(run(f"发现 {len(result.findings)} 处：{counts_line(result)}；"
                      f"生成于 {generated_at()}")),
        _table(result),
        landscape_section(),
    ]
    write_package(path, body, title=title)


def _table(result: CheckResult) -> etree._Element:
    grid = element("tblGrid", None, *[element("gridCol", {"w": str(w)}) for w in WIDTHS])
    properties = element("tblPr", None, element("tblStyle", {"val": "Grid"}),
                         element("tblW", {"w": str(sum(WIDTHS)), "type": "dxa"}),
                         element("tblLayout", {"type": "fixed"}))
    header = element("tr", None, element("trPr", None, element("tblHeader")),
                     *[cell(width, paragraph(run(name, element("b"))), shade="E9ECEF")
                       for width, name in zip(WIDTHS, HEADERS, strict=True)])
    table = element("tbl", None, properties, grid, header)
    text = result.document.document.text
    places = Places(result)
    for number, finding in enumerate(result.findings, 1):
        span = finding.span
        before, after = context(text, span.start, span.end)
        lines = [KIND_NAMES_ZH[finding.kind] + (f"（{why(result, finding)}）"
                                                if finding.reason is not None else "")]
        if finding.note is not None:
            lines.append(note_text(finding.note))
        table.append(element("tr", None, element("trPr", None, element("cantSplit")),
                             cell(WIDTHS[0], paragraph(run(str(number)))),
                             cell(WIDTHS[1], paragraph(run(places.label(span.start)))),
                             cell(WIDTHS[2], paragraph(run(before), run(span.text, *mark(True)),
                                                       run(after))),
                             cell(WIDTHS[3], paragraph(run(finding.suggestion or "",
                                                           *mark(False)))),
                             cell(WIDTHS[4], *[paragraph(run(line)) for line in lines])))
    return table


def _write_redline(result: CheckResult, path: Path) -> None:
    text = result.document.document.text
    builder = RedlineBuilder()
    places = Places(result)
    cursor = 0
    for finding in result.findings:
        span = finding.span
        if span.start < cursor:
            continue  # overlaps the finding before it
        builder.text(text[cursor:span.start])
        comment = (f"{KIND_NAMES_ZH[finding.kind]}（{places.name(span.start)}）："
                   f"{finding_line(result, finding)}")
        if finding.suggestion is None:
            builder.annotate(span.text, comment, finding.note)
        else:
            builder.change(span.text, finding.suggestion, comment, finding.note)
        cursor = span.end
    builder.text(text[cursor:])
    write_package(path, [*builder.paragraphs, landscape_section()], comments=builder.comments,
                  title="校对稿")

