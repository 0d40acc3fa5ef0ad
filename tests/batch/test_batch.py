"""Comparing folders: the reports per pair, the index in three formats, errors mid-batch."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from lxml import html as lxml_html

from app.batch.index import Batch, read_index, write_index
from app.batch.pairing import Pair, PairedBy
from app.batch.runner import BatchOptions, PairStatus, run_batch
from app.cli import main


@pytest.fixture()
def folders(tmp_path: Path, samples_dir: Path) -> tuple[Path, Path]:
    left, right = tmp_path / "A", tmp_path / "B"
    (left / "sub").mkdir(parents=True)
    (right / "sub").mkdir(parents=True)
    shutil.copy(samples_dir / "plan-2021-draft.txt", left / "sub" / "plan（征求意见稿）.txt")
    shutil.copy(samples_dir / "plan-2021-final.txt", right / "sub" / "plan.txt")
    shutil.copy(samples_dir / "trade-plan.md", left / "trade.md")
    shutil.copy(samples_dir / "trade-plan.md", right / "trade.md")
    (left / "broken.docx").write_text("not a word document", "utf-8")
    (right / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    (left / "only-left.txt").write_text("一、只在左边。", "utf-8")
    return left, right


def test_folders_compare_to_reports_and_an_index(folders: tuple[Path, Path], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    status = main(["compare", str(folders[0]), str(folders[1]), "-o", str(out),
                   "--format", "html,json", "-j", "2"])
    # An unreadable file is an error row, and the rest is still done: exit 2.
    assert status == 2
    index = read_index(out / "index.json")
    by_name = {pair["name"]: pair for pair in index["pairs"]}
    assert by_name["broken"]["status"] == "error"
    assert "broken.docx" in by_name["broken"]["error"]
    assert by_name["trade"]["status"] == "same"
    plan = by_name["sub/plan（征求意见稿）"]
    assert plan["status"] == "different" and plan["paired_by"] == "name"
    assert plan["substantive"] == sum(n for kind, n in plan["by_kind"].items()
                                      if kind in ("wording", "number", "inserted", "deleted",
                                                  "moved", "encoding", "conversion"))
    # Each report exists where the index says, mirroring the folders, and reads back.
    report = json.loads((out / plan["reports"]["json"]).read_text("utf-8"))
    assert report["format"] == "duizhao-comparison"
    assert report["summary"]["substantive"] == plan["substantive"]
    assert (out / "sub" / "plan（征求意见稿）.html").is_file()
    assert index["only_left"] == [str(folders[0] / "only-left.txt")]
    assert index["summary"] == {"pairs": 3, "same": 1, "different": 1, "error": 1,
                                "only_left": 1, "only_right": 0}
    # The CSV and HTML indexes list the same pairs, the HTML linking each report.
    with open(out / "index.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["status"] for r in rows] == ["error", "different", "same", "only_left"]
    page = lxml_html.parse(str(out / "index.html"))
    links = set(page.xpath("//a/@href"))
    assert "sub/plan%EF%BC%88%E5%BE%81%E6%B1%82%E6%84%8F%E8%A7%81%E7%A8%BF%EF%BC%89.html" \
        in links
    assert "only-left.txt" in page.xpath("string(//ul)")
    assert "3 pairs: 1 with differences, 1 without, 1 errors" in capsys.readouterr().out


def test_exit_status_follows_the_worst_pair(tmp_path: Path, samples_dir: Path) -> None:
    left, right = tmp_path / "A", tmp_path / "B"
    left.mkdir()
    right.mkdir()
    shutil.copy(samples_dir / "trade-plan.md", left / "a.md")
    shutil.copy(samples_dir / "trade-plan.md", right / "a.md")
    assert main(["compare", str(left), str(right), "-o", str(tmp_path / "o1")]) == 0
    (right / "a.md").write_text(
        (samples_dir / "trade-plan.md").read_text("utf-8").replace("贸易", "商贸", 1), "utf-8")
    assert main(["compare", str(left), str(right), "-o", str(tmp_path / "o2")]) == 1


def test_a_manifest_pairs_what_no_name_rule_finds(tmp_path: Path, samples_dir: Path) -> None:
    manifest = tmp_path / "pairs.csv"
    manifest.write_text(
        f"left,right,name\n{samples_dir / 'plan-simplified.md'},"
        f"{samples_dir / 'plan-traditional.txt'},plan/release\n", "utf-8")
    status = main(["compare", "--pairs", str(manifest), "-o", str(tmp_path / "out"),
                   "--format", "csv"])
    assert status == 1
    index = read_index(tmp_path / "out" / "index.json")
    assert index["pairs"][0]["paired_by"] == "manifest"
    assert (tmp_path / "out" / "plan" / "release.csv").is_file()


def test_bad_requests_are_one_line_errors(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.csv"
    assert main(["compare", "--pairs", str(missing), "-o", str(tmp_path / "o")]) == 2
    assert "missing.csv: cannot be read" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["compare", "--pairs", str(missing), "-o", str(tmp_path), "--format", "gif"])
    assert exit_info.value.code == 2


def test_a_cancelled_batch_keeps_what_was_done(tmp_path: Path, samples_dir: Path) -> None:
    pair = Pair(samples_dir / "trade-plan.md", samples_dir / "trade-plan.md", "t",
                PairedBy.MANIFEST)
    options = BatchOptions(out_dir=tmp_path, formats=("json",), jobs=1)
    done: list[str] = []
    results = run_batch([pair, pair, pair], options,
                        progress=lambda n, total, result: done.append(result.pair.name),
                        should_cancel=lambda: len(done) >= 2)
    assert [r.status for r in results] == [PairStatus.SAME, PairStatus.SAME]
    batch = Batch("manifest", "", options, tuple(results), cancelled=True)
    write_index(batch)
    assert read_index(tmp_path / "index.json")["cancelled"] is True


def test_an_index_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "index.json"
    path.write_text('{"format": "duizhao-batch", "version": 9}', "utf-8")
    with pytest.raises(ValueError, match="version 9 is not supported"):
        read_index(path)


def test_a_folder_is_checked_document_by_document(tmp_path: Path, samples_dir: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "releases"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(samples_dir / "plan-traditional.txt", folder / "plan.txt")
    shutil.copy(samples_dir / "plan-simplified.md", folder / "sub" / "original.md")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    out = tmp_path / "out"
    assert main(["check", str(folder), "-o", str(out), "--format", "json,csv"]) == 2
    index = read_index(out / "index.json")
    assert index["mode"] == "check"
    by_name = {entry["name"]: entry for entry in index["pairs"]}
    plan = by_name["plan"]
    assert plan["right"] is None and plan["status"] == "different"
    # The release's own conversion errors, counted by reason, as the check report has them.
    report = json.loads((out / plan["reports"]["json"]).read_text("utf-8"))
    assert report["format"] == "duizhao-check"
    assert plan["by_reason"] == report["summary"]["by_reason"]
    assert plan["substantive"] == len(report["findings"]) > 50
    assert by_name["sub/original"]["status"] == "same"
    assert by_name["broken"]["status"] == "error"
    assert "3 documents: 1 with findings, 1 without, 1 errors" in capsys.readouterr().out
    with open(out / "index.csv", encoding="utf-8-sig", newline="") as handle:
        rows = {row["名称"]: row for row in csv.DictReader(handle)}
    assert rows["plan"]["遗留旧字形"] == str(plan["by_reason"]["leftover"])
