"""What every report of a one-document check shares: where a finding is, what it asks for."""

from __future__ import annotations

import re
from bisect import bisect_right

from app.model import KIND_ORDER, CheckResult, Conversion, Finding, Kind, Reason
from app.report.common import KIND_NAMES_ZH, SCRIPT_NAMES_ZH, reason_name, suggestion_line

# Characters of the text shown on each side of a finding.
CONTEXT = 10


def why(result: CheckResult, finding: Finding) -> str:
    """The finding's reason as a proofreader reads it (遗留简体), or its kind (编码损坏)."""
    if finding.reason is not None:
        return reason_name(finding.reason, result.document.script)
    return KIND_NAMES_ZH[finding.kind]


def finding_line(result: CheckResult, finding: Finding) -> str:
    """``「對于」应为「對於」（遗留简体）``."""
    return suggestion_line(finding.span.text, finding.suggestion, why(result, finding))


class Places:
    """Line numbers and clause labels of offsets in the checked document."""

    def __init__(self, result: CheckResult) -> None:
        text = result.document.document.text
        self._breaks = [match.start() for match in re.finditer("\n", text)]
        self._clauses = result.document.clauses
        self._starts = [clause.start for clause in self._clauses]

    def line(self, offset: int) -> int:
        return bisect_right(self._breaks, offset - 1) + 1

    def label(self, offset: int) -> str:
        index = bisect_right(self._starts, offset) - 1
        return self._clauses[index].label if index >= 0 else ""

    def name(self, offset: int) -> str:
        """The clause label, or the line where the clause has none: ``第 12 行``."""
        return self.label(offset) or f"第 {self.line(offset)} 行"


def context(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str]:
    """The text just before and just after ``[start, end)``, line breaks shown as spaces."""
    return (text[max(0, start - width):start].replace("\n", " "),
            text[end:end + width].replace("\n", " "))


def counts_line(result: CheckResult) -> str:
    """``转换错误 60（遗留简体 58，另一繁体写法 2），编码损坏 1``, or ``无``."""
    by_kind = result.counts_by_kind()
    by_reason = result.counts_by_reason()
    parts = []
    for kind in KIND_ORDER:
        if not by_kind.get(kind):
            continue
        part = f"{KIND_NAMES_ZH[kind]} {by_kind[kind]}"
        if kind is Kind.CONVERSION and by_reason:
            part += "（" + "，".join(
                f"{reason_name(reason, result.document.script)} {by_reason[reason]}"
                for reason in Reason if by_reason.get(reason)) + "）"
        parts.append(part)
    return "，".join(parts) or "无"


def describe(result: CheckResult) -> str:
    """``plan.txt（txt，utf-8，繁体（TW））``."""
    info = result.document
    document = info.document
    script = SCRIPT_NAMES_ZH.get(info.script.value, info.script.value)
    region = f"（{info.region.upper()}）" if info.region else ""
    return f"{document.name or document.path}（{document.format}，{document.encoding}，" \
           f"{script}{region}）"


def checks_conversion(result: CheckResult) -> bool:
    """Whether the text was checked against a conversion (not with ``--convert none``)."""
    return result.conversion not in ("", Conversion.NONE.value)


def settings_line(result: CheckResult) -> str:
    """``对照 s2tw 转换（--convert auto）``."""
    if not checks_conversion(result):
        return f"不检查转换（--convert {result.settings.convert.value}）"
    return f"对照 {result.conversion} 转换（--convert {result.settings.convert.value}）"
