"""Hostile and odd inputs made the way an attacker or an unusual tool makes them, at any scale.

The stress tests build them small; ``tests/stress_benchmark.py`` builds them at full size and
measures time and peak memory.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from tests.io.conftest import docx_bytes, odt_bytes, pdf_bytes, zip_bytes

ROOT = Path(__file__).resolve().parents[2]
LONG_SAMPLE = ROOT / "samples" / "decision-pdf-extract.txt"


def numbering_amplifier_docx(paragraphs: int, label: int) -> bytes:
    """A list label of ``label`` characters copied into ``paragraphs`` numbered paragraphs.

    Both parts compress to almost nothing: a few KB inflate to gigabytes of text.
    """
    numbering = (f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{"条" * label}%1"/></w:lvl>'
                 f'</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            '<w:r><w:t>款</w:t></w:r></w:p>') * paragraphs
    return docx_bytes(body, numbering=numbering)


def stored(archive: bytes) -> bytes:
    """The same zip archive with every part stored, not compressed (no ratio to check)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as target:
        for name in source.namelist():
            target.writestr(name, source.read(name))
    return buffer.getvalue()


def plain_docx(paragraphs: int) -> bytes:
    """``paragraphs`` short clauses in a stored (uncompressed) Word document."""
    return stored(docx_bytes("<w:p><w:r><w:t>第一条 内容</w:t></w:r></w:p>" * paragraphs))


def lying_stored_docx() -> bytes:
    """A stored part whose central directory declares a hundred times its real size."""
    data = bytearray(plain_docx(10))
    entry = data.rfind(b"PK\x01\x02")
    size = int.from_bytes(data[entry + 24:entry + 28], "little")
    data[entry + 24:entry + 28] = (size * 100).to_bytes(4, "little")
    return bytes(data)


def spaces_odt(elements: int, count: int = 1000) -> bytes:
    """One paragraph of ``elements`` space runs (``text:s``) of ``count`` spaces each."""
    spaces = f'<text:s text:c="{count}"/>' * elements
    return odt_bytes(f"<text:p>{spaces}尾</text:p>")


def long_start_docx(digits: int) -> bytes:
    """A Chinese-counted list whose start value has ``digits`` digits."""
    numbering = (f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
                 f'<w:start w:val="{"9" * digits}"/><w:numFmt w:val="chineseCounting"/>'
                 f'<w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
                 f'<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            '<w:r><w:t>总则</w:t></w:r></w:p>')
    return docx_bytes(body, numbering=numbering)


def long_start_odt(digits: int) -> bytes:
    styles = ('<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
              f'style:num-format="一, 二, 三, ..." text:start-value="{"9" * digits}"/>'
              "</text:list-style>")
    return odt_bytes('<text:list text:style-name="L1"><text:list-item><text:p>总则</text:p>'
                     "</text:list-item></text:list>", styles=styles)


def long_start_html(digits: int) -> bytes:
    return (f'<html><body><ol start="{"9" * digits}" style="list-style-type: cjk-ideographic">'
            "<li>总则</li></ol></body></html>").encode()


def control_characters_text() -> str:
    """A clause with a vertical tab and escape sequences that retitle and clear a terminal."""
    return "第一条 甲方\x0b应当{+\x1b]0;PWNED\x07+}履行\x1b[2J义务。\n第二条 乙方\x08付款。\n"


def utf16_without_bom(text: str, big_endian: bool = False) -> bytes:
    return text.encode("utf-16-be" if big_endian else "utf-16-le")


def zero_page_pdf() -> bytes:
    return pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>",
                      b"<< /Type /Pages /Kids [] /Count 0 >>"])


def bomb_zip(size: int) -> bytes:
    """A part of ``size`` zero bytes: tiny compressed, refused by ratio whatever its size."""
    return zip_bytes({"word/document.xml": b"\0" * size})


def long_pair(times: int) -> tuple[str, str]:
    """``times`` copies of the long sample, and an edited traditional copy of that."""
    from tests.benchmark import edited_copy

    text = LONG_SAMPLE.read_text(encoding="utf-8") * times
    return text, edited_copy(text)

