"""The review of one document checked alone: verdicts and comments on its findings.

The file is a review file (format ``duizhao-review``, version 1) with a ``left`` document and
no ``right``; it lives beside the document as ``<file name>.duizhao-check-review.json``. A
finding's anchor has the finding's kind, its text as ``left``, its suggestion as ``right``
(empty when there is none) and up to ``CONTEXT`` characters of the document around it, so a
verdict on "对于 should read 對於" never moves to a finding that suggests something else::

    {"format": "duizhao-review", "version": 1,
     "left": {"path": "plan-traditional.txt", "sha256": "…"},
     "annotations": [{"anchor": {"kind": "conversion", "left": "于", "right": "於",
                                 "before": "對", "after": "全面提升我國全方位開"},
                      "verdict": "accepted", "comment": "", "author": "…", "time": "…"}]}

Re-attachment, when the document changed: an annotation takes the first free finding with
exactly its anchor (equal anchors pair in reading order); failing that, a finding with the
same kind and texts, but only when it is the one such finding left for the one such
annotation left. Anything else is orphaned: kept in the file, never moved to a look-alike.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.model import Anchor, CheckResult, Finding
from app.review.anchor import _context_after, _context_before
from app.review.model import Annotation, Review, ReviewedFile
from app.review.store import (
    ReviewError,
    load_review,
    review_to_dict,
    reviewed_file,
    write_atomically,
)

SUFFIX = ".duizhao-check-review.json"
_NO_DOCUMENT = ReviewedFile("", "")


@dataclass(frozen=True)
class FindingAttachment:
    """Where a review's annotations landed on the findings of one check."""

    annotations: dict[str, Annotation]  # finding id -> its annotation, in reading order
    orphans: tuple[Annotation, ...]


def default_check_review_path(document: str | Path) -> Path:
    """Where the review of a document checked alone lives: beside it, named after it."""
    document = Path(document)
    return document.with_name(document.name + SUFFIX)


def finding_anchor(text: str, finding: Finding) -> Anchor:
    """The content anchor of ``finding`` in the document text ``text``."""
    span = finding.span
    return Anchor(kind=finding.kind, left=span.text, right=finding.suggestion or "",
                  before=_context_before(text, span.start), after=_context_after(text, span.end))


def attach_findings(result: CheckResult, review: Review) -> FindingAttachment:
    """Re-attach the annotations of ``review`` to the findings of ``result``."""
    text = result.document.document.text
    anchors = {finding.id: finding_anchor(text, finding) for finding in result.findings}
    free: dict[Anchor, list[str]] = {}
    for finding in result.findings:
        free.setdefault(anchors[finding.id], []).append(finding.id)
    attached: dict[str, Annotation] = {}
    waiting: list[Annotation] = []
    for annotation in review.annotations:
        same = free.get(annotation.anchor)
        if same:
            attached[same.pop(0)] = annotation
        else:
            waiting.append(annotation)
    # Only a unique look-alike on both sides re-attaches: when in doubt, a note is orphaned.
    left_free: dict[tuple[str, str, str], list[str]] = {}
    for finding_ids in free.values():
        for finding_id in finding_ids:
            left_free.setdefault(_texts(anchors[finding_id]), []).append(finding_id)
    wanted: dict[tuple[str, str, str], list[Annotation]] = {}
    for annotation in waiting:
        wanted.setdefault(_texts(annotation.anchor), []).append(annotation)
    orphans = []
    for annotation in waiting:
        key = _texts(annotation.anchor)
        candidates = left_free.get(key, [])
        if len(candidates) == 1 and len(wanted[key]) == 1:
            attached[candidates[0]] = annotation
        else:
            orphans.append(annotation)
    ordered = {f.id: attached[f.id] for f in result.findings if f.id in attached}
    return FindingAttachment(ordered, tuple(orphans))


def _texts(anchor: Anchor) -> tuple[str, str, str]:
    return anchor.kind.value, anchor.left, anchor.right


def annotate_findings(result: CheckResult, attachment: FindingAttachment) -> CheckResult:
    """``result`` with each finding's ``note`` set from ``attachment`` (others cleared)."""
    notes = {finding_id: a.note for finding_id, a in attachment.annotations.items()}
    findings = tuple(f if f.note == notes.get(f.id) else replace(f, note=notes.get(f.id))
                     for f in result.findings)
    return replace(result, findings=findings)


def check_review_of(result: CheckResult, attachment: FindingAttachment,
                    extra: Mapping[str, Any] | None = None) -> Review:
    """The review to save: attached notes anchored afresh, then the orphans as found."""
    text = result.document.document.text
    by_id = {finding.id: finding for finding in result.findings}
    annotations = [replace(annotation, anchor=finding_anchor(text, by_id[finding_id]))
                   for finding_id, annotation in attachment.annotations.items()]
    return Review(left=_NO_DOCUMENT, right=_NO_DOCUMENT,
                  annotations=(*annotations, *attachment.orphans), extra=extra or {})


def save_check_review(review: Review, document: str | Path, path: str | Path) -> None:
    """Write the review of ``document`` to ``path`` atomically, with no right document."""
    data = review_to_dict(replace(review, left=reviewed_file(document, Path(path).parent)))
    del data["right"]
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def load_check_review(path: str | Path) -> Review:
    """Read the review of a document checked alone; a pair's review is refused."""
    review = load_review(path)
    if review.right.path:
        raise ReviewError(f"{path}: the review of two compared documents, not of one "
                          f"document checked alone")
    return review
