"""The seed pair compared, and helpers to annotate it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine import compare
from app.io import load_document
from app.model import Comparison, Difference


def compare_files(left: Path, right: Path) -> Comparison:
    return compare(load_document(left), load_document(right))


def difference_of(comparison: Comparison, left: str, right: str) -> Difference:
    return next(d for d in comparison.differences if (d.left.text, d.right.text) == (left, right))


@pytest.fixture()
def pair(tmp_path: Path, samples_dir: Path) -> tuple[Path, Path]:
    """Copies of the seed pair that a test may edit."""
    left, right = tmp_path / "plan-simplified.md", tmp_path / "plan-traditional.txt"
    left.write_bytes((samples_dir / "plan-simplified.md").read_bytes())
    right.write_bytes((samples_dir / "plan-traditional.txt").read_bytes())
    return left, right
