"""The HTML check report: the findings listed, then the whole text with each one marked."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from lxml.html import builder as E

from app import __version__
from app.model import CheckResult, Finding
from app.report.check.common import (
    Places,
    context,
    counts_line,
    describe,
    finding_line,
    settings_line,
    why,
)
from app.report.common import KIND_COLORS, KIND_NAMES_ZH, generated_at, verdict_name
from app.report.html import CSS


def write(result: CheckResult, path: Path, options: object = None) -> None:
    """Write the report to ``path``."""
    path.write_bytes(etree.tostring(build(result), method="html", encoding="utf-8",
                                    doctype="<!DOCTYPE html>"))


def build(result: CheckResult) -> etree._Element:
    document = result.document.document
    title = f"转换校对：{document.name or document.path}"
    summary = [("文件", describe(result)), ("检查", settings_line(result)),
               ("发现", f"{len(result.findings)} 处：{counts_line(result)}"),
               ("生成", f"{generated_at()}，duizhao {__version__}")]
    return E.HTML(
        E.HEAD(E.META(charset="utf-8"), E.TITLE(title), E.STYLE(CSS)),
        E.BODY(
            E.H1(title),
            E.TABLE(*[E.TR(E.TD(name), E.TD(value)) for name, value in summary],
                    E.CLASS("summary")),
            E.H2(f"校对清单（{len(result.findings)} 处）"),
            _findings(result),
            E.H2("全文"),
            _text(result),
        ),
        lang="zh-CN",
    )


def _findings(result: CheckResult) -> etree._Element:
    """The list: where each finding is, the text around it, what it should read and why; the
    reviewer's note in a last column when there is any."""
    noted = any(finding.note is not None for finding in result.findings)
    headers = ["序号", "条款", "行", "原文", "应为", "原因"] + (["批注"] if noted else [])
    table = E.TABLE(E.THEAD(E.TR(*[E.TH(name) for name in headers])), E.CLASS("findings"))
    text = result.document.document.text
    places = Places(result)
    for number, finding in enumerate(result.findings, 1):
        span = finding.span
        before, after = context(text, span.start, span.end)
        mark = _mark(result, finding)
        mark.tail = after
        row = E.TR(
            E.TD(E.A(str(number), href=f"#{finding.id}")),
            E.TD(places.label(span.start)),
            E.TD(str(places.line(span.start))),
            E.TD(before, mark, E.CLASS("context")),
            E.TD(finding.suggestion or "", E.CLASS("suggestion")),
            E.TD(why(result, finding)))
        if noted:
            note = finding.note
            row.append(E.TD(" ".join(part for part in (verdict_name(note.verdict), note.comment)
                                     if part) if note else ""))
        table.append(row)
    return table


def _text(result: CheckResult) -> etree._Element:
    """The document's text with every finding marked, numbered and linked from the list."""
    text = result.document.document.text
    body = E.DIV(E.CLASS("text"))
    last = None  # the last child: the text after it goes in its tail
    cursor = 0
    for number, finding in enumerate(result.findings, 1):
        if finding.span.start < cursor:
            continue  # overlaps the finding before it
        if last is None:
            body.text = text[cursor:finding.span.start]
        else:
            last.tail = text[cursor:finding.span.start]
        mark = _mark(result, finding)
        mark.set("id", finding.id)
        last = E.SUP(E.A(str(number), href=f"#{finding.id}"))
        body.extend((mark, last))
        cursor = finding.span.end
    if last is None:
        body.text = text[cursor:]
    else:
        last.tail = text[cursor:]
    return body


def _mark(result: CheckResult, finding: Finding) -> etree._Element:
    return E.MARK(finding.span.text, style=f"background:{KIND_COLORS[finding.kind]}",
                  title=f"{KIND_NAMES_ZH[finding.kind]}：{finding_line(result, finding)}")

