"""Anchors: find a difference (or a row) again by its content after the documents change.

A difference's anchor is its kind, its left and right text, and up to ``CONTEXT`` characters
of left-document context on each side (right-document context when the left span is empty).
The context stops at a line break or phrase punctuation, so that it describes the phrase the
difference sits in and survives edits to neighbouring phrases:

>>> text = "以基础设施建设为重点，以人文交流和人才培养为纽带，以同全球友城"
>>> start = text.index("培养")
>>> _context_before(text, start), _context_after(text, start + 2)
('以人文交流和人才', '为纽带')

Matching is deterministic and gives each difference at most one annotation. Candidates
have the same kind and texts; a candidate with exactly the annotation's context is taken
first (annotations in file order, differences in reading order); the remaining pairs are
scored by how many context characters agree, counted outwards from the difference, and the
best are taken first, ties going to the earlier annotation and the earlier difference.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.fuzz import ratio
from rapidfuzz.process import extractOne

from app.model import Anchor, Comparison, Difference, Row, RowAnchor
from app.review.model import Annotation, Review, RowComment

CONTEXT = 10
# Context never crosses these: it is the phrase around the difference.
_CONTEXT_STOPS = frozenset("\n，。；！？：、,;!?:")
# Failing identical texts, a row comment re-attaches to the most similar row at or above
# this similarity of its two texts (rapidfuzz ratio, 0-100).
ROW_SIMILARITY = 80.0


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


def _agreement(wanted: Anchor, found: Anchor) -> int:
    """How many context characters agree, counted outwards from the difference."""
    before = 0
    for a, b in zip(reversed(wanted.before), reversed(found.before), strict=False):
        if a != b:
            break
        before += 1
    after = 0
    for a, b in zip(wanted.after, found.after, strict=False):
        if a != b:
            break
        after += 1
    return before + after


def attach(comparison: Comparison, review: Review) -> Attachment:
    """Re-attach every annotation and row comment of ``review`` to ``comparison``."""
    wanted = {(a.anchor.kind.value, a.anchor.left, a.anchor.right) for a in review.annotations}
    candidates: dict[tuple[str, str, str], list[tuple[int, Difference, Anchor]]] = {}
    for position, difference in enumerate(comparison.differences):
        key = (difference.kind.value, difference.left.text, difference.right.text)
        if key in wanted:  # anchors cost time; long documents have tens of thousands
            candidates.setdefault(key, []).append(
                (position, difference, difference_anchor(comparison, difference)))
    attached: dict[str, Annotation] = {}
    placed: set[int] = set()
    # Exact context first: the common case after an edit elsewhere, and linear.
    for number, annotation in enumerate(review.annotations):
        anchor = annotation.anchor
        for _position, difference, found in candidates.get(
                (anchor.kind.value, anchor.left, anchor.right), ()):
            if found == anchor and difference.id not in attached:
                attached[difference.id] = annotation
                placed.add(number)
                break
    scored = []
    for number, annotation in enumerate(review.annotations):
        if number in placed:
            continue
        anchor = annotation.anchor
        for position, difference, found in candidates.get(
                (anchor.kind.value, anchor.left, anchor.right), ()):
            if difference.id not in attached:
                scored.append((-_agreement(anchor, found), number, position, difference.id))
    scored.sort()
    for _score, number, _position, difference_id in scored:
        if number in placed or difference_id in attached:
            continue
        attached[difference_id] = review.annotations[number]
        placed.add(number)
    orphans = tuple(a for n, a in enumerate(review.annotations) if n not in placed)
    rows, row_orphans = _attach_rows(comparison, review.row_comments)
    ordered = {d.id: attached[d.id] for d in comparison.differences if d.id in attached}
    ordered_rows = {r.id: rows[r.id] for r in comparison.rows if r.id in rows}
    return Attachment(ordered, orphans, ordered_rows, row_orphans)


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
