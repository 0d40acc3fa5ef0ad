"""What a desktop gives the window: one file from a file manager, Qt's own dialogs translated."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.gui.application import _open
from app.gui.dialogs import OpenPairDialog
from app.gui.main_window import MainWindow
from app.gui.translations import install_language


def test_one_document_opens_on_the_left_and_the_window_asks_for_the_other(
        qtbot, window: MainWindow, samples_dir: Path) -> None:
    left, right = samples_dir / "plan-simplified.md", samples_dir / "plan-traditional.txt"
    asked: list[tuple[str, str]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OpenPairDialog):
            QTimer.singleShot(50, answer)
            return
        asked.append(dialog.paths())
        dialog.right_edit.setText(str(right))
        dialog.accept()

    QTimer.singleShot(50, answer)
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        _open(window, str(left), None)
    assert asked == [(os.path.abspath(left), "")]
    assert window.windowTitle().startswith("plan-simplified.md ↔ plan-traditional.txt")


def test_standard_buttons_speak_the_interface_language(qapp) -> None:
    texts = {}
    try:
        for language in ("zh_CN", "zh_TW", "en"):
            install_language(language)
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                                       | QDialogButtonBox.StandardButton.Save)
            texts[language] = {buttons.button(QDialogButtonBox.StandardButton.Cancel).text(),
                               buttons.button(QDialogButtonBox.StandardButton.Save).text()}
    finally:
        install_language("en")
    assert texts == {"zh_CN": {"取消", "保存"}, "zh_TW": {"取消", "儲存"},
                     "en": {"Cancel", "Save"}}
