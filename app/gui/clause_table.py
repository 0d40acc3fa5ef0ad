"""The table of aligned clauses, whose rows fit their text without freezing the window.

Fitting thousands of wrapped rows at once takes most of a second, so ``fit_rows`` fits the
rows on screen and a screen around them at once, then the others in short steps from the
event loop. Rows that never had a height (the header keeps heights across a model reset)
take the mean height of a sample, so the scroll bar hardly moves while they are measured;
a row that comes on screen, or is scrolled to, is fitted before it is painted; the row at
the top stays in place when rows above it change height; and new column widths start the
pass again.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Iterator
from itertools import chain

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from app.gui.models import Column, ComparisonModel

# One step of the background pass: short enough to keep input and painting smooth.
_STEP_SECONDS = 0.008
# Rows measured to estimate the height of the rows not measured yet.
_SAMPLE_ROWS = 16


class ClauseTable(QTableView):
    """A table view whose rows fit their content: on screen at once, elsewhere in steps."""

    rows_fitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted = bytearray()  # 1 for a row whose height fits its content
        self._reset = True  # the model was reset: new rows have the default height
        self._widths: list[int] = []  # the column widths the fitted rows fit
        self._pending: Iterator[int] = iter(())
        self._adjusting = False
        self._step_timer = QTimer(self, interval=0)
        self._step_timer.timeout.connect(self._fit_step)
        # Lines break elsewhere in a wider or narrower column: fit again once the header,
        # which signals each column before it has sized them all, is done.
        self._columns_timer = QTimer(self, singleShot=True, interval=0)
        self._columns_timer.timeout.connect(self.fit_rows)
        self.horizontalHeader().sectionResized.connect(self._columns_timer.start)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._fit_near_view())

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._forget_heights)

    def fit_rows(self) -> None:
        """Fit every row to its content: those on screen now, the others in steps."""
        self._forget_fits()
        if self._reset and self._fitted:
            self._estimate_heights(len(self._fitted))
        self._reset = False
        # The scroll position must lie within the rows; and a scroll bar that comes or goes
        # with their heights narrows or widens the columns: let it now, so that the rows on
        # screen are measured once, at the widths they are shown at.
        self._adjusting = True
        self.updateGeometries()
        self.executeDelayedItemsLayout()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._adjusting = False
        self._fit_near_view(reach=0)  # the rows around come first in the steps

    def span_folds(self) -> None:
        """Let each fold of identical clauses span both text columns."""
        self.clearSpans()
        model = self.model()
        assert isinstance(model, ComparisonModel)
        for position in model.fold_positions():
            self.setSpan(position, Column.LEFT, 1, 2)

    def is_fitting(self) -> bool:
        """Whether some rows still wait for their height."""
        return self._step_timer.isActive()

    def scrollTo(self, index: QModelIndex | QPersistentModelIndex,
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible
                 ) -> None:
        if index.isValid():
            self._fit_around(index.row())
        super().scrollTo(index, hint)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_near_view()

    def _forget_heights(self) -> None:
        """After a model reset no row fits yet, and new rows have the default height."""
        self._step_timer.stop()
        self._fitted = bytearray(self.model().rowCount())
        self._reset = True

    def _column_widths(self) -> list[int]:
        return [self.columnWidth(column) for column in range(self.horizontalHeader().count())]

    def _forget_fits(self) -> None:
        """Count every row as unfitted, at the current widths; fit them from the view on."""
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        self._fitted = bytearray(rows)
        self._widths = self._column_widths()
        top = max(0, self.rowAt(0))
        self._pending = chain(range(top, rows), range(top - 1, -1, -1))
        self._step_timer.start()

    def _estimate_heights(self, rows: int) -> None:
        """Make the default height, that rows never sized have, the mean of a sample."""
        sample = range(0, rows, max(1, rows // _SAMPLE_ROWS))
        heights = [self.sizeHintForRow(row) for row in sample]
        self.verticalHeader().setDefaultSectionSize(round(sum(heights) / len(heights)))
        self._fit(sample)

    def _fit_step(self) -> None:
        """Fit pending rows for a moment; when none is left, say the rows are fitted."""
        if self._widths != self._column_widths():
            self._forget_fits()
        unfitted = (row for row in self._pending
                    if row < len(self._fitted) and not self._fitted[row])
        if self._fit(unfitted, time.perf_counter() + _STEP_SECONDS) \
                and self._widths == self._column_widths():
            self._step_timer.stop()
            self.rows_fitted.emit()

    def _fit_near_view(self, reach: int | None = None) -> None:
        """Fit the unfitted rows on screen and within ``reach`` pixels (a screen's height
        unless told) above and below."""
        if self._adjusting or not self._fitted:
            return
        header = self.verticalHeader()
        height = self.viewport().height()
        if reach is None:
            reach = height
        while True:
            if self._widths != self._column_widths():  # the scroll bar came or went
                self._forget_fits()
            offset, end = header.offset(), header.length() - 1
            first = max(0, header.logicalIndexAt(min(max(0, offset - reach), end) - offset))
            last = header.logicalIndexAt(min(offset + height + reach, end) - offset)
            unfitted = [row for row in range(first, last + 1) if not self._fitted[row]]
            if not unfitted:
                return
            self._fit(unfitted)

    def _fit_around(self, row: int) -> None:
        """Fit the rows within a screen's height of ``row``, so that scrolling to it is exact."""
        reach = self.viewport().height()
        for step in (-1, 1):
            covered, current = 0, row
            while 0 <= current < len(self._fitted) and covered < reach:
                if not self._fitted[current]:
                    self._fit([current])
                covered += self.rowHeight(current)
                current += step

    def _fit(self, rows: Iterable[int], deadline: float = math.inf) -> bool:
        """Fit ``rows`` until the deadline, keeping the top row in place; say if all were."""
        anchor = self.rowAt(0)
        before = self.rowViewportPosition(anchor)
        finished = True
        for row in rows:
            self.resizeRowToContents(row)
            self._fitted[row] = 1
            if time.perf_counter() > deadline:
                finished = False
                break
        shift = self.rowViewportPosition(anchor) - before if anchor >= 0 else 0
        bar = self.verticalScrollBar()
        if shift and not bar.isSliderDown():
            self.updateGeometries()  # the scroll range must hold the new heights first
            self._adjusting = True
            bar.setValue(bar.value() + shift)
            self._adjusting = False
            self.viewport().update()
        return finished
