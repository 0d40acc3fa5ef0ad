"""Rows fit their clauses: never shorter than the painted text, on screen at once, all soon."""

from __future__ import annotations

from pathlib import Path

import pytest
from opencc import OpenCC
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout

from app.gui.delegate import PADDING
from app.gui.main_window import MainWindow
from app.gui.models import Column, Roles


def _painted_height(layout: QTextLayout) -> int:
    lines = sum(layout.lineAt(n).height() for n in range(layout.lineCount()))
    return int(lines + 2 * PADDING + 1)


def _rows_on_screen(window: MainWindow) -> range:
    table = window.table
    last = table.rowAt(table.viewport().height() - 1)
    return range(table.rowAt(0), (table.model().rowCount() - 1 if last < 0 else last) + 1)


def _fits(window: MainWindow, row: int) -> bool:
    """The row is as tall as its tallest cell (or the header's least height)."""
    table = window.table
    return table.rowHeight(row) == max(table.sizeHintForRow(row),
                                       table.verticalHeader().sectionSizeHint(row))


def _screen_fits(window: MainWindow) -> bool:
    return all(_fits(window, row) for row in _rows_on_screen(window))


def _settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.table.is_fitting(), timeout=30_000)


@pytest.fixture()
def long_pair(tmp_path: Path, samples_dir: Path) -> tuple[Path, Path]:
    """The 144k-character decision and its traditional conversion: 3,600 rows."""
    text = (samples_dir / "decision-pdf-extract.txt").read_text("utf-8")
    left, right = tmp_path / "decision.txt", tmp_path / "decision-traditional.txt"
    left.write_text(text, "utf-8")
    right.write_text(OpenCC("s2t").convert(text), "utf-8")
    return left, right


def test_measured_heights_are_the_painted_heights(qtbot, open_pair,
                                                  samples_dir: Path) -> None:
    window = open_pair(samples_dir / "plan-simplified.md", samples_dir / "plan-traditional.txt")
    _settle(qtbot, window)
    # The current difference is painted underlined and darker; its lines must not move.
    window.navigation.step_difference(1)
    model, delegate = window.table_model, window.delegate
    assert {d.kind.value for d in window.comparison.differences} >= {"wording", "script"}
    for row in range(model.rowCount()):
        for column in (Column.LEFT, Column.RIGHT):
            index = model.index(row, column)
            if index.data(Roles.FOLD):
                continue
            width = window.table.columnWidth(column)
            painted = _painted_height(delegate.text_layout(index, width))
            assert delegate.cell_height(index, width) == painted
            assert window.table.rowHeight(row) >= painted


def test_a_long_pair_is_shown_before_every_row_is_measured(qtbot, open_pair,
                                                           long_pair) -> None:
    window = open_pair(*long_pair)
    table = window.table
    rows = table.model().rowCount()
    assert rows > 3000
    # Shown and usable at once: the rows on screen fit (once the scroll bar has come and
    # narrowed the columns), the others follow in steps.
    qtbot.waitUntil(lambda: _screen_fits(window), timeout=1_000)
    assert table.is_fitting()
    estimated = table.verticalHeader().length()
    # A row scrolled to before its turn fits before it is painted.
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum() * 2 // 3)
    assert table.is_fitting()
    assert _screen_fits(window)
    qtbot.waitSignal(table.rows_fitted, timeout=30_000).wait()
    window.delegate.clear_cache()  # measured afresh, at the current column widths
    assert all(_fits(window, row) for row in range(rows))
    # Rows not measured yet had a sampled height: the scroll range hardly changed.
    assert 0.8 < estimated / table.verticalHeader().length() < 1.25


def test_rows_above_the_view_do_not_move_it(qtbot, open_pair, long_pair) -> None:
    window = open_pair(*long_pair)
    table = window.table
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum() // 2)
    top, position = table.rowAt(0), table.rowViewportPosition(table.rowAt(0))
    _settle(qtbot, window)
    assert (table.rowAt(0), table.rowViewportPosition(top)) == (top, position)


def test_going_to_a_far_row_shows_it_whole(qtbot, open_pair, long_pair) -> None:
    window = open_pair(*long_pair)
    table = window.table
    assert table.is_fitting()
    row_id = window.comparison.rows[-40].id
    window.navigation.go_to_row(row_id)  # before the pass reaches it
    position = window.table_model.position_of_row(row_id)
    rect = table.visualRect(window.table_model.index(position, Column.LEFT))
    assert table.viewport().rect().contains(rect)
    assert _fits(window, position)


def test_a_new_layout_cancels_the_running_one(qtbot, open_pair, long_pair) -> None:
    window = open_pair(*long_pair)
    assert window.table.is_fitting()
    fitted = []
    window.table.rows_fitted.connect(lambda: fitted.append(window.table_model.rowCount()))
    # The source line breaks shown: every row breaks elsewhere, a new pass starts.
    window.source_breaks_action.setChecked(True)
    folded_rows = window.table_model.rowCount()
    window.splitter.setSizes([700, 740])  # narrower clauses: every line breaks elsewhere
    _settle(qtbot, window)
    assert fitted == [folded_rows]  # the passes that were cut short never finished
    window.delegate.clear_cache()
    assert all(_fits(window, row) for row in range(folded_rows))


def test_unfolding_keeps_the_view_in_place(qtbot, open_pair, tmp_path: Path) -> None:
    clauses = [f"第{n}条 本条规定第{n}项管理要求，" + "有关部门依法履行职责。" * (n % 7)
               for n in range(1, 3001)]
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("\n".join(clauses), "utf-8")
    for n in range(20, 3000, 40):  # a change every 40 clauses: folds between them
        clauses[n] = clauses[n].replace("管理", "监督")
    right.write_text("\n".join(clauses), "utf-8")
    window = open_pair(left, right)
    window.differences_only_action.setChecked(True)
    _settle(qtbot, window)
    table, model = window.table, window.table_model
    folds = [p for p in range(model.rowCount()) if model.index(p, Column.LEFT).data(Roles.FOLD)]
    fold = folds[len(folds) // 2]
    table.scrollTo(model.index(fold, Column.LEFT), table.ScrollHint.PositionAtCenter)
    _settle(qtbot, window)
    above, fold_y = fold - 1, table.rowViewportPosition(fold)
    above_y = table.rowViewportPosition(above)
    centre = table.visualRect(model.index(fold, Column.LEFT)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert not model.index(fold, Column.LEFT).data(Roles.FOLD)
    # The clause above stays where it was, and the first unfolded clause where the fold was.
    assert (table.rowViewportPosition(above), table.rowViewportPosition(fold)) == (above_y,
                                                                                  fold_y)
    _settle(qtbot, window)
    assert (table.rowViewportPosition(above), table.rowViewportPosition(fold)) == (above_y,
                                                                                  fold_y)
    window.delegate.clear_cache()
    assert all(_fits(window, row) for row in range(model.rowCount()))


def test_a_larger_font_refits_the_rows(qtbot, open_pair, samples_dir: Path) -> None:
    window = open_pair(samples_dir / "plan-simplified.md", samples_dir / "plan-traditional.txt")
    _settle(qtbot, window)
    rows = range(window.table_model.rowCount())
    before = sum(window.table.rowHeight(row) for row in rows)
    window.settings.font_size += 6
    window.apply_font()
    assert _screen_fits(window)
    _settle(qtbot, window)
    assert sum(window.table.rowHeight(row) for row in rows) > before * 1.3
    assert all(_fits(window, row) for row in rows)
