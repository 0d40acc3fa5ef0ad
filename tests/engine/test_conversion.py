"""What conversion explains: current OpenCC tables, script only in context, both directions."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine import compare, prepare
from app.engine.conversion import Expectation, _direction, conversion_tables, converter
from app.model import Document, Kind, Reason


def _compare(left: str, right: str):
    return compare(Document(left, "txt", "utf-8"), Document(right, "txt", "utf-8"))


def _kinds(left: str, right: str) -> list[tuple[str, str, str]]:
    return [(d.kind.value, d.left.text, d.right.text) for d in _compare(left, right).differences]


def test_the_converter_runs_on_the_current_tables() -> None:
    assert converter("s2t").convert("想象") == "想像"
    assert converter("s2tw").convert("为了里面") == "為了裡面"


def test_current_conversions_are_script_not_wording() -> None:
    traditional = "這是山谷的谿水、小逕和手劄，我想像着搧風，國際貿易。"
    simplified = converter("t2s").convert(traditional)
    assert simplified == "这是山谷的溪水、小径和手札，我想像着扇风，国际贸易。"
    result = _compare(traditional, simplified)
    assert result.substantive == ()
    assert {d.kind for d in result.differences} == {Kind.SCRIPT}


def test_pairs_only_a_phrase_relates_are_wording() -> None:
    assert [kind for kind, _, _ in _kinds("會議座無虛席，具有重要意義，有待研究。",
                                          "會議坐無虛席，俱有重要意義，有呆研究。")] == [
        "wording", "wording", "wording"]


def test_a_wrong_one_to_many_choice_against_a_simplified_text_is_a_conversion() -> None:
    result = _compare("会议具有重要意义，召开了会议，他的头发很长，经济发展。",
                      "會議俱有重要意義，召開瞭會議，他的頭發很長，經濟髮展。")
    assert [(d.right.text, d.reason, d.suggestion) for d in result.substantive] == [
        ("俱", Reason.CHOICE, "具"), ("瞭", Reason.CHOICE, "了"),
        ("發", Reason.CHOICE, "髮"), ("髮", Reason.CHOICE, "發")]


def test_a_real_edit_stays_wording() -> None:
    result = _compare("以人才培养为纽带，推进国际合作。", "以人才培訓為紐帶，推進國際合作。")
    assert [(d.kind.value, d.left.text, d.right.text) for d in result.substantive] == [
        ("wording", "培养", "培訓")]


def test_a_simplified_release_of_a_traditional_text_is_checked_the_other_way(
        samples_dir: Path) -> None:
    simplified = (samples_dir / "trade-plan.md").read_text("utf-8")[:3000]
    traditional = converter("s2t").convert(simplified)
    assert _compare(traditional, simplified).substantive == ()
    damaged = simplified.replace("国际", "國际", 1)
    assert [(d.right.text, d.reason, d.suggestion)
            for d in _compare(traditional, damaged).substantive] == [
        ("國", Reason.LEFTOVER, "国")]


@pytest.mark.parametrize("name", ["trade-plan.md", "decision-pdf-extract.txt"])
def test_taiwan_against_hong_kong_style_folds_both_regions(samples_dir: Path,
                                                           name: str) -> None:
    text = (samples_dir / name).read_text("utf-8")
    result = _compare(converter("s2tw").convert(text), converter("s2hk").convert(text))
    assert result.substantive == ()


def test_every_covering_phrase_counts() -> None:
    expectation = Expectation("上海参与浦东干部学院的建设", "s2t")
    assert expectation.expected == "上海參與浦東幹部學院的建設"
    assert expectation.judge(2, "參") is None and expectation.judge(2, "参") == (
        Reason.LEFTOVER, "參")


def test_a_leftover_only_a_phrase_no_converter_reads_there_keeps_is_flagged() -> None:
    # 游资 keeps 游, but every converter reads 旅游 first: 旅游資源 converts nothing.
    simplified = "加快开发世界旅游资源，建设游资监管体系。"
    assert _compare(simplified, "加快開發世界旅遊資源，建設游資監管體系。").substantive == ()
    result = _compare(simplified, "加快開發世界旅游資源，建設游資監管體系。")
    assert [(d.right.text, d.reason, d.suggestion) for d in result.substantive] == [
        ("游", Reason.LEFTOVER, "遊")]


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_the_reading_a_converter_takes_is_never_flagged(config: str) -> None:
    # OpenCC reads 东干 (the Dungan) in 浦东干部 and 海参 in 上海参与: both conversions pass,
    # while the suggestions follow the vote (浦東幹部, 上海參與).
    simplified = "中国浦东干部学院与上海参与旅游资源开发。"
    assert _compare(simplified, converter(config).convert(simplified)).substantive == ()
    assert Expectation(simplified, "s2t").expected == "中國浦東幹部學院與上海參與旅遊資源開發。"


def test_mixed_regional_forms_give_the_minority_places_in_a_comparison() -> None:
    result = _compare("这里很好，那里也好，这里不好，里面。为了国家。",
                      "這裡很好，那裡也好，這裏不好，裡面。為了國家。")
    assert [(d.right.text, d.reason, d.suggestion) for d in result.substantive] == [
        ("裏", Reason.VARIANT, "裡")]
    # The script difference that held the place is cut around it: one place, one difference.
    assert [d.right.text for d in result.differences if d.kind is Kind.SCRIPT][:3] == [
        "這裡", "裡", "這"]


def test_a_phrase_across_a_hard_wrap_is_seen() -> None:
    # A PDF extract wraps anywhere: 头发 and 关系 straddle line breaks here.
    source = "他的头\n发很长，友好关\n\n系，发展"
    expectation = Expectation(source, "s2t")
    assert expectation.expected == "他的頭\n髮很長，友好關\n\n係，發展"
    hair, relation = source.index("发"), source.index("系")
    assert expectation.judge(hair, "髮") is None and expectation.judge(relation, "係") is None
    # Converted after wrapping, the phrase was not seen: the first choice is no error.
    assert expectation.judge(hair, "發") is None and expectation.judge(relation, "系") is None
    # What no reading gives is still found.
    assert expectation.judge(source.index("展") - 1, "髮") == (Reason.CHOICE, "發")


def test_a_wrapped_release_converted_as_a_whole_has_no_finding() -> None:
    simplified = "各方依\n\n托中国国际进口博览会，加强与周边友好城市关\n系。"
    whole = converter("s2t").convert(simplified.replace("\n", ""))
    rewrapped = whole[:3] + "\n\n" + whole[3:24] + "\n" + whole[24:]
    assert "依\n\n託" in rewrapped and "關\n係" in rewrapped
    assert [d for d in _compare(simplified, rewrapped).differences
            if d.kind is Kind.CONVERSION] == []


def test_prepare_loads_the_tables_a_simplified_traditional_pair_reads() -> None:
    conversion_tables.cache_clear()
    _direction.cache_clear()
    prepare()
    assert conversion_tables.cache_info().currsize == 1
    assert _direction.cache_info().currsize == 1  # s2t, which checks a traditional release
