"""Examples the property tests (test_properties.py) once failed on, made small and explicit."""

from __future__ import annotations

from pathlib import Path

from app.engine import compare
from app.model import Comparison, Document, Kind
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


def test_a_moved_sentence_whose_character_the_diff_matched_elsewhere_is_moved_whole(
        samples_dir: Path) -> None:
    # 社会力量多形式…运行。 moved away leaves 社会力结合。: the diff of that row matched the 合
    # of 国内合作 with 结合 and cut the deletion in two around it.
    sample = (samples_dir / "plan-2021-draft.txt").read_text("utf-8")
    text = sample[sample.index("\n\u2003\u2003(二)未来五年"):sample.index("工作新格局。") + 6]
    moved = ("量多形式参与国内合作交流,促进上海国内合作交流工作有效有序运行。\n\n"
             "\u2003\u20032.坚持统筹推进与顺势而为相")
    start = text.index(moved)
    result = _compare(text, moved + text[:start] + text[start + len(moved):])
    run = "量多形式参与国内合作交流,促进上海国内合作交流工作有效有序运行"
    assert [(d.kind.value, d.left.text, d.right.text) for d in result.substantive] == [
        ("moved", "", run), ("moved", run, ""), ("wording", "", "结合"),
        ("moved", "2.坚持统筹推进与顺势而为相结合。", "2.坚持统筹推进与顺势而为相"),
        ("wording", "结合", "")]
    assert_contract(result)


def test_text_left_behind_by_a_moved_clause_is_moved_back(samples_dir: Path) -> None:
    # 加快构建…部署。当前 moved away: the clause 面对百年未有之大变局,中央提出了“加快构建…部署。
    # is found moved as a whole, and the words of it that stayed are moved back, not a
    # deletion there and a rewording here.
    sample = (samples_dir / "plan-2021-draft.txt").read_text("utf-8")
    text = sample[sample.index("\n\u2003\u2003(二)未来五年"):
                  sample.index("在推动国家区域协调发展中取得新进展。") + 18]
    moved = "加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局”的重大战略部署。当前"
    start = text.index(moved)
    result = _compare(text, moved + text[:start] + text[start + len(moved):])
    stayed = "面对百年未有之大变局,中央提出了"
    back = [d for d in result.differences if stayed in (d.left.text, d.right.text)]
    assert [(d.kind.value, d.left.text, d.right.text) for d in back] == [
        ("moved", stayed, ""), ("moved", "", stayed)]
    there, here = (result.row_by_id(d.row) for d in back)
    assert here.moved_to == there.id  # (the old place names the clause's new place)
    assert all(d.kind is not Kind.WORDING or stayed not in d.left.text + d.right.text
               for d in result.differences)
    assert_contract(result)


def test_a_moved_run_of_garbled_text_is_moved() -> None:
    # The same garbled characters on both sides are no encoding damage: the text moved.
    left = ("推進大科學設施開放。依托張江綜合性國家科學中心建設，"
            "推進上海大科學設施向沿線國家開放共享。鼓勵上??萍拣^、上海自然博物館、上海天文館等科普場館與沿線國家開展民間交流。")
    moved = "鼓勵上??萍拣^、上海自然博物館、上海天文館等科普"
    start = left.index(moved)
    result = _compare(left, moved + left[:start] + left[start + len(moved):])
    assert _shown(result) == [("moved", "", moved), ("moved", moved, "")]
    assert_contract(result)
