"""The real window, offscreen, with its settings in a temporary file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.gui.main_window import MainWindow

OpenPair = Callable[[Path | str, Path | str], MainWindow]


@pytest.fixture()
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture()
def make_window(qtbot, settings_file: Path) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = MainWindow(QSettings(str(settings_file), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture()
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture()
def open_pair(qtbot, window: MainWindow) -> OpenPair:
    def open_and_wait(left: Path | str, right: Path | str) -> MainWindow:
        with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
            window.documents.open_pair(str(left), str(right))
        return window

    return open_and_wait
