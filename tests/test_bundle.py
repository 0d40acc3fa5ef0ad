"""The PyInstaller bundle, built and run from another folder (slow: only where PyInstaller is).

``packaging/bundle.py`` checks every input and report format with the bundled command line
and the bundled window in three languages; this test runs that build and its checks.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="the bundle is built with PyInstaller")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))
import bundle  # noqa: E402 - packaging/bundle.py

pytestmark = pytest.mark.bundle


def test_bundle_reads_every_format_writes_every_report_and_opens_the_window(
        tmp_path: Path) -> None:
    folder = bundle.build(tmp_path / "dist", screenshots=tmp_path / "screenshots")
    assert sorted(p.name for p in (tmp_path / "screenshots").iterdir()) == [
        "window-en.png", "window-zh_CN.png", "window-zh_TW.png"]
    licences = {p.name for p in (folder / "licenses").iterdir()}
    assert {"duizhao.txt", "python.txt", "pyside6-essentials.txt", "pypdf.txt"} <= licences
