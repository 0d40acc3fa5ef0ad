"""The review as data: frozen annotations on differences and comments on rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.model import Anchor, Note, RowAnchor


class Verdict(StrEnum):
    """A reviewer's decision on one difference."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    QUERY = "query"


def now() -> str:
    """The current local time as ISO 8601 with its UTC offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Place:
    """Tells apart differences whose anchors are equal (anchor.py).

    ``label`` is the clause label of the row on the difference's side, ``clause`` a digest of
    the row's two texts, ``occurrence`` the difference's position (from 0) among the
    ``occurrences`` differences with the same kind and texts, in reading order.
    """

    label: str
    clause: str
    occurrence: int
    occurrences: int


@dataclass(frozen=True)
class Annotation:
    """A verdict and/or comment on the difference its anchor identifies.

    ``place`` is None in files written before places existed. ``extra`` keeps keys this
    version does not know, so that saving does not drop them.
    """

    anchor: Anchor
    verdict: Verdict | None
    comment: str
    author: str
    time: str
    place: Place | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def note(self) -> Note:
        """The annotation as reports show it on its difference."""
        verdict = self.verdict.value if self.verdict else None
        return Note(verdict=verdict, comment=self.comment, author=self.author, time=self.time)


@dataclass(frozen=True)
class RowComment:
    """A comment on a whole row, anchored by the row's label and texts."""

    anchor: RowAnchor
    comment: str
    author: str
    time: str
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def note(self) -> Note:
        """The comment as reports show it on its row."""
        return Note(verdict=None, comment=self.comment, author=self.author, time=self.time)


@dataclass(frozen=True)
class ReviewedFile:
    """One reviewed document as the review records it (informative only)."""

    path: str
    sha256: str


@dataclass(frozen=True)
class Review:
    """Everything a reviewer decided about one pair of documents."""

    left: ReviewedFile
    right: ReviewedFile
    annotations: tuple[Annotation, ...] = ()
    row_comments: tuple[RowComment, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


# The review of a pair that has none yet; also the sides of a review held in memory only.
EMPTY_REVIEW = Review(ReviewedFile("", ""), ReviewedFile("", ""))
