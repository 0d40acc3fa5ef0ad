"""Runs of text deleted in one place and inserted in another, wherever clauses begin and end.

A sentence carried into another paragraph, or a wrapped line of a PDF moved with its
neighbours, leaves a deletion (a deleted clause, or deleted words in a changed one) and an
insertion elsewhere. The same run of content (after folding) of at least ``MIN_HAN`` Han
characters on both sides is a move. The inserted text is indexed by its runs of ``GRAM``
characters, so the search grows with the amount of changed text, not with its square.
"""

from __future__ import annotations

from typing import NamedTuple

from app.engine.classify import is_han
from app.engine.normalize import NormalizedDocument, is_content

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


class MovedRun(NamedTuple):
    """One moved run: its span at the old place (left) and at the new place (right)."""

    source: int  # owner of the deleted piece
    target: int  # owner of the inserted piece
    left_start: int
    left_end: int
    right_start: int
    right_end: int


def moved_runs(deleted: list[Piece], inserted: list[Piece], left: NormalizedDocument,
               right: NormalizedDocument) -> list[MovedRun]:
    """Maximal runs of equal content found in a deleted and an inserted piece.

    >>> from app.engine.segment import segment
    >>> from app.engine.normalize import normalize_document
    >>> a, b = "甲乙。加强区域合作交流机制建设。", "加强区域合作交流机制建设。丙丁。"
    >>> left = normalize_document(a, segment(a), {})
    >>> right = normalize_document(b, segment(b), {})
    >>> [a[r.left_start:r.left_end] for r in moved_runs([Piece(0, 3, 16)], [Piece(1, 0, 13)],
    ...                                                  left, right)]
    ['加强区域合作交流机制建设']
    """
    if not deleted or not inserted or sum(p.end - p.start for p in inserted) > _INDEX_LIMIT:
        return []
    targets = [_content(right, piece) for piece in inserted]
    index: dict[str, list[tuple[int, int]]] = {}
    for number, (key, _) in enumerate(targets):
        for offset in range(len(key) - GRAM + 1):
            index.setdefault(key[offset:offset + GRAM], []).append((number, offset))
    used = [bytearray(len(key)) for key, _ in targets]
    runs = []
    for source in deleted:
        key, positions = _content(left, source)
        offset = 0
        while offset + GRAM <= len(key):
            found = _longest_at(key, offset, index.get(key[offset:offset + GRAM], ()), targets,
                                used)
            if found is None:
                offset += 1
                continue
            number, target_offset, length = found
            run = key[offset:offset + length]
            if sum(map(is_han, run)) < MIN_HAN:
                offset += 1
                continue
            used[number][target_offset:target_offset + length] = b"\1" * length
            target_positions = targets[number][1]
            runs.append(MovedRun(source.owner, inserted[number].owner, positions[offset],
                                 positions[offset + length - 1] + 1,
                                 target_positions[target_offset],
                                 target_positions[target_offset + length - 1] + 1))
            offset += length
    return runs


def _longest_at(key: str, offset: int, candidates: list[tuple[int, int]] | tuple[()],
                targets: list[tuple[str, list[int]]],
                used: list[bytearray]) -> tuple[int, int, int] | None:
    """The longest unused run of ``key`` from ``offset`` among the candidate places."""
    best = None
    for number, start in candidates[:_CANDIDATES]:
        target, taken = targets[number][0], used[number]
        length = 0
        while (offset + length < len(key) and start + length < len(target)
               and key[offset + length] == target[start + length] and not taken[start + length]):
            length += 1
        if length >= GRAM and (best is None or length > best[2]):
            best = (number, start, length)
    return best


def _content(document: NormalizedDocument, piece: Piece) -> tuple[str, list[int]]:
    """The folded content characters of a piece and their offsets."""
    folded = document.folded
    positions = [offset for offset in range(piece.start, piece.end) if is_content(folded[offset])]
    return "".join(folded[offset] for offset in positions), positions
