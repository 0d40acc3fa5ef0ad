"""What a faithful conversion between the scripts reads, position by position, in context.

Proofreading a conversion asks, at each character of the converted text, whether some
conversion of its source *in its phrase context* gives it. OpenCC converts by longest match,
so one phrase hides another (上海参与 -> 上海蔘與 because 海参 is a phrase); here every
phrase that covers a position is considered: a character is acceptable where a covering phrase
gives it, or where the character table's first choice gives it and every covering phrase may be
pre-empted by an overlapping one; a phrase that another may pre-empt counts only where every
covering phrase may be. Where covering phrases disagree, the dictionaries cannot decide and
either form passes, but a suggestion takes the character table's choice (上海参与 is 上海參與,
浦东干部 浦東幹部); the source's own character passes there only where a converter reads
the phrase keeping it (旅游资源 is never 旅游資源). The regional variants (s2tw, s2hk) of
whatever is acceptable are acceptable too. Only length-preserving entries count, so source
and converted text align character by character.

>>> tables = conversion_tables()
>>> expectation = Expectation("今后对于干部", "s2t", "")
>>> expectation.expected
'今後對於幹部'
>>> expectation.judge(1, "后")
(<Reason.LEFTOVER: 'leftover'>, '後')
>>> expectation.judge(4, "乾"), expectation.judge(1, "後")
((<Reason.CHOICE: 'choice'>, '幹'), None)
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from functools import cache
from itertools import accumulate
from operator import add
from typing import NamedTuple

from opencc import OpenCC

from app.engine.script import _DICTIONARIES, cached_build, is_han, read_dictionary
from app.engine.translate import translate
from app.model import Reason

REGIONS = ("tw", "hk")
_VARIANT_FILES = {"tw": ("TWVariants.txt", "TWVariantsPhrases.txt", "TWVariantsRev.txt"),
                  "hk": ("HKVariants.txt", "HKVariantsPhrases.txt", "HKVariantsRev.txt")}
# How much more often the phrases must convert a character from another form than from
# itself for that form to be its usual source (see _usual_sources).
_USUAL = 10
# Bumped when the layout of the cached tables changes.
_SCHEMA = 11


class ConversionTables(NamedTuple):
    """OpenCC's length-preserving entries, the preferred target of each entry first, and
    what the checks derive from them."""

    st_chars: dict[str, str]  # simplified character -> its traditional forms
    st_phrases: dict[str, str]  # phrase -> its targets, separated by spaces
    ts_chars: dict[str, str]  # traditional character -> its simplified forms
    ts_phrases: dict[str, str]
    variants: dict[str, dict[str, str]]  # region -> standard character -> regional forms
    variant_phrases: dict[str, dict[str, str]]  # region -> standard phrase -> regional one
    variants_rev: dict[str, dict[str, str]]  # region -> regional character -> standard one
    # Simplified characters that are never traditional (这, 们; not 游: 游泳), and the reverse.
    simplified_only: str
    traditional_only: str
    # A translate table from the regional forms no standard text uses to OpenCC's standard
    # form (為 -> 爲, 衞 -> 衛); 著 or 才, standard too, stay.
    standard_form: dict[int, int]
    # A translate table from a character to its usual simplified form: two characters with
    # one key are script forms of each other (衛 and 衞: 卫); 座/坐 or 畫/劃, which only
    # some phrase relates, keep distinct keys.
    simplified_key: dict[int, int]
    # Traditional characters whose character table keeps them as they are (瞭 -> 瞭 了) while
    # the phrase dictionaries convert them from another form ten times as often: that form.
    usual_sources: dict[str, str]
    # Per direction (s2t, t2s): the lengths of the phrases longer than two characters, by
    # their first three characters, shortest first, each as the character of that code.
    lengths: dict[str, dict[str, str]]
    longest: dict[str, int]  # per direction: the length of the longest phrase
    # Per direction: a translate table to the character table's first choices.
    first_choices: dict[str, dict[int, int]]
    # Per direction: the characters some phrase converts otherwise than the character
    # table's first choice, and the two-character stretches of those phrases holding one
    # such place (where a phrase may change a text's expected form: a few offsets in ten).
    unusual_chars: dict[str, str]
    unusual_pairs: dict[str, str]  # the stretches, one after another


@cache
def conversion_tables() -> ConversionTables:
    """The tables, from the user's cache when possible (keyed by the dictionaries)."""
    raw = cached_build(f"conversion-{_SCHEMA}", _build_tables)
    # Kept as pairs of long strings: 49,000 entries load ten times faster so.
    for name in ("st_phrases", "ts_phrases"):
        raw[name] = _unpacked(raw[name])
    raw["lengths"] = {name: _unpacked(packed) for name, packed in raw["lengths"].items()}
    return ConversionTables(**raw)


def _packed(entries: dict[str, str]) -> tuple[str, str]:
    return "\0".join(entries), "\0".join(entries.values())


def _unpacked(packed: tuple[str, str]) -> dict[str, str]:
    return dict(zip(*(part.split("\0") for part in packed), strict=True))


def _build_tables() -> dict:
    def chars(name: str) -> dict[str, str]:
        return {source: "".join(t for t in targets if len(t) == 1)
                for source, targets in read_dictionary(name) if len(source) == 1}

    def variant_phrases(name: str) -> dict[str, str]:
        return {source: targets[0] for source, targets in read_dictionary(name)
                if len(source) > 1 and len(targets[0]) == len(source)}

    def unusual(entries: dict[str, list[str]], chars: dict[str, str]
                ) -> tuple[str, str]:
        places, pairs = set(), set()
        for source, targets in entries.items():
            for k, char in enumerate(source):
                if any(target[k] != chars.get(char, char)[:1] for target in targets):
                    places.add(char)
                    pairs.add(source[max(0, k - 1):k + 1])
                    pairs.add(source[k:k + 2])
        return "".join(sorted(places)), "".join(sorted(pair for pair in pairs if len(pair) == 2))

    def lengths(entries: dict[str, list[str]]) -> tuple[str, str]:
        found: dict[str, set[int]] = defaultdict(set)
        for source in entries:
            if len(source) > 2:
                found[source[:3]].add(len(source))
        return _packed({k: "".join(map(chr, sorted(v))) for k, v in found.items()})

    def first_choice_table(chars: dict[str, str]) -> dict[int, int]:
        return {ord(s): ord(forms[0]) for s, forms in chars.items() if forms and forms[0] != s}

    st_chars, ts_chars = chars("STCharacters.txt"), chars("TSCharacters.txt")
    st_phrases, ts_phrases = _phrases(*_ST_PHRASES), _phrases(*_TS_PHRASES)
    variants_rev = {r: {source: targets[0] for source, targets in read_dictionary(files[2])
                        if len(source) == len(targets[0]) == 1}
                    for r, files in _VARIANT_FILES.items()}
    standard = set(st_chars) | set("".join(st_chars.values()))
    standard.update(char for targets in st_phrases.values() for char in targets[0])
    standard_form: dict[int, int] = {}
    for region in REGIONS:
        for variant, form in variants_rev[region].items():
            if variant not in standard:
                standard_form.setdefault(ord(variant), ord(form))
    simplified_key = {ord(char): ord(forms[0]) for char, forms in ts_chars.items() if forms}
    for variant, form in standard_form.items():
        simplified_key[variant] = simplified_key.get(form, form)
    # A region's form shares its standard form's key, also where both are standard
    # characters elsewhere (著 is Taiwan's 着).
    for region in REGIONS:
        for form, regional in chars(_VARIANT_FILES[region][0]).items():
            key = simplified_key.get(ord(form), ord(form))
            for char in regional:
                simplified_key.setdefault(ord(char), key)
                if simplified_key[ord(char)] != key and char not in ts_chars:
                    simplified_key[ord(char)] = key
    st_unusual, ts_unusual = unusual(st_phrases, st_chars), unusual(ts_phrases, ts_chars)

    def joined(entries: dict[str, list[str]]) -> dict[str, str]:
        return {source: " ".join(targets) for source, targets in entries.items()}

    return {
        "st_chars": st_chars, "st_phrases": _packed(joined(st_phrases)),
        "ts_chars": ts_chars, "ts_phrases": _packed(joined(ts_phrases)),
        "variants": {r: chars(files[0]) for r, files in _VARIANT_FILES.items()},
        "variant_phrases": {r: variant_phrases(files[1]) for r, files in _VARIANT_FILES.items()},
        "variants_rev": variants_rev,
        "simplified_only": "".join(sorted(s for s, forms in st_chars.items() if s not in forms)),
        "traditional_only": "".join(sorted(t for t, forms in ts_chars.items()
                                           if t not in forms)),
        "standard_form": standard_form,
        "simplified_key": simplified_key,
        "usual_sources": _usual_sources(st_phrases, ts_phrases, ts_chars, st_chars),
        "lengths": {"s2t": lengths(st_phrases), "t2s": lengths(ts_phrases)},
        "longest": {"s2t": max(map(len, st_phrases), default=1),
                    "t2s": max(map(len, ts_phrases), default=1)},
        "first_choices": {"s2t": first_choice_table(st_chars),
                          "t2s": first_choice_table(ts_chars)},
        "unusual_chars": {"s2t": st_unusual[0], "t2s": ts_unusual[0]},
        "unusual_pairs": {"s2t": st_unusual[1], "t2s": ts_unusual[1]},
    }


def _usual_sources(st_phrases: dict[str, list[str]], ts_phrases: dict[str, list[str]],
                   ts_chars: dict[str, str], st_chars: dict[str, str]) -> dict[str, str]:
    """Where a traditional character's own simplified form is rare: OpenCC keeps 瞭 as 瞭
    for 瞭望, but its phrases take 瞭 from 了 thirty-three times (了解, 明了) and from 瞭 three.
    Only characters the s2t character table never gives as they are qualify (像 does not:
    its phrases keep 像 as 像)."""
    sources: dict[str, Counter[str]] = defaultdict(Counter)
    pairs = [(s, t[0]) for s, t in st_phrases.items()] + \
        [(t[0], s) for s, t in ts_phrases.items()]
    for simplified, traditional in pairs:
        for a, b in zip(simplified, traditional, strict=True):
            if len(ts_chars.get(b, "")) > 1:
                sources[b][a] += 1
    usual = {}
    for char, counts in sources.items():
        if ts_chars[char][0] != char or char in st_chars:
            continue
        other, n = max(((form, n) for form, n in counts.items() if form != char),
                       key=lambda pair: pair[1], default=("", 0))
        if n >= _USUAL * max(1, counts[char]) and n >= 2 * _USUAL:
            usual[char] = other
    return usual


@cache
def phrase_bigrams() -> frozenset[str]:
    """Every pair of adjacent characters in OpenCC's phrases, in either script: what ordinary
    words look like, for judging a repair of encoding damage. Kept apart from the other
    tables, which a comparison loads without them."""
    pairs = cached_build("bigrams-1", _build_bigrams)["pairs"]
    return frozenset(map(add, pairs[0::2], pairs[1::2]))


def _build_bigrams() -> dict[str, str]:
    return {"pairs": "".join(sorted({pair for entries in (_phrases(*_ST_PHRASES),
                                                          _phrases(*_TS_PHRASES))
                                     for source, targets in entries.items()
                                     for word in (source, *targets)
                                     for pair in map(add, word, word[1:])}))}


_ST_PHRASES = ("STPhrases.txt", "STPhrases_GeneratedFromRegionalPhrases.txt")
_TS_PHRASES = ("TSPhrases.txt",)


def _phrases(*names: str) -> dict[str, list[str]]:
    """The phrases of OpenCC's dictionaries ``names`` and their targets of the same length."""
    found: dict[str, list[str]] = {}
    for name in names:
        for source, targets in read_dictionary(name):
            same = [t for t in targets if len(t) == len(source)]
            if len(source) > 1 and same:
                found.setdefault(source, same)
    return found


def simplified_key() -> dict[int, int]:
    """A translate table: two characters with one key are script forms of each other."""
    return conversion_tables().simplified_key


class _Direction(NamedTuple):
    """The tables of one direction of conversion, indexed for looking phrases up."""

    chars: dict[str, str]
    phrases: dict[str, str]
    longest: int
    # The lengths of the phrases longer than two characters, by their first three.
    lengths: dict[str, str]
    unusual_chars: re.Pattern[str]  # finds the characters of ConversionTables.unusual_chars
    unusual_pairs: frozenset[str]
    standard: dict[int, int]  # a translate table to the character table's first choices
    source_only: frozenset[str]  # forms of the source script alone (这, or 這 for t2s)


@cache
def _direction(name: str) -> _Direction:
    tables = conversion_tables()
    if name == "s2t":
        chars, phrases, source_only = tables.st_chars, tables.st_phrases, tables.simplified_only
    else:
        chars, phrases, source_only = tables.ts_chars, tables.ts_phrases, tables.traditional_only
    unusual = re.compile(f"[{re.escape(tables.unusual_chars[name])}]")
    pairs = tables.unusual_pairs[name]
    return _Direction(chars, phrases, tables.longest[name], tables.lengths[name], unusual,
                      frozenset(map(add, pairs[::2], pairs[1::2])),
                      tables.first_choices[name], frozenset(source_only))


def _forward_match(phrases: tuple[tuple[int, int], ...], start: int, i: int
                   ) -> tuple[int, int] | None:
    """The phrase (start, length) covering ``i`` that reading from ``start`` by the longest
    phrase at each step takes, or the last taken before ``i``."""
    taken, position = None, start
    while position <= i:
        starting = [length for p, length in phrases if p == position]
        if not starting:
            position += 1
            continue
        taken, position = (position, max(starting)), position + max(starting)
    return taken


def _longest_first(phrases: tuple[tuple[int, int], ...], i: int) -> tuple[int, int] | None:
    """The phrase covering ``i`` that taking the longest phrase anywhere first (the leftmost
    of equals), then the longest of those left beside it, and so on, takes; or None."""
    free = list(phrases)
    while free:
        chosen = min(free, key=lambda match: (-match[1], match[0]))
        if chosen[0] <= i < chosen[0] + chosen[1]:
            return chosen
        free = [m for m in free if m[0] + m[1] <= chosen[0] or chosen[0] + chosen[1] <= m[0]]
    return None


def _replaced(text: str, changes: dict[int, str]) -> str:
    """``text`` with the character at each offset of ``changes`` replaced."""
    pieces, cursor = [], 0
    for i in sorted(changes):
        pieces += [text[cursor:i], changes[i]]
        cursor = i + 1
    pieces.append(text[cursor:])
    return "".join(pieces)


# A line break and the blanks after it, before a Han character: with the blanks before it
# and a Han character before them, a hard wrap. The pattern starts at the line break, so
# that the search skips to each one.
_LINE_BREAK = re.compile(r"\n\s*(?=[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff])")
_BLANKS = " \t\u3000"


class _Unwrapped:
    """A text without its hard wraps between Han characters, where phrases are looked up
    (a PDF extract wraps 依託 as 依, a blank line, 託), and the offsets of both texts."""

    def __init__(self, source: str) -> None:
        gaps = []
        for match in _LINE_BREAK.finditer(source):
            start, end = match.span()
            while start and source[start - 1] in _BLANKS:
                start -= 1
            if start and is_han(source[start - 1]):
                gaps.append((start, end))
        self._source = source
        self.text = "".join(source[start:end] for start, end in zip(
            [0, *(end for _, end in gaps)], [*(start for start, _ in gaps), len(source)],
            strict=True)) if gaps else source
        self._starts = [start for start, _ in gaps]  # in the source
        self._removed = list(accumulate(end - start for start, end in gaps))
        self._text_starts = [end - removed for (_, end), removed
                             in zip(gaps, self._removed, strict=True)]  # in the text

    def to_text(self, i: int) -> int:
        """The text offset of source offset ``i`` (outside the wraps)."""
        k = bisect_right(self._starts, i) if self._starts else 0
        return i - self._removed[k - 1] if k else i

    def to_source(self, i: int) -> int:
        """The source offset of text offset ``i``."""
        k = bisect_right(self._text_starts, i) if self._starts else 0
        return i + self._removed[k - 1] if k else i

    def straddles(self, start: int, length: int) -> bool:
        """Whether source span [start, start+length) holds a wrap."""
        return bool(self._starts) and bisect_right(self._starts, start) != bisect_right(
            self._starts, start + length - 1)

    def source_phrase(self, start: int, length: int, targets: list[str]
                      ) -> tuple[int, int, list[str]]:
        """A phrase found at text offset ``start``, in source offsets: the targets take in
        the wraps it straddles."""
        if not self._starts:
            return start, length, targets
        k = bisect_right(self._text_starts, start)
        source_start = start + self._removed[k - 1] if k else start
        if k == len(self._text_starts) or self._text_starts[k] >= start + length:
            return source_start, length, targets  # no wrap inside
        end = self.to_source(start + length - 1) + 1
        wrapped = []
        for target in targets:
            pieces, cursor = [], source_start
            for k in range(1, length):
                resumed = self.to_source(start + k)
                pieces.append(target[k - 1] + self._source[cursor + 1:resumed]
                              if resumed > cursor + 1 else target[k - 1])
                cursor = resumed
            wrapped.append("".join(pieces) + target[-1])
        return source_start, end - source_start, wrapped


def first_choices(direction: str) -> dict[int, int]:
    """A translate table converting each character (s2t or t2s) to its first choice in the
    character table, phrases aside."""
    return _direction(direction).standard


@cache
def _regional_characters(region: str) -> re.Pattern[str]:
    """Finds the standard characters that ``region`` writes in another form (爲: 為)."""
    return re.compile(f"[{re.escape(''.join(conversion_tables().variants[region]))}]")


class Expectation:
    """What a conversion of ``source`` in ``direction`` (s2t or t2s) reads at each offset.

    ``region`` ("", "tw" or "hk") chooses the forms of the suggestions; every region's forms
    are acceptable. ``expected`` is as long as ``source``; ``standard`` is the same before the
    regional variants.
    """

    def __init__(self, source: str, direction: str, region: str = "") -> None:
        self.source = source
        self.direction = direction
        self.region = region
        self._tables = conversion_tables()
        self._dir = _direction(direction)
        self._acceptable: dict[int, frozenset[str]] = {}
        self._unwrapped = _Unwrapped(source)
        # The phrases starting at each offset of the unwrapped text looked at so far:
        # (start, length, targets) in source offsets.
        self._phrases_at: dict[int, list[tuple[int, int, list[str]]]] = {}
        self.standard, self.expected = self._expectations(self._unusual_places())

    def _unusual_places(self) -> list[int]:
        """The offsets where a phrase may give another form than the character table's
        first choice (only there may the expectation differ from it): a character some
        phrase converts unusually, beside a neighbour such a phrase holds. A few offsets in
        a hundred; the phrases are looked up there alone."""
        text, pairs = self._unwrapped.text, self._dir.unusual_pairs
        return [self._unwrapped.to_source(i)
                for i in (match.start() for match in self._dir.unusual_chars.finditer(text))
                if text[i - 1:i + 1] in pairs or text[i:i + 2] in pairs]

    def _phrases_from(self, p: int) -> list[tuple[int, int, list[str]]]:
        """The phrases starting at offset ``p`` of the unwrapped text, shortest first."""
        found = self._phrases_at.get(p)
        if found is None:
            text, phrases = self._unwrapped.text, self._dir.phrases
            found = []
            pair = text[p:p + 2]
            targets = phrases.get(pair)
            if targets is not None:
                found.append(self._unwrapped.source_phrase(p, 2, targets.split(" ")))
            for length in map(ord, self._dir.lengths.get(text[p:p + 3], "")):
                # A slice cut short by the end of the text could match a shorter phrase.
                if p + length <= len(text):
                    targets = phrases.get(text[p:p + length])
                    if targets is not None:
                        found.append(self._unwrapped.source_phrase(
                            p, length, targets.split(" ")))
            self._phrases_at[p] = found
        return found

    def _expectations(self, differing: list[int]) -> tuple[str, str]:
        standard = translate(self.source, self._dir.standard)
        changes = {}
        for i in differing:
            best = self._best(i)
            if best is not None and best != standard[i]:
                changes[i] = best
        if changes:
            standard = _replaced(standard, changes)
        if self.direction != "s2t" or not self.region:
            return standard, standard
        # The region's forms of the standard text: a few kinds of character, found at once.
        forms = self._tables.variants[self.region]
        return standard, _replaced(standard, {
            match.start(): forms[match.group()][0]
            for match in _regional_characters(self.region).finditer(standard)})

    def _starting_before(self, at: int, stop: int) -> list[tuple[int, int, list[str]]]:
        """The phrases starting at text offsets from ``at`` less the longest phrase to
        ``stop`` that may reach ``at``: a phrase from two or more characters before it is
        looked up only where a phrase of its first three characters is long enough."""
        text, lengths, known = self._unwrapped.text, self._dir.lengths, self._phrases_at
        found = []
        for p in range(max(0, at - self._dir.longest + 1), stop):
            if p < at - 1:
                longer = lengths.get(text[p:p + 3])
                if longer is None or ord(longer[-1]) <= at - p:
                    continue
            found += known[p] if p in known else self._phrases_from(p)
        return found

    def _covering(self, i: int) -> list[tuple[int, int, list[str]]]:
        """Every phrase covering offset ``i``: (start, length, targets), by start."""
        at = self._unwrapped.to_text(i)
        return [match for match in self._starting_before(at, at + 1) if match[0] + match[1] > i]

    def _preempted(self, start: int, length: int, i: int) -> bool:
        """Whether a phrase overlapping [start, start+length) but not ``i`` may be taken
        first, leaving ``i`` to the character table."""
        first = self._unwrapped.to_text(start)
        stop = self._unwrapped.to_text(start + length - 1) + 1
        return any(p + other > start and not p <= i < p + other
                   for p, other, _ in self._starting_before(first, stop))

    def _best(self, i: int) -> str | None:
        """The likeliest form at ``i`` by the phrases covering it; None where none does.

        Phrases no overlapping phrase can pre-empt vote first; a tie goes to the character
        table's first choice (上海参与: 海参 says 蔘, 参与 says 參; 參 it is).
        """
        covering = self._covering(i)
        if not covering:
            return None
        forms = {targets[0][i - p] for p, _, targets in covering}
        if len(forms) == 1:  # the phrases agree: whichever are pre-empted, the vote is theirs
            return forms.pop()
        firm = [c for c in covering if not self._preempted(c[0], c[1], i)] or covering
        votes = Counter(targets[0][i - p] for p, _, targets in firm)
        ranked = votes.most_common()
        top = [char for char, n in ranked if n == ranked[0][1]]
        default = self._dir.chars.get(self.source[i], self.source[i])[:1]
        if default in top:
            return default
        return max(top, key=lambda char: max(length for p, length, targets in firm
                                             if targets[0][i - p] == char))

    def acceptable(self, i: int) -> frozenset[str]:
        """Every form some conversion of the source, in context, gives at ``i``."""
        found = self._acceptable.get(i)
        if found is None:
            base = set(self.standard_acceptable(i))
            if self.direction == "s2t":
                for region in REGIONS:
                    variants = self._tables.variants[region]
                    base.update(form for char in list(base) for form in variants.get(char, ""))
            found = self._acceptable[i] = frozenset(base)
        return found

    def standard_acceptable(self, i: int) -> frozenset[str]:
        """The forms at ``i`` before regional variants: what any covering phrase gives, and
        the character table's first choice unless a phrase no other may pre-empt covers it.
        A phrase across a hard wrap leaves the first choice acceptable too: converted after
        the text was wrapped, the phrase is not seen.

        The source's own character, where covering phrases disagree, passes only where a
        converter reads the phrase keeping it, or the vote picks it: 旅游资源 is no
        conversion's 旅游資源 (both converters read 旅游 first), while 浦东干部, which they
        read 东干|部, passes. An unconverted character is the commonest fault; a phrase
        that no converter takes there is no evidence for it.
        """
        source_char = self.source[i]
        covering = self._covering(i)
        base = {target[i - p] for p, _, targets in covering for target in targets}
        wrapped = any(self._unwrapped.straddles(p, length) for p, length, _ in covering)
        if wrapped or all(self._preempted(p, length, i) for p, length, _ in covering):
            base.add(self._dir.chars.get(source_char, source_char)[:1])
        if source_char in base and len(base) > 1 and len(covering) > 1 and not wrapped \
                and source_char != self._best(i) and source_char not in self._read(i):
            base.discard(source_char)
        return frozenset(base)

    def _read(self, i: int) -> set[str]:
        """What converters give at ``i``: OpenCC reads the longest phrase from the left
        (forward maximum matching), its Python port the longest phrase anywhere first (the
        leftmost of equals). Only the phrases overlapping ``i``'s, transitively, matter.
        Either may have run on the text before it was wrapped or after (then without the
        phrases across a wrap)."""
        low, high = i, i + 1
        phrases: dict[tuple[int, int], list[str]] = {}
        pending = list(range(low, high))
        while pending:
            for p, length, targets in self._covering(pending.pop()):
                if (p, length) in phrases:
                    continue
                phrases[p, length] = targets
                pending.extend(k for k in range(p, p + length) if not low <= k < high)
                low, high = min(low, p), max(high, p + length)
        unwrapped = [match for match in phrases if not self._unwrapped.straddles(*match)]
        return {phrases[m][0][i - m[0]]
                for found in {tuple(phrases), tuple(unwrapped)}
                for m in (_forward_match(found, low, i), _longest_first(found, i))
                if m is not None and m[0] <= i < m[0] + m[1]}

    def phrase_forms(self, i: int) -> frozenset[str]:
        """What the phrases covering ``i`` give there, with the regions' forms of it; empty
        where no phrase covers ``i``."""
        given = {target[i - p] for p, _, targets in self._covering(i) for target in targets}
        if self.direction == "s2t":
            for region in REGIONS:
                variants = self._tables.variants[region]
                given.update(form for found in list(given) for form in variants.get(found, ""))
        return frozenset(given)

    def forms(self, i: int) -> frozenset[str]:
        """Every form the character tables allow for the source character at ``i``."""
        source_char = self.source[i]
        if self.direction == "t2s":
            source_char = chr(self._tables.standard_form.get(ord(source_char), ord(source_char)))
        found = {source_char, *self._dir.chars.get(source_char, "")}
        if self.direction == "s2t":
            for region in REGIONS:
                variants = self._tables.variants[region]
                found.update(form for char in list(found) for form in variants.get(char, ""))
        return frozenset(found)

    def judge(self, i: int, char: str, target: str = "", j: int = -1) -> tuple[Reason, str] | None:
        """Whether ``char`` at ``i`` is a faulty conversion: its reason and the suggestion.

        None where some conversion in context gives ``char`` and where ``char`` is no form
        of the source character at all (a real edit, not a conversion's doing). ``target``
        and ``j`` locate ``char`` in its own text, to accept regional phrase forms.
        """
        if char == self.expected[i] or char in self.acceptable(i):
            return None
        if char not in self.forms(i) and char not in self._dir.source_only:
            return None
        if target and self.regional_phrase(i, target, j):
            return None
        suggestion = self.expected[i]
        if suggestion == char:
            return None
        if char == self.source[i] or char in self._dir.source_only:
            return Reason.LEFTOVER, suggestion
        return Reason.CHOICE, suggestion

    def regional_phrase(self, i: int, target: str, j: int) -> bool:
        """Whether ``target`` at ``j`` lies in a regional phrase form (HK 光明臺)."""
        if self.direction != "s2t":
            return False
        for region in REGIONS:
            index = _regional_index(region)
            for start in range(max(0, j - index.longest + 1), j + 1):
                for length in index.lengths.get(target[start:start + 2], ()):
                    if start + length > len(target):
                        continue
                    standard = index.phrases.get(target[start:start + length])
                    if standard is not None and start + length > j and \
                            standard[j - start] in self.acceptable(i):
                        return True
        return False


class _RegionalIndex(NamedTuple):
    phrases: dict[str, str]  # regional phrase -> standard phrase
    lengths: dict[str, tuple[int, ...]]
    longest: int


@cache
def _regional_index(region: str) -> _RegionalIndex:
    phrases = {regional: standard for standard, regional
               in conversion_tables().variant_phrases[region].items() if regional != standard}
    lengths: dict[str, set[int]] = defaultdict(set)
    for phrase in phrases:
        lengths[phrase[:2]].add(len(phrase))
    return _RegionalIndex(phrases, {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
                          max(map(len, phrases), default=1))


@cache
def variant_forms() -> dict[str, frozenset[str]]:
    """Each standard character with a regional variant, and all its forms (爲: 爲 為)."""
    tables = conversion_tables()
    groups: dict[str, set[str]] = defaultdict(set)
    for region in REGIONS:
        for standard, forms in tables.variants[region].items():
            groups[standard].update({standard, *forms})
    return {standard: frozenset(forms) for standard, forms in groups.items() if len(forms) > 1}


def mixed_variants(places: list[tuple[int, str, str]]) -> dict[int, str]:
    """The minority places of characters written in two forms within one document.

    ``places`` holds (offset, standard form expected there, form written). Where one form of
    a character is used more than any other, each place using another form is returned with
    the majority form as its suggestion; a consistent document gives nothing.

    >>> mixed_variants([(0, "裏", "裡"), (5, "裏", "裡"), (9, "裏", "裏")])
    {9: '裡'}
    """
    by_character: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for offset, standard, written in places:
        by_character[standard].append((offset, written))
    minority = {}
    for uses in by_character.values():
        counts = Counter(written for _, written in uses).most_common()
        if len(counts) < 2 or counts[0][1] == counts[1][1]:
            continue
        majority = counts[0][0]
        minority.update((offset, majority) for offset, written in uses if written != majority)
    return dict(sorted(minority.items()))


def round_trip_source(text: str) -> str:
    """A simplified source for a traditional ``text``: its t2s conversion, phrase-aware.

    Regional variants fold to the standard form first; where a source does not fit, the
    checker tries the character's other simplified forms (乾: 干, then 乾 of 乾隆). A
    character whose own form is a rare source (瞭) comes from its usual one (了) wherever
    no t2s phrase decides (瞭望 stays).
    """
    tables = conversion_tables()
    standard = text.translate(tables.standard_form)
    expectation = Expectation(standard, "t2s")
    source = expectation.expected
    chars = None
    for char, form in tables.usual_sources.items():
        j = source.find(char)
        while j >= 0:
            if char not in expectation.phrase_forms(j):
                chars = chars or list(source)
                chars[j] = form
            j = source.find(char, j + 1)
    return "".join(chars) if chars else source


def alternative_sources(char: str, used: str) -> str:
    """The simplified forms of a traditional character but the one ``used``."""
    tables = conversion_tables()
    standard = chr(tables.standard_form.get(ord(char), ord(char)))
    return "".join(form for form in tables.ts_chars.get(standard, "") if form != used)


@cache
def converter(config: str) -> OpenCC:
    """opencc-python-reimplemented's converter running on the current OpenCC tables.

    ``config`` names one of OpenCC's configurations (s2t, s2tw, s2hk, t2s, tw2s, ...); the
    converter package's own dictionaries lag them. Groups of dictionaries are kept in their
    order; a union group becomes one dictionary.
    """
    with open(_DICTIONARIES / "config" / f"{config}.json", encoding="utf-8") as handle:
        settings = json.load(handle)
    chain = [_chain_step(step["dict"]) for step in settings["conversion_chain"]]
    instance = OpenCC()
    instance.conversion = config
    instance._dict_chain_data = chain  # the converter's own config reader wants its files
    instance._dict_init_done = True
    return instance


def _chain_step(spec: dict) -> list[tuple[int, int, dict[str, str]]]:
    if spec["type"] == "group" and spec.get("match_policy") != "union":
        return [entry for member in spec["dicts"] for entry in _chain_step(member)]
    mapping: dict[str, str] = {}
    members = spec["dicts"] if spec["type"] == "group" else [spec]
    for member in members:
        for source, targets in read_dictionary(member["file"]):
            mapping.setdefault(source, " ".join(targets))
    lengths = [len(key) for key in mapping]
    return [(max(lengths), min(lengths), mapping)]
