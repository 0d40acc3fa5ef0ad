"""Reading and writing review files (review-format.md), atomically.

A review lives beside the documents by default, in the left document's folder, named after
both documents' full names: ``<left-name>.<right-name>.duizhao-review.json``, with a digest of
the right document's path after the right name when it lies in another folder, so that pairs
differing only in an extension or a folder never share a review. Files named the older way,
``<left-stem>.<right-stem>.duizhao-review.json``, are still read when they record this pair.

Version 1 files may carry, since minor revision 1 (top-level ``"minor": 1``), a place in
each anchor: ``label``, ``clause``, ``occurrence`` and ``occurrences`` (``Place``). Readers
of the first revision ignore those keys; this one reads files with or without them.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.io.files import read_regular_file
from app.model import Anchor, Kind, RowAnchor
from app.report.atomic import replaced_atomically
from app.review.model import Annotation, Place, Review, ReviewedFile, RowComment, Verdict

FORMAT = "duizhao-review"
VERSION = 1
MINOR = 1  # anchors may carry a place
# A review of 100,000 annotations is about 40 MB; anything far beyond is not a review.
MAX_BYTES = 256 << 20
SUFFIX = ".duizhao-review.json"
PROJECT_FORMAT = "duizhao-project"
_ANCHOR_KEYS = ("kind", "left", "right", "before", "after")
_PLACE_KEYS = ("label", "clause", "occurrence", "occurrences")
_VERDICTS = frozenset(v.value for v in Verdict)
# Only a \\uD800-\\uDFFF escape can put a surrogate into text decoded from UTF-8.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")
_ANNOTATION_KEYS = frozenset({"anchor", "verdict", "comment", "author", "time"})
_REVIEW_KEYS = frozenset({"format", "version", "minor", "left", "right", "annotations",
                          "row_comments"})


class ReviewError(Exception):
    """A review file cannot be used; the message names the file and the reason."""


def default_review_path(left: str | Path, right: str | Path) -> Path:
    """Where the review of a pair lives unless the user chooses: beside the left document."""
    left, right = Path(os.path.abspath(left)), Path(os.path.abspath(right))
    folder = ""
    if right.parent != left.parent:
        where = portable_path(right.parent, left.parent).encode("utf-8", "surrogatepass")
        folder = "." + hashlib.blake2b(where, digest_size=4).hexdigest()
    return left.with_name(f"{left.name}.{right.name}{folder}{SUFFIX}")


def legacy_review_path(left: str | Path, right: str | Path) -> Path:
    """The name earlier versions gave the review of a pair, which several pairs could share."""
    left, right = Path(left), Path(right)
    return left.with_name(f"{left.stem}.{right.stem}{SUFFIX}")


def records_pair(review: Review, path: str | Path, left: str | Path, right: str | Path) -> bool:
    """Whether the review saved at ``path`` says it is about this pair (or does not say)."""
    folder = Path(os.path.abspath(path)).parent
    for recorded, document in ((review.left.path, left), (review.right.path, right)):
        if recorded and os.path.normpath(folder / recorded) != os.path.abspath(document):
            return False
    return True


def reviewed_file(path: str | Path, relative_to: str | Path | None = None) -> ReviewedFile:
    """Describe a document for a review: its path (relative when possible) and its SHA-256."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        sha256 = digest.hexdigest()
    except OSError:
        sha256 = ""
    return ReviewedFile(path=portable_path(path, relative_to), sha256=sha256)


def portable_path(path: str | Path, relative_to: str | Path | None) -> str:
    """``path`` relative to the folder ``relative_to`` when it can be, else absolute."""
    absolute = os.path.abspath(path)
    if relative_to is None:
        return absolute
    try:
        return Path(os.path.relpath(absolute, os.path.abspath(relative_to))).as_posix()
    except ValueError:  # another drive on Windows
        return absolute


def review_to_dict(review: Review) -> dict[str, Any]:
    """The review as JSON-ready data in the contract's shape (row comments appended)."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        **({"minor": MINOR} if any(a.place for a in review.annotations) else {}),
        "left": {"path": review.left.path, "sha256": review.left.sha256},
        "right": {"path": review.right.path, "sha256": review.right.sha256},
        "annotations": [_annotation_to_dict(a) for a in review.annotations],
    }
    if review.row_comments:
        data["row_comments"] = [_row_comment_to_dict(c) for c in review.row_comments]
    data.update({k: v for k, v in review.extra.items() if k not in data})
    return data


def _annotation_to_dict(annotation: Annotation) -> dict[str, Any]:
    anchor, place = annotation.anchor, annotation.place
    where = {"kind": anchor.kind.value, "left": anchor.left, "right": anchor.right,
             "before": anchor.before, "after": anchor.after}
    if place is not None:
        where.update(label=place.label, clause=place.clause, occurrence=place.occurrence,
                     occurrences=place.occurrences)
    return {
        "anchor": where,
        "verdict": annotation.verdict.value if annotation.verdict else None,
        "comment": annotation.comment,
        "author": annotation.author,
        "time": annotation.time,
        **{k: v for k, v in annotation.extra.items() if k not in _ANNOTATION_KEYS},
    }


def _row_comment_to_dict(comment: RowComment) -> dict[str, Any]:
    anchor = comment.anchor
    return {
        "anchor": {"label": anchor.label, "left": anchor.left, "right": anchor.right},
        "comment": comment.comment,
        "author": comment.author,
        "time": comment.time,
        **{k: v for k, v in comment.extra.items() if k not in _ANNOTATION_KEYS},
    }


class _Invalid(Exception):
    """The data is not a review; the message says where and why."""


def review_from_dict(data: object) -> Review:
    """Validate and read review data; raises ``ValueError`` saying what is wrong."""
    try:
        return _review(data)
    except _Invalid as error:
        raise ValueError(str(error)) from None


def _review(data: object) -> Review:
    top = _object(data, "the review")
    if top.get("format") != FORMAT:
        raise _Invalid(f"not a review file (format is {top.get('format')!r}, "
                       f"expected {FORMAT!r})")
    version = top.get("version")
    if version != VERSION or isinstance(version, bool):
        raise _Invalid(f"unsupported review version {version!r} (this version reads "
                       f"{VERSION})")
    annotations = tuple(_annotation(item, f"annotation {n}")
                        for n, item in enumerate(_list(top.get("annotations", []),
                                                       "annotations"), 1))
    row_comments = tuple(_row_comment(item, f"row comment {n}")
                         for n, item in enumerate(_list(top.get("row_comments", []),
                                                        "row_comments"), 1))
    return Review(left=_file(top.get("left"), "left"), right=_file(top.get("right"), "right"),
                  annotations=annotations, row_comments=row_comments,
                  extra={k: v for k, v in top.items() if k not in _REVIEW_KEYS})


def _object(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid(f"{where} is not a JSON object")
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Invalid(f"{where} is not a list")
    return value


def _text(value: object, where: str, default: str | None = None) -> str:
    if value is None and default is not None:
        return default
    if not isinstance(value, str):
        raise _Invalid(f"{where} is not a string")
    return value


def _file(value: object, where: str) -> ReviewedFile:
    if value is None:
        return ReviewedFile("", "")
    item = _object(value, where)
    return ReviewedFile(path=_text(item.get("path"), f"{where}.path", ""),
                        sha256=_text(item.get("sha256"), f"{where}.sha256", ""))


def _annotation(value: object, where: str) -> Annotation:
    item = _object(value, where)
    anchor = _object(item.get("anchor"), f"{where}: anchor")
    for key in _ANCHOR_KEYS:
        _text(anchor.get(key), f"{where}: anchor.{key}", "" if key in ("before", "after")
              else None)
    try:
        kind = Kind(anchor["kind"])
    except ValueError:
        raise _Invalid(f"{where}: unknown difference kind {anchor['kind']!r}") from None
    verdict = item.get("verdict")
    if verdict is not None and (not isinstance(verdict, str) or verdict not in _VERDICTS):
        raise _Invalid(f"{where}: unknown verdict {verdict!r} "
                       f"(accepted, rejected, query or null)")
    return Annotation(
        anchor=Anchor(kind=kind, left=anchor["left"], right=anchor["right"],
                      before=anchor.get("before") or "", after=anchor.get("after") or ""),
        verdict=Verdict(verdict) if verdict is not None else None,
        comment=_text(item.get("comment"), f"{where}: comment", ""),
        author=_text(item.get("author"), f"{where}: author", ""),
        time=_text(item.get("time"), f"{where}: time", ""),
        place=_place(anchor, where),
        extra={k: v for k, v in item.items() if k not in _ANNOTATION_KEYS})


def _place(anchor: Mapping[str, Any], where: str) -> Place | None:
    """The anchor's place, or None when it has none (a file of the first revision)."""
    if not any(key in anchor for key in _PLACE_KEYS):
        return None
    label = _text(anchor.get("label"), f"{where}: anchor.label", "")
    clause = _text(anchor.get("clause"), f"{where}: anchor.clause", "")
    occurrence, occurrences = anchor.get("occurrence"), anchor.get("occurrences")
    for key, value, least in (("occurrence", occurrence, 0), ("occurrences", occurrences, 1)):
        if not isinstance(value, int) or isinstance(value, bool) or value < least:
            raise _Invalid(f"{where}: anchor.{key} is not a whole number from {least}")
    if occurrence >= occurrences:
        raise _Invalid(f"{where}: anchor.occurrence is not below anchor.occurrences")
    return Place(label=label, clause=clause, occurrence=occurrence, occurrences=occurrences)


def _row_comment(value: object, where: str) -> RowComment:
    item = _object(value, where)
    anchor = _object(item.get("anchor"), f"{where}: anchor")
    return RowComment(
        anchor=RowAnchor(label=_text(anchor.get("label"), f"{where}: anchor.label", ""),
                         left=_text(anchor.get("left"), f"{where}: anchor.left", ""),
                         right=_text(anchor.get("right"), f"{where}: anchor.right", "")),
        comment=_text(item.get("comment"), f"{where}: comment", ""),
        author=_text(item.get("author"), f"{where}: author", ""),
        time=_text(item.get("time"), f"{where}: time", ""),
        extra={k: v for k, v in item.items() if k not in _ANNOTATION_KEYS})


def read_json(path: str | Path, what: str) -> Any:
    """Parse a JSON file; any trouble becomes a ``ReviewError`` naming the file.

    Only a regular file of at most ``MAX_BYTES`` is read (a FIFO or a device would block or
    never end), and text that could not be written back as UTF-8, a lone surrogate escaped
    as ``\\ud800``, is refused here rather than failing every later save.
    """
    try:
        raw = read_regular_file(path, MAX_BYTES)
    except OSError as error:
        raise ReviewError(f"{path}: cannot read the {what} "
                          f"({(error.strerror or str(error)).lower()})") from None
    if len(raw) > MAX_BYTES:
        raise ReviewError(f"{path}: not a {what} (larger than {MAX_BYTES >> 20} MB)")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ReviewError(f"{path}: not a {what} (not UTF-8 text)") from None
    except json.JSONDecodeError as error:
        raise ReviewError(f"{path}: not a {what} (invalid JSON at line {error.lineno}, "
                          f"column {error.colno}: {error.msg})") from None
    except RecursionError:
        raise ReviewError(f"{path}: not a {what} (JSON nested too deeply)") from None
    except ValueError as error:  # an integer of more than 4,300 digits
        raise ReviewError(f"{path}: not a {what} ({error})") from None
    where = _lone_surrogate(data) if _SURROGATE_ESCAPE.search(raw) else None
    if where is not None:
        raise ReviewError(f"{path}: not a {what} (invalid text: a lone surrogate "
                          f"in {where})")
    return data


def _lone_surrogate(data: Any) -> str | None:
    """Where a string of ``data`` holds a lone surrogate (a JSON path), or None."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return where or "the top level"
        elif isinstance(value, dict):
            for key, item in value.items():
                name = key.encode("utf-8", "backslashreplace").decode("utf-8")
                stack.append((key, where or "the top level"))
                stack.append((item, f"{where}.{name}" if where else name))
        elif isinstance(value, list):
            stack.extend((item, f"{where}[{n}]") for n, item in enumerate(value))
    return None


def load_review(path: str | Path) -> Review:
    """Read a review file, or the review inside a ``.duizhao`` project file."""
    data = read_json(path, "review file")
    if isinstance(data, dict) and data.get("format") == PROJECT_FORMAT:
        data = data.get("review")
    try:
        return review_from_dict(data)
    except ValueError as error:
        raise ReviewError(f"{path}: {error}") from None


def save_review(review: Review, path: str | Path) -> None:
    """Write ``review`` to ``path`` atomically."""
    write_atomically(path, dumps(review_to_dict(review)))


def dumps(data: Mapping[str, Any]) -> str:
    """JSON of a review or project, indented, with one line per annotation or row comment.

    One line per note keeps a file of 100,000 annotations quick to write (the C encoder
    does the lines) and a colleague's change one line in a diff.
    """
    lines = []
    for key, value in data.items():
        name = json.dumps(key, ensure_ascii=False)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            items = ",\n".join("    " + json.dumps(v, ensure_ascii=False) for v in value)
            lines.append(f"  {name}: [\n{items}\n  ]")
        elif key == "review" and isinstance(value, dict):
            lines.append(f"  {name}: " + dumps(value).rstrip("\n").replace("\n", "\n  "))
        else:
            text = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            lines.append(f"  {name}: {text}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def write_atomically(path: str | Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8, LF) so that a crash leaves either the old or the
    new file (``app.report.atomic``)."""
    with replaced_atomically(Path(path)) as temporary:
        temporary.write_text(text, "utf-8", newline="\n")
