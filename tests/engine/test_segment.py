"""Segmentation: clauses, labels, hard wraps and sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.engine.segment import _lines, display_width, segment


def _clauses(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.label) for c in segment(text)]


def test_nested_labels_follow_the_marker_types() -> None:
    # 一、 opens a section, （一） nests inside it, 1. inside that; 二、 closes them all.
    text = "一、总则\n（一）目的\n1. 依据\n2. 范围\n二、附则"
    assert [label for _, label in _clauses(text)] == ["一", "一/（一）", "一/（一）/1",
                                                      "一/（一）/2", "二"]


def test_articles_and_chapters() -> None:
    # Legal structure: 第X章 above 第X条.
    text = "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全市。"
    assert [label for _, label in _clauses(text)] == ["第一章", "第一章/第一条", "第一章/第二条"]


def test_markdown_heading_markers_are_found_behind_the_hashes() -> None:
    # "## 一、" is a heading carrying the marker 一、; the clause keeps the hashes.
    clause = segment("## 一、功能定位")[0]
    assert (clause.marker, clause.label, clause.start) == ("一、", "一", 0)


def test_ascii_brackets_give_full_width_labels() -> None:
    # (一) and （一） are the same label.
    assert segment("(一)加强合作")[0].label == "（一）"


def test_sentences_split_outside_quotes_only() -> None:
    # The 。 inside “…” does not end the sentence; the one after it does.
    text = "他说“完成了。”然后离开。再见。"
    assert [t for t, _ in _clauses(text)] == ["他说“完成了。”然后离开。", "再见。"]


def test_hard_wrapped_lines_are_rejoined() -> None:
    # PDF extraction wraps at a fixed width, with blank lines between wrapped pieces.
    line = "为保障自由贸易试验区有关改革开放措施依法顺利实施国务院决定在自由"
    text = "\n\n".join([line, "贸易试验区暂时调整有关行政法规" + "。"] + [line + "。"] * 6)
    first = segment(text)[0]
    assert text[first.start:first.end] == line + "\n\n贸易试验区暂时调整有关行政法规。"


def test_short_lines_are_not_joined() -> None:
    # Ordinary paragraphs, one per line, stay apart.
    assert len(segment("第一段\n第二段\n第三段")) == 3


def test_mojibake_question_marks_do_not_end_sentences() -> None:
    # "上??偛?、" is damaged text, not three questions.
    assert len(segment("人民银行上??偛?、上海银监局。")) == 1


def test_every_character_is_in_a_clause_or_whitespace() -> None:
    text = "  # 标题\n\n一、总则。第二句！\n\n  （一）细则；补充\n"
    covered = set()
    for clause in segment(text):
        covered.update(range(clause.start, clause.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


@given(st.text(alphabet=st.sampled_from(list(" \t\n\u3000\u00a0\u2028\x85a1国際𠮷。，")),
               max_size=60))
def test_each_line_is_its_text_without_the_blanks_around_it_and_measured(text: str) -> None:
    lines = _lines(text)
    assert [text[line.start:line.end] for line in lines] == \
        [line.strip() for line in text.split("\n") if line.strip()]
    assert [line.width for line in lines] == \
        [display_width(text[line.start:line.end]) for line in lines]
