"""Pairing the documents of two folders."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from app.batch.pairing import PairedBy, name_key, pair_folders, read_manifest
from app.engine.script import translation_table
from app.model import Conversion

FOLD_TABLE = translation_table(Conversion.T2S)


def fold(name: str) -> str:
    return name.translate(FOLD_TABLE)


def _make(folder: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")


@pytest.mark.parametrize(("left", "right"), [
    ("方案-简体.docx", "方案-繁體.pdf"),  # script markers, extension changed
    ("规定（征求意见稿）.docx", "规定.docx"),  # a draft marker dropped
    ("办法_送审稿_2021-03-05.md", "办法.txt"),  # a draft marker and a date
    ("report_zh-CN.docx", "report_zh_TW.docx"),  # locale tags
    ("rules-v2-draft.txt", "rules_final.txt"),  # version and draft words
    ("notice-sc.txt", "notice-tc.txt"),  # -sc / -tc
    ("人才培养计划.md", "人才培養計劃.md"),  # the name itself in traditional characters
])
def test_versions_of_one_name_share_a_key(left: str, right: str) -> None:
    assert name_key(PurePosixPath(left), fold) == name_key(PurePosixPath(right), fold)


@pytest.mark.parametrize(("left", "right"), [
    ("方案.docx", "办法.docx"),  # different documents
    ("a/方案.docx", "b/方案.docx"),  # the same name in different folders
    ("scope.txt", "cope.txt"),  # "sc" inside a word is no script marker
    ("tcp.md", "p.md"),
])
def test_different_documents_keep_different_keys(left: str, right: str) -> None:
    assert name_key(PurePosixPath(left), fold) != name_key(PurePosixPath(right), fold)


def test_folders_pair_by_path_then_name_then_content(tmp_path: Path) -> None:
    plan = ("一、总则。为了加强国际合作，推进人才培养，制定本方案。"
            "二、附则。本方案自发布之日起施行。")
    trade = "关于扩大对外贸易的若干措施：一、优化营商环境；二、支持企业走出去；三、加强金融服务。"
    _make(tmp_path / "A", {"same.md": "甲", "sub/方案-简体.md": plan, "贸易.txt": trade,
                           "lonely.txt": "只在左边的一份完全不同的说明文字，讲的是别的事情。"})
    _make(tmp_path / "B", {"same.md": "甲", "sub/方案_繁體.docx.txt": "x",
                           "sub/方案-繁體.txt": plan, "外贸措施.txt": trade.replace("若干", "几项"),
                           "extra.md": "右边多出来的另一份文件，与左边任何一份都毫不相干。"})
    pairing = pair_folders(tmp_path / "A", tmp_path / "B", fold=fold,
                           opening=lambda p: p.read_text("utf-8"))
    found = {(p.left.relative_to(tmp_path / "A").as_posix(),
              p.right.relative_to(tmp_path / "B").as_posix(), p.paired_by) for p in pairing.pairs}
    assert found == {("same.md", "same.md", PairedBy.PATH),
                     ("sub/方案-简体.md", "sub/方案-繁體.txt", PairedBy.NAME),
                     ("贸易.txt", "外贸措施.txt", PairedBy.CONTENT)}
    assert [p.name for p in pairing.only_left] == ["lonely.txt"]
    assert sorted(p.name for p in pairing.only_right) == ["extra.md", "方案_繁體.docx.txt"]
    # Reports are named after the left file's relative path, without its extension.
    assert {p.name for p in pairing.pairs} == {"same", "sub/方案-简体", "贸易"}


def test_a_name_matching_several_files_prefers_the_same_extension(tmp_path: Path) -> None:
    _make(tmp_path / "A", {"plan-draft.docx": "a"})
    _make(tmp_path / "B", {"plan.pdf": "b", "plan.docx": "c"})
    (pair,) = pair_folders(tmp_path / "A", tmp_path / "B").pairs
    assert pair.right.name == "plan.docx"


def test_hidden_files_other_formats_and_the_output_folder_are_skipped(tmp_path: Path) -> None:
    _make(tmp_path / "A", {"a.txt": "x", ".hidden.txt": "x", "~$lock.docx": "x",
                           "image.png": "x", "out/a.txt": "x"})
    _make(tmp_path / "B", {"a.txt": "x"})
    pairing = pair_folders(tmp_path / "A", tmp_path / "B", skip=tmp_path / "A" / "out")
    assert [p.name for p in pairing.pairs] == ["a"]
    assert pairing.only_left == () and pairing.only_right == ()


def test_a_manifest_lists_pairs_relative_to_itself(tmp_path: Path) -> None:
    manifest = tmp_path / "pairs.csv"
    rows = [["left", "right", "name"], ["old/a.docx", "new/b.pdf", ""],
            ["c.txt", "d.txt", "../../escape"], []]
    pairs = read_manifest(manifest, rows)
    assert [(p.left, p.right, p.name) for p in pairs] == [
        (tmp_path / "old/a.docx", tmp_path / "new/b.pdf", "a"),
        (tmp_path / "c.txt", tmp_path / "d.txt", "escape")]  # a name never leaves OUT_DIR
    with pytest.raises(ValueError, match="row 2 needs a left and a right"):
        read_manifest(manifest, [["a.txt", "b.txt"], ["only-one"]])
