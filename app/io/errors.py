"""The one error type every reader raises for input it cannot use."""

from __future__ import annotations

from pathlib import Path


class DocumentError(Exception):
    """A document could not be read; the message names the file and the reason.

    >>> str(DocumentError("plan.txt", "not a text file (binary data)"))
    'plan.txt: not a text file (binary data)'
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
