"""The ``.duizhao`` project file: both documents, the compare settings and the review.

JSON with ``"format": "duizhao-project"``, version 1. Document paths are relative to the
project file's folder when possible (absolute otherwise); ``review`` has the structure of a
review file (review-format.md)::

    {"format": "duizhao-project", "version": 1,
     "left": "plan-simplified.md", "right": "plan-traditional.txt",
     "settings": {"convert": "auto", "ignore": ["punctuation", …], "granularity": "word"},
     "review": {"format": "duizhao-review", "version": 1, …}}
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.model import KIND_ORDER, CompareSettings, Conversion, Granularity, Kind
from app.review.model import Review
from app.review.store import (
    PROJECT_FORMAT,
    ReviewError,
    dumps,
    portable_path,
    read_json,
    review_from_dict,
    review_to_dict,
    write_atomically,
)

SUFFIX = ".duizhao"
VERSION = 1


@dataclass(frozen=True)
class Project:
    """A saved comparison: what to compare, how, and what the reviewer decided."""

    left: str  # absolute paths once loaded
    right: str
    settings: CompareSettings
    review: Review


def project_to_dict(project: Project, path: str | Path) -> dict[str, Any]:
    """The project as JSON-ready data, its document paths relative to ``path``'s folder."""
    folder = Path(path).resolve().parent
    return {
        "format": PROJECT_FORMAT,
        "version": VERSION,
        "left": portable_path(project.left, folder),
        "right": portable_path(project.right, folder),
        "settings": settings_to_dict(project.settings),
        "review": review_to_dict(project.review),
    }


def settings_to_dict(settings: CompareSettings) -> dict[str, Any]:
    """A project's compare settings as JSON-ready data."""
    return {"convert": settings.convert.value,
            "ignore": [k.value for k in KIND_ORDER if k in settings.ignore],
            "granularity": settings.granularity.value}


def save_project(project: Project, path: str | Path) -> None:
    """Write the project to ``path`` atomically."""
    write_atomically(path, dumps(project_to_dict(project, path)))


def load_project(path: str | Path) -> Project:
    """Read a project file; a bad one raises ``ReviewError`` naming the file and the reason."""
    data = read_json(path, "Duizhao project")
    if not isinstance(data, dict) or data.get("format") != PROJECT_FORMAT:
        raise ReviewError(f"{path}: not a Duizhao project (format is not {PROJECT_FORMAT!r})")
    if data.get("version") != VERSION:
        raise ReviewError(f"{path}: unsupported project version {data.get('version')!r} "
                          f"(this version reads {VERSION})")
    folder = Path(path).resolve().parent
    try:
        left, right = (_document(data.get(side), side, folder) for side in ("left", "right"))
        settings = settings_from_dict(data.get("settings", {}))
        review = review_from_dict(data.get("review"))
    except ValueError as error:
        raise ReviewError(f"{path}: {error}") from None
    return Project(left=left, right=right, settings=settings, review=review)


def _document(value: object, side: str, folder: Path) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"the {side} document's path is missing")
    return str((folder / value).resolve()) if not Path(value).is_absolute() else value


def settings_from_dict(value: object) -> CompareSettings:
    """A project's compare settings; ValueError for invalid ones."""
    if not isinstance(value, dict):
        raise ValueError("settings is not a JSON object")
    defaults = CompareSettings()
    try:
        ignore = value.get("ignore")
        return CompareSettings(
            convert=Conversion(value.get("convert", defaults.convert.value)),
            ignore=defaults.ignore if ignore is None else frozenset(Kind(k) for k in ignore),
            granularity=Granularity(value.get("granularity", defaults.granularity.value)))
    except (TypeError, ValueError) as error:
        raise ValueError(f"invalid settings ({error})") from None


def documents_outside(project: Project, path: str | Path) -> list[str]:
    """The project's documents that lie outside its folder, which a user should be told of.

    A project received from someone else may name any file on the system; one saved
    beside its documents names only files in its own folder (or below).
    """
    folder = Path(path).resolve().parent
    return [document for document in (project.left, project.right)
            if not Path(document).resolve().is_relative_to(folder)]
