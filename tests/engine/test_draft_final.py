"""The draft/final sample pair: each editorial change made to the draft is found as such."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine import compare
from app.io import load_document
from app.model import Comparison, Kind, RowStatus
from tests.invariants import assert_contract


@pytest.fixture(scope="module")
def draft_final(samples_dir: Path) -> Comparison:
    comparison = compare(load_document(samples_dir / "plan-2021-draft.txt"),
                         load_document(samples_dir / "plan-2021-final.txt"))
    assert_contract(comparison)
    return comparison


def _found(comparison: Comparison, kind: Kind, left: str, right: str) -> bool:
    return any(d.kind is kind and left in d.left.text and right in d.right.text
               for d in comparison.differences)


def test_reworded_phrases_are_wording(draft_final: Comparison) -> None:
    assert _found(draft_final, Kind.WORDING, "", "打赢")
    assert _found(draft_final, Kind.WORDING, "组织", "")
    assert _found(draft_final, Kind.WORDING, "切实", "始终")


def test_the_new_principle_is_inserted_and_later_items_renumbered(draft_final) -> None:
    assert _found(draft_final, Kind.INSERTED, "", "2.坚持改革创新与制度保障相促进")
    renumbered = [(d.left.text, d.right.text) for d in draft_final.differences
                  if d.kind is Kind.NUMBERING]
    assert renumbered == [("2.", "3."), ("3.", "4."), ("4.", "5.")]


def test_the_dropped_goal_is_deleted(draft_final: Comparison) -> None:
    assert _found(draft_final, Kind.DELETED, "4.多元联动体系进一步健全", "")


def test_the_moved_measure_is_one_linked_move(draft_final: Comparison) -> None:
    moves = [d for d in draft_final.differences if d.kind is Kind.MOVED]
    assert len(moves) == 1
    assert moves[0].left.text.startswith("加强对外贸易合作")
    assert moves[0].right.text == moves[0].left.text
    moved_rows = [row for row in draft_final.rows if row.status is RowStatus.MOVED]
    assert {row.moved_to for row in moved_rows} == {row.id for row in moved_rows}


def test_the_new_date_is_a_number_and_nothing_else_is_substantive(draft_final) -> None:
    assert _found(draft_final, Kind.NUMBER, "2021/11/05", "2021/12/20")
    assert len(draft_final.substantive) == 9
