"""Comparisons the report tests render."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine import compare
from app.io import load_document
from app.model import Comparison, Document, Reason
from tests.findings import finding_at, with_findings


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


# A simplified text and its traditional release with four conversion errors: 于, 后 and 托
# left simplified, 鉆 chosen for 鑽; 若干 and 參與 are right and stay so.
CONVERSION_LEFT = "一、对于今后的发展。\n二、依托旅游资源，开展钻石贸易。\n三、若干干部参与培训。"
CONVERSION_RIGHT = "一、對于今后的發展。\n二、依托旅遊資源，開展鉆石貿易。\n三、若干幹部參與培訓。"


@pytest.fixture(scope="session")
def conversion_pair() -> Comparison:
    comparison = compare(Document(CONVERSION_LEFT, "md", "utf-8", "plan-s.md", "plan-s.md"),
                         Document(CONVERSION_RIGHT, "txt", "utf-8", "plan-t.txt", "plan-t.txt"))
    return with_findings(comparison, [
        finding_at(comparison, "于", "於", Reason.LEFTOVER),
        finding_at(comparison, "后", "後", Reason.LEFTOVER),
        finding_at(comparison, "托", "託", Reason.LEFTOVER),
        finding_at(comparison, "鉆", "鑽", Reason.CHOICE),
    ])
