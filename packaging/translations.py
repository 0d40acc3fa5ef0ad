"""Refresh the interface translations: collect strings, fill given ones, build the .qm files.

    python packaging/translations.py                    # lupdate + lrelease
    python packaging/translations.py strings.tsv        # also fill translations

``strings.tsv`` has one line per string: context, source, zh_CN, zh_TW (tab-separated; a
``\\n`` in a field stands for a line break). Prints the strings still unfinished.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "zh_TW")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def refresh(table: dict[tuple[str, str], dict[str, str]]) -> list[str]:
    """Update both .ts files from the code, fill ``table``'s strings, build .qm; the unfinished."""
    sources = sorted(str(p) for p in (ROOT / "app" / "gui").rglob("*.py"))
    unfinished = []
    for language in LANGUAGES:
        ts_file = I18N / f"duizhao_{language}.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        *sources, "-ts", str(ts_file)], check=True, capture_output=True)
        tree = etree.parse(str(ts_file))
        for context in tree.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                given = table.get((name, source), {}).get(language)
                if given:
                    translation.text = given
                    translation.attrib.pop("type", None)
                if translation.get("type") == "unfinished":
                    unfinished.append(f"{language}\t{name}\t{source}")
        # No source locations in the files: line numbers would make every change collide.
        body = etree.tostring(tree, encoding="unicode", doctype="<!DOCTYPE TS>")
        ts_file.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n', "utf-8")
        subprocess.run([_tool("pyside6-lrelease"), str(ts_file)], check=True,
                       capture_output=True)
    return unfinished


def _read_table(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    table = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        context, source, simplified, traditional = (
            field.replace("\\n", "\n") for field in line.split("\t"))
        table[(context, source)] = {"zh_CN": simplified, "zh_TW": traditional}
    return table


if __name__ == "__main__":
    strings = _read_table(Path(sys.argv[1])) if len(sys.argv) > 1 else {}
    for line in refresh(strings):
        print("unfinished:", line)
