"""A ``.duizhao`` project holding a folder pair: its pairs, settings and every pair's review.

The same ``duizhao-project`` format, version 1, with a ``folders`` key instead of ``left`` and
``right`` (paths relative to the project file's folder when possible)::

    {"format": "duizhao-project", "version": 1,
     "folders": {"left": "draft", "right": "final"},
     "settings": {"convert": "auto", "ignore": [...], "granularity": "word"},
     "pairs": [{"name": "sub/plan", "left": "draft/sub/plan.docx",
                "right": "final/sub/plan.pdf", "paired_by": "name",
                "review": {"format": "duizhao-review", "version": 1, ...} or null}],
     "only_left": ["draft/notes.txt"], "only_right": []}

A pair's review lives in its own review file, where the window saves it; the project keeps a
copy of each, so that the folder comparison travels as one file. Opening the project gives a
pair whose review file is missing its copy back; an existing review file is the live one and
is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.batch.pairing import Pair, PairedBy, Pairing
from app.model import CompareSettings
from app.review.model import Review
from app.review.project import settings_from_dict, settings_to_dict
from app.review.store import (
    PROJECT_FORMAT,
    ReviewError,
    default_review_path,
    dumps,
    load_review,
    portable_path,
    read_json,
    review_from_dict,
    review_to_dict,
    save_review,
    write_atomically,
)

VERSION = 1


@dataclass(frozen=True)
class FolderProject:
    """Two folders, how their documents pair, the settings, and the reviews of the pairs."""

    left: Path  # absolute paths once loaded
    right: Path
    settings: CompareSettings
    pairing: Pairing
    reviews: dict[str, Review]  # pair name -> the pair's review, for the pairs that have one


def is_folder_project(path: str | Path) -> bool:
    """Whether a ``.duizhao`` file holds a folder pair (raises ``ReviewError`` if unreadable)."""
    data = read_json(path, "Duizhao project")
    return isinstance(data, dict) and data.get("format") == PROJECT_FORMAT \
        and isinstance(data.get("folders"), dict)


def folder_project(left: Path, right: Path, settings: CompareSettings,
                   pairing: Pairing) -> FolderProject:
    """The project of a folder comparison, with the review each pair has in its review file."""
    reviews = {}
    for pair in pairing.pairs:
        review_file = default_review_path(pair.left, pair.right)
        if review_file.is_file():
            try:
                reviews[pair.name] = load_review(review_file)
            except ReviewError:
                continue  # an unreadable review stays where it is, unchanged
    return FolderProject(left, right, settings, pairing, reviews)


def save_folder_project(project: FolderProject, path: str | Path) -> None:
    """Write the project to ``path`` atomically."""
    folder = Path(path).resolve().parent

    def portable(value: Path) -> str:
        return portable_path(value, folder)

    data: dict[str, Any] = {
        "format": PROJECT_FORMAT,
        "version": VERSION,
        "folders": {"left": portable(project.left), "right": portable(project.right)},
        "settings": settings_to_dict(project.settings),
        "pairs": [{"name": pair.name, "left": portable(pair.left),
                   "right": portable(pair.right) if pair.right else None,
                   "paired_by": pair.paired_by.value,
                   "review": review_to_dict(project.reviews[pair.name])
                   if pair.name in project.reviews else None}
                  for pair in project.pairing.pairs],
        "only_left": [portable(p) for p in project.pairing.only_left],
        "only_right": [portable(p) for p in project.pairing.only_right],
    }
    write_atomically(path, dumps(data))


def load_folder_project(path: str | Path) -> FolderProject:
    """Read a folder project; a bad one raises ``ReviewError`` naming the file and the reason."""
    data = read_json(path, "Duizhao project")
    if not isinstance(data, dict) or data.get("format") != PROJECT_FORMAT:
        raise ReviewError(f"{path}: not a Duizhao project (format is not {PROJECT_FORMAT!r})")
    if data.get("version") != VERSION:
        raise ReviewError(f"{path}: unsupported project version {data.get('version')!r} "
                          f"(this version reads {VERSION})")
    folder = Path(path).resolve().parent
    try:
        folders = _object(data.get("folders"), "folders")
        left, right = (_path(folders.get(side), f"folders.{side}", folder)
                       for side in ("left", "right"))
        settings = settings_from_dict(data.get("settings", {}))
        pairs, reviews = [], {}
        for number, entry in enumerate(_list(data.get("pairs"), "pairs")):
            entry = _object(entry, f"pairs[{number}]")
            name = entry.get("name")
            if not isinstance(name, str) or not name:
                raise ValueError(f"pairs[{number}]: the name is missing")
            pairs.append(Pair(_path(entry.get("left"), f"pairs[{number}].left", folder),
                              _path(entry.get("right"), f"pairs[{number}].right", folder),
                              name, PairedBy(entry.get("paired_by", "manifest"))))
            if entry.get("review") is not None:
                reviews[name] = review_from_dict(entry["review"])
        only = {side: tuple(_path(p, side, folder) for p in _list(data.get(side, []), side))
                for side in ("only_left", "only_right")}
    except ValueError as error:
        raise ReviewError(f"{path}: {error}") from None
    return FolderProject(left, right, settings,
                         Pairing(tuple(pairs), only["only_left"], only["only_right"]), reviews)


def restore_reviews(project: FolderProject) -> list[Path]:
    """Write each pair's review where the window looks for it, unless a review file is there
    already (the live one wins); return the review files written."""
    written = []
    for pair in project.pairing.pairs:
        review = project.reviews.get(pair.name)
        if review is None or pair.right is None:
            continue
        target = default_review_path(pair.left, pair.right)
        if not target.exists():
            save_review(review, target)
            written.append(target)
    return written


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where} is not a JSON object")
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{where} is not a list")
    return value


def _path(value: object, where: str, folder: Path) -> Path:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{where}: the path is missing")
    return (folder / value).resolve() if not Path(value).is_absolute() else Path(value)
