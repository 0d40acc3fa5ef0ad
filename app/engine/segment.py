"""Split a document's text into clauses with structural labels.

Lines become paragraphs (hard-wrapped lines re-joined), paragraphs become sentences at
。！？； outside quotes, and each paragraph's leading structure marker (一、 （一） 1. （1） ①
第X章 第X条) gives the clause its label. Every character of the text belongs to exactly one
clause or to the whitespace between clauses.

>>> text = "一、总则\\n（一）目的。范围。\\n二、附则"
>>> [(text[c.start:c.end], c.label) for c in segment(text)]
[('一、总则', '一'), ('（一）目的。', '一/（一）'), ('范围。', '一/（一）'), ('二、附则', '二')]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.engine.classify import han_number
from app.engine.normalize import content_char
from app.model import Clause

_HAN_NUMERAL = "一二三四五六七八九十百零〇两"
# Markdown or list decoration that may precede a structure marker.
_PREFIX = re.compile(r"(?:#{1,6}[^\S\n]+|>[^\S\n]*|[-*+][^\S\n]+)?[^\S\n]*(?:\*\*|__)?[^\S\n]*")
# A number in a label, which a hard wrap may break anywhere (第五 / 十五条).
_NUMERAL_RUN = rf"[{_HAN_NUMERAL}\d](?:\s*[{_HAN_NUMERAL}\d])*"
# Structure markers by type; the type decides nesting (the first-seen type is outermost).
_MARKERS: tuple[tuple[str, str], ...] = (
    ("chapter", rf"第\s*{_NUMERAL_RUN}\s*[编章]"),
    ("section", rf"第\s*{_NUMERAL_RUN}\s*节"),
    ("article", rf"第\s*{_NUMERAL_RUN}\s*[条條]"),
    ("han", rf"[{_HAN_NUMERAL}](?:\s*[{_HAN_NUMERAL}])*\s*[、．.](?![\d{_HAN_NUMERAL}])"),
    ("han_paren", rf"[（(]\s*[{_HAN_NUMERAL}](?:\s*[{_HAN_NUMERAL}])*\s*[）)]"),
    ("digit", r"\d(?:\s*\d){0,2}\s*[.．、](?![\d.．])"),
    ("digit_paren", r"[（(]\s*\d(?:\s*\d){0,2}\s*[）)]"),
    ("circled", r"[\u2460-\u2473\u2474-\u2487\u2776-\u277f]"),
)
# All marker types in one pattern (the only one compiled); the matching group's name is the type.
_ANY_MARKER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _MARKERS))
_SENTENCE_END = set("。！？；!?;")
_CLOSERS = set("”’」』）)】\"'*_")
_OPEN_QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’"}
# The only characters the sentence splitter needs to look at.
_SENTENCE_SIGNAL = re.compile("[" + re.escape("".join(
    sorted(_SENTENCE_END | set(_OPEN_QUOTES) | set(_OPEN_QUOTES.values())))) + "]")
_TERMINAL = set("。！？；：!?;:”」』")


class _Line(NamedTuple):
    """A non-blank line (a named tuple: a long document has thousands)."""

    start: int
    end: int  # without the trailing newline and whitespace
    width: int  # display columns (see display_width)


def segment(text: str, fold: dict[int, int] | None = None) -> list[Clause]:
    """Return the clauses of ``text`` in reading order.

    A sentence longer than ``LONG_SENTENCE`` (text without punctuation) is cut into pieces
    where its content, folded with ``fold``, says so: the same text gives the same pieces on
    both sides of a comparison whatever precedes it, and no later step works on megabytes.
    """
    clauses: list[Clause] = []
    stack: list[tuple[str, str]] = []  # (marker type, label part) from outermost inward
    label = ""  # the stack's parts joined; only a marker changes it
    leading: tuple[int, int] | None = None  # punctuation before the first clause
    for start, end in _paragraphs(text):
        prefix = _PREFIX.match(text, start, end)
        marker = ""
        marker_start = -1
        position = prefix.end() if prefix else start
        found = _ANY_MARKER.match(text, position, end)
        if found and found.end() < end:
            marker_type = found.lastgroup
            marker = found.group()
            marker_start = found.start()
            types = [t for t, _ in stack]
            if marker_type in types:
                del stack[types.index(marker_type):]
            stack.append((marker_type, _label_part(marker)))
            label = "/".join(part for _, part in stack)
        sentences = _sentences(text, start, end)
        if end - start > LONG_SENTENCE:
            sentences = _long_cut(sentences, text, fold)
        for number, (s_start, s_end) in enumerate(sentences):
            if content_char().search(text, s_start, s_end) is None:
                # Punctuation alone (a line wrapped before 。 or after “) belongs to the
                # clause before it, or at the start to the one after it.
                if clauses:
                    last = clauses[-1]
                    clauses[-1] = Clause(last.index, last.start, s_end, last.level,
                                         last.marker, last.label, last.marker_start)
                else:
                    leading = (s_start if leading is None else leading[0], s_end)
                continue
            first = number == 0
            if leading is not None:
                s_start, leading = leading[0], None
            clauses.append(Clause(
                index=len(clauses), start=s_start, end=s_end, level=len(stack),
                marker=marker if first else "", label=label,
                marker_start=marker_start if first and marker else -1))
    if leading is not None:  # punctuation and nothing else
        clauses.append(Clause(0, *leading, 0, "", ""))
    return clauses


# Sentences longer than this are cut into pieces of ``PIECE_MIN`` to ``PIECE_MAX``
# characters, about ``PIECE_MODULUS`` long on average.
LONG_SENTENCE = 2_000
PIECE_MIN = 64
PIECE_MAX = 2_000
PIECE_MODULUS = 499


def _long_cut(spans: list[tuple[int, int]], text: str,
              fold: dict[int, int] | None) -> list[tuple[int, int]]:
    """The spans, long ones cut before each character whose pair with the one before it
    hashes to 0 (content-defined, as rsync cuts files)."""
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        if end - start <= LONG_SENTENCE:
            cut.append((start, end))
            continue
        folded = text[start:end].translate(fold) if fold else text[start:end]
        codes = list(map(ord, folded))
        piece = 0
        for offset in range(PIECE_MIN, len(codes) - PIECE_MIN):
            if offset - piece >= PIECE_MAX or (
                    (codes[offset - 1] * 131 + codes[offset]) % PIECE_MODULUS == 0
                    and offset - piece >= PIECE_MIN and not folded[offset].isspace()):
                stop = start + offset
                while text[stop - 1].isspace():
                    stop -= 1
                cut.append((start + piece, stop))
                piece = offset
        cut.append((start + piece, end))
    return cut


def _label_part(marker: str) -> str:
    """The marker as shown in labels: separators dropped, brackets made full width."""
    return "".join(marker.split()).rstrip("、．.").replace("(", "（").replace(")", "）")


def _lines(text: str) -> list[_Line]:
    lines = []
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            offset = raw.index(stripped[0])
            lines.append(_Line(position + offset, position + offset + len(stripped),
                               display_width(stripped)))
        position += len(raw) + 1
    return lines


def display_width(text: str) -> int:
    """Columns the text takes: two for a Chinese character, one for ASCII (GB18030 bytes)."""
    return len(text.encode("gb18030", errors="replace"))


def _wrap_width(lines: list[_Line]) -> int | None:
    """The column at which the text was hard-wrapped (PDF extraction), or None if it was not."""
    widths = sorted(line.width for line in lines)
    if len(widths) < 6:
        return None
    width = widths[int(len(widths) * 0.9)]
    if width > 160:
        return None
    near = sum(1 for w in widths if w >= width - 8)
    return width if near >= len(widths) * 0.25 else None


def _starts_with_marker(text: str, start: int, end: int) -> bool:
    prefix = _PREFIX.match(text, start, end)
    position = prefix.end() if prefix else start
    if prefix and prefix.end() > start and text[start] in "#>":
        return True
    return _ANY_MARKER.match(text, position, end) is not None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: one per non-blank line, hard-wrapped lines joined."""
    lines = _lines(text)
    width = _wrap_width(lines)
    paragraphs: list[tuple[int, int]] = []
    current: _Line | None = None
    last: _Line | None = None  # the last physical line of the current paragraph
    for line in lines:
        if current is not None and last is not None:
            # A full line runs on into the next unless that one starts with a label; where
            # the label was only a citation (依照 / 第三十条), the comparison reads it as
            # text against the other side's text (labels stay in the inline key).
            wrapped = (width is not None
                       and last.width >= width - 8
                       and text[last.end - 1] not in _TERMINAL
                       and not _starts_with_marker(text, line.start, line.end))
            if wrapped:
                current = _Line(current.start, line.end, current.width + line.width)
                last = line
                continue
            paragraphs.append((current.start, current.end))
        current = last = line
    if current is not None:
        paragraphs.append((current.start, current.end))
    return paragraphs


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a paragraph after sentence-ending punctuation that stands outside quotes."""
    cuts = []
    closing: list[str] = []
    resume = start
    content = content_char()
    checked, has_content = start, False  # whether the text since the last cut has content
    for found in _SENTENCE_SIGNAL.finditer(text, start, end):
        position = found.start()
        if position < resume:
            continue
        char = text[position]
        if char in _OPEN_QUOTES:
            closing.append(_OPEN_QUOTES[char])
        elif closing and char == closing[-1]:
            closing.pop()
        elif char in _SENTENCE_END and not closing \
                and not _is_mojibake_mark(text, position, end):
            # Punctuation with no content before it (a wrap before 。) ends no sentence.
            has_content = has_content or content.search(text, checked, position) is not None
            checked = position
            if not has_content:
                # Skip the rest of a stretch of punctuation at once (it may be megabytes).
                following = content.search(text, position, end)
                if following is None:
                    break
                resume = checked = following.start()
                continue
            cut = position + 1
            while cut < end and text[cut] in _CLOSERS:
                cut += 1
            cuts.append(cut)
            resume = checked = cut
            has_content = False
    spans = []
    begin = start
    for cut in cuts + [end]:
        while begin < cut and text[begin].isspace():
            begin += 1
        stop = cut
        while stop > begin and text[stop - 1].isspace():
            stop -= 1
        if stop > begin:
            spans.append((begin, stop))
        begin = cut
    # Markdown closing marks (the ** of a bold lead sentence) stay with their sentence.
    return _attach_orphan_marks(text, spans)


def _is_mojibake_mark(text: str, position: int, end: int) -> bool:
    """An ASCII ? or ! glued to the next character is damage or code, not a sentence end."""
    if text[position] not in "?!":
        return False
    return position + 1 < end and not text[position + 1].isspace() \
        and text[position + 1] not in _CLOSERS

def _attach_orphan_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for span in spans:
        if merged and not any(ch.isalnum() or ord(ch) > 0x2E80 for ch in text[span[0]:span[1]]):
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged



def in_sequence(clauses: list[Clause] | tuple[Clause, ...]) -> list[bool]:
    """Per clause, whether its marker continues its list: one more than the previous marker
    of the same type under the same parent (the first one: 1, 一, ①).

    >>> text = "1. 甲\\n2. 乙\\n5. 丙\\n6. 丁\\n6. 戊"
    >>> in_sequence(segment(text))
    [True, True, False, True, False]
    """
    previous: dict[tuple[str, str], int] = {}
    flags = []
    for clause in clauses:
        found = _ANY_MARKER.match(clause.marker) if clause.marker else None
        value = marker_value(clause.marker) if found else None
        if found is None or value is None:
            flags.append(False)
            continue
        parent = clause.label.rpartition("/")[0]
        list_key = (parent, found.lastgroup or "")
        flags.append(previous.get(list_key, 0) == value - 1)
        previous[list_key] = value
    return flags


_CIRCLED = ((0x2460, 0x2473), (0x2474, 0x2487), (0x2776, 0x277F))
_MARKER_NUMBER = re.compile(rf"\d+|[{_HAN_NUMERAL}]+")


def marker_value(marker: str) -> int | None:
    """The number a structure marker counts: 第十五条 15, （3） 3, ⑦ 7.

    >>> marker_value("第十五条"), marker_value("（3）"), marker_value("⑦")
    (15, 3, 7)
    """
    for low, high in _CIRCLED:
        if marker and low <= ord(marker[-1]) <= high:
            return ord(marker[-1]) - low + 1
    found = _MARKER_NUMBER.search(marker)
    if found is None:
        return None
    number = found.group()
    return int(number) if number.isdigit() else han_number(number)
