"""Readers: a file on disk becomes a ``Document`` whose text every report offset points into.

One module per format and one registry (``READERS``); size limits and the single error type
(``DocumentError``) live here. No Qt: this package runs headless.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from app.io.errors import DocumentError
from app.io.text import decode_text
from app.model import Document

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

# A reader turns the file's bytes into a Document; it raises DocumentError for bad input.
Reader = Callable[[bytes, str], Document]


def _read_plain(fmt: str) -> Reader:
    def read(data: bytes, path: str) -> Document:
        text, encoding = decode_text(data, path)
        return Document(text=text, format=fmt, encoding=encoding, path=path,
                        name=os.path.basename(path))

    return read


# File extension (lower case, no dot) -> reader. Other formats register here too.
READERS: dict[str, Reader] = {
    "txt": _read_plain("txt"),
    "text": _read_plain("txt"),
    "md": _read_plain("md"),
    "markdown": _read_plain("md"),
}


def supported_extensions() -> tuple[str, ...]:
    """The file extensions that have a reader, for open dialogs and drag and drop."""
    return tuple(sorted(READERS))


def load_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read ``path`` with the reader for its extension (plain text when unknown).

    Raises DocumentError naming the file and the reason for a missing, unreadable, oversized
    or undecodable file. The file is only ever opened for reading.
    """
    name = str(path)
    file_path = Path(path)
    if not file_path.exists():
        raise DocumentError(name, "no such file")
    if file_path.is_dir():
        raise DocumentError(name, "is a directory, not a document")
    try:
        size = file_path.stat().st_size
        if size > max_bytes:
            raise DocumentError(
                name, f"too large ({size / 1048576:.1f} MB; the limit is "
                f"{max_bytes / 1048576:.0f} MB)")
        with open(file_path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise DocumentError(name, "permission denied") from None
    except OSError as error:
        raise DocumentError(name, f"cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise DocumentError(name, f"too large (the limit is {max_bytes / 1048576:.0f} MB)")
    reader = READERS.get(file_path.suffix.lower().lstrip("."), READERS["txt"])
    return reader(data, name)


__all__ = ["DEFAULT_MAX_BYTES", "READERS", "DocumentError", "load_document",
           "supported_extensions"]
