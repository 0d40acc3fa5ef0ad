"""What every human-facing report shares: kind names and colours, the listed rows, segments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.model import KIND_ORDER, Comparison, Difference, Kind, Row, RowSide, RowStatus

KIND_NAMES_ZH: dict[Kind, str] = {
    Kind.WORDING: "措辞",
    Kind.NUMBER: "数字",
    Kind.INSERTED: "新增",
    Kind.DELETED: "删除",
    Kind.MOVED: "移动",
    Kind.ENCODING: "编码损坏",
    Kind.SCRIPT: "繁简",
    Kind.PUNCTUATION: "标点",
    Kind.WHITESPACE: "空白",
    Kind.MARKUP: "标记",
    Kind.NUMBERING: "编号",
}
KIND_COLORS: dict[Kind, str] = {
    Kind.WORDING: "#ffc078",
    Kind.NUMBER: "#ff8787",
    Kind.INSERTED: "#8ce99a",
    Kind.DELETED: "#ffa8a8",
    Kind.MOVED: "#b197fc",
    Kind.ENCODING: "#f783ac",
    Kind.SCRIPT: "#d0ebff",
    Kind.PUNCTUATION: "#fff3bf",
    Kind.WHITESPACE: "#dee2e6",
    Kind.MARKUP: "#e5dbff",
    Kind.NUMBERING: "#c3fae8",
}
VERDICT_NAMES_ZH = {"accepted": "接受", "rejected": "拒绝", "query": "待定"}
SCRIPT_NAMES_ZH = {"simplified": "简体", "traditional": "繁体", "mixed": "简繁混合", "none": "无"}


@dataclass(frozen=True)
class Segment:
    """A piece of a cell's text, highlighted when ``difference`` is set."""

    text: str
    difference: Difference | None = None


def row_text(comparison: Comparison, side: RowSide | None, left: bool) -> str:
    if side is None:
        return ""
    info = comparison.left if left else comparison.right
    return info.document.text[side.start:side.end]


def segments(comparison: Comparison, row: Row, listed: set[str], left: bool) -> list[Segment]:
    """The row's text on one side, cut at the listed differences (the first of overlaps wins)."""
    side = row.left if left else row.right
    if side is None:
        return []
    text = row_text(comparison, side, left)
    spans = []
    for difference_id in row.differences:
        if difference_id not in listed:
            continue
        difference = comparison.difference_by_id(difference_id)
        if difference.kind in (Kind.MOVED, Kind.INSERTED, Kind.DELETED):
            continue  # the whole row is the change; its status says so
        span = difference.left if left else difference.right
        if side.start <= span.start < span.end <= side.end:
            spans.append((span.start - side.start, span.end - side.start, difference))
    spans.sort(key=lambda item: (item[0], -item[1]))
    pieces: list[Segment] = []
    cursor = 0
    for start, end, difference in spans:
        if start < cursor:
            continue
        if start > cursor:
            pieces.append(Segment(text[cursor:start]))
        pieces.append(Segment(text[start:end], difference))
        cursor = end
    if cursor < len(text):
        pieces.append(Segment(text[cursor:]))
    return pieces


def row_differences(comparison: Comparison, row: Row, listed: set[str]) -> list[Difference]:
    return [comparison.difference_by_id(d) for d in row.differences if d in listed]


def label_of(row: Row) -> str:
    side = row.left or row.right
    return side.label if side else ""


def explain(differences: list[Difference]) -> list[str]:
    """The 说明 lines of a row: each kind once, then the reviewer's notes."""
    kinds = []
    for difference in differences:
        name = KIND_NAMES_ZH[difference.kind]
        if name not in kinds:
            kinds.append(name)
    lines = ["、".join(kinds)] if kinds else []
    for difference in differences:
        if difference.note is not None:
            verdict = VERDICT_NAMES_ZH.get(difference.note.verdict or "", "")
            head = f"{verdict}（{difference.note.author}）" if verdict else difference.note.author
            lines.append(f"{head}：{difference.note.comment}".strip("："))
    return lines


def changed_rows(comparison: Comparison, listed: set[str]) -> list[Row]:
    """Rows that hold a listed difference, in reading order."""
    return [row for row in comparison.rows if any(d in listed for d in row.differences)]


def counts_line(comparison: Comparison) -> str:
    counts = comparison.counts_by_kind()
    return "，".join(f"{KIND_NAMES_ZH[kind]} {counts[kind]}" for kind in KIND_ORDER
                    if counts.get(kind))


def describe(comparison: Comparison, left: bool) -> str:
    info = comparison.left if left else comparison.right
    document = info.document
    script = SCRIPT_NAMES_ZH.get(info.script.value, info.script.value)
    region = f"（{info.region.upper()}）" if info.region else ""
    return f"{document.name or document.path}（{document.format}，{document.encoding}，" \
           f"{script}{region}）"


def generated_at() -> str:
    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")


def is_status(row: Row, *statuses: RowStatus) -> bool:
    return row.status in statuses
