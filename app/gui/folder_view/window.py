"""The folder view's widgets: filters, the table of pairs, actions, progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.folder_view.model import NOTE_COLUMN, Column, FolderFilter, FolderModel


class FolderWindow(QWidget):
    """A window listing the pairs of two folders; its controller holds the logic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("folder-view")
        self.model = FolderModel(self)
        self.filter = FolderFilter(self)
        self.filter.setSourceModel(self.model)
        self.folders_label = QLabel()
        self.folders_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changed_only = QCheckBox()
        self.show_unpaired = QCheckBox()
        self.show_unpaired.setChecked(True)
        self.pair_button = QPushButton()
        self.open_button = QPushButton()
        self.export_button = QPushButton()
        self.save_project_button = QPushButton()
        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # pairing order at first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.summary_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton()

        top = QHBoxLayout()
        top.addWidget(self.changed_only)
        top.addWidget(self.show_unpaired)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.pair_button)
        top.addWidget(self.export_button)
        top.addWidget(self.save_project_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folders_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.set_busy(False)
        self.resize(1000, 640)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.save_project_button.setEnabled(not busy)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare folders — Duizhao"))
        self.changed_only.setText(self.tr("Changed only"))
        self.show_unpaired.setText(self.tr("Show unpaired files"))
        self.open_button.setText(self.tr("Open pair"))
        self.pair_button.setText(self.tr("Pair selected files"))
        self.export_button.setText(self.tr("Export all reports…"))
        self.save_project_button.setText(self.tr("Save as project…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          self.model.columnCount() - 1)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_button.click()
        super().closeEvent(event)
