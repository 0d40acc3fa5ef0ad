"""The Word document with real tracked changes and a comment naming each change's kind.

A reviewed difference's comment is written by its reviewer and carries the verdict and the
comment; a row comment spans the row's text.

The text is the right document's; each listed difference is a deletion of its left text
followed by an insertion of its right text, so Accept All gives the right text and Reject All
gives the left text for every tracked difference (with ``--scope all``, the left document,
whitespace aside). A move is a deletion at the old place and an insertion at the new one.

A conversion finding inserts its suggestion instead of the right text, its comment saying
what the right document has and why it is wrong: Accept All gives the corrected right text,
a proofreader's fixed file, and Reject All still gives the left text.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from itertools import count
from pathlib import Path

from lxml import etree

from app.model import Comparison, Difference, Kind, Note, Row
from app.report import ReportOptions
from app.report.common import KIND_NAMES_ZH, difference_suggestion, note_text, row_text
from app.report.ooxml import (
    comment_bytes,
    element,
    landscape_section,
    paragraph,
    run,
    w,
    write_package,
)

AUTHOR = "Duizhao"


class RedlineBuilder:
    """Collects paragraphs of runs, tracked changes and comments in document order.

    ``finished`` hands over the paragraphs that are complete, so that a long document can be
    written as it is built; ``comments`` are serialized ``w:comment`` elements.
    """

    def __init__(self) -> None:
        self.paragraphs: list[etree._Element] = [paragraph()]  # the last one is still open
        self.comments: list[bytes] = []
        self._ids = count(1)
        self._date = datetime.now().astimezone().replace(microsecond=0).isoformat()

    def text(self, text: str) -> None:
        """Untracked text; a line break starts a new paragraph."""
        for number, line in enumerate(text.split("\n")):
            if number:
                self.paragraphs.append(paragraph())
            if line:
                self.paragraphs[-1].append(run(line))

    def change(self, removed: str, added: str, comment: str, note: Note | None = None) -> None:
        """A tracked replacement of ``removed`` by ``added``, commented by ``comment`` (and by
        the reviewer's ``note``, who then writes the comment)."""
        comment_id = self.open_comment()
        target = self.paragraphs[-1]
        if removed:
            target.append(element("del", self._revision(), run(removed, deleted=True)))
        if added:
            target.append(element("ins", self._revision(), run(added)))
        self._close_noted(comment_id, comment, note)

    def annotate(self, text: str, comment: str, note: Note | None = None) -> None:
        """Untracked ``text`` with a comment on it (and the reviewer's ``note``)."""
        comment_id = self.open_comment()
        self.text(text)
        self._close_noted(comment_id, comment, note)

    def _close_noted(self, comment_id: str, comment: str, note: Note | None) -> None:
        if note is None:
            self.close_comment(comment_id, AUTHOR, comment)
        else:
            self.close_comment(comment_id, note.author or AUTHOR,
                               f"{comment}：{note_text(note)}", note.time)

    def open_comment(self) -> str:
        """Start a comment's range here; returns its id for ``close_comment``."""
        comment_id = str(next(self._ids))
        etree.SubElement(self.paragraphs[-1], w("commentRangeStart"), {w("id"): comment_id})
        return comment_id

    def close_comment(self, comment_id: str, author: str, text: str, when: str = "") -> None:
        """End the comment's range here and write the comment (dated ``when`` if valid)."""
        # Made in place (SubElement): a report may hold tens of thousands of comments.
        target = self.paragraphs[-1]
        etree.SubElement(target, w("commentRangeEnd"), {w("id"): comment_id})
        reference = etree.SubElement(target, w("r"))
        etree.SubElement(etree.SubElement(reference, w("rPr")), w("rStyle"),
                         {w("val"): "CommentReference"})
        etree.SubElement(reference, w("commentReference"), {w("id"): comment_id})
        self.comments.append(comment_bytes(element(
            "comment", {"id": comment_id, "author": author, "date": _date_or(when, self._date),
                        "initials": author[:2]}, paragraph(run(text), style="CommentText"))))

    def finished(self) -> list[etree._Element]:
        """Take the paragraphs that are complete (all but the open one) out of the builder."""
        done, self.paragraphs = self.paragraphs[:-1], self.paragraphs[-1:]
        return done

    def _revision(self) -> dict[str, str]:
        return {"id": str(next(self._ids)), "author": AUTHOR, "date": self._date}


def _date_or(when: str, default: str) -> str:
    """A reviewer's ISO 8601 time as Word's comment date, or ``default`` if it is not one.

    >>> _date_or("2026-11-22T10:15:00+08:00", "x"), _date_or("yesterday", "x")
    ('2026-11-22T10:15:00+08:00', 'x')
    """
    try:
        return datetime.fromisoformat(when).replace(microsecond=0).isoformat()
    except ValueError:
        return default


def write(comparison: Comparison, path: Path, options: ReportOptions) -> None:
    builder = RedlineBuilder()
    write_package(path, _body(comparison, options, builder), comments=builder.comments,
                  title="修订稿")


def _body(comparison: Comparison, options: ReportOptions,
          builder: RedlineBuilder) -> Iterator[etree._Element]:
    """The document's paragraphs, each yielded once complete so it can be written and freed."""
    listed = {d.id for d in options.listed(comparison)}
    right_text = comparison.right.document.text
    cursor = 0  # how far into the right text the document has been written
    for row in comparison.rows:
        if row.right is not None:
            builder.text(_inter_row(right_text[cursor:row.right.start]))
            cursor = row.right.end
        _row(builder, comparison, row, listed)
        yield from builder.finished()
    builder.text(_inter_row(right_text[cursor:]))
    yield from builder.paragraphs
    yield landscape_section()


def _inter_row(whitespace: str) -> str:
    """Keep the paragraph breaks between rows, drop the rest of the whitespace."""
    return "\n" * whitespace.count("\n")


def _change(builder: RedlineBuilder, comparison: Comparison, difference: Difference,
            removed: str, added: str, label: str) -> None:
    """Track ``difference``; a conversion finding puts its suggestion in place of ``added``."""
    comment = f"{KIND_NAMES_ZH[difference.kind]}（{label or difference.row}）"
    if difference.kind is Kind.CONVERSION and difference.suggestion is not None:
        added = difference.suggestion
        comment += "：" + difference_suggestion(comparison, difference)
    builder.change(removed, added, comment, difference.note)


def _row(builder: RedlineBuilder, comparison: Comparison, row: Row, listed: set[str]) -> None:
    label = (row.left or row.right).label if (row.left or row.right) else ""
    if row.note is None:
        _row_changes(builder, comparison, row, listed, label)
        return
    comment_id = builder.open_comment()
    _row_changes(builder, comparison, row, listed, label)
    builder.close_comment(comment_id, row.note.author or AUTHOR,
                          f"整条批注（{label or row.id}）：{note_text(row.note)}", row.note.time)


def _row_changes(builder: RedlineBuilder, comparison: Comparison, row: Row, listed: set[str],
                 label: str) -> None:
    tracked = [comparison.difference_by_id(d) for d in row.differences if d in listed]
    whole = next((d for d in tracked if d.kind.value in ("inserted", "deleted", "moved")),
                 None)
    if row.left is None or row.right is None:
        removed = row_text(comparison, row.left, True)
        added = row_text(comparison, row.right, False)
        if whole is not None:
            _change(builder, comparison, whole, removed, added, label)
        else:
            builder.text(added)
        return
    text = row_text(comparison, row.right, False)
    cursor = row.right.start
    for difference in sorted(tracked, key=lambda d: (d.right.start, d.right.end)):
        if difference.right.start < cursor:
            continue  # overlaps a change already written
        builder.text(text[cursor - row.right.start:difference.right.start - row.right.start])
        _change(builder, comparison, difference, difference.left.text, difference.right.text,
                label)
        cursor = difference.right.end
    builder.text(text[cursor - row.right.start:])
