"""Clause alignment: which clauses of the left document correspond to which on the right.

Keys found exactly once on each side anchor the alignment (their longest increasing
subsequence, patience style); each gap between anchors is aligned by a dynamic programme over
1-1, 1-0, 0-1, 1-2 and 2-1 steps scored by rapidfuzz similarity; leftover deletions and
insertions that are near-identical are then paired as moves.

>>> left = ["总则目的和依据", "附则生效日期", "适用范围和对象"]
>>> right = ["总则目的和依据", "适用范围和对象", "附则生效日期"]
>>> [(p.left, p.right) for p in align(left, right).pairs]
[((0,), (0,)), ((1,), ()), ((2,), (1,)), ((), (2,))]
>>> align(left, right).moves
{1: 2}
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from diff_match_patch import diff_match_patch
from rapidfuzz import fuzz

# Below this similarity two clauses are not the same clause edited.
MATCH_THRESHOLD = 0.5
# A relocated clause must be at least this similar to its old self.
MOVE_THRESHOLD = 0.8
# Gaps with more cells than this are narrowed by similarity anchors before the DP.
DP_CELL_LIMIT = 40_000
# Gaps whose clauses, all against all, would compare more characters than this (lengths
# multiplied) are narrowed by similarity anchors too.
DP_WORK_LIMIT = 400_000_000
# Similar clauses are looked up by the character trigrams they share; a trigram found in
# more clauses than this is too common to point at any, and only this many of the clauses
# sharing most trigrams are scored.
_GRAM = 3
_GRAM_POSTINGS = 64
_CANDIDATES = 4
# diff-match-patch over clause keys only runs where no key is unique (repeated text); the
# limit only matters for huge unrelated stretches, which finish long before it otherwise.
KEY_DIFF_TIMEOUT = 5.0
# Equal clauses this long end a run of clauses that _regroup may cut otherwise.
_RUN_BOUNDARY_LENGTH = 4
# Keys shorter than this are too common to be moves on their own ("附件", "1").
MOVE_MIN_LENGTH = 6


class Pair(NamedTuple):
    """One step of the alignment: left clause indices against right clause indices."""

    # A named tuple, not a dataclass: a long document has a hundred thousand steps.
    left: tuple[int, ...]
    right: tuple[int, ...]
    similarity: float


@dataclass
class Alignment:
    """The alignment in reading order, and moves as deleted-left-index -> inserted-right-index."""

    pairs: list[Pair]
    moves: dict[int, int] = field(default_factory=dict)


def similarity(left: str, right: str) -> float:
    """Similarity of two keys in [0, 1] (normalised indel distance).

    >>> similarity("人才培养", "人才培训")
    0.75
    """
    if not left and not right:
        return 1.0
    return fuzz.ratio(left, right) / 100.0


def align(left: list[str], right: list[str],
          should_cancel: Callable[[], bool] | None = None,
          whole: tuple[list[str], list[str]] | None = None) -> Alignment:
    """Align two lists of clause keys.

    ``whole`` are the keys with the labels' content kept, when the caller has them: stretches
    cut into clauses differently are regrouped by them (a line break inside 第五 / 十五条 makes
    a label on one side and text on the other).
    """
    pairs: list[Pair] = []
    _align_range(left, right, 0, len(left), 0, len(right), pairs, should_cancel)
    pairs = _regroup(*(whole or (left, right)), pairs)
    return Alignment(pairs, _find_moves(left, right, pairs))


def _regroup(left: list[str], right: list[str], pairs: list[Pair]) -> list[Pair]:
    """Join runs of unmatched or partly matched clauses that hold the same text grouped
    otherwise (lines broken at other places, three sentences against two).

    >>> [(p.left, p.right) for p in _regroup(["甲乙", "丙丁"], ["甲", "乙丙丁"], [
    ...     Pair((0,), (0,), 0.6), Pair((1,), (), 0.0), Pair((), (1,), 0.0)])]
    [((0, 1), (0, 1))]
    """
    regrouped: list[Pair] = []
    run: list[Pair] = []
    for pair in pairs + [Pair((), (), 1.0)]:
        # Short equal clauses (a page number, 1 against 1.) may be pieces of a label or a
        # number cut by a line break: they do not end a run.
        same = (len(pair.left) == len(pair.right) == 1
                and left[pair.left[0]] == right[pair.right[0]]
                and len(left[pair.left[0]]) >= _RUN_BOUNDARY_LENGTH)
        if same or not (pair.left or pair.right):
            regrouped.extend(_same_text_groups(left, right, run) or run)
            run = []
            if pair.left or pair.right:
                regrouped.append(pair)
        else:
            run.append(pair)
    return regrouped


def _same_text_groups(left: list[str], right: list[str], run: list[Pair]) -> list[Pair]:
    """The run with the stretches at its start and end that hold the same text on both sides
    cut into pairs of equal joined text; [] when there are none."""
    lefts = sorted(i for pair in run for i in pair.left)
    rights = sorted(j for pair in run for j in pair.right)
    if len(run) < 2 or not lefts or not rights:
        return []
    head = _equal_prefix_groups(left, right, lefts, rights)
    used_l = sum(len(p.left) for p in head)
    used_r = sum(len(p.right) for p in head)
    tail = [Pair(p.left[::-1], p.right[::-1], p.similarity) for p in _equal_prefix_groups(
        _Reversed(left), _Reversed(right), lefts[used_l:][::-1], rights[used_r:][::-1])][::-1]
    if not head and not tail:
        return []
    grouped_l = {i for p in head + tail for i in p.left}
    grouped_r = {j for p in head + tail for j in p.right}
    middle = []
    for pair in run:
        rest_l = tuple(i for i in pair.left if i not in grouped_l)
        rest_r = tuple(j for j in pair.right if j not in grouped_r)
        if (rest_l, rest_r) == (pair.left, pair.right):
            middle.append(pair)
        else:  # a pair cut by a group: what is left of it is unpaired
            middle += [Pair((i,), (), 0.0) for i in rest_l]
            middle += [Pair((), (j,), 0.0) for j in rest_r]
    return head + _deletions_first(middle) + tail


class _Reversed:
    """Keys read backwards, for matching a run's end with the code that matches its start."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys

    def __getitem__(self, index: int) -> str:
        return self.keys[index][::-1]


def _equal_prefix_groups(left: list[str] | _Reversed, right: list[str] | _Reversed,
                         lefts: list[int], rights: list[int]) -> list[Pair]:
    """Pairs of equal joined text taken from the start of two runs of clauses, until the
    texts part."""
    groups: list[Pair] = []
    i = j = 0
    start_i = start_j = 0
    text_l = text_r = ""
    while i < len(lefts) or j < len(rights):
        if j == len(rights) or (i < len(lefts) and len(text_l) <= len(text_r)):
            text_l += left[lefts[i]]
            i += 1
        else:
            text_r += right[rights[j]]
            j += 1
        if not (text_r.startswith(text_l) or text_l.startswith(text_r)):
            break
        if text_l == text_r and text_l and i > start_i and j > start_j:
            groups.append(Pair(tuple(lefts[start_i:i]), tuple(rights[start_j:j]), 1.0))
            start_i, start_j, text_l, text_r = i, j, "", ""
    return groups


def _unique_anchors(left: list[str], right: list[str], l0: int, l1: int, r0: int,
                    r1: int) -> list[tuple[int, int]]:
    """Equal keys occurring once on each side within the ranges, longest increasing chain."""
    left_counts = Counter(left[l0:l1])
    right_counts = Counter(right[r0:r1])
    right_index = {right[j]: j for j in range(r0, r1) if right_counts[right[j]] == 1}
    candidates = [(i, right_index[left[i]]) for i in range(l0, l1)
                  if left[i] and left_counts[left[i]] == 1 and left[i] in right_index]
    return _longest_increasing(candidates)


def _longest_increasing(candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of (i, j) pairs increasing in both i (given) and j."""
    tails: list[int] = []  # smallest j ending a chain of each length
    tail_index: list[int] = []
    previous: list[int] = []
    for position, (_, j) in enumerate(candidates):
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_index.append(position)
        else:
            tails[k] = j
            tail_index[k] = position
        previous.append(tail_index[k - 1] if k else -1)
    chain = []
    position = tail_index[-1] if tail_index else -1
    while position >= 0:
        chain.append(candidates[position])
        position = previous[position]
    return chain[::-1]


def _align_range(left: list[str], right: list[str], l0: int, l1: int, r0: int, r1: int,
                 pairs: list[Pair], should_cancel: Callable[[], bool] | None) -> None:
    if should_cancel and should_cancel():
        raise Cancelled
    if l0 == l1 or r0 == r1:
        pairs.extend(Pair((i,), (), 0.0) for i in range(l0, l1))
        pairs.extend(Pair((), (j,), 0.0) for j in range(r0, r1))
        return
    cells = (l1 - l0) * (r1 - r0)
    anchors = _unique_anchors(left, right, l0, l1, r0, r1)
    if not anchors and cells > DP_CELL_LIMIT:
        anchors = _equal_run_anchors(left, right, l0, l1, r0, r1)
    # The programme scores every cell: bounded by cells and by the characters compared.
    too_large = cells > DP_CELL_LIMIT or (sum(map(len, left[l0:l1]))
                                          * sum(map(len, right[r0:r1])) > DP_WORK_LIMIT)
    if not anchors and too_large:
        anchors = _similarity_anchors(left, right, l0, l1, r0, r1)
    if not anchors:
        if too_large:
            # Unrelated stretches: nothing to pair.
            _align_range(left, right, l0, l1, r0, r0, pairs, should_cancel)
            _align_range(left, right, l1, l1, r0, r1, pairs, should_cancel)
        else:
            pairs.extend(_dynamic_programme(left, right, l0, l1, r0, r1))
        return
    i0, j0 = l0, r0
    for i, j in anchors:
        _align_range(left, right, i0, i, j0, j, pairs, should_cancel)
        pairs.append(Pair((i,), (j,), 1.0))
        i0, j0 = i + 1, j + 1
    _align_range(left, right, i0, l1, j0, r1, pairs, should_cancel)


def _equal_run_anchors(left: list[str], right: list[str], l0: int, l1: int, r0: int,
                       r1: int) -> list[tuple[int, int]]:
    """Equal keys matched in order by diff-match-patch over the keys (one code per key)."""
    if set(left[l0:l1]).isdisjoint(right[r0:r1]):
        return []
    codes: dict[str, str] = {}
    encoded = ["".join(codes.setdefault(key, chr(0x100 + len(codes))) for key in keys)
               for keys in (left[l0:l1], right[r0:r1])]
    matcher = diff_match_patch()
    matcher.Diff_Timeout = KEY_DIFF_TIMEOUT
    anchors = []
    i, j = l0, r0
    for operation, chunk in matcher.diff_main(encoded[0], encoded[1], False):
        if operation == 0:
            anchors.extend((i + k, j + k) for k in range(len(chunk)) if left[i + k])
        i += len(chunk) if operation <= 0 else 0
        j += len(chunk) if operation >= 0 else 0
    return anchors


def _similarity_anchors(left: list[str], right: list[str], l0: int, l1: int, r0: int,
                        r1: int) -> list[tuple[int, int]]:
    """Best similar partner of each left clause in a large gap, as an increasing chain."""
    queries = {i: left[i] for i in range(l0, l1) if len(left[i]) >= MOVE_MIN_LENGTH}
    choices = {j: right[j] for j in range(r0, r1) if right[j]}
    return _longest_increasing(sorted(_similar_partners(queries, choices, unique=False)))


def _grams(key: str) -> set[str]:
    return {key[k:k + _GRAM] for k in range(max(1, len(key) - _GRAM + 1))}


def _similar_partners(queries: dict[int, str], choices: dict[int, str],
                      unique: bool) -> list[tuple[int, int]]:
    """Each query's most similar choice (at least ``MOVE_THRESHOLD``), found through the
    character trigrams they share: work grows with the text, not with queries x choices.
    With ``unique``, a choice is given to one query only."""
    index: dict[str, list[int]] = {}
    for j, key in choices.items():
        for gram in _grams(key):
            index.setdefault(gram, []).append(j)
    found = []
    taken: set[int] = set()
    for i, key in queries.items():
        votes: Counter[int] = Counter()
        for gram in _grams(key):
            postings = index.get(gram, ())
            if len(postings) <= _GRAM_POSTINGS:  # too common a trigram says little
                votes.update(postings)
        for j, _ in votes.most_common(_CANDIDATES):
            if j not in taken and similarity(key, choices[j]) >= MOVE_THRESHOLD:
                found.append((i, j))
                if unique:
                    taken.add(j)
                break
    return found


def _dynamic_programme(left: list[str], right: list[str], l0: int, l1: int, r0: int,
                       r1: int) -> list[Pair]:
    """Best path through a gap maximising similarity-weighted matched length."""
    n, m = l1 - l0, r1 - r0
    minus_infinity = float("-inf")
    score = [[minus_infinity] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    score[0][0] = 0.0

    def gain(a: str, b: str, penalty: float) -> tuple[float, float]:
        s = similarity(a, b)
        if s < MATCH_THRESHOLD:
            return minus_infinity, s
        return s * (len(a) + len(b) + 2) - penalty, s

    for i in range(n + 1):
        for j in range(m + 1):
            here = score[i][j]
            if here == minus_infinity:
                continue
            steps = [(1, 0, 0.0, 0.0), (0, 1, 0.0, 0.0)]
            if i < n and j < m:
                steps.append((1, 1, *gain(left[l0 + i], right[r0 + j], 0.0)))
            if i + 1 < n and j < m:
                steps.append((2, 1, *gain(left[l0 + i] + left[l0 + i + 1], right[r0 + j], 2.0)))
            if i < n and j + 1 < m:
                steps.append((1, 2, *gain(left[l0 + i], right[r0 + j] + right[r0 + j + 1], 2.0)))
            for di, dj, step_gain, step_similarity in steps:
                ni, nj = i + di, j + dj
                if ni > n or nj > m or step_gain == minus_infinity:
                    continue
                if here + step_gain > score[ni][nj]:
                    score[ni][nj] = here + step_gain
                    back[ni][nj] = (di, dj, step_similarity)
    path: list[Pair] = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        di, dj, step_similarity = step
        i, j = i - di, j - dj
        path.append(Pair(tuple(range(l0 + i, l0 + i + di)), tuple(range(r0 + j, r0 + j + dj)),
                         step_similarity if di and dj else 0.0))
    path.reverse()
    return _deletions_first(path)


def _deletions_first(path: list[Pair]) -> list[Pair]:
    """Within each run of unpaired clauses, list deletions before insertions."""
    ordered: list[Pair] = []
    run: list[Pair] = []
    for pair in path + [Pair((0,), (0,), -1.0)]:
        if pair.left and pair.right:
            ordered.extend(p for p in run if p.left)
            ordered.extend(p for p in run if p.right)
            run = []
            if pair.similarity >= 0:
                ordered.append(pair)
        else:
            run.append(pair)
    return ordered


def _find_moves(left: list[str], right: list[str], pairs: list[Pair]) -> dict[int, int]:
    """Pair leftover deletions with near-identical leftover insertions."""
    deleted = {p.left[0]: left[p.left[0]] for p in pairs
               if not p.right and len(left[p.left[0]]) >= MOVE_MIN_LENGTH}
    inserted = {p.right[0]: right[p.right[0]] for p in pairs
                if not p.left and len(right[p.right[0]]) >= MOVE_MIN_LENGTH}
    moves = dict(_similar_partners(deleted, inserted, unique=True)) if inserted and deleted \
        else {}
    return _extend_moves(left, right, pairs, moves)


def _extend_moves(left: list[str], right: list[str], pairs: list[Pair],
                  moves: dict[int, int]) -> dict[int, int]:
    """Let a moved clause take along its neighbours that are the same at both places.

    A sentence too short to be a move on its own (a fragment such as 高技 left by a broken
    line) still moves with the paragraph it ends.
    """
    deleted = {p.left[0] for p in pairs if not p.right} - moves.keys()
    inserted = {p.right[0] for p in pairs if not p.left} - set(moves.values())
    pending = sorted(moves.items())
    while pending:
        i, j = pending.pop()
        for step in (-1, 1):
            near_i, near_j = i + step, j + step
            if (near_i in deleted and near_j in inserted
                    and similarity(left[near_i], right[near_j]) >= MOVE_THRESHOLD):
                moves[near_i] = near_j
                deleted.discard(near_i)
                inserted.discard(near_j)
                pending.append((near_i, near_j))
    return moves


class Cancelled(Exception):
    """Raised inside the engine when the caller asked it to stop."""
