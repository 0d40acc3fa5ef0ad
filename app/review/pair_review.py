"""The review file of a compared pair: finding it, reading it, writing the notes held.

The review of a pair lives beside its documents (``default_review_path``) unless the user
saved it elsewhere or in a ``.duizhao`` project; the caller remembers that place per pair and
passes it to ``find_pair_review``, which falls back to the default when it is gone. Files
named the older way are read only when they record this pair. A file that cannot be read is
never a target: the user's notes in it are not overwritten.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.model import CompareSettings
from app.review.model import EMPTY_REVIEW, Review
from app.review.project import SUFFIX as PROJECT_SUFFIX
from app.review.project import Project, load_project, save_project
from app.review.session import Snapshot
from app.review.store import (
    ReviewError,
    default_review_path,
    legacy_review_path,
    load_review,
    records_pair,
    reviewed_file,
    save_review,
)

# What tells that a file changed on disk: inode, size and modification time.
Stamp = tuple[int, int, int]


def file_stamp(path: Path | None) -> Stamp | None:
    """The file's stamp, or None when there is no file."""
    try:
        status = os.stat(path) if path is not None else None
    except OSError:
        return None
    return (status.st_ino, status.st_size, status.st_mtime_ns) if status else None


def is_project(path: str | Path) -> bool:
    """Whether a review target is a ``.duizhao`` project rather than a review file."""
    return Path(path).suffix == PROJECT_SUFFIX


def read_pair_review(path: str | Path) -> Review:
    """The review in a review file or a project; ``ReviewError`` names the file and why not."""
    return load_project(path).review if is_project(path) else load_review(path)


def write_pair_review(snapshot: Snapshot, left: str, right: str, target: Path,
                      project_settings: CompareSettings | None = None) -> None:
    """Write the notes of ``snapshot`` as the review of the pair, or as a project with them.

    The documents are hashed here: the caller may run this on a thread.
    """
    folder = target.parent
    review = snapshot.review(reviewed_file(left, folder), reviewed_file(right, folder))
    if project_settings is not None:
        save_project(Project(left, right, project_settings, review), target)
    else:
        save_review(review, target)


def write_failure(target: Path | None, left: str, right: str, snapshot: Snapshot,
                  project_settings: CompareSettings | None = None) -> str:
    """Write as ``write_pair_review`` does; why it failed, naming the file, or "" if it did not."""
    assert target is not None
    try:
        write_pair_review(snapshot, left, right, target, project_settings)
    except OSError as error:
        return f"{target}: {error.strerror or error}"
    except ValueError as error:  # text UTF-8 cannot hold
        return f"{target}: {error}"
    return ""


@dataclass(frozen=True)
class FoundReview:
    """The review a newly opened pair starts with, and where it is to be saved.

    ``target`` is None when the file there cannot be read (``problem`` says why); ``gone``
    is the remembered place when its file no longer exists; ``remembered`` tells that the
    review comes from the remembered place rather than from beside the documents.
    """

    review: Review
    target: Path | None
    in_project: bool
    stamp: Stamp | None  # the target's, taken before reading it
    gone: str | None = None
    problem: str | None = None
    remembered: bool = False


def find_pair_review(left: str, right: str, remembered: str | None = None) -> FoundReview:
    """Find the review of the pair ``left``/``right``, remembered at ``remembered`` or not."""
    target, gone = default_review_path(left, right), None
    if remembered is not None:
        if Path(remembered).is_file():
            target = Path(remembered)
        else:
            gone = remembered
    at_remembered = gone is None and remembered is not None
    in_project, stamp = is_project(target), file_stamp(target)
    found = FoundReview(EMPTY_REVIEW, target, in_project, stamp, gone, None, at_remembered)
    source = target
    if not target.exists():
        # Earlier versions named the review after the stems only: read it if it is ours.
        source = legacy_review_path(left, right)
        if not source.is_file():
            return found
    try:
        review = read_pair_review(source)
    except ReviewError as error:
        # Never overwrite a file that could not be read; the user can save elsewhere.
        return FoundReview(EMPTY_REVIEW, None if source == target else target, in_project,
                           stamp, gone, str(error), at_remembered)
    if source != target and not records_pair(review, source, left, right):
        return found  # another pair's review under the old, shared name
    return FoundReview(review, target, in_project, stamp, gone, None, at_remembered)
