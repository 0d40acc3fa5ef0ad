"""Finding, reading and writing the review of a compared pair, as reopening it shows."""

from __future__ import annotations

import json

import pytest

from app.model import CompareSettings
from app.review import Verdict, default_review_path, legacy_review_path
from app.review.model import EMPTY_REVIEW
from app.review.pair_review import (
    file_stamp,
    find_pair_review,
    read_pair_review,
    write_failure,
    write_pair_review,
)
from app.review.project import load_project
from app.review.session import ReviewSession
from tests.review.conftest import compare_files, difference_of


@pytest.fixture()
def reviewed(pair) -> ReviewSession:
    """The seed pair with one accepted difference."""
    session = ReviewSession()
    session.show(compare_files(*pair), EMPTY_REVIEW)
    difference = difference_of(session.base, "培养", "培訓")
    session.put(("d", difference.id), session.with_verdict(difference, Verdict.ACCEPTED, "王"))
    return session


def _verdicts(found_review, pair) -> list[str]:
    session = ReviewSession()
    session.show(compare_files(*pair), found_review)
    return [d.note.verdict for d in session.annotate().differences if d.note]


def test_a_pair_without_a_review_starts_empty_beside_its_documents(pair) -> None:
    found = find_pair_review(*map(str, pair))
    assert found.review == EMPTY_REVIEW and found.problem is None and found.gone is None
    assert found.target == default_review_path(*pair) and not found.in_project
    assert found.stamp is None


def test_the_review_beside_the_documents_is_found_again(pair, reviewed) -> None:
    target = default_review_path(*pair)
    write_pair_review(reviewed.snapshot(), str(pair[0]), str(pair[1]), target)
    found = find_pair_review(*map(str, pair))
    assert found.target == target and found.stamp == file_stamp(target)
    assert _verdicts(found.review, pair) == ["accepted"]


def test_a_review_saved_elsewhere_is_found_where_it_was_remembered(pair, reviewed,
                                                                   tmp_path) -> None:
    elsewhere = tmp_path / "mail" / "review.json"
    elsewhere.parent.mkdir()
    write_pair_review(reviewed.snapshot(), str(pair[0]), str(pair[1]), elsewhere)
    found = find_pair_review(*map(str, pair), str(elsewhere))
    assert found.target == elsewhere and found.remembered
    assert _verdicts(found.review, pair) == ["accepted"]
    elsewhere.unlink()
    gone = find_pair_review(*map(str, pair), str(elsewhere))
    assert gone.gone == str(elsewhere) and gone.target == default_review_path(*pair)


def test_a_project_holds_the_review_and_the_settings(pair, reviewed, tmp_path) -> None:
    project = tmp_path / "plan.duizhao"
    write_pair_review(reviewed.snapshot(), str(pair[0]), str(pair[1]), project,
                      CompareSettings())
    assert load_project(project).settings == CompareSettings()
    found = find_pair_review(*map(str, pair), str(project))
    assert found.in_project and _verdicts(found.review, pair) == ["accepted"]


def test_an_unreadable_review_is_reported_and_never_a_target(pair) -> None:
    target = default_review_path(*pair)
    target.write_text("{not json", "utf-8")
    found = find_pair_review(*map(str, pair))
    assert found.target is None and found.review == EMPTY_REVIEW
    assert str(target) in found.problem and "invalid JSON" in found.problem
    assert not found.remembered
    assert target.read_text("utf-8") == "{not json"


def test_a_review_under_the_older_name_is_read_only_if_it_is_this_pairs(pair, reviewed,
                                                                       tmp_path) -> None:
    legacy = legacy_review_path(*pair)
    write_pair_review(reviewed.snapshot(), str(pair[0]), str(pair[1]), legacy)
    found = find_pair_review(*map(str, pair))
    assert found.target == default_review_path(*pair)  # saved under the new name
    assert _verdicts(found.review, pair) == ["accepted"]
    # Another pair whose stems are the same shares the old name: not its review.
    other = pair[1].with_suffix(".md")
    other.write_bytes(pair[1].read_bytes())
    assert find_pair_review(str(pair[0]), str(other)).review == EMPTY_REVIEW


def test_a_failed_write_names_the_file_and_the_reason(pair, reviewed, tmp_path) -> None:
    missing = tmp_path / "no such folder" / "review.json"
    reason = write_failure(missing, str(pair[0]), str(pair[1]), reviewed.snapshot())
    assert reason.startswith(f"{missing}: ") and "No such file" in reason
    saved = tmp_path / "review.json"
    assert write_failure(saved, str(pair[0]), str(pair[1]), reviewed.snapshot()) == ""
    written = json.loads(saved.read_text("utf-8"))
    assert written["left"]["path"] == pair[0].name
    assert read_pair_review(saved).annotations[0].verdict is Verdict.ACCEPTED
