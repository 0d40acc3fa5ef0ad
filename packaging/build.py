"""Build a desktop bundle of Duizhao with PyInstaller.

    .venv/bin/python -m pip install pyinstaller
    .venv/bin/python packaging/build.py

Renders the icon for this platform from ``resources/icons/duizhao.svg`` (PNG, ICO or ICNS,
with Qt's image plugins), then runs ``packaging/duizhao.spec``; the bundle lands in
``dist/duizhao-VERSION``. On Linux, ``packaging/duizhao.desktop`` and
``packaging/io.github.duizhao.metainfo.xml`` go to ``share/applications`` and
``share/metainfo`` of the install prefix.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_SOURCE = ROOT / "resources" / "icons" / "duizhao.svg"
ICON_FOLDER = ROOT / "build" / "icons"


def render_icons() -> None:
    """Write duizhao.png, .ico and .icns (256 px) beside each other for the spec to pick."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    application = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICON_SOURCE)).render(painter)
    painter.end()
    ICON_FOLDER.mkdir(parents=True, exist_ok=True)
    for suffix in ("png", "ico", "icns"):
        target = ICON_FOLDER / f"duizhao.{suffix}"
        if not image.save(str(target)) and suffix != "icns":
            raise SystemExit(f"cannot write {target}")
    del application


def main() -> int:
    render_icons()
    spec = ROOT / "packaging" / "duizhao.spec"
    return subprocess.call([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                            "--distpath", str(ROOT / "dist"),
                            "--workpath", str(ROOT / "build" / "pyinstaller"), str(spec)])


if __name__ == "__main__":
    raise SystemExit(main())
