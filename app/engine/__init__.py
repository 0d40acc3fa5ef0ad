"""The comparison engine: segment -> normalize -> align -> inline diff -> classify.

Pure Python over the standard library, OpenCC's dictionaries, diff-match-patch and rapidfuzz;
it never imports Qt (the GUI, the CLI and the tests all call it headless). Rendering the
result is the caller's job.
"""

from __future__ import annotations

from app.engine.check import check_document
from app.engine.compare import compare, prepare

__all__ = ["check_document", "compare", "prepare"]
