"""The progress bar and Cancel button a window's status bar shows while it works."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar


def add_busy_widgets(status: QStatusBar) -> tuple[QProgressBar, QPushButton]:
    """A text-less progress bar and a Cancel button, hidden, at the status bar's right end."""
    progress = QProgressBar()
    progress.setMaximumWidth(180)
    progress.setTextVisible(False)
    cancel_button = QPushButton()
    progress.hide()
    cancel_button.hide()
    status.addPermanentWidget(progress)
    status.addPermanentWidget(cancel_button)
    return progress, cancel_button
