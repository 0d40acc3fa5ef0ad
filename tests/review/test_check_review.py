"""The review of a document checked alone: anchors, re-attachment, the file read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model import (
    CheckResult,
    CheckSettings,
    Document,
    DocumentInfo,
    Finding,
    Kind,
    Reason,
    Script,
    Span,
)
from app.review import Review, ReviewedFile, ReviewError, Verdict, save_review
from app.review.check import (
    annotate_findings,
    attach_findings,
    check_review_of,
    default_check_review_path,
    finding_anchor,
    finding_annotation,
    load_check_review,
    save_check_review,
)

_NONE = ReviewedFile("", "")


def _check(text: str, wrong: str = "于", suggestion: str = "於") -> CheckResult:
    """Every ``wrong`` character of ``text`` a leftover finding."""
    findings = tuple(Finding(f"f{n}", Kind.CONVERSION, Reason.LEFTOVER,
                             Span(i, i + 1, wrong), suggestion)
                     for n, i in enumerate((i for i, c in enumerate(text) if c == wrong), 1))
    return CheckResult(DocumentInfo(Document(text, "txt", "utf-8"), Script.TRADITIONAL, "", ()),
                       CheckSettings(), "s2t", findings)


def _review(result: CheckResult, *verdicts: tuple[int, Verdict]) -> Review:
    return Review(_NONE, _NONE, annotations=tuple(
        finding_annotation(result, result.findings[n], verdict, "", "王编辑",
                           "2026-12-02T10:00:00+08:00") for n, verdict in verdicts))


def test_the_anchor_is_the_text_its_suggestion_and_the_phrase_around() -> None:
    result = _check("我們對于全面提升，有利于進一步。")
    anchor = finding_anchor(result.document.document.text, result.findings[0])
    assert (anchor.kind, anchor.left, anchor.right, anchor.before, anchor.after) == (
        Kind.CONVERSION, "于", "於", "我們對", "全面提升")


def test_notes_follow_their_findings_when_text_is_inserted_before_them() -> None:
    before = _check("對于全面提升，有利于進一步。")
    review = _review(before, (1, Verdict.REJECTED))
    after = _check("前言。對于全面提升，有利于進一步。")
    attachment = attach_findings(after, review)
    assert list(attachment.annotations) == ["f2"] and attachment.orphans == ()
    annotated = annotate_findings(after, attachment)
    assert [f.note.verdict if f.note else None for f in annotated.findings] == [
        None, "rejected"]


def test_equal_anchors_are_told_apart_by_their_occurrence() -> None:
    result = _check("對于甲。對于甲。對于甲。")
    review = _review(result, (0, Verdict.ACCEPTED), (2, Verdict.QUERY))
    attachment = attach_findings(result, review)
    assert [(i, a.verdict) for i, a in attachment.annotations.items()] == [
        ("f1", Verdict.ACCEPTED), ("f3", Verdict.QUERY)]
    # One of three equal places deleted: which note belonged where is no longer certain.
    doubtful = attach_findings(_check("對于甲。對于甲。"), review)
    assert [(i, a.verdict) for i, a in doubtful.annotations.items()] == [
        ("f1", Verdict.ACCEPTED)]
    assert [a.verdict for a in doubtful.orphans] == [Verdict.QUERY]


def test_a_look_alike_takes_a_note_only_when_it_is_the_only_one() -> None:
    review = _review(_check("對于全面提升。"), (0, Verdict.ACCEPTED))
    unique = attach_findings(_check("對于各方面。"), review)  # context edited
    assert list(unique.annotations) == ["f1"]
    doubtful = attach_findings(_check("對于各方面，關于另一方面。"), review)
    assert doubtful.annotations == {} and len(doubtful.orphans) == 1


def test_another_suggestion_orphans_the_note() -> None:
    review = _review(_check("頭發很長。", "發", "髮"), (0, Verdict.ACCEPTED))
    attachment = attach_findings(_check("頭發很長。", "發", "發"), review)
    assert attachment.annotations == {} and len(attachment.orphans) == 1


def test_the_file_has_only_a_left_document_and_reads_back(tmp_path: Path) -> None:
    document = tmp_path / "plan.txt"
    document.write_text("對于全面提升。", "utf-8")
    result = _check(document.read_text("utf-8"))
    attachment = attach_findings(result, _review(result, (0, Verdict.REJECTED)))
    path = default_check_review_path(document)
    assert path.name == "plan.txt.duizhao-check-review.json"
    save_check_review(check_review_of(result, attachment), document, path)
    data = json.loads(path.read_text("utf-8"))
    assert data["format"] == "duizhao-review" and data["version"] == 1
    assert data["annotations"][0]["occurrence"] == 0
    assert data["left"]["path"] == "plan.txt" and len(data["left"]["sha256"]) == 64
    assert "right" not in data
    again = attach_findings(result, load_check_review(path))
    assert [a.verdict for a in again.annotations.values()] == [Verdict.REJECTED]


def test_a_pair_review_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "pair.duizhao-review.json"
    save_review(Review(ReviewedFile("a.md", ""), ReviewedFile("b.txt", "")), path)
    with pytest.raises(ReviewError, match="pair.duizhao-review.json: the review of two"):
        load_check_review(path)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="對于甲乙，。\n", max_size=60), data=st.data())
def test_a_review_re_attaches_to_the_check_it_was_made_on(text: str, data) -> None:
    # Whatever the repetitions, every note comes back to the finding it was given on.
    result = _check(text)
    chosen = data.draw(st.sets(st.integers(0, max(0, len(result.findings) - 1)))
                       if result.findings else st.just(set()))
    review = _review(result, *((n, Verdict.ACCEPTED) for n in sorted(chosen)))
    attachment = attach_findings(result, review)
    assert attachment.orphans == ()
    assert list(attachment.annotations) == [result.findings[n].id for n in sorted(chosen)]
