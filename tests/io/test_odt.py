"""OpenDocument text: paragraphs, spaces, lists numbered from their styles, notes at the end."""

from __future__ import annotations

from app.io.odt import read_odt
from tests.io.conftest import odt_bytes

LIST_STYLE = (
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." '
    'style:num-suffix="、"/>'
    '<text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="." '
    'text:display-levels="2"/>'
    '<text:list-level-style-bullet text:level="3" text:bullet-char="•"/>'
    "</text:list-style>"
)


def text_of(body: str, styles: str = "") -> str:
    return read_odt(odt_bytes(body, styles=styles), "test.odt")[0]


def items(*texts: str, inner: str = "") -> str:
    return "".join(f"<text:list-item><text:p>{text}</text:p>{inner}</text:list-item>"
                   for text in texts)


def test_spaces_tabs_line_breaks_and_spans() -> None:
    body = ('<text:h>标题</text:h><text:p>甲<text:s text:c="3"/>乙<text:tab/>丙'
            '<text:line-break/><text:span>丁</text:span>戊</text:p>')
    assert text_of(body) == "标题\n甲   乙\t丙\n丁戊"


def test_lists_are_numbered_from_their_style() -> None:
    nested = '<text:list>' + items("细则一", "细则二") + "</text:list>"
    body = ('<text:list text:style-name="L1">' + items("总则", inner=nested) + items("附则")
            + "</text:list>")
    # display-levels="2" shows the parent's number too, in the parent's own format.
    assert text_of(body, LIST_STYLE) == "一、总则\n一.1.细则一\n一.2.细则二\n二、附则"


def test_continue_numbering_and_start_value() -> None:
    body = ('<text:list text:style-name="L1">' + items("甲") + "</text:list><text:p>说明</text:p>"
            '<text:list text:style-name="L1" text:continue-numbering="true">' + items("乙")
            + '</text:list><text:list text:style-name="L1">' + items("丙") + "</text:list>"
            '<text:list text:style-name="L1"><text:list-item text:start-value="5">'
            "<text:p>丁</text:p></text:list-item></text:list>")
    assert text_of(body, LIST_STYLE) == "一、甲\n说明\n二、乙\n一、丙\n五、丁"


def test_bullets_and_list_headers() -> None:
    level3 = '<text:list>' + items("要点") + "</text:list>"
    level2 = '<text:list>' + items("条目", inner=level3) + "</text:list>"
    body = ('<text:list text:style-name="L1"><text:list-header><text:p>无号</text:p>'
            "</text:list-header>" + items("有号", inner=level2) + "</text:list>")
    assert text_of(body, LIST_STYLE) == "无号\n一、有号\n一.1.条目\n• 要点"


def test_tracked_deletions_and_annotations_are_not_read() -> None:
    body = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
            "<text:p>删去</text:p></text:deletion></text:changed-region></text:tracked-changes>"
            '<text:p>保留<text:change text:change-id="c1"/>文字<office:annotation>'
            "<text:p>批注</text:p></office:annotation></text:p>")
    assert text_of(body) == "保留文字"


def test_tables_and_notes() -> None:
    body = ("<table:table><table:table-column/><table:table-row><table:table-cell><text:p>项目"
            "</text:p></table:table-cell><table:table-cell><text:p>1200</text:p>"
            "</table:table-cell></table:table-row></table:table>"
            '<text:p>正文<text:note text:note-class="footnote"><text:note-citation>1'
            "</text:note-citation><text:note-body><text:p>注释。</text:p></text:note-body>"
            "</text:note>。</text:p>")
    assert text_of(body) == "项目\n1200\n正文。\n注释。"


def test_a_hostile_space_count_is_capped() -> None:
    assert len(text_of('<text:p>甲<text:s text:c="999999999"/>乙</text:p>')) < 2000


OUTLINE_STYLE = (
    "<text:outline-style>"
    '<text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." '
    'style:num-prefix="第" style:num-suffix="章"/>'
    '<text:outline-level-style text:level="2" style:num-format="一, 二, 三, ..." '
    'style:num-prefix="第" style:num-suffix="节"/>'
    '<text:outline-level-style text:level="3" style:num-format=""/>'
    "</text:outline-style>"
)


def test_headings_are_numbered_by_the_outline_style() -> None:
    body = ('<text:h text:outline-level="1">总则</text:h><text:h text:outline-level="2">目的'
            '</text:h><text:h text:outline-level="3">无号</text:h><text:p>正文</text:p>'
            '<text:h text:outline-level="1">附则</text:h><text:h text:outline-level="2">施行'
            '</text:h><text:h text:outline-level="1" text:is-list-header="true">附件</text:h>')
    # The label ends in a character, so a space stands between it and the heading.
    assert text_of(body, OUTLINE_STYLE).split("\n") == [
        "第一章 总则", "第一节 目的", "无号", "正文", "第二章 附则", "第一节 施行", "附件"]


def test_headings_without_an_outline_style_have_no_number() -> None:
    assert text_of('<text:h text:outline-level="1">总则</text:h>') == "总则"
