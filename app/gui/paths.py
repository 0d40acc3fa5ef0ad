"""Where the window finds its translations, icons, font and the sample documents.

They are installed inside the package, as ``app.resources`` and ``app.samples`` (from
``resources/`` and ``samples/`` of the source tree, see pyproject.toml), and found through
the import system: the same way from an editable install, a wheel and a bundle.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _folder(package: str) -> Path:
    return Path(str(files(package)))


RESOURCES = _folder("app.resources")
TRANSLATIONS = RESOURCES / "i18n"
ICONS = RESOURCES / "icons"
ICON = ICONS / "duizhao.svg"
SAMPLES = _folder("app.samples")
SAMPLE_PAIR = (SAMPLES / "plan-simplified.md", SAMPLES / "plan-traditional.txt")
