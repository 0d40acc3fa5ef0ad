"""File ▸ Check one document…: one document's conversion and encoding findings.

A window of its own: the text with its findings highlighted, the list of findings, verdicts
and comments kept in a review file beside the document, and export. ``CheckController`` is
the only entry point; the comparison window knows nothing else of this package.
"""

from __future__ import annotations

from app.gui.check_view.controller import CheckController

__all__ = ["CheckController"]
