"""Kinds of small changes readers misjudge: encoding, 一 as a word, notation, labels."""

from __future__ import annotations

import pytest

from app.engine import compare
from app.model import Document, Kind, RowStatus
from tests.invariants import assert_contract


def _kinds(left: str, right: str) -> list[tuple[Kind, str, str]]:
    result = compare(Document(left, "txt", "utf-8"), Document(right, "txt", "utf-8"))
    assert_contract(result)
    return [(d.kind, d.left.text, d.right.text) for d in result.differences]


@pytest.mark.parametrize(("left", "right", "expected"), [
    ("运行shell命令。", "运行Shell命令。", [(Kind.WORDING, "shell", "Shell")]),
    ("按SysRq键。", "按Sys_Req键。", [(Kind.WORDING, "SysRq", "Sys_Req")]),
    ("患B肝的人。", "患乙肝的人。", [(Kind.WORDING, "B", "乙")]),
    ("买入A股股票。", "买入B股股票。", [(Kind.WORDING, "A", "B")]),
    ("每一个人都来了。", "每个人都来了。", [(Kind.WORDING, "一", "")]),
    ("有一些问题。", "有些问题。", [(Kind.WORDING, "一", "")]),
    ("共三年。", "共五年。", [(Kind.NUMBER, "三", "五")]),
    ("会议于23时05分开始。", "会议于23:05开始。", [(Kind.NOTATION, "23时05分", "23:05")]),
    ("本办法共十六条。", "本办法共16条。", [(Kind.NOTATION, "十六", "16")]),
    ("编号03号文件。", "编号3号文件。", [(Kind.NOTATION, "03", "3")]),
    ("本规划于二〇二一年发布实施。", "本规划于2021年发布实施。",
     [(Kind.NOTATION, "二〇二一", "2021")]),
    ("由人民银行上海总部负责跨境业务的监督管理。", "由人民银行上??偛?负责跨境业务的监督管理。",
     [(Kind.ENCODING, "海总部", "??偛?")]),
])
def test_small_changes_have_the_kind_a_reader_gives_them(left: str, right: str,
                                                         expected: list) -> None:
    assert _kinds(left, right) == expected


def test_a_label_in_another_notation_is_notation() -> None:
    assert _kinds("3. 加强组织领导。", "三、加强组织领导。") == [(Kind.NOTATION, "3.", "三、")]


def test_a_party_renamed_in_every_clause_aligns_clause_by_clause() -> None:
    left = "\n".join(f"第{n}条 甲方应当在收到第{n}批货物后向乙方支付款项。" for n in range(1, 3001))
    result = compare(Document(left, "txt", "utf-8"),
                     Document(left.replace("甲方", "买方"), "txt", "utf-8"))
    assert len(result.rows) == 3000
    assert {row.status for row in result.rows} == {RowStatus.CHANGED}
    assert {d.kind for d in result.differences} == {Kind.WORDING}


def test_hundreds_of_identical_clauses_still_align_one_by_one() -> None:
    others = [f"第{n}条 按时付款。" for n in range(1, 51)]
    left = "\n".join(["本条款适用于所有合同。"] * 300 + others)
    right = "\n".join(["本条款适用于所有合同。"] * 299 + others)
    result = compare(Document(left, "txt", "utf-8"), Document(right, "txt", "utf-8"))
    assert [row.status for row in result.rows].count(RowStatus.EQUAL) == 349
    assert [d.kind for d in result.substantive] == [Kind.DELETED]
