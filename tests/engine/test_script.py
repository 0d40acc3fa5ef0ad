"""Script detection and the folding tables."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from opencc import OpenCC

from app.engine import script
from app.model import Conversion, Script


def test_sample_scripts(samples_dir: Path) -> None:
    assert script.detect_script((samples_dir / "plan-simplified.md").read_text("utf-8"))[0] \
        is Script.SIMPLIFIED
    assert script.detect_script((samples_dir / "plan-traditional.txt").read_text("utf-8"))[0] \
        is Script.TRADITIONAL


def test_taiwan_and_hong_kong_variants_are_recognised(samples_dir: Path) -> None:
    text = (samples_dir / "trade-plan.md").read_text("utf-8")
    assert script.detect_script(OpenCC("s2tw").convert(text)) == (Script.TRADITIONAL, "tw")
    assert script.detect_script(OpenCC("s2hk").convert(text)) == (Script.TRADITIONAL, "hk")


def test_mixed_text() -> None:
    assert script.detect_script("国家發展改革，人民群众經濟贸易")[0] is Script.MIXED


def test_region_conversions_fold_their_variants() -> None:
    table = script.translation_table(Conversion.TW2S)
    assert "裡面".translate(table) == "里面".translate(table)


@pytest.fixture()
def fresh_tables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    script.translation_table.cache_clear()
    yield tmp_path / "duizhao"
    script.translation_table.cache_clear()


def test_table_is_cached_and_a_corrupt_cache_is_rebuilt(fresh_tables: Path) -> None:
    built = script.translation_table(Conversion.T2S)
    cached = list(fresh_tables.glob("fold-t2s-*.marshal"))
    assert len(cached) == 1
    cached[0].write_bytes(b"\xff not a table")
    script.translation_table.cache_clear()
    assert script.translation_table(Conversion.T2S) == built
    assert script.translation_table(Conversion.T2S) == script.build_translation_table(
        Conversion.T2S)


def _unused_for(path: Path, days: float) -> None:
    when = time.time() - days * 86_400
    os.utime(path, (when, when))


def test_a_rebuilt_table_removes_its_other_versions_unused_for_a_month(
        fresh_tables: Path) -> None:
    fresh_tables.mkdir(parents=True)
    stale = [fresh_tables / "fold-t2s-0795ee0d.json",
             fresh_tables / "fold-t2s-ffff0000-m4.marshal"]
    # Another installation's version in use, another table, a file of another kind.
    kept = [fresh_tables / "fold-t2s-eeee0000-m4.marshal",
            fresh_tables / "fold-tw2s-ffff0000-m4.marshal", fresh_tables / "notes.txt"]
    for path in stale + kept:
        path.write_text("old")
        _unused_for(path, 40)
    _unused_for(kept[0], 2)
    script.translation_table(Conversion.T2S)
    assert not any(path.exists() for path in stale)
    assert all(path.exists() for path in kept)
    assert len(list(fresh_tables.glob("fold-t2s-*"))) == 2


def test_loading_a_table_marks_it_used(fresh_tables: Path) -> None:
    script.translation_table(Conversion.T2S)
    [cached] = fresh_tables.glob("fold-t2s-*.marshal")
    _unused_for(cached, 40)
    script.translation_table.cache_clear()
    script.translation_table(Conversion.T2S)
    assert time.time() - cached.stat().st_mtime < 3_600
