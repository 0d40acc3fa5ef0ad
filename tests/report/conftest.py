"""Comparisons the report tests render."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine import compare
from app.io import load_document
from app.model import Comparison, Document


@pytest.fixture(scope="session")
def plan_pair(samples_dir: Path) -> Comparison:
    return compare(load_document(samples_dir / "plan-simplified.md"),
                   load_document(samples_dir / "plan-traditional.txt"))


@pytest.fixture(scope="session")
def hostile_pair() -> Comparison:
    """Document text that a careless report would run as markup or a formula."""
    left = "一、安全要求。\n二、脚本<script>alert(1)</script>不得执行。\n三、公式检查。"
    right = "一、安全要求。\n二、脚本<script>alert(2)</script>不得运行。\n三、=SUM(A1:A2)公式检查。"
    return compare(Document(left, "txt", "utf-8", "left.txt", "left.txt"),
                   Document(right, "txt", "utf-8", "right.txt", "right.txt"))
