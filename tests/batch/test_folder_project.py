"""A .duizhao project holding a folder pair: its pairs, settings and every pair's review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.batch.pairing import Pair, PairedBy, Pairing
from app.batch.project import (
    folder_project,
    is_folder_project,
    load_folder_project,
    restore_reviews,
    save_folder_project,
)
from app.model import Anchor, CompareSettings, Conversion, Kind
from app.review import ReviewError
from app.review.model import Annotation, Review, ReviewedFile, Verdict
from app.review.store import default_review_path, load_review, save_review


def _pairing(tmp_path: Path) -> Pairing:
    for relative in ("A/plan.txt", "B/plan.txt", "A/sub/x.md", "B/sub/y.md", "A/lonely.txt"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("一、总则。", "utf-8")
    return Pairing((Pair(tmp_path / "A/plan.txt", tmp_path / "B/plan.txt", "plan", PairedBy.PATH),
                    Pair(tmp_path / "A/sub/x.md", tmp_path / "B/sub/y.md", "sub/x",
                         PairedBy.MANIFEST)),
                   (tmp_path / "A/lonely.txt",), ())


def _review(verdict: Verdict) -> Review:
    anchor = Anchor(Kind.WORDING, "培养", "培訓", "人才", "为纽带")
    return Review(ReviewedFile("plan.txt", ""), ReviewedFile("plan.txt", ""),
                  (Annotation(anchor, verdict, "统一措辞", "王编辑", "2026-12-01T10:00:00+08:00"),))


def test_a_folder_project_keeps_pairs_settings_and_reviews(tmp_path: Path) -> None:
    pairing = _pairing(tmp_path)
    first = pairing.pairs[0]
    save_review(_review(Verdict.ACCEPTED), default_review_path(first.left, first.right))
    settings = CompareSettings(convert=Conversion.TW2S)
    project_file = tmp_path / "folders.duizhao"
    save_folder_project(folder_project(tmp_path / "A", tmp_path / "B", settings, pairing),
                        project_file)
    data = json.loads(project_file.read_text("utf-8"))
    assert data["format"] == "duizhao-project" and data["version"] == 1
    assert data["folders"] == {"left": "A", "right": "B"}  # relative: the set can be moved
    assert is_folder_project(project_file)

    loaded = load_folder_project(project_file)
    assert loaded.pairing == pairing
    assert loaded.settings == settings
    assert set(loaded.reviews) == {"plan"}
    assert loaded.reviews["plan"].annotations[0].verdict is Verdict.ACCEPTED


def test_opening_gives_a_pair_its_review_back_but_never_replaces_a_live_one(
        tmp_path: Path) -> None:
    pairing = _pairing(tmp_path)
    first, second = pairing.pairs
    save_review(_review(Verdict.ACCEPTED), default_review_path(first.left, first.right))
    save_review(_review(Verdict.QUERY), default_review_path(second.left, second.right))
    project_file = tmp_path / "folders.duizhao"
    save_folder_project(folder_project(tmp_path / "A", tmp_path / "B", CompareSettings(),
                                       pairing), project_file)
    default_review_path(first.left, first.right).unlink()  # lost since
    save_review(_review(Verdict.REJECTED), default_review_path(second.left, second.right))
    written = restore_reviews(load_folder_project(project_file))
    assert written == [default_review_path(first.left, first.right)]
    assert load_review(written[0]).annotations[0].verdict is Verdict.ACCEPTED
    kept = load_review(default_review_path(second.left, second.right))
    assert kept.annotations[0].verdict is Verdict.REJECTED  # the live file wins


def test_a_pair_project_is_not_a_folder_project_and_bad_ones_are_refused(
        tmp_path: Path) -> None:
    pair_project = tmp_path / "pair.duizhao"
    pair_project.write_text('{"format": "duizhao-project", "version": 1, "left": "a.txt", '
                            '"right": "b.txt"}', "utf-8")
    assert not is_folder_project(pair_project)
    broken = tmp_path / "broken.duizhao"
    broken.write_text('{"format": "duizhao-project", "version": 1, "folders": {"left": "A"},'
                      ' "pairs": []}', "utf-8")
    with pytest.raises(ReviewError, match=r"broken.duizhao: folders.right: the path is missing"):
        load_folder_project(broken)
