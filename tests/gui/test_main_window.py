"""The window as a user drives it: open, read, navigate, filter, settings, errors, cancel."""

from __future__ import annotations

import json
from pathlib import Path

from opencc import OpenCC
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui.models import Column, DifferenceFilter, Roles
from app.model import Kind, RowStatus


def _listed(window) -> list:
    model = window.differences_filter
    return [model.index(row, 0).data(Roles.DIFFERENCE) for row in range(model.rowCount())]


def test_seed_pair_shows_the_oracle_differences(open_pair, samples_dir: Path,
                                                data_dir: Path) -> None:
    window = open_pair(samples_dir / "plan-simplified.md", samples_dir / "plan-traditional.txt")
    oracle = json.loads((data_dir / "oracle_plan_pair.json").read_text("utf-8"))["substantive"]
    listed = [d for d in _listed(window) if d.kind.value != "conversion"]  # 60 besides
    assert len(listed) == sum(item.get("count", 1) for item in oracle)
    assert {d.kind.value for d in listed} == {"deleted", "wording", "encoding"}
    excerpts = {window.differences_filter.index(row, 3).data()
                for row in range(window.differences_filter.rowCount())}
    assert "培养 → 培訓" in excerpts
    assert "substantive" in window.counts_label.text() or "15" in window.counts_label.text()
    assert "UTF-8" in window.documents_label.text().upper()


def test_the_panel_numbers_what_it_lists_like_the_reports(open_pair, samples_dir: Path) -> None:
    window = open_pair(samples_dir / "plan-2021-draft.txt", samples_dir / "plan-2021-final.txt")
    listed = window.differences_filter
    numbers = [listed.index(row, 0).data() for row in range(listed.rowCount())]
    assert numbers == list(range(1, 10))  # 9 substantive; the numbering ones are not listed


def test_f7_and_shift_f7_move_the_selection(qtbot, open_pair, samples_dir: Path) -> None:
    window = open_pair(samples_dir / "plan-simplified.md", samples_dir / "plan-traditional.txt")
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_F7)
    first = window.navigation.current_difference()
    qtbot.keyClick(window.table, Qt.Key.Key_F7)
    second = window.navigation.current_difference()
    assert first is not None and second is not None and first.id != second.id
    qtbot.keyClick(window.table, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.navigation.current_difference().id == first.id
    # The table shows the row of the current difference.
    assert window.navigation.selected_row().id == first.row


def test_kind_filter_changes_the_list(open_pair, samples_dir: Path) -> None:
    window = open_pair(samples_dir / "plan-simplified.md", samples_dir / "plan-traditional.txt")
    window.kind_filter.setCurrentIndex(window.kind_filter.findData(Kind.ENCODING.value))
    assert {d.kind for d in _listed(window)} == {Kind.ENCODING}
    assert len(_listed(window)) == 9
    window.kind_filter.setCurrentIndex(window.kind_filter.findData(DifferenceFilter.ALL))
    assert len(_listed(window)) == len(window.comparison.differences)


def test_jump_to_a_moved_rows_counterpart(qtbot, open_pair, tmp_path: Path) -> None:
    left, right = tmp_path / "draft.txt", tmp_path / "final.txt"
    items = ["一、加强基础设施互联互通建设。", "二、推进贸易投资便利化改革。",
             "三、深化金融合作创新发展。", "四、密切人文交流合作。"]
    left.write_text("\n".join(items), "utf-8")
    right.write_text("\n".join([items[0], items[2], items[3], items[1]]), "utf-8")
    window = open_pair(left, right)
    moved = [p for p in range(window.table_model.rowCount())
             if window.table_model.row_at(p).status is RowStatus.MOVED]
    assert len(moved) == 2
    window.table.selectRow(moved[0])
    qtbot.keyClick(window.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.table.currentIndex().row() == moved[1]


def test_settings_persist_across_a_restart(make_window, qtbot) -> None:
    window = make_window()
    window.conversion_box.setCurrentIndex(window.conversion_box.findData("none"))
    window.differences_only_action.setChecked(True)
    window.kind_actions[Kind.PUNCTUATION].setChecked(True)
    window.close()
    again = make_window()
    assert again.settings.convert == "none"
    assert again.differences_only_action.isChecked()
    assert again.kind_actions[Kind.PUNCTUATION].isChecked()
    assert again.conversion_box.currentData() == "none"


def test_review_locations_are_kept_for_the_last_50_pairs(make_window, tmp_path: Path) -> None:
    window = make_window()
    for number in range(55):
        window.settings.remember_review_location(f"/d/{number}.md", f"/d/{number}.txt",
                                                 f"/r/{number}.json")
    window.settings.remember_review_location("/d/54.md", "/d/54.txt", None)  # back beside
    window.close()
    again = make_window()
    locations = again.settings.review_locations
    assert len(locations) == 49 and locations[0] == ["/d/53.md", "/d/53.txt", "/r/53.json"]
    assert again.settings.review_location("/d/4.md", "/d/4.txt") is None  # the oldest are forgotten
    assert again.settings.review_location("/d/5.md", "/d/5.txt") == "/r/5.json"
    assert again.settings.review_location("/d/54.md", "/d/54.txt") is None


def test_corrupt_settings_fall_back_to_defaults(make_window, settings_file: Path) -> None:
    settings_file.write_text("[General]\nconvert=nonsense\nfont_size=abc\n"
                             "review_locations=no tabs here\n", "utf-8")
    window = make_window()
    assert window.settings.convert == "auto" and window.settings.font_size == 12
    assert window.settings.review_locations == []


def test_an_unreadable_file_shows_an_error_dialog(qtbot, window, tmp_path: Path,
                                                  samples_dir: Path) -> None:
    missing = tmp_path / "missing.docx"
    with qtbot.waitSignal(window.runner.failed, timeout=10_000):
        window.documents.open_pair(str(missing), str(samples_dir / "plan-traditional.txt"))
    assert window.error_dialog is not None and window.error_dialog.isVisible()
    assert "missing.docx" in window.error_dialog.text()
    assert "no such file" in window.error_dialog.text()


def test_cancel_stops_a_running_comparison(qtbot, window, tmp_path: Path,
                                           samples_dir: Path) -> None:
    text = (samples_dir / "decision-pdf-extract.txt").read_text("utf-8")
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(text * 3, "utf-8")
    right.write_text(OpenCC("s2t").convert(text) * 3, "utf-8")
    with qtbot.waitSignal(window.runner.cancelled, timeout=60_000):
        window.documents.open_pair(str(left), str(right))
        qtbot.waitUntil(window.cancel_button.isVisible, timeout=5_000)
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert window.comparison is None
    assert not window.progress.isVisible()


def test_a_newer_request_supersedes_an_older_one(qtbot, window, samples_dir: Path) -> None:
    shown = []
    window.comparison_shown.connect(shown.append)
    window.documents.open_pair(str(samples_dir / "decision-pdf-extract.txt"),
                     str(samples_dir / "plan-2021-draft.txt"))
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.documents.open_pair(str(samples_dir / "plan-simplified.md"),
                         str(samples_dir / "plan-traditional.txt"))
    window.runner.wait()
    QApplication.processEvents()
    assert [c.left.document.name for c in shown] == ["plan-simplified.md"]


def test_differences_only_folds_equal_runs(qtbot, open_pair, tmp_path: Path) -> None:
    clauses = [f"第{n}条 本条规定第{n}项管理要求。" for n in range(1, 31)]
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("\n".join(clauses), "utf-8")
    clauses[20] = clauses[20].replace("管理", "监督")
    right.write_text("\n".join(clauses), "utf-8")
    window = open_pair(left, right)
    assert window.table_model.rowCount() == 30
    window.differences_only_action.setChecked(True)
    folds = [p for p in range(window.table_model.rowCount())
             if window.table_model.index(p, Column.LEFT).data(Roles.FOLD)]
    assert window.table_model.rowCount() < 10 and folds
    assert "19" in window.table_model.index(folds[0], Column.LEFT).data()
    fold_centre = window.table.visualRect(
        window.table_model.index(folds[0], Column.LEFT)).center()
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=fold_centre)
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=fold_centre)
    assert window.table_model.rowCount() > 20


def test_find_selects_matching_rows(qtbot, open_pair, samples_dir: Path) -> None:
    window = open_pair(samples_dir / "plan-simplified.md", samples_dir / "plan-traditional.txt")
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_bar.edit.setText("科技馆")  # QTest cannot type non-ASCII keys
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert "科技馆" in window.table_model.side_text(window.navigation.selected_row(), Column.LEFT)
    assert "1" in window.find_bar.status.text()


def test_copy_puts_the_row_on_the_clipboard(qtbot, open_pair, samples_dir: Path) -> None:
    window = open_pair(samples_dir / "plan-simplified.md", samples_dir / "plan-traditional.txt")
    window.navigation.step_difference(1)
    window.table.setFocus()
    window.copy_action.trigger()
    assert "上海服务国家" in QApplication.clipboard().text()


def test_drop_two_files_opens_them(qtbot, window, samples_dir: Path) -> None:
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.documents.drop_paths([str(samples_dir / "plan-simplified.md"),
                           str(samples_dir / "plan-traditional.txt")], on_left=True)
    assert window.comparison.right.document.name == "plan-traditional.txt"


def test_swap_sides(qtbot, open_pair, samples_dir: Path) -> None:
    window = open_pair(samples_dir / "plan-simplified.md", samples_dir / "plan-traditional.txt")
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.swap_action.trigger()
    assert window.comparison.left.document.name == "plan-traditional.txt"


def test_models_pass_the_model_tester(qtmodeltester, open_pair, samples_dir: Path) -> None:
    window = open_pair(samples_dir / "plan-simplified.md", samples_dir / "plan-traditional.txt")
    qtmodeltester.check(window.table_model)
    qtmodeltester.check(window.differences_model)
    qtmodeltester.check(window.differences_filter)
