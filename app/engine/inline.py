"""Differences inside an aligned pair of clauses.

diff-match-patch runs on the two content keys, tokenised as one Han character, one digit
run or one Latin word per token; changes are classified before any cleanup (cleanup would
glue script variants onto real edits). Between matched content characters, the source text
is compared for whitespace, punctuation, markup and numbering differences; matched
characters whose source differs are script or width variants.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter, ne
from typing import TYPE_CHECKING, NamedTuple

from diff_match_patch import diff_match_patch

from app.engine.classify import (
    classify_between,
    classify_change,
    classify_folded,
    classify_marker,
    is_damaged,
    is_han,
)
from app.engine.moved_text import MovedSpans, key_ranges, splice, without
from app.engine.normalize import NormalizedDocument, is_content
from app.model import Kind, Reason

if TYPE_CHECKING:
    from app.engine.proofread import PairCheck

_TOKEN = re.compile(r"\d+(?:\.\d+)*|[A-Za-z]+|.", re.DOTALL)
# Equal runs this short between two changes, one of them garbled, belong to the damage.
_DAMAGE_BRIDGE = 2
# Words are counted this many characters either side of a change (_widen_to_word).
_WORD_WINDOW = 4_000
# Script variants this many matched characters apart are reported as one difference.
_VARIANT_BRIDGE = 2


def _matcher() -> diff_match_patch:
    """diff-match-patch pinned for deterministic results: no time limit, no cleanup."""
    matcher = diff_match_patch()
    matcher.Diff_Timeout = 0
    return matcher


_MATCHER = _matcher()


class RawDifference(NamedTuple):
    """A classified difference as offsets, before it is given an id."""

    # A named tuple, not a dataclass: a long document makes tens of thousands of them.
    kind: Kind
    left_start: int
    left_end: int
    right_start: int
    right_end: int
    reason: Reason | None = None  # for a conversion finding
    suggestion: str | None = None


# Sort key of differences in reading order: left start, right start, left end, right end.
_READING_ORDER = itemgetter(1, 3, 2, 4)


class _Marker(NamedTuple):
    """A structure marker of a side: its range in the side's key and in the text."""

    key_start: int
    key_end: int
    start: int
    end: int


@dataclass
class _Side:
    """One side of a pair: its key, key-to-source positions, span and marker spans."""

    document: NormalizedDocument
    key: str
    positions: list[int]
    start: int
    end: int
    markers: list[_Marker]

    @property
    def text(self) -> str:
        return self.document.text

    def gap_start(self, index: int) -> int:
        """Source offset just after key position ``index - 1`` (the row start for 0)."""
        if index == 0:
            return self.positions[0] if self.positions else self.start
        return self.positions[index - 1] + 1

    def gap_end(self, index: int) -> int:
        """Source offset of key position ``index`` (just after the last one at the end)."""
        if index < len(self.positions):
            return self.positions[index]
        return self.positions[-1] + 1 if self.positions else self.start


def make_side(document: NormalizedDocument, clause_indices: Sequence[int]) -> _Side:
    """Gather the key, positions and markers of consecutive clauses.

    Unlike the clause keys the alignment matches, the side's key holds the content of the
    structure markers too: a label on one side may be plain text on the other (a line break
    decides which), and a renumbered label is then a change within the key.
    """
    first, last = document.clauses[clause_indices[0]], document.clauses[clause_indices[-1]]
    if len(clause_indices) == 1 and not first.marker:  # most rows: the clause's own key
        clause_key = document.keys[clause_indices[0]]
        return _Side(document, clause_key.key, clause_key.positions.tolist(), first.start,
                     first.end, [])
    key_parts, positions, markers = [], [], []
    folded = document.folded
    length = 0
    for index in clause_indices:
        clause_key = document.keys[index]
        clause = document.clauses[index]
        if not clause.marker:
            key_parts.append(clause_key.key)
            positions.extend(clause_key.positions)
            length += len(clause_key.key)
            continue
        split = bisect_left(clause_key.positions, clause.marker_start)
        marker_positions = [p for p in range(clause.marker_start, clause.marker_end)
                            if is_content(folded[p])]
        key_parts += [clause_key.key[:split], "".join(folded[p] for p in marker_positions),
                      clause_key.key[split:]]
        positions += [*clause_key.positions[:split], *marker_positions,
                      *clause_key.positions[split:]]
        marker_key = length + split
        markers.append(_Marker(marker_key, marker_key + len(marker_positions),
                               clause.marker_start, clause.marker_end))
        length += len(clause_key.key) + len(marker_positions)
    return _Side(document, "".join(key_parts), positions, first.start, last.end, markers)


def diff_sides(left: _Side, right: _Side, word_granularity: bool,
               check: PairCheck | None = None, moved: MovedSpans | None = None
               ) -> list[RawDifference]:
    """All differences between two aligned sides, in reading order; ``check`` judges the
    matched characters of a simplified and a traditional document (proofread.py); ``moved``
    text (moved_text.py) is a change of its own, the rest is diffed without it."""
    equal_blocks, hunks = _token_diff(left.key, right.key, moved and (
        key_ranges(left.positions, moved[0]), key_ranges(right.positions, moved[1])))
    hunks = _merge_damage(left, right, hunks)
    if word_granularity:
        hunks = [_widen_to_word(left, right, hunk, hunks) for hunk in hunks]
    found: list[RawDifference] = []
    found.extend(_edge_differences(left, right))
    for i, j, length in equal_blocks:
        found.extend(_equal_block_differences(left, right, i, j, length, check))
    if hunks:
        changes = [_marker_difference(left, right, *hunk) or _hunk_difference(left, right, *hunk)
                   for hunk in hunks]
        labels = [change for change in changes if change.kind in _LABEL_KINDS]
        found = [_outside(d, labels) for d in found if not _inside_any(d, changes)]
        found = [d for d in found if d is not None] + changes
    found.sort(key=_READING_ORDER)
    return found


# Kinds of a change of a whole label (_marker_difference).
_LABEL_KINDS = frozenset({Kind.NUMBERING, Kind.NOTATION, Kind.PUNCTUATION, Kind.SCRIPT})


def _outside(difference: RawDifference, labels: list[RawDifference]) -> RawDifference | None:
    """The difference without the part a changed label already covers (the 、 of 一、);
    None when nothing is left."""
    left_start, left_end, right_start, right_end = difference[1:5]
    for label in labels:
        left_start, left_end = _clip(left_start, left_end, label.left_start, label.left_end)
        right_start, right_end = _clip(right_start, right_end, label.right_start,
                                       label.right_end)
    if left_start == left_end and right_start == right_end:
        return None
    return difference._replace(left_start=left_start, left_end=left_end,
                               right_start=right_start, right_end=right_end)


def _clip(start: int, end: int, label_start: int, label_end: int) -> tuple[int, int]:
    """``[start, end)`` without ``[label_start, label_end)``; a span wholly inside the label
    becomes the point before it (what it stood for on the other side came first)."""
    if label_start <= start and end <= label_end and label_start < label_end:
        return label_start, label_start
    if label_start <= start < label_end:
        start = label_end
    if label_start < end <= label_end:
        end = label_start
    return start, max(start, end)


def _inside_any(difference: RawDifference, changes: list[RawDifference]) -> bool:
    """Whether a change already covers ``difference`` on both sides (widened words and
    joined damage reach over matched characters): one place is reported once."""
    return any(change.left_start <= difference.left_start
               and difference.left_end <= change.left_end
               and change.right_start <= difference.right_start
               and difference.right_end <= change.right_end for change in changes)


def _token_diff(left: str, right: str, moved: MovedSpans | None = None
                ) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int, int]]]:
    """Equal blocks ``(i, j, length)`` and change hunks ``(i0, i1, j0, j1)`` in key positions;
    the ``moved`` key ranges of either side are kept out of the diff and put back as changes."""
    if moved:
        left, right = without(left, moved[0]), without(right, moved[1])
    elif left == right:
        return ([(0, 0, len(left))] if left else []), []
    left_tokens, right_tokens = _TOKEN.findall(left), _TOKEN.findall(right)
    codes: dict[str, str] = {}
    encoded = []
    for tokens in (left_tokens, right_tokens):
        encoded.append("".join(codes.setdefault(t, chr(0xF0000 + len(codes))) for t in tokens))
    token_length = {code: len(token) for token, code in codes.items()}
    equal_blocks, hunks = [], []
    i = j = 0
    hunk_start: tuple[int, int] | None = None
    operations = ((operation, sum(token_length[code] for code in chunk))
                  for operation, chunk in _MATCHER.diff_main(encoded[0], encoded[1], False))
    for operation, size in splice(operations, *moved) if moved else operations:
        if operation == 0:
            if hunk_start is not None:
                hunks.append((hunk_start[0], i, hunk_start[1], j))
                hunk_start = None
            equal_blocks.append((i, j, size))
            i += size
            j += size
            continue
        if hunk_start is None:
            hunk_start = (i, j)
        if operation < 0:
            i += size
        else:
            j += size
    if hunk_start is not None:
        hunks.append((hunk_start[0], i, hunk_start[1], j))
    return equal_blocks, hunks


def _context(side: _Side, start: int, end: int) -> str:
    return side.text[max(side.start, start - 1):min(side.end, end + 1)]


def _hunk_spans(left: _Side, right: _Side, i0: int, i1: int, j0: int,
                j1: int) -> tuple[int, int, int, int]:
    """Source spans of a change: everything between its matched neighbours, minus shared ends."""
    # An insertion or deletion also spans the text between its neighbours on both sides, so
    # that trimming the shared ends leaves both spans covering the same stretch of text.
    left_start, left_end = left.gap_start(i0), left.gap_end(i1)
    right_start, right_end = right.gap_start(j0), right.gap_end(j1)
    text_l, text_r = left.text, right.text
    while (left_start < left_end and right_start < right_end
           and text_l[left_start] == text_r[right_start] and not _is_key(left, left_start)):
        left_start += 1
        right_start += 1
    while (left_end > left_start and right_end > right_start
           and text_l[left_end - 1] == text_r[right_end - 1] and not _is_key(left, left_end - 1)):
        left_end -= 1
        right_end -= 1
    return left_start, left_end, right_start, right_end


def _is_key(side: _Side, offset: int) -> bool:
    index = bisect_left(side.positions, offset)
    return index < len(side.positions) and side.positions[index] == offset


def _marker_difference(left: _Side, right: _Side, i0: int, i1: int, j0: int,
                       j1: int) -> RawDifference | None:
    """A change confined to structure labels (第十条 / 第十一条, （三） / nothing), spanning the
    whole labels; None when the change reaches into the text."""
    marker_l, marker_r = _marker_at(left, i0, i1), _marker_at(right, j0, j1)
    if marker_l is None or marker_r is None or marker_l == marker_r == ():
        return None
    spans = list(_hunk_spans(left, right, i0, i1, j0, j1))
    texts = []
    for side, marker, first in ((left, marker_l, 0), (right, marker_r, 2)):
        if marker:  # the whole label, and what else the change spans after it
            end = spans[first + 1]
            while end > marker.end and side.text[end - 1].isspace():
                end -= 1
            spans[first:first + 2] = marker.start, max(marker.end, end)
        texts.append((side.text[spans[first]:spans[first + 1]],
                      side.document.folded[spans[first]:spans[first + 1]]))
    (text_l, folded_l), (text_r, folded_r) = texts
    kind = classify_marker(text_l if marker_l else "", text_r if marker_r else "",
                           folded_l if marker_l else "", folded_r if marker_r else "")
    if kind is None:
        return None
    left_start, left_end, right_start, right_end = spans
    return RawDifference(kind, left_start, left_end, right_start, right_end)


def _marker_at(side: _Side, start: int, end: int) -> _Marker | tuple[()] | None:
    """The marker holding key range [start, end); () for an empty range outside markers;
    None when the range reaches outside one marker."""
    for marker in side.markers:
        if start == end and marker.key_start < start < marker.key_end or (
                start < end and marker.key_start <= start and end <= marker.key_end):
            return marker
    return () if start == end else None


def _hunk_difference(left: _Side, right: _Side, i0: int, i1: int, j0: int,
                     j1: int) -> RawDifference:
    left_start, left_end, right_start, right_end = _hunk_spans(left, right, i0, i1, j0, j1)
    kind = classify_change(left.key[i0:i1], right.key[j0:j1],
                           _context(left, left_start, left_end),
                           _context(right, right_start, right_end),
                           _whole_numbers(left, left_start, left_end),
                           _whole_numbers(right, right_start, right_end))
    return RawDifference(kind, left_start, left_end, right_start, right_end)


_NUMBER_CHARS = frozenset("0123456789〇零一二三四五六七八九十百千万亿两.:：时分")


def _whole_numbers(side: _Side, start: int, end: int) -> str:
    """The changed text widened over the digits and numerals around it (十六, not 六)."""
    text = side.text
    while start > side.start and text[start - 1] in _NUMBER_CHARS:
        start -= 1
    while end < side.end and text[end] in _NUMBER_CHARS:
        end += 1
    return text[start:end]


def _merge_damage(left: _Side, right: _Side,
                  hunks: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Join changes separated by a character or two when either is garbled text."""
    merged: list[tuple[int, int, int, int]] = []
    for hunk in hunks:
        if merged:
            previous = merged[-1]
            close = hunk[0] - previous[1] <= _DAMAGE_BRIDGE
            if close and (_garbled(left, right, previous) or _garbled(left, right, hunk)):
                merged[-1] = (previous[0], hunk[1], previous[2], hunk[3])
                continue
        merged.append(hunk)
    return merged


def _garbled(left: _Side, right: _Side, hunk: tuple[int, int, int, int]) -> bool:
    i0, i1, j0, j1 = hunk
    return (is_damaged(_context(left, left.gap_start(i0), left.gap_end(i1)))
            or is_damaged(_context(right, right.gap_start(j0), right.gap_end(j1))))


def _widen_to_word(left: _Side, right: _Side, hunk: tuple[int, int, int, int],
                   hunks: list[tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    """Widen a one-character substitution by the neighbour that forms the likelier word.

    Chinese words are mostly two characters; the neighbour is chosen by how often each
    candidate word occurs in the two documents (人才培养 -> 培训: 培养 is the word, not 养为).
    """
    i0, i1, j0, j1 = hunk
    if i1 - i0 != 1 or j1 - j0 != 1:
        return hunk
    changed_left, changed_right = left.key[i0], right.key[j0]
    if not (is_han(changed_left) and is_han(changed_right)) or (
            changed_left in _NUMBER_CHARS and changed_right in _NUMBER_CHARS):
        return hunk
    claimed = {position for h in hunks if h != hunk for position in range(h[0] - 1, h[1] + 1)}
    before_ok = i0 > 0 and j0 > 0 and is_han(left.key[i0 - 1]) and i0 - 1 not in claimed
    after_ok = (i1 < len(left.key) and j1 < len(right.key) and is_han(left.key[i1])
                and i1 not in claimed)
    if not (before_ok or after_ok):
        return hunk
    corpus_left, corpus_right = left.document.folded, right.document.folded

    around_l, around_r = left.positions[i0], right.positions[j0]

    def frequency(word_left: str, word_right: str) -> int:
        # Counted near the change: enough to tell the word, bounded however long the text.
        return (corpus_left.count(word_left, max(0, around_l - _WORD_WINDOW),
                                  around_l + _WORD_WINDOW)
                + corpus_right.count(word_right, max(0, around_r - _WORD_WINDOW),
                                     around_r + _WORD_WINDOW))

    before = frequency(left.key[i0 - 1] + changed_left,
                       right.key[j0 - 1] + changed_right) if before_ok else -1
    after = frequency(changed_left + left.key[i1], changed_right + right.key[j1]) \
        if after_ok else -1
    if before >= after:
        return i0 - 1, i1, j0 - 1, j1
    return i0, i1 + 1, j0, j1 + 1


def _edge_differences(left: _Side, right: _Side) -> list[RawDifference]:
    """Differences before the first and after the last content character of the sides."""
    if not (left.positions or right.positions):  # punctuation or marks only: all of it
        return _between(left, right, left.start, left.end, right.start, right.end)
    # A side without content puts all of its text before the other's content.
    head_l = left.gap_start(0) if left.positions else left.end
    head_r = right.gap_start(0) if right.positions else right.end
    tail_l = left.positions[-1] + 1 if left.positions else left.end
    tail_r = right.positions[-1] + 1 if right.positions else right.end
    return (_between(left, right, left.start, head_l, right.start, head_r)
            + _between(left, right, tail_l, left.end, tail_r, right.end))


def _equal_block_differences(left: _Side, right: _Side, i: int, j: int, length: int,
                             check: PairCheck | None = None) -> list[RawDifference]:
    """Script and width variants among matched characters, and the text between them."""
    text_l, text_r = left.text, right.text
    positions_l = left.positions[i:i + length]
    positions_r = right.positions[j:j + length]
    first_l, stop_l = positions_l[0], positions_l[-1] + 1
    first_r, stop_r = positions_r[0], positions_r[-1] + 1
    if check is None and text_l[first_l:stop_l] == text_r[first_r:stop_r]:
        return []
    # Most blocks are unbroken runs of source text: slice instead of gathering characters.
    unbroken_l = stop_l - first_l == length
    unbroken_r = stop_r - first_r == length
    raw_l = text_l[first_l:stop_l] if unbroken_l else _characters_at(text_l, positions_l)
    raw_r = text_r[first_r:stop_r] if unbroken_r else _characters_at(text_r, positions_r)
    if check is None:
        found = _variant_runs(raw_l, raw_r, positions_l, positions_r, unbroken_l and unbroken_r)
    else:
        verdicts = check.review(raw_l, raw_r, positions_l, positions_r, unbroken_l)
        found = _variant_runs(raw_l, raw_r, positions_l, positions_r, unbroken_l and unbroken_r,
                              verdicts, check.kinds)
    if unbroken_l and unbroken_r:
        return found  # no text between matched characters on either side
    breaks = _break_offsets(left.document.breaks_after, positions_l)
    breaks |= _break_offsets(right.document.breaks_after, positions_r)
    for k in sorted(breaks):
        p, q = positions_l[k] + 1, positions_r[k] + 1
        next_p, next_q = positions_l[k + 1], positions_r[k + 1]
        # Checked here: most gaps hold the same text on both sides (a comma and a comma).
        if text_l[p:next_p] != text_r[q:next_q]:
            found += _between(left, right, p, next_p, q, next_q)
    return found


def _characters_at(text: str, positions: tuple[int, ...]) -> tuple[str, ...]:
    """The characters of ``text`` at ``positions`` (itemgetter gathers them in C)."""
    if len(positions) == 1:
        return (text[positions[0]],)
    return itemgetter(*positions)(text)


def _break_offsets(breaks_after: bytes, positions: tuple[int, ...]) -> set[int]:
    """Block offsets (all but the last) whose source character is followed by a gap."""
    found = set()
    last = positions[-1]
    offset = breaks_after.find(1, positions[0], last)
    while offset != -1:
        k = bisect_left(positions, offset)
        if positions[k] == offset:
            found.add(k)
        offset = breaks_after.find(1, offset + 1, last)
    return found


class PairKinds(dict):
    """The kind of each differing pair of matched characters, worked out once per pair: a
    long document repeats a few thousand pairs tens of thousands of times."""

    def __init__(self, classify: Callable[[str, str], Kind]) -> None:
        super().__init__()
        self._classify = classify

    def __missing__(self, pair: tuple[str, str]) -> Kind:
        kind = self[pair] = self._classify(*pair)
        return kind


_FOLDED_KINDS = PairKinds(classify_folded)


def _variant_runs(raw_l: str | tuple[str, ...], raw_r: str | tuple[str, ...],
                  positions_l: list[int], positions_r: list[int], unbroken: bool,
                  verdicts: dict[int, tuple[Kind, Reason | None, str | None]] | None = None,
                  kinds: PairKinds | None = None) -> list[RawDifference]:
    """The differing matched characters of a block, joined into runs of one kind.

    國際貿易 against 国际贸易 is one script difference, not three: variants separated by
    at most ``_VARIANT_BRIDGE`` matched characters and no punctuation or space are joined
    (``unbroken``: neither side has text between its matched characters). ``verdicts``
    gives the kind of some offsets, equal characters included (a leftover 后 against 后);
    a conversion finding stands alone, with its reason and suggestion.
    """
    found: list[RawDifference] = []
    kinds = _FOLDED_KINDS if kinds is None else kinds
    first = last = -1  # block offsets of the current run's ends
    run_kind = Kind.SCRIPT
    # compress/map find the differing offsets in C; most matched characters are equal.
    differing: Iterable[int] = compress(count(), map(ne, raw_l, raw_r))
    if verdicts:
        differing = sorted({*differing, *verdicts})
    for k in differing:
        verdict = verdicts.get(k) if verdicts else None
        if verdict and verdict[1] is not None:
            if first >= 0:
                found.append(RawDifference(run_kind, positions_l[first], positions_l[last] + 1,
                                           positions_r[first], positions_r[last] + 1))
                first = last = -1
            found.append(RawDifference(verdict[0], positions_l[k], positions_l[k] + 1,
                                       positions_r[k], positions_r[k] + 1, *verdict[1:]))
            continue
        kind = verdict[0] if verdict else kinds[raw_l[k], raw_r[k]]
        distance = k - last
        if first < 0:
            first = k
        elif (kind is not run_kind or distance > _VARIANT_BRIDGE + 1
              or not unbroken and (positions_l[k] - positions_l[last] != distance
                                   or positions_r[k] - positions_r[last] != distance)):
            found.append(RawDifference(run_kind, positions_l[first], positions_l[last] + 1,
                                       positions_r[first], positions_r[last] + 1))
            first = k
        last = k
        run_kind = kind
    if first >= 0:
        found.append(RawDifference(run_kind, positions_l[first], positions_l[last] + 1,
                                   positions_r[first], positions_r[last] + 1))
    return found


def _between(left: _Side, right: _Side, left_start: int, left_end: int, right_start: int,
             right_end: int) -> list[RawDifference]:
    """Differences in the non-content text between two pairs of matched characters."""
    if left.text[left_start:left_end] == right.text[right_start:right_end]:
        return []
    return _plain_between(left, right, left_start, left_end, right_start, right_end)


def _plain_between(left: _Side, right: _Side, left_start: int, left_end: int,
                   right_start: int, right_end: int) -> list[RawDifference]:
    """Classify differing text with no marker in it, trimmed to the part that differs."""
    text_l, text_r = left.text, right.text
    kind = classify_between(text_l[left_start:left_end], text_r[right_start:right_end])
    if kind is None:
        return []
    while (left_start < left_end and right_start < right_end
           and text_l[left_start] == text_r[right_start]):
        left_start += 1
        right_start += 1
    while (left_end > left_start and right_end > right_start
           and text_l[left_end - 1] == text_r[right_end - 1]):
        left_end -= 1
        right_end -= 1
    return [RawDifference(kind, left_start, left_end, right_start, right_end)]
