"""Put a review onto a comparison, and take the review back out of an annotated state."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import partial
from operator import attrgetter, is_
from typing import Any

from app.model import Comparison, Difference, Orphan, Row, RowOrphan
from app.review.anchor import Anchors, Attachment, attach, row_anchor
from app.review.model import Review, ReviewedFile


def apply_review(comparison: Comparison, review: Review) -> Comparison:
    """``comparison`` with each difference's ``note``, row notes and the orphaned filled in."""
    return annotate(comparison, attach(comparison, review))


def annotate(comparison: Comparison, attachment: Attachment) -> Comparison:
    """``comparison`` with the notes of an attachment set (any earlier notes replaced)."""
    notes = {difference_id: a.note for difference_id, a in attachment.annotations.items()}
    row_notes = {row_id: c.note for row_id, c in attachment.row_comments.items()}
    differences, rows = comparison.differences, comparison.rows
    # Most pairs have no notes yet: then nothing is put on or taken off.
    if notes or not _noteless(differences):
        differences = tuple(d if d.note == notes.get(d.id) else replace(d, note=notes.get(d.id))
                            for d in differences)
    if row_notes or not _noteless(rows):
        rows = tuple(r if r.note == row_notes.get(r.id) else replace(r, note=row_notes.get(r.id))
                     for r in rows)
    return replace(
        comparison, differences=differences, rows=rows,
        orphaned=tuple(Orphan(a.anchor, a.note) for a in attachment.orphans),
        orphaned_rows=tuple(RowOrphan(c.anchor, c.note) for c in attachment.row_orphans))


def _noteless(items: Iterable[Difference | Row]) -> bool:
    """Whether none of the differences or rows has a note (checked in C)."""
    return all(map(partial(is_, None), map(attrgetter("note"), items)))


def anchored(comparison: Comparison, attachment: Attachment,
             anchors: Anchors | None = None) -> Attachment:
    """The attachment with its attached notes anchored afresh on ``comparison``."""
    if anchors is None:
        anchors = Anchors(comparison)
    return replace(
        attachment,
        annotations={difference_id: anchors.annotate(annotation,
                                                     comparison.difference_by_id(difference_id))
                     for difference_id, annotation in attachment.annotations.items()},
        row_comments={row_id: replace(comment, anchor=row_anchor(comparison,
                                                                 comparison.row_by_id(row_id)))
                      for row_id, comment in attachment.row_comments.items()})


def saved_review(comparison: Comparison, attachment: Attachment, left: ReviewedFile,
                 right: ReviewedFile, extra: Mapping[str, Any] | None = None) -> Review:
    """The review to save: attached notes in reading order, then the orphaned ones.

    ``extra`` carries the top-level keys the loaded file had and this version does not know.
    """
    annotations, row_comments = attachment.annotations, attachment.row_comments
    return Review(left=left, right=right,
                  annotations=(*(annotations[d.id] for d in comparison.differences
                                 if d.id in annotations), *attachment.orphans),
                  row_comments=(*(row_comments[r.id] for r in comparison.rows
                                  if r.id in row_comments), *attachment.row_orphans),
                  extra=extra or {})


def review_of(comparison: Comparison, attachment: Attachment, left: ReviewedFile,
              right: ReviewedFile, extra: Mapping[str, Any] | None = None) -> Review:
    """The review to save, its attached notes anchored afresh on ``comparison`` first."""
    return saved_review(comparison, anchored(comparison, attachment), left, right, extra)
