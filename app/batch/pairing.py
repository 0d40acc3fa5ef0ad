"""Pair the documents of two folders.

Versions of one document rarely keep their file name: the extension changes (``.docx`` to
``.pdf``), a script marker is added (``简体``/``繁體``, ``-sc``/``-tc``, ``_zh-CN``/``_zh-TW``),
a draft marker comes or goes (征求意见稿, 送审稿, 草案, draft, final, v2, a date), and a
traditional release writes its name in traditional characters. Pairing tries, in order:
the same relative path, the same *name key* (the relative path with all of that removed and
the script folded), and finally the similarity of the documents' opening text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePosixPath

from rapidfuzz import fuzz

from app.io import READERS

# Opening text compared when names do not settle a pair, and the score (0-100) it needs.
_OPENING_CHARS = 3000
_SIMILARITY_FLOOR = 60.0

_SCRIPT_MARKERS = (
    r"简体中文|簡體中文|繁体中文|繁體中文|简体版|簡體版|繁体版|繁體版|简体|簡體|繁体|繁體|"
    r"简版|繁版|zh[-_ ]?(?:cn|tw|hk|sg|mo|hans|hant)|chs|cht|sc|tc|simplified|traditional")
_DRAFT_MARKERS = (
    r"征求意见稿|徵求意見稿|送审稿|送審稿|讨论稿|討論稿|修订稿|修訂稿|修改稿|审议稿|審議稿|"
    r"草案|初稿|定稿|终稿|終稿|正式稿|正式版|最终版|最終版|修订版|修訂版|"
    r"draft|final|revised|revision|rev\d*|v\d+(?:\.\d+)*|copy|副本")
_DATE = r"(?:19|20)\d\d(?:[-_.年]?\d{1,2}(?:[-_.月]?\d{1,2}日?)?)?"
# A marker counts only as a whole word: between separators or at the ends of the name.
_SEPARATORS = r"[\s\-_.·()（）\[\]【】《》<>]"
_MARKER = re.compile(
    rf"(?:(?<={_SEPARATORS})|^)(?:{_SCRIPT_MARKERS}|{_DRAFT_MARKERS}|{_DATE})"
    rf"(?=(?:{_SEPARATORS})|$)", re.IGNORECASE)
# Chinese markers need no separator around them: 方案征求意见稿, 方案（繁體）.
_CHINESE_MARKER = re.compile(
    r"简体中文|簡體中文|繁体中文|繁體中文|简体版|簡體版|繁体版|繁體版|简体|簡體|繁体|繁體|"
    r"征求意见稿|徵求意見稿|送审稿|送審稿|讨论稿|討論稿|修订稿|修訂稿|修改稿|审议稿|審議稿|"
    r"草案|初稿|定稿|终稿|終稿|正式稿|正式版|最终版|最終版|修订版|修訂版|副本|"
    r"(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?")
_SEPARATOR_RUN = re.compile(rf"{_SEPARATORS}+")


class PairedBy(StrEnum):
    """How a pair was found."""

    PATH = "path"  # the same relative path in both folders
    NAME = "name"  # the same name once script, draft markers and extension are set aside
    CONTENT = "content"  # the opening text is alike
    MANIFEST = "manifest"  # listed by the user


@dataclass(frozen=True)
class Pair:
    """Two versions of one document; ``name`` is the relative path reports are written under.

    ``right`` is None for a document checked alone (``duizhao check DIR``).
    """

    left: Path
    right: Path | None
    name: str
    paired_by: PairedBy


@dataclass(frozen=True)
class Pairing:
    """The pairs of two folders and the files left without a partner."""

    pairs: tuple[Pair, ...]
    only_left: tuple[Path, ...]
    only_right: tuple[Path, ...]


def document_files(folder: Path, skip: Path | None = None) -> list[Path]:
    """The readable documents under ``folder``, recursively, in a stable order.

    Hidden files and folders, and ``skip`` (an output folder inside the input), are left out.
    """
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith((".", "~$")) for part in relative.parts):
            continue
        if skip is not None and (path == skip or skip in path.parents):
            continue
        if path.is_file() and path.suffix.lower().lstrip(".") in READERS:
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def name_key(relative: PurePosixPath, fold: Callable[[str], str] = str) -> str:
    """The part of a relative path that versions of one document share.

    ``fold`` folds the script of the name (traditional to simplified).

    >>> key = name_key(PurePosixPath("plan/方案-简体.docx"))
    >>> key, key == name_key(PurePosixPath("plan/方案_繁體.pdf"))
    ('plan/方案', True)
    >>> name_key(PurePosixPath("规定（征求意见稿）2021-03-05.docx"))
    '规定'
    >>> name_key(PurePosixPath("rules_v2_final.md")), name_key(PurePosixPath("rules-draft.txt"))
    ('rules', 'rules')
    """
    parts = [*relative.parent.parts, relative.stem if relative.suffix else relative.name]
    # Markers are removed before and after folding: the fold may pick either script's form.
    return "/".join(_bare(fold(_bare(part))) for part in parts)


def _bare(name: str) -> str:
    if name == "_":
        return name
    previous = None
    name = name.lower()
    while previous != name:  # markers may stand side by side: _v2_final
        previous = name
        name = _MARKER.sub(" ", _CHINESE_MARKER.sub(" ", name))
    return _SEPARATOR_RUN.sub("", name) or "_"


def pair_folders(left: Path, right: Path, *, fold: Callable[[str], str] = str,
                 opening: Callable[[Path], str] | None = None,
                 skip: Path | None = None) -> Pairing:
    """Pair the documents of two folders.

    ``fold`` folds the script of names; ``opening(path)`` returns a document's opening text
    with its script folded (or "" when it cannot be read) for the similarity fallback, which
    is skipped when ``opening`` is None.
    """
    left_files = {p.relative_to(left).as_posix(): p for p in document_files(left, skip)}
    right_files = {p.relative_to(right).as_posix(): p for p in document_files(right, skip)}
    pairs: list[Pair] = []
    for relative in sorted(left_files.keys() & right_files.keys()):
        pairs.append(Pair(left_files.pop(relative), right_files.pop(relative),
                          _report_name(relative), PairedBy.PATH))
    pairs += _pair_by_name(left_files, right_files, fold)
    if opening is not None:
        pairs += _pair_by_content(left_files, right_files, opening)
    pairs.sort(key=lambda pair: pair.name)
    return Pairing(tuple(pairs), tuple(left_files.values()), tuple(right_files.values()))


def _report_name(relative: str) -> str:
    path = PurePosixPath(relative)
    return str(path.with_suffix("")) if path.suffix else relative


def _pair_by_name(left: dict[str, Path], right: dict[str, Path],
                  fold: Callable[[str], str]) -> list[Pair]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for relative in right:
        by_key[name_key(PurePosixPath(relative), fold)].append(relative)
    pairs = []
    for relative in sorted(left):
        candidates = by_key.get(name_key(PurePosixPath(relative), fold))
        if not candidates:
            continue
        # Among several candidates: the one keeping the extension, then the closest name.
        path = PurePosixPath(relative)
        chosen = min(candidates, key=lambda c: (
            PurePosixPath(c).suffix.lower() != path.suffix.lower(),
            -fuzz.ratio(PurePosixPath(c).stem, path.stem), c))
        candidates.remove(chosen)
        pairs.append(Pair(left.pop(relative), right.pop(chosen), _report_name(relative),
                          PairedBy.NAME))
    return pairs


def _pair_by_content(left: dict[str, Path], right: dict[str, Path],
                     opening: Callable[[Path], str]) -> list[Pair]:
    """Pair the remaining files greedily by the similarity of their opening text."""
    if not left or not right:
        return []
    left_text = {relative: opening(path) for relative, path in left.items()}
    right_text = {relative: opening(path) for relative, path in right.items()}
    scores = sorted(
        ((fuzz.ratio(a_text, b_text), a, b)
         for a, a_text in left_text.items() if a_text
         for b, b_text in right_text.items() if b_text),
        key=lambda item: (-item[0], item[1], item[2]))
    pairs = []
    for score, a, b in scores:
        if score < _SIMILARITY_FLOOR:
            break
        if a in left and b in right:
            pairs.append(Pair(left.pop(a), right.pop(b), _report_name(a), PairedBy.CONTENT))
    return pairs


def name_fold() -> Callable[[str], str]:
    """Fold the script of a name to one form (方案 and 方案 alike in either script)."""
    from app.engine.script import translation_table
    from app.model import Conversion

    table = translation_table(Conversion.T2S)
    return lambda name: name.translate(table)


def opening_text(path: Path) -> str:
    """A document's opening text, script folded, for pairing by content ("" if unreadable)."""
    from app.io import DocumentError, load_document

    try:
        text = load_document(path).text[:_OPENING_CHARS]
    except DocumentError:
        return ""
    return "".join(char for char in name_fold()(text) if not char.isspace())


def single_documents(folder: Path, skip: Path | None = None) -> list[Pair]:
    """Every readable document under ``folder``, each to be checked alone."""
    return [Pair(path, None, _report_name(path.relative_to(folder).as_posix()), PairedBy.PATH)
            for path in document_files(folder, skip)]


def read_manifest(path: Path, rows: Iterable[list[str]]) -> list[Pair]:
    """Pairs listed by the user: rows of ``left,right[,name]``, paths relative to the manifest.

    A header row naming ``left`` and ``right`` is skipped; blank rows are ignored.
    """
    folder = path.parent
    pairs = []
    for number, row in enumerate(rows, 1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if number == 1 and [c.lower() for c in cells[:2]] == ["left", "right"]:
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise ValueError(f"{path}: row {number} needs a left and a right path")
        left, right = folder / cells[0], folder / cells[1]
        name = cells[2] if len(cells) > 2 and cells[2] else _report_name(
            PurePosixPath(cells[0]).name)
        pairs.append(Pair(left, right, _safe_name(name), PairedBy.MANIFEST))
    return pairs


def _safe_name(name: str) -> str:
    """A report name that stays inside the output folder."""
    parts = [part for part in PurePosixPath(name.replace("\\", "/")).parts
             if part not in ("", ".", "..", "/")]
    return "/".join(parts) or "pair"
