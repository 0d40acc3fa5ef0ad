"""Reading and writing review files (review-format.md), atomically.

A review lives beside the documents by default: ``<left-stem>.<right-stem>.duizhao-review.json``
in the left document's folder, so that opening the same pair again finds it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.io.files import read_regular_file
from app.model import Anchor, Kind, RowAnchor
from app.review.model import Annotation, Review, ReviewedFile, RowComment, Verdict

FORMAT = "duizhao-review"
VERSION = 1
SUFFIX = ".duizhao-review.json"
PROJECT_FORMAT = "duizhao-project"
_ANCHOR_KEYS = ("kind", "left", "right", "before", "after")
_ANNOTATION_KEYS = frozenset({"anchor", "verdict", "comment", "author", "time"})
MAX_FILE_BYTES = 64 * 1024 * 1024  # a review or project file
_REVIEW_KEYS = frozenset({"format", "version", "left", "right", "annotations", "row_comments"})


class ReviewError(Exception):
    """A review file cannot be used; the message names the file and the reason."""


def default_review_path(left: str | Path, right: str | Path) -> Path:
    """Where the review of a pair lives unless the user chooses: beside the left document."""
    left, right = Path(left), Path(right)
    return left.with_name(f"{left.stem}.{right.stem}{SUFFIX}")


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
        "left": {"path": review.left.path, "sha256": review.left.sha256},
        "right": {"path": review.right.path, "sha256": review.right.sha256},
        "annotations": [_annotation_to_dict(a) for a in review.annotations],
    }
    if review.row_comments:
        data["row_comments"] = [_row_comment_to_dict(c) for c in review.row_comments]
    data.update({k: v for k, v in review.extra.items() if k not in data})
    return data


def _annotation_to_dict(annotation: Annotation) -> dict[str, Any]:
    anchor = annotation.anchor
    return {
        "anchor": {"kind": anchor.kind.value, "left": anchor.left, "right": anchor.right,
                   "before": anchor.before, "after": anchor.after},
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
    if verdict is not None and verdict not in {v.value for v in Verdict}:
        raise _Invalid(f"{where}: unknown verdict {verdict!r} "
                       f"(accepted, rejected, query or null)")
    return Annotation(
        anchor=Anchor(kind=kind, left=anchor["left"], right=anchor["right"],
                      before=anchor.get("before") or "", after=anchor.get("after") or ""),
        verdict=Verdict(verdict) if verdict is not None else None,
        comment=_text(item.get("comment"), f"{where}: comment", ""),
        author=_text(item.get("author"), f"{where}: author", ""),
        time=_text(item.get("time"), f"{where}: time", ""),
        extra={k: v for k, v in item.items() if k not in _ANNOTATION_KEYS})


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
    """Parse a JSON file; any trouble becomes a ``ReviewError`` naming the file."""
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)
    except OSError as error:
        raise ReviewError(f"{path}: cannot read the {what} "
                          f"({(error.strerror or str(error)).lower()})") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ReviewError(f"{path}: not a {what} (not UTF-8 text)") from None
    except json.JSONDecodeError as error:
        raise ReviewError(f"{path}: not a {what} (invalid JSON at line {error.lineno}, "
                          f"column {error.colno}: {error.msg})") from None


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
    write_atomically(path, json.dumps(review_to_dict(review), ensure_ascii=False, indent=2)
                     + "\n")


def write_atomically(path: str | Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a crash leaves either the old or the new file.

    The text goes to a temporary file in the same folder, is flushed and fsynced, then
    renamed over the target; the folder is fsynced so that the rename itself is durable.
    """
    target = Path(path)
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644  # mkstemp's 0600 would keep a mailed review from its readers
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                             dir=target.parent)
    try:
        os.chmod(temporary, mode)
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; its rename is already durable
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
