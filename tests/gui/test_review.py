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
from PySide6.QtCore import Qt, QTimer
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
    row = window.table_model.position_of_row(window.navigation.current_difference().row)
    return window.table_model.index(row, Column.GUTTER).data()


def _verdict_cell(window) -> str:
    index = window.differences.currentIndex()
    return index.siblingAtColumn(DifferencesModel.VERDICT_COLUMN).data()


def test_a_r_q_set_the_verdict_shown_in_gutter_list_and_status(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    assert window.review.progress_label.text() == "Reviewed 0 / 76"
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    assert window.navigation.current_difference().note.verdict == "accepted"
    assert _gutter(window).endswith("✓") and _verdict_cell(window) == "✓"
    assert window.review.progress_label.text() == "Reviewed 1 / 76"
    assert window.review_panel.verdict_buttons[next(iter(
        window.review_panel.verdict_buttons))].isChecked()
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    assert _gutter(window).endswith("✗") and _verdict_cell(window) == "✗"
    qtbot.keyClick(window.differences, Qt.Key.Key_Q)
    assert _gutter(window).endswith("?")
    assert window.navigation.current_difference().note.verdict == "query"
    qtbot.keyClick(window.differences, Qt.Key.Key_Q)  # the same key again clears it
    assert window.navigation.current_difference().note is None
    assert window.review.progress_label.text() == "Reviewed 0 / 76"


def test_f8_goes_to_the_next_difference_without_a_verdict(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    qtbot.keyClick(window.differences, Qt.Key.Key_F8)
    first = window.navigation.current_difference()
    assert first.id == window.comparison.substantive[0].id
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    qtbot.keyClick(window.differences, Qt.Key.Key_F7)
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    window.navigation.step_difference(-1)
    assert window.navigation.current_difference().id == first.id
    qtbot.keyClick(window.differences, Qt.Key.Key_F8)
    assert window.navigation.current_difference().id == window.comparison.substantive[2].id


def test_f8_widens_a_filter_that_hides_the_next_one(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    window.navigation.step_difference(1)
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    panel = window.review_panel
    panel.verdict_filter.setCurrentIndex(panel.verdict_filter.findData("accepted"))
    assert window.differences_filter.rowCount() == 1
    qtbot.keyClick(window.differences, Qt.Key.Key_F8)
    assert window.navigation.current_difference().note is None
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
    assert counts == {"unreviewed": 75, "rejected": 1, "accepted": 0, "all": 76}


def test_enter_edits_the_comment_and_returns_to_the_list(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_Return)
    editor = window.review_panel.comment_edit
    assert editor.hasFocus()
    qtbot.keyClicks(editor, "check A/R/Q")  # letters in the editor are text, not verdicts
    assert window.navigation.current_difference().note.comment == "check A/R/Q"
    assert window.navigation.current_difference().note.verdict is None
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
    row = window.comparison.row_by_id(window.navigation.current_difference().row)
    assert row.note.comment == "reread the paragraph"
    assert window.review.files.save_now()
    saved = json.loads(default_review_path(*pair).read_text("utf-8"))
    assert saved["row_comments"][0]["comment"] == "reread the paragraph"


def test_autosave_within_two_seconds_and_restore_on_reopen(qtbot, make_window, pair) -> None:
    window = make_window()
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.documents.open_pair(str(pair[0]), str(pair[1]))
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
        again.documents.open_pair(str(pair[0]), str(pair[1]))
    noted = [d for d in again.comparison.differences if d.note is not None]
    assert [(d.left.text, d.note.verdict) for d in noted] == [("培养", "accepted")]
    assert again.review.progress_label.text() == "Reviewed 1 / 76"


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
        window.documents.recompare()
    assert all(d.note is None for d in window.comparison.differences)
    assert window.review.orphans.model.rowCount() == 1
    assert "培养" in window.review.orphans.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert window.review_panel.orphans_view.isVisibleTo(window)
    assert window.review.files.save_now()
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
    assert window.review.files.save_review_to(chosen)
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
    window.review.files.open_review(colleague)
    assert [d.note.author for d in window.comparison.differences if d.note] == ["Wang"]
    assert _gutter(window).endswith("?")


def test_a_broken_review_file_is_reported_and_not_overwritten(qtbot, open_pair, pair) -> None:
    path = default_review_path(*pair)
    path.write_text("{broken", "utf-8")
    window = open_pair(*pair)
    assert "invalid JSON" in window.review.prompts.warning.text()
    window.activateWindow()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    window.review.files.save_now()
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
    assert window.review.files.save_project_to(project)
    data = json.loads(project.read_text("utf-8"))
    assert data["left"] == "../plan-simplified.md" and data["settings"]["convert"] == "tw2s"
    window.close()
    again = make_window()
    with qtbot.waitSignal(again.comparison_shown, timeout=60_000):
        again.documents.drop_paths([str(project)], on_left=True)
    assert again.documents.left_path == str(pair[0]) and again.settings.convert == "tw2s"
    assert [d.note.verdict for d in again.comparison.differences if d.note] == ["query"]
    # Later changes go into the project.
    again.activateWindow()
    _select(again, "培养")
    qtbot.keyClick(again.differences, Qt.Key.Key_A)
    assert again.review.files.save_now()
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
    assert window.review.orphans.model.rowCount() == 2
    qtmodeltester.check(window.review.orphans.model)
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
        window.review.toggle_verdict(Verdict.REJECTED)  # the R key
        print("reviewed", flush=True)

    window.comparison_shown.connect(shown)
    window.documents.open_pair(sys.argv[1], sys.argv[2])
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
        window.documents.open_pair(str(pair[0]), str(pair[1]))
    assert [d.note.verdict for d in window.comparison.differences if d.note] == ["rejected"]
    QApplication.processEvents()


def _answer(window, accept: bool) -> None:
    """Answer the next confirmation the review asks: its action button, or Cancel."""
    def click() -> None:
        box = window.review.prompts.confirmation
        if box is None or not box.isVisible():
            QTimer.singleShot(10, click)
            return
        cancel = box.escapeButton()
        chosen = next(b for b in box.buttons() if b is not cancel) if accept else cancel
        chosen.click()

    window.review.prompts.confirmation = None
    QTimer.singleShot(0, click)


def _orphaned_review(pair: tuple[Path, Path], annotations=(), row_comments=()) -> Path:
    path = default_review_path(*pair)
    path.write_text(json.dumps({"format": "duizhao-review", "version": 1,
                                "annotations": list(annotations),
                                "row_comments": list(row_comments)}, ensure_ascii=False),
                    "utf-8")
    return path


_GONE = {"anchor": {"kind": "wording", "left": "已删", "right": "已刪", "before": "",
                    "after": ""}, "verdict": "query", "comment": "查一下出处",
         "author": "Li", "time": "2026-11-20T09:00:00+08:00"}
_GONE_ROW = {"anchor": {"label": "九", "left": "不存在", "right": "不存在"},
             "comment": "整段再议", "author": "Li", "time": "2026-11-20T09:05:00+08:00"}


def test_an_orphan_attaches_to_the_current_difference(qtbot, open_pair, pair) -> None:
    path = _orphaned_review(pair, [_GONE])
    window = open_pair(*pair)
    window.activateWindow()
    panel = window.review_panel
    assert window.review.orphans.model.rowCount() == 1
    assert not panel.attach_orphan_button.isEnabled()  # no orphan selected yet
    _select(window, "培养")
    panel.orphans_view.setCurrentIndex(window.review.orphans.model.index(0, 0))
    assert panel.attach_orphan_button.isEnabled()
    assert panel.attach_orphan_button.text() == "Attach to the current difference"
    qtbot.mouseClick(panel.attach_orphan_button, Qt.MouseButton.LeftButton)
    note = window.navigation.current_difference().note
    assert (note.verdict, note.comment, note.author, note.time) == (
        "query", "查一下出处", "Li", "2026-11-20T09:00:00+08:00")
    assert _gutter(window).endswith("?")
    assert window.review.orphans.model.rowCount() == 0
    assert not panel.orphans_view.isVisibleTo(window)
    assert window.review.files.save_now()
    saved = load_review(path)
    assert [(a.anchor.kind.value, a.anchor.left, a.anchor.right, a.comment)
            for a in saved.annotations] == [("wording", "培养", "培訓", "查一下出处")]
    assert saved.annotations[0].anchor.before == "以人文交流和人才"


def test_attaching_over_a_note_asks_first(qtbot, open_pair, pair) -> None:
    _orphaned_review(pair, [_GONE])
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    window.review_panel.orphans_view.setCurrentIndex(window.review.orphans.model.index(0, 0))
    _answer(window, accept=False)
    assert not window.review.orphans.attach()
    assert "Accept" in window.review.prompts.confirmation.text()
    assert window.navigation.current_difference().note.verdict == "accepted"
    assert window.review.orphans.model.rowCount() == 1
    _answer(window, accept=True)
    assert window.review.orphans.attach()
    assert window.navigation.current_difference().note.comment == "查一下出处"
    assert window.review.orphans.model.rowCount() == 0


def test_deleting_an_orphan_is_confirmed(qtbot, open_pair, pair) -> None:
    path = _orphaned_review(pair, [_GONE], [_GONE_ROW])
    window = open_pair(*pair)
    window.activateWindow()
    view = window.review_panel.orphans_view
    view.setCurrentIndex(window.review.orphans.model.index(0, 0))
    view.setFocus()
    _answer(window, accept=False)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "查一下出处" in window.review.prompts.confirmation.text()
    assert window.review.orphans.model.rowCount() == 2
    _answer(window, accept=True)
    window.activateWindow()  # offscreen, closing the question does not give it back
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert window.review.orphans.model.rowCount() == 1
    assert "整段再议" in view.currentIndex().data()  # the next orphan is selected
    assert window.review.files.save_now()
    saved = load_review(path)
    assert saved.annotations == () and [c.comment for c in saved.row_comments] == ["整段再议"]
    window.close()
    again = open_pair(*pair)
    assert again.review.orphans.model.rowCount() == 1


def test_a_row_orphan_attaches_to_the_selected_row(qtbot, open_pair, pair) -> None:
    path = _orphaned_review(pair, [_GONE], [_GONE_ROW])
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "培养")
    row = window.navigation.selected_row()
    panel = window.review_panel
    panel.orphans_view.setCurrentIndex(window.review.orphans.model.index(1, 0))
    assert panel.attach_orphan_button.text() == "Attach to the current row"
    qtbot.mouseClick(panel.attach_orphan_button, Qt.MouseButton.LeftButton)
    assert window.navigation.selected_row().note.comment == "整段再议"
    assert panel.row_comment_edit.text() == "整段再议"
    assert window.review.orphans.model.rowCount() == 1  # the difference's orphan stays
    assert window.review.files.save_now()
    saved = load_review(path)
    assert [(c.anchor.label, c.comment, c.author) for c in saved.row_comments] == [
        (row.left.label, "整段再议", "Li")]
    assert [a.comment for a in saved.annotations] == ["查一下出处"]


def _reject_and_save_to(qtbot, make_window, pair, chosen: Path) -> None:
    """Open the pair, reject 培养→培訓, save the review to ``chosen`` and close the window."""
    window = make_window()
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.documents.open_pair(str(pair[0]), str(pair[1]))
    window.activateWindow()
    _select(window, "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    assert window.review.files.save_review_to(chosen)
    window.close()


def test_a_review_saved_elsewhere_is_found_after_a_restart(qtbot, make_window, pair,
                                                           tmp_path: Path) -> None:
    chosen = tmp_path / "mail" / "for-li.json"
    chosen.parent.mkdir()
    _reject_and_save_to(qtbot, make_window, pair, chosen)
    again = make_window()
    with qtbot.waitSignal(again.comparison_shown, timeout=60_000):
        again.documents.open_pair(str(pair[0]), str(pair[1]))
    assert [d.note.verdict for d in again.comparison.differences if d.note] == ["rejected"]
    again.activateWindow()
    _select(again, "培养")
    qtbot.keyClick(again.differences, Qt.Key.Key_A)  # later changes still go there
    assert again.review.files.save_now()
    assert load_review(chosen).annotations[0].verdict.value == "accepted"
    assert not default_review_path(*pair).exists()


def test_a_vanished_remembered_review_falls_back_to_the_default(qtbot, make_window, pair,
                                                                tmp_path: Path) -> None:
    chosen = tmp_path / "elsewhere.json"
    _reject_and_save_to(qtbot, make_window, pair, chosen)
    chosen.unlink()
    _orphaned_review(pair, [_GONE])
    again = make_window()
    with qtbot.waitSignal(again.comparison_shown, timeout=60_000):
        again.documents.open_pair(str(pair[0]), str(pair[1]))
    assert again.review.orphans.model.rowCount() == 1  # the review beside the documents
    assert "elsewhere.json" in again.statusBar().currentMessage()
    assert again.settings.review_location(*pair) is None
