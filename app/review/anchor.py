"""Anchors: find a difference (or a row) again by its content after the documents change.

A difference's anchor is its kind, its left and right text, and up to ``CONTEXT`` characters
of left-document context on each side (right-document context when the left span is empty).
The context stops at a line break or phrase punctuation, so that it describes the phrase the
difference sits in and survives edits to neighbouring phrases:

>>> text = "以基础设施建设为重点，以人文交流和人才培养为纽带，以同全球友城"
>>> start = text.index("培养")
>>> _context_before(text, start), _context_after(text, start + 2)
('以人文交流和人才', '为纽带')

The same change with the same context often recurs (a name corrected in every clause), so an
anchor alone is not unique. Its ``Place`` tells such differences apart: the label of the row
it sits in, a digest of that row's two texts, and its position among the differences with the
same kind and texts. Re-attachment matches in tiers, from everything agreeing to less:

1. context, label, row text and position; 2. context, label and row text; 3. context and
   label; 4. context and row text; 5. label; 6. row text; 7. kind and texts alone, only for a
   difference that was the only one of its kind and texts and still is.

Annotations of files without places (written before places existed) go through context, then
kind and texts alone under the same uniqueness rule. In each tier the annotations and the free
differences that share the tier's key form a group: one difference takes the group's first
annotation (two notes cannot share it), as many differences as annotations pair in reading
order, and any other group waits for a later tier. What no tier settles is orphaned: when in
doubt a note is listed as orphaned, it never silently moves to a look-alike difference. Every
tier is one pass over dictionaries, so re-attachment is linear in the annotations and the
differences.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace

from rapidfuzz.fuzz import ratio
from rapidfuzz.process import extractOne

from app.model import Anchor, Comparison, Difference, Kind, Row, RowAnchor
from app.review.model import Annotation, Place, Review, RowComment

CONTEXT = 10
# Context never crosses these: it is the phrase around the difference.
_CONTEXT_STOPS = frozenset("\n，。；！？：、,;!?:")
# Failing identical texts, a row comment re-attaches to the most similar row at or above
# this similarity of its two texts (rapidfuzz ratio, 0-100).
ROW_SIMILARITY = 80.0

_Texts = tuple[str, str, str]  # kind, left text, right text


@dataclass(frozen=True)
class Attachment:
    """Where a review's annotations landed on one comparison."""

    annotations: dict[str, Annotation]  # difference id -> its annotation
    orphans: tuple[Annotation, ...]
    row_comments: dict[str, RowComment]  # row id -> its comment
    row_orphans: tuple[RowComment, ...]


def _context_before(text: str, start: int, limit: int = CONTEXT) -> str:
    begin = start
    while begin > 0 and start - begin < limit and text[begin - 1] not in _CONTEXT_STOPS:
        begin -= 1
    return text[begin:start]


def _context_after(text: str, end: int, limit: int = CONTEXT) -> str:
    finish = end
    while finish < len(text) and finish - end < limit and text[finish] not in _CONTEXT_STOPS:
        finish += 1
    return text[end:finish]


def difference_anchor(comparison: Comparison, difference: Difference) -> Anchor:
    """The content anchor of one difference of ``comparison``."""
    if difference.left.start < difference.left.end:
        text, span = comparison.left.document.text, difference.left
    else:
        text, span = comparison.right.document.text, difference.right
    return Anchor(kind=difference.kind, left=difference.left.text, right=difference.right.text,
                  before=_context_before(text, span.start),
                  after=_context_after(text, span.end))


def row_anchor(comparison: Comparison, row: Row) -> RowAnchor:
    """The content anchor of one row: its label and its text on each side."""
    side = row.left or row.right
    left = comparison.left.document.text[row.left.start:row.left.end] if row.left else ""
    right = comparison.right.document.text[row.right.start:row.right.end] if row.right else ""
    return RowAnchor(label=side.label if side else "", left=left, right=right)


# What a difference's kind becomes when the two documents change sides.
MIRRORED_KINDS = {Kind.INSERTED: Kind.DELETED, Kind.DELETED: Kind.INSERTED}


def row_digest(left: str, right: str) -> str:
    """A short digest of a row's two texts: equal texts, equal digests."""
    return hashlib.blake2b(f"{left}\0{right}".encode("utf-8", "surrogatepass"),
                           digest_size=8).hexdigest()


def _texts(difference: Difference) -> _Texts:
    return difference.kind.value, difference.left.text, difference.right.text


class Anchors:
    """Anchors and places of one comparison's differences, each computed once when asked.

    The position among equals needs every difference with the same kind and texts, so those
    groups are indexed on first use; an edit to one difference then costs a lookup.
    """

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self._equals: dict[_Texts, list[str]] | None = None
        self._positions: dict[str, int] = {}
        self._rows: dict[str, tuple[str, str]] = {}  # row id -> label on each side, digest
        self._cache: dict[str, tuple[Anchor, Place]] = {}

    def _index(self) -> dict[_Texts, list[str]]:
        if self._equals is None:
            self._equals = {}
            for difference in self.comparison.differences:
                equals = self._equals.setdefault(_texts(difference), [])
                self._positions[difference.id] = len(equals)
                equals.append(difference.id)
        return self._equals

    def count(self, texts: _Texts) -> int:
        """How many differences have this kind and these texts."""
        return len(self._index().get(texts, ()))

    def of(self, difference: Difference) -> tuple[Anchor, Place]:
        """The anchor and place of ``difference``."""
        cached = self._cache.get(difference.id)
        if cached is None:
            equals = self._index()[_texts(difference)]
            row = self.comparison.row_by_id(difference.row)
            left_label, right_label, digest = self._row(row)
            label = left_label if difference.left.start < difference.left.end else right_label
            place = Place(label=label, clause=digest,
                          occurrence=self._positions[difference.id], occurrences=len(equals))
            cached = self._cache[difference.id] = (
                difference_anchor(self.comparison, difference), place)
        return cached

    def annotate(self, annotation: Annotation, difference: Difference) -> Annotation:
        """``annotation`` anchored afresh on ``difference`` (itself when nothing changed)."""
        anchor, place = self.of(difference)
        if annotation.anchor == anchor and annotation.place == place:
            return annotation
        return Annotation(anchor, annotation.verdict, annotation.comment, annotation.author,
                          annotation.time, place, annotation.extra)

    def mirrored(self, difference: Difference) -> tuple[Anchor, Place]:
        """The anchor and place ``difference`` has once the documents change sides."""
        comparison = self.comparison
        right_span = difference.right.start < difference.right.end
        text, span = ((comparison.right.document.text, difference.right) if right_span
                      else (comparison.left.document.text, difference.left))
        anchor = Anchor(kind=MIRRORED_KINDS.get(difference.kind, difference.kind),
                        left=difference.right.text, right=difference.left.text,
                        before=_context_before(text, span.start),
                        after=_context_after(text, span.end))
        row = comparison.row_by_id(difference.row)
        sides = (row.right, row.left) if right_span else (row.left, row.right)
        texts = row_anchor(comparison, row)
        place = self.of(difference)[1]
        return anchor, replace(place, label=next((s.label for s in sides if s), ""),
                               clause=row_digest(texts.right, texts.left))

    def _row(self, row: Row) -> tuple[str, str, str]:
        known = self._rows.get(row.id)
        if known is None:
            anchor = row_anchor(self.comparison, row)
            known = (row.left.label if row.left else (row.right.label if row.right else ""),
                     row.right.label if row.right else (row.left.label if row.left else ""),
                     row_digest(anchor.left, anchor.right))
            self._rows[row.id] = known  # type: ignore[assignment]
        return known  # type: ignore[return-value]


# The tiers of matching: whether a tier is for annotations with a place (or for those
# without), and the key that must agree; a key of None leaves the annotation to later tiers.
_Key = Callable[[Anchor, Place], Hashable | None]


def _context(anchor: Anchor) -> tuple[str, str]:
    return anchor.before, anchor.after


_TIERS: tuple[tuple[bool, _Key], ...] = (
    (True, lambda a, p: (_context(a), p.label, p.clause, p.occurrence)),
    (True, lambda a, p: (_context(a), p.label, p.clause)),
    (True, lambda a, p: (_context(a), p.label) if p.label else None),
    (True, lambda a, p: (_context(a), p.clause)),
    (True, lambda a, p: p.label or None),
    (True, lambda a, p: p.clause),
    (False, lambda a, p: _context(a)),
)


def attach(comparison: Comparison, review: Review,
           anchors: Anchors | None = None) -> Attachment:
    """Re-attach every annotation and row comment of ``review`` to ``comparison``."""
    # Matching makes a few objects per difference and frees none: the collector's full
    # passes over a heap of 100,000 notes would take most of the time, and find nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _attach(comparison, review, anchors or Anchors(comparison))
    finally:
        if collecting:
            gc.enable()


def _attach(comparison: Comparison, review: Review, anchors: Anchors) -> Attachment:
    wanted = {(a.anchor.kind.value, a.anchor.left, a.anchor.right) for a in review.annotations}
    free: dict[_Texts, list[Difference]] = {}
    for difference in comparison.differences if wanted else ():
        texts = _texts(difference)
        if texts in wanted:  # anchors cost time; long documents have tens of thousands
            free.setdefault(texts, []).append(difference)
    pending: dict[_Texts, list[int]] = {}
    for number, annotation in enumerate(review.annotations):
        anchor = annotation.anchor
        pending.setdefault((anchor.kind.value, anchor.left, anchor.right), []).append(number)
    placed: dict[int, Difference] = {}
    for texts, numbers in pending.items():
        differences = free.get(texts, [])
        for with_place, tier in _TIERS:
            if not numbers or not differences:
                break
            candidates = [(n, review.annotations[n]) for n in numbers
                          if (review.annotations[n].place is not None) is with_place]
            if candidates:
                differences = _match_tier(tier, candidates,
                                          [(d, *anchors.of(d)) for d in differences], placed)
                numbers = [n for n in numbers if n not in placed]
        # Kind and texts alone decide only between a unique annotation and difference.
        if len(numbers) == 1 and len(differences) == 1 and anchors.count(texts) == 1:
            annotation = review.annotations[numbers[0]]
            if annotation.place is None or annotation.place.occurrences == 1:
                placed[numbers[0]] = differences[0]
    attached = {difference.id: review.annotations[n] for n, difference in placed.items()}
    orphans = tuple(a for n, a in enumerate(review.annotations) if n not in placed)
    rows, row_orphans = _attach_rows(comparison, review.row_comments)
    ordered = {d.id: attached[d.id] for d in comparison.differences if d.id in attached}
    ordered_rows = {r.id: rows[r.id] for r in comparison.rows if r.id in rows}
    return Attachment(ordered, orphans, ordered_rows, row_orphans)


def _match_tier(tier: _Key, annotations: list[tuple[int, Annotation]],
                differences: list[tuple[Difference, Anchor, Place]],
                placed: dict[int, Difference]) -> list[Difference]:
    """Settle the groups this tier decides into ``placed``; return the differences left."""
    groups: dict[Hashable, tuple[list[int], list[Difference]]] = {}
    for number, annotation in annotations:
        key = tier(annotation.anchor, annotation.place)  # type: ignore[arg-type]
        if key is not None:
            groups.setdefault(key, ([], []))[0].append(number)
    for difference, anchor, place in differences:
        key = tier(anchor, place)
        if key is not None and key in groups:
            groups[key][1].append(difference)
    taken: set[str] = set()
    for numbers, found in groups.values():
        if len(found) == 1 or len(found) == len(numbers):
            for number, difference in zip(numbers, found, strict=False):
                placed[number] = difference
                taken.add(difference.id)
    return [d for d, _, _ in differences if d.id not in taken]


def _attach_rows(comparison: Comparison, comments: tuple[RowComment, ...]
                 ) -> tuple[dict[str, RowComment], tuple[RowComment, ...]]:
    """Exact texts first (the same label preferred), then the most similar row above the bar."""
    if not comments:
        return {}, ()
    anchors = {row.id: row_anchor(comparison, row) for row in comparison.rows}
    exact: dict[tuple[str, str], list[str]] = {}
    for row_id, anchor in anchors.items():
        exact.setdefault((anchor.left, anchor.right), []).append(row_id)
    attached: dict[str, RowComment] = {}
    placed: set[int] = set()
    for number, comment in enumerate(comments):
        wanted = comment.anchor
        free = [i for i in exact.get((wanted.left, wanted.right), ()) if i not in attached]
        if free:
            chosen = next((i for i in free if anchors[i].label == wanted.label), free[0])
            attached[chosen] = comment
            placed.add(number)
    for number, comment in enumerate(comments):
        if number in placed:
            continue
        choices = {i: f"{a.left}\n{a.right}" for i, a in anchors.items() if i not in attached}
        # extractOne keeps the first of equally good rows: the earliest in reading order.
        match = extractOne(f"{comment.anchor.left}\n{comment.anchor.right}", choices,
                           scorer=ratio, score_cutoff=ROW_SIMILARITY)
        if match is not None:
            attached[match[2]] = comment
            placed.add(number)
    return attached, tuple(c for n, c in enumerate(comments) if n not in placed)
