"""Plain text and Markdown: each encoding is detected and reported, only line ends change."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.io import DocumentError, load_document

PLAN = "一、总则\n（一）为推进“一带一路”建设，制定本方案。\n二、附则\n"
PLAN_TRADITIONAL = "一、總則\n（一）為推進「一帶一路」建設，制定本方案。\n二、附則\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (PLAN.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + PLAN.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF16_LE + PLAN.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + PLAN.encode("utf-16-be"), "utf-16"),
    (PLAN.encode("gb18030"), "gb18030"),
])
def test_simplified_text_in_each_encoding(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(data)
    document = load_document(path)
    assert (document.text, document.encoding, document.format) == (PLAN, encoding, "txt")


def test_big5_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(PLAN_TRADITIONAL.encode("big5"))
    document = load_document(path)
    assert (document.text, document.encoding) == (PLAN_TRADITIONAL, "big5")


def test_bomless_utf16_of_mostly_ascii_text(tmp_path: Path) -> None:
    text = "Article 1. Scope 范围\nArticle 2. Terms\n" * 20
    path = tmp_path / "plan.txt"
    path.write_bytes(text.encode("utf-16-le"))
    assert load_document(path).text == text


def test_only_line_ends_change(tmp_path: Path) -> None:
    # CRLF and lone CR become LF; tabs, full-width spaces and trailing blanks stay.
    path = tmp_path / "plan.md"
    path.write_bytes("# 标题\r\n\t第一条　内容  \r第二条\r\n".encode())
    document = load_document(path)
    assert document.text == "# 标题\n\t第一条　内容  \n第二条\n"
    assert document.format == "md"
    assert document.name == "plan.md"


def test_binary_data_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(DocumentError, match=r"image\.txt: not a text file"):
        load_document(path)


def test_bytes_that_no_encoding_explains(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"\x81\x30" * 3 + b"\xff\xff" + "条款".encode())
    with pytest.raises(DocumentError, match=r"broken\.txt: "):
        load_document(path)


def test_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(PLAN.encode() * 100)
    with pytest.raises(DocumentError, match=r"long\.txt: too large"):
        load_document(path, max_bytes=1000)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"absent\.txt: no such file"):
        load_document(tmp_path / "absent.txt")
    with pytest.raises(DocumentError, match="is a directory"):
        load_document(tmp_path)


def test_reading_text_loads_no_xml_or_pdf_library(tmp_path: Path) -> None:
    # Readers are imported on first use: the command line on .txt files starts faster.
    import subprocess
    import sys

    path = tmp_path / "plan.txt"
    path.write_text(PLAN, "utf-8")
    probe = ("import sys; from app.io import load_document; load_document(sys.argv[1]); "
             "print(sorted(m for m in ('lxml', 'pypdf') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True,
                            text=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() == "[]", result.stderr
