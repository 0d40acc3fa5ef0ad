"""Zip containers (DOCX, ODT) opened safely: every limit checked before anything is inflated.

The central directory declares each part's compressed and inflated size. Those are checked
first (part count, total inflated size, compression ratio); ``zipfile`` then never inflates a
part past its declared size, and a part that inflates to anything else fails its CRC check,
so a lying directory is caught as a damaged archive.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from app.io.errors import DocumentError
from app.io.sniff import describe

MAX_PARTS = 10_000
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # all parts together, as declared
MAX_PART_BYTES = 128 * 1024 * 1024  # one part that a reader inflates
MAX_RATIO = 200  # inflated / compressed, for parts and archives of more than RATIO_FLOOR bytes
RATIO_FLOOR = 64 * 1024

# What inflating or parsing a broken archive can raise besides BadZipFile.
_DAMAGE = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
           NotImplementedError, RuntimeError)


class Archive:
    """The parts of one zip container, read only after their sizes were checked."""

    def __init__(self, data: bytes, path: str, kind: str) -> None:
        """Open ``data`` as a zip container of ``kind`` (e.g. "Word document")."""
        self.path, self.kind = path, kind
        if not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            raise DocumentError(path, f"not a {kind} ({describe(data)})")
        declared = _declared_parts(data)
        if declared > MAX_PARTS:  # refused before zipfile builds an entry for each one
            raise self._bomb(f"it has {declared} parts")
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            parts = self._zip.infolist()
        except _DAMAGE:
            raise DocumentError(path, f"damaged or truncated {kind} (the zip archive is "
                                "incomplete)") from None
        if len(parts) > MAX_PARTS:  # the end record understated the count
            raise self._bomb(f"it has {len(parts)} parts")
        total = sum(part.file_size for part in parts)
        if total > MAX_TOTAL_BYTES:
            raise self._bomb(f"it would inflate to {total / 1048576:.0f} MB")
        if total > RATIO_FLOOR and total > MAX_RATIO * len(data):
            raise self._bomb(f"it is compressed {total // len(data)}:1")
        for part in parts:
            # A stored part is its own bytes: a size that differs from them is a lie.
            if part.compress_type == zipfile.ZIP_STORED and part.file_size != part.compress_size:
                raise DocumentError(path, f"damaged {kind} ({part.filename} declares "
                                    f"{part.file_size} bytes but stores {part.compress_size})")
        self._parts = {part.filename: part for part in parts}

    def __contains__(self, name: str) -> bool:
        return name in self._parts

    def read(self, name: str) -> bytes | None:
        """Inflate one part; None when the archive has no part of that name."""
        part = self._parts.get(name)
        if part is None:
            return None
        if part.flag_bits & 0x1:
            raise DocumentError(self.path, "is password-protected (encrypted)")
        if part.file_size > MAX_PART_BYTES:
            raise self._bomb(f"{name} would inflate to {part.file_size / 1048576:.0f} MB")
        if part.file_size > RATIO_FLOOR and part.file_size > MAX_RATIO * max(part.compress_size,
                                                                              1):
            ratio = part.file_size // max(part.compress_size, 1)
            raise self._bomb(f"{name} is compressed {ratio}:1")
        try:
            return self._zip.read(part)
        except _DAMAGE:
            raise DocumentError(self.path, f"damaged {self.kind} ({name} cannot be "
                                "unpacked)") from None

    def _bomb(self, detail: str) -> DocumentError:
        return DocumentError(self.path, f"refused: {detail}, which looks like a zip bomb")


def _declared_parts(data: bytes) -> int:
    """The part count that the end-of-central-directory record declares (0 when unreadable)."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        return 0
    count = int.from_bytes(data[end + 10:end + 12], "little")
    if count == 0xFFFF and end >= 20 and data[end - 20:end - 16] == b"PK\x06\x07":
        # ZIP64: the locator before the end record points at the 64-bit end record.
        record = int.from_bytes(data[end - 12:end - 4], "little")
        if data[record:record + 4] == b"PK\x06\x06":
            count = int.from_bytes(data[record + 32:record + 40], "little")
    return count
