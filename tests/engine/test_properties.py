"""Property tests of the engine's invariants (hypothesis)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.engine import compare
from app.engine.conversion import converter
from app.model import Document, Kind, RowStatus
from tests.invariants import assert_contract

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SEEDS = ("plan-simplified.md", "trade-plan.md", "plan-2021-draft.txt")
HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于发成会可"
PIECES = st.one_of(
    st.text(alphabet=HAN, min_size=1, max_size=12),
    st.sampled_from(["，", "。", "；", "、", "“", "”", "（一）", "1. ", "一、", "## ", "**",
                     "\n", "\n\n", " ", "\u3000", "2020", "3.5%", "?", "\ufffd", "貿易", "發展"]),
)
DOCUMENT = st.lists(PIECES, max_size=40).map("".join)
# Sixty examples a property in the suite; the explore profile (tests/conftest.py) sets its own.
RELAXED = settings(max_examples=settings.default.max_examples
                   if settings.get_current_profile_name() == "explore" else 60,
                   deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def _seed_lines(name: str) -> tuple[str, ...]:
    return tuple((SAMPLES / name).read_text("utf-8").split("\n"))


@st.composite
def seed_excerpts(draw: st.DrawFn) -> str:
    """A run of consecutive lines from one of the sample documents."""
    lines = _seed_lines(draw(st.sampled_from(SEEDS)))
    start = draw(st.integers(0, len(lines) - 1))
    length = draw(st.integers(1, 30))
    return "\n".join(lines[start:start + length])


def _compare(left: str, right: str):
    return compare(Document(left, "md", "utf-8"), Document(right, "txt", "utf-8"))


@RELAXED
@given(DOCUMENT, DOCUMENT)
def test_spans_resolve_and_nothing_is_dropped(left: str, right: str) -> None:
    assert_contract(_compare(left, right))


@RELAXED
@given(DOCUMENT)
def test_identical_inputs_give_only_equal_rows(text: str) -> None:
    result = _compare(text, text)
    assert result.differences == ()
    assert all(row.status is RowStatus.EQUAL for row in result.rows)


@RELAXED
@given(seed_excerpts())
def test_simplified_to_traditional_conversion_is_never_substantive(text: str) -> None:
    converted = converter("s2t").convert(text)  # OpenCC on its current tables
    result = _compare(text, converted)
    assert result.substantive == ()
    assert_contract(result)


def _punctuation_edits(text: str) -> str:
    return (text.replace("，", ",").replace("（", "(").replace("）", ")")
            .replace("“", "「").replace("”", "」").replace("：", ":"))


def _whitespace_edits(text: str) -> str:
    return text.replace("\n", "\n\n").replace("。", "。 ").replace("  ", "\u3000")


def _markdown_edits(text: str) -> str:
    return "\n".join(("## " + line if line and not line.startswith("#") else line)
                     for line in text.replace("#", "").split("\n"))


@RELAXED
@given(seed_excerpts(), st.sampled_from([_punctuation_edits, _whitespace_edits,
                                         _markdown_edits]))
def test_presentation_only_edits_are_never_substantive(text: str, edit) -> None:
    result = _compare(text, edit(text))
    assert result.substantive == (), [(d.kind, d.left.text, d.right.text)
                                      for d in result.substantive]


ITEMS = st.lists(st.text(alphabet=HAN, min_size=6, max_size=20), min_size=3, max_size=8,
                 unique=True)
LABELS = st.sampled_from(["{}. ", "（{}）", "第{}条 "])


def _numbered(items: list[str], label: str) -> str:
    return "\n".join(label.format(n) + f"{item}。" for n, item in enumerate(items, 1))


@RELAXED
@given(ITEMS, LABELS, st.data())
def test_labels_shifted_by_an_inserted_clause_are_numbering(items: list[str], label: str,
                                                            data: st.DataObject) -> None:
    place = data.draw(st.integers(0, len(items) - 1))
    new_item = data.draw(st.text(alphabet="甲乙丙丁戊己庚辛", min_size=8, max_size=12))
    left = _numbered(items, label)
    right = _numbered([*items[:place], new_item, *items[place:]], label)
    result = _compare(left, right)
    kinds = {d.kind for d in result.differences}
    assert kinds == ({Kind.INSERTED, Kind.NUMBERING} if place < len(items) else {Kind.INSERTED})
    assert [d.kind for d in result.substantive] == [Kind.INSERTED]


@RELAXED
@given(ITEMS, LABELS, st.data())
def test_a_label_changed_on_its_own_is_a_number(items: list[str], label: str,
                                                data: st.DataObject) -> None:
    place = data.draw(st.integers(0, len(items) - 1))
    wrong = data.draw(st.integers(1, 99).filter(lambda n: n != place + 1))
    left = _numbered(items, label)
    right_lines = left.split("\n")
    right_lines[place] = label.format(wrong) + f"{items[place]}。"
    result = _compare(left, "\n".join(right_lines))
    assert [(d.kind, d.left.text.strip(), d.right.text.strip()) for d in result.differences] == [
        (Kind.NUMBER, label.format(place + 1).strip(), label.format(wrong).strip())]


ALL_SAMPLES = tuple(sorted(path.name for path in SAMPLES.iterdir() if path.suffix in (".md",
                                                                                     ".txt")))


@st.composite
def any_sample_excerpt(draw: st.DrawFn) -> str:
    lines = _seed_lines(draw(st.sampled_from(ALL_SAMPLES)))
    start = draw(st.integers(0, len(lines) - 1))
    return "\n".join(lines[start:start + draw(st.integers(1, 80))])


@st.composite
def rewrapped(draw: st.DrawFn) -> tuple[str, str]:
    """An excerpt and a copy with line breaks added between two non-space characters,
    wherever they fall: inside words, labels (第十 / 五条) and numbers (20 / 21年)."""
    text = draw(any_sample_excerpt())
    places = [k for k in range(1, len(text))
              if not text[k - 1].isspace() and not text[k].isspace()]
    if not places:
        return text, text
    chosen = draw(st.lists(st.sampled_from(places), min_size=1, max_size=12, unique=True))
    breaks = draw(st.lists(st.sampled_from(["\n", " \n", "\n\n"]), min_size=len(chosen),
                           max_size=len(chosen)))
    pieces, previous = [], 0
    for place, line_break in sorted(zip(chosen, breaks, strict=True)):
        pieces += [text[previous:place], line_break]
        previous = place
    return text, "".join(pieces) + text[previous:]


@RELAXED
@given(rewrapped())
def test_a_rewrap_anywhere_is_never_substantive(texts: tuple[str, str]) -> None:
    original, wrapped = texts
    result = _compare(original, wrapped)
    assert result.substantive == (), [(d.kind, d.left.text, d.right.text)
                                      for d in result.substantive]
    assert_contract(result)


# Part of one sentence: a Han character, then anything but the end of a sentence or line.
_SENTENCE_PART = re.compile(r"[\u4e00-\u9fff][^。；！？\n]{7,}")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{8,}")


def _han(text: str) -> str:
    return "".join(re.findall(r"[\u4e00-\u9fff]", text))


@RELAXED
@given(any_sample_excerpt(), st.data())
def test_a_moved_run_of_text_is_moved_with_both_halves_linked(text: str,
                                                            data: st.DataObject) -> None:
    """Part of a sentence holding a run of 8+ Han characters (with its commas, quotes and
    spaces, up to its end) carried elsewhere: each such run is moved on both sides, and
    every row holding a moved half names a row holding a moved half."""
    parts = [match for match in _SENTENCE_PART.finditer(text)]
    assume(parts)
    part = data.draw(st.sampled_from(parts))
    start = data.draw(st.integers(part.start(), part.end() - 8))
    end = data.draw(st.integers(start + 8, min(part.end() + 1, start + 40)))
    moved = text[start:end]
    runs = _HAN_RUN.findall(moved)
    assume(runs and _han(text).count(_han(moved)) == 1)
    rest = text[:start] + text[end:]
    place = data.draw(st.integers(0, len(rest)))
    # Far enough that the text it jumps over is not the shorter thing to call moved, and
    # with other characters around it than its own ends (else the diff may as well slide it:
    # 发展战略 inserted before 发展 reads as 战略…发展 inserted after it).
    low, high = sorted((place, start))
    assume(len(_han(rest[low:high])) > 2 * len(_han(moved)) + 10)
    assume(rest[place - 1:place] != moved[-1] and rest[place:place + 1] != moved[0])
    assume(text[start - 1:start] != moved[-1] and text[end:end + 1] != moved[0])
    result = _compare(text, rest[:place] + moved + rest[place:])
    halves = [d for d in result.differences if d.kind is Kind.MOVED]
    shown = [(d.kind, d.left.text, d.right.text) for d in result.substantive]
    moved_out = "".join(_han(d.left.text) for d in sorted(halves, key=lambda d: d.left.start))
    moved_in = "".join(_han(d.right.text) for d in sorted(halves, key=lambda d: d.right.start))
    assert all(run in moved_out and run in moved_in for run in runs), shown
    for difference in halves:
        row = result.row_by_id(difference.row)
        assert row.moved_to is not None
        partner = result.row_by_id(row.moved_to)
        assert any(result.difference_by_id(d).kind is Kind.MOVED for d in partner.differences)
    assert_contract(result)
