"""Shared test setup: headless Qt, the sample documents, GUI tests marked ``gui``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Before any QApplication exists: every GUI test runs offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests draw the same examples on every machine and every run (seeded from each
# test, no example database): a clean checkout cannot fail on an example nobody has seen.
# HYPOTHESIS_PROFILE=explore draws new examples each run, many more of them, and keeps the
# failures in .hypothesis/ (each found one becomes an explicit example in a test).
settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, max_examples=2000, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "stress: hostile and odd inputs made small (tests/stress)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    gui_dir = Path(__file__).resolve().parent / "gui"
    for item in items:
        if gui_dir in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
