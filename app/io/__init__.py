"""Readers: a file on disk becomes a ``Document`` whose text every report offset points into.

One module per format (text, docx, odt, html, pdf) and one registry (``READERS``); the file
size limit and the single error type (``DocumentError``) live here, the limits on zip
containers in ``archive`` and the hardened XML parser in ``xml``. No Qt: this package runs
headless.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.io.controls import document_text
from app.io.errors import DocumentError
from app.io.files import FileRefused, read_regular_file
from app.io.limits import check_text
from app.model import Document

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Reader:
    """One format: its name in reports and the function that turns its bytes into text.

    ``extract(data, path)`` returns ``(text, encoding)`` and raises DocumentError for input
    it cannot use; it is never called for an empty file, which is an empty document in every
    format.
    """

    format: str  # txt | md | docx | html | odt | pdf
    extract: Callable[[bytes, str], tuple[str, str]]


# Each reader is imported on first use, so that reading plain text does not load the XML and
# PDF libraries; by import statements, so that every reader is found by whatever follows
# imports (the bundler among them).
def _read_text(data: bytes, path: str) -> tuple[str, str]:
    from app.io.text import decode_text

    return decode_text(data, path)


def _read_html(data: bytes, path: str) -> tuple[str, str]:
    from app.io.html import read_html

    return read_html(data, path)


def _read_docx(data: bytes, path: str) -> tuple[str, str]:
    from app.io.docx import read_docx

    return read_docx(data, path)


def _read_odt(data: bytes, path: str) -> tuple[str, str]:
    from app.io.odt import read_odt

    return read_odt(data, path)


def _read_pdf(data: bytes, path: str) -> tuple[str, str]:
    from app.io.pdf import read_pdf

    return read_pdf(data, path)


_TEXT = Reader("txt", _read_text)
_MARKDOWN = Reader("md", _read_text)
_HTML = Reader("html", _read_html)
_DOCX = Reader("docx", _read_docx)

# File extension (lower case, no dot) -> reader. Every format registers here.
READERS: dict[str, Reader] = {
    "txt": _TEXT, "text": _TEXT,
    "md": _MARKDOWN, "markdown": _MARKDOWN,
    "html": _HTML, "htm": _HTML, "xhtml": _HTML,
    "docx": _DOCX,
    # Old binary .doc files are refused with advice; a .docx merely named .doc is read.
    "doc": _DOCX,
    "odt": Reader("odt", _read_odt),
    "pdf": Reader("pdf", _read_pdf),
}


def supported_extensions() -> tuple[str, ...]:
    """The file extensions that have a reader, for open dialogs and drag and drop."""
    return tuple(sorted(READERS))


def load_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read ``path`` with the reader for its extension (plain text when unknown).

    Raises DocumentError naming the file and the reason for a missing, unreadable, oversized,
    damaged, encrypted, hostile or undecodable file, for anything but a regular file (a named
    pipe, a device) and for text past the limits of ``app.io.limits``. An empty file is an
    empty document. Control characters in the text are made visible (``app.io.controls``).
    The file is only ever opened for reading.
    """
    name = str(path)
    file_path = Path(path)
    if not file_path.exists():
        raise DocumentError(name, "no such file")
    if file_path.is_dir():
        raise DocumentError(name, "is a directory, not a document")
    try:
        data = read_regular_file(file_path, max_bytes)
    except FileRefused as refusal:
        raise DocumentError(name, refusal.strerror) from None
    except PermissionError:
        raise DocumentError(name, "permission denied") from None
    except OSError as error:
        raise DocumentError(name, f"cannot be read ({error.strerror or error})") from None
    reader = READERS.get(file_path.suffix.lower().lstrip("."), _TEXT)
    try:
        text, encoding = reader.extract(data, name) if data else ("", "utf-8")
    except MemoryError:  # the limits should make this unreachable; say it well if not
        raise DocumentError(name, "refused: reading it needs more memory than there "
                            "is") from None
    except RecursionError:
        raise DocumentError(name, "refused: its structure is nested too deeply to "
                            "read") from None
    text = check_text(document_text(text), name)
    return Document(text=text, format=reader.format, encoding=encoding, path=name,
                    name=os.path.basename(name))


__all__ = ["DEFAULT_MAX_BYTES", "READERS", "DocumentError", "Reader", "load_document",
           "supported_extensions"]
