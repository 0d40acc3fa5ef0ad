"""``duizhao check FILE``: exit status, the summary, every report format read back."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree, html

import app.engine
from app.cli import main
from tests.findings import fixed, stand_in_check
from tests.report.test_reports import W, _accept_reject

# A traditional release with three simplified forms left (后, 托, 游), 鉆 chosen for 鑽 and
# 資料 damaged (its UTF-8 bytes read as GBK: 璩囨枡); 若干 and 參與 are right.
RELEASE = ("一、總則\n今后五年，依托港口發展旅游業。\n二、開展鉆石貿易，璩囨枡齊全。\n"
           "三、若干幹部參與。\n")
CORRECTED = ("一、總則\n今後五年，依託港口發展旅遊業。\n二、開展鑽石貿易，資料齊全。\n"
             "三、若干幹部參與。\n")


@pytest.fixture(autouse=True)
def engine_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine's check where it exists, else a stand-in with the same interface."""
    if not hasattr(app.engine, "check_document"):
        monkeypatch.setattr(app.engine, "check_document", stand_in_check, raising=False)


@pytest.fixture()
def release(tmp_path: Path) -> Path:
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def _json(release: Path, tmp_path: Path, *options: str) -> dict:
    out = tmp_path / "check.json"
    assert main(["check", str(release), "-o", str(out), *options]) == 1
    return json.loads(out.read_text("utf-8"))


def test_findings_exit_1_and_the_summary_shows_each_in_context(release: Path, capsys) -> None:
    assert main(["check", str(release)]) == 1
    out = capsys.readouterr().out
    assert f"Document: {release}" in out and "Findings: " in out
    assert "後]" in out and "鑽]" in out and "[璩囨枡→資料]" in out
    assert "\033[" not in out


def test_colour_on_request(release: Path, capsys) -> None:
    assert main(["check", str(release), "--color", "always"]) == 1
    out = capsys.readouterr().out
    assert "\033[31m" in out and "\033[32m" in out  # the place in red, the suggestion green


def test_a_correct_document_exits_0(tmp_path: Path, capsys) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text(CORRECTED, encoding="utf-8")
    assert main(["check", str(clean)]) == 0
    assert "Findings: 0" in capsys.readouterr().out


def test_trouble_exits_2_with_one_line_naming_the_file(tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr().err.strip() == f"duizhao: {tmp_path / 'missing.txt'}: no such file"
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    assert main(["check", str(binary)]) == 2
    err = capsys.readouterr().err
    assert "image.txt: not a text file" in err and len(err.strip().splitlines()) == 1


def test_a_format_that_needs_a_file_or_is_unknown_exits_2(release: Path, tmp_path: Path,
                                                          capsys) -> None:
    assert main(["check", str(release), "--format", "docx"]) == 2
    assert "needs an output file" in capsys.readouterr().err
    assert main(["check", str(release), "-o", str(tmp_path / "out.xyz")]) == 2
    assert "unknown report format 'xyz'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["check", str(release), "--convert", "s2x"])
    assert exit_info.value.code == 2
    assert "duizhao check --help" in capsys.readouterr().err


def test_json_follows_the_duizhao_check_contract(release: Path, tmp_path: Path) -> None:
    report = _json(release, tmp_path)
    assert (report["format"], report["version"]) == ("duizhao-check", 1)
    document = report["document"]
    assert document["text"] == RELEASE and document["length"] == len(RELEASE)
    assert set(document) == {"path", "name", "format", "encoding", "script", "length",
                             "clauses", "text"}
    assert report["settings"]["convert"] == "auto" and report["settings"]["conversion"]
    findings = report["findings"]
    for finding in findings:
        assert set(finding) == {"id", "kind", "reason", "span", "suggestion", "note"}
        span = finding["span"]
        assert RELEASE[span["start"]:span["end"]] == span["text"]
        if finding["kind"] == "conversion":
            assert finding["reason"] in ("leftover", "choice", "variant")
            assert len(finding["suggestion"]) == len(span["text"])
        else:
            assert finding["kind"] == "encoding" and finding["reason"] is None
    assert len({f["id"] for f in findings}) == len(findings)
    starts = [f["span"]["start"] for f in findings]
    assert starts == sorted(starts)
    assert fixed(RELEASE, findings) == CORRECTED
    summary = report["summary"]
    assert summary["findings"] == len(findings) == sum(summary["by_kind"].values())
    assert summary["by_reason"]["leftover"] == sum(f["reason"] == "leftover" for f in findings)
    assert sum(summary["by_reason"].values()) == summary["by_kind"]["conversion"]


def test_json_on_stdout_is_the_same_report(release: Path, tmp_path: Path, capsys) -> None:
    written = _json(release, tmp_path)
    assert main(["check", str(release), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out) == written


def test_convert_none_checks_the_encoding_only(release: Path, tmp_path: Path, capsys) -> None:
    report = _json(release, tmp_path, "--convert", "none")
    assert report["settings"] == {"convert": "none", "conversion": "none"}
    assert [f["kind"] for f in report["findings"]] == ["encoding"]
    assert main(["check", str(release), "--convert", "none"]) == 1
    assert "Checked against: no conversion (--convert none)" in capsys.readouterr().out


def test_html_lists_every_finding_and_marks_it_in_the_whole_text(release: Path,
                                                                 tmp_path: Path) -> None:
    findings = _json(release, tmp_path)["findings"]
    out = tmp_path / "check.html"
    assert main(["check", str(release), "-o", str(out)]) == 1
    page = html.fromstring(out.read_bytes())
    assert not page.xpath("//script | //link | //img")
    rows = page.xpath("//table[@class='findings']/tr")
    assert [row.xpath("td[5]")[0].text_content() for row in rows] == [
        f["suggestion"] for f in findings]
    assert "遗留简体" in rows[0].xpath("td[6]")[0].text_content()
    text = page.xpath("//div[@class='text']")[0]
    assert [m.text for m in text.xpath("mark")] == [f["span"]["text"] for f in findings]
    for link in page.xpath("//table[@class='findings']//a/@href"):
        assert text.xpath(f"mark[@id='{link[1:]}']"), link
    for number in text.xpath("sup"):
        number.drop_tree()
    assert text.text_content() == RELEASE  # nothing dropped


def test_csv_has_one_row_per_finding(release: Path, tmp_path: Path) -> None:
    findings = _json(release, tmp_path)["findings"]
    out = tmp_path / "check.csv"
    assert main(["check", str(release), "-o", str(out)]) == 1
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines()))
    assert [(r["原文"], r["应为"], r["kind"], int(r["start"])) for r in rows] == [
        (f["span"]["text"], f["suggestion"], f["kind"], f["span"]["start"]) for f in findings]
    assert rows[0]["条款"] == "一" and rows[0]["行"] == "2"


def test_docx_table_lists_findings(release: Path, tmp_path: Path) -> None:
    findings = _json(release, tmp_path)["findings"]
    out = tmp_path / "check.docx"
    assert main(["check", str(release), "-o", str(out)]) == 1
    with zipfile.ZipFile(out) as package:
        document = etree.fromstring(package.read("word/document.xml"))
    rows = document.find(f".//{W}tbl").findall(f"{W}tr")
    cells = [["".join(t.text for t in cell.iter(f"{W}t")) for cell in row.findall(f"{W}tc")]
             for row in rows]
    assert cells[0] == ["序号", "条款", "原文", "应为", "说明"]
    assert [row[3] for row in cells[1:]] == [f["suggestion"] for f in findings]
    notes = [row[4] for row in cells[1:]]
    assert notes[0] == "转换错误（遗留简体）" and notes[-1] == "编码损坏"


def test_docx_redline_accepts_to_the_corrected_text(release: Path, tmp_path: Path) -> None:
    out = tmp_path / "check.docx"
    assert main(["check", str(release), "-o", str(out), "--docx-style", "redline"]) == 1
    accepted, rejected = _accept_reject(out)
    assert accepted == CORRECTED
    assert rejected == RELEASE
    with zipfile.ZipFile(out) as package:
        comments = etree.fromstring(package.read("word/comments.xml"))
    texts = ["".join(c.itertext()) for c in comments.findall(f"{W}comment")]
    assert any("鑽」（另一繁体写法）" in t for t in texts)
    assert any(t.startswith("编码损坏（二）：「璩囨枡」应为「資料」") for t in texts)


def test_text_report_file(release: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "check.txt"
    assert main(["check", str(release), "-o", str(out)]) == 1
    assert main(["check", str(release)]) == 1
    printed = capsys.readouterr().out
    assert out.read_text("utf-8") == printed


def test_help_names_the_check_command(capsys) -> None:
    assert main(["--help"]) == 0
    assert "duizhao check FILE" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "0 no finding, 1 findings, 2 trouble" in out and "--docx-style" in out
