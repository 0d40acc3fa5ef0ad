"""A window a reviewer can trust: each test is a defect seen with real keys and clicks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from opencc import OpenCC
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.gui.delegate import PADDING
from app.gui.dialogs import ExportDialog
from app.gui.models import Column, DifferenceFilter, Roles
from app.review import default_review_path, load_review, pair_review

DAMAGED = "上??偛?"


@pytest.fixture()
def pair(tmp_path: Path, samples_dir: Path) -> tuple[Path, Path]:
    """Copies of the seed pair, so that reviews are saved beside them in tmp_path."""
    left, right = tmp_path / "plan-simplified.md", tmp_path / "plan-traditional.txt"
    left.write_bytes((samples_dir / "plan-simplified.md").read_bytes())
    right.write_bytes((samples_dir / "plan-traditional.txt").read_bytes())
    return left, right


def _label(window, difference) -> str:
    row = window.comparison.row_by_id(difference.row)
    return (row.left or row.right).label


def _difference(window, label: str, left_text: str):
    return next(d for d in window.comparison.differences
                if d.left.text == left_text and _label(window, d) == label)


def _select(window, label: str, left_text: str) -> None:
    window.review.select_difference(_difference(window, label, left_text).id)
    window.differences.setFocus()


def _notes(window) -> dict[str, tuple[str | None, str]]:
    return {_label(window, d): (d.note.verdict, d.note.comment)
            for d in window.comparison.differences if d.note is not None}


def _activate(qtbot, window) -> None:
    """Make ``window`` the active one, where key presses go."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2_000)


def _click_row(qtbot, window, difference_id: str, column: Column = Column.GUTTER) -> None:
    """Click the table row of a difference, in the given column (gutter: off any change)."""
    row_id = window.comparison.difference_by_id(difference_id).row
    index = window.table_model.index(window.table_model.position_of_row(row_id), column)
    window.table.scrollTo(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(index).center())


def _click_change(qtbot, window, difference_id: str) -> None:
    """Click inside the highlighted text of one difference in the left column."""
    row_id = window.comparison.difference_by_id(difference_id).row
    index = window.table_model.index(window.table_model.position_of_row(row_id), Column.LEFT)
    window.table.scrollTo(index)
    start, length = next((s, n) for s, n, _k, i in index.data(Roles.HIGHLIGHTS)
                         if i == difference_id)
    rect = window.table.visualRect(index)
    layout = window.delegate.text_layout(index, rect.width())
    line = layout.lineForTextPosition(start + length // 2)
    x = line.cursorToX(start + length // 2)
    x = x[0] if isinstance(x, tuple) else x
    point = QPoint(rect.left() + PADDING + int(x) + 2,
                   rect.top() + PADDING + int(line.y() + line.height() / 2))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=point)


# --- 1. verdicts stay on their difference after a re-comparison -------------------------------
def test_look_alike_verdicts_stay_put_or_become_orphans(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "三/（十六）", "海总部")
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    _select(window, "三/（十七）", "海总部")
    qtbot.keyClick(window.differences, Qt.Key.Key_Q)
    qtbot.keyClick(window.differences, Qt.Key.Key_Return)
    qtbot.keyClicks(window.review_panel.comment_edit, "source?")
    assert window.review.files.save_now()
    # The damage in clause （十六） is repaired: the window compares again by itself.
    right = pair[1]
    text = right.read_text("utf-8")
    first = text.index(DAMAGED)
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        right.write_text(text[:first] + "上海總部" + text[first + len(DAMAGED):], "utf-8")
    assert _notes(window) == {"三/（十七）": ("query", "source?")}
    assert window.review.orphans.model.rowCount() == 1
    assert window.review_panel.orphans_view.isVisibleTo(window)


# --- 2. A/R/Q act on what was clicked ---------------------------------------------------------
def test_a_acts_on_the_clicked_row_not_the_list_current(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    qtbot.keyClick(window.differences, Qt.Key.Key_F7)
    qtbot.keyClick(window.differences, Qt.Key.Key_F7)
    second = window.navigation.current_difference()
    clicked = _difference(window, "三/（十六）", "海总部")
    _click_row(qtbot, window, clicked.id)
    qtbot.keyClick(window.table, Qt.Key.Key_A)
    assert _notes(window) == {"三/（十六）": ("accepted", "")}
    assert window.comparison.difference_by_id(second.id).note is None


def test_clicking_a_change_makes_it_current_in_a_row_of_several(qtbot, open_pair,
                                                                pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    window.kind_filter.setCurrentIndex(window.kind_filter.findData(DifferenceFilter.ALL))
    second = _difference(window, "三/（十九）", "海总部")
    row = window.comparison.row_by_id(second.row)
    first = window.comparison.difference_by_id(row.differences[0])
    assert not first.substantive and first.id != second.id
    _click_row(qtbot, window, second.id)
    assert window.navigation.current_difference().id == first.id  # the row's first
    _click_change(qtbot, window, second.id)
    assert window.navigation.current_difference().id == second.id
    qtbot.keyClick(window.table, Qt.Key.Key_R)
    assert window.comparison.difference_by_id(second.id).note.verdict == "rejected"
    assert window.comparison.difference_by_id(first.id).note is None


# --- 3. a failed open leaves the shown pair whole ---------------------------------------------
def test_a_failed_open_keeps_the_shown_pair_title_and_export_name(qtbot, open_pair, pair,
                                                                  tmp_path: Path) -> None:
    window = open_pair(*pair)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a document")
    with qtbot.waitSignal(window.runner.failed, timeout=30_000):
        window.documents.open_pair(str(broken), str(pair[1]))
    assert window.error_dialog.isVisible() and "broken.docx" in window.error_dialog.text()
    assert "broken" not in window.windowTitle()
    assert "plan-simplified.md" in window.windowTitle()
    assert window.documents.left_path == str(pair[0])
    dialog_paths = []
    QTimer.singleShot(0, lambda: (dialog_paths.append(window.export_dialog.path_edit.text()),
                                  window.export_dialog.reject()))
    window.choose_export()
    assert Path(dialog_paths[0]).name.startswith("plan-simplified-对照.")


# --- 4. one dropped file replaces the column under the cursor ---------------------------------
def _drag(window, events: list, path: Path, point: QPoint) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    events.append(data)  # Qt does not own it: keep it alive through the drop
    actions = Qt.DropAction.CopyAction
    none = Qt.MouseButton.NoButton
    modifiers = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(window, QDragEnterEvent(point, actions, data, none, modifiers))
    QApplication.sendEvent(window, QDragMoveEvent(point, actions, data, none, modifiers))


def test_one_dropped_file_replaces_the_column_under_the_cursor(qtbot, open_pair, pair,
                                                               tmp_path: Path) -> None:
    window = open_pair(*pair)
    replacement = tmp_path / "revised.txt"
    replacement.write_bytes(pair[1].read_bytes())
    table = window.table
    # Just right of the boundary between the columns: the left half of the window.
    inside = QPoint(table.columnViewportPosition(Column.RIGHT) + 20,
                    table.viewport().height() // 2)
    point = table.viewport().mapTo(window, inside)
    assert point.x() < window.width() / 2
    kept: list = []
    _drag(window, kept, replacement, point)
    hint = window.documents.drop_hint
    assert hint.isVisible() and hint.text() == "Replace the right document"
    assert hint.geometry().left() == table.columnViewportPosition(Column.RIGHT)
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        QApplication.sendEvent(window, QDropEvent(
            QPointF(point), Qt.DropAction.CopyAction, kept[0], Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier))
    assert not hint.isVisible()
    assert (window.documents.left_path, window.documents.right_path) == (
        str(pair[0]), str(replacement))


# --- 5. export asks before replacing and remembers its choices --------------------------------
def _fill_export(window, fmt: str | None, scope: str | None, answer: str | None) -> list:
    """Answer the export dialog (format, scope, OK), then the replace question if one comes.

    Both are found as the active modal window; a question that never comes is recorded as
    None and the dialog closed, so that the test fails instead of waiting.
    """
    asked: list = []

    def modal(kind, then, tries: int = 300) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            then(widget)
        elif tries:
            QTimer.singleShot(10, lambda: modal(kind, then, tries - 1))
        else:
            asked.append(None)
            if isinstance(widget, ExportDialog):
                widget.reject()

    def dialog(box: ExportDialog) -> None:
        asked.append((box.format_box.currentData(), box.scope_box.currentData()))
        if fmt:
            box.format_box.setCurrentIndex(box.format_box.findData(fmt))
        if scope:
            box.scope_box.setCurrentIndex(box.scope_box.findData(scope))
        if answer:
            QTimer.singleShot(0, lambda: modal(QMessageBox, question))
        box.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    def question(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == answer).click()
        if answer == "Cancel":
            QTimer.singleShot(0, lambda: modal(ExportDialog, ExportDialog.reject))

    QTimer.singleShot(0, lambda: modal(ExportDialog, dialog))
    return asked


def test_export_asks_before_replacing_and_remembers_format_and_scope(qtbot, open_pair,
                                                                     pair) -> None:
    window = open_pair(*pair)
    target = pair[0].with_name("plan-simplified-对照.csv")
    asked = _fill_export(window, "csv", "all", None)
    with qtbot.waitSignal(window.exporter.finished, timeout=30_000):
        window.choose_export()
    assert asked[0] == ("html", "substantive")
    written = target.read_bytes()
    target.write_text("an earlier report", "utf-8")
    asked = _fill_export(window, None, None, "Cancel")
    window.choose_export()
    assert asked[0] == ("csv", "all")  # the last export's format and scope
    assert "already exists" in asked[1]
    assert target.read_text("utf-8") == "an earlier report"
    asked = _fill_export(window, None, None, "Replace")
    with qtbot.waitSignal(window.exporter.finished, timeout=30_000):
        window.choose_export()
    assert target.read_bytes() == written


# --- 6. Cancel restores the conversion --------------------------------------------------------
def test_cancel_during_a_recomparison_restores_the_conversion(qtbot, open_pair, tmp_path,
                                                             samples_dir, settings_file) -> None:
    text = (samples_dir / "decision-pdf-extract.txt").read_text("utf-8")
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(text * 3, "utf-8")
    right.write_text(OpenCC("s2t").convert(text) * 3, "utf-8")
    window = open_pair(left, right)
    box = window.conversion_box
    shown = box.currentData()
    with qtbot.waitSignal(window.runner.cancelled, timeout=60_000):
        box.setCurrentIndex(box.findData("none"))
        qtbot.waitUntil(window.cancel_button.isVisible, timeout=5_000)
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert box.currentData() == shown == window.settings.convert
    window.close()
    assert f"convert={shown}" in settings_file.read_text("utf-8")


# --- 7. F8 widens only the filter that hid the target -----------------------------------------
def test_f8_widens_the_verdict_filter_but_not_the_kind_filter(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "一", "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    window.kind_filter.setCurrentIndex(window.kind_filter.findData(DifferenceFilter.SUBSTANTIVE))
    panel = window.review_panel
    panel.verdict_filter.setCurrentIndex(panel.verdict_filter.findData("accepted"))
    window.differences.setFocus()
    qtbot.keyClick(window.differences, Qt.Key.Key_F8)
    assert window.navigation.current_difference().note is None
    assert window.differences_filter.verdict_mode() == DifferenceFilter.ALL
    assert window.differences_filter.mode() == DifferenceFilter.SUBSTANTIVE
    assert window.differences_filter.rowCount() == len(window.comparison.substantive)


# --- 8. Swap sides swaps the review too -------------------------------------------------------
def test_swap_sides_keeps_every_verdict(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    for label, text, key in (("一", "培养", Qt.Key.Key_A), ("三/（十六）", "海总部", Qt.Key.Key_R),
                             ("三/（十七）", "海总部", Qt.Key.Key_Q)):
        _select(window, label, text)
        qtbot.keyClick(window.differences, key)
    before = window.review.progress_label.text()
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        qtbot.keyClick(window.differences, Qt.Key.Key_W,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.documents.left_path == str(pair[1])
    # The release's conversion findings stay with the release's side: swapped, only the
    # 15 differences of the documents' wording remain to review, the 3 verdicts with them.
    assert before == "Reviewed 3 / 76"
    assert window.review.progress_label.text() == "Reviewed 3 / 15"
    swapped = {(_label(window, d), d.left.text, d.note.verdict)
               for d in window.comparison.differences if d.note}
    assert swapped == {("一", "培訓", "accepted"), ("三/（十六）", "??偛?", "rejected"),
                       ("三/（十七）", "??偛?", "query")}
    assert window.review.orphans.model.rowCount() == 0


# --- 9. a project's settings stay with its pair -----------------------------------------------
def test_a_project_does_not_change_the_settings_of_later_pairs(qtbot, open_pair, pair,
                                                               tmp_path, samples_dir,
                                                               settings_file) -> None:
    window = open_pair(*pair)
    project = tmp_path / "plan.duizhao"
    project.write_text(json.dumps({
        "format": "duizhao-project", "version": 1, "left": pair[0].name,
        "right": pair[1].name, "settings": {"convert": "none", "ignore": ["script"]},
        "review": {"format": "duizhao-review", "version": 1, "annotations": []}}), "utf-8")
    own = (window.settings.convert, list(window.settings.shown_kinds))
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.open_project(str(project))
    assert window.conversion_box.currentData() == "none"
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.documents.open_pair(str(samples_dir / "plan-2021-draft.txt"),
                                   str(samples_dir / "plan-2021-final.txt"))
    assert (window.settings.convert, list(window.settings.shown_kinds)) == own
    assert window.conversion_box.currentData() == own[0]
    assert window.comparison.settings.convert.value == own[0]
    window.close()
    assert "convert=none" not in settings_file.read_text("utf-8")


def test_a_project_open_at_close_keeps_the_users_own_settings(qtbot, open_pair, pair,
                                                              tmp_path, settings_file) -> None:
    window = open_pair(*pair)
    project = tmp_path / "plan.duizhao"
    project.write_text(json.dumps({
        "format": "duizhao-project", "version": 1, "left": pair[0].name,
        "right": pair[1].name, "settings": {"convert": "none"},
        "review": {"format": "duizhao-review", "version": 1, "annotations": []}}), "utf-8")
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.open_project(str(project))
    window.close()
    assert "convert=none" not in settings_file.read_text("utf-8")


# --- undo, several differences at once, a whole kind -----------------------------------------
def test_ctrl_z_undoes_verdicts_and_comments_and_ctrl_shift_z_redoes(qtbot, open_pair,
                                                                     pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "一", "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    qtbot.keyClick(window.differences, Qt.Key.Key_Return)
    qtbot.keyClicks(window.review_panel.comment_edit, "typo")
    qtbot.keyClick(window.review_panel.comment_edit, Qt.Key.Key_Return)
    assert _notes(window) == {"一": ("rejected", "typo")}
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.differences, Qt.Key.Key_Z, control)  # the whole comment at once
    assert _notes(window) == {"一": ("rejected", "")}
    assert window.review_panel.comment_edit.text() == ""
    qtbot.keyClick(window.differences, Qt.Key.Key_Z, control)
    assert _notes(window) == {"一": ("accepted", "")}
    qtbot.keyClick(window.differences, Qt.Key.Key_Z, control)
    assert _notes(window) == {}
    assert not window.review.actions.undo_action.isEnabled()
    qtbot.keyClick(window.differences, Qt.Key.Key_Z, control | Qt.KeyboardModifier.ShiftModifier)
    assert _notes(window) == {"一": ("accepted", "")}
    assert window.review.files.save_now()
    assert [a.verdict.value for a in load_review(default_review_path(*pair)).annotations] == [
        "accepted"]


def test_a_verdict_on_several_selected_differences(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    qtbot.keyClick(window.differences, Qt.Key.Key_F7)
    for _ in range(3):
        qtbot.keyClick(window.differences, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    marked = [d for d in window.comparison.differences if d.note]
    assert [d.id for d in marked] == [d.id for d in window.comparison.substantive[:4]]
    assert {d.note.verdict for d in marked} == {"rejected"}
    assert window.review.progress_label.text() == "Reviewed 4 / 76"
    qtbot.keyClick(window.differences, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not any(d.note for d in window.comparison.differences)


def _answer(window, accept: bool) -> None:
    def click() -> None:
        box = window.review.prompts.confirmation
        if box is None or not box.isVisible():
            QTimer.singleShot(10, click)
            return
        cancel = box.escapeButton()
        (next(b for b in box.buttons() if b is not cancel) if accept else cancel).click()

    window.review.prompts.confirmation = None
    QTimer.singleShot(0, click)


def test_accept_all_of_a_kind_asks_and_keeps_earlier_verdicts(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "三/（十六）", "海总部")
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    from app.model import Kind
    from app.review import Verdict
    _answer(window, accept=False)
    assert not window.review.verdict_for_kind(Verdict.ACCEPTED, Kind.ENCODING)
    assert "Accept 8 Encoding damage differences?" in window.review.prompts.confirmation.text()
    _answer(window, accept=True)
    assert window.review.verdict_for_kind(Verdict.ACCEPTED, Kind.ENCODING)
    _activate(qtbot, window)
    encoding = [d for d in window.comparison.differences if d.kind is Kind.ENCODING]
    assert sorted(d.note.verdict for d in encoding) == ["accepted"] * 8 + ["rejected"]
    qtbot.keyClick(window.differences, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [d.note.verdict for d in window.comparison.differences if d.note] == ["rejected"]


# --- reviews never lost -----------------------------------------------------------------------
def test_two_windows_on_one_pair_keep_both_reviewers_verdicts(qtbot, make_window,
                                                              pair) -> None:
    first, second = make_window(), make_window()
    for window in (first, second):
        with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
            window.documents.open_pair(str(pair[0]), str(pair[1]))
        window.activateWindow()
    _activate(qtbot, first)
    _select(first, "一", "培养")
    qtbot.keyClick(first.differences, Qt.Key.Key_A)
    assert first.review.files.save_now()
    _activate(qtbot, second)
    _select(second, "三/（十六）", "海总部")
    qtbot.keyClick(second.differences, Qt.Key.Key_R)
    assert second.review.files.save_now()
    assert _notes(second) == {"一": ("accepted", ""), "三/（十六）": ("rejected", "")}
    saved = load_review(default_review_path(*pair))
    assert sorted(a.verdict.value for a in saved.annotations) == ["accepted", "rejected"]


def test_a_review_changed_on_disk_is_merged_not_overwritten(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "一", "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    assert window.review.files.save_now()
    path = default_review_path(*pair)
    data = json.loads(path.read_text("utf-8"))
    colleague = json.loads(json.dumps(data["annotations"][0]))
    colleague["anchor"].update(left="培养", right="培訓", before="别研究的数据库和人才",
                               after="体系", label="七/（五十）", clause="")
    colleague.update(verdict="query", comment="李: 再看", author="李")
    data["annotations"].append(colleague)
    data["workflow"] = {"stage": 2}
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    # Shown as soon as the file changes, before anything is saved.
    qtbot.waitUntil(lambda: "七/（五十）" in _notes(window), timeout=10_000)
    assert "merged" in window.statusBar().currentMessage()
    _select(window, "三/（十六）", "海总部")
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    assert window.review.files.save_now()
    assert _notes(window) == {"一": ("accepted", ""), "三/（十六）": ("rejected", ""),
                              "七/（五十）": ("query", "李: 再看")}
    saved = json.loads(path.read_text("utf-8"))
    assert saved["workflow"] == {"stage": 2} and len(saved["annotations"]) == 3


def test_an_unwritable_folder_keeps_asking_on_close(qtbot, make_window, pair, tmp_path,
                                                    monkeypatch) -> None:
    window = make_window()
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.documents.open_pair(str(pair[0]), str(pair[1]))
    window.activateWindow()
    _select(window, "一", "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    written = pair_review.save_review

    def refuse(review, path) -> None:
        if Path(path).parent == pair[0].parent:
            raise PermissionError(13, "Permission denied", str(path))
        written(review, path)

    monkeypatch.setattr(pair_review, "save_review", refuse)
    assert not window.review.files.save_now()
    assert "cannot be saved" in window.statusBar().currentMessage()
    assert "Permission denied" in window.statusBar().currentMessage()
    _answer(window, accept=False)  # Cancel: the window stays open
    assert not window.close()
    assert "Permission denied" in window.review.prompts.confirmation.text()
    elsewhere = tmp_path / "mail" / "review.json"
    elsewhere.parent.mkdir()
    window.review.files.ask_review_path = lambda: str(elsewhere)
    _answer_with(window, "Save as…")
    assert window.close()
    assert load_review(elsewhere).annotations[0].verdict.value == "accepted"


def _answer_with(window, text: str) -> None:
    def click() -> None:
        box = window.review.prompts.confirmation
        if box is None or not box.isVisible():
            QTimer.singleShot(10, click)
            return
        next(b for b in box.buttons() if b.text() == text).click()

    window.review.prompts.confirmation = None
    QTimer.singleShot(0, click)


def test_a_lone_surrogate_in_a_review_is_refused_when_opened(qtbot, open_pair, pair) -> None:
    path = default_review_path(*pair)
    path.write_text('{"format": "duizhao-review", "version": 1, "annotations": [{"anchor": '
                    '{"kind": "wording", "left": "培养", "right": "培訓"}, "verdict": null, '
                    '"comment": "\\ud800"}]}', "utf-8")
    window = open_pair(*pair)
    assert window.review.prompts.warning is not None and window.review.prompts.warning.isVisible()
    assert str(path) in window.review.prompts.warning.text()
    assert "lone surrogate" in window.review.prompts.warning.text()
    assert isinstance(window.review.prompts.warning, QMessageBox)


def test_pairs_differing_only_in_extension_have_their_own_reviews(qtbot, open_pair, pair,
                                                                  tmp_path) -> None:
    other = pair[1].with_suffix(".md")
    other.write_bytes(pair[1].read_bytes())
    window = open_pair(*pair)
    window.activateWindow()
    _select(window, "一", "培养")
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    assert window.review.files.save_now()
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.documents.open_pair(str(pair[0]), str(other))
    assert window.review.progress_label.text() == "Reviewed 0 / 76"


def test_a_review_under_the_older_name_is_still_read(qtbot, open_pair, pair) -> None:
    legacy = pair[0].with_name("plan-simplified.plan-traditional.duizhao-review.json")
    legacy.write_text(json.dumps({
        "format": "duizhao-review", "version": 1,
        "left": {"path": "plan-simplified.md"}, "right": {"path": "plan-traditional.txt"},
        "annotations": [{"anchor": {"kind": "wording", "left": "培养", "right": "培訓",
                                    "before": "以人文交流和人才", "after": "为纽带"},
                         "verdict": "accepted"}]}), "utf-8")
    window = open_pair(*pair)
    assert _notes(window) == {"一": ("accepted", "")}
