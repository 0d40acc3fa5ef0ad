"""Merging a review file's notes with the notes edited in the window since the last save.

A review file can change while it is open: a colleague saves it, or a second window on the
same pair does. Nothing is lost: a note edited here since the last save wins over the file's
(its removal too); every other difference and row takes the file's note; the orphaned notes
of both are kept, each once, but those deleted here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TypeVar

from app.review.anchor import Attachment
from app.review.model import Annotation, RowComment

# What an edit changed: ("d", difference id) or ("r", row id).
NoteKey = tuple[str, str]
_Orphan = TypeVar("_Orphan", Annotation, RowComment)


def merge(theirs: Attachment, mine: Attachment, edited: Iterable[NoteKey],
          deleted: Collection[Annotation | RowComment]) -> Attachment:
    """The file's notes (``theirs``) with the notes of ``edited`` keys taken from ``mine``.

    Both attachments are on the same comparison; ``deleted`` are the orphaned notes the
    user deleted here, which neither side keeps.
    """
    annotations, row_comments = dict(theirs.annotations), dict(theirs.row_comments)
    for kind, key in edited:
        source, target = ((mine.annotations, annotations) if kind == "d"
                          else (mine.row_comments, row_comments))
        if key in source:
            target[key] = source[key]  # type: ignore[assignment]
        else:
            target.pop(key, None)
    return Attachment(annotations=annotations,
                      orphans=union(theirs.orphans, mine.orphans, deleted),
                      row_comments=row_comments,
                      row_orphans=union(theirs.row_orphans, mine.row_orphans, deleted))


def union(theirs: tuple[_Orphan, ...], mine: tuple[_Orphan, ...],
          deleted: Collection[Annotation | RowComment]) -> tuple[_Orphan, ...]:
    """Orphaned notes of the file and of the window, each once, but those deleted."""
    seen: set[Annotation | RowComment] = set(deleted)
    kept = []
    for note in (*theirs, *mine):
        if note not in seen:
            seen.add(note)
            kept.append(note)
    return tuple(kept)
