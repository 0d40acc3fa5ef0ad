"""Every report shows the reviewer's notes beside their differences, and the orphaned ones."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree, html

from app.model import Anchor, Comparison, Kind
from app.report import DocxStyle, ReportOptions, write_report
from app.review import (
    Annotation,
    Review,
    RowComment,
    Verdict,
    apply_review,
    difference_anchor,
    reviewed_file,
    row_anchor,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
COMMENT = "统一为“人才培训”"


@pytest.fixture(scope="module")
def reviewed(plan_pair: Comparison) -> Comparison:
    """The seed pair with 培养→培訓 accepted, one encoding damage queried, a row comment and
    an annotation whose difference no longer exists."""
    wording = next(d for d in plan_pair.differences if d.left.text == "培养")
    encoding = next(d for d in plan_pair.differences if d.kind is Kind.ENCODING)
    review = Review(reviewed_file("l"), reviewed_file("r"), annotations=(
        Annotation(difference_anchor(plan_pair, wording), Verdict.ACCEPTED, COMMENT, "王编辑",
                   "2026-11-22T10:15:00+08:00"),
        Annotation(difference_anchor(plan_pair, encoding), Verdict.QUERY, "原稿乱码，请核对",
                   "李校对", "2026-11-22T10:20:00+08:00"),
        Annotation(Anchor(Kind.NUMBER, "三年", "五年", "", ""), Verdict.REJECTED, "旧批注",
                   "王编辑", "2026-11-20T09:00:00+08:00"),
    ), row_comments=(RowComment(row_anchor(plan_pair, plan_pair.row_by_id(wording.row)),
                                "本段整体再读一遍", "赵审读", "2026-11-22T11:00:00+08:00"),))
    return apply_review(plan_pair, review)


def test_json_has_notes_and_orphans(reviewed: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    write_report(reviewed, out)
    report = json.loads(out.read_text("utf-8"))
    notes = {d["left"]["text"]: d["note"] for d in report["differences"] if d["note"]}
    assert notes["培养"] == {"verdict": "accepted", "comment": COMMENT, "author": "王编辑",
                            "time": "2026-11-22T10:15:00+08:00"}
    assert sum(1 for note in notes.values() if note["verdict"] == "query") == 1
    assert [(o["anchor"]["left"], o["verdict"], o["comment"]) for o in report["orphaned"]] == [
        ("三年", "rejected", "旧批注")]
    commented = [row for row in report["rows"] if "note" in row]
    assert len(commented) == 1 and commented[0]["note"]["author"] == "赵审读"


def test_json_without_review_has_null_notes_and_no_orphans(plan_pair: Comparison,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "plain.json"
    write_report(plan_pair, out)
    report = json.loads(out.read_text("utf-8"))
    assert all(d["note"] is None for d in report["differences"])
    assert "orphaned" not in report and all("note" not in row for row in report["rows"])


def test_html_shows_verdict_comment_and_author_beside_the_difference(
        reviewed: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    write_report(reviewed, out)
    page = html.fromstring(out.read_bytes())
    row = next(tr for tr in page.xpath("//table[@class='compare']/tbody/tr")
               if "培訓" in "".join(tr.xpath(".//mark/text()")))
    entries = row.xpath(".//td[@class='note']/div[@class='review']")
    texts = [entry.text_content() for entry in entries]
    assert any("接受" in t and COMMENT in t and "王编辑" in t for t in texts), texts
    assert any("整条批注" in t and "本段整体再读一遍" in t and "赵审读" in t for t in texts)
    assert row.xpath(".//span[@class='verdict accepted']/text()") == ["接受"]
    assert page.xpath("//td[@class='note']//span[@class='verdict query']/text()") == ["待定"]
    index = [li.text_content() for li in page.xpath("//ol[@class='index']/li")]
    assert any("培养 → 培訓" in line and line.endswith("接受") for line in index)
    orphaned = " ".join(page.xpath("//ul[@class='orphaned']/li/text()"))
    assert "旧批注" in orphaned and "三年" in orphaned
    assert "已审阅 2 / 75" in page.text_content()


def _docx_part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def test_docx_table_puts_notes_in_the_last_column(reviewed: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "table.docx"
    write_report(reviewed, out)
    document = _docx_part(out, "word/document.xml")
    rows = document.find(f".//{W}tbl").findall(f"{W}tr")
    notes = ["".join(row.findall(f"{W}tc")[3].itertext()) for row in rows[1:]]
    assert any(f"接受（王编辑）：{COMMENT}" in n and "整条批注：赵审读：本段整体再读一遍" in n
               for n in notes), notes
    assert any("待定（李校对）：原稿乱码，请核对" in n for n in notes)
    assert "旧批注" in "".join(document.itertext())


def test_redline_comments_are_written_by_the_reviewer(reviewed: Comparison,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "redline.docx"
    write_report(reviewed, out, ReportOptions(docx_style=DocxStyle.REDLINE))
    comments = _docx_part(out, "word/comments.xml").findall(f"{W}comment")
    by_author: dict[str, list[str]] = {}
    for comment in comments:
        by_author.setdefault(comment.get(f"{W}author"), []).append("".join(comment.itertext()))
    assert any(COMMENT in text and "接受" in text for text in by_author["王编辑"])
    assert any("原稿乱码" in text for text in by_author["李校对"])
    assert any("本段整体再读一遍" in text for text in by_author["赵审读"])
    assert len(by_author["Duizhao"]) == 73  # the differences nobody annotated
    dates = {c.get(f"{W}author"): c.get(f"{W}date") for c in comments}
    assert dates["王编辑"] == "2026-11-22T10:15:00+08:00"
    document = _docx_part(out, "word/document.xml")
    starts = {e.get(f"{W}id") for e in document.iter(f"{W}commentRangeStart")}
    ends = {e.get(f"{W}id") for e in document.iter(f"{W}commentRangeEnd")}
    assert starts == ends == {c.get(f"{W}id") for c in comments}


def test_csv_has_verdict_and_comment_columns(reviewed: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    write_report(reviewed, out)
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines()))
    accepted = next(row for row in rows if row["修改前"] == "培养")
    assert (accepted["批注结论"], accepted["批注"], accepted["批注人"]) == ("接受", COMMENT,
                                                                       "王编辑")
    assert sum(1 for row in rows if row["批注结论"]) == 2


def test_text_summary_shows_notes(reviewed: Comparison) -> None:
    from app.report.text_report import render

    text = render(reviewed)
    assert f"review: accepted — {COMMENT} (王编辑)" in text
    assert "Orphaned review notes" in text and "旧批注" in text


def test_pdf_shows_notes(reviewed: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    write_report(reviewed, out)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "王编辑" in text and "旧批注" in text


def test_written_json_equals_the_plain_data(reviewed: Comparison) -> None:
    # dumps writes the differences directly for speed; it must say exactly what to_dict says.
    from app.report.json_report import dumps, to_dict

    assert json.loads(dumps(reviewed)) == to_dict(reviewed)
