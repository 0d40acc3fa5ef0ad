"""The JSON comparison report: format ``duizhao-comparison``, version 1 (json-report.md).

With a review applied, each difference's ``note`` and the top-level ``orphaned`` list follow
the contract. Row comments are additions: a ``note`` key on a commented row and a top-level
``orphaned_rows`` list, both present only when there is something to show.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from app import __version__
from app.model import (
    KIND_ORDER,
    Comparison,
    Difference,
    DocumentInfo,
    Kind,
    Note,
    Orphan,
    Reason,
    Row,
    RowOrphan,
    RowSide,
    RowStatus,
)

FORMAT = "duizhao-comparison"
VERSION = 1


def to_dict(comparison: Comparison, *, with_lists: bool = True) -> dict[str, Any]:
    """The report as plain JSON-ready data (``dumps`` writes the rows and differences itself)."""
    by_status = comparison.counts_by_status()
    by_kind = comparison.counts_by_kind()
    report: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"duizhao {__version__}",
        "left": document_entry(comparison.left),
        "right": document_entry(comparison.right),
        "settings": {
            "convert": comparison.effective_conversion.value,
            "ignore": [kind.value for kind in KIND_ORDER if kind in comparison.settings.ignore],
            "granularity": comparison.settings.granularity.value,
        },
        "summary": {
            "rows": len(comparison.rows),
            **{status.value: by_status.get(status, 0) for status in RowStatus},
            "substantive": sum(n for kind, n in by_kind.items() if kind.substantive),
            "by_kind": {kind.value: by_kind[kind] for kind in KIND_ORDER if by_kind.get(kind)},
        },
    }
    if with_lists:
        report["rows"] = [_row(row) for row in comparison.rows]
        report["differences"] = [_difference(d) for d in comparison.differences]
    if comparison.orphaned:
        report["orphaned"] = [_orphan(orphan) for orphan in comparison.orphaned]
    if comparison.orphaned_rows:
        report["orphaned_rows"] = [_row_orphan(orphan) for orphan in comparison.orphaned_rows]
    return report


def write(comparison: Comparison, path: Path, options: object = None) -> None:
    """Write the report to ``path`` as UTF-8 JSON."""
    # Streamed, a bounded number of rows at a time: a long document's report is never held
    # whole. ``write_report`` hands a temporary file, so a failure part-way leaves no half
    # report behind.
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(_pieces(comparison))


def dumps(comparison: Comparison) -> str:
    """The report as text, one line per top-level entry."""
    return "".join(_pieces(comparison))


def _pieces(comparison: Comparison) -> Iterator[str]:
    """The report's text in a few large pieces.

    Each entry is serialised in one call of the C encoder, or for the rows and differences
    formatted directly: an indented dump runs in Python and takes seconds on a long document.
    """
    separator = "{\n"
    for key, value in to_dict(comparison, with_lists=False).items():
        yield f"{separator} {_compact(key)}: {_compact(value)}"
        separator = ",\n"
        if key == "summary":
            yield ',\n "rows": ['
            yield from _joined(map(_row_json, comparison.rows))
            yield '],\n "differences": ['
            yield from _joined(_differences_json(
                comparison.differences, comparison.left.document.text,
                comparison.right.document.text))
            yield "]"
    yield "\n}\n"


_ENTRIES_PER_PIECE = 2000


def _joined(entries: Iterable[str]) -> Iterator[str]:
    """``", ".join(entries)`` in pieces of a bounded number of entries."""
    iterator = iter(entries)
    separator = ""
    while chunk := list(islice(iterator, _ENTRIES_PER_PIECE)):
        yield separator + ", ".join(chunk)
        separator = ", "


def _row_json(row: Row) -> str:
    """One row as JSON, the same as ``_compact(_row(row))``, written directly."""
    ids = '["' + '", "'.join(row.differences) + '"]' if row.differences else "[]"
    moved_to = "null" if row.moved_to is None else f'"{row.moved_to}"'
    note = "" if row.note is None else f', "note": {_compact(note_entry(row.note))}'
    return (f'{{"id": "{row.id}", "status": "{row.status.value}", '
            f'"left": {_side_json(row.left)}, "right": {_side_json(row.right)}, '
            f'"similarity": {row.similarity!r}, "differences": {ids}, '
            f'"moved_to": {moved_to}{note}}}')


def _side_json(side: RowSide | None) -> str:
    if side is None:
        return "null"
    return (f'{{"clauses": [{", ".join(map(str, side.clauses))}], '
            f'"label": {json.encoder.encode_basestring(side.label)}, '
            f'"start": {side.start}, "end": {side.end}}}')


def _differences_json(differences: tuple[Difference, ...], left_text: str,
                       right_text: str) -> Iterator[str]:
    """Each difference as JSON, the same as ``_compact`` of its dict, written directly.

    A long document has tens of thousands of differences; formatting each from its fields
    (strings through the C string encoder) is several times faster than building dicts, and
    formatting them as they are written holds only a piece's worth at a time. A span's text
    is its document's text from start to end (the report's invariant), sliced here.
    """
    encode = json.encoder.encode_basestring
    # "kind" and "substantive" depend on the kind only: each is written once per kind.
    kinds = {kind: f'"kind": "{kind.value}", '
                   f'"substantive": {"true" if kind.substantive else "false"}' for kind in Kind}
    conversion = Kind.CONVERSION
    for d in differences:
        left, right, kind = d.left, d.right, d.kind
        yield (f'{{"id": "{d.id}", "row": "{d.row}", {kinds[kind]}, '
               f'"left": {{"start": {left.start}, "end": {left.end}, '
               f'"text": {encode(left_text[left.start:left.end])}}}, '
               f'"right": {{"start": {right.start}, "end": {right.end}, '
               f'"text": {encode(right_text[right.start:right.end])}}}, '
               f'{_finding_json(d) if kind is conversion else ""}'
               f'"note": {"null" if d.note is None else _compact(note_entry(d.note))}}}')


def _finding_json(difference: Difference) -> str:
    """A conversion difference's ``reason`` and ``suggestion``, each followed by a comma."""
    return f'"reason": {_compact(_value(difference.reason))}, ' \
           f'"suggestion": {_compact(difference.suggestion)}, '


def _value(reason: Reason | None) -> str | None:
    return None if reason is None else reason.value


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def document_entry(info: DocumentInfo) -> dict[str, Any]:
    """A document as the report describes it, with its full text (offsets point into it)."""
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
        entry["note"] = note_entry(row.note)
    return entry


def note_entry(note: Note | None) -> dict[str, Any] | None:
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
        **({"reason": _value(difference.reason), "suggestion": difference.suggestion}
           if difference.kind is Kind.CONVERSION else {}),
        "note": note_entry(difference.note),
    }


def _orphan(orphan: Orphan) -> dict[str, Any]:
    anchor = orphan.anchor
    return {
        "anchor": {"kind": anchor.kind.value, "left": anchor.left, "right": anchor.right,
                   "before": anchor.before, "after": anchor.after},
        **(note_entry(orphan.note) or {}),
    }


def _row_orphan(orphan: RowOrphan) -> dict[str, Any]:
    anchor = orphan.anchor
    return {"anchor": {"label": anchor.label, "left": anchor.left, "right": anchor.right},
            **(note_entry(orphan.note) or {})}
