"""Small literal comparisons, one behaviour each: classification and alignment."""

from __future__ import annotations

from app.engine import compare
from app.model import CompareOptions, CompareSettings, Conversion, Document, Kind, RowStatus
from tests.invariants import assert_contract


def _compare(left: str, right: str, **settings: object):
    comparison = compare(Document(left, "txt", "utf-8"), Document(right, "txt", "utf-8"),
                         CompareOptions(settings=CompareSettings(**settings)))
    assert_contract(comparison)
    return comparison


def _kinds(comparison) -> list[tuple[str, str, str]]:
    return [(d.kind.value, d.left.text, d.right.text) for d in comparison.differences]


def test_word_change_is_widened_to_the_word() -> None:
    # 培养 -> 培训: the changed character is shown with the word it belongs to.
    result = _compare("以人才培养为纽带。", "以人才培训为纽带。")
    assert _kinds(result) == [("wording", "培养", "培训")]


def test_char_granularity_keeps_the_character() -> None:
    # With character granularity the same change is one character.
    result = _compare("以人才培养为纽带。", "以人才培训为纽带。", granularity="char")
    assert _kinds(result) == [("wording", "养", "训")]


def test_changed_figure_is_a_number() -> None:
    # A changed year is a number difference, not wording.
    assert _kinds(_compare("到2020年完成。", "到2025年完成。")) == [("number", "2020", "2025")]


def test_percentage_change_is_a_number() -> None:
    assert _kinds(_compare("增长3.2%以上。", "增长3.5%以上。")) == [("number", "3.2", "3.5")]


def test_a_decimal_point_parted_by_a_line_break_is_still_a_point() -> None:
    # A PDF extract may wrap 31.3 as 31 / .3: only the wrap differs, and 31.3 -> 313 is a
    # changed number, not a point dropped.
    for wrapped in ("增长31\n.3%。", "增长31 .\n3%。", "增长31\n. 3%。"):
        assert {kind for kind, _, _ in _kinds(_compare("增长31.3%。", wrapped))} == {"whitespace"}
    assert _kinds(_compare("增长31.3%。", "增长313%。")) == [("number", "31.3", "313")]
    assert _kinds(_compare("增长31.3%。", "增长31.\n.3%。"))[0][0] != "whitespace"


def test_script_only_difference_is_not_substantive() -> None:
    # 贸易 vs 貿易 under t2s: a script difference only.
    result = _compare("国际贸易中心。", "國際貿易中心。")
    assert {d.kind for d in result.differences} == {Kind.SCRIPT}
    assert result.rows[0].status is RowStatus.EQUIVALENT


def test_without_conversion_script_is_wording() -> None:
    # convert=none: 贸 and 貿 are different words.
    result = _compare("国际贸易中心。", "國際貿易中心。", convert=Conversion.NONE)
    assert result.substantive


def test_punctuation_width_and_whitespace() -> None:
    # ，vs , is punctuation; a full-width space is whitespace.
    result = _compare("甲，乙\u3000丙。", "甲,乙丙。")
    assert [d.kind for d in result.differences] == [Kind.PUNCTUATION, Kind.WHITESPACE]


def test_markdown_marks_are_markup() -> None:
    # Markdown heading and bold marks against plain text.
    result = _compare("## 总体要求\n\n**重点任务**明确。", "总体要求\n\n重点任务明确。")
    assert {d.kind for d in result.differences} == {Kind.MARKUP}


def test_inserted_word_inside_a_clause() -> None:
    # 企业主体 -> 企业的主体: an insertion point on the left.
    result = _compare("发挥企业主体作用。", "发挥企业的主体作用。")
    assert _kinds(result) == [("wording", "", "的")]
    assert result.differences[0].left.start == result.differences[0].left.end == 4


def test_mojibake_is_encoding_damage() -> None:
    # GBK read one byte out of step: "上海跨境服务贸易" became "上??缇撤召Q易".
    result = _compare("制定上海跨境服务贸易负面清单。", "制定上??缇撤召Q易负面清单。")
    assert _kinds(result) == [("encoding", "海跨境服务贸", "??缇撤召Q")]


def test_replacement_character_is_encoding_damage() -> None:
    assert _compare("上海总部。", "上海\ufffd部。").differences[0].kind is Kind.ENCODING


def test_renumbered_list_is_numbering_only() -> None:
    # Item 2 deleted: 3 becomes 2. The deletion is substantive, the renumbering is not.
    left = "1. 第一项内容说明。\n2. 第二项内容说明。\n3. 第三项内容说明。"
    right = "1. 第一项内容说明。\n2. 第三项内容说明。"
    result = _compare(left, right)
    assert [d.kind for d in result.substantive] == [Kind.DELETED]
    assert result.substantive[0].left.text == "2. 第二项内容说明。"
    assert [(d.left.text, d.right.text) for d in result.differences
            if d.kind is Kind.NUMBERING] == [("3.", "2.")]


def test_moved_item_is_linked_both_ways() -> None:
    # The second paragraph moved to the end.
    left = "一、加强基础设施互联互通。\n二、推进贸易投资便利化。\n三、深化金融合作创新。"
    right = "一、加强基础设施互联互通。\n三、深化金融合作创新。\n二、推进贸易投资便利化。"
    result = _compare(left, right)
    moved_rows = [row for row in result.rows if row.status is RowStatus.MOVED]
    assert len(moved_rows) == 2
    first, second = moved_rows
    assert first.moved_to == second.id and second.moved_to == first.id
    moved = [d for d in result.differences if d.kind is Kind.MOVED]
    assert [(d.left.text, d.right.text) for d in moved] == [
        ("二、推进贸易投资便利化。", "二、推进贸易投资便利化。")]


def test_split_paragraph_aligns_one_to_two() -> None:
    # One long sentence on the left became two sentences on the right.
    left = "加快建设国际贸易中心，推动服务业扩大开放，提升城市能级和核心竞争力。"
    right = "加快建设国际贸易中心，推动服务业扩大开放。提升城市能级和核心竞争力。"
    result = _compare(left, right)
    assert len(result.rows) == 1
    assert result.rows[0].left.clauses == (0,) and result.rows[0].right.clauses == (0, 1)
    assert not result.substantive


def test_inserted_clause_between_equal_ones() -> None:
    left = "第一条 总则规定。\n第三条 附则规定。"
    right = "第一条 总则规定。\n第二条 新增的管理规定。\n第三条 附则规定。"
    result = _compare(left, right)
    assert [(d.kind, d.right.text) for d in result.substantive] == [
        (Kind.INSERTED, "第二条 新增的管理规定。")]


def test_identical_documents_have_only_equal_rows() -> None:
    text = "一、总则\n（一）目的。范围。\n二、附则"
    result = _compare(text, text)
    assert result.differences == ()
    assert {row.status for row in result.rows} == {RowStatus.EQUAL}


def test_cancel_stops_the_comparison() -> None:
    text = "\n".join(f"第{i}条 内容说明第{i}项。" for i in range(500))
    result = compare(Document(text, "txt", "utf-8"), Document(text + "补充", "txt", "utf-8"),
                     CompareOptions(should_cancel=lambda: True))
    assert result.outcome.value == "cancelled" and result.rows == ()


def test_progress_reaches_the_end() -> None:
    seen: list[tuple[int, int]] = []
    text = "\n".join(f"第{i}条 内容说明。" for i in range(300))
    compare(Document(text, "txt", "utf-8"), Document(text, "txt", "utf-8"),
            CompareOptions(progress=lambda done, total: seen.append((done, total))))
    assert seen[-1][0] == seen[-1][1] > 0


def test_utf8_read_as_gbk_is_encoding_damage() -> None:
    # 你好世界 written as UTF-8 and read as GBK leaves no "?" behind: 浣犲ソ涓栫晫.
    result = _compare("他说你好世界然后离开。", "他说浣犲ソ涓栫晫然后离开。")
    assert [d.kind for d in result.substantive] == [Kind.ENCODING]


def test_an_ordinary_rewording_is_not_mistaken_for_damage() -> None:
    # 加强合作 -> 推进协作 shares no bytes: wording.
    result = _compare("进一步加强合作交流。", "进一步推进协作交流。")
    assert {d.kind for d in result.substantive} == {Kind.WORDING}


def test_an_item_of_several_sentences_moves_as_one() -> None:
    # Item 2 (three sentences) moved to the end, past three others: one move, not three.
    item = "2.跨区域合作进一步深化。合作机制不断健全。合作领域稳步拓展。"
    others = ["3.企业服务能级进一步增强。", "4.多元联动体系进一步健全。",
              "5.驻外机构功能有效发挥。"]
    left = "\n".join(["1.对口帮扶工作进一步提升。", item, *others])
    right = "\n".join(["1.对口帮扶工作进一步提升。", *others, item])
    moved = [d for d in _compare(left, right).differences if d.kind is Kind.MOVED]
    assert [(d.left.text, d.right.text) for d in moved] == [(item, item)]


def test_a_short_last_sentence_moves_with_its_paragraph() -> None:
    # 高技 (a fragment left by a broken line) is too short to move alone; it follows the rest.
    paragraph = "2.外资总部加快集聚。全国首家外资独资保险控股公司落户上海。高技"
    others = ["3.企业服务能级进一步增强。", "4.多元联动体系进一步健全。",
              "5.驻外机构功能有效发挥。"]
    left = "\n".join(["1.对口帮扶工作进一步提升。", paragraph, *others])
    right = "\n".join(["1.对口帮扶工作进一步提升。", *others, paragraph])
    result = _compare(left, right)
    assert [d.kind for d in result.substantive] == [Kind.MOVED]
    assert result.substantive[0].left.text == paragraph


def test_a_marker_in_the_other_script_is_a_script_difference() -> None:
    # 第十条 and 第十條 are one article number written in two scripts, not a renumbering.
    result = _compare("第十条 本规定自发布之日起施行。", "第十條 本規定自發布之日起施行。")
    assert {d.kind for d in result.differences} == {Kind.SCRIPT}


def test_the_same_lines_broken_elsewhere_are_one_row() -> None:
    # A PDF broke two addresses at other places: AB / C against A / BC, the same text.
    left = "参考资料\nhttps://www.example.gov.cn/files/upload/2018/01/0952023.pdf\n" \
           "https://www.example.gov.cn/zcfg/41090.htm\n附件"
    right = "参考资料\nhttps://www.example.gov.cn/files/upload/\n2018/01/0952023.pdf" \
            "https://www.example.gov.cn/zcfg/41090.htm\n附件"
    result = _compare(left, right)
    assert result.substantive == ()
    assert {d.kind for d in result.differences} == {Kind.WHITESPACE}


def test_punctuation_only_clauses_still_differ() -> None:
    # A clause with no content character (，against 。) is compared as text, not as an empty key.
    result = _compare("，", "。")
    assert _kinds(result) == [("punctuation", "，", "。")]


def test_an_inserted_marker_takes_none_of_the_shared_punctuation() -> None:
    # Both sides keep the 、 before the insertion; the inserted span starts after it.
    result = _compare("一、一、一、一、", "一、一、一、（二）一、")
    assert [d.right.text for d in result.substantive] == ["（二）"]


def test_damage_that_swallows_a_script_variant_is_reported_once() -> None:
    # The garbled run covers 发/發 too: one encoding difference, no script one inside it.
    result = _compare("一、一、发展??", "發展")
    assert [d.kind for d in result.differences] == [Kind.ENCODING]
