"""Damaged input of every kind ends in DocumentError and nothing else (hypothesis)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io import DocumentError
from app.io.docx import read_docx
from app.io.html import read_html
from app.io.odt import read_odt
from app.io.pdf import read_pdf
from tests.io.conftest import FIXTURES, pdf_bytes, zip_bytes

FUZZ = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])
# Fragments that stress a parser or a reader when spliced into XML.
_SNIPPETS = [b'<!DOCTYPE x [<!ENTITY a "b">]>', b"&a;", b"<w:p>", b"</w:tbl>", b"<![CDATA[",
             b'<w:numPr><w:ilvl w:val="99"/><w:numId w:val="1"/></w:numPr>',
             b'<w:start w:val="-5"/>', b'<text:s text:c="-3"/>', b"<text:list>",
             b'<text:list-item text:start-value="x">', b"\x00", b"\xff\xfe", b"]]>",
             b"<script>", b"<p>", b"</td>", b'<meta charset="nonsense">']


def _parts(path: str) -> dict[str, bytes]:
    with zipfile.ZipFile(FIXTURES / path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


DOCX_PARTS = _parts("structure.docx")
ODT_PARTS = _parts("structure.odt")
HTML_PAGE = ("<html><head><meta charset='utf-8'><style>p{}</style></head><body><h1>一、总则</h1>"
             "<table><tr><td>项目</td><td>1200</td></tr></table><p>正文<br>第二行</p>"
             "</body></html>").encode()


def _tiny_pdf() -> bytes:
    """A one-page PDF with a line of text and a page number."""
    stream = b"BT /F1 12 Tf 20 150 Td (Article 1 of 2021) Tj 0 -20 Td (Page 1) Tj ET"
    return pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>",
                      b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
                      b"/Resources << /Font << /F1 5 0 R >> >> >>",
                      b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
                      b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"])


TINY_PDF = _tiny_pdf()


def test_the_tiny_pdf_reads_without_its_page_number() -> None:
    assert read_pdf(TINY_PDF, "tiny.pdf") == ("Article 1 of 2021", "unicode")


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with bytes overwritten, fragments spliced in, and maybe cut short."""
    data = bytearray(original)
    for _ in range(draw(st.integers(0, 8))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    for _ in range(draw(st.integers(0, 3))):
        position = draw(st.integers(0, len(data)))
        data[position:position] = draw(st.sampled_from(_SNIPPETS))
    if draw(st.integers(0, 3)) == 0:
        del data[draw(st.integers(1, len(data))):]
    return bytes(data)


def only_document_errors(reader: Callable[[bytes, str], tuple[str, str]], data: bytes) -> None:
    try:
        text, encoding = reader(data, "fuzzed")
    except DocumentError as error:
        assert error.path == "fuzzed" and error.reason
    else:
        assert isinstance(text, str) and isinstance(encoding, str)


@FUZZ
@given(mutated((FIXTURES / "structure.docx").read_bytes()))
def test_damaged_word_archives(data: bytes) -> None:
    only_document_errors(read_docx, data)


@FUZZ
@given(mutated(DOCX_PARTS["word/document.xml"]), mutated(DOCX_PARTS["word/numbering.xml"]))
def test_damaged_word_xml(document: bytes, numbering: bytes) -> None:
    parts = {**DOCX_PARTS, "word/document.xml": document, "word/numbering.xml": numbering}
    only_document_errors(read_docx, zip_bytes(parts))


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NUMBERS = st.integers(-3, 12).map(str) | st.sampled_from(["", "x", "99999999999"])
_WORD_BLOCKS = st.one_of(
    st.builds('<w:p><w:pPr><w:numPr><w:ilvl w:val="{}"/><w:numId w:val="{}"/></w:numPr>'
              "</w:pPr><w:r><w:t>条</w:t></w:r></w:p>".format, _NUMBERS, _NUMBERS),
    st.builds('<w:p><w:r><w:sym w:char="{}"/><w:tab/><w:br/></w:r></w:p>'.format,
              st.sampled_from(["F020", "4E00", "zz", "110000", ""])),
    st.just('<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:ins><w:r><w:t>入</w:t>'
            "</w:r></w:ins></w:p>"),
    st.just("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"),
    st.just('<w:p><w:pPr><w:pStyle w:val="S"/></w:pPr></w:p>'),
)
_WORD_LEVEL = st.builds(
    '<w:lvl w:ilvl="{}"><w:start w:val="{}"/><w:numFmt w:val="{}"/><w:suff w:val="{}"/>'
    '<w:lvlText w:val="{}"/></w:lvl>'.format, _NUMBERS, _NUMBERS,
    st.sampled_from(["decimal", "chineseCounting", "lowerLetter", "upperRoman", "bullet",
                     "decimalEnclosedCircle", "ideographTraditional", "none", "nonsense"]),
    st.sampled_from(["tab", "nothing", "space", ""]),
    st.sampled_from(["%1、", "（%2）", "%1.%2.%3", "%9", "%", "", "\uf0b7"]))


@FUZZ
@given(st.lists(_WORD_BLOCKS, max_size=12), st.lists(_WORD_LEVEL, max_size=6), _NUMBERS)
def test_random_word_structures(blocks: list[str], levels: list[str], start: str) -> None:
    numbering = (f'<w:numbering xmlns:w="{_W}"><w:abstractNum w:abstractNumId="0">'
                 f'{"".join(levels)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId '
                 f'w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/>'
                 "</w:lvlOverride></w:num></w:numbering>")
    styles = (f'<w:styles xmlns:w="{_W}"><w:style w:type="paragraph" w:styleId="S">'
              '<w:basedOn w:val="S"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr>'
              "</w:style></w:styles>")
    document = (f'<w:document xmlns:w="{_W}"><w:body>{"".join(blocks)}</w:body>'
                "</w:document>")
    only_document_errors(read_docx, zip_bytes({"word/document.xml": document,
                                               "word/numbering.xml": numbering,
                                               "word/styles.xml": styles}))


@FUZZ
@given(mutated((FIXTURES / "structure.odt").read_bytes()))
def test_damaged_opendocument_archives(data: bytes) -> None:
    only_document_errors(read_odt, data)


@FUZZ
@given(mutated(ODT_PARTS["content.xml"]))
def test_damaged_opendocument_xml(content: bytes) -> None:
    only_document_errors(read_odt, zip_bytes({**ODT_PARTS, "content.xml": content}))


@FUZZ
@given(mutated(HTML_PAGE))
def test_damaged_web_pages(data: bytes) -> None:
    only_document_errors(read_html, data)


@settings(FUZZ, max_examples=100)
@given(mutated(TINY_PDF))
def test_damaged_pdf(data: bytes) -> None:
    only_document_errors(read_pdf, data)
