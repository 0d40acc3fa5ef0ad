"""Rows fit their clauses: never shorter than the painted text, whatever the highlights."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextLayout

from app.gui.delegate import PADDING
from app.gui.models import Column, Roles


def _painted_height(layout: QTextLayout) -> int:
    lines = sum(layout.lineAt(n).height() for n in range(layout.lineCount()))
    return int(lines + 2 * PADDING + 1)


def test_measured_heights_are_the_painted_heights(open_pair, samples_dir: Path) -> None:
    window = open_pair(samples_dir / "plan-simplified.md", samples_dir / "plan-traditional.txt")
    # The current difference is painted underlined and darker; its lines must not move.
    window.step_difference(1)
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
