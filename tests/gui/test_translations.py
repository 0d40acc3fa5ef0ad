"""The interface in three languages."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QLocale

from app.gui.paths import TRANSLATIONS
from app.gui.translations import install_language, resolve_language

LANGUAGE_FILES = sorted(TRANSLATIONS.glob("duizhao_*.ts"))


def test_both_chinese_translations_exist() -> None:
    assert {p.stem for p in LANGUAGE_FILES} == {"duizhao_zh_CN", "duizhao_zh_TW"}
    for source in LANGUAGE_FILES:
        assert source.with_suffix(".qm").exists()


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda p: p.stem)
def test_translations_are_complete_and_keep_placeholders(path: Path) -> None:
    for message in etree.parse(str(path)).iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") != "unfinished" and translation.text, source
        assert re.findall(r"\{\w+\}", source) == re.findall(r"\{\w+\}", translation.text)


def test_system_locale_decides_the_language() -> None:
    assert resolve_language("system", QLocale("zh_CN")) == "zh_CN"
    assert resolve_language("system", QLocale("zh_TW")) == "zh_TW"
    assert resolve_language("system", QLocale("zh_HK")) == "zh_TW"
    assert resolve_language("system", QLocale("en_US")) == "en"
    assert resolve_language("zh_TW", QLocale("en_US")) == "zh_TW"


def test_switching_language_retranslates_the_window(qtbot, window) -> None:
    try:
        window.language_actions["zh_CN"].trigger()
        qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
        window.language_actions["zh_TW"].trigger()
        qtbot.waitUntil(lambda: window.file_menu.title() == "檔案(&F)")
        assert window.kind_filter.itemText(0) == "實質差異"
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=lambda p: p.stem)
def test_every_string_of_the_window_is_translated(path: Path, tmp_path: Path) -> None:
    # lupdate merges the strings the code asks for into a copy: none may come out unfinished.
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    sources = sorted(str(p) for p in (TRANSLATIONS.parents[1] / "app" / "gui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(copy)], check=True,
                   capture_output=True, timeout=120)
    unfinished = [message.findtext("source") for message in etree.parse(str(copy)).iter(
        "message") if message.find("translation").get("type") == "unfinished"]
    assert unfinished == []
