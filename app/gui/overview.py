"""The overview bar beside the clause table: every shown difference as a mark in its kind's
colour, at its place in the whole comparison, and the part the table shows framed.

A click or a drag scrolls the table so that the place under the pointer comes to the middle.
A row with differences of several kinds gets a mark per kind, side by side.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from app.gui.clause_table import ClauseTable
from app.gui.palette import Theme, theme
from app.model import Kind

WIDTH = 16
_MARGIN = 2
# Marks stay visible even for a one-line row in a long comparison.
_MIN_MARK_HEIGHT = 2
# While thousands of rows get their heights, the marks move a little at each: repainting
# at every one would cost the window more than the fitting itself.
_RESIZE_REPAINT_MS = 200


class OverviewBar(QWidget):
    """Marks of differences for a table, by kind colour, with the visible region framed."""

    def __init__(self, table: ClauseTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._marks: list[tuple[int, Kind]] = []
        # The marks' rectangles and colours, worked out once per row heights and bar height;
        # scrolling only moves the frame of the visible region.
        self._painted: list[tuple[QRect, QColor]] | None = None
        self.theme: Theme = theme()
        self.setFixedWidth(WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        bar = table.verticalScrollBar()
        bar.valueChanged.connect(self.update)
        self._resize_timer = QTimer(self, singleShot=True, interval=_RESIZE_REPAINT_MS)
        self._resize_timer.timeout.connect(self._relayout)
        table.verticalHeader().sectionResized.connect(self._rows_resized)
        table.rows_fitted.connect(self._relayout)  # every row has its final height

    def _rows_resized(self) -> None:
        if not self._resize_timer.isActive():
            self._resize_timer.start()

    def _relayout(self) -> None:
        self._painted = None
        self.update()

    def set_marks(self, marks: list[tuple[int, Kind]]) -> None:
        """(table position, kind) of each mark."""
        self._marks = marks
        self._relayout()

    def set_theme(self, new_theme: Theme) -> None:
        self.theme = new_theme
        self._relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._painted = None
        super().resizeEvent(event)

    def marks(self) -> list[tuple[int, Kind]]:
        return list(self._marks)

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    # --- geometry ----------------------------------------------------------------------------
    def _track(self) -> QRect:
        return self.rect().adjusted(0, _MARGIN, 0, -_MARGIN)

    def _scale(self) -> float:
        """Bar pixels per table pixel."""
        length = self._table.verticalHeader().length()
        return self._track().height() / length if length > 0 else 0.0

    def mark_rect(self, position: int, lane: int = 0, lanes: int = 1) -> QRect:
        """Where the mark of the row at ``position`` is drawn (in lane ``lane`` of ``lanes``)."""
        header = self._table.verticalHeader()
        scale = self._scale()
        track = self._track()
        top = track.top() + round(header.sectionPosition(position) * scale)
        height = max(_MIN_MARK_HEIGHT, round(header.sectionSize(position) * scale))
        inner = track.adjusted(_MARGIN + 1, 0, -_MARGIN - 1, 0)
        lane_width = max(1, inner.width() // lanes)
        return QRect(inner.left() + lane * lane_width, top, lane_width, height)

    def visible_rect(self) -> QRect:
        """The part of the bar standing for what the table shows now."""
        scale = self._scale()
        track = self._track()
        offset = self._table.verticalHeader().offset()
        height = self._table.viewport().height()
        top = track.top() + round(offset * scale)
        return QRect(track.left(), top, track.width() - 1,
                     max(4, min(round(height * scale), track.height())))

    # --- painting and pointer ----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.theme.base))
        if self._painted is None:
            self._painted = self._mark_rects()
        for rect, color in self._painted:
            painter.fillRect(rect, color)
        if self._scale() > 0:
            region = QColor(self.theme.visible_region)
            fill = QColor(region)
            fill.setAlpha(60)
            painter.fillRect(self.visible_rect(), fill)
            painter.setPen(QPen(region, 2))
            painter.drawRect(self.visible_rect())
        painter.end()

    def _mark_rects(self) -> list[tuple[QRect, QColor]]:
        """Each mark's rectangle and colour; marks falling on the same pixels drawn once."""
        lanes_of: dict[int, list[Kind]] = {}
        for position, kind in self._marks:
            lanes_of.setdefault(position, []).append(kind)
        painted: dict[tuple[int, int, int, int, str], tuple[QRect, QColor]] = {}
        for position, kinds in lanes_of.items():
            for lane, kind in enumerate(kinds):
                rect = self.mark_rect(position, lane, len(kinds))
                color = self.theme.current[kind]
                painted.setdefault((rect.x(), rect.y(), rect.width(), rect.height(), color),
                                   (rect, QColor(color)))
        return list(painted.values())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._scroll_to(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._scroll_to(event.position().y())

    def _scroll_to(self, y: float) -> None:
        """Bring the table's place under ``y`` to the middle of the table."""
        scale = self._scale()
        if scale <= 0:
            return
        target = (y - self._track().top()) / scale - self._table.viewport().height() / 2
        self._table.verticalScrollBar().setValue(round(target))
