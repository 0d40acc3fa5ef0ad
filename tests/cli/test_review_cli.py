"""``duizhao compare --review FILE``: notes in the report, bad files refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main

REVIEW = {
    "format": "duizhao-review", "version": 1,
    "left": {"path": "plan-simplified.md", "sha256": ""},
    "right": {"path": "plan-traditional.txt", "sha256": ""},
    "annotations": [
        {"anchor": {"kind": "wording", "left": "培养", "right": "培訓",
                    "before": "以人文交流和人才", "after": "为纽带"},
         "verdict": "accepted", "comment": "统一为“人才培训”", "author": "王编辑",
         "time": "2026-11-22T10:15:00+08:00"},
        {"anchor": {"kind": "number", "left": "2017", "right": "2018",
                    "before": "", "after": ""},
         "verdict": "query", "comment": "年份？", "author": "王编辑",
         "time": "2026-11-22T10:16:00+08:00"},
    ],
}


@pytest.fixture()
def pair(samples_dir: Path) -> list[str]:
    return [str(samples_dir / "plan-simplified.md"), str(samples_dir / "plan-traditional.txt")]


def test_review_reaches_the_json_report(pair, tmp_path: Path) -> None:
    review = tmp_path / "plan.duizhao-review.json"
    review.write_text(json.dumps(REVIEW, ensure_ascii=False), "utf-8")
    out = tmp_path / "report.json"
    assert main(["compare", *pair, "--review", str(review), "-o", str(out)]) == 1
    report = json.loads(out.read_text("utf-8"))
    notes = [(d["left"]["text"], d["note"]["verdict"]) for d in report["differences"]
             if d["note"]]
    assert notes == [("培养", "accepted")]
    assert [o["comment"] for o in report["orphaned"]] == ["年份？"]


def test_review_shows_in_the_text_summary(pair, tmp_path: Path, capsys) -> None:
    review = tmp_path / "review.json"
    review.write_text(json.dumps(REVIEW, ensure_ascii=False), "utf-8")
    assert main(["compare", *pair, "--review", str(review)]) == 1
    assert "review: accepted — 统一为“人才培训” (王编辑)" in capsys.readouterr().out


@pytest.mark.parametrize(("content", "reason"), [
    ("{", "not a review file (invalid JSON at line 1, column 2"),
    ('{"format": "duizhao-review", "version": 9}', "unsupported review version 9"),
    ('{"format": "something-else", "version": 1}', "not a review file (format is"),
])
def test_a_bad_review_file_exits_2_with_one_line(pair, tmp_path: Path, capsys, content: str,
                                                 reason: str) -> None:
    review = tmp_path / "bad.json"
    review.write_text(content, "utf-8")
    assert main(["compare", *pair, "--review", str(review)]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert captured.err.startswith(f"duizhao: {review}: ") and reason in captured.err
    assert captured.out == ""


def test_a_missing_review_file_exits_2(pair, tmp_path: Path, capsys) -> None:
    assert main(["compare", *pair, "--review", str(tmp_path / "absent.json")]) == 2
    assert "absent.json: cannot read the review file (no such file" in capsys.readouterr().err
