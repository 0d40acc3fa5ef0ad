"""Files that LibreOffice wrote (see fixtures/make_fixtures.py) against their text sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.engine import compare
from app.io import load_document
from app.model import Kind
from tests.invariants import assert_contract


@pytest.mark.parametrize("name", ["plan.docx", "plan.odt", "plan.pdf", "structure.docx",
                                  "structure.odt", "chapters.docx", "chapters.odt"])
def test_same_text_in_another_format_has_no_substantive_difference(fixtures_dir: Path,
                                                                   name: str) -> None:
    source = fixtures_dir / (name.split(".")[0] + ".txt")
    comparison = compare(load_document(source), load_document(fixtures_dir / name))
    assert comparison.substantive == ()
    assert comparison.right.document.format == name.split(".")[1]
    assert_contract(comparison)


@pytest.mark.parametrize("name", ["structure.docx", "structure.odt", "chapters.docx",
                                  "chapters.odt"])
def test_numbering_table_tracked_change_and_footnote_read_exactly(fixtures_dir: Path,
                                                                  name: str) -> None:
    source = fixtures_dir / (name.split(".")[0] + ".txt")
    expected = source.read_text("utf-8").rstrip("\n")
    assert load_document(fixtures_dir / name).text == expected


def test_word_numbering_gives_the_clause_labels_of_the_text(fixtures_dir: Path) -> None:
    comparison = compare(load_document(fixtures_dir / "structure.txt"),
                         load_document(fixtures_dir / "structure.docx"))
    labels = [clause.label for clause in comparison.right.clauses]
    assert labels == [clause.label for clause in comparison.left.clauses]
    assert "二/（一）/2" in labels


def test_pdf_loses_its_running_header_and_page_numbers(fixtures_dir: Path) -> None:
    text = load_document(fixtures_dir / "plan.pdf").text
    assert "上海市合作交流工作文件" not in text
    assert not any(line.strip(" -").isdigit() for line in text.split("\n"))
    assert text.startswith("上海对内开放与合作交流“十四五”规划\n")


def test_pdf_extraction_spaces_are_only_whitespace_differences(fixtures_dir: Path) -> None:
    pdf = load_document(fixtures_dir / "plan.pdf")
    assert "9 万余人" in pdf.text  # extraction put a space between the figure and 万
    comparison = compare(load_document(fixtures_dir / "plan.txt"), pdf)
    assert {d.kind for d in comparison.differences} == {Kind.WHITESPACE}


def test_a_word_document_named_doc_is_read(tmp_path: Path, fixtures_dir: Path) -> None:
    renamed = tmp_path / "structure.doc"
    renamed.write_bytes((fixtures_dir / "structure.docx").read_bytes())
    document = load_document(renamed)
    assert document.format == "docx" and document.text.startswith("关于加强合作交流的实施意见")


def test_json_report_holds_the_extracted_text_its_offsets_point_into(fixtures_dir: Path,
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    assert main(["compare", str(fixtures_dir / "structure.docx"),
                 str(fixtures_dir / "plan.pdf"), "-o", str(out)]) == 1
    report = json.loads(out.read_text("utf-8"))
    assert (report["left"]["format"], report["right"]["format"]) == ("docx", "pdf")
    assert report["left"]["text"] == load_document(fixtures_dir / "structure.docx").text
    for difference in report["differences"]:
        for side in ("left", "right"):
            span = difference[side]
            assert report[side]["text"][span["start"]:span["end"]] == span["text"]
