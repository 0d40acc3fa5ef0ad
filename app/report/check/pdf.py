"""The PDF check report: the 转换校对表, printed by the comparison report's PDF writer."""

from __future__ import annotations

import html
from pathlib import Path

from app.model import CheckResult
from app.report.check.common import Places, context, counts_line, describe, settings_line, why
from app.report.common import KIND_COLORS, KIND_NAMES_ZH, generated_at, note_text
from app.report.pdf import print_rich_text

TITLE = "转换校对表"


def write(result: CheckResult, path: Path, options: object = None) -> None:
    print_rich_text(_rich_text(result), path, TITLE)


def _rich_text(result: CheckResult) -> str:
    """The subset of HTML that QTextDocument renders: a title, facts and the table."""
    text = result.document.document.text
    places = Places(result)
    parts = [
        f"<h2>{TITLE}</h2>",
        f"<p>文件：{html.escape(describe(result))}<br/>"
        f"检查：{html.escape(settings_line(result))}<br/>"
        f"发现 {len(result.findings)} 处：{html.escape(counts_line(result))}；"
        f"生成于 {generated_at()}</p>",
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
        '<thead><tr style="background:#e9ecef"><th width="5%">序号</th><th width="10%">条款</th>'
        '<th width="45%">原文</th><th width="15%">应为</th><th width="25%">说明</th></tr>'
        "</thead>",
    ]
    for number, finding in enumerate(result.findings, 1):
        span = finding.span
        before, after = context(text, span.start, span.end)
        notes = [KIND_NAMES_ZH[finding.kind]
                 + (f"（{why(result, finding)}）" if finding.reason is not None else "")]
        if finding.note is not None:
            notes.append(note_text(finding.note))
        parts.append(
            f"<tr><td>{number}</td><td>{html.escape(places.name(span.start))}</td>"
            f"<td>{html.escape(before)}<span style=\"background:{KIND_COLORS[finding.kind]};"
            f"text-decoration:line-through\">{html.escape(span.text)}</span>"
            f"{html.escape(after)}</td><td><u>{html.escape(finding.suggestion or '')}</u></td>"
            f"<td>{'<br/>'.join(html.escape(line) for line in notes)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)
