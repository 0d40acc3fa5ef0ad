"""What goes into the PyInstaller bundle besides the program, and what stays out.

The bundle carries Qt's core, GUI, widgets and SVG support with the platform plugins a
desktop needs; QML and Quick, the virtual keyboard, QtPdf, the network and database plugins
and Qt's translations other than Chinese stay out (issue: the bundle is for reading and
writing documents, and must stay small).
"""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _version() -> str:
    tree = ast.parse((ROOT / "app" / "__init__.py").read_text("utf-8"))
    return next(node.value.value for node in tree.body if isinstance(node, ast.Assign)
                and getattr(node.targets[0], "id", "") == "__version__")


VERSION = _version()

_UNUSED_LIBRARIES = re.compile(
    r"Qt6(Qml|Quick|VirtualKeyboard|Pdf|Network|OpenGL|Sql|Designer|QmlModels|QmlMeta|"
    r"QmlWorkerScript|LabsQmlModels|WaylandCompositor)")
# Plugins: no OpenGL integrations (the window draws with the CPU), no GTK theme (it brings
# the GTK stack; the desktop portal theme gives native file dialogs), SVG the only image
# format read from files (the icons).
_UNUSED_PLUGINS = re.compile(
    r"plugins/(qmltooling|qmllint|designer|sqldrivers|tls|networkinformation|generic|"
    r"vectorimageformats|egldeviceintegrations|xcbglintegrations|"
    r"wayland-graphics-integration-client|wayland-graphics-integration-server)/"
    r"|plugins/platforminputcontexts/libqtvirtualkeyboard"
    r"|plugins/platformthemes/libqgtk3"
    r"|plugins/imageformats/libq(?!svg)"
    r"|plugins/platforms/lib(qeglfs|qlinuxfb|qvnc|qvkkhrdisplay|qminimalegl)")
# Python modules nothing uses at run time (hashlib falls back to its own digests without
# OpenSSL's; readline is for interactive sessions).
UNUSED_MODULES = ["tkinter", "ssl", "_ssl", "_hashlib", "readline", "pydoc", "fontTools",
                  "lxml.objectify",
                  "lxml.isoschematron", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtPdf",
                  "PySide6.QtNetwork", "PySide6.QtOpenGL"]
# Qt's own translations: the standard dialogs in the two Chinese interface languages.
_QT_TRANSLATION = re.compile(r"translations/(?P<name>[^/]+\.qm)$")
_KEPT_TRANSLATIONS = {"qtbase_zh_CN.qm", "qtbase_zh_TW.qm"}


def keep_binary(name: str) -> bool:
    """Whether a library or plugin (its path inside the bundle) is shipped."""
    name = name.replace("\\", "/")
    return not (_UNUSED_LIBRARIES.search(name) or _UNUSED_PLUGINS.search(name))


def keep_data(name: str) -> bool:
    """Whether a data file (its path inside the bundle) is shipped."""
    name = name.replace("\\", "/")
    translation = _QT_TRANSLATION.search(name)
    if translation and "PySide6" in name:
        return translation.group("name") in _KEPT_TRANSLATIONS
    return keep_binary(name)


def without_orphan_libraries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop the system libraries (at the top of the bundle) that no kept binary needs.

    PyInstaller gathers the libraries of every plugin before the plugins are filtered, so the
    GTK theme's stack would stay behind without it. Linux only: ``ldd`` lists each binary's
    libraries, the indirect ones included.
    """
    needed = {"libpython3.so"}
    for name, source, _kind in binaries:
        if "/" in name.replace("\\", "/") or name.startswith("libpython"):
            listing = subprocess.run(["ldd", source], capture_output=True, text=True).stdout
            needed.update(line.split()[0] for line in listing.splitlines() if "=>" in line)
            needed.add(Path(name).name)
    return [entry for entry in binaries
            if "/" in entry[0].replace("\\", "/") or Path(entry[0]).name in needed]
