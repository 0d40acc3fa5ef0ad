"""File ▸ Check one document…: the check view driven with real keys and clicks."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QToolTip

import app.engine
from app.gui.check_view.models import FindingsModel
from app.gui.check_view.view import FindingsText
from app.gui.translations import install_language
from app.model import Finding, Kind, Reason, Span
from app.review.check import default_check_review_path
from tests.gui.findings_fake import check_with_findings


@pytest.fixture()
def document(tmp_path: Path, samples_dir: Path, monkeypatch) -> Path:
    """A copy of the sample's traditional release, checked with three findings."""
    monkeypatch.setattr(app.engine, "check_document", check_with_findings, raising=False)
    copy = tmp_path / "plan-traditional.txt"
    copy.write_bytes((samples_dir / "plan-traditional.txt").read_bytes())
    return copy


def _check(qtbot, window, path: Path, monkeypatch):
    """Check ``path`` through File ▸ Check one document…; the check view, once shown."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    checker = window.checker
    with qtbot.waitSignal(checker.result_shown, timeout=30_000):
        window.check_action.trigger()
    checker.window.activateWindow()
    return checker


def _cells(checker, column: int) -> list[str]:
    model = checker.window.findings_model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_check_view_lists_and_highlights_the_findings(qtbot, window, document,
                                                          monkeypatch) -> None:
    checker = _check(qtbot, window, document, monkeypatch)
    view = checker.window
    assert view.isVisible() and view.windowTitle() == "plan-traditional.txt — Check — Duizhao"
    assert view.text.toPlainText() == document.read_text("utf-8")
    assert _cells(checker, FindingsModel.KIND) == ["Conversion error"] * 3
    assert _cells(checker, FindingsModel.REASON) == [
        "Leftover simplified form", "Leftover simplified form", "Other traditional form"]
    assert _cells(checker, FindingsModel.CHANGE) == ["后 → 後", "于 → 於", "鉆 → 鑽"]
    assert view.findings_title.text() == "Findings (3)"
    assert view.counts_label.text() == ("3 findings · Leftover simplified form 2, "
                                        "Other traditional form 1")
    assert view.text.painted() == [(f.span.start, f.span.text, False)
                                   for f in checker.result.findings]
    assert "Conversion error" in view.legend.text()


def test_keys_move_between_findings_and_give_verdicts(qtbot, window, document,
                                                      monkeypatch) -> None:
    checker = _check(qtbot, window, document, monkeypatch)
    view = checker.window
    qtbot.keyClick(view.text, Qt.Key.Key_F7)
    first = checker.current_finding()
    assert first.span.text == "后"
    # The text shows it: the cursor at its place, its highlight the current one's.
    assert view.text.textCursor().position() == first.span.start
    assert (first.span.start, "后", True) in view.text.painted()
    assert view.target_label.text() == "Conversion error · Leftover simplified form · 后 → 後"
    qtbot.keyClick(view.text, Qt.Key.Key_A)
    qtbot.keyClick(view.text, Qt.Key.Key_F7)
    qtbot.keyClick(view.text, Qt.Key.Key_R)
    qtbot.keyClick(view.text, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert checker.current_finding().id == first.id
    qtbot.keyClick(view.text, Qt.Key.Key_Q)
    assert _cells(checker, FindingsModel.VERDICT) == ["?", "✗", ""]
    assert view.progress_label.text() == "Reviewed 2 / 3"
    qtbot.keyClick(view.text, Qt.Key.Key_Q)  # the same key again clears it
    assert _cells(checker, FindingsModel.VERDICT) == ["", "✗", ""]
    qtbot.keyClick(view.text, Qt.Key.Key_F8)
    assert checker.current_finding().span.text == "鉆"  # the next one without a verdict
    qtbot.keyClick(view.text, Qt.Key.Key_Return)
    assert view.comment_edit.hasFocus()
    qtbot.keyClicks(view.comment_edit, "see AR")  # letters in the editor are text
    qtbot.keyClick(view.comment_edit, Qt.Key.Key_Return)
    assert view.findings.hasFocus()
    assert _cells(checker, FindingsModel.VERDICT) == ["", "✗", "✎"]
    assert checker.current_finding().note.comment == "see AR"


def test_verdicts_persist_in_a_review_beside_the_document(qtbot, make_window, document,
                                                          monkeypatch) -> None:
    window = make_window()
    checker = _check(qtbot, window, document, monkeypatch)
    view = checker.window
    qtbot.keyClick(view.text, Qt.Key.Key_F7)
    qtbot.keyClick(view.text, Qt.Key.Key_F7)
    with qtbot.waitSignal(checker.saved, timeout=10_000):  # written by itself, soon
        qtbot.keyClick(view.text, Qt.Key.Key_R)
    review = json.loads(default_check_review_path(document).read_text("utf-8"))
    assert review["format"] == "duizhao-review" and review["version"] == 1
    assert review["left"]["path"] == "plan-traditional.txt" and "right" not in review
    assert [(a["anchor"]["kind"], a["anchor"]["left"], a["anchor"]["right"], a["verdict"])
            for a in review["annotations"]] == [("conversion", "于", "於", "rejected")]
    window.close()

    again = _check(qtbot, make_window(), document, monkeypatch)
    assert _cells(again, FindingsModel.VERDICT) == ["", "✗", ""]
    assert again.window.progress_label.text() == "Reviewed 1 / 3"


def test_a_click_on_a_highlight_makes_its_finding_current(qtbot, window, document,
                                                          monkeypatch) -> None:
    checker = _check(qtbot, window, document, monkeypatch)
    text = checker.window.text
    third = checker.result.findings[2]
    cursor = text.textCursor()
    cursor.setPosition(third.span.start)
    text.setTextCursor(cursor)
    text.ensureCursorVisible()
    rectangle = text.cursorRect(cursor)
    place = QPoint(rectangle.right() + 4, rectangle.center().y())
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=place)
    assert checker.current_finding().id == third.id
    QApplication.sendEvent(text.viewport(), QHelpEvent(QEvent.Type.ToolTip, place,
                                                       text.viewport().mapToGlobal(place)))
    assert QToolTip.text() == ("Conversion error · Other traditional form\n"
                               "「鉆」 should probably read 「鑽」")


def test_export_writes_the_findings_with_their_verdicts(qtbot, window, document, tmp_path,
                                                       monkeypatch) -> None:
    checker = _check(qtbot, window, document, monkeypatch)
    qtbot.keyClick(checker.window.text, Qt.Key.Key_F7)
    qtbot.keyClick(checker.window.text, Qt.Key.Key_A)
    target = tmp_path / "findings.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target),
                                                                                 ""))
    qtbot.keyClick(checker.window.findings, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    report = json.loads(target.read_text("utf-8"))
    assert report["format"] == "duizhao-check" and report["version"] == 1
    assert report["document"]["text"] == document.read_text("utf-8")
    assert report["summary"]["by_reason"] == {"leftover": 2, "choice": 1}
    first = report["findings"][0]
    assert (first["kind"], first["reason"], first["span"]["text"], first["suggestion"],
            first["note"]["verdict"]) == ("conversion", "leftover", "后", "後", "accepted")
    assert checker.window.statusBar().currentMessage() == f"Report written: {target}"


def test_back_returns_to_the_comparison_window(qtbot, window, document, monkeypatch) -> None:
    checker = _check(qtbot, window, document, monkeypatch)
    qtbot.keyClick(checker.window.findings, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not checker.window.isVisible() and window.isVisible()


def test_a_document_that_cannot_be_read_is_reported(qtbot, window, tmp_path,
                                                    monkeypatch) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(broken), ""))
    with qtbot.waitSignal(window.checker.runner.failed, timeout=30_000):
        window.check_action.trigger()
    message = window.checker.message
    assert message.isVisible() and message.text().startswith(str(broken))
    assert window.checker.window.findings_model.rowCount() == 0


def test_esc_cancels_a_running_check(qtbot, window, document, monkeypatch) -> None:
    started = threading.Event()

    def slow_check(document, settings, progress=None, should_cancel=None):
        started.set()
        for _ in range(3000):  # until cancelled, or half a minute at most
            if should_cancel():
                break
            threading.Event().wait(0.01)
        return check_with_findings(document, settings, progress, should_cancel)

    monkeypatch.setattr(app.engine, "check_document", slow_check, raising=False)
    checker = window.checker
    checker.check(str(document))
    qtbot.waitUntil(checker.window.isActiveWindow)
    assert started.wait(30)
    assert checker.window.cancel_button.isVisible()
    with qtbot.waitSignal(checker.runner.cancelled, timeout=30_000):
        qtbot.keyClick(checker.window.findings, Qt.Key.Key_Escape)
    assert checker.window.statusBar().currentMessage() == "Check cancelled"
    assert checker.result is None and not checker.window.cancel_button.isVisible()


def test_offsets_beyond_the_basic_plane_are_highlighted_in_place(qtbot) -> None:
    text = FindingsText()
    qtbot.addWidget(text)
    content = "𠀀對于全面"  # one code point, two UTF-16 units, before the finding
    finding = Finding("f1", Kind.CONVERSION, Reason.LEFTOVER, Span(2, 3, "于"), "於")
    text.show_text(content, (finding,))
    assert text.painted() == [(2, "于", False)]
    assert text.finding_at(text.offset(3)) == finding  # 于 is the fourth UTF-16 unit
    text.set_current(finding)
    assert text.painted() == [(2, "于", True)] and text.textCursor().position() == 3


def test_the_check_view_speaks_chinese(qtbot, window, document, monkeypatch) -> None:
    checker = _check(qtbot, window, document, monkeypatch)
    try:
        install_language("zh_TW")
        qtbot.waitUntil(lambda: checker.window.review_menu.title() == "審閱(&R)")
        assert _cells(checker, FindingsModel.REASON) == ["遺留簡體", "遺留簡體", "另一繁體寫法"]
        assert checker.window.findings_title.text() == "問題（3）"
        assert checker.window.windowTitle() == "plan-traditional.txt — 檢查 — 對照"
        assert checker.window.counts_label.text().startswith("3 處問題")
    finally:
        install_language("en")



def test_a_failed_check_leaves_the_document_shown_alone(qtbot, window, document, tmp_path,
                                                        monkeypatch) -> None:
    checker = _check(qtbot, window, document, monkeypatch)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with qtbot.waitSignal(checker.runner.failed, timeout=30_000):
        checker.check(str(broken))
    assert checker.message.text().startswith(str(broken))
    assert checker.window.windowTitle() == "plan-traditional.txt — Check — Duizhao"
    assert _cells(checker, FindingsModel.CHANGE) == ["后 → 後", "于 → 於", "鉆 → 鑽"]


def test_checking_again_keeps_the_verdicts(qtbot, window, document, monkeypatch) -> None:
    checker = _check(qtbot, window, document, monkeypatch)
    qtbot.keyClick(checker.window.text, Qt.Key.Key_F7)
    qtbot.keyClick(checker.window.text, Qt.Key.Key_R)
    # The first error corrected in an editor: the other findings keep their notes.
    document.write_text(document.read_text("utf-8").replace("今后", "今後"), "utf-8")
    with qtbot.waitSignal(checker.result_shown, timeout=30_000):
        qtbot.keyClick(checker.window.text, Qt.Key.Key_F5)
    assert _cells(checker, FindingsModel.CHANGE) == ["于 → 於", "鉆 → 鑽"]
    assert checker.window.orphans_label.isVisible()  # the note on the corrected place
    qtbot.keyClick(checker.window.text, Qt.Key.Key_F7)
    qtbot.keyClick(checker.window.text, Qt.Key.Key_A)
    with qtbot.waitSignal(checker.result_shown, timeout=30_000):
        qtbot.keyClick(checker.window.text, Qt.Key.Key_F5)
    assert _cells(checker, FindingsModel.VERDICT) == ["✓", ""]


ENGINE_CHECKS = hasattr(app.engine, "check_document")


@pytest.mark.skipif(not ENGINE_CHECKS, reason="this build's engine has no one-document check")
def test_the_engine_finds_the_samples_conversion_errors(qtbot, window, samples_dir, tmp_path,
                                                        monkeypatch) -> None:
    copy = tmp_path / "plan-traditional.txt"
    copy.write_bytes((samples_dir / "plan-traditional.txt").read_bytes())
    checker = _check(qtbot, window, copy, monkeypatch)
    changes = set(_cells(checker, FindingsModel.CHANGE))
    # What the engine suggests, whether for the character or the word around it (今後);
    # encoding damage that the bytes cannot repair has no suggestion.
    suggested = " ".join(change.split(" → ")[1] for change in changes if " → " in change)
    assert "後" in suggested and "鑽" in suggested
    assert "Leftover simplified form" in _cells(checker, FindingsModel.REASON)
