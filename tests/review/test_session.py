"""The review of an open pair as the window keeps it: edits, undo, re-comparison, merging."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine import compare
from app.model import Anchor, Comparison, Difference, Document, Kind, RowAnchor
from app.review import Annotation, Attachment, Review, RowComment, Verdict
from app.review.history import EditHistory
from app.review.merge import merge
from app.review.model import EMPTY_REVIEW
from app.review.pair_review import read_pair_review, write_pair_review
from app.review.session import ReviewSession

LEFT = "一、甲方负责培养人才。\n二、乙方提供场地。\n三、丙方负责宣传。"
RIGHT = "一、甲方负责培训人才。\n二、乙方提供场所。\n三、丙方负责推广。"


def _compare(left: str = LEFT, right: str = RIGHT) -> Comparison:
    return compare(Document(left, "txt", "utf-8"), Document(right, "txt", "utf-8"))


def _difference(comparison: Comparison, left: str) -> Difference:
    return next(d for d in comparison.differences if d.left.text == left)


def _session(comparison: Comparison, review: Review = EMPTY_REVIEW) -> ReviewSession:
    session = ReviewSession(clock=lambda: "2026-12-01T09:00:00+08:00")
    session.show(comparison, review)
    return session


def _notes(comparison: Comparison) -> dict[str, tuple[str | None, str]]:
    """What the window shows: each noted difference's left text, verdict and comment."""
    return {d.left.text: (d.note.verdict, d.note.comment)
            for d in comparison.differences if d.note is not None}


def _save_and_reopen(session: ReviewSession, tmp_path: Path, comparison: Comparison,
                     name: str = "review.json") -> ReviewSession:
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(LEFT, "utf-8")
    right.write_text(RIGHT, "utf-8")
    write_pair_review(session.snapshot(), str(left), str(right), tmp_path / name)
    return _session(comparison, read_pair_review(tmp_path / name))


def test_a_verdict_and_comments_are_saved_and_read_back(tmp_path: Path) -> None:
    comparison = _compare()
    session = _session(comparison)
    place = _difference(comparison, "场地")
    row = comparison.row_by_id(place.row)
    session.put(("d", place.id), session.with_verdict(place, Verdict.ACCEPTED, "王编辑"))
    session.put(("d", place.id), session.with_comment(place, "用词更准", "王编辑"))
    session.put(("r", row.id), session.with_row_comment(row, "整条再核", "李校对"))
    assert _notes(session.annotate()) == {"场地": ("accepted", "用词更准")}
    reopened = _save_and_reopen(session, tmp_path, _compare())
    shown = reopened.annotate()
    assert _notes(shown) == {"场地": ("accepted", "用词更准")}
    assert [r.note.comment for r in shown.rows if r.note] == ["整条再核"]
    saved = read_pair_review(tmp_path / "review.json")
    assert saved.left.path == "left.txt" and saved.annotations[0].author == "王编辑"


def test_progress_counts_verdicts_on_substantive_differences_only() -> None:
    comparison = _compare()
    session = _session(comparison)
    assert session.progress == (0, 0) and session.annotated is None
    total = len(session.annotate().substantive)
    first, second = (_difference(comparison, text) for text in ("场地", "宣传"))
    session.put(("d", first.id), session.with_comment(first, "只是评论", "王编辑"))
    session.annotate([("d", first.id)])
    assert session.progress == (0, total)  # a comment alone reviews nothing
    session.put(("d", second.id), session.with_verdict(second, Verdict.QUERY, "王编辑"))
    session.annotate([("d", second.id)])
    assert session.progress == (1, total)
    assert session.next_unreviewed(second) != second
    assert session.next_unreviewed(None) == next(
        d for d in session.annotated.differences if d.substantive and not d.note)


def test_a_toggled_verdict_clears_when_every_difference_has_it() -> None:
    comparison = _compare()
    session = _session(comparison)
    targets = [_difference(comparison, "场地"), _difference(comparison, "宣传")]
    for key, note in session.toggled(targets, Verdict.REJECTED, "王编辑").items():
        session.put(key, note)
    assert _notes(session.annotate()) == {"场地": ("rejected", ""), "宣传": ("rejected", "")}
    for key, note in session.toggled(targets, Verdict.REJECTED, "王编辑").items():
        session.put(key, note)
    assert _notes(session.annotate()) == {}


def test_undo_takes_back_one_step_and_typing_a_comment_is_one_step() -> None:
    comparison = _compare()
    session = _session(comparison)
    history = EditHistory(session)
    place = _difference(comparison, "场地")
    key = ("d", place.id)
    history.edit({key: session.with_verdict(place, Verdict.ACCEPTED, "王编辑")})
    for typed in ("用", "用词", "用词更准"):
        history.edit({key: session.with_comment(place, typed, "王编辑")}, merge=key)
    assert _notes(session.annotate()) == {"场地": ("accepted", "用词更准")}
    assert history.undo() == [key]
    assert _notes(session.annotate()) == {"场地": ("accepted", "")}
    assert history.undo() == [key] and not history.can_undo
    assert _notes(session.annotate()) == {}
    assert history.redo() == [key] and history.can_redo
    assert _notes(session.annotate()) == {"场地": ("accepted", "")}
    # An edit that changes nothing is no step.
    assert history.edit({key: session.note(key)}) == []


def test_notes_follow_their_differences_when_compared_again() -> None:
    session = _session(_compare())
    place = _difference(session.base, "场地")
    session.put(("d", place.id), session.with_verdict(place, Verdict.ACCEPTED, "王编辑"))
    # A clause inserted before: ids change, the note stays on its difference.
    edited = _compare(right="零、新增条款。\n" + RIGHT)
    session.show(edited, session.review())
    assert _notes(session.annotate()) == {"场地": ("accepted", "")}
    assert session.orphans == ()


def test_a_note_whose_difference_is_gone_is_orphaned_then_attached_elsewhere(
        tmp_path: Path) -> None:
    session = _session(_compare())
    place = _difference(session.base, "场地")
    session.put(("d", place.id), session.with_verdict(place, Verdict.QUERY, "王编辑"))
    session.show(_compare(right=RIGHT.replace("场所", "场地")), session.review())
    shown = session.annotate()
    assert _notes(shown) == {} and [o.anchor.left for o in shown.orphaned] == ["场地"]
    # Orphans are kept when saved.
    assert [o.anchor.left for o in _save_and_reopen(session, tmp_path, session.base).orphans] \
        == ["场地"]
    orphan = session.orphan_at(0)
    target = _difference(session.base, "宣传")
    assert session.attach_orphan(orphan, target)
    assert _notes(session.annotate()) == {"宣传": ("query", "")}
    assert session.annotate().orphaned == ()
    assert not session.attach_orphan(orphan, target)  # it is no longer held


def test_a_deleted_orphan_is_gone_from_the_saved_review(tmp_path: Path) -> None:
    comparison = _compare()
    gone = Annotation(Anchor(Kind.WORDING, "不存在", "不存在了", "", ""), Verdict.REJECTED,
                      "旧意见", "王编辑", "")
    row_gone = RowComment(RowAnchor("九", "与本文件无关的条款", "另一份文件的条款"), "旧行意见",
                          "李校对", "")
    session = _session(comparison, Review(EMPTY_REVIEW.left, EMPTY_REVIEW.right, (gone,),
                                          (row_gone,)))
    assert [o.note.comment for o in session.annotate().orphaned] == ["旧意见"]
    assert session.orphan_at(1).comment == "旧行意见"
    assert session.delete_orphan(session.orphan_at(1))
    assert session.delete_orphan(session.orphan_at(0))
    assert not session.delete_orphan(gone)
    reopened = _save_and_reopen(session, tmp_path, comparison)
    assert reopened.orphans == () and reopened.row_orphans == ()


def test_a_file_changed_on_disk_is_merged_with_the_edits_made_here(tmp_path: Path) -> None:
    comparison = _compare()
    mine = _session(comparison)
    colleague = _session(comparison)
    place, publicity = _difference(comparison, "场地"), _difference(comparison, "宣传")
    training = _difference(comparison, "培养")
    # Both start from a saved review with a note on 培养.
    for session in (mine, colleague):
        session.put(("d", training.id), session.with_comment(training, "原有意见", "王编辑"))
        session.forget_edits()
    mine.put(("d", place.id), mine.with_verdict(place, Verdict.ACCEPTED, "王编辑"))
    mine.put(("d", publicity.id), mine.with_verdict(publicity, Verdict.REJECTED, "王编辑"))
    colleague.put(("d", publicity.id), colleague.with_verdict(publicity, Verdict.QUERY, "李"))
    colleague.put(("d", training.id), None)  # the colleague removed that note
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(LEFT, "utf-8")
    right.write_text(RIGHT, "utf-8")
    write_pair_review(colleague.snapshot(), str(left), str(right), tmp_path / "review.json")
    mine.merge(read_pair_review(tmp_path / "review.json"))
    # My edits win where both edited; the colleague's removal holds where I did not edit.
    assert _notes(mine.annotate()) == {"场地": ("accepted", ""), "宣传": ("rejected", "")}


def _note(comment: str) -> Annotation:
    return Annotation(Anchor(Kind.WORDING, comment, comment + "'", "", ""), None, comment, "",
                      "")


_KEYS = st.sampled_from([("d", "d1"), ("d", "d2"), ("d", "d3")])


@settings(max_examples=60, deadline=None)
@given(theirs=st.dictionaries(_KEYS, st.sampled_from("abc")),
       mine=st.dictionaries(_KEYS, st.sampled_from("xyz")), edited=st.sets(_KEYS),
       orphans=st.tuples(st.lists(st.sampled_from("pqr")), st.lists(st.sampled_from("pqs")),
                         st.sets(st.sampled_from("pqrs"))))
def test_a_merge_takes_edited_notes_from_here_and_every_other_from_the_file(
        theirs, mine, edited, orphans) -> None:
    def attachment(notes, orphaned):
        return Attachment({key: _note(c) for (_, key), c in notes.items()},
                          tuple(_note(c) for c in orphaned), {}, ())

    their_orphans, my_orphans, deleted = orphans
    merged = merge(attachment(theirs, their_orphans), attachment(mine, my_orphans), edited,
                   {_note(c) for c in deleted})
    for key in ("d1", "d2", "d3"):
        source = mine if ("d", key) in edited else theirs
        expected = source.get(("d", key))
        assert (merged.annotations[key].comment if key in merged.annotations else None) \
            == expected
    comments = [o.comment for o in merged.orphans]
    assert len(comments) == len(set(comments))  # each once
    assert set(comments) == (set(their_orphans) | set(my_orphans)) - deleted


def test_the_swapped_pair_gets_the_notes_mirrored() -> None:
    session = _session(_compare())
    place = _difference(session.base, "场地")
    session.put(("d", place.id), session.with_verdict(place, Verdict.ACCEPTED, "王编辑"))
    swapped = _session(_compare(RIGHT, LEFT), session.mirrored())
    assert {d.left.text: d.note.verdict for d in swapped.annotate().differences if d.note} \
        == {"场所": "accepted"}
    assert swapped.orphans == ()


def test_the_differences_of_a_kind_without_a_verdict() -> None:
    comparison = _compare()
    session = _session(comparison)
    session.annotate()
    of_kind, open_ = session.of_kind(Kind.WORDING)
    assert len(of_kind) == len(open_) == 3
    place = _difference(comparison, "场地")
    session.put(("d", place.id), session.with_verdict(place, Verdict.ACCEPTED, "王编辑"))
    session.annotate([("d", place.id)])
    assert [d.left.text for d in session.of_kind(Kind.WORDING)[1]] == ["培养", "宣传"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.sampled_from([*Verdict, None]),
                          st.sampled_from(["", "再核"])), max_size=12))
def test_notes_shown_edit_by_edit_are_those_shown_afresh(edits) -> None:
    """One edit at a time, the comparison shown and its progress match a full refresh."""
    comparison = _compare()
    session = _session(comparison)
    session.annotate()
    targets = [_difference(comparison, text) for text in ("培养", "场地", "宣传")]
    for position, verdict, comment in edits:
        target = targets[position]
        session.put(("d", target.id), session.with_verdict(target, verdict, "王编辑"))
        session.put(("d", target.id), session.with_comment(target, comment, "王编辑"))
        session.annotate([("d", target.id)])
    edited, progress = session.annotated, session.progress
    assert session.annotate() == edited and session.progress == progress
