"""Documents that share little text: how much they share, and the notice that says so.

Two unrelated documents align into a few rows screens tall; rather than show those, the
window says how much text the documents share and lets the user go on or open others.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.model import Comparison

# Below this share of common text, two documents are not taken for versions of one.
UNRELATED_SHARE = 0.2


def shared_share(comparison: Comparison) -> float:
    """The share of both documents' clause text that lies in matched rows, by similarity.

    Whitespace is not counted; two empty documents share everything.
    """
    left, right = comparison.left.document.text, comparison.right.document.text
    # Clauses hold all of a text but the whitespace between them, so the text counted is
    # the documents' text; only the rows that share less than all of theirs are measured.
    total = _counted_length(left) + _counted_length(right)
    unshared = 0.0
    for row in comparison.rows:
        matched = row.left is not None and row.right is not None
        if matched and row.similarity >= 1:
            continue
        length = sum(_counted_length(text[side.start:side.end])
                     for side, text in ((row.left, left), (row.right, right))
                     if side is not None)
        unshared += (1 - row.similarity if matched else 1) * length
    return (total - unshared) / total if total else 1.0


def _counted_length(text: str) -> int:
    """Characters that are not whitespace: split() drops exactly those isspace() finds,
    at C speed."""
    return len("".join(text.split()))


class UnrelatedNotice(QWidget):
    """Says that the documents share little text; ``continue_requested`` shows them anyway,
    ``open_requested`` asks for other documents."""

    continue_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.continue_button = QPushButton()
        self.open_button = QPushButton()
        self.continue_button.clicked.connect(self.continue_requested)
        self.open_button.clicked.connect(self.open_requested)
        self._share = 0.0
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_share(self, share: float) -> None:
        self._share = share
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText("<h3>" + self.tr(
            "These documents share {percent}% of their text.").format(
                percent=round(self._share * 100)) + "</h3><p>" + self.tr(
            "They do not look like two versions of one document, and a comparison would "
            "show little more than two columns of different text.") + "</p>")
        self.continue_button.setText(self.tr("Compare them anyway"))
        self.open_button.setText(self.tr("Open other documents…"))
