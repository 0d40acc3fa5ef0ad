"""Navigation wiring: the differences list, next/previous difference, rows, clauses, copy."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QTableView,
)

from app.gui.clause_table import ClauseTable
from app.gui.delegate import HighlightDelegate
from app.gui.models import Column, ComparisonModel, DifferenceFilter, Roles
from app.gui.palette import kind_name
from app.model import Difference, Row


class Navigation(QObject):
    """Moves between differences, rows and clauses, and copies what is selected.

    ``current_difference_changed`` fires with the difference selected in the list, or None.
    """

    current_difference_changed = Signal(object)  # Difference | None

    def __init__(self, table: ClauseTable, table_model: ComparisonModel,
                 delegate: HighlightDelegate, differences: QTableView,
                 differences_filter: DifferenceFilter, kind_filter: QComboBox,
                 differences_title: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._table_model = table_model
        self._delegate = delegate
        self._differences = differences
        self._differences_filter = differences_filter
        self._kind_filter = kind_filter
        self._differences_title = differences_title
        kind_filter.currentIndexChanged.connect(self._filter_changed)
        for listed_changed in (differences_filter.modelReset, differences_filter.rowsInserted,
                               differences_filter.rowsRemoved, differences_filter.layoutChanged):
            listed_changed.connect(self.update_differences_title)
        differences.selectionModel().currentRowChanged.connect(self._difference_selected)
        table.doubleClicked.connect(self._table_double_clicked)

    # --- the differences list ----------------------------------------------------------------
    def update_differences_title(self) -> None:
        self._differences_title.setText(self.tr("Differences ({count})").format(
            count=self._differences_filter.rowCount()))

    def _filter_changed(self) -> None:
        self._differences_filter.set_mode(self._kind_filter.currentData())

    def step_difference(self, step: int) -> None:
        """Select the next (1) or previous (-1) difference in the panel's order."""
        count = self._differences_filter.rowCount()
        if count == 0:
            return
        current = self._differences.currentIndex().row()
        target = (0 if step > 0 else count - 1) if current < 0 else \
            min(count - 1, max(0, current + step))
        self._differences.setCurrentIndex(self._differences_filter.index(target, 0))

    def current_difference(self) -> Difference | None:
        index = self._differences.currentIndex()
        return index.data(Roles.DIFFERENCE) if index.isValid() else None

    def _difference_selected(self) -> None:
        difference = self.current_difference()
        self._delegate.set_current_difference(difference.id if difference else None)
        if difference is not None:
            self.go_to_row(difference.row)
        self._table.viewport().update()
        self.current_difference_changed.emit(difference)

    # --- rows --------------------------------------------------------------------------------
    def go_to_row(self, row_id: str) -> None:
        folded_before = self._table_model.rowCount()
        position = self._table_model.position_of_row(row_id)
        if self._table_model.rowCount() != folded_before:
            self._table.span_folds()
            self._table.fit_rows()
        if position < 0:
            return
        index = self._table_model.index(position, Column.LEFT)
        self._table.selectRow(position)
        self._table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def selected_row(self) -> Row | None:
        index = self._table.currentIndex()
        return self._table_model.row_at(index.row()) if index.isValid() else None

    def labels(self) -> list[str]:
        """The clause labels of both documents, in reading order, each once."""
        labels: dict[str, None] = {}
        for row in self._table_model.rows():
            for side in (row.left, row.right):
                if side is not None and side.label:
                    labels.setdefault(side.label)
        return list(labels)

    def go_to_label(self, label: str) -> bool:
        """Select the first row with this clause label; failing that, one whose label ends
        with it (``（三）`` finds ``二/（三）``). Say whether one was found."""
        label = label.strip()
        if not label:
            return False
        rows = self._table_model.rows()
        for matches in (lambda own: own == label, lambda own: own.endswith("/" + label)):
            for row in rows:
                if any(side is not None and matches(side.label)
                       for side in (row.left, row.right)):
                    self.go_to_row(row.id)
                    self._table.setFocus()
                    return True
        return False

    def go_to_counterpart(self) -> None:
        row = self.selected_row()
        if row is not None and row.moved_to:
            self.go_to_row(row.moved_to)

    def _table_double_clicked(self, index: QModelIndex) -> None:
        if index.data(Roles.FOLD):
            self._table_model.expand(index.row())
            self._table.span_folds()
            self._table.fit_rows()
            return
        row = self._table_model.row_at(index.row())
        if row is not None and row.moved_to:
            self.go_to_row(row.moved_to)

    def copy_selection(self) -> None:
        """Copy the phrase selected in an opened clause, the current difference (panel
        focused) or the selected row's two clauses."""
        clipboard = QGuiApplication.clipboard()
        focused = QApplication.focusWidget()
        if isinstance(focused, QPlainTextEdit) and focused.textCursor().hasSelection():
            focused.copy()  # the window's Ctrl+C comes before the read-only editor's
            return
        if self._differences.hasFocus() and self.current_difference() is not None:
            difference = self.current_difference()
            clipboard.setText(f"[{kind_name(difference.kind)}] {difference.left.text}"
                              f" → {difference.right.text}")
            return
        row = self.selected_row()
        if row is not None:
            left = self._table_model.side_text(row, Column.LEFT)
            right = self._table_model.side_text(row, Column.RIGHT)
            clipboard.setText(f"{left}\n{right}".strip())
