"""The start page, shown while no pair is open: recent pairs and projects, Open, the sample.

A view only: it lays out its widgets and says what was chosen through its signals.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


class StartPage(QWidget):
    """Where a session starts: ``open_requested``, ``folders_requested``, ``check_requested``,
    ``sample_requested``, ``pair_chosen(left, right)`` and ``project_chosen(path)`` say what
    the user picked."""

    open_requested = Signal()
    folders_requested = Signal()
    check_requested = Signal()
    sample_requested = Signal()
    pair_chosen = Signal(str, str)
    project_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton()
        self.sample_button = QPushButton()
        self.folders_button = QPushButton()
        self.check_button = QPushButton()
        self.open_button.clicked.connect(self.open_requested)
        self.folders_button.clicked.connect(self.folders_requested)
        self.check_button.clicked.connect(self.check_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.drop_hint = QLabel()
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_hint.setMinimumHeight(80)
        self.drop_hint.setMaximumHeight(120)
        self.recent_pairs_label = QLabel()
        self.recent_pairs = QListWidget()
        self.recent_projects_label = QLabel()
        self.recent_projects = QListWidget()
        self.recent_pairs.itemActivated.connect(self._pair_activated)
        self.recent_pairs.itemClicked.connect(self._pair_activated)
        self.recent_projects.itemActivated.connect(self._project_activated)
        self.recent_projects.itemClicked.connect(self._project_activated)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folders_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        for listing in (self.recent_pairs, self.recent_projects):
            listing.setMaximumHeight(180)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.title)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.drop_hint)
        column.addSpacing(12)
        column.addWidget(self.recent_pairs_label)
        column.addWidget(self.recent_pairs)
        column.addWidget(self.recent_projects_label)
        column.addWidget(self.recent_projects)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText("<h2>" + self.tr("Compare two versions of a Chinese document")
                           + "</h2>")
        self.open_button.setText(self.tr("Open two documents…"))
        self.sample_button.setText(self.tr("Open the sample pair"))
        self.folders_button.setText(self.tr("Compare two folders…"))
        self.check_button.setText(self.tr("Check one document…"))
        self.drop_hint.setText(self.tr("Drop two documents, two folders or a .duizhao project "
                                       "here"))
        self.recent_pairs_label.setText(self.tr("Recent pairs"))
        self.recent_projects_label.setText(self.tr("Recent projects"))

    def show_recent(self, pairs: list[list[str]], projects: list[str]) -> None:
        """List the recent pairs and projects; a list with nothing in it is hidden."""
        self.recent_pairs.clear()
        for left, right in pairs:
            item = QListWidgetItem(f"{Path(left).name}  ↔  {Path(right).name}")
            item.setToolTip(f"{left}\n{right}")
            item.setData(_PAIR_ROLE, (left, right))
            self.recent_pairs.addItem(item)
        self.recent_projects.clear()
        for path in projects:
            item = QListWidgetItem(Path(path).name)
            item.setToolTip(path)
            item.setData(_PAIR_ROLE, path)
            self.recent_projects.addItem(item)
        for label, listing in ((self.recent_pairs_label, self.recent_pairs),
                               (self.recent_projects_label, self.recent_projects)):
            label.setVisible(listing.count() > 0)
            listing.setVisible(listing.count() > 0)

    def _pair_activated(self, item: QListWidgetItem) -> None:
        left, right = item.data(_PAIR_ROLE)
        self.pair_chosen.emit(left, right)

    def _project_activated(self, item: QListWidgetItem) -> None:
        self.project_chosen.emit(item.data(_PAIR_ROLE))
