"""The questions and warnings of the review, shown over the window.

The last question asked and the last warning shown are kept (``confirmation``,
``warning``), so that a test can answer or read them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class Prompts(QObject):
    """Asks before a note is lost and warns of a file that cannot be used."""

    ACCEPT, DISCARD, CANCEL = range(3)  # what ``choose`` answers

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.warning: QMessageBox | None = None
        self.confirmation: QMessageBox | None = None

    def warn(self, title: str, message: str) -> None:
        """Show a problem without waiting for it to be read."""
        self.warning = QMessageBox(QMessageBox.Icon.Warning, title, message,
                                   QMessageBox.StandardButton.Ok, self._window)
        self.warning.open()

    def confirm(self, title: str, question: str, action: str) -> bool:
        """Ask before a change that loses a note; Cancel is the default."""
        box, cancel = self._ask(QMessageBox.Icon.Question, title, question)
        accept = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is accept

    def choose(self, title: str, question: str, accept: str, discard: str) -> int:
        """Ask a warning's question: ``accept`` (the default), ``discard`` or Cancel."""
        box, cancel = self._ask(QMessageBox.Icon.Warning, title, question)
        buttons = (box.addButton(accept, QMessageBox.ButtonRole.AcceptRole),
                   box.addButton(discard, QMessageBox.ButtonRole.DestructiveRole), cancel)
        box.setDefaultButton(buttons[self.ACCEPT])
        box.exec()
        return next((n for n, button in enumerate(buttons) if box.clickedButton() is button),
                    self.CANCEL)

    def _ask(self, icon: QMessageBox.Icon, title: str,
             question: str) -> tuple[QMessageBox, QPushButton]:
        """A question box kept as ``confirmation``, with its Cancel, which Escape presses."""
        self.confirmation = box = QMessageBox(icon, title, question,
                                              QMessageBox.StandardButton.NoButton, self._window)
        # Our own Cancel: Qt's standard button is not translated without qtbase's catalogue.
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setEscapeButton(cancel)
        return box, cancel
