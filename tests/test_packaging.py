"""The packaging files agree with the project: version, data files, desktop entry."""

from __future__ import annotations

import ast
import configparser
import re
from pathlib import Path

from lxml import etree

from app import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
VERSION = __version__


def test_metainfo_names_the_current_release() -> None:
    tree = etree.parse(str(PACKAGING / "io.github.duizhao.metainfo.xml"))
    assert tree.getroot().get("type") == "desktop-application"
    assert tree.xpath("/component/releases/release[1]/@version") == [VERSION]
    launchable = tree.xpath("string(/component/launchable)")
    assert (PACKAGING / launchable).is_file()


def test_desktop_entry_starts_the_window_with_files() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "duizhao.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "duizhao %F"
    assert section["Icon"] == "duizhao"
    assert section["Name[zh_CN]"] == "对照"


def test_spec_data_files_exist() -> None:
    source = (PACKAGING / "duizhao.spec").read_text("utf-8")
    datas = next(node.value for node in ast.walk(ast.parse(source))
                 if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "DATAS")
    listed = [element.elts[0] for element in datas.elts if isinstance(element, ast.Tuple)]
    assert len(listed) >= 6
    for call in listed:
        # str(ROOT / "a" / "b"): the path's parts are its string literals, in order.
        parts = re.findall(r'"([^"]+)"', ast.get_source_segment(source, call))
        assert ROOT.joinpath(*parts).is_file(), parts
