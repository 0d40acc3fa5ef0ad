"""Every report is written whole or not at all: the previous file survives any failure.

A writer renders into a temporary file in the report's folder; only when it has finished is
the file flushed to disk and renamed over the report, so that a crash, a full disk or an
exception part-way leaves the previous report as it was. A target that is not a regular file
(``/dev/stdout``, a named pipe) cannot be replaced by a rename: the finished report is copied
into it instead, and a failure of that copy is reported like any other.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_NEW_FILE_MODE = 0o644  # mkstemp's 0600 would keep a mailed report from its readers


@contextmanager
def replaced_atomically(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; when the block ends without error, it becomes ``path``.

    Raises OSError for any failure (an IsADirectoryError when ``path`` is a directory).
    """
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "it is a directory", str(path))
    special = path.exists() and not path.is_file()
    folder = Path(tempfile.gettempdir()) if special else path.absolute().parent
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(descriptor)
    temporary = Path(name)
    try:
        os.chmod(temporary, _mode_of(path))
        yield temporary
        _sync(temporary)
        if special:
            with open(temporary, "rb") as source, open(path, "wb") as target:
                shutil.copyfileobj(source, target)
                target.flush()
        else:
            os.replace(temporary, path)
            _sync_folder(folder)
    finally:
        temporary.unlink(missing_ok=True)


def _mode_of(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return _NEW_FILE_MODE


def _sync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; its rename is already durable
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
