"""Hostile and broken input: a clear message naming the file and the reason, quickly, and the
source never written to (design.md, "Input safety")."""

from __future__ import annotations

import io
import os
import struct
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfWriter

from app.cli import main
from app.io import READERS, DocumentError, load_document
from app.io.archive import MAX_PARTS
from tests.io.conftest import FIXTURES, docx_bytes, odt_bytes, paragraphs, pdf_bytes, zip_bytes

PASSWD = "root:x:0:0"
XXE = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
       '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
       "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">'
                    for n in range(1, 10)).replace("&lol0;", "&lol;")
          + ']><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
          'office:1.0"><office:body><office:text>&lol9;</office:text></office:body>'
          "</office:document-content>")


def bomb() -> bytes:
    """A Word document whose main part inflates 1000 times over (20 MB of spaces)."""
    body = b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body>' + b" " * 20_000_000
    return zip_bytes({"word/document.xml": body + b"</w:body></w:document>"})


def lying_sizes() -> bytes:
    """A tiny archive whose central directory claims a part of 4 GB."""
    data = bytearray(docx_bytes(paragraphs("正文")))
    central = data.rindex(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 0xFFFFFFF0)
    return bytes(data)


def shrunk_size() -> bytes:
    """An archive whose main part is bigger than its directory says: inflating stops early."""
    data = bytearray(docx_bytes(paragraphs("正文" * 200)))
    central = data.rindex(b"word/document.xml") - 46  # the part's central directory entry
    assert data[central:central + 4] == b"PK\x01\x02"
    struct.pack_into("<I", data, central + 24, 40)
    return bytes(data)


def many_parts() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for number in range(MAX_PARTS + 1):
            archive.writestr(f"p{number}", b"")
    return buffer.getvalue()


def understated_parts() -> bytes:
    """Too many parts, with an end record that claims there is one."""
    data = bytearray(many_parts())
    end = data.rindex(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 1, 1)
    return bytes(data)


def encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
# name -> (file name, content, what the message must say)
HOSTILE: dict[str, tuple[str, Callable[[], bytes], str]] = {
    "zip bomb": ("bomb.docx", bomb, "compressed 1"),
    "declared huge": ("huge.docx", lying_sizes, "would inflate to 4096 MB"),
    "size lie": ("shrunk.docx", shrunk_size, "damaged Word document"),
    "too many parts": ("parts.docx", many_parts, f"it has {MAX_PARTS + 1} parts"),
    "understated parts": ("few.docx", understated_parts, f"it has {MAX_PARTS + 1} parts"),
    "external entity": ("xxe.docx", lambda: zip_bytes({"word/document.xml": XXE}), "DTD"),
    "billion laughs": ("laughs.odt", lambda: zip_bytes({"content.xml": LAUGHS}), "DTD"),
    "pdf named docx": ("fake.docx", lambda: b"%PDF-1.7\n" + b"0" * 100,
                       "not a Word document (it is a PDF file)"),
    "text named docx": ("notes.docx", lambda: "一、总则".encode(),
                        "not a Word document (it is plain text)"),
    "zip without word part": ("other.docx", lambda: zip_bytes({"a.txt": "x"}),
                              "not a Word document (a zip archive without word/document.xml)"),
    "odt named docx": ("swap.docx", lambda: odt_bytes("<text:p>x</text:p>"),
                       "not a Word document (it is an OpenDocument file)"),
    "docx named odt": ("swap.odt", lambda: docx_bytes(paragraphs("x")),
                       "not an OpenDocument text (it is a Word document)"),
    "text named pdf": ("fake.pdf", lambda: "一、总则".encode(),
                       "not a PDF file (it is plain text)"),
    "truncated docx": ("cut.docx", lambda: (FIXTURES / "plan.docx").read_bytes()[:3000],
                       "damaged or truncated Word document"),
    "truncated odt": ("cut.odt", lambda: (FIXTURES / "plan.odt").read_bytes()[:-200],
                      "damaged or truncated OpenDocument text"),
    "truncated pdf": ("cut.pdf", lambda: (FIXTURES / "plan.pdf").read_bytes()[:2000],
                      "damaged PDF"),
    "encrypted docx": ("locked.docx", lambda: OLE + "EncryptedPackage".encode("utf-16-le"),
                       "is password-protected"),
    "encrypted pdf": ("locked.pdf", encrypted_pdf, "is password-protected"),
    "cyclic pdf": ("cycle.pdf", lambda: pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>",
                                                   b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]),
                   "damaged PDF"),
    "encrypted odt": ("locked.odt", lambda: zip_bytes({
        "META-INF/manifest.xml": "<manifest><file-entry><encryption-data/></file-entry>"
                                 "</manifest>", "content.xml": b"\x8a\x01\x93"}),
                      "is password-protected"),
    "old word": ("old.docx", lambda: OLE, "old binary Word document (.doc)"),
    "old word named doc": ("old.doc", lambda: OLE, "save it as .docx"),
    "binary txt": ("image.txt", lambda: bytes(range(256)) * 40, "not a text file"),
    "pdf named txt": ("report.txt", lambda: (FIXTURES / "plan.pdf").read_bytes(),
                      "not a text file (it is a PDF file)"),
    "binary html": ("page.html", lambda: bytes(range(256)) * 40, "not a text file"),
}


@pytest.fixture(params=sorted(HOSTILE))
def hostile(request, tmp_path: Path) -> tuple[Path, str]:
    name, make, reason = HOSTILE[request.param]
    path = tmp_path / name
    path.write_bytes(make())
    return path, reason


def test_hostile_file_is_refused_quickly_with_file_and_reason(hostile) -> None:
    path, reason = hostile
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    started = time.monotonic()
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert time.monotonic() - started < 5
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and reason in message, message
    assert PASSWD not in message
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


def test_cli_exits_2_with_one_line(hostile, capsys) -> None:
    path, reason = hostile
    assert main(["compare", str(path), str(FIXTURES / "plan.txt")]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and captured.err.startswith(f"duizhao: {path}: ")
    assert reason in captured.err and "Traceback" not in captured.err


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.docx"
    path.write_bytes((FIXTURES / "plan.docx").read_bytes())
    with pytest.raises(DocumentError, match=r"big.docx: too large .*the limit is"):
        load_document(path, max_bytes=4096)


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    with pytest.raises(DocumentError, match="folder.docx: is a directory"):
        load_document(folder)


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="gone.pdf: no such file"):
        load_document(tmp_path / "gone.pdf")


def test_unreadable_path(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "secret.odt"
    path.write_bytes(b"x")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # Root reads any file, so the refusal of the operating system is simulated.
    monkeypatch.setattr("app.io.files.os.open", denied)
    with pytest.raises(DocumentError, match="secret.odt: permission denied"):
        load_document(path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_path_for_real(tmp_path: Path) -> None:
    path = tmp_path / "secret.pdf"
    path.write_bytes(b"%PDF-1.7")
    path.chmod(0)
    try:
        with pytest.raises(DocumentError, match="secret.pdf: permission denied"):
            load_document(path)
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize("extension", sorted(READERS))
def test_an_empty_file_is_an_empty_document(tmp_path: Path, extension: str) -> None:
    path = tmp_path / f"empty.{extension}"
    path.write_bytes(b"")
    document = load_document(path)
    assert (document.text, document.format) == ("", READERS[extension].format)


@pytest.mark.parametrize("name", ["plan.docx", "plan.odt", "plan.pdf", "structure.docx"])
def test_reading_leaves_the_source_untouched(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes((FIXTURES / name).read_bytes())
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    load_document(path)
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before


def test_zlib_damage_inside_a_part_is_a_damaged_document(tmp_path: Path) -> None:
    data = bytearray(docx_bytes(paragraphs("正文" * 100)))
    start = data.index(b"word/document.xml") + len("word/document.xml")
    data[start + 5:start + 25] = zlib.compress(b"x")[:20].ljust(20, b"\xff")
    path = tmp_path / "broken.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(DocumentError, match="broken.docx: damaged"):
        load_document(path)
