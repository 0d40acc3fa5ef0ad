"""Making a difference current: by its id, or by a click on its highlight in the table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QComboBox, QTableView

from app.gui.clause_table import ClauseTable
from app.gui.delegate import PADDING, HighlightDelegate
from app.gui.models import Column, DifferenceFilter, DifferencesModel, Roles
from app.model import Difference


class DifferencePicker(QObject):
    """Selects differences in the list, widening only the filter that hides one.

    A click in the table makes the clicked change current, or the row's first one.
    """

    def __init__(self, table: ClauseTable, delegate: HighlightDelegate, differences: QTableView,
                 differences_model: DifferencesModel, differences_filter: DifferenceFilter,
                 kind_filter: QComboBox, verdict_filter: QComboBox,
                 current_difference: Callable[[], Difference | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._delegate = delegate
        self._differences = differences
        self._differences_model = differences_model
        self._differences_filter = differences_filter
        self._kind_filter = kind_filter
        self._verdict_filter = verdict_filter
        self._current_difference = current_difference
        self._press = QPoint()  # where the table was last clicked, in its viewport
        table.clicked.connect(self._table_clicked)
        table.viewport().installEventFilter(self)

    def select(self, difference_id: str) -> None:
        """Make the difference current in the list, widening only the filter that hides it."""
        source, listed = self._differences_model, self._differences_filter
        position = next(n for n in range(source.rowCount())
                        if source.difference(n).id == difference_id)
        index = listed.mapFromSource(source.index(position, 0))
        if not index.isValid() and listed.verdict_mode() != DifferenceFilter.ALL:
            self._verdict_filter.setCurrentIndex(
                self._verdict_filter.findData(DifferenceFilter.ALL))
            index = listed.mapFromSource(source.index(position, 0))
        if not index.isValid():
            self._kind_filter.setCurrentIndex(self._kind_filter.findData(DifferenceFilter.ALL))
            index = listed.mapFromSource(source.index(position, 0))
        self._differences.setCurrentIndex(index)
        self._differences.scrollTo(index)

    def _table_clicked(self, index: QModelIndex) -> None:
        row = index.data(Roles.ROW)
        if row is None or not row.differences or index.data(Roles.FOLD):
            return
        clicked = self._difference_at(index)
        current = self._current_difference()
        if clicked is None and current is not None and current.row == row.id:
            return  # the row's current difference stays current
        target = clicked or self._listed(row.differences)[0]
        if current is None or current.id != target:
            self.select(target)

    def _listed(self, difference_ids: tuple[str, ...]) -> list[str]:
        """Those of the differences the list shows with its filters, in the list's order."""
        wanted, listed = set(difference_ids), self._differences_filter
        shown = (listed.index(n, 0).data(Roles.DIFFERENCE).id for n in range(listed.rowCount()))
        return [i for i in shown if i in wanted] or sorted(
            difference_ids, key=lambda i: int(i.lstrip("d")) if i[1:].isdigit() else 0)

    def _difference_at(self, index: QModelIndex) -> str | None:
        """The highlighted difference under the mouse in a text cell, if any."""
        if index.column() not in (Column.LEFT, Column.RIGHT):
            return None
        rect, point = self._table.visualRect(index), self._press
        if not rect.contains(point):
            return None
        layout = self._delegate.text_layout(index, rect.width())
        x, y = point.x() - rect.left() - PADDING, point.y() - rect.top() - PADDING
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            if line.y() <= y < line.y() + line.height():
                offset = line.xToCursor(x)
                for start, length, _kind, difference_id in index.data(Roles.HIGHLIGHTS) or ():
                    if start <= offset < start + length:
                        return difference_id
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._press = event.position().toPoint()
        return False
