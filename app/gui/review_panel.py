"""The review panel's widgets: verdict buttons, comment editors, the orphaned notes.

A view only: it builds and lays out widgets and translates their texts; the review
controller connects them and holds the logic.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.models import DifferenceFilter
from app.gui.palette import VERDICT_COLORS, VERDICT_SYMBOLS, verdict_name, verdict_state_name
from app.review import Verdict


def verdict_button_row() -> tuple[dict[Verdict, QPushButton], QHBoxLayout]:
    """A checkable button for each verdict, in the verdict's colour when checked, in a row."""
    buttons: dict[Verdict, QPushButton] = {}
    row = QHBoxLayout()
    for verdict in Verdict:
        button = QPushButton()
        button.setCheckable(True)
        button.setStyleSheet(f"QPushButton:checked {{ color: white; background: "
                             f"{VERDICT_COLORS[verdict.value]}; }}")
        buttons[verdict] = button
        row.addWidget(button)
    return buttons, row


class ReviewPanel(QWidget):
    """Verdict and comment for the current difference, a comment on its row, orphans."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        self.verdict_buttons, buttons = verdict_button_row()
        self.comment_edit = QLineEdit()
        self.comment_edit.setClearButtonEnabled(True)
        self.row_comment_edit = QLineEdit()
        self.row_comment_edit.setClearButtonEnabled(True)
        self.reviewer_label = QLabel()
        self.orphans_label = QLabel()
        self.orphans_view = QListView()
        self.orphans_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.orphans_view.setMaximumHeight(90)
        self.orphans_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.attach_orphan_button = QPushButton()
        self.delete_orphan_button = QPushButton()
        self.orphan_buttons = QWidget()
        orphan_buttons = QHBoxLayout(self.orphan_buttons)
        orphan_buttons.setContentsMargins(0, 0, 0, 0)
        orphan_buttons.addWidget(self.attach_orphan_button)
        orphan_buttons.addWidget(self.delete_orphan_button)
        orphan_buttons.addStretch(1)
        # Placed by the window above the differences list, beside the kind filter.
        self.verdict_filter = QComboBox()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.reviewer_label)
        layout.addLayout(header)
        layout.addWidget(self.target_label)
        layout.addLayout(buttons)
        self.form = QFormLayout()
        self.form.addRow(QLabel(), self.comment_edit)
        self.form.addRow(QLabel(), self.row_comment_edit)
        layout.addLayout(self.form)
        layout.addWidget(self.orphans_label)
        layout.addWidget(self.orphans_view)
        layout.addWidget(self.orphan_buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = self.tr("Review")
        self.title.setText(f"<b>{title}</b>")
        keys = {Verdict.ACCEPTED: "A", Verdict.REJECTED: "R", Verdict.QUERY: "Q"}
        for verdict, button in self.verdict_buttons.items():
            button.setText(f"{VERDICT_SYMBOLS[verdict.value]} {verdict_name(verdict.value)}"
                           f"  ({keys[verdict]})")
        self.form.labelForField(self.comment_edit).setText(self.tr("Comment:"))
        self.form.labelForField(self.row_comment_edit).setText(self.tr("Row comment:"))
        self.comment_edit.setPlaceholderText(self.tr("On this difference (Enter)"))
        self.row_comment_edit.setPlaceholderText(self.tr("On the whole row (Shift+Enter)"))
        self.delete_orphan_button.setText(self.tr("Delete note…"))
        self.delete_orphan_button.setToolTip(self.tr("Delete the selected note from the review "
                                                     "file (Del)"))
        current = self.verdict_filter.currentData()
        self.verdict_filter.blockSignals(True)
        self.verdict_filter.clear()
        self.verdict_filter.addItem(self.tr("All verdicts"), DifferenceFilter.ALL)
        self.verdict_filter.addItem(self.tr("Unreviewed"), DifferenceFilter.UNREVIEWED)
        for verdict in Verdict:
            self.verdict_filter.addItem(verdict_state_name(verdict.value), verdict.value)
        self.verdict_filter.setCurrentIndex(max(0, self.verdict_filter.findData(current)))
        self.verdict_filter.blockSignals(False)

    def show_target(self, text: str, enabled: bool) -> None:
        """Name what the verdict buttons and the comment apply to."""
        self.target_label.setText(text)
        for button in self.verdict_buttons.values():
            button.setEnabled(enabled)
        self.comment_edit.setEnabled(enabled)

    def show_verdict(self, verdict: str | None) -> None:
        for each, button in self.verdict_buttons.items():
            button.setChecked(each.value == verdict)

    def show_comments(self, comment: str, row_comment: str, row_enabled: bool) -> None:
        """Fill both editors without moving the cursor of the one being typed in."""
        for edit, text in ((self.comment_edit, comment), (self.row_comment_edit, row_comment)):
            if edit.text() != text:
                edit.setText(text)
        self.row_comment_edit.setEnabled(row_enabled)

    def show_reviewer(self, name: str) -> None:
        self.reviewer_label.setText(self.tr("Reviewer: {name}").format(name=name))

    def show_orphan_count(self, count: int) -> None:
        self.orphans_label.setText(self.tr("Notes that no longer match ({count}):").format(
            count=count))
        self.orphans_label.setVisible(count > 0)
        self.orphans_view.setVisible(count > 0)
        self.orphan_buttons.setVisible(count > 0)

    def show_orphan_actions(self, attach_text: str, attach_enabled: bool, attach_tip: str,
                            delete_enabled: bool) -> None:
        """Label and enable the buttons that act on the selected orphaned note."""
        self.attach_orphan_button.setText(attach_text)
        self.attach_orphan_button.setEnabled(attach_enabled)
        self.attach_orphan_button.setToolTip(attach_tip)
        self.delete_orphan_button.setEnabled(delete_enabled)
