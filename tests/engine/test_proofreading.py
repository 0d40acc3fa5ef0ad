"""Conversion proofreading on the real pair: the traditional release's own conversion errors.

The release (samples/plan-traditional.txt) keeps simplified forms in 60 places and chose a
wrong traditional form in one; they are listed here from the text, each with the form the
place should read. Both a comparison with the simplified original and a check of the release
alone must find them, and never flag its consistent regional forms or correct phrases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine import check_document, compare
from app.io import load_document
from app.model import CheckResult, Comparison, Conversion, Kind, Reason

# (text around the place, offset of the place in it, what it should read); every occurrence.
ERRORS = [("今后", 1, "後"), ("對于", 1, "於"), ("利于", 1, "於"), ("依托", 1, "託"),
          ("旅游", 1, "遊"), ("制造", 0, "製"), ("制藥", 0, "製"), ("示范", 1, "範"),
          ("范圍", 0, "範"), ("師范", 1, "範"), ("云南", 0, "雲"), ("并舉", 0, "並"),
          ("關系", 1, "係"), ("主干", 1, "幹"), ("東干部", 1, "幹"), ("咨詢", 0, "諮"),
          ("開辟", 1, "闢"), ("鉆石", 0, "鑽")]
# Correct forms no finding may touch: regional variants used throughout, and phrases.
CORRECT = ["為", "峰", "衛", "臺", "參與", "若干"]


@pytest.fixture(scope="module")
def release(samples_dir: Path) -> str:
    return (samples_dir / "plan-traditional.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def expected(release: str) -> dict[int, str]:
    places = {}
    for context, offset, suggestion in ERRORS:
        start = release.find(context)
        while start != -1:
            places[start + offset] = suggestion
            start = release.find(context, start + 1)
    return places


@pytest.fixture(scope="module")
def pair(samples_dir: Path) -> Comparison:
    return compare(load_document(samples_dir / "plan-simplified.md"),
                   load_document(samples_dir / "plan-traditional.txt"))


@pytest.fixture(scope="module")
def checked(samples_dir: Path) -> CheckResult:
    return check_document(load_document(samples_dir / "plan-traditional.txt"))


def test_the_list_holds_the_sixty_errors(expected: dict[int, str]) -> None:
    assert len(expected) == 60


def _found(places: dict[int, str], expected: dict[int, str]) -> int:
    return sum(places.get(offset) == suggestion for offset, suggestion in expected.items())


def test_the_comparison_finds_the_errors(pair: Comparison, expected: dict[int, str]) -> None:
    findings = [d for d in pair.differences if d.kind is Kind.CONVERSION]
    places = {d.right.start: d.suggestion for d in findings}
    assert _found(places, expected) >= 58
    assert all(len(d.suggestion) == len(d.right.text) for d in findings)
    by_place = {d.right.text + d.suggestion: d.reason for d in findings}
    assert by_place["托託"] is Reason.LEFTOVER
    assert by_place["鉆鑽"] is Reason.CHOICE


def test_checking_the_release_alone_finds_them_too(checked: CheckResult,
                                                   expected: dict[int, str]) -> None:
    places = {f.span.start: f.suggestion for f in checked.findings
              if f.kind is Kind.CONVERSION}
    assert _found(places, expected) >= 58
    assert checked.conversion == "s2tw"


@pytest.mark.parametrize("source", ["pair", "checked"])
def test_correct_forms_are_never_flagged(source: str, pair: Comparison,
                                         checked: CheckResult, release: str) -> None:
    if source == "pair":
        spans = [d.right for d in pair.differences if d.kind is Kind.CONVERSION]
    else:
        spans = [f.span for f in checked.findings if f.kind is Kind.CONVERSION]
    correct = set()
    for form in CORRECT:
        start = release.find(form)
        while start != -1:
            correct.update(range(start, start + len(form)))
            start = release.find(form, start + 1)
    assert correct, "the release holds the correct forms"
    assert not [span for span in spans if span.start in correct]


def test_the_oracle_damage_is_encoding_not_conversion(checked: CheckResult) -> None:
    encoding = [f for f in checked.findings if f.kind is Kind.ENCODING]
    assert [f.span.text for f in encoding][:2] == ["??缇撤召Q", "??偛?"]
    assert any(f.suggestion == "部、市金融辦" for f in encoding)
    # Bytes were lost in 上??缇撤召Q易 (上海跨境服務貿易): no reading of them is offered.
    assert encoding[0].suggestion is None


def test_convert_none_turns_the_findings_off(samples_dir: Path) -> None:
    from app.model import CompareOptions, CompareSettings

    result = compare(load_document(samples_dir / "plan-simplified.md"),
                     load_document(samples_dir / "plan-traditional.txt"),
                     CompareOptions(CompareSettings(convert=Conversion.NONE)))
    assert not [d for d in result.differences if d.kind is Kind.CONVERSION]
