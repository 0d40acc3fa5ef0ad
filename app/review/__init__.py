"""Reviews: a person's verdicts and comments on the differences, kept in a file of their own.

No Qt here (design.md): the CLI applies reviews headless and the GUI drives the same code.

The file follows ``review-format.md`` (format ``duizhao-review``, version 1): each annotation
is anchored to a difference by content (kind, texts, a little context) and re-attached after
either document changes; what cannot re-attach is kept and listed as orphaned.

A comment on a whole row is not a difference annotation, so it is not written under
``annotations`` (whose anchors name a difference kind). It goes under an extra top-level
``row_comments`` list, ignored by readers that only know the contract::

    "row_comments": [{"anchor": {"label": "三/（五）", "left": "…", "right": "…"},
                      "comment": "…", "author": "…", "time": "…"}]

The anchor is the row's clause label and its whole text on each side; a row comment
re-attaches to the row with the same texts, or failing that the most similar row.

Modules: ``model`` (the data), ``store`` and ``project`` (the files), ``anchor`` and
``apply`` (re-attachment), ``session`` (an open pair's notes as they are edited),
``history`` (undo), ``merge`` (a file changed on disk merged with the edits made here),
``pair_review`` (finding, reading and writing a pair's review), ``check`` (the review of a
document checked alone).
"""

from __future__ import annotations

from app.review.anchor import Anchors, Attachment, attach, difference_anchor, row_anchor
from app.review.apply import annotate, apply_review, review_of
from app.review.model import Annotation, Place, Review, ReviewedFile, RowComment, Verdict
from app.review.store import (
    ReviewError,
    default_review_path,
    legacy_review_path,
    load_review,
    records_pair,
    reviewed_file,
    save_review,
)

__all__ = [
    "Anchors",
    "Annotation",
    "Attachment",
    "Place",
    "Review",
    "ReviewError",
    "ReviewedFile",
    "RowComment",
    "Verdict",
    "annotate",
    "apply_review",
    "attach",
    "default_review_path",
    "difference_anchor",
    "legacy_review_path",
    "load_review",
    "records_pair",
    "review_of",
    "reviewed_file",
    "row_anchor",
    "save_review",
]
