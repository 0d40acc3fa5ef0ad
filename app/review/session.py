"""The review of the open pair: its notes held against the comparison shown, and edited.

Notes are held by difference and row id, anchored afresh on the comparison shown so that
saving costs no anchoring. The comparison with the notes on it is kept up to date one
edit at a time, so that one verdict among 100,000 notes costs no pass over them all; with
it the progress, which counts the substantive differences that have a verdict (a comment
alone does not review a difference).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from app.model import Comparison, Difference, Kind, Row
from app.review.anchor import MIRRORED_KINDS, Anchors, Attachment, attach, row_anchor
from app.review.apply import anchored, annotate, saved_review
from app.review.merge import NoteKey, merge
from app.review.model import (
    EMPTY_REVIEW,
    Annotation,
    Review,
    ReviewedFile,
    RowComment,
    Verdict,
    now,
)

HeldNote = Annotation | RowComment | None


@dataclass(frozen=True)
class Snapshot:
    """The notes held at one moment, copied so that another thread can write them."""

    base: Comparison
    attachment: Attachment
    extra: Mapping[str, Any]

    def review(self, left: ReviewedFile, right: ReviewedFile) -> Review:
        """The review to save: attached notes in reading order, then the orphaned ones."""
        return saved_review(self.base, self.attachment, left, right, self.extra)


class ReviewSession:
    """The notes of the open pair on the comparison shown.

    ``edited`` are the keys of the notes edited since the last save and ``deleted`` the
    orphaned notes deleted since then: what wins when the file changed meanwhile (merge.py).
    """

    def __init__(self, clock: Callable[[], str] = now) -> None:
        self._clock = clock
        self.base: Comparison | None = None  # the comparison shown, as compared
        self.annotated: Comparison | None = None  # the same with the held notes on it
        self._anchors: Anchors | None = None
        self._positions: dict[str, int] | None = None
        self._progress = (0, 0)  # substantive differences with a verdict, and all of them
        self.annotations: dict[str, Annotation] = {}
        self.orphans: tuple[Annotation, ...] = ()
        self.row_comments: dict[str, RowComment] = {}
        self.row_orphans: tuple[RowComment, ...] = ()
        self.extra: Mapping[str, Any] = {}
        self.edited: set[NoteKey] = set()
        self.deleted: set[Annotation | RowComment] = set()

    # --- what is held ------------------------------------------------------------------------
    def show(self, comparison: Comparison, review: Review) -> None:
        """Re-attach ``review`` to ``comparison``, which becomes the comparison shown."""
        self.base = comparison
        self._positions = None
        self._anchors = Anchors(comparison)
        self.replace(review)

    def replace(self, review: Review) -> None:
        """Hold ``review``'s notes instead of those held, re-attached to the comparison shown."""
        assert self.base is not None and self._anchors is not None
        self._hold(attach(self.base, review, self._anchors), review.extra)

    def merge(self, disk: Review) -> None:
        """Merge in the notes of the review file, which changed on disk (merge.py)."""
        assert self.base is not None and self._anchors is not None
        theirs = attach(self.base, disk, self._anchors)
        self._hold(merge(theirs, self._attachment(), self.edited, self.deleted), {**disk.extra})

    def _hold(self, attachment: Attachment, extra: Mapping[str, Any]) -> None:
        """Keep the attached notes, anchored afresh so that saving costs no anchoring."""
        assert self.base is not None
        held = anchored(self.base, attachment, self._anchors)
        self.annotations, self.orphans = held.annotations, held.orphans
        self.row_comments, self.row_orphans = held.row_comments, held.row_orphans
        self.extra = extra

    def _attachment(self) -> Attachment:
        return Attachment(self.annotations, self.orphans, self.row_comments, self.row_orphans)

    def review(self) -> Review:
        """Everything held, anchored on the comparison shown (for re-attachment)."""
        return Review(EMPTY_REVIEW.left, EMPTY_REVIEW.right,
                      annotations=(*self.annotations.values(), *self.orphans),
                      row_comments=(*self.row_comments.values(), *self.row_orphans),
                      extra=self.extra)

    def mirrored(self) -> Review:
        """The held review as the swapped pair's: sides, kinds and places exchanged."""
        assert self.base is not None and self._anchors is not None
        base = self.base
        annotations = []
        for difference_id, annotation in self.annotations.items():
            anchor, place = self._anchors.mirrored(base.difference_by_id(difference_id))
            annotations.append(replace(annotation, anchor=anchor, place=place))
        orphans = [replace(o, anchor=replace(o.anchor, kind=MIRRORED_KINDS.get(o.anchor.kind,
                                                                         o.anchor.kind),
                                             left=o.anchor.right, right=o.anchor.left),
                           place=None) for o in self.orphans]
        rows = [replace(c, anchor=replace(c.anchor, left=c.anchor.right, right=c.anchor.left))
                for c in (*self.row_comments.values(), *self.row_orphans)]
        return Review(EMPTY_REVIEW.left, EMPTY_REVIEW.right, (*annotations, *orphans),
                      tuple(rows), self.extra)

    def snapshot(self) -> Snapshot:
        """The notes as they are now, to be written while editing goes on."""
        assert self.base is not None
        return Snapshot(self.base, Attachment(dict(self.annotations), self.orphans,
                                              dict(self.row_comments), self.row_orphans),
                        self.extra)

    def forget_edits(self) -> None:
        """The notes are saved: none counts as edited here any more."""
        self.edited.clear()
        self.deleted.clear()

    def claim_all(self) -> None:
        """Count every held note as edited here (none of them is saved yet)."""
        self.edited = {("d", i) for i in self.annotations} | {("r", i) for i in self.row_comments}

    # --- the comparison with the notes ---------------------------------------------------------
    def annotate(self, keys: Iterable[NoteKey] | None = None) -> Comparison:
        """The comparison shown with the held notes on it, kept as ``annotated``.

        With ``keys``, only those notes changed since the last call: they alone are put on
        their differences and rows.
        """
        assert self.base is not None
        if keys is not None and self.annotated is not None:
            self.annotated = self._renoted(self.annotated, keys)
        else:
            self.annotated = annotate(self.base, self._attachment())
            substantive = self.annotated.substantive
            self._progress = (sum(1 for d in substantive if d.note is not None and d.note.verdict),
                              len(substantive))
        return self.annotated

    @property
    def progress(self) -> tuple[int, int]:
        """The substantive differences with a verdict, and all of them, as annotated."""
        return self._progress

    def _renoted(self, comparison: Comparison, keys: Iterable[NoteKey]) -> Comparison:
        """``comparison`` with the held notes of ``keys`` put on their differences and rows."""
        positions = self._positions_of()
        differences, rows = list(comparison.differences), list(comparison.rows)
        for kind, key in keys:
            held = self.note((kind, key))
            note = held.note if held is not None else None
            if kind == "d":
                position = positions[key]
                before = differences[position]
                if before.substantive:
                    done, total = self._progress
                    self._progress = (done + bool(note and note.verdict)
                                      - bool(before.note and before.note.verdict), total)
                differences[position] = replace(before, note=note)
            else:
                position = positions["r" + key]
                rows[position] = replace(rows[position], note=note)
        return replace(comparison, differences=tuple(differences), rows=tuple(rows))

    def _positions_of(self) -> dict[str, int]:
        """Where each difference (by id) and row (by "r" and id) is in the comparison."""
        if self._positions is None:
            assert self.base is not None
            self._positions = {d.id: n for n, d in enumerate(self.base.differences)}
            self._positions.update({"r" + r.id: n for n, r in enumerate(self.base.rows)})
        return self._positions

    def next_unreviewed(self, after: Difference | None) -> Difference | None:
        """The next substantive difference without a verdict after ``after``, wrapping."""
        differences = self.annotated.differences if self.annotated is not None else ()
        start = next((n + 1 for n, d in enumerate(differences)
                      if after is not None and d.id == after.id), 0)
        return next((d for d in (*differences[start:], *differences[:start])
                     if d.substantive and not (d.note and d.note.verdict)), None)

    def of_kind(self, kind: Kind) -> tuple[list[Difference], list[Difference]]:
        """The differences of ``kind`` as annotated, and those of them without a verdict."""
        differences = self.annotated.differences if self.annotated is not None else ()
        of_kind = [d for d in differences if d.kind is kind]
        return of_kind, [d for d in of_kind if not (d.note and d.note.verdict)]

    # --- notes as edits make them ------------------------------------------------------------
    def note(self, key: NoteKey) -> HeldNote:
        """The note held for a difference ("d", id) or a row ("r", id)."""
        return (self.annotations if key[0] == "d" else self.row_comments).get(key[1])

    def put(self, key: NoteKey, note: HeldNote) -> None:
        """Hold ``note`` for ``key`` (None removes its note) and count it as edited here."""
        held = self.annotations if key[0] == "d" else self.row_comments
        if note is None:
            held.pop(key[1], None)
        else:
            held[key[1]] = note  # type: ignore[assignment]
        self.edited.add(key)

    def with_verdict(self, difference: Difference, verdict: Verdict | None,
                     author: str) -> Annotation | None:
        """The note of ``difference`` with this verdict, its comment kept."""
        held = self.annotations.get(difference.id)
        return self._annotation(difference, verdict, held.comment if held else "", author)

    def with_comment(self, difference: Difference, comment: str,
                     author: str) -> Annotation | None:
        """The note of ``difference`` with this comment, its verdict kept."""
        held = self.annotations.get(difference.id)
        return self._annotation(difference, held.verdict if held else None, comment, author)

    def toggled(self, differences: Collection[Difference], verdict: Verdict,
                author: str) -> dict[NoteKey, HeldNote]:
        """The notes giving ``differences`` the verdict; when all have it already, none."""
        same = all((held := self.annotations.get(d.id)) is not None and held.verdict is verdict
                   for d in differences)
        return {("d", d.id): self.with_verdict(d, None if same else verdict, author)
                for d in differences}

    def _annotation(self, difference: Difference, verdict: Verdict | None, comment: str,
                    author: str) -> Annotation | None:
        """The note a difference gets, or None when it is left without verdict or comment."""
        if verdict is None and not comment:
            return None
        assert self._anchors is not None
        held = self.annotations.get(difference.id)
        anchor, place = self._anchors.of(difference)
        return Annotation(anchor=anchor, verdict=verdict, comment=comment, author=author,
                          time=self._clock(), place=place, extra=held.extra if held else {})

    def with_row_comment(self, row: Row, comment: str, author: str) -> RowComment | None:
        """The note of ``row`` with this comment; None when the comment is empty."""
        assert self.base is not None
        held = self.row_comments.get(row.id)
        return RowComment(anchor=row_anchor(self.base, row), comment=comment, author=author,
                          time=self._clock(),
                          extra=held.extra if held else {}) if comment else None

    # --- orphaned notes ----------------------------------------------------------------------
    def orphan_at(self, position: int) -> Annotation | RowComment:
        """The orphaned note at ``position``: notes on differences first, then on rows."""
        if position < len(self.orphans):
            return self.orphans[position]
        return self.row_orphans[position - len(self.orphans)]

    def attach_orphan(self, orphan: Annotation, difference: Difference) -> bool:
        """Move an orphaned note onto ``difference``, replacing its note; False if not held."""
        if orphan not in self.orphans:
            return False
        assert self._anchors is not None
        self.orphans = tuple(o for o in self.orphans if o is not orphan)
        self.deleted.add(orphan)
        self.put(("d", difference.id), self._anchors.annotate(orphan, difference))
        return True

    def attach_row_orphan(self, orphan: RowComment, row: Row) -> bool:
        """Move an orphaned row comment onto ``row``, replacing its note; False if not held."""
        if orphan not in self.row_orphans:
            return False
        assert self.base is not None
        self.row_orphans = tuple(o for o in self.row_orphans if o is not orphan)
        self.deleted.add(orphan)
        self.put(("r", row.id), replace(orphan, anchor=row_anchor(self.base, row)))
        return True

    def delete_orphan(self, orphan: Annotation | RowComment) -> bool:
        """Delete an orphaned note from the review; False when it is no longer held."""
        if isinstance(orphan, RowComment) and orphan in self.row_orphans:
            self.row_orphans = tuple(o for o in self.row_orphans if o is not orphan)
        elif isinstance(orphan, Annotation) and orphan in self.orphans:
            self.orphans = tuple(o for o in self.orphans if o is not orphan)
        else:
            return False
        self.deleted.add(orphan)
        return True
