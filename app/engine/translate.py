"""``str.translate`` of long texts by the large character tables of the engine, twice as fast.

``str.translate`` looks each character up in its table; a list indexed by code point answers
without hashing, where a dict must hash every key. The list covers the Basic Multilingual
Plane and maps every character not in the tables to itself; a text holding characters beyond
it (rare) is translated by the dict.

>>> translate("國際 abc", {ord("國"): ord("国"), ord("際"): ord("际")})
'国际 abc'
"""

from __future__ import annotations

import re
from operator import is_not

_PLANE = 0x10000
# Scanned in C without making a string per character, as max() would.
_BEYOND_PLANE = re.compile("[\U00010000-\U0010FFFF]")
# Every code point of the plane mapped to itself; the lists copy it (its ints are shared).
_IDENTITY = list(range(_PLANE))
# The ids of the tables -> (the tables, their list); the tables are held so that their ids
# are not reused. The engine has a few tables; a caller making tables of its own only ever
# has the last few kept.
_LISTS: dict[tuple[int, ...], tuple[tuple[dict[int, int], ...], list[int]]] = {}
_KEPT = 8


def translate(text: str, *tables: dict[int, int]) -> str:
    """``text.translate`` by ``tables`` merged (a later table's entries over an earlier's),
    each of single code points; a table must not change after its first use here."""
    if text.isascii() or _BEYOND_PLANE.search(text):
        merged = tables[0] if len(tables) == 1 else {k: v for t in tables for k, v in t.items()}
        return text.translate(merged)
    key = tuple(map(id, tables))
    entry = _LISTS.get(key)
    if entry is None or any(map(is_not, entry[0], tables)):
        by_code = list(_IDENTITY)
        for table in tables:
            for code, replacement in table.items():
                if code < _PLANE:
                    by_code[code] = replacement
        if len(_LISTS) >= _KEPT:
            _LISTS.clear()
        entry = _LISTS[key] = (tables, by_code)
    return text.translate(entry[1])
