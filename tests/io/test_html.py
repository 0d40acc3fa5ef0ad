"""Web pages: blocks become paragraphs, hidden parts are not read, the charset is honoured."""

from __future__ import annotations

import pytest

from app.io import DocumentError
from app.io.html import read_html


def read(markup: str, encoding: str = "utf-8") -> tuple[str, str]:
    return read_html(markup.encode(encoding), "page.html")


def test_blocks_become_paragraphs_and_hidden_parts_are_skipped() -> None:
    page = ("<!DOCTYPE html><html><head><title>标题</title><style>p{}</style></head><body>"
            "<script>var 脚本 = 1;</script><h1>一、总则</h1><p>（一）目的。\n   范围。</p>"
            "<div>二、附则<br>第二行</div><noscript>无脚本</noscript><template>模板</template>"
            "<ul><li>甲</li><li>乙</li></ul></body></html>")
    # Source line breaks inside a paragraph collapse to one space, as a browser shows them.
    assert read(page)[0] == "一、总则\n（一）目的。 范围。\n二、附则\n第二行\n甲\n乙"


def test_table_cells_and_preformatted_text() -> None:
    page = ("<table><tr><th>项目</th><td>金额</td></tr><tr><td>园区</td><td>1200</td></tr></table>"
            "<pre>  保留   空格\n第二行</pre>")
    assert read(page)[0] == "项目\n金额\n园区\n1200\n保留   空格\n第二行"


def test_meta_charset_is_honoured() -> None:
    page = '<html><head><meta charset="gb2312"></head><body><p>對照：对照</p></body></html>'
    assert read(page, "gb18030") == ("對照：对照", "gb18030")


def test_http_equiv_big5() -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">'
            "</head><body><p>臺灣地區</p></body></html>")
    assert read(page, "big5") == ("臺灣地區", "cp950")


def test_a_lying_declaration_falls_back_to_detection() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>简体中文</p></body></html>'
    assert read(page, "gb18030") == ("简体中文", "gb18030")


def test_entities_are_characters_and_external_ones_are_not_fetched(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", "utf-8")
    page = (f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]><html><body>'
            "<p>A&amp;B&#x4e00;&x;</p></body></html>")
    text = read(page)[0]
    assert "A&B一" in text and "机密内容" not in text


def test_deep_nesting_is_read_whole_up_to_the_parser_limit() -> None:
    assert read("<div>" * 1500 + "文" + "</div>" * 1500)[0] == "文"
    # Past its limit the parser would drop the rest of the page: refused, not cut short.
    with pytest.raises(DocumentError, match="page.html: cannot be read whole"):
        read("<div>" * 3000 + "文" + "</div>" * 3000)


def test_ordered_lists_show_their_numbers_as_a_browser_does() -> None:
    page = ("<ol><li>甲</li><li>乙<ol type='a'><li>子</li></ol></li></ol>"
            "<ol style='list-style-type: simp-chinese-informal' start='3'><li>丙</li>"
            "<li value='9'>丁</li></ol><ol reversed><li>末二</li><li>末一</li></ol>"
            "<ul><li>要点</li></ul>")
    assert read(page)[0].split("\n") == ["1.甲", "2.乙", "a.子", "三、丙", "九、丁", "2.末二",
                                         "1.末一", "要点"]


def test_xhtml_with_an_xml_declaration_and_its_encoding() -> None:
    page = ('<?xml version="1.0" encoding="GBK"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
            'Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns='
            '"http://www.w3.org/1999/xhtml"><body><p>一、总则</p><p>正文</p></body></html>')
    assert read(page, "gb18030") == ("一、总则\n正文", "gb18030")
