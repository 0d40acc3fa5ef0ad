"""Reviewing in the window: keys, panel, gutter, progress, autosave, restore, projects."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui.models import Column, DifferenceFilter, DifferencesModel
from app.review import default_review_path, load_review

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def pair(tmp_path: Path, samples_dir: Path) -> tuple[Path, Path]:
    """Copies of the seed pair, so that reviews are saved beside them in tmp_path."""
    left, right = tmp_path / "plan-simplified.md", tmp_path / "plan-traditional.txt"
    left.write_bytes((samples_dir / "plan-simplified.md").read_bytes())
    right.write_bytes((samples_dir / "plan-traditional.txt").read_bytes())
    return left, right


def _select(window, left_text: str) -> None:
    """Make the difference whose left text is ``left_text`` current in the list."""
    target = next(d for d in window.comparison.differences if d.left.text == left_text)
    window.review.select_difference(target.id)
    window.differences.setFocus()


def _gutter(window) -> str:
    row = window.table_model.position_of_row(window.current_difference().row)
    return window.table_model.index(row, Column.GUTTER).data()


def _verdict_cell(window) -> str:
    index = window.differences.currentIndex()
    return index.siblingAtColumn(DifferencesModel.VERDICT_COLUMN).data()


def test_a_r_q_set_the_verdict_shown_in_gutter_list_and_status(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    assert window.review.progress_label.text() == "Reviewed 0 / 15"
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    assert window.current_difference().note.verdict == "accepted"
    assert _gutter(window).endswith("✓") and _verdict_cell(window) == "✓"
    assert window.review.progress_label.text() == "Reviewed 1 / 15"
    assert window.review_panel.verdict_buttons[next(iter(
        window.review_panel.verdict_buttons))].isChecked()
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    assert _gutter(window).endswith("✗") and _verdict_cell(window) == "✗"
    qtbot.keyClick(window.differences, Qt.Key.Key_Q)
    assert _gutter(window).endswith("?") and window.current_difference().note.verdict == "query"
    qtbot.keyClick(window.differences, Qt.Key.Key_Q)  # the same key again clears it
    assert window.current_difference().note is None
    assert window.review.progress_label.text() == "Reviewed 0 / 15"


def test_f8_goes_to_the_next_difference_without_a_verdict(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    qtbot.keyClick(window.differences, Qt.Key.Key_F8)
    first = window.current_difference()
    assert first.id == window.comparison.substantive[0].id
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    qtbot.keyClick(window.differences, Qt.Key.Key_F7)
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    window.step_difference(-1)
    assert window.current_difference().id == first.id
    qtbot.keyClick(window.differences, Qt.Key.Key_F8)
    assert window.current_difference().id == window.comparison.substantive[2].id


def test_f8_widens_a_filter_that_hides_the_next_one(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    window.step_difference(1)
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    panel = window.review_panel
    panel.verdict_filter.setCurrentIndex(panel.verdict_filter.findData("accepted"))
    assert window.differences_filter.rowCount() == 1
    qtbot.keyClick(window.differences, Qt.Key.Key_F8)
    assert window.current_difference().note is None
    assert window.differences_filter.verdict_mode() == DifferenceFilter.ALL


def test_the_verdict_filter(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    panel = window.review_panel
    counts = {}
    for mode in (DifferenceFilter.UNREVIEWED, "rejected", "accepted", DifferenceFilter.ALL):
        panel.verdict_filter.setCurrentIndex(panel.verdict_filter.findData(mode))
        counts[mode] = window.differences_filter.rowCount()
    assert counts == {"unreviewed": 14, "rejected": 1, "accepted": 0, "all": 15}


def test_enter_edits_the_comment_and_returns_to_the_list(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_Return)
    editor = window.review_panel.comment_edit
    assert editor.hasFocus()
    qtbot.keyClicks(editor, "check A/R/Q")  # letters in the editor are text, not verdicts
    assert window.current_difference().note.comment == "check A/R/Q"
    assert window.current_difference().note.verdict is None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.differences.hasFocus()
    assert _gutter(window).endswith("✎")


def test_shift_enter_comments_on_the_whole_row(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    editor = window.review_panel.row_comment_edit
    assert editor.hasFocus()
    qtbot.keyClicks(editor, "reread the paragraph")
    row = window.comparison.row_by_id(window.current_difference().row)
    assert row.note.comment == "reread the paragraph"
    assert window.review.save_now()
    saved = json.loads(default_review_path(*pair).read_text("utf-8"))
    assert saved["row_comments"][0]["comment"] == "reread the paragraph"


def test_autosave_within_two_seconds_and_restore_on_reopen(qtbot, make_window, pair) -> None:
    window = make_window()
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.open_pair(str(pair[0]), str(pair[1]))
    window.settings.reviewer = "Wang"
    window.activateWindow()
    _select(window, "培养")
    started = time.monotonic()
    with qtbot.waitSignal(window.review.saved, timeout=2_000):
        qtbot.keyClick(window.differences, Qt.Key.Key_A)
    assert time.monotonic() - started < 2
    review = load_review(default_review_path(*pair))
    assert [(a.anchor.left, a.verdict.value, a.author) for a in review.annotations] == [
        ("培养", "accepted", "Wang")]
    assert review.left.path == "plan-simplified.md" and len(review.left.sha256) == 64
    again = make_window()
    with qtbot.waitSignal(again.comparison_shown, timeout=60_000):
        again.open_pair(str(pair[0]), str(pair[1]))
    noted = [d for d in again.comparison.differences if d.note is not None]
    assert [(d.left.text, d.note.verdict) for d in noted] == [("培养", "accepted")]
    assert again.review.progress_label.text() == "Reviewed 1 / 15"


def test_nothing_is_written_until_something_is_reviewed(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.close()
    assert not default_review_path(*pair).exists()


def test_a_document_edited_on_disk_keeps_its_notes_attached(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    right = pair[1]
    right.write_text("新增一段。\n" + right.read_text("utf-8").replace("人才培訓", "人才培養"),
                     "utf-8")
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.recompare()
    assert all(d.note is None for d in window.comparison.differences)
    assert window.review.orphans_model.rowCount() == 1
    assert "培养" in window.review.orphans_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert window.review_panel.orphans_view.isVisibleTo(window)
    assert window.review.save_now()
    assert [a.anchor.left for a in load_review(default_review_path(*pair)).annotations] == [
        "培养"]


def test_save_review_as_moves_the_autosave_and_open_review_applies_one(
        qtbot, open_pair, pair, tmp_path: Path) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    chosen = tmp_path / "mail" / "for-li.json"
    chosen.parent.mkdir()
    assert window.review.save_review_to(chosen)
    assert load_review(chosen).annotations[0].verdict.value == "rejected"
    assert load_review(chosen).left.path == "../plan-simplified.md"
    with qtbot.waitSignal(window.review.saved, timeout=2_000):
        qtbot.keyClick(window.differences, Qt.Key.Key_A)
    assert load_review(chosen).annotations[0].verdict.value == "accepted"
    assert not default_review_path(*pair).exists()
    # A colleague's review replaces the one shown.
    colleague = tmp_path / "from-wang.json"
    data = json.loads(chosen.read_text("utf-8"))
    data["annotations"][0].update(verdict="query", author="Wang")
    colleague.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    window.review.open_review(colleague)
    assert [d.note.author for d in window.comparison.differences if d.note] == ["Wang"]
    assert _gutter(window).endswith("?")


def test_a_broken_review_file_is_reported_and_not_overwritten(qtbot, open_pair, pair) -> None:
    path = default_review_path(*pair)
    path.write_text("{broken", "utf-8")
    window = open_pair(*pair)
    assert "invalid JSON" in window.review.warning.text()
    window.activateWindow()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    window.review.save_now()
    assert path.read_text("utf-8") == "{broken"


def test_save_comparison_as_a_project_and_open_it(qtbot, open_pair, make_window, pair,
                                                  tmp_path: Path) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    window.conversion_box.setCurrentIndex(window.conversion_box.findData("tw2s"))
    qtbot.waitSignal(window.comparison_shown, timeout=60_000).wait()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_Q)
    project = tmp_path / "projects" / "plan.duizhao"
    project.parent.mkdir()
    assert window.review.save_project_to(project)
    data = json.loads(project.read_text("utf-8"))
    assert data["left"] == "../plan-simplified.md" and data["settings"]["convert"] == "tw2s"
    window.close()
    again = make_window()
    with qtbot.waitSignal(again.comparison_shown, timeout=60_000):
        again.drop_paths([str(project)], on_left=True)
    assert again.left_path == str(pair[0]) and again.settings.convert == "tw2s"
    assert [d.note.verdict for d in again.comparison.differences if d.note] == ["query"]
    # Later changes go into the project.
    again.activateWindow()
    _select(again, "培养")
    qtbot.keyClick(again.differences, Qt.Key.Key_A)
    assert again.review.save_now()
    data = json.loads(project.read_text("utf-8"))
    assert data["review"]["annotations"][0]["verdict"] == "accepted"


def test_exports_include_the_review(qtbot, open_pair, pair, tmp_path: Path) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    out = tmp_path / "report.json"
    with qtbot.waitSignal(window.exporter.finished, timeout=30_000):
        window.export(str(out), "json")
    window.exporter.wait()
    window.export_dialog.close()
    report = json.loads(out.read_text("utf-8"))
    assert [d["note"]["verdict"] for d in report["differences"] if d["note"]] == ["accepted"]


def test_review_models_pass_the_model_tester(qtmodeltester, qtbot, open_pair, pair) -> None:
    path = default_review_path(*pair)
    path.write_text(json.dumps({
        "format": "duizhao-review", "version": 1, "annotations": [
            {"anchor": {"kind": "number", "left": "3", "right": "5", "before": "",
                        "after": ""}, "verdict": "rejected", "comment": "gone",
             "author": "Li", "time": ""}],
        "row_comments": [{"anchor": {"label": "九", "left": "不存在", "right": "不存在"},
                          "comment": "row gone", "author": "Li", "time": ""}]}), "utf-8")
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    assert window.review.orphans_model.rowCount() == 2
    qtmodeltester.check(window.review.orphans_model)
    qtmodeltester.check(window.differences_model)
    qtmodeltester.check(window.table_model)
    window.review_panel.verdict_filter.setCurrentIndex(
        window.review_panel.verdict_filter.findData(DifferenceFilter.UNREVIEWED))
    qtmodeltester.check(window.differences_filter)


_CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from app.gui.main_window import MainWindow
    from app.review import Verdict

    application = QApplication([])
    window = MainWindow(QSettings(sys.argv[3], QSettings.Format.IniFormat))

    def shown(comparison):
        target = next(d for d in comparison.differences if d.left.text == "培养")
        window.review.select_difference(target.id)
        window.review.set_verdict(Verdict.REJECTED)
        print("reviewed", flush=True)

    window.comparison_shown.connect(shown)
    window.open_pair(sys.argv[1], sys.argv[2])
    application.exec()
""")


def test_a_killed_application_loses_at_most_two_seconds(qtbot, make_window, pair,
                                                        tmp_path: Path) -> None:
    with subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(pair[0]), str(pair[1]), str(tmp_path / "s.ini")],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}) as child:
        try:
            assert child.stdout.readline().strip() == "reviewed"
            time.sleep(2.5)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(10)
    assert child.returncode == -signal.SIGKILL
    review = load_review(default_review_path(*pair))
    assert [(a.anchor.left, a.verdict.value) for a in review.annotations] == [("培养",
                                                                                "rejected")]
    window = make_window()
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.open_pair(str(pair[0]), str(pair[1]))
    assert [d.note.verdict for d in window.comparison.differences if d.note] == ["rejected"]
    QApplication.processEvents()
