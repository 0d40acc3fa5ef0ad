"""What kind of difference a change is (design.md, "Classify").

Changes between content keys are encoding damage, a changed figure, or wording; changes
confined to the characters between content (whitespace, punctuation, Markdown marks) and to
structure markers are whitespace, punctuation, markup or numbering; content characters that
fold to the same key are script (Han) or punctuation (width) differences.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from app.engine.conversion import converter, simplified_key
from app.engine.normalize import MARKUP_CHARS, width_table
from app.engine.script import is_han
from app.model import Kind

_NUMERIC = re.compile(r"[0-9.%‰〇零一二三四五六七八九十百千万亿两]+")
_HAS_FIGURE = re.compile(r"[0-9〇零一二三四五六七八九十百千万亿两]")
# Signs of text decoded with the wrong code page: replacement characters, the classic
# 锟斤拷/烫烫/屯屯 runs, "?" runs or "?" against Han. A Latin letter between Han characters
# (B肝, A股) is ordinary text.
# Marks of garbled text; a ``?`` counts beside another or beside a Han character (is_damaged:
# a class of the Han blocks takes milliseconds to compile).
_DAMAGE = re.compile(r"\ufffd|锟斤拷|烫烫|屯屯|\?")


def is_damaged(text: str) -> bool:
    """Whether ``text`` (a change with one character of context each side) looks garbled.

    >>> is_damaged("上??缇撤召Q易"), is_damaged("机构 and 科学家"), is_damaged("患B肝")
    (True, False, False)
    """
    for match in _DAMAGE.finditer(text):
        i = match.start()
        if match.group() != "?" or text[i + 1:i + 2] == "?" or is_han(text[i - 1:i]) \
                or is_han(text[i + 1:i + 2]):
            return True
    return False


def classify_change(left_key: str, right_key: str, left_context: str,
                    right_context: str, left_text: str = "", right_text: str = "") -> Kind:
    """Classify a change of content (keys are folded; contexts are the raw text around it,
    texts the raw text of the change itself, its numbers whole).

    >>> classify_change("养", "训", "才养为", "才訓為")
    <Kind.WORDING: 'wording'>
    >>> classify_change("2017", "2018", "在2017年", "在2018年")
    <Kind.NUMBER: 'number'>
    >>> classify_change("海总部", "??偛?", "上海总部、", "上??偛?、")
    <Kind.ENCODING: 'encoding'>
    >>> classify_change("十六", "16", "共十六条", "共16条", "十六", "16")
    <Kind.NOTATION: 'notation'>
    >>> classify_change("一", "", "每一个", "每个")
    <Kind.WORDING: 'wording'>
    """
    if is_damaged(left_context) != is_damaged(right_context) or "\ufffd" in left_context + \
            right_context:
        return Kind.ENCODING
    if same_value(left_text or left_key, right_text or right_key):
        return Kind.NOTATION
    if _is_figure(left_key) and _is_figure(right_key) and (left_key or right_key) \
            and not _numeral_word(left_key, right_key, left_context, right_context):
        return Kind.NUMBER
    if is_transcoded(left_key, right_key) or is_transcoded(right_key, left_key):
        return Kind.ENCODING
    return Kind.WORDING


# Byte-level similarity (0-100) above which a run is taken for its counterpart's bytes.
_BYTE_MATCH = 60
# Mis-decodings seen in Chinese documents: (bytes written as, bytes read as).
_MISREADINGS = (("utf-8", "gbk"), ("utf-8", "big5"), ("gbk", "big5"), ("big5", "gbk"))


@lru_cache(maxsize=4096)  # the same edit repeated (a party renamed throughout) is tested once
def is_transcoded(original: str, damaged: str) -> bool:
    """Whether ``damaged`` is ``original`` (in either script) decoded with the wrong code page.

    Confirms damage that leaves no ``?`` behind: UTF-8 read as GBK (你好 -> 浣犲ソ), GBK
    read as Big5 and back, and GBK bytes read one byte out of step, which keeps the bytes
    and changes every character.

    >>> is_transcoded("你好世界", "浣犲ソ涓栫晫"), is_transcoded("加强合作", "推进协作")
    (True, False)
    """
    if len(original) < 2 or len(damaged) < 2 or original.isascii() or damaged.isascii():
        return False  # ASCII reads the same in every code page: shell/Shell is no damage
    for form in _script_forms(original):
        for written, read in _MISREADINGS:
            misread = form.encode(written, errors="replace").decode(read, errors="replace")
            if misread != form and fuzz.ratio(misread, damaged) >= 80:
                return True
        for encoding in ("gbk", "big5"):
            try:
                as_bytes = fuzz.ratio(form.encode(encoding).decode("latin-1"),
                                      damaged.encode(encoding).decode("latin-1"))
            except UnicodeEncodeError:
                continue  # a side this code page cannot hold was not written in it
            if as_bytes >= _BYTE_MATCH and as_bytes >= fuzz.ratio(form, damaged) + 30:
                return True
    return False


@lru_cache(maxsize=4096)
def _script_forms(text: str) -> tuple[str, ...]:
    """The text as written and in the other script (the damaged copy may be in either)."""
    return tuple(dict.fromkeys((text, converter("s2t").convert(text),
                                converter("t2s").convert(text))))


def _is_figure(key: str) -> bool:
    return not key or (_NUMERIC.fullmatch(key) is not None and bool(_HAS_FIGURE.search(key)))


_HAN_NUMERALS = "〇零一二三四五六七八九十百千万亿两"


def _numeral_word(left_key: str, right_key: str, left_context: str, right_context: str) -> bool:
    """Whether a Han numeral is only added or dropped inside a word (每一个, 一些), with no
    figure beside it: that changes wording, not a value."""
    if left_key and right_key or (left_key + right_key).strip(_HAN_NUMERALS):
        return False
    return not any(char.isdigit() or char in _HAN_NUMERALS
                   for char in left_context.replace(left_key, "", 1)
                   + right_context.replace(right_key, "", 1))


_DIGITS = {char: value for value, char in enumerate("〇一二三四五六七八九")}
_DIGITS.update({"零": 0, "两": 2})
_UNITS = {"十": 10, "百": 100, "千": 1000}
_MYRIADS = {"万": 10_000, "亿": 100_000_000}
# A number in digits (3, 03, 3.5) or Han numerals (十六, 二〇二一), with a following 万/亿.
_NUMBER = re.compile(r"(\d+(?:\.\d+)?|[〇零一二三四五六七八九十百千两]+)([万亿]*)")
# Separators of a time or date that another notation writes differently (23时05分, 23:05).
_NOTATION_MARKS = str.maketrans("", "", "时分秒点:：")


def han_number(numerals: str) -> int | None:
    """The value of Han numerals: 十六 16, 一百零五 105, 二〇二一 2021 (read digit by digit).

    >>> han_number("十六"), han_number("一百零五"), han_number("二〇二一"), han_number("两")
    (16, 105, 2021, 2)
    """
    if not any(char in _UNITS for char in numerals):
        if len(numerals) > 1 and "两" in numerals:
            return None
        value = 0
        for char in numerals:
            value = value * 10 + _DIGITS[char]
        return value
    total = digit = 0
    for char in numerals:
        if char in _UNITS:
            total += (digit or 1) * _UNITS[char]
            digit = 0
        else:
            digit = _DIGITS[char]
    return total + digit


def _values(text: str) -> tuple[list[float], str] | None:
    """The numbers of a text with their multipliers, and the text between them."""
    values: list[float] = []
    for found in _NUMBER.finditer(text):
        number, myriads = found.groups()
        value = float(number) if number[0].isdigit() else han_number(number)
        if value is None:
            return None
        for char in myriads:
            value *= _MYRIADS[char]
        values.append(value)
    return values, _NUMBER.sub("#", text).translate(_NOTATION_MARKS)


def same_value(left: str, right: str) -> bool:
    """Whether two texts write the same numbers in different notations (十六/16, 03/3,
    二〇二一年/2021年, 23时05分/23:05, 三万/3万).

    >>> same_value("23时05分", "23:05"), same_value("三万", "3"), same_value("每一个", "每个")
    (True, False, False)
    """
    left, right = "".join(left.split()), "".join(right.split())
    if left == right or not (_HAS_FIGURE.search(left) and _HAS_FIGURE.search(right)):
        return False
    left_values, right_values = _values(left), _values(right)
    return (left_values is not None and left_values == right_values
            and bool(left_values[0]))


def classify_between(left: str, right: str) -> Kind | None:
    """Classify differing text between content characters; None when there is no difference.

    >>> classify_between("，", ","), classify_between(" \\n", ""), classify_between("## ", "")
    (<Kind.PUNCTUATION: 'punctuation'>, <Kind.WHITESPACE: 'whitespace'>, <Kind.MARKUP: 'markup'>)
    """
    if left == right:
        return None
    left_bare, right_bare = _without_space(left), _without_space(right)
    if left_bare == right_bare:
        return Kind.WHITESPACE
    if _without_markup(left_bare) == _without_markup(right_bare):
        return Kind.MARKUP
    return Kind.PUNCTUATION


def classify_marker(left: str, right: str, left_folded: str = "",
                    right_folded: str = "") -> Kind | None:
    """Classify two structure markers: renumbered, restyled, another script, or the same.

    ``left_folded`` and ``right_folded`` are the markers with the script folded, when known.

    >>> classify_marker("(一)", "（一）"), classify_marker("3.", "4."), classify_marker("1.", "1.")
    (<Kind.PUNCTUATION: 'punctuation'>, <Kind.NUMBERING: 'numbering'>, None)
    >>> classify_marker("第十条", "第十條", "第十条", "第十条"), classify_marker("3.", "三、")
    (<Kind.SCRIPT: 'script'>, <Kind.NOTATION: 'notation'>)
    """
    if left == right:
        return None
    if _marker_number(left) == _marker_number(right):
        return Kind.PUNCTUATION
    if left_folded and _marker_number(left_folded) == _marker_number(right_folded):
        return Kind.SCRIPT
    if same_value(_marker_number(left), _marker_number(right)):
        return Kind.NOTATION
    return Kind.NUMBERING


def classify_folded(left_char: str, right_char: str) -> Kind:
    """Two different characters with the same key: a script variant, a width variant, or
    wording where no conversion of a character relates them (座/坐: the folding joins them
    only because some phrase does; proofread.py judges pairs of scripts in context).

    >>> classify_folded("衛", "衞"), classify_folded("座", "坐"), classify_folded("Ａ", "A")
    (<Kind.SCRIPT: 'script'>, <Kind.WORDING: 'wording'>, <Kind.PUNCTUATION: 'punctuation'>)
    """
    if not is_han(left_char):
        return Kind.PUNCTUATION
    key = simplified_key()
    return Kind.SCRIPT if left_char.translate(key) == right_char.translate(key) else Kind.WORDING


def _marker_number(marker: str) -> str:
    return "".join(ch for ch in marker.translate(width_table()) if ch.isalnum())


def _without_space(text: str) -> str:
    return "".join(text.split())


_NO_MARKUP = str.maketrans("", "", "".join(MARKUP_CHARS))


def _without_markup(text: str) -> str:
    # A list bullet is markup only where it opens the text between two content characters.
    return text.lstrip("-+").translate(_NO_MARKUP)
