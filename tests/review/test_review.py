"""The review file, re-attachment by anchor, orphans, atomic saving and project files."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from app.model import Anchor, Kind
from app.review import (
    Annotation,
    Attachment,
    Place,
    Review,
    ReviewError,
    RowComment,
    Verdict,
    apply_review,
    attach,
    default_review_path,
    difference_anchor,
    load_review,
    review_of,
    reviewed_file,
    row_anchor,
    save_review,
)
from app.review.project import Project, load_project, save_project
from tests.review.conftest import compare_files, difference_of

EXAMPLE = {
    "format": "duizhao-review",
    "version": 1,
    "left": {"path": "plan-draft.docx", "sha256": "ab12"},
    "right": {"path": "plan-final.docx", "sha256": "cd34"},
    "annotations": [
        {"anchor": {"kind": "wording", "left": "培养", "right": "培訓",
                    "before": "以人文交流和人才", "after": "为纽带"},
         "verdict": "accepted", "comment": "统一为“人才培训”", "author": "王编辑",
         "time": "2026-11-22T10:15:00+08:00"}
    ],
}


def _review_of_one(comparison, difference, verdict=Verdict.ACCEPTED, comment="统一为“人才培训”"):
    annotation = Annotation(difference_anchor(comparison, difference), verdict, comment,
                            "王编辑", "2026-11-22T10:15:00+08:00")
    return Review(reviewed_file("l"), reviewed_file("r"), (annotation,))


def test_the_contract_example_round_trips_unchanged(tmp_path: Path) -> None:
    source = tmp_path / "example.json"
    source.write_text(json.dumps(EXAMPLE, ensure_ascii=False), "utf-8")
    review = load_review(source)
    assert review.annotations[0].verdict is Verdict.ACCEPTED
    assert review.annotations[0].anchor == Anchor(Kind.WORDING, "培养", "培訓",
                                                  "以人文交流和人才", "为纽带")
    copy = tmp_path / "copy.json"
    save_review(review, copy)
    assert json.loads(copy.read_text("utf-8")) == EXAMPLE


def test_unknown_keys_are_kept_on_save(tmp_path: Path) -> None:
    # A newer version's keys survive a round trip through this one.
    data = json.loads(json.dumps(EXAMPLE))
    data["workflow"] = {"stage": 2}
    data["annotations"][0]["thread"] = ["a reply"]
    source = tmp_path / "newer.json"
    source.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    save_review(load_review(source), source)
    assert json.loads(source.read_text("utf-8")) == data


def test_the_anchor_of_the_seed_change_is_the_contracts_example(pair) -> None:
    comparison = compare_files(*pair)
    anchor = difference_anchor(comparison, difference_of(comparison, "培养", "培訓"))
    assert anchor == Anchor(Kind.WORDING, "培养", "培訓", "以人文交流和人才", "为纽带")


def test_an_insertion_elsewhere_keeps_the_note_on_its_difference(pair) -> None:
    left, right = pair
    review = _review_of_one(before := compare_files(left, right),
                            difference_of(before, "培养", "培訓"))
    text = right.read_text("utf-8")
    right.write_text("新增一段：本計劃自發布之日起施行。\n" + text, "utf-8")
    after = apply_review(compare_files(left, right), review)
    noted = [d for d in after.differences if d.note is not None]
    assert [(d.left.text, d.right.text) for d in noted] == [("培养", "培訓")]
    assert noted[0].note.verdict == "accepted" and noted[0].note.author == "王编辑"
    assert after.orphaned == ()


def test_a_vanished_difference_becomes_an_orphan_kept_in_the_file(pair, tmp_path) -> None:
    left, right = pair
    before = compare_files(left, right)
    review = _review_of_one(before, difference_of(before, "培养", "培訓"))
    right.write_text(right.read_text("utf-8").replace("人才培訓", "人才培養"), "utf-8")
    after = compare_files(left, right)
    annotated = apply_review(after, review)
    assert all(d.note is None for d in annotated.differences)
    assert [o.anchor.left for o in annotated.orphaned] == ["培养"]
    assert annotated.orphaned[0].note.comment == "统一为“人才培训”"
    # Saving the state again keeps the orphan in the file.
    saved = tmp_path / "review.json"
    save_review(review_of(after, attach(after, review), review.left, review.right), saved)
    assert load_review(saved).annotations == review.annotations


def test_identical_differences_get_one_annotation_each_by_context() -> None:
    from app.engine import compare
    from app.model import Document

    left = "一、甲方负责培养。\n二、乙方负责培养。"
    right = "一、甲方负责培训。\n二、乙方负责培训。"
    comparison = compare(Document(left, "txt", "utf-8"), Document(right, "txt", "utf-8"))
    first, second = [d for d in comparison.differences if d.kind is Kind.WORDING]
    review = Review(reviewed_file("l"), reviewed_file("r"), (
        Annotation(difference_anchor(comparison, second), Verdict.REJECTED, "乙", "", ""),
        Annotation(difference_anchor(comparison, first), Verdict.ACCEPTED, "甲", "", "")))
    annotated = apply_review(comparison, review)
    notes = {d.id: d.note.comment for d in annotated.differences if d.note}
    assert notes == {first.id: "甲", second.id: "乙"}
    # Three annotations with the same anchor: the first takes its difference; the others
    # cannot share it, nor move to the look-alike in the other clause.
    doubled = replace(review, annotations=(review.annotations[0],) * 3)
    assert len(attach(comparison, doubled).orphans) == 2


def test_row_comments_reattach_to_an_edited_row_and_orphan_when_it_goes(pair) -> None:
    left, right = pair
    before = compare_files(left, right)
    row = before.row_by_id(difference_of(before, "培养", "培訓").row)
    comment = RowComment(row_anchor(before, row), "整段再核", "李校对", "")
    review = Review(reviewed_file(left), reviewed_file(right), row_comments=(comment,))
    right.write_text(right.read_text("utf-8").replace("為紐帶", "為橋樑"), "utf-8")
    after = apply_review(compare_files(left, right), review)
    noted = [r for r in after.rows if r.note is not None]
    assert len(noted) == 1 and noted[0].note.comment == "整段再核"
    assert "為橋樑" in row_anchor(after, noted[0]).right
    gone = replace(comment, anchor=replace(comment.anchor, left="全然不同", right="另一条"))
    orphaned = apply_review(after, replace(review, row_comments=(gone,)))
    assert [o.note.comment for o in orphaned.orphaned_rows] == ["整段再核"]


@pytest.mark.parametrize(("content", "reason"), [
    (b"{not json", "invalid JSON at line 1"),
    (b'{"format": "duizhao-comparison", "version": 1}', "not a review file"),
    (b'{"format": "duizhao-review", "version": 2}', "unsupported review version 2"),
    (b'{"format": "duizhao-review", "version": 1, "annotations": {}}', "annotations is not"),
    (b'{"format": "duizhao-review", "version": 1, "annotations": [{"anchor": {"kind": "x",'
     b' "left": "", "right": ""}}]}', "unknown difference kind 'x'"),
    (b'{"format": "duizhao-review", "version": 1, "annotations": [{"anchor": {"kind":'
     b' "wording", "left": "a", "right": "b"}, "verdict": "maybe"}]}', "unknown verdict"),
    (b"\xff\xfe\x00", "not UTF-8"),
])
def test_a_bad_review_file_is_named_with_the_reason(tmp_path: Path, content: bytes,
                                                    reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ReviewError) as error:
        load_review(path)
    assert str(error.value).startswith(f"{path}: ") and reason in str(error.value)


def test_a_missing_review_file_is_a_review_error(tmp_path: Path) -> None:
    with pytest.raises(ReviewError, match="cannot read"):
        load_review(tmp_path / "absent.json")


def test_a_crash_mid_save_leaves_the_previous_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "review.json"
    review = Review(reviewed_file("l"), reviewed_file("r"))
    save_review(review, path)
    previous = path.read_bytes()

    def crash(source: str, target: str) -> None:
        raise OSError("disk pulled out")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        save_review(replace(review, annotations=(Annotation(
            Anchor(Kind.WORDING, "a", "b", "", ""), None, "new", "", ""),)), path)
    assert path.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review.json"]


def test_saved_reviews_are_readable_by_others(tmp_path: Path) -> None:
    path = tmp_path / "review.json"
    save_review(Review(reviewed_file("l"), reviewed_file("r")), path)
    if os.name == "posix":
        assert path.stat().st_mode & 0o044 == 0o044


def test_the_default_review_path_is_beside_the_left_document() -> None:
    assert default_review_path("/docs/草稿.docx", "/docs/定稿.docx") == Path(
        "/docs/草稿.docx.定稿.docx.duizhao-review.json")


def test_pairs_differing_in_an_extension_or_a_folder_get_their_own_review() -> None:
    paths = {default_review_path("/d/plan.docx", right) for right in (
        "/d/final.docx", "/d/final.pdf", "/d/other/final.docx", "/d/more/final.docx")}
    assert len(paths) == 4 and all(p.parent == Path("/d") for p in paths)
    # The folder is named relative to the left document: moving both keeps the name.
    assert default_review_path("/a/plan.docx", "/a/o/final.docx").name == \
        default_review_path("/b/plan.docx", "/b/o/final.docx").name


def test_reviewed_files_record_a_hash_and_a_relative_path(pair) -> None:
    left, _ = pair
    described = reviewed_file(left, relative_to=left.parent)
    assert described.path == "plan-simplified.md" and len(described.sha256) == 64


def test_a_project_keeps_paths_settings_and_review(pair, tmp_path: Path) -> None:
    from app.model import CompareSettings, Conversion, Granularity

    left, right = pair
    comparison = compare_files(left, right)
    review = _review_of_one(comparison, difference_of(comparison, "培养", "培訓"))
    settings = CompareSettings(convert=Conversion.TW2S, ignore=frozenset({Kind.WHITESPACE}),
                               granularity=Granularity.CHAR)
    path = tmp_path / "plan.duizhao"
    save_project(Project(str(left), str(right), settings, review), path)
    data = json.loads(path.read_text("utf-8"))
    assert (data["left"], data["review"]["format"]) == ("plan-simplified.md", "duizhao-review")
    project = load_project(path)
    assert (project.left, project.right) == (str(left), str(right))
    assert project.settings == settings and project.review == review
    # The CLI's --review takes a project file too.
    assert load_review(path) == review


def test_a_file_that_is_not_a_project_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "review.duizhao"
    path.write_text(json.dumps(EXAMPLE), "utf-8")
    with pytest.raises(ReviewError, match="not a Duizhao project"):
        load_project(path)


@pytest.mark.parametrize(("content", "reason"), [
    (b'{"format": "duizhao-review", "version": 1, "annotations": [], "n": ' + b"9" * 5000
     + b"}", "digits"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b'{"format": "duizhao-review", "version": 1, "annotations": [{"anchor": {"kind":'
     b' "wording", "left": "a", "right": "b"}, "verdict": ["accepted"]}]}', "unknown verdict"),
    (b'{"format": "duizhao-review", "version": 1, "annotations": [{"anchor": {"kind":'
     b' "wording", "left": "a", "right": "b"}, "verdict": null, "comment": "\\ud800"}]}',
     "lone surrogate in annotations[0].comment"),
    (b'{"format": "duizhao-review", "version": 1, "annotations": [{"anchor": {"kind":'
     b' "wording", "left": "a", "right": "b", "occurrence": 3, "occurrences": 2}}]}',
     "occurrence is not below"),
])
def test_hostile_review_files_are_refused_naming_the_file(tmp_path: Path, content: bytes,
                                                          reason: str) -> None:
    path = tmp_path / "hostile.json"
    path.write_bytes(content)
    with pytest.raises(ReviewError) as error:
        load_review(path)
    assert str(error.value).startswith(f"{path}: ") and reason in str(error.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "review.json"
    os.mkfifo(fifo)
    with pytest.raises(ReviewError, match="not a regular file"):
        load_review(fifo)


def _sample_difference(comparison, label: str):
    return next(d for d in comparison.differences
                if d.left.text == "海总部" and comparison.row_by_id(d.row).left.label == label)


def test_look_alike_differences_keep_their_notes_or_become_orphans(pair, tmp_path) -> None:
    # The same encoding damage in clauses 三/（十六）, （十七）, （十八）…: equal anchors.
    left, right = pair
    before = compare_files(left, right)
    rejected = _sample_difference(before, "三/（十六）")
    queried = _sample_difference(before, "三/（十七）")
    notes = Attachment({rejected.id: Annotation(difference_anchor(before, rejected),
                                                Verdict.REJECTED, "", "", ""),
                        queried.id: Annotation(difference_anchor(before, queried),
                                               Verdict.QUERY, "why?", "", "")}, (), {}, ())
    saved = tmp_path / "review.json"
    save_review(review_of(before, notes, reviewed_file(left), reviewed_file(right)), saved)
    # Repair the damage in the first of them only.
    text = right.read_text("utf-8")
    first = text.index("上??偛?")
    right.write_text(text[:first] + "上海總部" + text[first + len("上??偛?"):], "utf-8")
    after = apply_review(compare_files(left, right), load_review(saved))
    noted = {after.row_by_id(d.row).left.label: d.note for d in after.differences if d.note}
    assert list(noted) == ["三/（十七）"] and noted["三/（十七）"].comment == "why?"
    assert [o.note.verdict for o in after.orphaned] == ["rejected"]


def test_places_are_written_as_a_minor_revision_and_read_back(pair, tmp_path) -> None:
    left, right = pair
    comparison = compare_files(left, right)
    difference = _sample_difference(comparison, "三/（十七）")
    notes = Attachment({difference.id: Annotation(difference_anchor(comparison, difference),
                                                  Verdict.ACCEPTED, "", "", "")}, (), {}, ())
    saved = tmp_path / "review.json"
    save_review(review_of(comparison, notes, reviewed_file(left), reviewed_file(right)), saved)
    data = json.loads(saved.read_text("utf-8"))
    assert (data["version"], data["minor"]) == (1, 1)
    anchor = data["annotations"][0]["anchor"]
    assert (anchor["label"], anchor["occurrence"], anchor["occurrences"]) == ("三/（十七）", 1, 5)
    place = load_review(saved).annotations[0].place
    assert place == Place("三/（十七）", anchor["clause"], 1, 5)
    # A reader of the first revision sees the five keys it knows and a plain verdict.
    assert {"kind", "left", "right", "before", "after"} <= anchor.keys()
