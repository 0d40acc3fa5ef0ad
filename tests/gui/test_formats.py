"""Word, OpenDocument, PDF and web pages in the window; hostile files end in a dialog."""

from __future__ import annotations

from pathlib import Path

from app.gui.dialogs import document_filter
from tests.io.conftest import FIXTURES, zip_bytes
from tests.io.test_hostile import XXE, bomb


def test_the_open_dialog_offers_every_format(qapp) -> None:
    patterns = document_filter()
    for extension in ("txt", "md", "docx", "odt", "pdf", "html", "htm"):
        assert f"*.{extension}" in patterns


def test_a_word_document_opens_and_compares(open_pair) -> None:
    window = open_pair(FIXTURES / "structure.txt", FIXTURES / "structure.docx")
    assert window.comparison.right.document.format == "docx"
    assert window.comparison.substantive == ()
    assert "DOCX · utf-8" in window.documents_label.text()


def test_dropped_pdf_and_odt_open(qtbot, window) -> None:
    with qtbot.waitSignal(window.comparison_shown, timeout=60_000):
        window.documents.drop_paths([str(FIXTURES / "plan.pdf"), str(FIXTURES / "plan.odt")],
                          on_left=True)
    assert (window.comparison.left.document.format,
            window.comparison.right.document.format) == ("pdf", "odt")
    assert window.comparison.substantive == ()


def test_a_zip_bomb_shows_an_error_dialog(qtbot, window, tmp_path: Path) -> None:
    hostile = tmp_path / "bomb.docx"
    hostile.write_bytes(bomb())
    with qtbot.waitSignal(window.runner.failed, timeout=10_000):
        window.documents.open_pair(str(hostile), str(FIXTURES / "plan.txt"))
    assert window.error_dialog is not None and window.error_dialog.isVisible()
    assert "bomb.docx" in window.error_dialog.text()
    assert "zip bomb" in window.error_dialog.text()
    assert window.comparison is None


def test_an_entity_attack_shows_an_error_dialog(qtbot, window, tmp_path: Path) -> None:
    hostile = tmp_path / "xxe.docx"
    hostile.write_bytes(zip_bytes({"word/document.xml": XXE}))
    with qtbot.waitSignal(window.runner.failed, timeout=10_000):
        window.documents.open_pair(str(FIXTURES / "plan.txt"), str(hostile))
    assert "xxe.docx" in window.error_dialog.text() and "DTD" in window.error_dialog.text()
    assert "root:" not in window.error_dialog.text()
