"""Plain text and Markdown: encoding detection and line-ending normalisation."""

from __future__ import annotations

import codecs
import re

from app.io.errors import DocumentError
from app.io.sniff import binary_container

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
# Legacy encodings tried after UTF-8/UTF-16, in this order (design.md, "Load").
_LEGACY = ("gb18030", "big5", "cp950")
# Control characters that never occur in a text document (tab, LF, CR, FF are allowed).
# Characters Chinese prose is written in; bytes of another encoding read as UTF-16 land
# all over the Basic Multilingual Plane instead (about a third of them here).
_CHINESE_TEXT = re.compile("[\t\n\r\x20-\x7e\u2000-\u206f\u3000-\u303f\u4e00-\u9fff"
                           "\uff00-\uffef]")
_UTF16_PLAUSIBLE = 0.9
_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r\f"} | {"\x7f"}


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF, changing nothing else.

    >>> normalize_newlines("a\\r\\nb\\rc\\n")
    'a\\nb\\nc\\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding name)``; raise DocumentError if it is not text.

    >>> decode_text("一、总则".encode("gb18030"), "a.txt")
    ('一、总则', 'gb18030')
    >>> decode_text("一、總則".encode("big5"), "a.txt")[1]
    'big5'
    """
    container = binary_container(data)
    if container is not None:
        raise DocumentError(path, f"not a text file (it is {container})")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec).lstrip("\ufeff"), path), name
            except UnicodeDecodeError as error:
                raise DocumentError(path, f"invalid {name} text at byte {error.start}") from None
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return _checked(utf16[0], path), utf16[1]
        raise DocumentError(path, "not a text file (binary data)")
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _checked(utf16[0], path), utf16[1]
    candidates = []
    for codec in _LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((_implausibility(text), _LEGACY.index(codec), text, codec))
    if not candidates:
        raise DocumentError(path, "unknown text encoding (not UTF-8, UTF-16, GB18030 or Big5)")
    _, _, text, codec = min(candidates)
    return _checked(text, path), codec


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Recognise BOM-less UTF-16: by decoding to Chinese text (characters, punctuation,
    ASCII), which other bytes rarely do, else by where the zero bytes of ASCII fall."""
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    likely = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
    decoded: dict[str, str] = {}
    for codec in (likely, "utf-16-be" if likely == "utf-16-le" else "utf-16-le"):
        try:
            decoded[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _chinese_share(decoded[codec][:65536]) >= _UTF16_PLAUSIBLE:
            return decoded[codec], "utf-16"
    ascii_pattern = max(even_zeros, odd_zeros) >= len(data) // 8 and min(even_zeros,
                                                                         odd_zeros) == 0
    if ascii_pattern and likely in decoded:
        return decoded[likely], "utf-16"
    return None


def _chinese_share(text: str) -> float:
    """The share of ``text`` that Chinese prose is made of: ideographs, punctuation, ASCII."""
    return len(_CHINESE_TEXT.findall(text)) / max(1, len(text))


def _implausibility(text: str) -> float:
    """Score how unlike Chinese prose a decoding is: rare and private-use characters count."""
    if not text:
        return 0.0
    odd = 0
    for char in text:
        code = ord(char)
        if 0xE000 <= code <= 0xF8FF or 0x3400 <= code <= 0x4DBF or code >= 0x20000:
            odd += 1
    return odd / len(text)


def _checked(text: str, path: str) -> str:
    sample = text[:65536]
    controls = sum(map(sample.count, _CONTROL))  # one C scan per control character
    if controls > max(2, len(sample) // 1000):
        raise DocumentError(path, "not a text file (binary data)")
    return normalize_newlines(text)
