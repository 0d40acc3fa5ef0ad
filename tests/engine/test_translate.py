"""The list-backed translate gives what str.translate gives, for any text and table."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.engine.translate import translate

_CHARS = st.one_of(st.sampled_from("國际贸易abc 12，。\U00020000\U0002A6A5"), st.characters())
_TABLES = st.dictionaries(st.integers(0, 0x2FFFF), st.integers(0, 0x2FFFF), max_size=40)


@given(text=st.text(_CHARS, max_size=60), table=_TABLES)
def test_translate_is_str_translate(text: str, table: dict[int, int]) -> None:
    assert translate(text, table) == text.translate(table)


def test_characters_beyond_the_plane_are_translated_too() -> None:
    table = {0x20000: ord("甲"), ord("乙"): 0x20001}
    assert translate("\U00020000乙丙", table) == "甲\U00020001丙"


@given(text=st.text(_CHARS, max_size=60), first=_TABLES, second=_TABLES)
def test_tables_translate_merged_a_later_over_an_earlier(text: str, first: dict[int, int],
                                                         second: dict[int, int]) -> None:
    assert translate(text, first, second) == text.translate({**first, **second})
