"""The JSON comparison report: format ``duizhao-comparison``, version 1 (json-report.md).

With a review applied, each difference's ``note`` and the top-level ``orphaned`` list follow
the contract. Row comments are additions: a ``note`` key on a commented row and a top-level
``orphaned_rows`` list, both present only when there is something to show.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app import __version__
from app.model import (
    KIND_ORDER,
    Comparison,
    Difference,
    DocumentInfo,
    Note,
    Orphan,
    Row,
    RowOrphan,
    RowSide,
    RowStatus,
)

FORMAT = "duizhao-comparison"
VERSION = 1


def to_dict(comparison: Comparison, *, with_differences: bool = True) -> dict[str, Any]:
    """The report as plain JSON-ready data (``dumps`` writes the differences itself)."""
    by_status = comparison.counts_by_status()
    by_kind = comparison.counts_by_kind()
    report: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"duizhao {__version__}",
        "left": _document(comparison.left),
        "right": _document(comparison.right),
        "settings": {
            "convert": comparison.effective_conversion.value,
            "ignore": [kind.value for kind in KIND_ORDER if kind in comparison.settings.ignore],
            "granularity": comparison.settings.granularity.value,
        },
        "summary": {
            "rows": len(comparison.rows),
            **{status.value: by_status.get(status, 0) for status in RowStatus},
            "substantive": sum(1 for d in comparison.differences if d.substantive),
            "by_kind": {kind.value: by_kind[kind] for kind in KIND_ORDER if by_kind.get(kind)},
        },
        "rows": [_row(row) for row in comparison.rows],
    }
    if with_differences:
        report["differences"] = [_difference(d) for d in comparison.differences]
    if comparison.orphaned:
        report["orphaned"] = [_orphan(orphan) for orphan in comparison.orphaned]
    if comparison.orphaned_rows:
        report["orphaned_rows"] = [_row_orphan(orphan) for orphan in comparison.orphaned_rows]
    return report


def write(comparison: Comparison, path: Path, options: object = None) -> None:
    """Write the report to ``path`` as UTF-8 JSON."""
    path.write_text(dumps(comparison), encoding="utf-8")


def dumps(comparison: Comparison) -> str:
    """The report as text, one line per top-level entry.

    Each entry is serialised in one call of the C encoder: an indented dump runs in Python
    and takes seconds on a long document.
    """
    report = to_dict(comparison, with_differences=False)
    lines = [f" {_compact(key)}: {_compact(value)}" for key, value in report.items()]
    lines.insert(list(report).index("rows") + 1,
                 f' "differences": {_differences_json(comparison.differences)}')
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _differences_json(differences: tuple[Difference, ...]) -> str:
    """The differences list as JSON, the same as ``_compact`` of their dicts, written directly.

    A long document has tens of thousands of differences; formatting each from its fields
    (strings through the C string encoder) is several times faster than building dicts.
    """
    encode = json.encoder.encode_basestring
    items = [
        f'{{"id": "{d.id}", "row": "{d.row}", "kind": "{d.kind.value}", '
        f'"substantive": {"true" if d.substantive else "false"}, '
        f'"left": {{"start": {d.left.start}, "end": {d.left.end}, '
        f'"text": {encode(d.left.text)}}}, '
        f'"right": {{"start": {d.right.start}, "end": {d.right.end}, '
        f'"text": {encode(d.right.text)}}}, '
        f'"note": {"null" if d.note is None else _compact(_note(d.note))}}}'
        for d in differences]
    return "[" + ", ".join(items) + "]"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _document(info: DocumentInfo) -> dict[str, Any]:
    document = info.document
    return {
        "path": document.path,
        "name": document.name,
        "format": document.format,
        "encoding": document.encoding,
        "script": info.script.value,
        "length": len(document.text),
        "clauses": len(info.clauses),
        "text": document.text,
    }


def _side(side: RowSide | None) -> dict[str, Any] | None:
    if side is None:
        return None
    return {"clauses": list(side.clauses), "label": side.label, "start": side.start,
            "end": side.end}


def _row(row: Row) -> dict[str, Any]:
    entry = {"id": row.id, "status": row.status.value, "left": _side(row.left),
             "right": _side(row.right), "similarity": row.similarity,
             "differences": list(row.differences), "moved_to": row.moved_to}
    if row.note is not None:  # a row comment (an addition to the contract's row shape)
        entry["note"] = _note(row.note)
    return entry


def _note(note: Note | None) -> dict[str, Any] | None:
    if note is None:
        return None
    return {"verdict": note.verdict, "comment": note.comment, "author": note.author,
            "time": note.time}


def _difference(difference: Difference) -> dict[str, Any]:
    return {
        "id": difference.id,
        "row": difference.row,
        "kind": difference.kind.value,
        "substantive": difference.substantive,
        "left": {"start": difference.left.start, "end": difference.left.end,
                 "text": difference.left.text},
        "right": {"start": difference.right.start, "end": difference.right.end,
                  "text": difference.right.text},
        "note": _note(difference.note),
    }


def _orphan(orphan: Orphan) -> dict[str, Any]:
    anchor = orphan.anchor
    return {
        "anchor": {"kind": anchor.kind.value, "left": anchor.left, "right": anchor.right,
                   "before": anchor.before, "after": anchor.after},
        **(_note(orphan.note) or {}),
    }


def _row_orphan(orphan: RowOrphan) -> dict[str, Any]:
    anchor = orphan.anchor
    return {"anchor": {"label": anchor.label, "left": anchor.left, "right": anchor.right},
            **(_note(orphan.note) or {})}
