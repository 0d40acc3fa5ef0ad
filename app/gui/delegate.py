"""Paints clause text with coloured highlights; no widget per row.

A cell's height is measured once per text and width from a layout with the painted one's
format ranges (Qt shapes each range apart) but only the weight, the one format that widens
glyphs: backgrounds and underlines move nothing, so rows fit what ``paint`` draws at a
fraction of the cost. Painted layouts are kept for the cells seen last.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.gui.models import Column, Roles
from app.gui.palette import kind_color
from app.model import Kind

PADDING = 6
_STRONG_KINDS = {Kind.WORDING, Kind.NUMBER, Kind.ENCODING, Kind.INSERTED, Kind.DELETED}
# Painted layouts kept: a few screens of cells, so that scrolling back costs nothing.
_KEPT_LAYOUTS = 600
# Column widths whose heights are kept: both text columns, and the two before a resize.
_KEPT_WIDTHS = 4

AnyIndex = QModelIndex | QPersistentModelIndex
Highlight = tuple[int, int, Kind, str]
# What a cell's layout depends on: its text, its highlights and the column's width.
CellKey = tuple[str, tuple[Highlight, ...], int]


class HighlightDelegate(QStyledItemDelegate):
    """Lays out each cell's text once per width, with a format range per difference."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, dict[CellKey, int]] = {}  # by width, the newest last
        self._layouts: dict[CellKey, QTextLayout] = {}
        self._font = QFont()
        self._option = QTextOption()
        self._option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._plain = QTextCharFormat()
        self._strong = QTextCharFormat()
        self._strong.setFontWeight(QFont.Weight.DemiBold)
        self.current_difference: str | None = None

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self.clear_cache()

    def clear_cache(self) -> None:
        self._heights.clear()
        self._layouts.clear()

    def set_current_difference(self, difference_id: str | None) -> None:
        if difference_id != self.current_difference:
            self.current_difference = difference_id
            self._layouts.clear()  # its colours change, not its lines

    @staticmethod
    def _key(index: AnyIndex, width: int) -> CellKey:
        # A line separator keeps the clause's line breaks and every offset.
        text = (index.data(Qt.ItemDataRole.DisplayRole) or "").replace("\n", "\u2028")
        return text, tuple(index.data(Roles.HIGHLIGHTS) or ()), width

    def _lay_out(self, key: CellKey, formats: list[QTextCharFormat]) -> tuple[QTextLayout, float]:
        """Break the text into lines at the key's width; return the layout and its height."""
        text, highlights, width = key
        layout = QTextLayout(text, self._font)
        layout.setTextOption(self._option)
        ranges = []
        for (start, length, _kind, _difference), char_format in zip(highlights, formats,
                                                                    strict=True):
            range_ = QTextLayout.FormatRange()
            range_.start, range_.length, range_.format = start, length, char_format
            ranges.append(range_)
        layout.setFormats(ranges)
        layout.beginLayout()
        height = 0.0
        line_width = max(20, width - 2 * PADDING)
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(line_width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    def _format(self, kind: Kind, difference_id: str) -> QTextCharFormat:
        char_format = QTextCharFormat()
        color = kind_color(kind)
        if difference_id == self.current_difference:
            color = color.darker(135)
            char_format.setFontUnderline(True)
        char_format.setBackground(QBrush(color))
        if kind in _STRONG_KINDS:
            char_format.setFontWeight(QFont.Weight.DemiBold)
        if kind is Kind.ENCODING:
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            char_format.setUnderlineColor(QColor("#c92a2a"))
        return char_format

    def text_layout(self, index: AnyIndex, width: int) -> QTextLayout:
        """The cell's text in lines at ``width``, a format per highlight: what is painted."""
        key = self._key(index, width)
        layout = self._layouts.pop(key, None)
        if layout is None:
            formats = [self._format(kind, difference_id)
                       for _start, _length, kind, difference_id in key[1]]
            layout, _ = self._lay_out(key, formats)
        self._layouts[key] = layout  # the most recently used last
        if len(self._layouts) > _KEPT_LAYOUTS:
            del self._layouts[next(iter(self._layouts))]
        return layout

    def cell_height(self, index: AnyIndex, width: int) -> int:
        """The height of a text cell at ``width``: its lines, the padding and the rule."""
        heights = self._heights.get(width)
        if heights is None:
            heights = self._heights[width] = {}
            if len(self._heights) > _KEPT_WIDTHS:
                del self._heights[next(iter(self._heights))]
        key = self._key(index, width)
        height = heights.get(key)
        if height is None:
            formats = [self._strong if kind in _STRONG_KINDS else self._plain
                       for _start, _length, kind, _difference in key[1]]
            _, lines = self._lay_out(key, formats)
            height = heights[key] = int(lines + 2 * PADDING + 1)
        return height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: AnyIndex) -> None:
        if index.column() == Column.GUTTER or index.data(Roles.FOLD):
            super().paint(painter, option, index)
            return
        painter.save()
        rect = option.rect
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor("#d0ebff"))
        elif background is not None:
            painter.fillRect(rect, background)
        if index.data(Roles.EMPTY_SIDE):
            painter.fillRect(rect, QBrush(QColor("#ced4da"), Qt.BrushStyle.BDiagPattern))
        layout = self.text_layout(index, rect.width())
        painter.setPen(QPen(QColor("#212529")))
        layout.draw(painter, QPointF(rect.left() + PADDING, rect.top() + PADDING))
        painter.setPen(QPen(QColor("#e9ecef")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        if index.column() == Column.GUTTER or index.data(Roles.FOLD):
            return super().sizeHint(option, index)
        view = self.parent()
        width = view.columnWidth(index.column()) if hasattr(view, "columnWidth") else 400
        return QSize(width, self.cell_height(index, width))
