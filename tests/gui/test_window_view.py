"""What the window shows: the default view, the overview bar, find, the start page, layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from app.gui.find import folded
from app.gui.main_window import MainWindow
from app.gui.models import Column, Roles
from app.gui.palette import DARK, LIGHT
from app.model import Kind, Row, RowStatus

PAIR = ("plan-simplified.md", "plan-traditional.txt")


def _open_sample(open_pair, samples_dir: Path) -> MainWindow:
    return open_pair(samples_dir / PAIR[0], samples_dir / PAIR[1])


def _highlighted_kinds(window: MainWindow) -> set[Kind]:
    model = window.table_model
    return {kind for position in range(model.rowCount()) for column in (Column.LEFT, Column.RIGHT)
            for _start, _length, kind, _id in model.index(position, column).data(Roles.HIGHLIGHTS)
            or ()}


def _folds(window: MainWindow) -> list[int]:
    model = window.table_model
    return [p for p in range(model.rowCount()) if model.index(p, Column.LEFT).data(Roles.FOLD)]


# --- the default view ------------------------------------------------------------------------
def test_script_tint_is_off_for_a_simplified_traditional_pair_one_click_shows_it(
        qtbot, open_pair, samples_dir: Path, make_window) -> None:
    window = _open_sample(open_pair, samples_dir)
    script_action = window.kind_actions[Kind.SCRIPT]
    assert Kind.SCRIPT not in _highlighted_kinds(window)
    assert not script_action.isChecked()
    assert script_action in window.toolbar.actions()
    script_action.trigger()
    assert Kind.SCRIPT in _highlighted_kinds(window)
    window.close()
    assert make_window().settings.script_across_scripts


def test_differences_only_folds_rows_whose_differences_are_all_hidden(
        qtbot, open_pair, samples_dir: Path) -> None:
    window = _open_sample(open_pair, samples_dir)
    qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.differences_only_action.isChecked()
    folded = sum(window.table_model.index(p, Column.LEFT).data(Roles.FOLD)
                 for p in _folds(window))
    # The script differences alone no longer keep rows open (0 folds before); rows with a
    # conversion finding or a real change stay.
    assert folded > 80
    for difference in window.comparison.substantive:
        assert window.table_model.position_of_row(difference.row) >= 0


def test_hiding_script_is_remembered_across_a_restart(make_window) -> None:
    window = make_window()
    window.kind_actions[Kind.SCRIPT].trigger()  # no pair open: the general setting
    assert window.settings.shown_kinds == []
    window.close()
    assert make_window().settings.shown_kinds == []


# --- the overview bar ------------------------------------------------------------------------
def test_overview_bar_marks_differences_in_kind_colours_and_scrolls_on_click(
        qtbot, open_pair, samples_dir: Path) -> None:
    window = _open_sample(open_pair, samples_dir)
    window.resize(1280, 720)
    bar = window.overview
    marks = bar.marks()
    marked_rows = {window.table_model.row_at(position).id for position, _kind in marks}
    assert {d.row for d in window.comparison.substantive} <= marked_rows
    assert Kind.SCRIPT not in {kind for _position, kind in marks}
    qtbot.waitUntil(lambda: not window.table.is_fitting(), timeout=30_000)
    image = bar.grab().toImage()
    position, kind = marks[-1]
    centre = bar.mark_rect(position).center()
    assert image.pixelColor(centre.x(), centre.y()) == QColor(bar.theme.current[kind])
    scroll = window.table.verticalScrollBar()
    assert scroll.value() == 0
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2,
                                                                 bar.height() - 3))
    assert scroll.value() == scroll.maximum() > 0
    assert bar.visible_rect().bottom() >= bar.height() - 6
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=centre)
    top, bottom = window.table.rowAt(0), window.table.rowAt(window.table.viewport().height() - 1)
    assert top <= position <= (bottom if bottom >= 0 else window.table_model.rowCount())


# --- find ------------------------------------------------------------------------------------
def test_find_in_folded_form_unfolds_and_highlights_with_f3_and_esc(
        qtbot, open_pair, samples_dir: Path) -> None:
    window = _open_sample(open_pair, samples_dir)
    window.differences_only_action.setChecked(True)
    folds_before = len(_folds(window))
    model = window.table_model
    # A simplified phrase found once, in a folded row whose right side writes it traditional.
    shown = {model.row_at(p).id for p in range(model.rowCount()) if model.row_at(p)}
    texts = [model.side_text(row, Column.LEFT) for row in window.comparison.rows]

    def phrase(row: Row) -> str | None:
        left, right = model.side_text(row, Column.LEFT), model.side_text(row, Column.RIGHT)
        return next((left[i:i + 4] for i in range(len(left) - 4)
                     if sum(t.count(left[i:i + 4]) for t in texts) == 1
                     and left[i:i + 4] not in right
                     and folded(left[i:i + 4]) in folded(right)), None)

    hidden = next(row for row in window.comparison.rows
                  if row.id not in shown and row.left and phrase(row))
    needle = phrase(hidden)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.find_bar.edit.setText(needle)  # QTest cannot type non-ASCII keys
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    matches = window.finder.matches()
    assert [m.column for m in matches] == [Column.LEFT, Column.RIGHT]
    assert window.find_bar.status.text() == "1 of 2"
    first = window.navigation.selected_row()
    assert first.id == hidden.id
    assert len(_folds(window)) < folds_before  # the match sat in a fold, now open
    match = matches[0]
    index = window.table_model.index(window.table.currentIndex().row(), match.column)
    layout = window.delegate.text_layout(index, window.table.columnWidth(match.column))
    found = [f for f in layout.formats() if f.format.fontUnderline()]
    assert [(f.start, f.length) for f in found] == [(match.start, match.length)]
    assert layout.text()[match.start:match.start + match.length] == needle
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_F3)
    assert window.find_bar.status.text() == "2 of 2"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.status.text() == "1 of 2"
    assert window.navigation.selected_row() == first
    window.find_bar.exact_box.setChecked(True)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert {m.column for m in window.finder.matches()} == {Column.LEFT}
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.delegate.find_match is None


def test_find_says_when_nothing_is_found(qtbot, open_pair, samples_dir: Path) -> None:
    window = _open_sample(open_pair, samples_dir)
    window.finder.show_bar()
    window.find_bar.edit.setText("没有这句话")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.status.text() == "Not found"


# --- the start page and the empty window ----------------------------------------------------
def test_empty_window_shows_the_start_page_and_nothing_that_needs_a_pair(
        qtbot, window: MainWindow, samples_dir: Path, make_window) -> None:
    assert window.pages.currentWidget() is window.start_page
    assert not window.review_panel.isVisible()
    assert not window.review_panel.orphans_view.isVisible()
    for pair_action in (window.export_action, window.swap_action, window.reload_action,
                        window.review.actions.save_project_action):
        assert not pair_action.isEnabled()
    assert not window.start_page.recent_pairs.isVisible()
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        qtbot.mouseClick(window.start_page.sample_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.comparison_page
    assert window.export_action.isEnabled()
    assert window.review.actions.save_project_action.isEnabled()
    window.close()
    later = make_window()
    recent = later.start_page.recent_pairs
    assert recent.isVisible() and recent.count() == 1
    item = recent.item(0)
    with qtbot.waitSignal(later.comparison_shown, timeout=60_000):
        qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton,
                         pos=recent.visualItemRect(item).center())
    assert later.comparison.left.document.name == "plan-simplified.md"


def test_a_project_opened_from_the_file_menu_is_a_recent_project(
        qtbot, window: MainWindow, samples_dir: Path, tmp_path: Path, make_window) -> None:
    from app.model import CompareSettings
    from app.review.model import Review, ReviewedFile
    from app.review.project import Project, save_project

    project = tmp_path / "plan.duizhao"
    save_project(Project(str(samples_dir / "plan-simplified.md"),
                         str(samples_dir / "plan-traditional.txt"), CompareSettings(),
                         Review(ReviewedFile("plan-simplified.md", ""),
                                ReviewedFile("plan-traditional.txt", ""))), project)
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.review.files.open_project(str(project))  # what File ▸ Open project… does once chosen
    window.close()
    later = make_window()
    assert later.settings.recent_projects == [str(project)]
    assert later.start_page.recent_projects.count() == 1


# --- window state and the panel --------------------------------------------------------------
def test_window_geometry_and_splitter_are_remembered(qtbot, make_window) -> None:
    window = make_window()
    window.resize(760, 560)  # within the offscreen screen, which restoring keeps to
    window.show_page(window.comparison_page)
    window.splitter.setSizes([600, 500])
    sizes = window.splitter.sizes()
    window.close()
    later = make_window()
    later.show_page(later.comparison_page)
    assert (later.width(), later.height()) == (760, 560)
    assert later.splitter.sizes() == sizes


def test_differences_panel_is_readable_at_1280_by_720(qtbot, open_pair,
                                                      samples_dir: Path) -> None:
    window = _open_sample(open_pair, samples_dir)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    differences = window.differences
    header = differences.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(differences.model().columnCount()):
        title = differences.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(str(title)) + 12, title
    assert header.sectionSize(3) >= 12 * metrics.horizontalAdvance("培")
    assert window.legend.sizeHint().width() <= window.legend.width()


def test_ctrl_g_goes_to_a_clause_by_its_label(qtbot, open_pair, samples_dir: Path) -> None:
    window = _open_sample(open_pair, samples_dir)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = window.goto_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.edit.hasFocus)
    dialog.edit.setText("（五十）")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    row = window.navigation.selected_row()
    assert (row.left or row.right).label.endswith("（五十）")
    window.activateWindow()  # the offscreen platform gives it back no focus by itself
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.goto_dialog is not dialog
    qtbot.waitUntil(window.goto_dialog.edit.hasFocus)
    window.goto_dialog.edit.setText("第九百条")
    qtbot.keyClick(window.goto_dialog.edit, Qt.Key.Key_Return)
    assert window.goto_dialog.isVisible() and "第九百条" in window.goto_dialog.message.text()


# --- text in the cells -----------------------------------------------------------------------
def test_hard_wrapped_text_is_reflowed_and_highlights_still_map(qtbot, open_pair,
                                                                 samples_dir: Path,
                                                                 tmp_path: Path) -> None:
    # PDF text: every line wrapped, a blank line after each, clauses across lines.
    text = (samples_dir / "decision-pdf-extract.txt").read_text("utf-8")[:4000]
    assert "出资额不得低于" in text
    (tmp_path / "a.txt").write_text(text, "utf-8")
    (tmp_path / "b.txt").write_text(text.replace("不得低于", "不得少于"), "utf-8")
    window = open_pair(tmp_path / "a.txt", tmp_path / "b.txt")
    [difference] = window.comparison.substantive
    position = window.table_model.position_of_row(difference.row)
    index = window.table_model.index(position, Column.RIGHT)
    source = index.data()
    assert "\n\n" in source
    width = window.table.columnWidth(Column.RIGHT)
    layout = window.delegate.text_layout(index, width)
    assert "\n" not in layout.text() and "\u2028" not in layout.text()
    assert layout.text().replace("\u200b", "") == source.replace("\n", "")
    tinted = [f for f in layout.formats()
              if f.format.background().color() == QColor(LIGHT.kinds[difference.kind])]
    assert [layout.text()[f.start:f.start + f.length] for f in tinted] == [
        difference.right.text]
    window.source_breaks_action.trigger()
    shown = window.delegate.text_layout(index, width).text()
    assert shown.count("\u2028") == source.count("\n")


def test_unrelated_documents_get_a_notice_before_the_comparison(qtbot, window: MainWindow,
                                                                tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("一、总则\n本办法适用于本市公共数据的管理。\n", "utf-8")
    (tmp_path / "b.txt").write_text("第一章 天气\n明天上午多云转晴，有小雨。\n", "utf-8")
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.documents.open_pair(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert window.pages.currentWidget() is window.unrelated_notice
    assert "share" in window.unrelated_notice.message.text()
    assert "% of their text" in window.unrelated_notice.message.text()
    with qtbot.waitSignal(window.comparison_shown):
        qtbot.mouseClick(window.unrelated_notice.continue_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.comparison_page


# --- names, gutter and themes ---------------------------------------------------------------
def test_conversions_scripts_and_verdict_filter_have_names(qtbot, open_pair,
                                                           samples_dir: Path) -> None:
    from app.gui.translations import install_language

    window = _open_sample(open_pair, samples_dir)
    filter_names = [window.review_panel.verdict_filter.itemText(i)
                    for i in range(window.review_panel.verdict_filter.count())]
    assert {"Accepted", "Rejected"} <= set(filter_names)
    try:
        install_language("zh_CN")
        qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
        names = [window.conversion_box.itemText(i) for i in range(window.conversion_box.count())]
        assert names == ["自动", "不转换", "繁→简", "台湾→简", "香港→简"]
        install_language("zh_TW")
        qtbot.waitUntil(lambda: window.file_menu.title() == "檔案(&F)")
        status = window.documents_label.text()
        assert "简体" not in status and "簡體" in status
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert "Automatic" in window.conversion_box.itemText(0)


def test_gutter_marks_are_coloured_by_status(qtbot, open_pair, samples_dir: Path) -> None:
    window = _open_sample(open_pair, samples_dir)
    deleted = next(r for r in window.comparison.rows if r.status is RowStatus.DELETED)
    position = window.table_model.position_of_row(deleted.id)
    rect = window.table.visualRect(window.table_model.index(position, Column.GUTTER))
    image = window.table.viewport().grab(rect).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(image.width())
               for y in range(image.height())}
    assert LIGHT.status_marks[RowStatus.DELETED] in colours


def test_dark_theme_colours_rows_and_text(qtbot, open_pair, samples_dir: Path) -> None:
    window = _open_sample(open_pair, samples_dir)
    window.apply_theme(DARK)
    index = window.table_model.index(0, Column.LEFT)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(
        DARK.statuses[window.table_model.row_at(0).status])
    window.navigation.step_difference(1)
    while window.navigation.current_difference().kind is not Kind.WORDING:
        window.navigation.step_difference(1)
    difference = window.navigation.current_difference()
    position = window.table_model.position_of_row(difference.row)
    layout = window.delegate.text_layout(window.table_model.index(position, Column.RIGHT),
                                         window.table.columnWidth(Column.RIGHT))
    backgrounds = {f.format.background().color().name() for f in layout.formats()
                   if f.format.background().style() != Qt.BrushStyle.NoBrush}
    assert DARK.current[difference.kind] in backgrounds


def test_shortcuts_in_menus_are_named_in_chinese(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    from app.gui.translations import install_language

    try:
        install_language("zh_CN")
        qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
        shown = {QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText)
                 for s in ("Return", "Shift+Return")}
        assert not any("Return" in name for name in shown)
        assert any("回车" in name for name in shown)
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")


def test_a_phrase_of_a_clause_can_be_selected_and_copied(qtbot, open_pair,
                                                         samples_dir: Path) -> None:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    window = _open_sample(open_pair, samples_dir)
    window.navigation.step_difference(1)
    window.navigation.step_difference(1)
    position = window.table.currentIndex().row()
    window.table.setCurrentIndex(window.table_model.index(position, Column.RIGHT))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit) and editor.isReadOnly()
    text = window.table_model.index(position, Column.RIGHT).data()
    assert editor.toPlainText() == text.replace("\n", "")
    cursor = editor.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(8, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == editor.toPlainText()[2:8]
    qtbot.keyClick(editor, Qt.Key.Key_X)
    assert editor.toPlainText() == text.replace("\n", "")
