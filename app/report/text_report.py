"""The readable plain-text summary the command line prints (and ``-o report.txt`` writes)."""

from __future__ import annotations

from pathlib import Path

from app import __version__
from app.io.controls import visible
from app.model import (
    KIND_ORDER,
    Comparison,
    Difference,
    DocumentInfo,
    Kind,
    Note,
    Reason,
    RowStatus,
)

# Characters of unchanged text shown on each side of a change.
CONTEXT = 12
_RED, _GREEN, _DIM, _BOLD, _RESET = "\033[31m", "\033[32m", "\033[2m", "\033[1m", "\033[0m"


def render(comparison: Comparison, *, color: bool = False, listed: tuple[Difference, ...] | None
           = None) -> str:
    """The summary, then each listed difference (default: the substantive ones) in context."""
    listed = comparison.substantive if listed is None else listed
    lines = [f"Duizhao {__version__}",
             _document_line("Left ", comparison.left), _document_line("Right", comparison.right)]
    by_status = comparison.counts_by_status()
    statuses = ", ".join(f"{status.value} {by_status[status]}" for status in RowStatus
                         if by_status.get(status))
    lines.append(f"Conversion: {comparison.effective_conversion.value}; "
                 f"{len(comparison.rows)} rows ({statuses})")
    by_kind = comparison.counts_by_kind()
    substantive = ", ".join(f"{kind.value} {by_kind[kind]}" for kind in KIND_ORDER
                            if kind.substantive and by_kind.get(kind))
    other = ", ".join(f"{kind.value} {by_kind[kind]}" for kind in KIND_ORDER
                      if not kind.substantive and by_kind.get(kind))
    lines.append(f"Substantive differences: {len(comparison.substantive)}"
                 + (f" ({substantive})" if substantive else ""))
    lines.append(f"Not substantive: {other or 'none'}")
    rows_noted: set[str] = set()
    for number, difference in enumerate(listed, 1):
        row = comparison.row_by_id(difference.row)
        side = row.left or row.right
        label = side.label if side and side.label else "—"
        lines.append("")
        header = f"[{number}] {difference.kind.value}  {label}  ({difference.row})"
        lines.append(f"{_BOLD}{header}{_RESET}" if color else header)
        left_text = comparison.left.document.text
        right_text = comparison.right.document.text
        lines.append("  - " + _in_context(left_text, difference.left.start,
                                          difference.left.end, "-", color))
        lines.append("  + " + _in_context(right_text, difference.right.start,
                                          difference.right.end, "+", color))
        if difference.kind is Kind.CONVERSION:
            lines.append("  " + suggestion_line(difference.suggestion, difference.reason))
        if difference.note is not None:
            lines.append("  " + _note_line(difference.note))
        if row.note is not None and row.id not in rows_noted:
            rows_noted.add(row.id)
            lines.append("  row " + _note_line(row.note))
    orphans = [(o.anchor.left or o.anchor.right, o.note) for o in comparison.orphaned]
    orphans += [(o.anchor.left or o.anchor.right, o.note) for o in comparison.orphaned_rows]
    if orphans:
        lines.append("")
        lines.append(f"Orphaned review notes (no longer match a difference): {len(orphans)}")
        lines.extend(f"  {visible(text[:24])}: {_note_line(note)}" for text, note in orphans)
    return "\n".join(lines) + "\n"


def write(comparison: Comparison, path: Path, options: object = None) -> None:
    """Write the summary with the differences the options list."""
    listed = options.listed(comparison) if hasattr(options, "listed") else None
    path.write_text(render(comparison, listed=listed), encoding="utf-8")


def suggestion_line(suggestion: str | None, reason: Reason | None) -> str:
    """``should read: 對於 (leftover)``: what a conversion finding asks for."""
    why = f" ({reason.value})" if reason is not None else ""
    return f"should read: {suggestion}{why}" if suggestion is not None else f"no suggestion{why}"


def _note_line(note: Note) -> str:
    """``review: accepted — 统一为“人才培训” (王编辑)``."""
    parts = [note.verdict or "comment"]
    if note.comment:
        parts.append(f"— {note.comment}")
    if note.author:
        parts.append(f"({note.author})")
    return "review: " + visible(" ".join(parts))


def _document_line(title: str, info: DocumentInfo) -> str:
    document = info.document
    script = info.script.value + (f" ({info.region})" if info.region else "")
    return (f"{title}: {visible(document.path or document.name)}  [{document.format}, "
            f"{document.encoding}, {script}, {len(info.clauses)} clauses]")


def _in_context(text: str, start: int, end: int, sign: str, color: bool) -> str:
    before = text[max(0, start - CONTEXT):start]
    after = text[end:end + CONTEXT]
    changed = text[start:end]
    if len(changed) > 160:
        changed = changed[:75] + " … " + changed[-75:]
    flat = [part.replace("\n", "⏎") for part in (before, changed, after)]
    if color:
        tint = _RED if sign == "-" else _GREEN
        return f"{_DIM}…{flat[0]}{_RESET}{tint}{flat[1] or '^'}{_RESET}{_DIM}{flat[2]}…{_RESET}"
    opening, closing = ("[-", "-]") if sign == "-" else ("{+", "+}")
    return f"…{flat[0]}{opening}{flat[1]}{closing}{flat[2]}…"
