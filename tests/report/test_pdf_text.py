"""The PDF report's text layer says what the page shows: search and copy work."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.model import Comparison
from app.report import write_report
from app.report.pdf import name_ideographs

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_pdf_text_layer_gives_ideographs_digits_and_plain_letters(
        plan_pair: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_report(plan_pair, out)
    text = _text(out)
    radicals = [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF]
    ligatures = [c for c in text if 0xFB00 <= ord(c) <= 0xFB06]
    assert radicals == [] and ligatures == []
    assert "（md，utf-8，简体）" in text and "plan-simplified.md" in text
    assert "空白 20" in text and "生成于" in text and "一带一路" in text


def test_only_the_texts_of_character_maps_are_renamed() -> None:
    cmap = (b"stream\nbegincmap\n2 beginbfrange\n<0001> <0003> [<2F69> <0038> <2F00>]\n"
            b"<2F69> <2F6B> <2F00>\n<0004> <0004> <2F69>\nendbfrange\n1 beginbfchar\n"
            b"<2F00> <2F69>\nendbfchar\nendcmap\nendstream\n<2F69>")
    renamed = name_ideographs(cmap, {0x2F69: 0x767D, 0x2F00: 0x4E00})
    assert renamed == (
        b"stream\nbegincmap\n2 beginbfrange\n<0001> <0003> [<767D> <0038> <4E00>]\n"
        b"<2F69> <2F6B> <2F00>\n<0004> <0004> <767D>\nendbfrange\n1 beginbfchar\n"
        b"<2F00> <767D>\nendbfchar\nendcmap\nendstream\n<2F69>")


def test_without_a_chinese_font_the_report_names_the_package_to_install(
        samples_dir: Path, tmp_path: Path) -> None:
    latin_only = tmp_path / "fonts.conf"
    latin_only.write_text(
        '<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n", "utf-8")
    environment = {**os.environ, "FONTCONFIG_FILE": str(latin_only),
                   "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "app", "compare", str(samples_dir / "plan-simplified.md"),
         str(samples_dir / "plan-traditional.txt"), "-o", str(tmp_path / "r.pdf")],
        capture_output=True, text=True, env=environment, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "no Chinese font is installed" in result.stderr
    assert "fonts-noto-cjk" in result.stderr
