"""Encoding damage in one document, found from the bytes, with a repair where they allow it.

Two kinds of damage are found:

* text written as UTF-8 and read as GBK or Big5 (鏍囧噯 for 标准): a run of rare characters
  whose bytes in that code page are valid UTF-8 for ordinary Chinese text; the repair is
  that text;
* GBK text read one byte out of step after a lost byte, shown as ``?`` (上??缇撤召Q易): the
  ``?`` run and the rare characters, symbols and stray Latin letters after it; the repair is
  the bytes read one byte further on, where that gives ordinary text that reads as words.

Ordinary text is the level-1 characters of GB2312 and the frequent characters of Big5. Any
two bytes read in step decode to some such characters, so a shifted reading must also read
as words: most pairs of neighbouring characters in it (with the character after the damage)
are pairs the document uses elsewhere or OpenCC's phrases hold (上??缇撤召Q易 reads 境氛貿易
one byte on, of which only 貿易 is words: bytes were lost there, and no repair is offered).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from operator import add
from typing import NamedTuple

from app.engine.conversion import phrase_bigrams

# Replacement characters, and ``?`` runs: two or more, or one beside a character of the Han
# blocks (\u3400-\u9fff; tested in _question_runs, a class of them is slow to compile).
_QUESTION = re.compile(r"\ufffd+|\?{2,}|\?")
# Runs of characters outside ASCII and outside the ordinary characters, with at most one
# ordinary character between two of them: where misread UTF-8 shows.
_MOST_SKIPPED = 1
# Characters the repair may read past the garbled run when it is not cut at a boundary.
_REPAIR_REACH = 2


class Damage(NamedTuple):
    """A damaged span of the text and its repair (None where the bytes do not allow one)."""

    start: int
    end: int
    repair: str | None


@cache
def ordinary_characters() -> frozenset[str]:
    """GB2312's level-1 characters and Big5's frequent characters."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    for lead in range(0xA4, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def _ordinary(text: str) -> bool:
    """Text a person wrote: Han characters that are ordinary, and common punctuation."""
    common = ordinary_characters()
    han = [char for char in text if _is_han(char)]
    return len(han) >= 1 and all(char in common for char in han) and \
        all(_is_han(char) or char in "，、。：；（）“”《》" for char in text)


def find_damage(text: str, to_script: Callable[[str], str] = str) -> list[Damage]:
    """Damaged spans of ``text`` in reading order; ``to_script`` puts a repair, which the
    bytes give in the script they were written in, into the document's script.

    >>> find_damage("按照鏍囧噯鏂囨湰执行")
    [Damage(start=2, end=8, repair='标准文本')]
    >>> find_damage("市金融辦、人民銀行上??偛俊⑹薪鹑谵k")
    [Damage(start=10, end=19, repair='部、市金融辦')]
    >>> find_damage("上??缇撤召Q易")
    [Damage(start=1, end=7, repair=None)]
    >>> find_damage("上海服务国家建设")
    []
    """
    kept = _out_of_step(text, to_script)
    for damage in _misread_utf8(text):
        if any(d.start < damage.end and damage.start < d.end for d in kept):
            continue  # the out-of-step reading already covers it
        kept.append(damage)
    kept.sort()
    joined: list[Damage] = []
    for damage in kept:
        previous = joined[-1] if joined else None
        if previous and damage.start <= previous.end:
            repair = (previous.repair + damage.repair
                      if previous.repair and damage.repair and damage.start == previous.end
                      else None)
            joined[-1] = Damage(previous.start, max(previous.end, damage.end), repair)
        else:
            joined.append(damage)
    return joined


def _out_of_step(text: str, to_script: Callable[[str], str]) -> list[Damage]:
    found = []
    for match in _question_runs(text):
        end = _garbled_end(text, match.end())
        if found and match.start() < found[-1].end:
            continue
        repair = _shifted_repair(text[match.end():end], to_script)
        if repair and not _reads_as_words(repair + text[end:end + 1], text):
            repair = None
        found.append(Damage(match.start(), end, repair))
    return found


def _question_runs(text: str) -> Iterator[re.Match[str]]:
    for match in _QUESTION.finditer(text):
        i = match.start()
        if match.group() != "?" or "\u3400" <= text[i - 1:i] <= "\u9fff" \
                or "\u3400" <= text[i + 1:i + 2] <= "\u9fff":
            yield match


def _garbled_end(text: str, start: int) -> int:
    """Where the garbled characters after a ``?`` run end: rare characters, symbols and
    stray Latin letters, with at most two ordinary characters between them."""
    common = ordinary_characters()
    end = position = start
    ordinary_run = 0
    while position < len(text) and ordinary_run <= 2:
        char = text[position]
        if char.isspace() or char in "，。；：" or char == "?" and position > start \
                or char.isascii() and not (char.isalpha() or char in "^`~"):
            break
        if char in common or char == "、":
            ordinary_run += 1
        else:
            ordinary_run = 0
            end = position + 1
        position += 1
    return end


def _shifted_repair(garbled: str, to_script: Callable[[str], str]) -> str | None:
    """The garbled characters' GBK bytes read one byte further on, where that is ordinary."""
    try:
        raw = garbled.encode("gbk")
    except UnicodeEncodeError:
        return None
    for skip in (1, 0):
        try:
            repaired = raw[skip:].decode("gbk")
        except UnicodeDecodeError:
            continue
        if repaired != garbled and _ordinary(repaired):
            return to_script(repaired)
    return None


def _reads_as_words(reading: str, text: str) -> bool:
    """Whether most pairs of neighbouring Han characters in ``reading`` are words' pairs:
    used in ``text`` or held by OpenCC's phrases. A reading of chance bytes seldom has any."""
    known = phrase_bigrams()
    pairs = [pair for pair in map(add, reading, reading[1:]) if all(map(_is_han, pair))]
    found = sum(1 for pair in pairs if pair in known or pair in text)
    return 2 * found > len(pairs)


def _misread_utf8(text: str) -> list[Damage]:
    found = []
    for start, end in _rare_runs(text):
        damage = _decoded_window(text, start, end)
        if damage:
            found.append(damage)
    return found


@cache
def _rare_character() -> re.Pattern[str]:
    ordinary = "".join(sorted(ordinary_characters())).replace("\\", "").replace("]", "")
    return re.compile(f"[^\\x00-\\u1fff\\s\u3000-\u303f\uff00-\uffef{ordinary}]")


def _rare_runs(text: str) -> list[tuple[int, int]]:
    """Stretches of two or more rare non-ASCII characters, allowing one ordinary between."""
    runs = []
    first = last = -1
    rare = 0
    for match in _rare_character().finditer(text):
        position = match.start()
        if first >= 0 and position - last - 1 <= _MOST_SKIPPED \
                and _between_is_plain(text, last + 1, position):
            last, rare = position, rare + 1
            continue
        if rare >= 2:
            runs.append((first, last + 1))
        first = last = position
        rare = 1
    if rare >= 2:
        runs.append((first, last + 1))
    return runs


def _between_is_plain(text: str, start: int, end: int) -> bool:
    return all(not char.isspace() and char >= "\u2000" for char in text[start:end])


def _decoded_window(text: str, start: int, end: int) -> Damage | None:
    """The widest window around a rare run whose bytes decode as UTF-8 to ordinary text."""
    for codec in ("gbk", "big5"):
        best: Damage | None = None
        for left in range(max(0, start - _REPAIR_REACH), start + 1):
            for right in range(min(len(text), end + _REPAIR_REACH), end - 1, -1):
                try:
                    repaired = text[left:right].encode(codec).decode("utf-8")
                except (UnicodeEncodeError, UnicodeDecodeError):
                    continue
                if sum(map(_is_han, repaired)) >= 2 and _ordinary(repaired):
                    if best is None or right - left > best.end - best.start:
                        best = Damage(left, right, repaired)
                    break
        if best:
            return best
    return None
