"""``str.translate`` of long texts by the large character tables of the engine, twice as fast.

``str.translate`` looks each character up in its table; a list indexed by code point answers
without hashing, where a dict must hash every key. The list covers the Basic Multilingual
Plane and maps every character not in the table to itself; a text holding characters beyond
it (rare) is translated by the dict itself.

>>> translate("國際 abc", {ord("國"): ord("国"), ord("際"): ord("际")})
'国际 abc'
"""

from __future__ import annotations

import re

_PLANE = 0x10000
# Scanned in C without making a string per character, as max() would.
_BEYOND_PLANE = re.compile("[\U00010000-\U0010FFFF]")
# Every code point of the plane mapped to itself; the lists copy it (its ints are shared).
_IDENTITY = list(range(_PLANE))
# id(table) -> (table, its list); the table is held so that its id is not reused. The engine
# has a few tables; a caller making tables of its own only ever has the last few kept.
_LISTS: dict[int, tuple[dict[int, int], list[int]]] = {}
_KEPT = 8


def translate(text: str, table: dict[int, int]) -> str:
    """``text.translate(table)`` for a table of single code points; ``table`` must not change
    after its first use here."""
    if text.isascii() or _BEYOND_PLANE.search(text):
        return text.translate(table)
    entry = _LISTS.get(id(table))
    if entry is None or entry[0] is not table:
        by_code = list(_IDENTITY)
        for code, replacement in table.items():
            if code < _PLANE:
                by_code[code] = replacement
        if len(_LISTS) >= _KEPT:
            _LISTS.clear()
        entry = _LISTS[id(table)] = (table, by_code)
    return text.translate(entry[1])
