"""Paints clause text with coloured highlights; no widget per row.

A cell's height is measured once per text and width from a layout with the painted one's
format ranges (Qt shapes each range apart) but only the weight, the one format that widens
glyphs: backgrounds and underlines move nothing, so rows fit what ``paint`` draws at a
fraction of the cost. Painted layouts are kept for the cells seen last, and so are measured
ones without highlights (they are what a paint would lay out) while there is room.

Text is shown reflowed unless the source line breaks are asked for: line breaks inside a
clause (hard wraps of PDF text) become zero-width spaces (or a space between Latin words),
those between a row's clauses one break, character for character, so that every highlight
offset still holds.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
)
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
from PySide6.QtWidgets import (
    QFrame,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.gui.models import Column, Roles
from app.gui.palette import STATUS_SYMBOLS, Theme, theme
from app.model import Kind, Row, RowStatus

PADDING = 6
_STRONG_KINDS = {Kind.WORDING, Kind.NUMBER, Kind.ENCODING, Kind.INSERTED, Kind.DELETED}
# Painted layouts kept: a few screens of cells, so that scrolling back costs nothing.
_KEPT_LAYOUTS = 600
# Column widths whose heights are kept: both text columns, and the two before a resize.
_KEPT_WIDTHS = 4

AnyIndex = QModelIndex | QPersistentModelIndex
Highlight = tuple[int, int, Kind, str]
# A found text in one cell: (row id, column, start, length).
FindMatch = tuple[str, int, int, int]
# What a cell's layout depends on: its text, its highlights, the found text in it and the
# column's width.
CellKey = tuple[str, tuple[Highlight, ...], tuple[int, int] | None, int]


@lru_cache(maxsize=4096)  # asked for at every paint of a cell
def reflowed(text: str, clause_starts: frozenset[int] = frozenset()) -> str:
    r"""The text with the line breaks inside clauses hidden, as long as the text.

    A run of line breaks before one of ``clause_starts`` shows as one break; any other is a
    wrapped line: nothing between Chinese characters, a space between Latin words.

    >>> reflowed("第一行\n\n第二行 end\nof line\n\n下一条", frozenset({22}))
    '第一行\u200b\u200b第二行 end of line\u2028\u200b下一条'
    """
    if "\n" not in text:
        return text
    out = list(text)
    position = text.find("\n")
    while position >= 0:
        end = position
        while end < len(text) and text[end] == "\n":
            end += 1
        before = text[position - 1] if position > 0 else ""
        after = text[end] if end < len(text) else ""
        if end in clause_starts:
            out[position] = "\u2028"
        elif before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
            out[position] = " "
        else:
            out[position] = "\u200b"  # zero width, where a line may still break
        for blank in range(position + 1, end):
            out[blank] = "\u200b"
        position = text.find("\n", end)
    return "".join(out)


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
        self.find_match: FindMatch | None = None
        self.source_breaks = False
        self.theme: Theme = theme()

    def set_theme(self, new_theme: Theme) -> None:
        self.theme = new_theme
        self._layouts.clear()

    def set_source_breaks(self, shown: bool) -> None:
        """Show the clause's line breaks as in the source, or the text reflowed."""
        self.source_breaks = shown
        self.clear_cache()

    def set_find_match(self, match: FindMatch | None) -> None:
        self.find_match = match

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

    def _key(self, index: AnyIndex, width: int) -> CellKey:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        # A line separator keeps the clause's line breaks and every offset.
        if "\n" in text:
            text = (text.replace("\n", "\u2028") if self.source_breaks
                    else reflowed(text, index.data(Roles.CLAUSE_STARTS) or frozenset()))
        found = None
        match = self.find_match
        if match is not None and match[1] == index.column():
            row = index.data(Roles.ROW)
            if row is not None and row.id == match[0]:
                found = (match[2], match[3])
        return text, tuple(index.data(Roles.HIGHLIGHTS) or ()), found, width

    def _lay_out(self, key: CellKey, formats: list[QTextCharFormat]) -> tuple[QTextLayout, float]:
        """Break the text into lines at the key's width; return the layout and its height."""
        text, highlights, found, width = key
        layout = QTextLayout(text, self._font)
        layout.setTextOption(self._option)
        ranges = []
        spans = [(start, length) for start, length, _kind, _difference in highlights]
        if found is not None and len(formats) > len(spans):
            spans.append(found)
        for (start, length), char_format in zip(spans, formats, strict=True):
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
        # The current difference has a stronger tint of its own hue, no darker shade that
        # would take the text's contrast below 4.5:1.
        current = difference_id == self.current_difference
        colors = self.theme.current if current else self.theme.kinds
        char_format.setBackground(QBrush(QColor(colors[kind])))
        if kind in _STRONG_KINDS:
            char_format.setFontWeight(QFont.Weight.DemiBold)
        if kind is Kind.ENCODING:
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            char_format.setUnderlineColor(QColor(self.theme.status_marks[RowStatus.DELETED]))
        return char_format

    def _found_format(self) -> QTextCharFormat:
        """The found text: underlined and in the theme's accent; no weight, so no line moves."""
        char_format = QTextCharFormat()
        char_format.setFontUnderline(True)
        char_format.setUnderlineColor(QColor(self.theme.find_match))
        char_format.setForeground(QBrush(QColor(self.theme.find_match)))
        return char_format

    def text_layout(self, index: AnyIndex, width: int) -> QTextLayout:
        """The cell's text in lines at ``width``, a format per highlight: what is painted."""
        key = self._key(index, width)
        layout = self._layouts.pop(key, None)
        if layout is None:
            formats = [self._format(kind, difference_id)
                       for _start, _length, kind, difference_id in key[1]]
            if key[2] is not None:
                formats.append(self._found_format())
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
            if key[2] is not None:
                formats.append(self._plain)
            layout, lines = self._lay_out(key, formats)
            height = heights[key] = int(lines + 2 * PADDING + 1)
            # Nothing coloured: the layout is the one a paint would make. Kept while there is
            # room, never in place of a painted one, so that the first paint costs no layout.
            if not formats and len(self._layouts) < _KEPT_LAYOUTS:
                self._layouts[key] = layout
        return height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: AnyIndex) -> None:
        if index.data(Roles.FOLD):
            super().paint(painter, option, index)
            return
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if selected:
            painter.fillRect(rect, QColor(self.theme.selection))
        elif background is not None:
            painter.fillRect(rect, background)
        if index.column() == Column.GUTTER:
            self._paint_gutter(painter, option, index)
        else:
            if index.data(Roles.EMPTY_SIDE):
                painter.fillRect(rect, QBrush(QColor(self.theme.empty_side),
                                              Qt.BrushStyle.BDiagPattern))
            layout = self.text_layout(index, rect.width())
            painter.setPen(QPen(QColor(self.theme.text)))
            layout.draw(painter, QPointF(rect.left() + PADDING, rect.top() + PADDING))
        painter.setPen(QPen(QColor(self.theme.rule)))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if selected:
            # Lines above and below tell the selected row from any tint, in any theme.
            painter.setPen(QPen(QColor(self.theme.selection_frame), 2))
            painter.drawLine(rect.topLeft(), rect.topRight())
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def _paint_gutter(self, painter: QPainter, option: QStyleOptionViewItem,
                      index: AnyIndex) -> None:
        """The status symbol in its colour, the clause label, the verdict marks in theirs."""
        row: Row | None = index.data(Roles.ROW)
        if row is None:
            return
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        metrics = option.fontMetrics
        baseline = rect.top() + metrics.ascent()
        x = rect.left()
        symbol = STATUS_SYMBOLS[row.status]
        if symbol:
            painter.setPen(QColor(self.theme.status_marks[row.status]))
            painter.drawText(x, baseline, symbol)
        x += metrics.horizontalAdvance("⊕ ")
        marks = index.data(Roles.MARKS) or []
        right = rect.right()
        for mark, verdict in reversed(marks):
            right -= metrics.horizontalAdvance(mark)
            painter.setPen(QColor(self.theme.verdicts[verdict] if verdict else self.theme.text))
            painter.drawText(right, baseline, mark)
        side = row.left or row.right
        label = metrics.elidedText(side.label if side else "", Qt.TextElideMode.ElideMiddle,
                                   max(0, right - x - 2))
        painter.setPen(QColor(self.theme.text))
        painter.drawText(x, baseline, label)

    # --- a read-only editor, to select a phrase ----------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        """The cell's text as shown, selectable with mouse and keys, never changed."""
        editor = QPlainTextEdit(parent)
        editor.setReadOnly(True)
        editor.setFrameShape(QFrame.Shape.NoFrame)
        editor.setFont(self._font)
        editor.document().setDocumentMargin(PADDING - 4)
        editor.setStyleSheet(f"QPlainTextEdit {{ background: {self.theme.selection}; "
                             f"color: {self.theme.text}; }}")
        text, *_ = self._key(index, 0)
        editor.setPlainText(text.replace("\u200b", "").replace("\u2028", "\n"))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        pass  # filled once, when created: the selection must survive model updates

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        pass  # read-only

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: AnyIndex) -> None:
        editor.setGeometry(option.rect)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        if index.column() == Column.GUTTER or index.data(Roles.FOLD):
            return super().sizeHint(option, index)
        view = self.parent()
        width = view.columnWidth(index.column()) if hasattr(view, "columnWidth") else 400
        return QSize(width, self.cell_height(index, width))
