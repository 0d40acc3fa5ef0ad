"""Conversion findings in every comparison report, each read back as its reader would."""

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

from app.engine import compare
from app.model import Comparison, Document, Kind, Reason
from app.report import DocxStyle, ReportOptions, Scope, write_report
from app.report.json_report import dumps, to_dict
from app.report.text_report import render
from tests.findings import corrected, with_findings
from tests.invariants import assert_contract
from tests.report.test_reports import W, _accept_reject, _bare

FINDINGS = [("於", "遗留简体"), ("後", "遗留简体"), ("託", "遗留简体"), ("鑽", "另一繁体写法")]


def _findings(comparison: Comparison) -> list:
    return [d for d in comparison.differences if d.kind is Kind.CONVERSION]


def test_the_hand_made_findings_keep_the_report_contract(conversion_pair: Comparison) -> None:
    assert_contract(conversion_pair)
    assert [d.right.text for d in _findings(conversion_pair)] == ["于", "后", "托", "鉆"]


def test_json_has_reason_and_suggestion_on_conversion_differences_only(
        conversion_pair: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    write_report(conversion_pair, out)
    report = json.loads(out.read_text("utf-8"))
    assert report == to_dict(conversion_pair)
    findings = [d for d in report["differences"] if d["kind"] == "conversion"]
    assert [(d["right"]["text"], d["suggestion"], d["reason"]) for d in findings] == [
        ("于", "於", "leftover"), ("后", "後", "leftover"), ("托", "託", "leftover"),
        ("鉆", "鑽", "choice")]
    assert all(d["substantive"] and len(d["suggestion"]) == len(d["right"]["text"])
               for d in findings)
    assert list(findings[0]) == ["id", "row", "kind", "substantive", "left", "right", "reason",
                                 "suggestion", "note"]
    others = [d for d in report["differences"] if d["kind"] != "conversion"]
    assert others and not any("reason" in d or "suggestion" in d for d in others)
    assert report["summary"]["by_kind"]["conversion"] == 4


def test_html_lists_findings_under_their_own_heading_and_marks_them(
        conversion_pair: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    write_report(conversion_pair, out)
    page = html.fromstring(out.read_bytes())
    heading = page.xpath("//h2[starts-with(., '转换校对')]")
    assert [h.text_content() for h in heading] == ["转换校对（4 处）"]
    rows = page.xpath("//table[@class='findings']/tr")
    cells = [[td.text_content() for td in row.xpath("td")] for row in rows]
    assert [(c[3], c[4]) for c in cells] == FINDINGS
    assert "對于今后" in cells[0][2] and cells[0][1] == "一"
    for link in page.xpath("//table[@class='findings']//a/@href"):
        assert page.xpath(f"//mark[@id='{link[1:]}']"), link
    assert "转换错误：鉆 → 鑽" in page.xpath("//ol[@class='index']/li/a/text()")
    titles = page.xpath("//table[@class='compare']//mark/@title")
    assert "转换错误：「鉆」应为「鑽」（另一繁体写法）" in titles
    notes = page.xpath("//td[@class='note']/div[@class='suggestion']/text()")
    assert "「后」应为「後」（遗留简体）" in notes
    summary = page.xpath("//table[@class='summary']//td/text()")
    assert "转换错误 4 处：遗留简体 3，另一繁体写法 1" in summary


def test_html_without_findings_has_no_conversion_section(hostile_pair: Comparison,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    write_report(hostile_pair, out)
    page = html.fromstring(out.read_bytes())
    assert not page.xpath("//h2[starts-with(., '转换校对')] | //table[@class='findings']")


def _docx_part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def test_docx_table_explains_each_finding(conversion_pair: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "table.docx"
    write_report(conversion_pair, out)
    rows = _docx_part(out, "word/document.xml").find(f".//{W}tbl").findall(f"{W}tr")[1:]
    notes = [[("".join(t.text for t in p.iter(f"{W}t"))) for p in row[-1].iter(f"{W}p")]
             for row in rows]
    assert ["转换错误", "「于」应为「於」（遗留简体）", "「后」应为「後」（遗留简体）"] in notes
    underlined = [("".join(t.text for t in r.iter(f"{W}t"))) for r in rows[0].iter(f"{W}r")
                  if r.find(f"{W}rPr/{W}u") is not None]
    assert underlined == ["于", "后"]


def test_csv_has_reason_and_suggestion_columns(conversion_pair: Comparison,
                                               tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    write_report(conversion_pair, out)
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines()))
    findings = [(r["修改后"], r["应为"], r["reason"], r["原因"]) for r in rows
                if r["kind"] == "conversion"]
    assert findings == [("于", "於", "leftover", "遗留简体"),
                        ("后", "後", "leftover", "遗留简体"),
                        ("托", "託", "leftover", "遗留简体"),
                        ("鉆", "鑽", "choice", "另一繁体写法")]
    assert all(r["reason"] == r["应为"] == "" for r in rows if r["kind"] != "conversion")


def test_text_summary_says_what_each_place_should_read(conversion_pair: Comparison) -> None:
    text = render(conversion_pair)
    assert "Substantive differences: 4 (conversion 4)" in text
    assert "should read: 鑽 (choice)" in text and "should read: 於 (leftover)" in text


def test_pdf_explains_findings(conversion_pair: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_report(conversion_pair, out)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = "".join(text.split())  # table cells wrap lines
    assert "「于」应为「於」（遗留简体）" in flat and "「鉆」应为「鑽」" in flat


def test_redline_replaces_each_finding_by_its_suggestion(conversion_pair: Comparison,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "redline.docx"
    fixed = corrected(conversion_pair.right.document.text, _findings(conversion_pair))
    assert fixed == "一、對於今後的發展。\n二、依託旅遊資源，開展鑽石貿易。\n三、若干幹部參與培訓。"
    write_report(conversion_pair, out, ReportOptions(docx_style=DocxStyle.REDLINE))
    accepted, _ = _accept_reject(out)
    assert _bare(accepted) == _bare(fixed)
    write_report(conversion_pair, out, ReportOptions(scope=Scope.ALL,
                                                     docx_style=DocxStyle.REDLINE))
    accepted, rejected = _accept_reject(out)
    assert _bare(accepted) == _bare(fixed)
    assert _bare(rejected) == _bare(conversion_pair.left.document.text)
    comments = ["".join(c.itertext()) for c in
                _docx_part(out, "word/comments.xml").findall(f"{W}comment")]
    assert "转换错误（二）：「鉆」应为「鑽」（另一繁体写法）" in comments


# Simplified clauses whose traditional conversion differs character for character.
CLAUSES = st.lists(st.sampled_from(
    ["发展", "对于", "今后", "旅游", "资源", "贸易", "开展", "干部", "参与", "的", "，", "。",
     "一、", "（二）", "2020", "若干"]), min_size=1, max_size=10).map("".join)
TRADITIONAL = str.maketrans("发对于后游资贸开干参与", "發對於後遊資貿開幹參與")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CLAUSES, min_size=1, max_size=5), st.data())
def test_redline_accepts_to_the_corrected_text_and_rejects_to_the_left(clauses, data) -> None:
    # Findings on any script differences of a pair: Accept All gives the right text with
    # every suggestion applied, Reject All the left text, and the JSON keeps its contract.
    left = "\n".join(clauses)
    comparison = compare(Document(left, "txt", "utf-8"),
                         Document(left.translate(TRADITIONAL), "txt", "utf-8"))
    script = [d for d in comparison.differences if d.kind is Kind.SCRIPT]
    chosen = data.draw(st.lists(st.sampled_from(script), unique_by=lambda d: d.id)
                       if script else st.just([]))
    findings = [type(d)(d.id, d.row, Kind.CONVERSION, d.left, d.right,
                        reason=data.draw(st.sampled_from(list(Reason))),
                        suggestion=data.draw(st.text("於後託鑽髮", min_size=len(d.right),
                                                     max_size=len(d.right))))
                for d in chosen]
    comparison = with_findings(comparison, findings)
    fixed = corrected(comparison.right.document.text, _findings(comparison))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "redline.docx"
        write_report(comparison, out, ReportOptions(scope=Scope.ALL,
                                                    docx_style=DocxStyle.REDLINE))
        accepted, rejected = _accept_reject(out)
        write_report(comparison, out, ReportOptions(docx_style=DocxStyle.REDLINE))
        accepted_substantive, _ = _accept_reject(out)
    assert _bare(accepted) == _bare(fixed) == _bare(accepted_substantive)
    assert _bare(rejected) == _bare(left)
    assert json.loads(dumps(comparison)) == to_dict(comparison)
