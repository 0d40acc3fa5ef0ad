"""Runs of text deleted in one place and inserted in another, wherever clauses begin and end.

A sentence carried into another paragraph, or a wrapped line of a PDF moved with its
neighbours, leaves a deletion (a deleted clause, or deleted words in a changed one) and an
insertion elsewhere. The same run of content (after folding) of at least ``MIN_HAN`` Han
characters on both sides is a move. The inserted text is indexed by its runs of ``GRAM``
characters, so the search grows with the amount of changed text, not with its square.

A diff may place an insertion anywhere it can slide to: 实到外资 inserted before 实施 reads
as 到外资实 inserted after 实 just as well. A piece may therefore give room to slide in
(``low``/``high``, the matched text around it); a run is found in any of its slid places.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import pairwise
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from app.engine.classify import is_han
from app.engine.normalize import NormalizedDocument, is_content
from app.model import Kind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from app.engine.inline import RawDifference

# A moved run holds at least this many Han characters.
MIN_HAN = 8
GRAM = 8
# Candidates looked at per gram (repeated text has many; any unused one will do).
_CANDIDATES = 8
# Beyond this much inserted content the index would cost more memory than moves are worth.
_INDEX_LIMIT = 4_000_000


class Piece(NamedTuple):
    """Deleted or inserted text: a source span of one side, and who it belongs to."""

    owner: int  # the caller's handle (a row, a difference)
    start: int
    end: int
    # The matched text around it that it may slide over (by default, none).
    low: int | None = None
    high: int | None = None


# Source spans of moved text in the left (moved out) and the right side (moved in) of a row.
MovedSpans = tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]]


class MovedRun(NamedTuple):
    """One moved run: its span at the old place (left) and at the new place (right)."""

    source: int  # owner of the deleted piece
    target: int  # owner of the inserted piece
    left_start: int
    left_end: int
    right_start: int
    right_end: int


class _Region(NamedTuple):
    """Pieces adjacent in content (nothing but punctuation and space between them, as where a
    deletion runs on past the end of a clause), taken as one: their content in any of its slid
    places, its offsets, its size and which piece each part belongs to."""

    key: str
    positions: list[int]
    size: int  # content characters of the pieces themselves: a run fits in one slid place
    starts: list[int]  # key offset where each piece's part begins (0 for the first)
    owners: list[int]

    def owner_at(self, offset: int) -> int:
        return self.owners[bisect_right(self.starts, offset) - 1]


def moved_runs(deleted: list[Piece], inserted: list[Piece], left: NormalizedDocument,
               right: NormalizedDocument) -> list[MovedRun]:
    """Maximal runs of equal content found in the deleted and the inserted pieces; a run
    over several adjacent pieces is one moved run for each part.

    >>> from app.engine.segment import segment
    >>> from app.engine.normalize import normalize_document
    >>> a, b = "甲乙。加强区域合作交流机制建设。", "加强区域合作交流机制建设。丙丁。"
    >>> left = normalize_document(a, segment(a), {})
    >>> right = normalize_document(b, segment(b), {})
    >>> [a[r.left_start:r.left_end] for r in moved_runs([Piece(0, 3, 16)], [Piece(1, 0, 13)],
    ...                                                  left, right)]
    ['加强区域合作交流机制建设']

    An insertion the diff slid past a character it shares (实 … 实施) is found all the same:

    >>> a, b = "实到外资保持稳中有进。规则实施。", "规则实到外资保持稳中实施。"
    >>> left = normalize_document(a, segment(a), {})
    >>> right = normalize_document(b, segment(b), {})
    >>> [b[r.right_start:r.right_end] for r in moved_runs(
    ...     [Piece(0, 0, 10)], [Piece(1, 3, 11, 0, 13)], left, right)]
    ['实到外资保持稳中']
    """
    if not deleted or not inserted or sum(p.end - p.start for p in inserted) > _INDEX_LIMIT:
        return []
    targets = [_region(right, group) for group in _adjacent_groups(right, inserted)]
    index: dict[str, list[tuple[int, int]]] = {}
    for number, target in enumerate(targets):
        key = target.key
        for offset in range(len(key) - GRAM + 1):
            index.setdefault(key[offset:offset + GRAM], []).append((number, offset))
    # Taken characters, by source offset: slid places of two pieces may overlap.
    taken_left: set[int] = set()
    taken_right: set[int] = set()
    runs: list[MovedRun] = []
    for group in _adjacent_groups(left, deleted):
        source = _region(left, group)
        key, positions = source.key, source.positions
        offset = 0
        while offset + GRAM <= len(key):
            found = _longest_at(key, positions, offset, source.size,
                                index.get(key[offset:offset + GRAM], ()), targets, taken_left,
                                taken_right)
            if found is None:
                offset += 1
                continue
            number, target_offset, length = found
            if sum(map(is_han, key[offset:offset + length])) < MIN_HAN:
                offset += 1
                continue
            target = targets[number]
            taken_left.update(positions[offset:offset + length])
            taken_right.update(target.positions[target_offset:target_offset + length])
            runs += _parts(source, offset, target, target_offset, length)
            offset += length
    return runs


def _parts(source: _Region, offset: int, target: _Region, target_offset: int,
           length: int) -> list[MovedRun]:
    """A run cut where it passes from one piece to the next on either side."""
    cuts = sorted({0, length,
                   *(start - offset for start in source.starts if offset < start < offset + length),
                   *(start - target_offset for start in target.starts
                     if target_offset < start < target_offset + length)})
    return [MovedRun(source.owner_at(offset + a), target.owner_at(target_offset + a),
                     source.positions[offset + a], source.positions[offset + b - 1] + 1,
                     target.positions[target_offset + a],
                     target.positions[target_offset + b - 1] + 1)
            for a, b in pairwise(cuts)]


def _adjacent_groups(document: NormalizedDocument, pieces: list[Piece]) -> list[list[Piece]]:
    """The pieces in text order, those with no content between them grouped together."""
    folded = document.folded
    groups: list[list[Piece]] = []
    for piece in sorted(pieces, key=attrgetter("start")):
        if groups and groups[-1][-1].end <= piece.start and not any(
                map(is_content, folded[groups[-1][-1].end:piece.start])):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def _longest_at(key: str, positions: list[int], offset: int, size: int,
                candidates: list[tuple[int, int]] | tuple[()], targets: list[_Region],
                taken_left: set[int], taken_right: set[int]) -> tuple[int, int, int] | None:
    """The longest untaken run of ``key`` from ``offset`` among the candidate places, no
    longer than either piece."""
    best = None
    for number, start in candidates[:_CANDIDATES]:
        target, target_positions, target_size = targets[number][:3]
        limit = min(len(key) - offset, len(target) - start, size, target_size)
        length = 0
        while (length < limit and key[offset + length] == target[start + length]
               and positions[offset + length] not in taken_left
               and target_positions[start + length] not in taken_right):
            length += 1
        if length >= GRAM and (best is None or length > best[2]):
            best = (number, start, length)
    return best


def _region(document: NormalizedDocument, group: list[Piece]) -> _Region:
    """The folded content of adjacent pieces, widened over the matched content they may
    slide over: left while the character before equals their last, right while the one after
    equals their first (a window of their size anywhere in the region is the same edit)."""
    key_parts: list[str] = []
    positions: list[int] = []
    starts: list[int] = []
    for piece in group:
        part_key, part_positions = _content(document, piece.start, piece.end)
        starts.append(len(positions))
        key_parts.append(part_key)
        positions += part_positions
    key, size = "".join(key_parts), len(positions)
    owners = [piece.owner for piece in group]
    low, high = group[0].low, group[-1].high
    if not size or low is None and high is None:
        return _Region(key, positions, size, starts, owners)
    folded = document.folded
    # Walked outward one character at a time: the room may be a long clause.
    before: list[int] = []  # nearest first
    for offset in range(group[0].start - 1, (group[0].start if low is None else low) - 1, -1):
        if is_content(folded[offset]):
            k = len(before)
            partner = positions[size - 1 - k] if k < size else before[k - size]
            if folded[offset] != folded[partner]:
                break
            before.append(offset)
    after: list[int] = []
    for offset in range(group[-1].end, group[-1].end if high is None else high):
        if is_content(folded[offset]):
            k = len(after)
            partner = positions[k] if k < size else after[k - size]
            if folded[offset] != folded[partner]:
                break
            after.append(offset)
    if not before and not after:
        return _Region(key, positions, size, starts, owners)
    positions = before[::-1] + positions + after
    starts = [0] + [start + len(before) for start in starts[1:]]
    return _Region("".join(folded[offset] for offset in positions), positions, size, starts,
                   owners)


def _content(document: NormalizedDocument, start: int, end: int) -> tuple[str, list[int]]:
    """The folded content characters of ``[start, end)`` and their offsets."""
    folded = document.folded
    positions = [offset for offset in range(start, end) if is_content(folded[offset])]
    return "".join(folded[offset] for offset in positions), positions


def key_ranges(positions: Sequence[int], spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of a key (its characters' source ``positions``) within source spans."""
    return sorted((bisect_left(positions, start), bisect_left(positions, end))
                  for start, end in spans)


def without(key: str, ranges: Sequence[tuple[int, int]]) -> str:
    """``key`` with the (sorted) ranges cut out."""
    kept, cursor = [], 0
    for start, end in ranges:
        kept.append(key[cursor:start])
        cursor = end
    return "".join(kept) + key[cursor:]


def splice(operations: Iterable[tuple[int, int]], moved_left: Sequence[tuple[int, int]],
           moved_right: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """An edit script ``(operation, length)`` of two keys without their moved ranges made one
    of the whole keys: each range put back at its place, a deletion (left) or an insertion.

    >>> splice([(0, 4), (1, 1)], [], [(2, 5)])  # 甲乙丙丁 -> 甲乙[moved 子丑寅]丙丁戊
    [(0, 2), (1, 3), (0, 2), (1, 1)]
    """
    pending = (list(reversed(moved_left)), list(reversed(moved_right)))  # the next one last
    at = [0, 0]  # positions in the whole left and right keys
    spliced: list[tuple[int, int]] = []

    def put_back() -> None:
        for side, operation in ((0, -1), (1, 1)):
            while pending[side] and pending[side][-1][0] == at[side]:
                start, end = pending[side].pop()
                spliced.append((operation, end - start))
                at[side] = end

    for operation, size in operations:
        sides = (0, 1) if operation == 0 else (0,) if operation < 0 else (1,)
        while size:
            put_back()
            step = min([size, *(pending[side][-1][0] - at[side]
                                for side in sides if pending[side])])
            spliced.append((operation, step))
            for side in sides:
                at[side] += step
            size -= step
    put_back()
    return spliced


# Content characters the diff matched elsewhere (合 of 结合) that may lie inside a moved run.
_RUN_GAP = 2


def joined_runs(runs: list[MovedRun], left: NormalizedDocument,
                right: NormalizedDocument) -> list[MovedRun]:
    """Runs between the same rows one after the other on both sides, with the same few
    characters between them on both sides, made one: the first diff matched a character of
    the moved text (合 of 国内合作) with one elsewhere (结合) and cut the deletion in two."""
    joined: list[MovedRun] = []
    for run in runs:
        if joined:
            last = joined[-1]
            if (last.source, last.target) == (run.source, run.target) and \
                    last.left_end <= run.left_start and last.right_end <= run.right_start:
                gap = _content_upto(left.folded, last.left_end, run.left_start, _RUN_GAP + 1)
                if len(gap) <= _RUN_GAP and gap == _content_upto(
                        right.folded, last.right_end, run.right_start, _RUN_GAP + 1):
                    joined[-1] = last._replace(left_end=run.left_end, right_end=run.right_end)
                    continue
        joined.append(run)
    return joined


def _content_upto(folded: str, start: int, end: int, limit: int) -> str:
    """The content characters of ``folded[start:end]``, at most ``limit`` of them."""
    found = []
    for char in folded[start:end]:
        if is_content(char):
            found.append(char)
            if len(found) == limit:
                break
    return "".join(found)


def leftover(document: NormalizedDocument, start: int, end: int,
             moved: list[tuple[int, int]]) -> str:
    """The folded content of ``[start, end)`` but its moved runs."""
    folded = document.folded
    cut = sorted(moved)
    kept, cursor = [], start
    for moved_start, moved_end in [*cut, (end, end)]:
        kept += [char for char in folded[cursor:moved_start] if is_content(char)]
        cursor = max(cursor, moved_end)
    return "".join(kept)


# Kinds of difference that leave the folded content as it is: a change may slide over them.
_SAME_CONTENT = frozenset({Kind.SCRIPT, Kind.PUNCTUATION, Kind.WHITESPACE, Kind.MARKUP})
# Kinds of change that may hold moved text: words, and garbled text garbled alike on both sides.
_MOVABLE = frozenset({Kind.WORDING, Kind.ENCODING})


def changed_pieces(differences: Sequence[RawDifference], side: int, row: tuple[int, int]
                   ) -> Iterator[tuple[int, tuple[int, int, int, int]]]:
    """The deleted (``side`` 0) or inserted (2) words of a changed row, each with its index
    and its room to slide: the row's text up to the next change of content either side."""
    changes = [(index, difference) for index, difference in enumerate(differences)
               if difference.kind not in _SAME_CONTENT and difference.kind is not Kind.MOVED]
    for number, (index, difference) in enumerate(changes):
        start, end = difference[1 + side], difference[2 + side]
        if difference.kind not in _MOVABLE or start == end:
            continue
        low = changes[number - 1][1][2 + side] if number else row[0]
        high = changes[number + 1][1][1 + side] if number + 1 < len(changes) else row[1]
        yield index, (start, end, min(low, start), max(high, end))
