"""Paints clause text with coloured highlights; layouts are cached, no widget per row."""

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


class HighlightDelegate(QStyledItemDelegate):
    """Lays out each cell's text once per width, with a format range per difference."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._layouts: dict[tuple[int, int, int], tuple[QTextLayout, float]] = {}
        self._font = QFont()
        self.current_difference: str | None = None

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self.clear_cache()

    def clear_cache(self) -> None:
        self._layouts.clear()

    def set_current_difference(self, difference_id: str | None) -> None:
        if difference_id != self.current_difference:
            self.current_difference = difference_id
            self.clear_cache()

    def _layout(self, index: QModelIndex | QPersistentModelIndex,
                width: int) -> tuple[QTextLayout, float]:
        key = (index.row(), index.column(), width)
        cached = self._layouts.get(key)
        if cached is not None:
            return cached
        # A line separator keeps the clause's line breaks and every offset.
        text = (index.data(Qt.ItemDataRole.DisplayRole) or "").replace("\n", "\u2028")
        layout = QTextLayout(text, self._font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        formats = []
        for start, length, kind, difference_id in index.data(Roles.HIGHLIGHTS) or []:
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
            range_ = QTextLayout.FormatRange()
            range_.start, range_.length, range_.format = start, length, char_format
            formats.append(range_)
        layout.setFormats(formats)
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
        self._layouts[key] = (layout, height)
        return layout, height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
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
        layout, _ = self._layout(index, rect.width())
        painter.setPen(QPen(QColor("#212529")))
        layout.draw(painter, QPointF(rect.left() + PADDING, rect.top() + PADDING))
        painter.setPen(QPen(QColor("#e9ecef")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.column() == Column.GUTTER or index.data(Roles.FOLD):
            return super().sizeHint(option, index)
        view = self.parent()
        width = view.columnWidth(index.column()) if hasattr(view, "columnWidth") else 400
        _, height = self._layout(index, width)
        return QSize(width, int(height + 2 * PADDING + 1))
