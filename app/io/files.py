"""Reading a file that a user named: regular files only, never more than a limit.

A named pipe blocks until something writes to it and a device such as /dev/zero never ends,
so the file is opened without blocking and checked to be a regular file before a byte is read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class FileRefused(OSError):
    """The path names something that is not a regular file, or a file over the limit."""

    def __init__(self, reason: str) -> None:
        super().__init__(errno.EINVAL, reason)


def read_regular_file(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``; raise OSError (FileRefused for the limits).

    Reads at most ``max_bytes``: a file that grows past the limit while being read is
    refused as well.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise FileRefused(f"{_kind(mode)}, not a regular file")
        size = os.fstat(descriptor).st_size
        if size > max_bytes:
            raise FileRefused(_too_large(size, max_bytes))
        chunks = []
        remaining = max_bytes + 1
        while remaining > 0:
            chunk = handle.read(min(remaining, 1 << 24))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise FileRefused(_too_large(len(data), max_bytes))
    return data


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size / 1048576:.1f} MB; the limit is {limit / 1048576:.0f} MB)"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"
