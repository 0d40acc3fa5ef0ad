"""Invariants of re-attachment, on documents of look-alike clauses as editors make them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine import compare
from app.model import Document
from app.review import Anchors, Annotation, Attachment, Verdict, attach, review_of
from app.review.model import ReviewedFile

_NOBODY = ReviewedFile("", "")
# Clause bodies that repeat, so that many differences share one anchor.
_BODIES = ("甲方负责培养人才。", "乙方负责培养人才。", "甲方负责培养人才。")


def _documents(bodies: list[int], changed: list[bool]) -> tuple[Document, Document]:
    left = "\n".join(f"{n + 1}. {_BODIES[b]}" for n, b in enumerate(bodies))
    right = "\n".join(f"{n + 1}. {_BODIES[b].replace('培养', '培训') if c else _BODIES[b]}"
                      for n, (b, c) in enumerate(zip(bodies, changed, strict=True)))
    return Document(left, "txt", "utf-8"), Document(right, "txt", "utf-8")


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.booleans()), min_size=1, max_size=12),
       st.data())
def test_notes_come_back_on_their_own_differences(clauses, data) -> None:
    """Saved and re-attached to the same comparison, every note lands where it was."""
    comparison = compare(*_documents([b for b, _ in clauses], [c for _, c in clauses]))
    chosen = data.draw(st.sets(st.sampled_from([d.id for d in comparison.differences]))
                       if comparison.differences else st.just(set()))
    anchors = Anchors(comparison)
    notes = {d.id: Annotation(anchors.of(d)[0], Verdict.ACCEPTED, d.id, "", "")
             for d in comparison.differences if d.id in chosen}
    review = review_of(comparison, Attachment(notes, (), {}, ()), _NOBODY, _NOBODY)
    attached = attach(comparison, review)
    assert {i: a.comment for i, a in attached.annotations.items()} == {i: i for i in chosen}
    assert attached.orphans == ()


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.booleans()), min_size=2, max_size=12),
       st.integers(0, 11))
def test_a_note_never_moves_to_a_look_alike(clauses, undone) -> None:
    """Undo one change: its note is orphaned, never put on another difference."""
    bodies, changed = [b for b, _ in clauses], [c for _, c in clauses]
    undone %= len(clauses)
    changed[undone] = True
    before = compare(*_documents(bodies, changed))
    anchors = Anchors(before)
    notes = {d.id: Annotation(anchors.of(d)[0], Verdict.REJECTED, before.row_by_id(
        d.row).left.label, "", "") for d in before.differences}
    review = review_of(before, Attachment(notes, (), {}, ()), _NOBODY, _NOBODY)
    changed[undone] = False
    after = compare(*_documents(bodies, changed))
    attached = attach(after, review)
    for difference_id, annotation in attached.annotations.items():
        row = after.row_by_id(after.difference_by_id(difference_id).row)
        assert annotation.comment == row.left.label  # each note on its own clause
    assert [a.comment for a in attached.orphans] == [str(undone + 1)]
    assert len(attached.annotations) + len(attached.orphans) == len(review.annotations)
