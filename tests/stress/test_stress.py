"""Hostile and odd inputs, made small: each ends in a result or a one-line refusal, never a
traceback, a hang or a lost report. Full-size time and memory: tests/stress_benchmark.py."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.cli import main
from app.engine import compare
from app.io import DocumentError, limits, load_document
from app.model import Comparison, Document, Note
from app.report import WRITERS, ReportError, ReportOptions, Scope, write_report
from app.review.project import Project, documents_outside
from app.review.store import ReviewError, load_review
from tests.stress import hostile

pytestmark = pytest.mark.stress
ROOT = Path(__file__).resolve().parents[2]
FORMATS = ("json", "txt", "html", "csv", "docx", "pdf")


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Limits a few thousand characters wide, so that small inputs pass them."""
    monkeypatch.setattr(limits, "MAX_CHARACTERS", 20_000)
    monkeypatch.setattr(limits, "MAX_PARAGRAPHS", 500)
    monkeypatch.setattr(limits, "MAX_PARAGRAPH_CHARACTERS", 5_000)


def _refusal(path: Path) -> str:
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- reader limits -------------------------------------------------------------------------

def test_a_numbering_label_copied_into_every_paragraph_is_refused_at_the_limit(
        tmp_path: Path, small_limits: None) -> None:
    # 150 characters of label in 200 paragraphs: under the ratio check, over the text limit.
    path = _write(tmp_path, "amplified.docx", hostile.numbering_amplifier_docx(200, 150))
    assert "(the limit is 20,000)" in _refusal(path)


def test_a_generated_label_longer_than_any_real_one_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "label.docx", hostile.numbering_amplifier_docx(3, 500))
    assert "list number of 502 characters (the limit is 200)" in _refusal(path)


def test_space_runs_are_counted_as_they_are_read(tmp_path: Path, small_limits: None) -> None:
    path = _write(tmp_path, "spaces.odt", hostile.spaces_odt(20))
    assert "a paragraph of more than 5,000 characters (the limit is 5,000)" in _refusal(path)


def test_paragraph_count_is_bounded_in_every_format(tmp_path: Path, small_limits: None) -> None:
    text = "第一条 内容\n" * 600
    for name, data in (("many.txt", text.encode()),
                       ("many.html", f"<p>{'</p><p>'.join(text.split())}</p>".encode()),
                       ("many.docx", hostile.plain_docx(600))):
        assert "(the limit is 500)" in _refusal(_write(tmp_path, name, data))


def test_one_long_line_of_plain_text_is_refused(tmp_path: Path, small_limits: None) -> None:
    path = _write(tmp_path, "line.txt", ("条款" * 3000).encode())
    assert "a line of more than 5,000 characters" in _refusal(path)


@pytest.mark.parametrize("name, data", [
    ("ratio.docx", hostile.bomb_zip(100_000)),
    ("lying.docx", hostile.lying_stored_docx()),
])
def test_zip_checks_cover_small_and_stored_parts(tmp_path: Path, name: str, data: bytes) -> None:
    message = _refusal(_write(tmp_path, name, data))
    assert "zip bomb" in message or "damaged" in message


@pytest.mark.parametrize("name, data", [
    ("start.docx", hostile.long_start_docx(4200)),
    ("start.odt", hostile.long_start_odt(4200)),
    ("start.html", hostile.long_start_html(4200)),
])
def test_a_4200_digit_list_start_is_a_clear_refusal(tmp_path: Path, name: str, data: bytes,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, name, data)
    assert main(["compare", str(path), str(path)]) == 2
    assert capsys.readouterr().err == (f"duizhao: {path}: refused: it produces a list number of "
                                       "4,201 characters (the limit is 200)\n")


def test_a_long_but_sane_list_start_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "start.docx", hostile.long_start_docx(8))
    assert load_document(path).text == "九千九百九十九万九千九百九十九、总则"


# --- only regular files ----------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("as_review", [False, True])
def test_a_named_pipe_is_refused_at_once(tmp_path: Path, as_review: bool) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    plain = ROOT / "samples" / "plan-2021-draft.txt"
    arguments = [str(plain), str(plain), "--review", str(pipe)] if as_review else \
        [str(pipe), str(plain)]
    # In a child process: were the pipe opened for reading, it would wait for a writer forever.
    result = subprocess.run([sys.executable, "-m", "app", "compare", *arguments], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith(f"duizhao: {pipe}: ") and "named pipe" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_as_document_and_as_review() -> None:
    with pytest.raises(DocumentError, match=r"^/dev/zero: a device, not a regular file$"):
        load_document("/dev/zero")
    with pytest.raises(ReviewError, match=r"^/dev/zero: .*a device, not a regular file"):
        load_review("/dev/zero")


# --- reports written whole or not at all ------------------------------------------------------

@pytest.fixture(scope="module")
def pair() -> Comparison:
    left = "第一条 甲方应当履行义务。\n第二条 乙方付款。\n"
    right = "第一条 甲方必须履行义务。\n第二条 乙方付款。\n第三条 新增。\n"
    return compare(Document(left, "txt", "utf-8", "left.txt", "left.txt"),
                   Document(right, "txt", "utf-8", "right.txt", "right.txt"))


def half_then_fail(comparison: Comparison, path: Path, options: ReportOptions) -> None:
    """A writer that dies part-way, as on a full disk."""
    path.write_bytes(b"{\n  \"format\": ")
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_failure_part_way_leaves_the_previous_report(pair: Comparison, tmp_path: Path,
                                                       fmt: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / f"report.{fmt}"
    write_report(pair, report)
    previous = report.read_bytes()

    monkeypatch.setitem(WRITERS, fmt, "tests.stress.test_stress:half_then_fail")
    with pytest.raises(ReportError, match=rf"^{report}: cannot be written \(no space left"):
        write_report(pair, report)
    assert report.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == [report.name]  # no temporary left


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_surrogate_in_a_review_comment_never_costs_the_previous_report(
        pair: Comparison, tmp_path: Path, fmt: str) -> None:
    report = tmp_path / f"report.{fmt}"
    write_report(pair, report)
    previous = report.read_bytes()
    difference = dataclasses.replace(pair.differences[0], note=Note(
        "accepted", "统一\ud800用语", "王编辑", "2026-11-22T10:15:00+08:00"))
    noted = dataclasses.replace(pair, differences=(difference, *pair.differences[1:]))
    try:
        write_report(noted, report)
    except ReportError as error:
        assert str(error).startswith(f"{report}: cannot be written (")
        assert report.read_bytes() == previous
    else:
        assert report.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [report.name]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("where, reason", [
    ("missing/report", "its folder does not exist"),
    (".", "it is a directory"),
    ("/dev/full", "no space left on device"),
])
def test_every_write_failure_is_exit_2_with_one_line(tmp_path: Path, fmt: str, where: str,
                                                     reason: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    if where == "/dev/full" and not Path(where).exists():
        pytest.skip("no /dev/full")
    target = where if where.startswith("/") else str(tmp_path / where)
    plain = ROOT / "samples" / "plan-2021-draft.txt"
    assert main(["compare", str(plain), str(plain), "-o", target, "--format", fmt]) == 2
    assert capsys.readouterr().err == f"duizhao: {target}: cannot be written ({reason})\n"


def test_a_read_only_folder_is_said(pair: Comparison, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # Root writes anywhere, so the refusal of the operating system is simulated.
    monkeypatch.setattr("app.report.atomic.tempfile.mkstemp", denied)
    with pytest.raises(ReportError, match=r"report.pdf: cannot be written \(permission denied\)"):
        write_report(pair, tmp_path / "report.pdf")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_the_text_summary_to_a_full_disk_is_said() -> None:
    plain = ROOT / "samples" / "plan-2021-draft.txt"
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "app", "compare", str(plain), str(plain)],
                                cwd=ROOT, stdout=full, stderr=subprocess.PIPE, text=True,
                                timeout=60)
    assert result.returncode == 2
    assert result.stderr == ("duizhao: standard output: cannot be written (no space left on "
                             "device)\n")


# --- control characters and escape sequences -------------------------------------------------

def test_escape_sequences_are_shown_not_obeyed(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    left = _write(tmp_path, "left.txt", "第一条 甲方应当履行义务。\n".encode() * 600)
    right = _write(tmp_path, "right.txt", hostile.control_characters_text().encode()
                   + "第一条 甲方应当履行义务。\n".encode() * 600)
    report = tmp_path / "report.txt"
    assert main(["compare", str(left), str(right), "--color", "always"]) == 1
    shown = capsys.readouterr().out
    assert main(["compare", str(left), str(right), "-o", str(report)]) == 1
    for output in (shown, report.read_text(encoding="utf-8")):
        assert "␛]0;PWNED␇" in output and "␛[2J" in output
        assert "\x07" not in output and "\x1b]" not in output and "\x1b[2J" not in output


@pytest.mark.parametrize("fmt", ("html", "docx"))
def test_xml_reports_take_every_control_character(tmp_path: Path, fmt: str) -> None:
    controls = "".join(chr(c) for c in (*range(1, 32), *range(0x7f, 0xa0)))
    clauses = "第二条 乙方付款。\n" * 8000  # enough text that the controls are not binary data
    left = _write(tmp_path, "left.txt", f"第一条 甲方应当履行义务。\n{clauses}".encode())
    right = _write(tmp_path, "right\x1b.txt",
                   f"第一条 甲方{controls}应当履行义务。\n{clauses}".encode())
    report = tmp_path / f"report.{fmt}"
    write_report(compare(load_document(left), load_document(right)), report,
                 ReportOptions(scope=Scope.ALL))
    text = report.read_text(encoding="utf-8") if fmt == "html" else \
        zipfile.ZipFile(report).read("word/document.xml").decode()
    assert "甲方␁␂␃" in text and "\x1b" not in text


def test_duizhaos_own_pdf_report_read_back_makes_every_report(pair: Comparison,
                                                               tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    write_report(pair, pdf)
    again = load_document(pdf)
    assert "第三条" in again.text
    for fmt in ("html", "docx"):
        write_report(compare(again, again), tmp_path / f"again.{fmt}")


# --- odd but honest input --------------------------------------------------------------------

@pytest.mark.parametrize("big_endian", [False, True])
def test_utf16_chinese_without_a_byte_order_mark(tmp_path: Path, big_endian: bool) -> None:
    text = (ROOT / "samples" / "plan-simplified.md").read_text(encoding="utf-8")
    path = _write(tmp_path, "plan.txt", hostile.utf16_without_bom(text, big_endian))
    document = load_document(path)
    assert document.text == text and document.encoding == "utf-16"


def test_a_pdf_without_pages_says_so(tmp_path: Path) -> None:
    path = _write(tmp_path, "empty.pdf", hostile.zero_page_pdf())
    assert _refusal(path).endswith(": has no pages (a PDF without a single page has no text "
                                   "to compare)")


def test_a_project_pointing_outside_its_folder_is_noticed(tmp_path: Path) -> None:
    from app.model import CompareSettings
    from app.review.model import Review

    folder = tmp_path / "project"
    folder.mkdir()
    inside, outside = folder / "plan.txt", tmp_path / "elsewhere.txt"
    project = Project(str(inside), str(outside), CompareSettings(), Review.__new__(Review))
    assert documents_outside(project, folder / "pair.duizhao") == [str(outside)]
    assert documents_outside(dataclasses.replace(project, right=str(inside)),
                             folder / "pair.duizhao") == []


def test_limits_are_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for limit in (limits.MAX_CHARACTERS, limits.MAX_PARAGRAPHS, limits.MAX_PARAGRAPH_CHARACTERS,
                  limits.MAX_LABEL_CHARACTERS):
        assert f"{limit:,}" in readme
