"""The packaging files agree with the project: version, packages, data, desktop integration."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app import __version__
from app.review.project import SUFFIX as PROJECT_SUFFIX

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
sys.path.insert(0, str(PACKAGING))
from bundle_contents import keep_binary, keep_data  # noqa: E402


def test_metainfo_names_the_current_release() -> None:
    tree = etree.parse(str(PACKAGING / "io.github.duizhao.metainfo.xml"))
    assert tree.getroot().get("type") == "desktop-application"
    assert tree.xpath("/component/releases/release[1]/@version") == [__version__]
    launchable = tree.xpath("string(/component/launchable)")
    assert (PACKAGING / launchable).is_file()


def test_desktop_entry_opens_documents_and_projects() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(PACKAGING / "duizhao.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "duizhao %F"
    assert section["Icon"] == "duizhao" and section["Name[zh_CN]"] == "对照"
    mime = etree.parse(str(PACKAGING / "io.github.duizhao.xml"))
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    project_type = mime.xpath("string(/m:mime-info/m:mime-type/@type)", namespaces=namespace)
    assert project_type in section["MimeType"].split(";")
    assert mime.xpath("/m:mime-info/m:mime-type/m:glob/@pattern", namespaces=namespace) == [
        f"*{PROJECT_SUFFIX}"]


def test_every_package_of_the_program_is_listed() -> None:
    packages = {".".join(init.parent.relative_to(ROOT).parts)
                for init in (ROOT / "app").rglob("__init__.py")}
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert packages <= listed
    assert listed - packages == {"app.resources", "app.resources.i18n", "app.resources.icons",
                                 "app.samples"}


def test_bundle_leaves_out_qml_the_virtual_keyboard_and_other_languages() -> None:
    assert keep_binary("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert keep_binary("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep_binary("PySide6/Qt/plugins/imageformats/libqsvg.so")
    for unused in ("PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6",
                   "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
                   "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                   "PySide6/Qt/plugins/imageformats/libqjpeg.so"):
        assert not keep_binary(unused), unused
    assert keep_data("PySide6/Qt/translations/qtbase_zh_TW.qm")
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep_data("PySide6/Qt/translations/qt_help_zh_CN.qm")
    assert keep_data("app/resources/i18n/duizhao_zh_CN.qm")


def _build(kind: str, out: Path) -> Path:
    if kind == "--sdist":
        if importlib.util.find_spec("build") is None:
            pytest.skip("the sdist is built with the 'build' package")
        command = [sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir",
                   str(out), str(ROOT)]
    else:
        command = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                   "--no-build-isolation", "-w", str(out), str(ROOT)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "deprecated" not in result.stderr.lower(), result.stderr
    return next(out.iterdir())


def test_wheel_carries_translations_icons_samples_and_the_licence(tmp_path: Path) -> None:
    wheel = _build("--wheel", tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py")}
    assert sources <= names
    data = {f"app/resources/i18n/{p.name}" for p in (ROOT / "resources/i18n").glob("*.qm")}
    data |= {f"app/resources/icons/{p.name}" for p in (ROOT / "resources/icons").glob("*.svg")}
    data |= {"app/samples/plan-simplified.md", "app/samples/plan-traditional.txt"}
    assert len(data) >= 10 and data <= names
    metadata = zipfile.ZipFile(wheel).read(f"duizhao-{__version__}.dist-info/METADATA").decode()
    assert "License-Expression: MIT" in metadata
    assert "Requires-Dist: PySide6-Essentials" in metadata
    assert f"duizhao-{__version__}.dist-info/licenses/LICENSE" in names


def test_sdist_carries_every_file_of_the_project(tmp_path: Path) -> None:
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout")
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split("\n")
    expected = {name for name in tracked if name and name != ".gitignore"
                and (ROOT / name).is_file()}
    sdist = _build("--sdist", tmp_path)
    with tarfile.open(sdist) as archive:
        top = f"duizhao-{__version__}/"
        names = {m.name.removeprefix(top) for m in archive.getmembers() if m.isfile()}
    assert expected - names == set()


def test_install_script_puts_the_desktop_files_where_desktops_look(tmp_path: Path) -> None:
    environment = {**os.environ, "DESTDIR": str(tmp_path)}
    subprocess.run(["bash", str(PACKAGING / "install.sh"), "--data-only", "/usr"],
                   env=environment, check=True, capture_output=True, timeout=120)
    share = tmp_path / "usr" / "share"
    for name in ("applications/duizhao.desktop", "metainfo/io.github.duizhao.metainfo.xml",
                 "mime/packages/io.github.duizhao.xml", "icons/hicolor/scalable/apps/duizhao.svg",
                 "doc/duizhao/LICENSE"):
        assert (share / name).is_file(), name
    validators = [("desktop-file-validate", str(share / "applications/duizhao.desktop")),
                  ("appstreamcli", "validate", "--no-net",
                   str(share / "metainfo/io.github.duizhao.metainfo.xml"))]
    for command in validators:
        if shutil.which(command[0]) is None:
            continue  # the validators are optional: appstream, desktop-file-utils
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr
