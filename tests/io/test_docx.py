"""Word documents: text as Word shows it, numbering rendered, tracked changes accepted."""

from __future__ import annotations

from app.io.docx import read_docx
from tests.io.conftest import docx_bytes, paragraphs, zip_bytes


def text_of(body: str, **parts: str) -> str:
    return read_docx(docx_bytes(body, **parts), "test.docx")[0]


def numbered(num_id: str, level: int, text: str) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
            f"</w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")


def level(index: int, fmt: str, pattern: str, *, start: int = 1, suffix: str = "") -> str:
    suff = f'<w:suff w:val="{suffix}"/>' if suffix else ""
    return (f'<w:lvl w:ilvl="{index}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'{suff}<w:lvlText w:val="{pattern}"/></w:lvl>')


CHINESE_LIST = (
    '<w:abstractNum w:abstractNumId="7">'
    + level(0, "chineseCountingThousand", "%1、")
    + level(1, "chineseCountingThousand", "（%2）")
    + level(2, "decimal", "%3.")
    + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>'
)


def test_paragraphs_tabs_and_breaks() -> None:
    body = ('<w:p><w:r><w:t xml:space="preserve">联系人： 张三</w:t><w:tab/><w:t>电话</w:t>'
            "<w:br/><w:t>地址</w:t></w:r></w:p>" + paragraphs("第二段"))
    assert text_of(body) == "联系人： 张三\t电话\n地址\n第二段"


def test_chinese_numbering_with_restart_of_deeper_levels() -> None:
    body = "".join([numbered("1", 0, "总则"), numbered("1", 1, "目的"),
                    numbered("1", 1, "范围"), numbered("1", 2, "细则"),
                    numbered("1", 0, "附则"), numbered("1", 1, "施行")])
    # Level 2 restarts at （一） under 二、; the tab after a label ending in 、 is dropped.
    assert text_of(body, numbering=CHINESE_LIST).split("\n") == [
        "一、总则", "（一）目的", "（二）范围", "1.细则", "二、附则", "（一）施行"]


def test_start_value_and_start_override() -> None:
    numbering = ('<w:abstractNum w:abstractNumId="0">' + level(0, "decimal", "%1.", start=3)
                 + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                 '<w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    body = numbered("1", 0, "甲") + numbered("1", 0, "乙") + numbered("2", 0, "丙")
    assert text_of(body, numbering=numbering) == "3.甲\n4.乙\n1.丙"


def test_instances_of_one_list_share_counters_like_word() -> None:
    numbering = CHINESE_LIST + '<w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>'
    body = numbered("1", 0, "甲") + paragraphs("说明") + numbered("2", 0, "乙")
    assert text_of(body, numbering=numbering) == "一、甲\n说明\n二、乙"


def test_numbering_from_the_paragraph_style_and_num_id_zero() -> None:
    styles = ('<w:style w:type="paragraph" w:styleId="Base"><w:pPr><w:numPr>'
              '<w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading"><w:basedOn w:val="Base"/>'
              "</w:style>")
    body = ('<w:p><w:pPr><w:pStyle w:val="Heading"/></w:pPr><w:r><w:t>总则</w:t></w:r></w:p>'
            '<w:p><w:pPr><w:pStyle w:val="Heading"/><w:numPr><w:numId w:val="0"/></w:numPr>'
            "</w:pPr><w:r><w:t>无编号</w:t></w:r></w:p>")
    # The numbering comes through basedOn; numId 0 switches it off for one paragraph.
    assert text_of(body, numbering=CHINESE_LIST, styles=styles) == "一、总则\n无编号"


def test_label_without_punctuation_keeps_a_space_before_the_text() -> None:
    numbering = ('<w:abstractNum w:abstractNumId="0">' + level(0, "decimalEnclosedCircle", "%1")
                 + level(1, "lowerLetter", "%2", suffix="nothing")
                 + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = numbered("1", 0, "甲") + numbered("1", 1, "乙")
    assert text_of(body, numbering=numbering) == "① 甲\na乙"


def test_tracked_changes_are_read_accepted() -> None:
    body = ('<w:p><w:r><w:t>合作机制</w:t></w:r><w:del w:id="1"><w:r><w:delText>基本</w:delText>'
            '</w:r></w:del><w:ins w:id="2"><w:r><w:t>更加</w:t></w:r></w:ins>'
            '<w:moveFrom w:id="3"><w:r><w:t>旧处</w:t></w:r></w:moveFrom>'
            "<w:r><w:t>完善。</w:t></w:r></w:p>")
    assert text_of(body) == "合作机制更加完善。"


def test_a_deleted_paragraph_mark_joins_the_paragraphs() -> None:
    body = ('<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1"/>'
            "</w:rPr></w:pPr><w:r><w:t>前半</w:t></w:r></w:p>" + numbered("1", 0, "后半")
            + paragraphs("下一段"))
    # The joined paragraph keeps the second paragraph's mark, numbered once.
    assert text_of(body, numbering=CHINESE_LIST) == "一、前半后半\n下一段"


def test_table_cells_in_reading_order_with_a_nested_table() -> None:
    cell = "<w:tc>{}</w:tc>"
    inner = "<w:tbl><w:tr>" + cell.format(paragraphs("内一")) + cell.format(
        paragraphs("内二")) + "</w:tr></w:tbl>"
    body = ("<w:tbl><w:tr>" + cell.format(paragraphs("项目", "说明")) + cell.format(inner)
            + "</w:tr><w:tr>" + cell.format(paragraphs("合计")) + "</w:tr></w:tbl>")
    assert text_of(body) == "项目\n说明\n内一\n内二\n合计"


def test_footnotes_come_at_the_end_without_separators() -> None:
    footnotes = ('<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p>'
                 '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r>'
                 "<w:tab/><w:t>脚注内容。</w:t></w:r></w:p></w:footnote>")
    body = ('<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
            "<w:r><w:t>。</w:t></w:r></w:p>")
    assert text_of(body, footnotes=footnotes) == "正文。\n脚注内容。"


def test_field_instructions_are_not_text_but_results_are() -> None:
    body = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE '
            '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7'
            '</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    assert text_of(body) == "7"


def test_content_controls_and_hyperlinks_are_read() -> None:
    body = ('<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>' + paragraphs("控件")
            + '</w:sdtContent></w:sdt><w:p><w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>'
            "</w:p>")
    assert text_of(body) == "控件\n链接"


def test_hidden_text_is_not_read() -> None:
    body = ('<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t>'
            '</w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r></w:p>')
    assert text_of(body) == "可见显示"


def test_a_list_style_link_borrows_the_styles_levels() -> None:
    # Word's list styles: the list used in the text only names a numbering style, whose
    # own list carries the levels.
    numbering = (CHINESE_LIST + '<w:abstractNum w:abstractNumId="8"><w:numStyleLink '
                 'w:val="Outline"/></w:abstractNum><w:num w:numId="2"><w:abstractNumId '
                 'w:val="8"/></w:num>')
    styles = ('<w:style w:type="numbering" w:styleId="Outline"><w:pPr><w:numPr>'
              '<w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
    body = numbered("2", 0, "总则") + numbered("2", 1, "目的")
    assert text_of(body, numbering=numbering, styles=styles) == "一、总则\n（一）目的"


def test_strict_open_xml_is_read_like_transitional() -> None:
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    body = numbered("1", 0, "总则") + paragraphs("正文")
    data = docx_bytes(body, numbering=CHINESE_LIST)
    document = zip_bytes({
        "word/document.xml": f'<w:document xmlns:w="{strict}"><w:body>{body}</w:body>'
                             "</w:document>",
        "word/numbering.xml": f'<w:numbering xmlns:w="{strict}">{CHINESE_LIST}</w:numbering>'})
    assert read_docx(document, "strict.docx")[0] == read_docx(data, "t.docx")[0] == "一、总则\n正文"
