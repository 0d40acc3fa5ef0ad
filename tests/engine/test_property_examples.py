"""Examples the property tests (test_properties.py) once failed on, made small and explicit."""

from __future__ import annotations

from app.engine import compare
from app.model import Comparison, Document
from tests.invariants import assert_contract


def _compare(left: str, right: str) -> Comparison:
    return compare(Document(left, "md", "utf-8"), Document(right, "txt", "utf-8"))


def _shown(result: Comparison) -> list[tuple[str, str, str]]:
    return [(d.kind.value, d.left.text, d.right.text) for d in result.differences]


def test_a_moved_run_the_diff_slid_past_a_shared_character_is_moved() -> None:
    # Inserted before 实施, the run 实到外资保持稳中 reads as 到外资保持稳中，实 inserted
    # after 实 just as well; the move is found in either place.
    left = ("消费规模稳步提高。实到外资保持稳中有进。会展综合竞争力进入全球前列。\n\n"
            "对标国际高标准经贸规则，实施新一轮高水平对外开放。")
    right = ("消费规模稳步提高。有进。会展综合竞争力进入全球前列。\n\n"
             "对标国际高标准经贸规则实到外资保持稳中，实施新一轮高水平对外开放。")
    result = _compare(left, right)
    assert _shown(result) == [("moved", "实到外资保持稳中", ""), ("moved", "", "实到外资保持稳中")]
    source, target = (result.row_by_id(d.row) for d in result.differences)
    assert (source.moved_to, target.moved_to) == (target.id, source.id)
    # What the move left of its sentence (有进。) stays in one row with its old self.
    assert (left[source.left.start:source.left.end],
            right[source.right.start:source.right.end]) == ("实到外资保持稳中有进。", "有进。")
    assert_contract(result)


def test_a_moved_run_over_the_end_of_a_clause_is_moved() -> None:
    # 政策法规 is a title line of its own and 国务院关 the start of the next sentence: each
    # piece alone is too short to be a move, the run over both is one.
    left = (" 政策法规 \n\n国务院关于在自由贸易试验区暂时调整有关行政法\n\n"
            "规、国务院文件和经国务院批准")
    right = (" 于在自由贸易试验区暂时调整有关行政法\n\n"
             "规、国务院文件和经国政策法规 \n\n国务院关务院批准")
    result = _compare(left, right)
    assert _shown(result) == [("moved", "政策法规", ""), ("moved", "国务院关", ""),
                              ("moved", "", "政策法规 \n\n国务院关")]
    rows = [result.row_by_id(d.row) for d in result.differences]
    assert [row.moved_to for row in rows] == [rows[2].id, rows[2].id, rows[0].id]
    assert_contract(result)
