"""Conversion findings in a comparison of a simplified and a traditional document.

The right document is taken for the conversion of the left (s2t, or t2s when the left is the
traditional one). Matched characters are checked against a phrase-aware conversion of the
left text (conversion.py): the right character is a script difference where a conversion in
context gives it, a ``conversion`` finding (leftover or choice) where it is another form of
the source character, and wording where no conversion relates the two at all (座 for 坐).
Characters the right document writes in two regional forms give ``variant`` findings at the
minority form's places, once every row is diffed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from itertools import compress, count
from operator import itemgetter, ne
from typing import Protocol

from app.engine.classify import is_han
from app.engine.conversion import (
    Expectation,
    conversion_tables,
    mixed_variants,
    variant_forms,
)
from app.engine.inline import PairKinds, RawDifference
from app.engine.script import leans_traditional
from app.engine.translate import translate
from app.model import Conversion, Kind, Reason, RowStatus, Script

_REGION_OF = {Conversion.T2S: "", Conversion.TW2S: "tw", Conversion.HK2S: "hk"}
# A judgement of one matched character: kind, reason and suggestion.
Verdict = tuple[Kind, Reason | None, str | None]


class PairCheck:
    """The conversion check of one comparison, fed block by block by the inline diff."""

    def __init__(self, left_text: str, right_text: str, direction: str, region: str) -> None:
        tables = conversion_tables()
        source = left_text
        if direction == "t2s":
            source = translate(left_text, tables.standard_form)
        self.expectation = Expectation(source, direction, region)
        self.direction = direction
        self._right = right_text
        # The right offsets holding a character of several regional forms, in order: found
        # in the whole text at once, not looked for character by character in each block.
        self._variant_offsets = [match.start() for match in _variant_characters().finditer(
            right_text)] if direction == "s2t" else []
        # (left, right offset) -> (standard, written): a row diffed again says it once.
        self._variant_places: dict[tuple[int, int], tuple[str, str]] = {}

    def review(self, raw_l: str | tuple[str, ...], raw_r: str | tuple[str, ...],
               positions_l: Sequence[int], positions_r: Sequence[int],
               unbroken_l: bool) -> dict[int, Verdict]:
        """Verdicts for the block offsets where the right character is not the expected
        conversion and no conversion in context explains it; the others are script."""
        expected = self.expectation.expected
        # A block of one character is unbroken: itemgetter gathers two or more.
        if unbroken_l:
            wanted: str | tuple[str, ...] = expected[positions_l[0]:positions_l[-1] + 1]
        else:
            wanted = itemgetter(*positions_l)(expected)
        verdicts: dict[int, Verdict] = {}
        # Most blocks read as expected: compared whole (in C) before character by character.
        if wanted.__class__ is not raw_r.__class__:
            wanted = tuple(wanted) if raw_r.__class__ is tuple else "".join(wanted)
        if wanted != raw_r:
            for k in compress(count(), map(ne, wanted, raw_r)):
                i, char = positions_l[k], raw_r[k]
                judged = self.expectation.judge(i, char, self._right, positions_r[k])
                if judged:
                    verdicts[k] = (Kind.CONVERSION, *judged)
                elif raw_l[k] != char and char not in self.expectation.acceptable(i) and \
                        not self.expectation.regional_phrase(i, self._right, positions_r[k]):
                    verdicts[k] = (Kind.WORDING, None, None)
        offsets = self._variant_offsets
        first = bisect_left(offsets, positions_r[0])
        for j in offsets[first:bisect_right(offsets, positions_r[-1], first)]:
            k = bisect_left(positions_r, j)
            if positions_r[k] == j and k not in verdicts:
                i = positions_l[k]
                self._variant_places[i, j] = self.expectation.standard[i], raw_r[k]
        return verdicts

    @staticmethod
    def classify(left_char: str, right_char: str) -> Kind:
        """A differing matched pair no verdict covers: a conversion in context gives it."""
        return Kind.SCRIPT if is_han(left_char) else Kind.PUNCTUATION

    kinds = PairKinds(classify)

    def variant_places(self) -> dict[tuple[int, int], str]:
        """(left offset, right offset) of the minority regional forms, with suggestions."""
        forms = variant_forms()
        places = []
        by_right = {}
        for (i, j), (standard, written) in self._variant_places.items():
            if written in forms.get(standard, ()) and (
                    written == standard
                    or written not in self.expectation.standard_acceptable(i)):
                places.append((j, standard, written))
                by_right[j] = i
        return {(by_right[j], j): suggestion
                for j, suggestion in mixed_variants(places).items()}


@cache
def _variant_characters() -> re.Pattern[str]:
    """Finds the characters written in several regional forms (爲 為, 裏 裡)."""
    return re.compile(f"[{re.escape(''.join(sorted(set().union(*variant_forms().values()))))}]")


class _Draft(Protocol):
    status: RowStatus
    right: tuple[int, ...]
    differences: list[RawDifference]


def add_variant_findings(check: PairCheck, drafts: list[_Draft],
                         right_clause_spans: list[tuple[int, int]]) -> None:
    """Put the minority regional forms into the rows holding them, in place of the script
    difference that covered them."""
    places = check.variant_places()
    if not places:
        return
    rows = [(right_clause_spans[d.right[0]][0], number) for number, d in enumerate(drafts)
            if d.right and d.status is not RowStatus.INSERTED]
    starts = [start for start, _ in rows]
    for (i, j), suggestion in places.items():
        at = bisect_right(starts, j) - 1
        if at < 0:
            continue
        draft = drafts[rows[at][1]]
        finding = RawDifference(Kind.CONVERSION, i, i + 1, j, j + 1, Reason.VARIANT, suggestion)
        draft.differences = [*_carve(draft.differences, i, j), finding]
        draft.status = RowStatus.CHANGED if draft.status is not RowStatus.MOVED \
            else draft.status


def _carve(differences: list[RawDifference], i: int, j: int) -> list[RawDifference]:
    """The differences with the character pair (i, j) cut out of the script run holding it."""
    kept = []
    for d in differences:
        inside = d.kind is Kind.SCRIPT and d.left_start <= i < d.left_end and \
            d.right_start <= j < d.right_end
        if not inside:
            kept.append(d)
            continue
        if i > d.left_start:
            kept.append(d._replace(left_end=i, right_end=j))
        if i + 1 < d.left_end:
            kept.append(d._replace(left_start=i + 1, right_start=j + 1))
    return kept


def pair_check(left_text: str, right_text: str, left: tuple[Script, str],
               right: tuple[Script, str], requested: Conversion = Conversion.AUTO
               ) -> PairCheck | None:
    """The check for a simplified and a traditional document, or None for other pairs.

    The region of the suggestions is the one asked for (tw2s: Taiwan, hk2s: Hong Kong, t2s:
    OpenCC's standard) or, with ``auto``, the one the traditional text shows.
    """
    if requested is Conversion.NONE:
        return None
    # A release of mixed script leaning the other way is a conversion that left some out.
    right_script = right[0]
    if right_script is Script.MIXED and left[0] is not Script.MIXED:
        right_script = Script.TRADITIONAL if leans_traditional(right_text) \
            else Script.SIMPLIFIED
    if left[0] is Script.SIMPLIFIED and right_script is Script.TRADITIONAL:
        region = _REGION_OF.get(requested, right[1])
        return PairCheck(left_text, right_text, "s2t", region)
    if left[0] is Script.TRADITIONAL and right_script is Script.SIMPLIFIED:
        return PairCheck(left_text, right_text, "t2s", "")
    return None
