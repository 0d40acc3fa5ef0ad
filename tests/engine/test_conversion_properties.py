"""Property tests of conversion proofreading over the samples (hypothesis).

A simplified excerpt is converted by OpenCC (current tables) to each region; the comparison
of the two has no conversion finding. A character of the conversion left simplified or
swapped for another of its traditional forms that no conversion gives there is a finding at
that place, suggesting what the conversion wrote; a character swapped for one no conversion
gives in context is never a script difference.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.engine import compare
from app.engine.classify import is_han
from app.engine.conversion import conversion_tables, converter
from app.model import (
    CompareOptions,
    CompareSettings,
    Comparison,
    Conversion,
    Document,
    Kind,
    Reason,
)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SIMPLIFIED = ("plan-simplified.md", "trade-plan.md", "plan-2021-draft.txt")
CONFIGS = ("s2t", "s2tw", "s2hk")
REGION_OF = {"s2t": Conversion.T2S, "s2tw": Conversion.TW2S, "s2hk": Conversion.HK2S}
RELAXED = settings(max_examples=30, deadline=None,
                   suppress_health_check=[HealthCheck.too_slow])
# Characters that OpenCC's tables relate to others only through some phrase, or not at all.
UNRELATED = "坐座具俱待呆沉沈鏈煉畫劃了瞭復覆培訓養的是在"


@cache
def _lines(name: str) -> tuple[str, ...]:
    return tuple(line for line in (SAMPLES / name).read_text("utf-8").split("\n")
                 if sum(map(is_han, line)) >= 20)


@st.composite
def excerpts(draw: st.DrawFn) -> str:
    """A few consecutive lines of a simplified sample."""
    lines = _lines(draw(st.sampled_from(SIMPLIFIED)))
    start = draw(st.integers(0, len(lines) - 1))
    return "\n".join(lines[start:start + draw(st.integers(1, 4))])


def _compare(left: str, right: str, config: str = "s2t") -> Comparison:
    """Compare, telling the engine which region the conversion is for: a short excerpt
    may hold no regional form to show it."""
    settings = CompareSettings(convert=REGION_OF[config])
    return compare(Document(left, "md", "utf-8"), Document(right, "txt", "utf-8"),
                   CompareOptions(settings))


@cache
def _conversions(text: str) -> dict[str, str]:
    return {config: converter(config).convert(text) for config in CONFIGS}


@cache
def _given_in_context(text: str, i: int) -> frozenset[str]:
    """What any conversion gives at ``i``: each region's OpenCC output, every phrase of the
    dictionary covering ``i`` and the character tables' forms, with their regional forms."""
    tables = conversion_tables()
    given = {converted[i] for converted in _conversions(text).values()}
    longest = max(map(len, tables.st_phrases))
    for start in range(max(0, i - longest + 1), i + 1):
        for end in range(i + 1, min(len(text), start + longest) + 1):
            for target in tables.st_phrases.get(text[start:end], "").split():
                given.add(target[i - start])
    for char in list(given):
        for region in ("tw", "hk"):
            given.update(tables.variants[region].get(char, ""))
    return frozenset(given)


@RELAXED
@given(excerpts(), st.sampled_from(CONFIGS))
def test_an_opencc_conversion_has_no_finding(text: str, config: str) -> None:
    result = _compare(text, _conversions(text)[config], config)
    assert [(d.kind, d.right.text) for d in result.substantive] == []


@RELAXED
@given(excerpts(), st.sampled_from(CONFIGS), st.data())
def test_a_character_left_simplified_is_a_leftover(text: str, config: str,
                                                   data: st.DataObject) -> None:
    converted = _conversions(text)[config]
    places = [i for i, (a, b) in enumerate(zip(text, converted, strict=True))
              if a != b and is_han(a)]
    assume(places)
    i = data.draw(st.sampled_from(places))
    assume(text[i] not in _given_in_context(text, i))
    damaged = converted[:i] + text[i] + converted[i + 1:]
    findings = [d for d in _compare(text, damaged, config).differences
                if d.kind is Kind.CONVERSION]
    assert [(d.right.start, d.reason, d.suggestion) for d in findings] == [
        (i, Reason.LEFTOVER, converted[i])]


@RELAXED
@given(excerpts(), st.sampled_from(CONFIGS), st.data())
def test_another_traditional_form_is_a_choice(text: str, config: str,
                                              data: st.DataObject) -> None:
    converted = _conversions(text)[config]
    tables = conversion_tables()
    swaps = [(i, form) for i, char in enumerate(text)
             for form in tables.st_chars.get(char, "")[1:] if form != char]
    assume(swaps)
    i, form = data.draw(st.sampled_from(swaps))
    assume(form not in _given_in_context(text, i))
    damaged = converted[:i] + form + converted[i + 1:]
    findings = [d for d in _compare(text, damaged, config).differences
                if d.kind is Kind.CONVERSION]
    assert [(d.right.start, d.reason, d.suggestion) for d in findings] == [
        (i, Reason.CHOICE, converted[i])]


@RELAXED
@given(excerpts(), st.sampled_from(CONFIGS), st.data())
def test_a_character_no_conversion_gives_is_never_script(text: str, config: str,
                                                        data: st.DataObject) -> None:
    converted = _conversions(text)[config]
    tables = conversion_tables()
    i = data.draw(st.sampled_from([i for i, char in enumerate(text) if is_han(char)]))
    pool = sorted({*UNRELATED, *tables.st_chars.get(text[i], ""), text[i]})
    replacement = data.draw(st.sampled_from(pool))
    assume(replacement not in _given_in_context(text, i))
    damaged = converted[:i] + replacement + converted[i + 1:]
    script = [d for d in _compare(text, damaged, config).differences
              if d.kind is Kind.SCRIPT and d.right.start <= i < d.right.end]
    assert script == []
