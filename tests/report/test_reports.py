"""Every report parsed back: HTML, CSV, DOCX table, DOCX redline, PDF."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree, html

from app.model import Comparison
from app.report import DocxStyle, ReportOptions, Scope, write_report

# Lines of clause-like text: Chinese, markers, figures, punctuation, traditional forms.
LINES = st.lists(st.lists(st.sampled_from(
    ["一、", "（二）", "3.", "上海", "建设", "贸易", "貿易", "發展", "发展", "2020", "，", "。",
     " ", "and", "??", "的", "在", "## ", "**", "\u3000", "(一)", "“", "」", "\ufffd", "3.5%",
     "第十条", "第十條", "①"]), max_size=12).map("".join), max_size=8)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_html_is_self_contained_and_lists_every_difference(plan_pair: Comparison,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    write_report(plan_pair, out)
    page = html.fromstring(out.read_bytes())
    assert page.get("lang") == "zh-CN"
    assert not page.xpath("//script | //link | //img | //*[@src]")
    index_links = page.xpath("//ol[@class='index']/li/a/@href")
    assert len(index_links) == len(plan_pair.substantive) == 75
    for href in index_links:
        assert page.xpath(f"//*[@id='{href[1:]}']"), href
    assert "培訓" in "".join(page.xpath("//mark/text()"))
    assert "@page" in page.xpath("//style/text()")[0]
    assert page.xpath("//details/summary")  # equal runs are collapsed


def test_html_scope_all_lists_script_differences(plan_pair: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "all.html"
    write_report(plan_pair, out, ReportOptions(scope=Scope.ALL))
    page = html.fromstring(out.read_bytes())
    assert len(page.xpath("//ol[@class='index']/li")) == len(plan_pair.differences)


def test_html_keeps_document_markup_inert(hostile_pair: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "hostile.html"
    write_report(hostile_pair, out, ReportOptions(scope=Scope.ALL))
    page = html.fromstring(out.read_bytes())
    assert not page.xpath("//script")
    for note_number in page.xpath("//sup"):
        note_number.drop_tree()
    assert "<script>alert(2)</script>" in page.text_content()


def test_csv_opens_in_excel_and_neutralises_formulas(plan_pair: Comparison,
                                                     hostile_pair: Comparison,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    write_report(plan_pair, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    assert rows[0][:6] == ["序号", "行", "条款", "类型", "kind", "实质"]
    assert len(rows) == 1 + 75
    assert ["培养", "培訓"] in [row[6:8] for row in rows]
    write_report(hostile_pair, out, ReportOptions(scope=Scope.ALL))
    cells = [cell for row in csv.reader(out.read_text("utf-8-sig").splitlines())
             for cell in row]
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    assert any(cell.startswith("'=SUM") or "=SUM" in cell[1:] for cell in cells)


def _docx_part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        return etree.fromstring(package.read(name))


def test_docx_table(plan_pair: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "table.docx"
    write_report(plan_pair, out)
    document = _docx_part(out, "word/document.xml")
    table = document.find(f".//{W}tbl")
    rows = table.findall(f"{W}tr")
    assert [t.text for t in rows[0].iter(f"{W}t")] == ["序号", "修改前", "修改后", "说明"]
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert len(rows) == 1 + len({d.row for d in plan_pair.substantive})
    struck = "".join(t.text for r in table.iter(f"{W}r") if r.find(f"{W}rPr/{W}strike")
                     is not None for t in r.iter(f"{W}t"))
    underlined = "".join(t.text for r in table.iter(f"{W}r") if r.find(f"{W}rPr/{W}u")
                         is not None for t in r.iter(f"{W}t"))
    assert "培养" in struck and "培訓" in underlined
    size = document.find(f".//{W}sectPr/{W}pgSz")
    assert size.get(f"{W}orient") == "landscape" and size.get(f"{W}w") == "16838"
    styles = _docx_part(out, "word/styles.xml")
    assert styles.find(f".//{W}rFonts").get(f"{W}eastAsia") == "宋体"


def _accept_reject(path: Path) -> tuple[str, str]:
    """The text Word shows after Accept All and after Reject All."""
    document = _docx_part(path, "word/document.xml")
    accepted, rejected = [], []
    for paragraph in document.iter(f"{W}p"):
        accept_parts, reject_parts = [], []
        for node in paragraph.iter(f"{W}t", f"{W}delText", f"{W}br"):
            inside_ins = any(a.tag == f"{W}ins" for a in node.iterancestors())
            inside_del = any(a.tag == f"{W}del" for a in node.iterancestors())
            text = "\n" if node.tag == f"{W}br" else node.text or ""
            if not inside_del:
                accept_parts.append(text)
            if not inside_ins:
                reject_parts.append(text)
        accepted.append("".join(accept_parts))
        rejected.append("".join(reject_parts))
    return "\n".join(accepted), "\n".join(rejected)


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_redline_with_scope_all_accepts_to_right_and_rejects_to_left(
        plan_pair: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "redline.docx"
    write_report(plan_pair, out, ReportOptions(scope=Scope.ALL, docx_style=DocxStyle.REDLINE))
    accepted, rejected = _accept_reject(out)
    assert _bare(accepted) == _bare(plan_pair.right.document.text)
    assert _bare(rejected) == _bare(plan_pair.left.document.text)


def test_redline_by_default_tracks_substantive_changes(plan_pair: Comparison,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "redline.docx"
    write_report(plan_pair, out, ReportOptions(docx_style=DocxStyle.REDLINE))
    accepted, rejected = _accept_reject(out)
    assert _bare(accepted) == _bare(plan_pair.right.document.text)
    assert "人才培养為紐帶" in rejected  # the wording reverted, the script kept
    document = _docx_part(out, "word/document.xml")
    revisions = document.findall(f".//{W}ins") + document.findall(f".//{W}del")
    ids = [r.get(f"{W}id") for r in revisions]
    assert len(ids) == len(set(ids)) and ids
    assert {r.get(f"{W}author") for r in revisions} == {"Duizhao"}
    assert not document.findall(f".//{W}ins//{W}del")
    comments = _docx_part(out, "word/comments.xml")
    texts = ["".join(c.itertext()) for c in comments.findall(f"{W}comment")]
    assert len(texts) == 75 and any(t.startswith("编码损坏") for t in texts)


def test_pdf_has_extractable_chinese(plan_pair: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_report(plan_pair, out)
    assert out.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "对照表" in text and "培訓" in text


def test_cli_writes_each_format(samples_dir: Path, tmp_path: Path) -> None:
    from app.cli import main

    pair = [str(samples_dir / "plan-simplified.md"), str(samples_dir / "plan-traditional.txt")]
    for name in ("r.html", "r.csv", "r.docx", "r.pdf", "r.json", "r.txt"):
        assert main(["compare", *pair, "-o", str(tmp_path / name)]) == 1
        assert (tmp_path / name).stat().st_size > 500
    assert main(["compare", *pair, "-o", str(tmp_path / "red.docx"), "--docx-style",
                 "redline"]) == 1
    assert zipfile.ZipFile(tmp_path / "red.docx").read("word/comments.xml")


def test_a_moved_clause_says_where_it_went(samples_dir: Path, tmp_path: Path) -> None:
    from app.engine import compare
    from app.io import load_document

    draft_final = compare(load_document(samples_dir / "plan-2021-draft.txt"),
                          load_document(samples_dir / "plan-2021-final.txt"))
    docx, page = tmp_path / "table.docx", tmp_path / "report.html"
    write_report(draft_final, docx)
    write_report(draft_final, page)
    rows = _docx_part(docx, "word/document.xml").find(f".//{W}tbl").findall(f"{W}tr")[1:]
    notes = {"".join(t.text for t in row[-1].iter(f"{W}t")) for row in rows}
    # The measure moved up: its new place is row 7 of the table, its old place row 8.
    assert "移动自第 8 行移来" in notes and "移动移至第 7 行" in notes
    tree = html.parse(str(page))
    links = tree.xpath("//td[@class='note']//a[starts-with(., '移至') or contains(., '移来')]")
    assert len(links) == 2
    for link in links:
        assert tree.xpath(f"//tr[@id='{link.get('href')[1:]}']"), link.get("href")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES, LINES)
def test_redline_reverts_to_either_side_for_any_pair(left_lines, right_lines) -> None:
    # Whatever the two texts, Accept All gives the right one (whatever the scope) and, with
    # every difference tracked, Reject All the left one.
    import tempfile

    from app.engine import compare
    from app.model import Document

    left, right = "\n".join(left_lines), "\n".join(right_lines)
    comparison = compare(Document(left, "txt", "utf-8"), Document(right, "txt", "utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "redline.docx"
        write_report(comparison, out, ReportOptions(scope=Scope.ALL,
                                                    docx_style=DocxStyle.REDLINE))
        accepted, rejected = _accept_reject(out)
        write_report(comparison, out, ReportOptions(docx_style=DocxStyle.REDLINE))
        accepted_substantive, _ = _accept_reject(out)
    assert _bare(accepted) == _bare(right) == _bare(accepted_substantive)
    assert _bare(rejected) == _bare(left)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES.map("\n".join), st.text(alphabet='"\\\n\t\u2028一、。?'))
def test_json_written_directly_parses_to_the_plain_data(left: str, extra: str) -> None:
    # Quotes, backslashes and line separators in the text survive the direct JSON writer.
    from app.engine import compare
    from app.model import Document
    from app.report.json_report import dumps, to_dict

    comparison = compare(Document(left, "txt", "utf-8"), Document(left + extra, "txt", "utf-8"))
    assert json.loads(dumps(comparison)) == to_dict(comparison)
