"""Conversion findings in the comparison window: colour, legend, filter, suggestion, review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import app.engine
from app.gui import worker
from app.gui.models import Column, DifferencesModel, Roles
from app.gui.palette import kind_color
from app.gui.translations import install_language
from app.model import KIND_ORDER, Kind
from app.review import default_review_path
from tests.gui.findings_fake import compare_with_findings


@pytest.fixture()
def pair(tmp_path: Path, samples_dir: Path, monkeypatch) -> tuple[Path, Path]:
    """Copies of the sample pair, compared with three conversion findings."""
    monkeypatch.setattr(worker, "compare", compare_with_findings)
    left, right = tmp_path / "plan-simplified.md", tmp_path / "plan-traditional.txt"
    left.write_bytes((samples_dir / "plan-simplified.md").read_bytes())
    right.write_bytes((samples_dir / "plan-traditional.txt").read_bytes())
    return left, right


def _show_conversions(window) -> list[int]:
    """Filter the list to conversion findings; their positions in the list."""
    window.kind_filter.setCurrentIndex(window.kind_filter.findData(Kind.CONVERSION.value))
    return list(range(window.differences_filter.rowCount()))


def _cell(window, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return window.differences_filter.index(row, column).data(role)


def test_findings_are_listed_with_reason_and_suggestion(open_pair, pair) -> None:
    window = open_pair(*pair)
    rows = _show_conversions(window)
    assert window.kind_filter.currentText() == "Conversion error"
    assert [_cell(window, row, 3) for row in rows] == ["后 → 後", "于 → 於", "鉆 → 鑽"]
    assert [_cell(window, row, 1) for row in rows] == [
        "Leftover simplified form", "Leftover simplified form", "Other traditional form"]
    tooltip = _cell(window, 0, 3, Qt.ItemDataRole.ToolTipRole)
    assert "Conversion error · Leftover simplified form" in tooltip
    assert "「后」 should probably read 「後」" in tooltip
    # Substantive: listed by default beside the other substantive kinds.
    window.kind_filter.setCurrentIndex(0)
    kinds = {_cell(window, row, 0, Roles.DIFFERENCE).kind
             for row in range(window.differences_filter.rowCount())}
    assert Kind.CONVERSION in kinds


def test_findings_have_their_own_colour_and_legend_entry(open_pair, pair) -> None:
    window = open_pair(*pair)
    colour = kind_color(Kind.CONVERSION)
    others = {kind_color(kind).name() for kind in KIND_ORDER if kind is not Kind.CONVERSION}
    assert colour.name() not in others
    assert f"background:{colour.name()}" in window.legend.text().lower()
    assert "Conversion error" in window.legend.text()
    _show_conversions(window)
    assert _cell(window, 0, 1, Qt.ItemDataRole.DecorationRole) == colour


def test_the_cell_shows_and_explains_the_finding(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _show_conversions(window)
    qtbot.keyClick(window.differences, Qt.Key.Key_F7)
    finding = window.navigation.current_difference()
    assert finding.kind is Kind.CONVERSION and finding.suggestion == "後"
    position = window.table_model.position_of_row(finding.row)
    cell = window.table_model.index(position, Column.RIGHT)
    start = finding.right.start - window.comparison.row_by_id(finding.row).right.start
    assert (start, 1, Kind.CONVERSION, finding.id) in cell.data(Roles.HIGHLIGHTS)
    assert "「后」 should probably read 「後」" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert window.review_panel.target_label.text() == "Conversion error · 后 → 後"


def test_verdicts_and_comments_on_findings_are_saved_and_restored(qtbot, open_pair, pair,
                                                                  make_window) -> None:
    window = open_pair(*pair)
    window.activateWindow()
    _show_conversions(window)
    qtbot.keyClick(window.differences, Qt.Key.Key_F7)
    qtbot.keyClick(window.differences, Qt.Key.Key_R)
    qtbot.keyClick(window.differences, Qt.Key.Key_F7)
    qtbot.keyClick(window.differences, Qt.Key.Key_A)
    qtbot.keyClick(window.differences, Qt.Key.Key_Return)
    qtbot.keyClicks(window.review_panel.comment_edit, "fix")
    assert [_cell(window, row, DifferencesModel.VERDICT_COLUMN) for row in range(3)] == [
        "✗", "✓✎", ""]
    assert window.review.files.save_now()
    saved = json.loads(default_review_path(*pair).read_text("utf-8"))
    anchors = [(a["anchor"]["kind"], a["anchor"]["right"], a["verdict"], a["comment"])
               for a in saved["annotations"]]
    assert anchors == [("conversion", "后", "rejected", ""),
                       ("conversion", "于", "accepted", "fix")]
    window.close()

    reopened = make_window()
    with qtbot.waitSignal(reopened.review.notes_attached, timeout=60_000):
        reopened.documents.open_pair(str(pair[0]), str(pair[1]))
    notes = {d.right.text: (d.note.verdict, d.note.comment)
             for d in reopened.review.session.annotated.differences
             if d.kind is Kind.CONVERSION and d.note is not None}
    assert notes == {"后": ("rejected", ""), "于": ("accepted", "fix")}
    assert reopened.review.progress_label.text().startswith("Reviewed 2 / ")


def test_reasons_are_named_in_chinese(qtbot, open_pair, pair) -> None:
    window = open_pair(*pair)
    try:
        install_language("zh_CN")
        rows = _show_conversions(window)
        assert [_cell(window, row, 1) for row in rows] == ["遗留简体", "遗留简体", "另一繁体写法"]
        qtbot.waitUntil(lambda: window.kind_filter.currentText() == "转换错误")
        install_language("zh_TW")
        assert [_cell(window, row, 1) for row in rows] == ["遺留簡體", "遺留簡體", "另一繁體寫法"]
    finally:
        install_language("en")


@pytest.mark.skipif(not hasattr(app.engine, "check_document"),
                    reason="this build's engine does not check conversions yet")
def test_the_engine_s_findings_in_the_sample_pair(open_pair, samples_dir: Path) -> None:
    window = open_pair(samples_dir / "plan-simplified.md", samples_dir / "plan-traditional.txt")
    rows = _show_conversions(window)
    changes = {_cell(window, row, 3) for row in rows}
    # What the engine suggests, whether for the character or the word around it (今後).
    suggested = " ".join(change.split(" → ")[1] for change in changes)
    assert "後" in suggested and "鑽" in suggested
