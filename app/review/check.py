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
                      "verdict": "accepted", "comment": "", "author": "…", "time": "…",
                      "occurrence": 0, "occurrences": 1}]}

Equal anchors recur (于 between two commas, twice), so an annotation also records its
``occurrence`` (its place among the findings with the same anchor, in reading order) and
their number, ``occurrences``. Re-attachment takes the finding with the same anchor and
occurrence. An annotation whose anchor was unique and is not found so takes the one finding
left with the same anchor, or else with the same kind and texts, when it is the one
annotation left wanting it. Anything else is orphaned: kept in the file, never moved to a
look-alike.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.model import Anchor, CheckResult, Finding
from app.review.anchor import _context_after, _context_before
from app.review.model import Annotation, Review, ReviewedFile, Verdict
from app.review.store import (
    ReviewError,
    load_review,
    review_to_dict,
    reviewed_file,
    write_atomically,
)

SUFFIX = ".duizhao-check-review.json"
OCCURRENCE = "occurrence"  # an annotation's place among the findings with its anchor
OCCURRENCES = "occurrences"  # how many findings had that anchor
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


def _places(result: CheckResult) -> dict[str, tuple[Anchor, int, int]]:
    """Each finding's anchor, its occurrence among the findings with that anchor, and their
    number."""
    text = result.document.document.text
    anchors = {finding.id: finding_anchor(text, finding) for finding in result.findings}
    counts = Counter(anchors.values())
    seen: Counter[Anchor] = Counter()
    places = {}
    for finding_id, anchor in anchors.items():
        places[finding_id] = (anchor, seen[anchor], counts[anchor])
        seen[anchor] += 1
    return places


def finding_annotation(result: CheckResult, finding: Finding, verdict: Verdict | None,
                       comment: str, author: str, time: str) -> Annotation:
    """An annotation on ``finding``, anchored with its occurrence among equal anchors."""
    anchor, occurrence, occurrences = _places(result)[finding.id]
    return Annotation(anchor=anchor, verdict=verdict, comment=comment, author=author,
                      time=time, extra={OCCURRENCE: occurrence, OCCURRENCES: occurrences})


def attach_findings(result: CheckResult, review: Review) -> FindingAttachment:
    """Re-attach the annotations of ``review`` to the findings of ``result``."""
    places = _places(result)
    by_place = {(anchor, occurrence): finding_id
                for finding_id, (anchor, occurrence, _count) in places.items()}
    attached: dict[str, Annotation] = {}
    waiting, orphans = [], []
    for annotation in review.annotations:
        occurrence = annotation.extra.get(OCCURRENCE)
        found = by_place.get((annotation.anchor, occurrence)) \
            if type(occurrence) is int else None
        if found is not None and found not in attached:
            attached[found] = annotation
        elif annotation.extra.get(OCCURRENCES, 1) == 1:
            waiting.append(annotation)
        else:  # one of several equal places, and not where it was: which one is unknown
            orphans.append(annotation)
    # Then a finding that is the only one left for the only annotation left with the same
    # anchor, or failing that with the same kind and texts; when in doubt, an orphan.
    for key in (lambda anchor: anchor, _texts):
        free: dict[object, list[str]] = {}
        for finding_id, (anchor, _occurrence, _count) in places.items():
            if finding_id not in attached:
                free.setdefault(key(anchor), []).append(finding_id)
        wanted: dict[object, int] = {}
        for annotation in waiting:
            wanted[key(annotation.anchor)] = wanted.get(key(annotation.anchor), 0) + 1
        still = []
        for annotation in waiting:
            candidates = free.get(key(annotation.anchor), [])
            if len(candidates) == 1 and wanted[key(annotation.anchor)] == 1:
                attached[candidates[0]] = annotation
            else:
                still.append(annotation)
        waiting = still
    ordered = {f.id: attached[f.id] for f in result.findings if f.id in attached}
    return FindingAttachment(ordered, (*orphans, *waiting))


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
    places = _places(result)
    annotations = [replace(annotation, anchor=places[finding_id][0],
                           extra={**annotation.extra, OCCURRENCE: places[finding_id][1],
                                  OCCURRENCES: places[finding_id][2]})
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
