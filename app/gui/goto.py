"""The Go to clause dialog: a clause label typed with completion from both documents."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class GoToClauseDialog(QDialog):
    """Asks for a clause label (第三条, 二/（三）), completing from the labels given.

    ``chosen`` fires with the label on OK or Enter; the caller closes the dialog when it
    found the clause and otherwise calls ``say_not_found``.
    """

    chosen = Signal(str)

    def __init__(self, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Go to clause"))
        self.prompt = QLabel(self.tr("Clause label, for example 第三条 or 二/（三）:"))
        self.edit = QLineEdit()
        completer = QCompleter(labels, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(completer)
        self.message = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: self.chosen.emit(self.label()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def label(self) -> str:
        return self.edit.text().strip()

    def say_not_found(self) -> None:
        self.message.setText(self.tr("No clause has the label {label}.").format(
            label=self.label()))
