"""Small documents built in memory: only the parts a reader needs, as Word and ODF have them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def zip_bytes(parts: dict[str, bytes | str]) -> bytes:
    """A deflated zip archive holding ``parts``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content.encode("utf-8") if isinstance(content, str)
                             else content)
    return buffer.getvalue()


def docx_bytes(body: str, *, numbering: str | None = None, styles: str | None = None,
               footnotes: str | None = None) -> bytes:
    """A Word document whose body is ``body`` (w: elements), with optional extra parts."""
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxml'
                               'formats.org/package/2006/content-types"/>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document '
                             f'xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>',
    }
    for name, content, root in (("numbering", numbering, "numbering"),
                                ("styles", styles, "styles"),
                                ("footnotes", footnotes, "footnotes")):
        if content is not None:
            parts[f"word/{name}.xml"] = f'<w:{root} xmlns:w="{W_NS}">{content}</w:{root}>'
    return zip_bytes(parts)


def odt_bytes(body: str, *, styles: str = "") -> bytes:
    """An OpenDocument text whose office:text holds ``body``; ``styles`` are automatic styles."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}>'
               f"<office:automatic-styles>{styles}</office:automatic-styles>"
               f"<office:body><office:text>{body}</office:text></office:body>"
               "</office:document-content>")
    return zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text",
                      "content.xml": content})


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF of numbered ``objects`` (object 1 the catalog), cross-reference table and all."""
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(pdf)


def paragraphs(*texts: str) -> str:
    """Word paragraphs with one run each."""
    return "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in texts)


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
