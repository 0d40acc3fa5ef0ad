"""The PDF report, rendered with Qt (the one report module that uses Qt): CJK font embedded.

Qt's PDF writer names each glyph's text (the text layer that search, copy and pdftotext read)
by the lowest code point that the font maps to that glyph. Two things defeat that: glyphs
that OpenType features substitute (ligatures, local forms) are reached by no code point and
extract as nothing (``utf-`` for ``utf-8``) or as ``ﬁ``, so those features are off; and CJK
fonts draw the Kangxi radicals with the glyphs of the ideographs (⽩ U+2F69 and 白 U+767D),
so the radicals are renamed to their ideographs in the written character maps.
"""

from __future__ import annotations

import html
import os
import re
import sys
from importlib.resources import files
from pathlib import Path

from app.model import Comparison, RowStatus
from app.report import ReportOptions
from app.report.common import (
    KIND_COLORS,
    changed_rows,
    counts_line,
    describe,
    explain,
    generated_at,
    orphan_lines,
    row_differences,
    segments,
)

CJK_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "Noto Serif CJK SC",
                "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC",
                # Shipped in the Linux bundle: the letters of one, the ideographs of the other.
                "DejaVu Sans", "Droid Sans Fallback"]
MISSING_FONT_WARNING = (
    "duizhao: warning: no Chinese font is installed, so the Chinese text of the PDF report "
    "shows as boxes; install one (Debian and Ubuntu: fonts-noto-cjk; Fedora: "
    "google-noto-sans-cjk-fonts)")

_UNMAPPED_FEATURES = ("liga", "clig", "dlig", "locl")
_RADICALS = (*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6))
_IDEOGRAPHS = (*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000))
_CMAP = re.compile(rb"begincmap.*?endcmap", re.DOTALL)
_SECTION = re.compile(rb"begin(bfrange|bfchar)(.*?)end\1", re.DOTALL)
_CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")


def load_packaged_fonts() -> None:
    """Make the fonts shipped in ``app/resources/fonts`` (in the bundle) available to Qt."""
    from PySide6.QtGui import QFontDatabase

    folder = files("app.resources") / "fonts"
    if folder.is_dir():
        for font in folder.iterdir():
            if font.name.endswith((".ttf", ".otf", ".ttc")):
                QFontDatabase.addApplicationFont(str(font))


def write(comparison: Comparison, path: Path, options: ReportOptions) -> None:
    """Lay out a comparison table as rich text and print it to an A4 landscape PDF."""
    print_rich_text(_rich_text(comparison, options), path, "修改前后对照表")


def print_rich_text(rich_text: str, path: Path, title: str) -> None:
    """Print the HTML subset QTextDocument renders to an A4 landscape PDF at ``path``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import (
        QFont,
        QFontDatabase,
        QGuiApplication,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QRawFont,
        QTextDocument,
    )
    from PySide6.QtWidgets import QApplication

    # A widgets application, not a bare QGuiApplication: the window (or a test after this)
    # may need one in the same process, and Qt allows one application object only.
    _application = QGuiApplication.instance() or QApplication([])  # noqa: F841
    load_packaged_fonts()
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        print(MISSING_FONT_WARNING, file=sys.stderr)
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Duizhao")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPointSize(9)
    for feature in _UNMAPPED_FEATURES:
        font.setFeature(QFont.Tag(feature), 0)
    document.setDefaultFont(font)
    document.setHtml(rich_text)
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    raw_font = QRawFont.fromFont(font, QFontDatabase.WritingSystem.SimplifiedChinese)
    Path(path).write_bytes(name_ideographs(
        content.data(), _radical_ideographs(raw_font.glyphIndexesForString)))


def _radical_ideographs(glyph_indexes: object) -> dict[int, int]:
    """Radical code point -> the ideograph the font draws with the same glyph."""
    ideographs = "".join(map(chr, _IDEOGRAPHS))
    by_glyph: dict[int, int] = {}
    for character, glyph in zip(ideographs, glyph_indexes(ideographs), strict=True):
        if glyph:
            by_glyph.setdefault(glyph, ord(character))
    radicals = "".join(map(chr, _RADICALS))
    return {ord(character): by_glyph[glyph]
            for character, glyph in zip(radicals, glyph_indexes(radicals), strict=True)
            if glyph in by_glyph}


def name_ideographs(pdf: bytes, ideograph_of: dict[int, int]) -> bytes:
    """``pdf`` with the radicals its character maps name replaced by their ideographs.

    Only the text a glyph stands for changes (``<2F69>`` becomes ``<767D>``, as long as
    before), so every offset in the file stays right.
    """

    def rename(code: re.Match[bytes]) -> bytes:
        point = int(code.group(1), 16)
        return b"<%04X>" % ideograph_of.get(point, point)

    def section(match: re.Match[bytes]) -> bytes:
        sources = 1 if match.group(1) == b"bfchar" else 2  # glyph codes before the texts
        lines = []
        for line in match.group(2).split(b"\n"):
            codes = list(_CODE.finditer(line))
            # A range <first> <last> <text> stands for consecutive texts: renamed only when
            # it is one glyph; <first> <last> [<text> …] lists them.
            single = len(codes) == sources + 1 and codes[0].group(1) == codes[sources - 1].group(1)
            if len(codes) > sources and (b"[" in line or single):
                cut = codes[sources - 1].end()
                line = line[:cut] + _CODE.sub(rename, line[cut:])
            lines.append(line)
        return b"begin%s%send%s" % (match.group(1), b"\n".join(lines), match.group(1))

    renamed = _CMAP.sub(lambda cmap: _SECTION.sub(section, cmap.group(0)), pdf)
    if len(renamed) != len(pdf):  # the file's offsets would be wrong
        return pdf
    return renamed


def _rich_text(comparison: Comparison, options: ReportOptions) -> str:
    """The subset of HTML that QTextDocument renders: a title, facts and the table."""
    listed = {d.id for d in options.listed(comparison)}
    parts = [
        "<h2>修改前后对照表</h2>",
        f"<p>修改前：{html.escape(describe(comparison, True))}<br/>"
        f"修改后：{html.escape(describe(comparison, False))}<br/>"
        f"实质差异 {len(comparison.substantive)} 处；{html.escape(counts_line(comparison))}；"
        f"生成于 {generated_at()}</p>",
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
        '<thead><tr style="background:#e9ecef"><th width="5%">序号</th><th width="38%">修改前'
        '</th><th width="38%">修改后</th><th width="19%">说明</th></tr></thead>',
    ]
    for number, row in enumerate(changed_rows(comparison, listed), 1):
        cells = []
        for left in (True, False):
            whole = (row.status in (RowStatus.DELETED, RowStatus.MOVED) and left) or (
                row.status in (RowStatus.INSERTED, RowStatus.MOVED) and not left)
            pieces = []
            for piece in segments(comparison, row, listed, left):
                text = html.escape(piece.text).replace("\n", "<br/>")
                if whole or piece.difference is not None:
                    color = KIND_COLORS[piece.difference.kind] if piece.difference else \
                        "#e9ecef"
                    decoration = "line-through" if left else "underline"
                    text = (f'<span style="background:{color};text-decoration:{decoration}">'
                            f"{text}</span>")
                pieces.append(text)
            cells.append("".join(pieces))
        differences = row_differences(comparison, row, listed)
        notes = "<br/>".join(html.escape(line) for line in explain(comparison, differences, row))
        parts.append(f"<tr><td>{number}</td><td>{cells[0]}</td><td>{cells[1]}</td>"
                     f"<td>{notes}</td></tr>")
    parts.append("</table>")
    orphans = orphan_lines(comparison)
    if orphans:
        parts.append("<p>未能对应的批注：<br/>"
                     + "<br/>".join(html.escape(line) for line in orphans) + "</p>")
    return "".join(parts)
