"""Reports of a document checked alone, rendered from hand-made results and read back."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree, html

from app.engine.segment import segment
from app.model import (
    CheckResult,
    CheckSettings,
    Document,
    DocumentInfo,
    Finding,
    Kind,
    Note,
    Reason,
    Script,
    Span,
)
from app.report import DocxStyle, ReportOptions, write_report
from app.report.check.json_report import dumps, to_dict
from tests.report.test_reports import W, _accept_reject

TEXT = st.lists(st.sampled_from(
    ["一、", "（二）", "今后", "發展", "旅游", "，", "。", "\n", " ", "2020", "涓枃", "<b>", "&",
     "=SUM(A1)", "\u3000", "“", "」"]), max_size=30).map("".join)


@st.composite
def results(draw: st.DrawFn) -> CheckResult:
    """A document and findings on non-overlapping places of it, in reading order."""
    text = draw(TEXT)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12, unique=True)))
    findings = []
    for number, (start, end) in enumerate(zip(cuts[::2], cuts[1::2], strict=False), 1):
        if draw(st.booleans()):
            kind, reason = Kind.CONVERSION, draw(st.sampled_from(list(Reason)))
            suggestion = draw(st.text("於後遊鑽髮\n", min_size=end - start, max_size=end - start))
        else:
            kind, reason = Kind.ENCODING, None
            suggestion = draw(st.none() | st.text("中文資料", max_size=4))
        findings.append(Finding(f"f{number}", kind, reason, Span(start, end, text[start:end]),
                                suggestion))
    document = Document(text, "txt", "utf-8", "release.txt", "release.txt")
    return CheckResult(DocumentInfo(document, Script.TRADITIONAL, "", tuple(segment(text))),
                       CheckSettings(), "s2t", tuple(findings))


def _corrected(result: CheckResult) -> str:
    text = result.document.document.text
    for finding in reversed(result.findings):
        if finding.suggestion is not None:
            text = text[:finding.span.start] + finding.suggestion + text[finding.span.end:]
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(results())
def test_every_check_report_keeps_the_text_and_every_finding(result: CheckResult) -> None:
    text = result.document.document.text
    report = json.loads(dumps(result))
    assert report == to_dict(result)
    assert report["document"]["text"] == text
    assert len(report["findings"]) == report["summary"]["findings"] == len(result.findings)
    for finding in report["findings"]:
        assert text[finding["span"]["start"]:finding["span"]["end"]] == finding["span"]["text"]
    with tempfile.TemporaryDirectory() as folder:
        page_path, docx_path = Path(folder) / "check.html", Path(folder) / "check.docx"
        csv_path = Path(folder) / "check.csv"
        write_report(result, csv_path)
        with open(csv_path, encoding="utf-8-sig", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        write_report(result, page_path)
        write_report(result, docx_path, ReportOptions(docx_style=DocxStyle.REDLINE))
        accepted, rejected = _accept_reject(docx_path)
        page = html.fromstring(page_path.read_bytes())
    assert accepted == _corrected(result) and rejected == text
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)  # no formulas
    shown = page.xpath("//div[@class='text']")[0]
    assert len(shown.xpath("mark")) == len(result.findings)
    for number in shown.xpath("sup"):
        number.drop_tree()
    assert shown.text_content() == text
    assert len(page.xpath("//table[@class='findings']/tr")) == len(result.findings)


def test_a_reviewers_note_on_a_finding_reaches_every_report(tmp_path: Path) -> None:
    text = "一、今后依托港口。"
    note = Note("rejected", "此处保留原文", "王编辑", "2026-11-22T10:15:00+08:00")
    document = Document(text, "txt", "utf-8", "release.txt", "release.txt")
    result = CheckResult(
        DocumentInfo(document, Script.TRADITIONAL, "", tuple(segment(text))), CheckSettings(),
        "s2t", (Finding("f1", Kind.CONVERSION, Reason.LEFTOVER, document.span(3, 4), "後"),
                Finding("f2", Kind.CONVERSION, Reason.LEFTOVER, document.span(5, 6), "託",
                        note)))
    assert json.loads(dumps(result))["findings"][1]["note"] == {
        "verdict": "rejected", "comment": "此处保留原文", "author": "王编辑",
        "time": "2026-11-22T10:15:00+08:00"}
    for name in ("check.html", "check.csv", "check.docx"):
        write_report(result, tmp_path / name)
    page = html.fromstring((tmp_path / "check.html").read_bytes())
    assert [td.text_content() for td in page.xpath("//table[@class='findings']/tr/td[7]")] == [
        "", "拒绝 此处保留原文"]
    rows = list(csv.DictReader((tmp_path / "check.csv").read_text("utf-8-sig").splitlines()))
    assert [(r["批注结论"], r["批注"], r["批注人"]) for r in rows] == [
        ("", "", ""), ("拒绝", "此处保留原文", "王编辑")]
    with zipfile.ZipFile(tmp_path / "check.docx") as package:
        assert "拒绝（王编辑）：此处保留原文" in package.read("word/document.xml").decode()
    write_report(result, tmp_path / "redline.docx", ReportOptions(docx_style=DocxStyle.REDLINE))
    with zipfile.ZipFile(tmp_path / "redline.docx") as package:
        comments = etree.fromstring(package.read("word/comments.xml"))
    authors = [c.get(f"{W}author") for c in comments.findall(f"{W}comment")]
    assert authors == ["Duizhao", "王编辑"]


def test_pdf_lists_the_findings(tmp_path: Path) -> None:
    text = "一、總則\n今后五年，依托港口發展旅游業。"
    document = Document(text, "txt", "utf-8", "release.txt", "release.txt")
    result = CheckResult(
        DocumentInfo(document, Script.TRADITIONAL, "", tuple(segment(text))), CheckSettings(),
        "s2t", (Finding("f1", Kind.CONVERSION, Reason.LEFTOVER, document.span(6, 7), "後"),
                Finding("f2", Kind.CONVERSION, Reason.CHOICE, document.span(11, 12), "託")))
    out = tmp_path / "check.pdf"
    write_report(result, out)
    assert out.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    shown = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout
    flat = "".join(shown.split())  # table cells wrap lines
    assert "转换校对表" in flat and "後" in flat and "遗留简体" in flat and "繁体写法" in flat
