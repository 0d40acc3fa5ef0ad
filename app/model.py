"""Plain data shared by every layer: documents, clauses, rows, differences, comparisons.

Contracts (json-report.md is the authority; these docstrings restate it where it is used):

* Offsets are code-point offsets into ``Document.text``, the file as loaded (BOM removed,
  CRLF/CR turned into LF, nothing else changed). ``end`` is exclusive and an insertion point
  is an empty span.

  >>> doc = Document(text="一、总则\\n二、附则", format="txt", encoding="utf-8")
  >>> span = doc.span(2, 4)
  >>> span.text, doc.text[span.start:span.end] == span.text
  ('总则', True)

* Every character of both documents lies in exactly one row's span or between rows as
  whitespace only.
* Differences are listed in reading order; each belongs to exactly one row.

No Qt here: the engine, readers, reports and review use these classes headless.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from enum import StrEnum
from itertools import compress
from operator import attrgetter


class Kind(StrEnum):
    """The kind of one difference (json-report.md)."""

    WORDING = "wording"
    NUMBER = "number"
    INSERTED = "inserted"
    DELETED = "deleted"
    MOVED = "moved"
    ENCODING = "encoding"
    CONVERSION = "conversion"
    SCRIPT = "script"
    PUNCTUATION = "punctuation"
    WHITESPACE = "whitespace"
    MARKUP = "markup"
    NUMBERING = "numbering"
    NOTATION = "notation"

    @property
    def substantive(self) -> bool:
        """Whether a reader must look at this kind of difference.

        >>> Kind.WORDING.substantive, Kind.SCRIPT.substantive
        (True, False)
        """
        return self in SUBSTANTIVE_KINDS


SUBSTANTIVE_KINDS = frozenset(
    {Kind.WORDING, Kind.NUMBER, Kind.INSERTED, Kind.DELETED, Kind.MOVED, Kind.ENCODING,
     Kind.CONVERSION}
)
NON_SUBSTANTIVE_KINDS = frozenset(Kind) - SUBSTANTIVE_KINDS
# Kinds a user may hide: the non-substantive ones and conversion findings.
IGNORABLE = NON_SUBSTANTIVE_KINDS | {Kind.CONVERSION}
# Reading order of kinds in legends, filters and summaries.
KIND_ORDER: tuple[Kind, ...] = tuple(Kind)


class Reason(StrEnum):
    """Why a place is a conversion finding (kind ``conversion``)."""

    LEFTOVER = "leftover"  # a form of the source script left unconverted (今后 for 今後)
    CHOICE = "choice"  # another of the character's forms chosen (鉆石 for 鑽石)
    VARIANT = "variant"  # the minority of two forms mixed within one document (裡 among 裏)


class RowStatus(StrEnum):
    """How the clauses of one row relate."""

    EQUAL = "equal"
    EQUIVALENT = "equivalent"
    CHANGED = "changed"
    INSERTED = "inserted"
    DELETED = "deleted"
    MOVED = "moved"


class Script(StrEnum):
    """The Chinese script a document is written in."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    MIXED = "mixed"
    NONE = "none"


class Conversion(StrEnum):
    """How scripts are folded before matching (OpenCC configurations, length-preserving)."""

    AUTO = "auto"
    NONE = "none"
    T2S = "t2s"
    TW2S = "tw2s"
    HK2S = "hk2s"


class Granularity(StrEnum):
    """Whether inline differences are widened to whole words or kept per character."""

    WORD = "word"
    CHAR = "char"


def _slot_setters(cls: type) -> tuple[Callable[[object, object], None], ...]:
    """The setters of a slotted class's fields, in order, for a hand-written initialiser.

    Classes made by the hundred thousand (spans, differences) keep their fields in slots, not
    an instance dict: a third of the memory. Their initialisers write the slots through these
    setters, as dataclass's frozen __init__ does through object.__setattr__, at half the cost.
    """
    return tuple(getattr(cls, item.name).__set__ for item in fields(cls))


@dataclass(frozen=True, init=False)
class Span:
    """A slice ``[start, end)`` of a document's text, with the text it covers.

    A span made by ``Span.of`` reads its text from the document when asked: a long
    comparison holds hundreds of thousands of spans, and their texts as strings of their own
    would take as much memory again.
    """

    __slots__ = ("start", "end", "_text")
    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        _set_start(self, start)
        _set_end(self, end)
        _set_text(self, text)

    @classmethod
    def of(cls, document: Document, start: int, end: int) -> Span:
        """The span ``[start, end)`` of ``document``, its text read from it when asked."""
        span = object.__new__(cls)
        _set_start(span, start)
        _set_end(span, end)
        _set_text(span, document)
        return span

    @property  # type: ignore[no-redef]
    def text(self) -> str:
        text = self._text
        return text.text[self.start:self.end] if text.__class__ is Document else text

    def __len__(self) -> int:
        return self.end - self.start

    def __reduce__(self) -> tuple[type[Span], tuple[int, int, str]]:
        # Copied and pickled as a span holding its text (the frozen slots refuse setattr).
        return Span, (self.start, self.end, self.text)


_set_start, _set_end, _set_text = Span.start.__set__, Span.end.__set__, Span._text.__set__


@dataclass(frozen=True)
class Document:
    """A loaded document: the text every offset points into, and where it came from."""

    text: str
    format: str  # txt | md | docx | html | odt | pdf
    encoding: str  # e.g. utf-8, gb18030, big5; the container's encoding for zip formats
    path: str = ""
    name: str = ""

    def span(self, start: int, end: int) -> Span:
        """Return the span ``[start, end)`` of this document."""
        return Span.of(self, start, end)


@dataclass(frozen=True, init=False, slots=True)
class Clause:
    """One clause: a heading, list item or sentence, with its structural label.

    ``marker`` is the leading structure marker as written (``（一）``, ``第三条``), empty when
    the clause has none; ``label`` is the path of markers above and including it, the
    brackets kept and the trailing separators dropped (``三/（五）``).
    """

    index: int
    start: int
    end: int
    level: int
    marker: str
    label: str
    marker_start: int = -1  # offset of the marker in the text, -1 when there is none

    def __init__(self, index: int, start: int, end: int, level: int, marker: str, label: str,
                 marker_start: int = -1) -> None:
        # As Span: a long document has a hundred thousand clauses.
        _clause_index(self, index)
        _clause_start(self, start)
        _clause_end(self, end)
        _clause_level(self, level)
        _clause_marker(self, marker)
        _clause_label(self, label)
        _clause_marker_start(self, marker_start)

    @property
    def marker_end(self) -> int:
        return self.marker_start + len(self.marker) if self.marker else -1


(_clause_index, _clause_start, _clause_end, _clause_level, _clause_marker, _clause_label,
 _clause_marker_start) = _slot_setters(Clause)


@dataclass(frozen=True, init=False, slots=True)
class RowSide:
    """The clauses of one document that a row holds, and the span they cover."""

    clauses: tuple[int, ...]
    label: str
    start: int
    end: int

    def __init__(self, clauses: tuple[int, ...], label: str, start: int, end: int) -> None:
        # As Span: a long comparison has tens of thousands of rows.
        _side_clauses(self, clauses)
        _side_label(self, label)
        _side_start(self, start)
        _side_end(self, end)


_side_clauses, _side_label, _side_start, _side_end = _slot_setters(RowSide)


@dataclass(frozen=True)
class Note:
    """A reviewer's annotation as it appears on a difference or a row of a report."""

    verdict: str | None  # accepted | rejected | query | None
    comment: str
    author: str
    time: str


@dataclass(frozen=True, init=False, slots=True)
class Row:
    """One line of the alignment: clauses of the left and right document that correspond.

    ``left`` is None for an inserted row, ``right`` is None for a deleted row. A moved
    clause gives two rows (one per place), each with ``moved_to`` naming the other.
    """

    id: str
    status: RowStatus
    left: RowSide | None
    right: RowSide | None
    similarity: float
    differences: tuple[str, ...] = ()
    moved_to: str | None = None
    note: Note | None = None  # a reviewer's comment on the whole row

    def __init__(self, id: str, status: RowStatus, left: RowSide | None, right: RowSide | None,
                 similarity: float, differences: tuple[str, ...] = (),
                 moved_to: str | None = None, note: Note | None = None) -> None:
        # As Span: a long comparison has tens of thousands of rows.
        _row_id(self, id)
        _row_status(self, status)
        _row_left(self, left)
        _row_right(self, right)
        _row_similarity(self, similarity)
        _row_differences(self, differences)
        _row_moved_to(self, moved_to)
        _row_note(self, note)


(_row_id, _row_status, _row_left, _row_right, _row_similarity, _row_differences,
 _row_moved_to, _row_note) = _slot_setters(Row)


@dataclass(frozen=True)
class Anchor:
    """Identifies a difference by content, not offsets (review-format.md)."""

    kind: Kind
    left: str
    right: str
    before: str
    after: str


@dataclass(frozen=True)
class Orphan:
    """A review annotation that matched no difference of the current comparison."""

    anchor: Anchor
    note: Note


@dataclass(frozen=True)
class RowAnchor:
    """Identifies a row by content: its clause label and its text on each side."""

    label: str
    left: str
    right: str


@dataclass(frozen=True)
class RowOrphan:
    """A reviewer's row comment that matched no row of the current comparison."""

    anchor: RowAnchor
    note: Note


@dataclass(frozen=True, init=False, slots=True)
class Difference:
    """One difference: what changed between the left span and the right span.

    A ``conversion`` difference also has a ``reason`` and a ``suggestion``: what the right
    span should probably read, as long as it.
    """

    id: str
    row: str
    kind: Kind
    left: Span
    right: Span
    note: Note | None = None
    reason: Reason | None = None
    suggestion: str | None = None

    def __init__(self, id: str, row: str, kind: Kind, left: Span, right: Span,
                 note: Note | None = None, reason: Reason | None = None,
                 suggestion: str | None = None) -> None:
        # As Span: a long comparison has a hundred thousand differences.
        _difference_id(self, id)
        _difference_row(self, row)
        _difference_kind(self, kind)
        _difference_left(self, left)
        _difference_right(self, right)
        _difference_note(self, note)
        _difference_reason(self, reason)
        _difference_suggestion(self, suggestion)

    @property
    def substantive(self) -> bool:
        return self.kind.substantive


(_difference_id, _difference_row, _difference_kind, _difference_left, _difference_right,
 _difference_note, _difference_reason, _difference_suggestion) = _slot_setters(Difference)


@dataclass(frozen=True)
class DocumentInfo:
    """A compared document with what the engine found out about it."""

    document: Document
    script: Script
    region: str  # "", "tw" or "hk" where the variant is evident
    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class CompareSettings:
    """The user's choices for one comparison (also written into every report).

    ``ignore`` names the non-substantive kinds that human-facing views hide, and may name
    ``conversion``: a proofreader's findings, which a reader of the wording may set aside. The
    comparison itself always finds every kind, and the JSON report lists them all.
    """

    convert: Conversion = Conversion.AUTO
    ignore: frozenset[Kind] = frozenset(
        {Kind.PUNCTUATION, Kind.WHITESPACE, Kind.MARKUP, Kind.NUMBERING, Kind.NOTATION}
    )
    granularity: Granularity = Granularity.WORD

    def __post_init__(self) -> None:
        wrong = {kind for kind in self.ignore if kind.substantive and kind not in IGNORABLE}
        if wrong:
            raise ValueError(f"substantive kinds cannot be ignored: {sorted(wrong)}")

    def shows(self, kind: Kind) -> bool:
        """Whether human-facing views list differences of ``kind``."""
        return kind not in self.ignore


class Outcome(StrEnum):
    """Whether a long piece of work finished."""

    COMPLETED = "completed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class CompareOptions:
    """Settings plus the hooks a caller uses to follow and stop a comparison.

    ``progress(done, total)`` is called now and then; ``should_cancel()`` is polled and a True
    answer ends the comparison early with ``Outcome.CANCELLED``.
    """

    settings: CompareSettings = field(default_factory=CompareSettings)
    progress: Callable[[int, int], None] | None = None
    should_cancel: Callable[[], bool] | None = None


@dataclass(frozen=True)
class Comparison:
    """The result every view and report reads: two documents, their rows and differences."""

    left: DocumentInfo
    right: DocumentInfo
    settings: CompareSettings
    rows: tuple[Row, ...]
    differences: tuple[Difference, ...]
    effective_conversion: Conversion = Conversion.NONE
    outcome: Outcome = Outcome.COMPLETED
    orphaned: tuple[Orphan, ...] = ()  # review annotations that matched no difference
    orphaned_rows: tuple[RowOrphan, ...] = ()  # row comments that matched no row

    @property
    def substantive(self) -> tuple[Difference, ...]:
        cached = self.__dict__.get("_substantive")
        if cached is None:  # picked out in C: a long comparison has many differences
            differences = self.differences
            cached = tuple(compress(differences, map(
                SUBSTANTIVE_KINDS.__contains__, map(attrgetter("kind"), differences))))
            object.__setattr__(self, "_substantive", cached)
        return cached

    def counts_by_kind(self) -> Counter[Kind]:
        return Counter(map(attrgetter("kind"), self.differences))

    def counts_by_status(self) -> Counter[RowStatus]:
        return Counter(map(attrgetter("status"), self.rows))

    def row_by_id(self, row_id: str) -> Row:
        return self._rows_by_id()[row_id]

    def difference_by_id(self, difference_id: str) -> Difference:
        return self._differences_by_id()[difference_id]

    def _rows_by_id(self) -> dict[str, Row]:
        cached = self.__dict__.get("_row_index")
        if cached is None:
            cached = {row.id: row for row in self.rows}
            object.__setattr__(self, "_row_index", cached)
        return cached

    def _differences_by_id(self) -> dict[str, Difference]:
        cached = self.__dict__.get("_difference_index")
        if cached is None:
            cached = {d.id: d for d in self.differences}
            object.__setattr__(self, "_difference_index", cached)
        return cached


@dataclass(frozen=True)
class Finding:
    """One problem found in a document checked alone (``duizhao check``).

    ``kind`` is ``conversion`` (with a ``reason``) or ``encoding``; ``suggestion`` is what the
    span should probably read (as long as it for conversion findings; a repair of the bytes
    for encoding damage, of any length), or None where nothing can be suggested.
    """

    id: str
    kind: Kind
    reason: Reason | None
    span: Span
    suggestion: str | None
    note: Note | None = None


@dataclass(frozen=True)
class CheckSettings:
    """The user's choices for a one-document check."""

    convert: Conversion = Conversion.AUTO


@dataclass(frozen=True)
class CheckResult:
    """A document checked alone: its conversion and encoding findings, in reading order.

    ``conversion`` is the conversion the text was checked against (s2t, s2tw, s2hk, or the
    reverse for a simplified text), resolved from ``settings.convert`` and the text.
    """

    document: DocumentInfo
    settings: CheckSettings
    conversion: str
    findings: tuple[Finding, ...]
    outcome: Outcome = Outcome.COMPLETED

    def counts_by_kind(self) -> Counter[Kind]:
        return Counter(map(attrgetter("kind"), self.findings))

    def counts_by_reason(self) -> Counter[Reason]:
        return Counter(f.reason for f in self.findings if f.reason is not None)
