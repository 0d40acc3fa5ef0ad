"""The Go to clause dialog: a clause label typed, the labels of both documents that match."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class GoToClauseDialog(QDialog):
    """Asks for a clause label (第三条, 二/（三）) and lists the labels that contain it.

    ``chosen`` fires with the label on Enter, OK or a click in the list; the caller closes
    the dialog when it found the clause and otherwise calls ``say_not_found``.
    """

    chosen = Signal(str)

    def __init__(self, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self.setWindowTitle(self.tr("Go to clause"))
        self.prompt = QLabel(self.tr("Clause label, for example 第三条 or 二/（三）:"))
        self.edit = QLineEdit()
        self.matching = QListWidget()
        self.message = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        # Enter in the field chooses; no default button, so that it chooses once.
        for button in buttons.buttons():
            button.setAutoDefault(False)
        buttons.accepted.connect(lambda: self.chosen.emit(self.label()))
        buttons.rejected.connect(self.reject)
        self.edit.returnPressed.connect(lambda: self.chosen.emit(self.label()))
        self.edit.textChanged.connect(self._list_matching)
        self.matching.itemActivated.connect(self._item_chosen)
        self.matching.itemClicked.connect(self._item_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.matching)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._list_matching("")

    def label(self) -> str:
        return self.edit.text().strip()

    def say_not_found(self) -> None:
        self.message.setText(self.tr("No clause has the label {label}.").format(
            label=self.label()))

    def _list_matching(self, text: str) -> None:
        self.message.clear()
        self.matching.clear()
        self.matching.addItems([label for label in self._labels if text.strip() in label])

    def _item_chosen(self, item: QListWidgetItem) -> None:
        self.edit.setText(item.text())
        self.chosen.emit(item.text())
