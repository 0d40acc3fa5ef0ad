"""Start the window: ``duizhao [--screenshot PNG] [LEFT [RIGHT] | PROJECT.duizhao]``.

One document (as a file manager passes it) opens on the left and the window asks for the
other.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.gui.main_window import MainWindow
from app.gui.paths import ICON
from app.gui.translations import install_language
from app.report.pdf import load_packaged_fonts
from app.review import ReviewError
from app.review.project import SUFFIX as PROJECT_SUFFIX
from app.review.project import load_project


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="duizhao", description="Open the Duizhao window.")
    parser.add_argument("left", nargs="?",
                        help="the earlier document or folder, or a .duizhao project")
    parser.add_argument("right", nargs="?",
                        help="the later document or folder (without it, the window asks for "
                             "the other document)")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="open the pair, wait for the comparison, save the window as PNG "
                             "and exit")
    args = parser.parse_args(argv)
    project = args.left is not None and args.left.lower().endswith(PROJECT_SUFFIX)
    if project and args.right is not None:
        parser.error("give two documents, a .duizhao project, or none")
    if args.screenshot and args.right is None and not project:
        parser.error("--screenshot needs two documents or a .duizhao project")
    return args


def run_gui(argv: Sequence[str]) -> int:
    args = _parse(argv)
    application = QApplication.instance() or QApplication([sys.argv[0], *argv[:0]])
    application.setApplicationName("Duizhao")
    application.setOrganizationName("Duizhao")
    application.setDesktopFileName("duizhao")  # the desktop entry; the app id on Wayland
    application.setWindowIcon(QIcon(str(ICON)))
    load_packaged_fonts()
    store = QSettings()
    window = MainWindow(store)
    install_language(window.settings.language)
    window.show()
    if args.screenshot:
        return _screenshot(application, window, args.left, args.right, args.screenshot)
    if args.left:
        _open(window, args.left, args.right)
    return application.exec()


def _open(window: MainWindow, left: str, right: str | None) -> None:
    if left.lower().endswith(PROJECT_SUFFIX):
        window.open_project(left)
    elif right is None:
        window.documents.drop_paths([left], on_left=True)
        QTimer.singleShot(0, window.documents.choose_documents)
    elif os.path.isdir(left) and os.path.isdir(right):
        window.compare_folders(left, right)
    else:
        window.documents.open_pair(left, right)


def _screenshot(application: QApplication, window: MainWindow, left: str, right: str | None,
                path: str) -> int:
    if right is None:
        try:
            load_project(left)  # a bad project shows a dialog, and no comparison would come
        except ReviewError as error:
            print(f"duizhao: {error}", file=sys.stderr)
            return 2
    status = {"code": 0}

    def save(_comparison: object) -> None:
        QTimer.singleShot(300, lambda: finish(window.grab().save(path)))

    def finish(saved: bool) -> None:
        if not saved:
            print(f"duizhao: {path}: cannot write the screenshot", file=sys.stderr)
            status["code"] = 2
        application.quit()

    def fail(message: str) -> None:
        print(f"duizhao: {message}", file=sys.stderr)
        status["code"] = 2
        application.quit()

    window.comparison_shown.connect(save)
    window.runner.failed.connect(fail)
    _open(window, left, right)
    application.exec()
    window.runner.wait()
    return status["code"]
