"""The real pair (simplified Markdown vs traditional text) against its list of differences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.engine import compare
from app.io import load_document
from app.model import Comparison, Difference, Kind
from tests.invariants import assert_contract

SHARED_ORACLE = Path(__file__).resolve().parents[3] / "shared" / "oracles" / "000_vs_001.json"


@pytest.fixture(scope="module")
def plan_pair(samples_dir: Path) -> Comparison:
    return compare(load_document(samples_dir / "plan-simplified.md"),
                   load_document(samples_dir / "plan-traditional.txt"))


@pytest.fixture(scope="module")
def oracle(data_dir: Path) -> list[dict]:
    return json.loads((data_dir / "oracle_plan_pair.json").read_text("utf-8"))["substantive"]


def test_our_oracle_copy_matches_the_shared_one(data_dir: Path) -> None:
    if not SHARED_ORACLE.exists():
        pytest.skip("no shared oracle beside the project")
    assert json.loads(SHARED_ORACLE.read_text("utf-8")) == json.loads(
        (data_dir / "oracle_plan_pair.json").read_text("utf-8"))


def test_every_listed_difference_is_found_with_its_kind(plan_pair: Comparison,
                                                         oracle: list[dict]) -> None:
    for expected in oracle:
        matches = [d for d in plan_pair.substantive if _covers(d, expected)]
        assert len(matches) >= expected.get("count", 1), expected


def test_no_other_substantive_difference(plan_pair: Comparison, oracle: list[dict]) -> None:
    # Apart from the right document's own conversion errors (test_proofreading.py).
    found = [d for d in plan_pair.substantive if d.kind is not Kind.CONVERSION]
    assert len(found) == sum(e.get("count", 1) for e in oracle)


def test_the_rest_is_script_punctuation_whitespace_and_markup(plan_pair: Comparison) -> None:
    kinds = {d.kind for d in plan_pair.differences if not d.substantive}
    assert kinds == {Kind.SCRIPT, Kind.PUNCTUATION, Kind.WHITESPACE, Kind.MARKUP}
    assert plan_pair.counts_by_kind()[Kind.SCRIPT] > 1000


def test_damaged_spans_are_exactly_the_garbled_runs(plan_pair: Comparison) -> None:
    encoding = [d for d in plan_pair.differences if d.kind is Kind.ENCODING]
    assert encoding[0].left.text == "海跨境服务贸"
    assert encoding[0].right.text == "??缇撤召Q"


def test_report_contract_holds(plan_pair: Comparison) -> None:
    assert_contract(plan_pair)


def test_documents_are_described(plan_pair: Comparison) -> None:
    assert plan_pair.left.script.value == "simplified"
    assert plan_pair.right.script.value == "traditional"
    assert plan_pair.right.region == "tw"  # 為, 峰, 衛
    assert plan_pair.effective_conversion.value == "tw2s"
    assert plan_pair.left.document.format == "md"


def _covers(difference: Difference, expected: dict) -> bool:
    """The difference has the listed kind and its spans cover the listed texts."""
    return (difference.kind == Kind(expected["kind"])
            and (expected["left"] is None or expected["left"] in difference.left.text)
            and (expected["right"] is None or expected["right"] in difference.right.text))


def test_results_are_deterministic(samples_dir: Path) -> None:
    from app.report.json_report import dumps

    runs = {dumps(compare(load_document(samples_dir / "plan-simplified.md"),
                          load_document(samples_dir / "plan-traditional.txt")))
            for _ in range(2)}
    assert len(runs) == 1
