"""Automatic list numbers as a reader sees them: 一 （一） 1 ① a i 甲 壹, by Word's format names.

Word (``w:numFmt``) and ODF (``style:num-format``, mapped by the ODT reader) name the same
counters; both readers render labels through ``format_number``.
"""

from __future__ import annotations

_COUNTING_DIGITS = "零一二三四五六七八九"
_DIGITS = "〇一二三四五六七八九"
_LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖"
_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_LARGEST_NAMED = 10**16  # 一亿亿: Chinese counting beyond it would nest 万 without end
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def format_number(value: int, fmt: str) -> str:
    """Render counter ``value`` in the Word number format ``fmt`` (decimal when unknown).

    >>> [format_number(n, "chineseCounting") for n in (1, 10, 11, 20, 105)]
    ['一', '十', '十一', '二十', '一百零五']
    >>> format_number(3, "decimalEnclosedCircle"), format_number(12, "chineseLegalSimplified")
    ('③', '壹拾贰')
    >>> format_number(28, "lowerLetter"), format_number(14, "upperRoman")
    ('bb', 'XIV')
    """
    if fmt in ("none", "bullet"):
        return ""
    if abs(value) >= _LARGEST_NAMED:
        return str(value)  # no numeral system is spelled out this far; digits stay readable
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
               "taiwaneseCountingThousand", "japaneseCounting", "koreanCounting"):
        return _chinese(value, _COUNTING_DIGITS, "十百千", formal=False)
    if fmt in ("chineseLegalSimplified",):
        return _chinese(value, _LEGAL_SIMPLIFIED, "拾佰仟", formal=True)
    if fmt in ("ideographLegalTraditional", "japaneseLegal"):
        return _chinese(value, _LEGAL_TRADITIONAL, "拾佰仟", formal=True)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_DIGITS[int(digit)] for digit in str(value))
    if fmt == "ideographTraditional" and 1 <= value <= len(_STEMS):
        return _STEMS[value - 1]
    if fmt == "ideographZodiac" and 1 <= value <= len(_BRANCHES):
        return _BRANCHES[value - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= value <= 20:
        return chr(0x2460 + value - 1)
    if fmt == "decimalEnclosedParen" and 1 <= value <= 20:
        return chr(0x2474 + value - 1)
    if fmt == "decimalEnclosedFullstop" and 1 <= value <= 20:
        return chr(0x2488 + value - 1)
    if fmt == "decimalFullWidth":
        return str(value).translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("lowerLetter", "upperLetter") and 1 <= value <= 26 * 30:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and 1 <= value < 4000:
        roman = _roman(value)
        return roman if fmt == "lowerRoman" else roman.upper()
    return str(value)


def _chinese(value: int, digits: str, units: str, *, formal: bool) -> str:
    """Chinese numerals as counted aloud (informal 十一, formal 壹拾壹), up to 亿."""
    if value <= 0:
        return digits[0]
    if value >= 10_000:
        high, low = divmod(value, 10_000)
        rest = "" if low == 0 else (digits[0] if low < 1000 else "") + _chinese(
            low, digits, units, formal=formal)
        return _chinese(high, digits, units, formal=formal) + "万" + rest
    parts = []
    pending_zero = False
    for power in (3, 2, 1, 0):
        digit = value // 10**power % 10
        if digit == 0:
            pending_zero = bool(parts)
            continue
        if pending_zero:
            parts.append(digits[0])
            pending_zero = False
        parts.append(digits[digit] + (units[power - 1] if power else ""))
    text = "".join(parts)
    if not formal and 10 <= value < 20:
        text = text[1:]  # 十一, not 一十一
    return text


def _roman(value: int) -> str:
    numeral = []
    for amount, letters in _ROMAN:
        count, value = divmod(value, amount)
        numeral.append(letters * count)
    return "".join(numeral)
