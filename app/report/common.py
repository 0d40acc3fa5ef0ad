"""What every human-facing report shares: kind names and colours, the listed rows, segments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.io.controls import visible
from app.model import (
    KIND_ORDER,
    Comparison,
    Difference,
    Kind,
    Note,
    Reason,
    Row,
    RowSide,
    RowStatus,
    Script,
)

KIND_NAMES_ZH: dict[Kind, str] = {
    Kind.WORDING: "措辞",
    Kind.NUMBER: "数字",
    Kind.INSERTED: "新增",
    Kind.DELETED: "删除",
    Kind.MOVED: "移动",
    Kind.ENCODING: "编码损坏",
    Kind.CONVERSION: "转换错误",
    Kind.SCRIPT: "繁简",
    Kind.PUNCTUATION: "标点",
    Kind.WHITESPACE: "空白",
    Kind.MARKUP: "标记",
    Kind.NUMBERING: "编号",
    Kind.NOTATION: "写法",
}
# Tints behind highlighted text, one hue per substantive kind (told apart with the common
# colour-vision deficiencies too) and each keeping 4.5:1 contrast for dark text.
KIND_COLORS: dict[Kind, str] = {
    Kind.WORDING: "#ffd8a8",
    Kind.NUMBER: "#fff08a",
    Kind.INSERTED: "#b4ecd6",
    Kind.DELETED: "#ffbdb8",
    Kind.MOVED: "#dbeafa",
    Kind.ENCODING: "#f1c7f7",
    Kind.CONVERSION: "#b8ecf2",
    Kind.SCRIPT: "#e6e3f0",
    Kind.PUNCTUATION: "#ece6cc",
    Kind.WHITESPACE: "#e4e4e4",
    Kind.MARKUP: "#ead9e0",
    Kind.NUMBERING: "#d4efe0",
    Kind.NOTATION: "#efe1d1",
}
VERDICT_NAMES_ZH = {"accepted": "接受", "rejected": "拒绝", "query": "待定"}
SCRIPT_NAMES_ZH = {"simplified": "简体", "traditional": "繁体", "mixed": "简繁混合", "none": "无"}
# {source} is the script a leftover comes from, {target} the one the text is written in.
_REASON_PATTERNS_ZH = {Reason.LEFTOVER: "遗留{source}", Reason.CHOICE: "另一{target}写法",
                       Reason.VARIANT: "异体混用"}


def reason_name(reason: Reason, script: Script) -> str:
    """A conversion finding's reason as a proofreader reads it, in a text of ``script``.

    >>> reason_name(Reason.LEFTOVER, Script.TRADITIONAL)
    '遗留简体'
    >>> reason_name(Reason.CHOICE, Script.SIMPLIFIED)
    '另一简体写法'
    """
    simplified = script is Script.SIMPLIFIED
    return _REASON_PATTERNS_ZH[reason].format(source="繁体" if simplified else "简体",
                                              target="简体" if simplified else "繁体")


def suggestion_line(text: str, suggestion: str | None, why: str) -> str:
    """What a finding asks for, in one line: ``「對于」应为「對於」（遗留简体）``."""
    why = f"（{why}）" if why else ""
    if suggestion is None:
        return f"「{text}」{why}"
    return f"「{text}」应为「{suggestion}」{why}"


def difference_suggestion(comparison: Comparison, difference: Difference) -> str:
    """A conversion difference's suggestion line (the right side is the one it corrects)."""
    reason = difference.reason
    return suggestion_line(difference.right.text, difference.suggestion,
                           reason_name(reason, comparison.right.script) if reason else "")


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


def kinds_line(differences: list[Difference]) -> str:
    """The kinds of a row's differences, each once: ``措辞、数字``."""
    kinds: list[str] = []
    for difference in differences:
        name = KIND_NAMES_ZH[difference.kind]
        if name not in kinds:
            kinds.append(name)
    return "、".join(kinds)


def verdict_name(verdict: str | None) -> str:
    return VERDICT_NAMES_ZH.get(verdict or "", "")


def note_text(note: Note) -> str:
    """A note in one line: ``接受（王编辑）：统一为“人才培训”``."""
    verdict = verdict_name(note.verdict)
    head = f"{verdict}（{note.author}）" if verdict and note.author else verdict or note.author
    return visible(f"{head}：{note.comment}" if head and note.comment else head or note.comment)


def excerpt(difference: Difference, limit: int = 18) -> str:
    """A one-line summary of a difference: ``培养 → 培訓``."""

    def cut(text: str) -> str:
        text = text.replace("\n", " ")
        return text if len(text) <= limit else text[:limit] + "…"

    left, right = cut(difference.left.text), cut(difference.right.text)
    if left and right and difference.kind is not Kind.MOVED:
        return f"{left} → {right}"
    return left or right


def explain(comparison: Comparison, differences: list[Difference], row: Row | None = None
            ) -> list[str]:
    """The 说明 lines of a row: its kinds, what each conversion finding asks for and each
    reviewer's note, then the row's comment."""
    kinds = kinds_line(differences)
    lines = [kinds] if kinds else []
    for difference in differences:
        if difference.kind is Kind.CONVERSION:
            lines.append(difference_suggestion(comparison, difference))
        if difference.note is not None:
            lines.append(f"「{excerpt(difference)}」{note_text(difference.note)}")
    if row is not None and row.note is not None:
        lines.append(f"整条批注：{note_text(row.note)}")
    return lines


def orphan_lines(comparison: Comparison) -> list[str]:
    """Notes that found no difference or row of this comparison, one line each."""
    lines = [f"{KIND_NAMES_ZH[o.anchor.kind]}「{o.anchor.left or '∅'} → {o.anchor.right or '∅'}」"
             f"{note_text(o.note)}" for o in comparison.orphaned]
    lines += [f"整条批注（{o.anchor.label or '无编号'}：{o.anchor.left[:18] or o.anchor.right[:18]}"
              f"…）{note_text(o.note)}" for o in comparison.orphaned_rows]
    return [visible(line) for line in lines]


def review_line(comparison: Comparison) -> str:
    """Review progress for a report's summary, empty when nothing was reviewed."""
    substantive = comparison.substantive
    noted = [d for d in comparison.differences if d.note is not None]
    row_notes = sum(1 for row in comparison.rows if row.note is not None)
    orphans = len(comparison.orphaned) + len(comparison.orphaned_rows)
    if not (noted or row_notes or orphans):
        return ""
    reviewed = sum(1 for d in substantive if d.note is not None and d.note.verdict)
    verdicts = [d.note.verdict for d in noted if d.note is not None]
    parts = [f"已审阅 {reviewed} / {len(substantive)}"]
    parts += [f"{name} {verdicts.count(verdict)}" for verdict, name in VERDICT_NAMES_ZH.items()
              if verdict in verdicts]
    if row_notes:
        parts.append(f"整条批注 {row_notes}")
    if orphans:
        parts.append(f"未能对应 {orphans}")
    return "；".join(parts)


def move_note(comparison: Comparison, row: Row, place: str = "") -> str:
    """Where a moved row's other half stands (移至… / 自…移来), or "" for other rows.

    ``place`` names the other half as the report numbers it; by default, its clause label.
    """
    if row.status is not RowStatus.MOVED or row.moved_to is None:
        return ""
    where = place or label_of(comparison.row_by_id(row.moved_to)) or "无编号条款"
    return f"移至{where}" if row.left is not None else f"自{where}移来"


def changed_rows(comparison: Comparison, listed: set[str]) -> list[Row]:
    """Rows that hold a listed difference or a row comment, in reading order."""
    return [row for row in comparison.rows
            if row.note is not None or any(d in listed for d in row.differences)]


def counts_line(comparison: Comparison) -> str:
    counts = comparison.counts_by_kind()
    return "，".join(f"{KIND_NAMES_ZH[kind]} {counts[kind]}" for kind in KIND_ORDER
                    if counts.get(kind))


def describe(comparison: Comparison, left: bool) -> str:
    info = comparison.left if left else comparison.right
    document = info.document
    script = SCRIPT_NAMES_ZH.get(info.script.value, info.script.value)
    region = f"（{info.region.upper()}）" if info.region else ""
    return visible(f"{document.name or document.path}（{document.format}，"
                   f"{document.encoding}，{script}{region}）")


def generated_at() -> str:
    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
