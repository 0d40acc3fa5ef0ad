"""The HTML report: one self-contained, printable file built with lxml."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from lxml.html import builder as E

from app import __version__
from app.io.controls import visible
from app.model import KIND_ORDER, Comparison, Difference, Kind, Note, Reason, Row, RowStatus
from app.report import ReportOptions
from app.report.common import (
    KIND_COLORS,
    KIND_NAMES_ZH,
    counts_line,
    describe,
    difference_suggestion,
    excerpt,
    generated_at,
    kinds_line,
    label_of,
    move_note,
    orphan_lines,
    reason_name,
    review_line,
    row_differences,
    segments,
    verdict_name,
)

# Characters of the text shown on each side of a conversion finding in 转换校对.
_CONTEXT = 10
_STATUS_NAMES = {RowStatus.CHANGED: "修改", RowStatus.INSERTED: "新增", RowStatus.DELETED: "删除",
                 RowStatus.MOVED: "移动", RowStatus.EQUIVALENT: "等同", RowStatus.EQUAL: "相同"}

CSS = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
       sans-serif; color: #212529; margin: 24px; font-size: 14px; }
h1 { font-size: 22px; margin: 0 0 12px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
table.summary td { padding: 2px 12px 2px 0; vertical-align: top; }
table.summary td:first-child { color: #868e96; white-space: nowrap; }
.legend span { display: inline-block; padding: 1px 8px; margin: 2px 4px 2px 0;
               border-radius: 3px; }
ol.index { columns: 3; font-size: 13px; }
ol.index a { color: #1c7ed6; text-decoration: none; }
table.compare { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.compare th { background: #f1f3f5; text-align: left; padding: 6px; position: sticky;
                   top: 0; }
table.compare td { border-top: 1px solid #e9ecef; padding: 6px; vertical-align: top;
                   white-space: pre-wrap; word-break: break-all; }
table.compare col.label { width: 9%; } table.compare col.note { width: 17%; }
tr.changed td { background: #fff9db; } tr.inserted td { background: #ebfbee; }
tr.deleted td { background: #fff5f5; } tr.moved td { background: #f3f0ff; }
td.empty { background: repeating-linear-gradient(45deg, #f8f9fa, #f8f9fa 6px, #e9ecef 6px,
           #e9ecef 8px) !important; }
td.label { color: #495057; font-size: 12px; white-space: normal; }
td.note { font-size: 12px; white-space: normal; }
mark { border-radius: 2px; padding: 0 1px; }
table.findings { border-collapse: collapse; margin-bottom: 8px; }
table.findings th { background: #f1f3f5; text-align: left; padding: 4px 10px; }
table.findings td { border-top: 1px solid #e9ecef; padding: 4px 10px; }
table.findings td.suggestion, td.note .suggestion { color: #087f5b; font-weight: bold; }
div.text { white-space: pre-wrap; line-height: 1.9; max-width: 60em; }
sup a { color: #1c7ed6; text-decoration: none; font-size: 10px; }
details summary { color: #868e96; cursor: pointer; }
.review { margin-top: 4px; } .review .author { color: #868e96; }
.verdict { font-weight: bold; padding: 0 4px; border-radius: 3px; }
.verdict.accepted { background: #d3f9d8; color: #2b8a3e; }
.verdict.rejected { background: #ffe3e3; color: #c92a2a; }
.verdict.query { background: #fff3bf; color: #e67700; }
@page { size: A4 landscape; margin: 12mm; }
@media print { body { margin: 0; font-size: 11px; } table.compare th { position: static; }
               details { display: none; } ol.index { columns: 4; } }
"""


def write(comparison: Comparison, path: Path, options: ReportOptions) -> None:
    """Write the report to ``path``."""
    document = build(comparison, options)
    path.write_bytes(etree.tostring(document, method="html", encoding="utf-8",
                                    doctype="<!DOCTYPE html>"))


def build(comparison: Comparison, options: ReportOptions) -> etree._Element:
    listed = options.listed(comparison)
    listed_ids = {d.id for d in listed}
    number = {d.id: n for n, d in enumerate(listed, 1)}
    title = visible(f"对照报告：{comparison.left.document.name} ↔ "
                    f"{comparison.right.document.name}")
    kinds = [k for k in KIND_ORDER if k.substantive or options.scope.value == "all"]
    return E.HTML(
        E.HEAD(E.META(charset="utf-8"), E.TITLE(title), E.STYLE(CSS)),
        E.BODY(
            E.H1(title),
            _summary(comparison, options),
            E.DIV(*[E.SPAN(KIND_NAMES_ZH[k], style=f"background:{KIND_COLORS[k]}")
                    for k in kinds], E.CLASS("legend")),
            *_conversion_section(comparison, listed, number),
            E.H2(f"差异清单（{len(listed)} 处）"),
            E.OL(*[_index_entry(d) for d in listed], E.CLASS("index")),
            E.H2("逐条对照"),
            _table(comparison, listed_ids, number),
            *_orphans(comparison),
        ),
        lang="zh-CN",
    )


def _index_entry(difference: Difference) -> etree._Element:
    """One line of the list of differences, with its verdict when it has one.

    A conversion finding shows what the right document has and what it should read.
    """
    change = excerpt(difference)
    if difference.kind is Kind.CONVERSION and difference.suggestion is not None:
        change = f"{difference.right.text} → {difference.suggestion}"
    entry = E.LI(E.A(f"{KIND_NAMES_ZH[difference.kind]}：{change}", href=f"#{difference.id}"))
    if difference.note is not None and difference.note.verdict:
        entry[-1].tail = " "
        entry.append(E.SPAN(verdict_name(difference.note.verdict),
                            E.CLASS(f"verdict {difference.note.verdict}")))
    return entry


def _summary(comparison: Comparison, options: ReportOptions) -> etree._Element:
    settings = comparison.settings
    rows = [
        ("修改前", describe(comparison, True)),
        ("修改后", describe(comparison, False)),
        ("比较设置", f"转换 {comparison.effective_conversion.value}；粒度 "
                     f"{settings.granularity.value}；列出 "
                     f"{'全部差异' if options.scope.value == 'all' else '实质差异'}"),
        ("差异统计", f"实质差异 {len(comparison.substantive)} 处；{counts_line(comparison)}"),
        ("生成", f"{generated_at()}，duizhao {__version__}"),
    ]
    conversion = _conversion_counts(comparison)
    if conversion:
        rows.insert(4, ("转换校对", conversion))
    review = review_line(comparison)
    if review:
        rows.insert(-1, ("审阅", review))
    return E.TABLE(*[E.TR(E.TD(name), E.TD(value)) for name, value in rows],
                   E.CLASS("summary"))


def _table(comparison: Comparison, listed: set[str], number: dict[str, int]) -> etree._Element:
    table = E.TABLE(E.COLGROUP(E.COL(E.CLASS("label")), E.COL(), E.COL(),
                               E.COL(E.CLASS("note"))),
                    E.THEAD(E.TR(E.TH("条款"), E.TH("修改前"), E.TH("修改后"), E.TH("说明"))),
                    E.CLASS("compare"))
    body = E.TBODY()
    table.append(body)
    quiet: list[Row] = []
    for row in comparison.rows:
        if row.note is not None or any(d in listed for d in row.differences):
            _flush(body, comparison, quiet)
            quiet = []
            body.append(_row(comparison, row, listed, number))
        else:
            quiet.append(row)
    _flush(body, comparison, quiet)
    return table


def _flush(body: etree._Element, comparison: Comparison, quiet: list[Row]) -> None:
    """Collapse a run of rows without listed differences into one expandable row."""
    if not quiet:
        return
    inner = E.TABLE(E.CLASS("compare"))
    for row in quiet:
        inner.append(_row(comparison, row, set(), {}))
    body.append(E.TR(E.TD(E.DETAILS(E.SUMMARY(f"… {len(quiet)} 条无差异条款 …"), inner),
                          colspan="4")))


def _row(comparison: Comparison, row: Row, listed: set[str],
         number: dict[str, int]) -> etree._Element:
    differences = row_differences(comparison, row, listed)
    cells = [E.TD(label_of(row), E.CLASS("label"))]
    for left in (True, False):
        side = row.left if left else row.right
        cell = E.TD() if side is not None else E.TD(E.CLASS("empty"))
        for piece in segments(comparison, row, listed, left):
            if piece.difference is None:
                append_text(cell, piece.text)
            else:
                mark = E.MARK(piece.text, style=f"background:"
                              f"{KIND_COLORS[piece.difference.kind]}",
                              title=_mark_title(comparison, piece.difference))
                cell.append(mark)
                if not left:
                    mark.set("id", piece.difference.id)
                cell.append(E.SUP(E.A(str(number[piece.difference.id]),
                                      href=f"#{piece.difference.id}")))
        cells.append(cell)
    note = E.TD(E.CLASS("note"))
    kinds = kinds_line(differences)
    if kinds:
        note.append(E.DIV(kinds))
    moved = move_note(comparison, row)
    if moved:
        note.append(E.DIV(E.A(moved, href=f"#{row.moved_to}")))
    for difference in differences:
        if difference.kind in (Kind.INSERTED, Kind.DELETED, Kind.MOVED):
            note.set("id", difference.id)
        if difference.kind is Kind.CONVERSION:
            note.append(E.DIV(difference_suggestion(comparison, difference),
                              E.CLASS("suggestion")))
        if difference.note is not None:
            note.append(_review(difference.note, E.SUP(E.A(
                str(number.get(difference.id, "")), href=f"#{difference.id}"))))
    if row.note is not None:
        note.append(_review(row.note, E.SPAN("整条批注", E.CLASS("verdict"))))
    cells.append(note)
    return E.TR(*cells, E.CLASS(row.status.value), title=_STATUS_NAMES[row.status], id=row.id)


def _mark_title(comparison: Comparison, difference: Difference) -> str:
    """The mark's tooltip: the kind, and for a conversion finding what it should read."""
    if difference.kind is Kind.CONVERSION:
        return f"{KIND_NAMES_ZH[difference.kind]}：{difference_suggestion(comparison, difference)}"
    return KIND_NAMES_ZH[difference.kind]


def _conversion_counts(comparison: Comparison) -> str:
    """``转换错误 61 处：遗留简体 58，另一繁体写法 3``, or "" without conversion findings."""
    findings = [d for d in comparison.differences if d.kind is Kind.CONVERSION]
    if not findings:
        return ""
    reasons = [d.reason for d in findings]
    parts = [f"{reason_name(reason, comparison.right.script)} {reasons.count(reason)}"
             for reason in Reason if reason in reasons]
    return f"{KIND_NAMES_ZH[Kind.CONVERSION]} {len(findings)} 处" + (
        "：" + "，".join(parts) if parts else "")


def _conversion_section(comparison: Comparison, listed: tuple[Difference, ...],
                        number: dict[str, int]) -> list[etree._Element]:
    """转换校对: each conversion finding of the right document with what it should read."""
    findings = [d for d in listed if d.kind is Kind.CONVERSION]
    if not findings:
        return []
    table = E.TABLE(E.THEAD(E.TR(E.TH("序号"), E.TH("条款"), E.TH("原文"), E.TH("应为"),
                                 E.TH("原因"))), E.CLASS("findings"))
    text = comparison.right.document.text
    for difference in findings:
        span = difference.right
        context = E.TD(text[max(0, span.start - _CONTEXT):span.start].replace("\n", " "),
                       E.MARK(span.text, style=f"background:{KIND_COLORS[Kind.CONVERSION]}"),
                       E.CLASS("context"))
        context[-1].tail = text[span.end:span.end + _CONTEXT].replace("\n", " ")
        reason = difference.reason
        table.append(E.TR(
            E.TD(E.A(str(number[difference.id]), href=f"#{difference.id}")),
            E.TD(label_of(comparison.row_by_id(difference.row))),
            context,
            E.TD(difference.suggestion or "", E.CLASS("suggestion")),
            E.TD(reason_name(reason, comparison.right.script) if reason else "")))
    return [E.H2(f"转换校对（{len(findings)} 处）"), table]


def _review(note: Note, head: etree._Element) -> etree._Element:
    """A reviewer's note beside its difference: verdict, comment and author."""
    entry = E.DIV(head, E.CLASS("review"))
    if note.verdict:
        entry.append(E.SPAN(verdict_name(note.verdict), E.CLASS(f"verdict {note.verdict}")))
    if note.comment:
        entry.append(E.SPAN(visible(note.comment), E.CLASS("comment")))
    if note.author:
        entry.append(E.SPAN(visible(f"— {note.author}"), E.CLASS("author")))
    for part in entry:
        part.tail = " "
    return entry


def append_text(element: etree._Element, text: str) -> None:
    """Append text after the element's last child (lxml keeps it in ``tail``)."""
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _orphans(comparison: Comparison) -> list[etree._Element]:
    lines = orphan_lines(comparison)
    if not lines:
        return []
    return [E.H2("未能对应的批注"), E.UL(*[E.LI(line) for line in lines], E.CLASS("orphaned"))]
