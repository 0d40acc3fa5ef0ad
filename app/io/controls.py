"""Control characters made visible, one character for one, wherever text leaves the program.

A document may hold characters that are not text: a vertical tab from a PDF extractor, an
escape sequence meant to retitle or clear a terminal, a lone surrogate. None of them can go
into an XML report, and a terminal would obey the escape sequences. Each becomes a visible
stand-in of the same length (so every offset into the text stays valid): C0 controls their
Unicode control pictures (ESC is ␛), DEL ␡, C1 controls, lone surrogates and the XML
non-characters U+FFFE and U+FFFF the replacement character. Tab and line feed stay.
"""

from __future__ import annotations

import re

_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = {"\x0b": "\n", "\x0c": "\n", "\r": "\n"}  # vertical tab, form feed, CR


def _stand_in(character: str) -> str:
    code = ord(character)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def visible(text: str) -> str:
    """``text`` with every control character (but tab and line feed) shown, not obeyed.

    >>> visible("{+\\x1b]0;PWNED\\x07+}")
    '{+␛]0;PWNED␇+}'
    """
    if not _INVISIBLE.search(text):
        return text
    return _INVISIBLE.sub(lambda found: _stand_in(found.group()), text)


def document_text(text: str) -> str:
    """A reader's text as the engine and every report take it: line breaks as LF, no controls.

    A vertical tab or form feed separates lines as a line feed does; every other control
    character is shown by ``visible``.

    >>> document_text("第一条\\x0c第二条\\x1b[2J")
    '第一条\\n第二条␛[2J'
    """
    if not _INVISIBLE.search(text):
        return text
    return _INVISIBLE.sub(
        lambda found: _LINE_BREAKS.get(found.group()) or _stand_in(found.group()), text)
