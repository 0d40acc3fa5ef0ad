"""The engine, readers, review and reports run without Qt (design.md, style.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADLESS_PACKAGES = ("engine", "io", "review", "report")
# The PDF writer renders with Qt by design.
QT_ALLOWED = {"app.report.pdf"}

_PROBE = """
import importlib, sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("Qt is not allowed here: " + name)
sys.meta_path.insert(0, NoQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
print("ok", len(sys.argv) - 1)
"""


def _headless_modules() -> list[str]:
    modules = []
    for package in HEADLESS_PACKAGES:
        for path in sorted((ROOT / "app" / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            if name not in QT_ALLOWED:
                modules.append(name)
    return modules + ["app.model", "app.cli"]


def test_headless_layers_import_without_qt() -> None:
    modules = _headless_modules()
    result = subprocess.run([sys.executable, "-c", _PROBE, *modules], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(modules)}"


def test_the_probe_does_block_qt() -> None:
    result = subprocess.run([sys.executable, "-c", _PROBE, "PySide6.QtCore"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "Qt is not allowed" in result.stderr
