"""Build the desktop bundle of Duizhao with PyInstaller, then prove that it works.

    .venv/bin/python -m pip install pyinstaller
    .venv/bin/python packaging/bundle.py [--dist FOLDER]

Renders the icon for this platform from ``resources/icons/duizhao.svg`` (PNG, ICO or ICNS,
with Qt's image plugins), copies fonts on Linux (fonts-droid-fallback, fonts-dejavu-core)
so that Chinese shows on machines without one, runs ``packaging/duizhao.spec`` (the bundle lands in
``FOLDER/duizhao-VERSION``, ``dist/`` by default), adds the licence texts of everything it
carries, and checks it from another folder: the bundled ``duizhao-cli`` compares every input
format and writes every report format, and the bundled window renders the sample pair in
English, Simplified and Traditional Chinese, all without a line on stderr. Any failure ends
the build with a message and exit status 1; so does a Linux bundle over 150 MB.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from packaging.requirements import Requirement

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bundle_contents import ROOT, VERSION  # noqa: E402

ICON_SOURCE = ROOT / "resources" / "icons" / "duizhao.svg"
ICON_FOLDER = ROOT / "build" / "icons"
FONT_FOLDER = ROOT / "build" / "fonts"
MAX_BUNDLE_BYTES = 150 * 1000 * 1000


# What Qt's offscreen platform (used for the checks) says of every window: not a problem.
_OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"


class BuildError(Exception):
    """The bundle cannot be built or does not work; the message says why."""


def render_icons() -> None:
    """Render the icon: duizhao.png, .ico and .icns (256 px) for the spec to pick, and the
    PNG sizes of the desktop's icon theme under ``hicolor/`` for packaging/install.sh."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    application = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ICON_SOURCE))
    for size in (16, 24, 32, 48, 64, 128, 256):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        targets = [ICON_FOLDER / "hicolor" / f"{size}x{size}" / "apps" / "duizhao.png"]
        if size == 256:
            targets += [ICON_FOLDER / f"duizhao.{suffix}" for suffix in ("png", "ico", "icns")]
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(target)) and target.suffix != ".icns":
                raise BuildError(f"cannot write {target}")
    del application


# The fonts the Linux bundle ships, for machines without them: (family, file name, Debian
# package, licence texts). Droid Sans Fallback (Apache 2.0) covers the CJK Unified
# Ideographs and Extension A in 4 MB of TrueType, against 19 MB for Noto Sans CJK, whose
# radicals would also cost the PDF report its text layer (see app/report/pdf.py); it has no
# Latin letters, which DejaVu Sans brings.
FONTS = [
    ("Droid Sans Fallback", "DroidSansFallbackFull.ttf", "fonts-droid-fallback",
     ["/usr/share/doc/fonts-droid-fallback/copyright", "/usr/share/common-licenses/Apache-2.0"]),
    ("DejaVu Sans", "DejaVuSans.ttf", "fonts-dejavu-core",
     ["/usr/share/doc/fonts-dejavu-core/copyright"]),
]


def copy_fonts() -> list[Path]:
    """On Linux, copy the fonts the bundle ships; return their licence texts."""
    shutil.rmtree(FONT_FOLDER, ignore_errors=True)
    FONT_FOLDER.mkdir(parents=True)
    if not sys.platform.startswith("linux"):
        return []  # Windows and macOS come with Chinese fonts
    licences = []
    for family, file_name, package, texts in FONTS:
        found = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True,
                               text=True).stdout
        font = Path(found)
        if font.name != file_name or not font.is_file():
            raise BuildError(f"no {family} font to ship: install {package}")
        shutil.copy2(font, FONT_FOLDER / font.name)
        licences += [Path(text) for text in texts]
    return licences


def run_pyinstaller(dist: Path) -> Path:
    spec = ROOT / "packaging" / "duizhao.spec"
    status = subprocess.call([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                              "--log-level", "WARN", "--distpath", str(dist),
                              "--workpath", str(ROOT / "build" / "pyinstaller"), str(spec)])
    if status:
        raise BuildError(f"PyInstaller failed (exit status {status})")
    return dist / f"duizhao-{VERSION}"


def copy_licences(bundle: Path, font_licences: list[Path]) -> None:
    """Duizhao's licence and those of Python, Qt and every library the bundle carries."""
    folder = bundle / "licenses"
    folder.mkdir(exist_ok=True)
    shutil.copy2(ROOT / "LICENSE", folder / "duizhao.txt")
    python_licence = Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}." \
        f"{sys.version_info.minor}" / "LICENSE.txt"
    texts = [(python_licence, "python.txt")] + [
        (source, f"font-{source.parent.name}-{source.name}.txt") for source in font_licences]
    for source, name in texts:
        if not source.is_file():
            raise BuildError(f"licence text not found: {source}")
        shutil.copy2(source, folder / name)
    for name in sorted(runtime_distributions()):
        distribution = importlib.metadata.distribution(name)
        texts = [f for f in distribution.files or ()
                 if re.search(r"(LICEN[CS]E|COPYING|NOTICE)", f.name, re.IGNORECASE)]
        if texts:
            for index, text in enumerate(texts):
                suffix = f"-{index + 1}" if len(texts) > 1 else ""
                shutil.copy2(text.locate(), folder / f"{name}{suffix}.txt")
            continue
        # Qt for Python's wheels name their licence only in the metadata: LGPLv3 (or GPL).
        common = Path("/usr/share/common-licenses")
        if not (common / "LGPL-3").is_file():
            raise BuildError(f"no licence text for {name} ({distribution.metadata['License']})")
        (folder / f"{name}.txt").write_text(
            f"{name} {distribution.version}: {distribution.metadata['License']}\n"
            "Qt and Qt for Python are used under the GNU LGPL version 3, whose text follows "
            "(with the GNU GPL version 3 it builds on). Their source code: "
            "https://download.qt.io/official_releases/\n\n"
            + (common / "LGPL-3").read_text("utf-8") + "\n\n"
            + (common / "GPL-3").read_text("utf-8"), "utf-8")


def runtime_distributions(name: str = "duizhao") -> set[str]:
    """The distributions the program runs on: its dependencies, theirs, and so on."""
    found: set[str] = set()
    pending = [name]
    while pending:
        for line in importlib.metadata.requires(pending.pop()) or ():
            requirement = Requirement(line)
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue  # an extra (the tests) or another platform's
            if requirement.name.lower() not in found:
                found.add(requirement.name.lower())
                pending.append(requirement.name)
    return found


def bundle_size(bundle: Path) -> int:
    return sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())


def _run(command: list[str], where: Path, **environment: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(where),
           "LC_ALL": "C.UTF-8", **environment}
    env.pop("PYTHONPATH", None)
    result = subprocess.run(command, cwd=where, capture_output=True, text=True, env=env,
                            timeout=300)
    result.stderr = "\n".join(line for line in result.stderr.splitlines()
                              if line.strip() != _OFFSCREEN_NOTE)
    return result


def check_bundle(bundle: Path, screenshots: Path | None = None) -> list[str]:
    """Run the bundled programs from another folder; every problem found, as one line each.

    The window's screenshots (one per language) are kept in ``screenshots`` when given.
    """
    problems: list[str] = []
    suffix = ".exe" if sys.platform == "win32" else ""
    cli, window = bundle / f"duizhao-cli{suffix}", bundle / f"duizhao{suffix}"
    samples, fixtures = ROOT / "samples", ROOT / "tests" / "io" / "fixtures"
    with tempfile.TemporaryDirectory(prefix="duizhao-bundle-") as folder:
        where = Path(folder)
        html = where / "plan.html"
        lines = (fixtures / "plan.txt").read_text("utf-8").splitlines()
        html.write_text("<!DOCTYPE html><html><body>" + "".join(
            f"<p>{line}</p>" for line in lines if line) + "</body></html>", "utf-8")
        pair = [str(samples / "plan-simplified.md"), str(samples / "plan-traditional.txt")]
        runs = [(["compare", *pair, "-o", f"report.{fmt}"], f"report.{fmt}")
                for fmt in ("json", "txt", "html", "csv", "docx", "pdf")]
        runs.append((["compare", *pair, "--docx-style", "redline", "-o", "redline.docx"],
                     "redline.docx"))
        for other in ("plan.docx", "plan.odt", "plan.pdf", str(html)):
            runs.append((["compare", str(fixtures / "plan.txt"), str(fixtures / other),
                          "-o", f"{Path(other).stem}-{Path(other).suffix[1:]}.json"],
                         f"{Path(other).stem}-{Path(other).suffix[1:]}.json"))
        for arguments, output in runs:
            result = _run([str(cli), *arguments], where)
            if result.returncode not in (0, 1) or result.stderr.strip():
                problems.append(f"duizhao-cli {' '.join(arguments)}: exit status "
                                f"{result.returncode}: {result.stderr.strip()}")
            elif not (where / output).is_file() or (where / output).stat().st_size < 500:
                problems.append(f"duizhao-cli {' '.join(arguments)}: no {output}")
        # A machine without fonts: the report's Chinese comes from the shipped font.
        no_fonts = where / "no-fonts.conf"
        no_fonts.write_text(f'<?xml version="1.0"?>\n<fontconfig><cachedir>{where / "cache"}'
                            "</cachedir></fontconfig>\n", "utf-8")
        result = _run([str(cli), "compare", *pair, "-o", "no-fonts.pdf"], where,
                      FONTCONFIG_FILE=str(no_fonts))
        if result.returncode != 1 or result.stderr.strip():
            problems.append(f"duizhao-cli without fonts: exit status {result.returncode}: "
                            f"{result.stderr.strip()}")
        elif shutil.which("pdftotext"):
            # A character without a glyph (a box) leaves no text behind.
            text = subprocess.run(["pdftotext", str(where / "no-fonts.pdf"), "-"],
                                  capture_output=True, text=True).stdout
            if "修改前后对照表" not in text or "plan-simplified.md" not in text:
                problems.append("the PDF report made without fonts shows boxes")
        version = _run([str(cli), "--version"], where)
        if version.stdout.strip() != f"duizhao {VERSION}":
            problems.append(f"duizhao-cli --version: {version.stdout!r} {version.stderr!r}")
        for language in ("en", "zh_CN", "zh_TW"):
            # The language the window was set to, in its settings file.
            config = where / f"config-{language}"
            (config / "Duizhao").mkdir(parents=True)
            (config / "Duizhao" / "Duizhao.conf").write_text(
                f"[General]\nlanguage={language}\n", "utf-8")
            png = where / f"window-{language}.png"
            result = _run([str(window), "--screenshot", str(png), *pair], where,
                          XDG_CONFIG_HOME=str(config))
            if result.returncode or result.stderr.strip() or not png.is_file():
                problems.append(f"duizhao --screenshot ({language}): exit status "
                                f"{result.returncode}: {result.stderr.strip()}")
            elif screenshots is not None:
                screenshots.mkdir(parents=True, exist_ok=True)
                shutil.copy2(png, screenshots / png.name)
    return problems


def build(dist: Path, screenshots: Path | None = None) -> Path:
    """Build, complete and check the bundle; return its folder."""
    render_icons()
    font_licences = copy_fonts()
    bundle = run_pyinstaller(dist)
    copy_licences(bundle, font_licences)
    size = bundle_size(bundle)
    print(f"{bundle}: {size / 1e6:.1f} MB")
    if sys.platform.startswith("linux") and size > MAX_BUNDLE_BYTES:
        raise BuildError(f"the bundle is {size / 1e6:.1f} MB, over "
                         f"{MAX_BUNDLE_BYTES / 1e6:.0f} MB")
    problems = check_bundle(bundle, screenshots)
    if problems:
        raise BuildError("the bundle does not work:\n  " + "\n  ".join(problems))
    print(f"{bundle}: every input and report format and the window in three languages work")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build and check the Duizhao bundle.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle folder goes (default: dist/)")
    parser.add_argument("--screenshots", type=Path,
                        help="keep the bundled window's screenshots (one per language) here")
    args = parser.parse_args(argv)
    try:
        build(args.dist.resolve(), args.screenshots)
    except BuildError as error:
        print(f"build: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
