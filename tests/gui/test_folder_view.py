"""The folder view: two folders paired and compared, filters, opening a pair, exporting."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.gui.folder_view.model import ENTRY_ROLE, Column
from app.gui.main_window import MainWindow


@pytest.fixture()
def folders(tmp_path: Path, samples_dir: Path) -> tuple[Path, Path]:
    left, right = tmp_path / "draft", tmp_path / "final"
    left.mkdir()
    right.mkdir()
    shutil.copy(samples_dir / "plan-2021-draft.txt", left / "plan（征求意见稿）.txt")
    shutil.copy(samples_dir / "plan-2021-final.txt", right / "plan.txt")
    shutil.copy(samples_dir / "trade-plan.md", left / "trade.md")
    shutil.copy(samples_dir / "trade-plan.md", right / "trade.md")
    (left / "notes.txt").write_text("一、左边独有的说明。", "utf-8")
    (right / "annex.txt").write_text("一、右边独有的附件，内容完全不同。", "utf-8")
    return left, right


def _names(window: MainWindow) -> list[str]:
    view = window.folders.window
    return [view.filter.index(row, Column.NAME).data() for row in range(view.filter.rowCount())]


def _open_folders(qtbot, window: MainWindow, left: Path, right: Path) -> None:
    window.compare_folders(str(left), str(right))
    view = window.folders.window
    qtbot.waitUntil(lambda: not view.progress.isVisible(), timeout=60_000)


def test_two_folders_are_paired_compared_and_filtered(qtbot, window: MainWindow,
                                                      folders: tuple[Path, Path]) -> None:
    _open_folders(qtbot, window, *folders)
    view = window.folders.window
    assert view.isVisible()
    assert _names(window) == ["plan（征求意见稿）", "trade", "notes.txt  (only left)",
                              "annex.txt  (only right)"]
    statuses = [view.filter.index(row, Column.STATUS).data() for row in range(2)]
    assert statuses == ["≠", "="]
    assert int(view.filter.index(0, Column.SUBSTANTIVE).data()) > 0
    assert view.filter.index(0, Column.REVIEWED).data().startswith("0/")
    assert "2 pairs: 1 with differences, 1 without" in view.summary_label.text()
    view.changed_only.click()
    view.show_unpaired.click()
    assert _names(window) == ["plan（征求意见稿）"]


def test_double_click_opens_the_pair_and_back_returns(qtbot, window: MainWindow,
                                                      folders: tuple[Path, Path]) -> None:
    _open_folders(qtbot, window, *folders)
    view = window.folders.window
    table = view.table
    rect = table.visualRect(view.filter.index(1, Column.NAME))
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert Path(window.documents.left_path).name == "trade.md"
    assert window.back_to_folders_action.isVisible()
    view.hide()
    window.back_to_folders_action.trigger()
    assert view.isVisible()


def test_two_unpaired_files_can_be_paired_by_hand(qtbot, window: MainWindow,
                                                  folders: tuple[Path, Path]) -> None:
    _open_folders(qtbot, window, *folders)
    view = window.folders.window
    selection = view.table.selectionModel()
    for row in (2, 3):
        selection.select(view.filter.index(row, 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    view.pair_button.click()
    qtbot.waitUntil(lambda: not view.progress.isVisible(), timeout=60_000)
    assert _names(window) == ["plan（征求意见稿）", "trade", "notes"]
    entry = view.filter.index(2, 0).data(ENTRY_ROLE)
    assert entry.result is not None and entry.pair.right.name == "annex.txt"


def test_export_all_writes_every_report_and_the_index(qtbot, window: MainWindow,
                                                      folders: tuple[Path, Path],
                                                      tmp_path: Path) -> None:
    _open_folders(qtbot, window, *folders)
    out = tmp_path / "reports"
    with qtbot.waitSignal(window.folders.export_finished, timeout=60_000) as signal:
        window.folders.export_all(out, ("html",))
    assert signal.args == [str(out / "index.html")]
    index = json.loads((out / "index.json").read_text("utf-8"))
    assert sorted(p["reports"]["html"] for p in index["pairs"]) == [
        "plan（征求意见稿）.html", "trade.html"]
    assert [Path(p).name for p in index["only_left"]] == ["notes.txt"]
    assert (out / "trade.html").is_file()
    window.folders.message_box.close()


def test_dropping_two_folders_opens_the_folder_view(qtbot, window: MainWindow,
                                                    folders: tuple[Path, Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folders[0])), QUrl.fromLocalFile(str(folders[1]))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.folders is not None
    qtbot.waitUntil(lambda: not window.folders.window.progress.isVisible(), timeout=60_000)
    assert len(_names(window)) == 4


def test_the_start_page_opens_two_folders(qtbot, window: MainWindow,
                                          folders: tuple[Path, Path], monkeypatch) -> None:
    chosen = iter([str(folders[0]), str(folders[1])])
    monkeypatch.setattr("app.gui.main_window.QFileDialog.getExistingDirectory",
                        lambda *args, **kwargs: next(chosen))
    qtbot.mouseClick(window.start_page.folders_button, Qt.MouseButton.LeftButton)
    assert window.folders is not None
    qtbot.waitUntil(lambda: not window.folders.window.progress.isVisible(), timeout=60_000)
    assert _names(window)[:2] == ["plan（征求意见稿）", "trade"]


def test_a_folder_comparison_saved_as_a_project_reopens_with_its_pairs(
        qtbot, window: MainWindow, folders: tuple[Path, Path], tmp_path: Path,
        make_window, monkeypatch) -> None:
    _open_folders(qtbot, window, *folders)
    view = window.folders.window
    selection = view.table.selectionModel()
    for row in (2, 3):  # pair the two unpaired files by hand: the project keeps that too
        selection.select(view.filter.index(row, 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    view.pair_button.click()
    qtbot.waitUntil(lambda: not view.progress.isVisible(), timeout=60_000)
    project = tmp_path / "folders.duizhao"
    with qtbot.waitSignal(window.folders.project_saved):
        window.folders.save_project(project)
    later = make_window()
    monkeypatch.setattr("app.gui.review_files.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(project), ""))
    later.review.actions.open_project_action.trigger()  # File ▸ Open project…
    assert later.folders is not None
    qtbot.waitUntil(lambda: not later.folders.window.progress.isVisible(), timeout=60_000)
    assert _names(later) == ["plan（征求意见稿）", "trade", "notes"]
    assert later.settings.recent_projects == [str(project)]
