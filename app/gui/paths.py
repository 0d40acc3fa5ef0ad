"""Where the window finds its resources and the sample documents."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
RESOURCES = ROOT / "resources"
TRANSLATIONS = RESOURCES / "i18n"
ICONS = RESOURCES / "icons"
ICON = ICONS / "duizhao.svg"
SAMPLES = ROOT / "samples"
SAMPLE_PAIR = (SAMPLES / "plan-simplified.md", SAMPLES / "plan-traditional.txt")
