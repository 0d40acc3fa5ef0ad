"""Check one document alone: what its conversion between the scripts got wrong, and damage.

A traditional document is checked against a round trip: its character-level simplified form
converted back with OpenCC's phrase dictionaries, every covering phrase considered
(conversion.py). A character no conversion of that source gives in context is a leftover of
the simplified script (今后) or another of its traditional forms (鉆石); a character with other
simplified forms (乾: 干 or 乾) is tried with each before it is called wrong (乾隆), itself
only where a phrase keeps it or no phrase decides the place (骨乾 is 骨幹), and a character
that is rarely its own source is read as its usual one (召開瞭: 了). A
simplified document is checked the other way for traditional forms left in it. Characters
written in two regional forms (裡 and 裏) give their minority places. Encoding damage comes
from damage.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import compress, count
from operator import ne

from app.engine.conversion import (
    Expectation,
    alternative_sources,
    conversion_tables,
    first_choices,
    mixed_variants,
    round_trip_source,
    variant_forms,
)
from app.engine.damage import find_damage
from app.engine.script import detect_script
from app.engine.segment import segment
from app.engine.translate import translate
from app.model import (
    CheckResult,
    CheckSettings,
    Conversion,
    Document,
    DocumentInfo,
    Finding,
    Kind,
    Outcome,
    Reason,
    Script,
)

_REGION_OF = {Conversion.T2S: "", Conversion.TW2S: "tw", Conversion.HK2S: "hk"}
_CONFIG_OF_REGION = {"": "s2t", "tw": "s2tw", "hk": "s2hk"}
_STEPS = 4


def check_document(document: Document, settings: CheckSettings = CheckSettings(),  # noqa: B008
                   progress: Callable[[int, int], None] | None = None,
                   should_cancel: Callable[[], bool] | None = None) -> CheckResult:
    """Find the conversion errors and the encoding damage of one document, in reading order.

    >>> doc = Document("今后對于幹部的發展，依托鉆石。", "txt", "utf-8")
    >>> result = check_document(doc)
    >>> [(f.id, f.reason.value, f.span.text, f.suggestion) for f in result.findings[:2]]
    [('f1', 'leftover', '后', '後'), ('f2', 'leftover', '于', '於')]
    >>> [(f.reason.value, f.span.text, f.suggestion) for f in result.findings[2:]]
    [('leftover', '托', '託'), ('choice', '鉆', '鑽')]
    """
    text = document.text
    script, region = detect_script(text)
    info = DocumentInfo(document, script, region, tuple(segment(text)))

    def step(done: int) -> bool:
        if progress:
            progress(done, _STEPS)
        return bool(should_cancel and should_cancel())

    if step(0):
        return CheckResult(info, settings, "none", (), Outcome.CANCELLED)
    direction, region = _direction(settings.convert, script, region)
    places: list[tuple[int, int, Kind, Reason | None, str | None]] = []
    if direction:
        expectation = _expectation(text, direction, region)
        if step(1):
            return CheckResult(info, settings, "none", (), Outcome.CANCELLED)
        places += conversion_places(expectation, text)
    if step(2):
        return CheckResult(info, settings, "none", (), Outcome.CANCELLED)
    to_script = (lambda repaired: _expectation_of(repaired, region).expected) \
        if direction == "s2t" else str
    damaged = find_damage(text, to_script)
    places = [p for p in places if not any(d.start <= p[0] < d.end for d in damaged)]
    places += [(d.start, d.end, Kind.ENCODING, None, d.repair) for d in damaged]
    places.sort(key=lambda place: (place[0], place[1]))
    step(_STEPS)
    findings = tuple(Finding(f"f{number}", kind, reason, document.span(start, end), suggestion)
                     for number, (start, end, kind, reason, suggestion)
                     in enumerate(places, start=1))
    name = "none" if not direction else (
        _CONFIG_OF_REGION[region] if direction == "s2t" else "t2s")
    return CheckResult(info, settings, name, findings)


def _direction(convert: Conversion, script: Script, region: str) -> tuple[str, str]:
    """Which way the document was converted (s2t into it, or t2s) and the region."""
    if convert is Conversion.NONE or script is Script.NONE:
        return "", ""
    if convert is not Conversion.AUTO:
        return "s2t", _REGION_OF[convert]
    if script is Script.SIMPLIFIED:
        return "t2s", ""
    return "s2t", region


def _expectation(text: str, direction: str, region: str) -> Expectation:
    if direction == "s2t":
        return _expectation_of(round_trip_source(text), region)
    return Expectation(translate(text, first_choices("s2t")), "t2s")


def _expectation_of(source: str, region: str) -> Expectation:
    return Expectation(source, "s2t", region)


def conversion_places(expectation: Expectation, text: str
                      ) -> list[tuple[int, int, Kind, Reason | None, str | None]]:
    """Leftover, choice and variant places of ``text`` against ``expectation`` (aligned
    offset for offset)."""
    places: list[tuple[int, int, Kind, Reason | None, str | None]] = []
    flagged = set()
    for j in compress(count(), map(ne, text, expectation.expected)):
        verdict = expectation.judge(j, text[j], text, j)
        if verdict and expectation.direction == "s2t" and _another_source_fits(
                expectation, j, text):
            verdict = None
        if verdict:
            flagged.add(j)
            places.append((j, j + 1, Kind.CONVERSION, *verdict))
    if expectation.direction == "s2t":
        for j, suggestion in variant_places(expectation, text, flagged).items():
            places.append((j, j + 1, Kind.CONVERSION, Reason.VARIANT, suggestion))
    return places


def _another_source_fits(expectation: Expectation, j: int, text: str) -> bool:
    """Whether another simplified form of the character at ``j`` explains it (乾隆).

    The character itself as its source (乾 for 乾, which the s2t tables leave alone) fits
    where a phrase keeps it (乾隆) or where the dictionaries cannot decide: no phrase
    covers the place (谿水) and its own form is no rare source (瞭 is). Else a phrase's
    reading (骨干: 骨幹) would lose to any one-to-many character being its own source.
    """
    reach = 2 * 16
    start = max(0, j - reach)
    source = expectation.source
    tables = conversion_tables()
    itself = text[j].translate(tables.standard_form)
    undecided = itself not in tables.usual_sources and not expectation.phrase_forms(j)
    for alternative in alternative_sources(text[j], source[j]):
        window = Expectation(source[start:j] + alternative + source[j + 1:j + reach], "s2t",
                             expectation.region)
        if window.judge(j - start, text[j]) is None and (
                alternative != itself or alternative in tables.st_chars or undecided
                or text[j] in window.phrase_forms(j - start)):
            return True
    return False


@cache
def _variant_character() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(''.join(sorted(set().union(*variant_forms().values()))))}]")


def variant_places(expectation: Expectation, text: str, skip: set[int]) -> dict[int, str]:
    """The minority places of characters written in two regional forms (裡 among 裏)."""
    forms = variant_forms()
    places = []
    for match in _variant_character().finditer(text):
        j = match.start()
        if j in skip:
            continue
        standard, written = expectation.standard[j], text[j]
        if written in forms.get(standard, ()) and (
                written == standard or written not in expectation.standard_acceptable(j)):
            places.append((j, standard, written))
    return mixed_variants(places)
