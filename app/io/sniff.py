"""Recognise what a file really is from its first bytes, to say so when it claims otherwise."""

from __future__ import annotations

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, and encrypted DOCX/XLSX/PPTX
# Magic numbers of the containers a document may really be, with what to call them.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "an empty zip archive"),
    (OLE_MAGIC, "an old binary Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "a program"),
)
# Stream names (UTF-16LE in the OLE directory) of an encrypted OOXML package.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def describe(data: bytes) -> str:
    """Say what ``data`` looks like, for messages about a file that is not what it claims.

    >>> describe(b"%PDF-1.7"), describe("一、总则".encode()), describe(b"\\x00\\x01\\x02")
    ('it is a PDF file', 'it is plain text', 'it is binary data')
    """
    if not data:
        return "it is empty"
    container = binary_container(data)
    if container is not None:
        return f"it is {container}"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "it is an HTML page"
    if head.startswith(b"{\\rtf"):
        return "it is an RTF file"
    if head.startswith(b"<?xml"):
        return "it is an XML file"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not just a character cut at the end of the sample
            return "it is binary data"
    control = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return "it is binary data" if control > len(head) // 100 else "it is plain text"


def binary_container(data: bytes) -> str | None:
    """Name the binary format ``data`` starts with (a PDF file, a zip archive…), if known."""
    for magic, name in _SIGNATURES:
        if data.startswith(magic):
            return name
    return None


def is_encrypted_office(data: bytes) -> bool:
    """Whether ``data`` is an OLE file holding a password-protected DOCX/XLSX/PPTX package."""
    return data.startswith(OLE_MAGIC) and _ENCRYPTED_PACKAGE in data
