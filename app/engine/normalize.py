"""Matching keys for clauses: what the reader sees as content, folded, with a map back.

A clause's key keeps only its content characters (Han, digits, letters, symbols, and the
``?`` that mojibake leaves) after folding full-width forms to ASCII and the script to
simplified; whitespace, punctuation, Markdown marks and the leading structure marker are
dropped. Every folding step maps one character to one character, so each key position keeps
the offset of its source character (``positions``).

>>> from app.engine.segment import segment
>>> text = "## 一、國際貿易，擴大。"
>>> normalized = normalize_document(text, segment(text), {ord("國"): ord("国")})
>>> normalized.keys[0].key, [text[p] for p in normalized.keys[0].positions[:2]]
('国際貿易擴大', ['國', '際'])
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import chain, starmap
from typing import NamedTuple

from app.engine.translate import translate
from app.model import Clause

MARKUP_CHARS = frozenset("#*_`~>|")
# Punctuation-like characters that still carry content: mojibake's "?" and percent signs.
_CONTENT_SYMBOLS = frozenset("?？%％‰‱")
_EXTRA_NON_CONTENT = frozenset("~|<>^`＜＞～｜＾｀")
_SCAN_RANGES = ((0x0000, 0x2E80), (0x3000, 0x3040), (0xFE10, 0xFE70), (0xFF00, 0xFFF0))


# A decimal point before a digit, with the blanks between them. A point with blanks on either
# side and a digit before them was parted from its number by a line break (31 / .3%) and is
# content too. The pattern starts at the point, so that the search skips from one to the next.
_POINT_BEFORE_DIGIT = re.compile(r"\.\s*(?=\d)")


@cache
def _non_content_chars() -> frozenset[str]:
    chars = set(_EXTRA_NON_CONTENT)
    for low, high in _SCAN_RANGES:
        for code in range(low, high):
            char = chr(code)
            if char.isspace() or unicodedata.category(char).startswith("P"):
                chars.add(char)
    return frozenset(chars - _CONTENT_SYMBOLS)


def _excluded() -> str:
    """The non-content characters, escaped for a character class."""
    return re.escape("".join(sorted(_non_content_chars())))


@cache
def content_run() -> re.Pattern[str]:
    excluded = _excluded()
    # A decimal point between digits is content (3.2 is not 32). Such a point always stands
    # between two stretches of other content, hence this form: an alternation tried at every
    # character would be twice as slow.
    return re.compile(rf"[^{excluded}]+(?:(?<=\d)\.(?=\d)[^{excluded}]+)*")


@cache
def content_char() -> re.Pattern[str]:
    """Finds the first content character: whether a stretch has content, without matching
    the whole run as ``content_run`` would."""
    return re.compile(f"[^{_excluded()}]")


def is_content(char: str) -> bool:
    """Whether ``char`` belongs to a clause's matching key.

    >>> is_content("国"), is_content("，"), is_content("?"), is_content(" ")
    (True, False, True, False)
    """
    return char not in _non_content_chars()


@cache
def width_table() -> dict[int, int]:
    """Full-width ASCII forms (U+FF01-FF5E) and the ideographic space folded to ASCII."""
    table = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = 0x20
    return table


class ClauseKey(NamedTuple):
    """A clause's matching key and, per key position, the offset of its source character."""

    # A named tuple, not a dataclass: a long document has thousands of clauses.
    key: str
    positions: array[int]


@dataclass(frozen=True)
class NormalizedDocument:
    """A document's text, its folded twin (same length) and one key per clause."""

    text: str
    folded: str
    clauses: tuple[Clause, ...]
    keys: tuple[ClauseKey, ...]
    # Each clause's key with its structure marker's content kept (label or text alike).
    whole_keys: tuple[str, ...]
    # 1 at each content offset whose next content character is not adjacent in the text.
    breaks_after: bytes


def normalize_document(text: str, clauses: list[Clause],
                       script_table: dict[int, int]) -> NormalizedDocument:
    """Fold ``text`` with ``script_table`` and build each clause's key."""
    folded = translate(text, width_table(), script_table)
    runs = [match.span() for match in content_run().finditer(folded)]
    wrapped_points = []
    for match in _POINT_BEFORE_DIGIT.finditer(folded):
        point = start = match.start()
        while start and folded[start - 1].isspace():
            start -= 1
        if start and folded[start - 1].isdecimal() and match.end() - start > 1:
            wrapped_points.append(point)
    if wrapped_points:
        runs = sorted(runs + [(point, point + 1) for point in wrapped_points])
    # The whole document's key and positions; each clause takes a slice of them.
    all_key = "".join([folded[start:end] for start, end in runs])
    # Machine integers of four bytes, not int objects: a long document has millions of
    # positions (offsets stay below 2**31: a text of 2 G characters does not load).
    all_positions = array("I", chain.from_iterable(starmap(range, runs)))
    keys = []
    whole_keys = []
    for clause in clauses:
        first = bisect_left(all_positions, clause.start)
        last = bisect_left(all_positions, clause.end)
        whole = all_key[first:last]
        whole_keys.append(whole)
        if clause.marker:
            marker_first = bisect_left(all_positions, clause.marker_start)
            marker_last = bisect_left(all_positions, clause.marker_end)
            keys.append(ClauseKey(
                all_key[first:marker_first] + all_key[marker_last:last],
                all_positions[first:marker_first] + all_positions[marker_last:last]))
        else:  # the same string as the whole key, not a copy
            keys.append(ClauseKey(whole, all_positions[first:last]))
    breaks = bytearray(len(text) + 1)
    for _, end in runs:
        breaks[end - 1] = 1
    for clause in clauses:
        if clause.marker and clause.marker_start > 0:
            breaks[clause.marker_start - 1] = 1
    return NormalizedDocument(text, folded, tuple(clauses), tuple(keys), tuple(whole_keys),
                              bytes(breaks))
