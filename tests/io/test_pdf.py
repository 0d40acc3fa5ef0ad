"""PDF: page text without running headers, footers and page numbers."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter

from app.io import DocumentError
from app.io.pdf import _without_running_lines, read_pdf
from tests.io.conftest import FIXTURES


def test_running_header_footer_and_page_numbers_are_removed() -> None:
    pages = [["上海市人民政府文件", f"正文第{n}页的内容。", f"- {n} -"] for n in range(1, 4)]
    assert _without_running_lines(pages) == ["正文第1页的内容。", "正文第2页的内容。",
                                             "正文第3页的内容。"]


def test_page_numbers_in_chinese_and_with_totals() -> None:
    pages = [[f"条文{n}。", f"第 {n} 页 共 3 页"] for n in range(1, 4)]
    assert _without_running_lines(pages) == ["条文1。", "条文2。", "条文3。"]


def test_numbers_that_do_not_follow_the_pages_are_kept() -> None:
    # A table's last figures are not page numbers: they do not count up with the pages.
    pages = [["甲项", "1200"], ["乙项", "300"]]
    assert _without_running_lines(pages) == ["甲项", "1200", "乙项", "300"]


def test_a_repeated_table_header_counts_as_running() -> None:
    pages = [["项目 金额", "甲项 1200"], ["项目 金额", "乙项 300"], ["丙项 50", "合计 1550"]]
    assert _without_running_lines(pages) == ["甲项 1200", "乙项 300", "丙项 50", "合计 1550"]


def test_a_line_on_only_one_page_is_kept() -> None:
    pages = [["标题", "正文一。"], ["正文二。", "结尾"], ["正文三。", "落款"]]
    assert _without_running_lines(pages) == ["标题", "正文一。", "正文二。", "结尾", "正文三。",
                                             "落款"]


def test_a_single_page_loses_only_its_page_number() -> None:
    assert _without_running_lines([["通知", "正文。", "1"]]) == ["通知", "正文。"]


def plan_pdf(password: str | None = None) -> bytes:
    writer = PdfWriter(clone_from=FIXTURES / "plan.pdf")
    if password is not None:
        writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_an_owner_password_alone_does_not_stop_reading() -> None:
    text, encoding = read_pdf(plan_pdf(password=""), "open.pdf")
    assert text.startswith("上海对内开放与合作交流") and encoding == "unicode"


def test_a_user_password_is_reported() -> None:
    with pytest.raises(DocumentError, match="locked.pdf: is password-protected"):
        read_pdf(plan_pdf(password="secret"), "locked.pdf")


def test_pages_without_text_are_refused() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DocumentError, match="scan.pdf: has no text to read"):
        read_pdf(buffer.getvalue(), "scan.pdf")


def test_aes_encryption_gets_its_own_advice(monkeypatch) -> None:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    def needs_cryptography(self: PdfReader, password: str) -> None:
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", needs_cryptography)
    with pytest.raises(DocumentError, match="aes.pdf: is encrypted .AES., which this reader"):
        read_pdf(plan_pdf(password=""), "aes.pdf")
