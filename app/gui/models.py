"""Item models: the aligned rows and the list of differences, over one ``Comparison``."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.gui.findings import finding_tooltip, reason_name, suggested_change
from app.gui.palette import (
    COMMENT_SYMBOL,
    STATUS_SYMBOLS,
    VERDICT_COLORS,
    VERDICT_SYMBOLS,
    Theme,
    kind_color,
    kind_name,
    status_name,
    theme,
    verdict_name,
)
from app.model import (
    SUBSTANTIVE_KINDS,
    Comparison,
    Difference,
    Kind,
    Note,
    Orphan,
    Row,
    RowOrphan,
    RowStatus,
    Span,
)

AnyIndex = QModelIndex | QPersistentModelIndex
# Equal rows around a change that stay visible in "differences only" mode.
CONTEXT_ROWS = 1


class Roles(IntEnum):
    """Custom roles exposing domain objects to views and delegates."""

    ROW = Qt.ItemDataRole.UserRole + 1
    DIFFERENCE = Qt.ItemDataRole.UserRole + 2
    HIGHLIGHTS = Qt.ItemDataRole.UserRole + 3  # [(start, length, Kind, difference id)]
    FOLD = Qt.ItemDataRole.UserRole + 4  # number of folded rows, 0 for a clause row
    EMPTY_SIDE = Qt.ItemDataRole.UserRole + 5
    MARKS = Qt.ItemDataRole.UserRole + 6  # the gutter's [(mark, verdict or None)]
    CLAUSE_STARTS = Qt.ItemDataRole.UserRole + 7  # offsets in the cell where clauses begin


class Column(IntEnum):
    GUTTER = 0
    LEFT = 1
    RIGHT = 2


@dataclass(frozen=True)
class _Entry:
    """One line of the table: a row of the comparison, or a fold of equal rows."""

    first: int
    last: int  # == first for a clause row; a fold covers rows first..last

    @property
    def folded(self) -> int:
        return self.last - self.first + 1 if self.last != self.first else 0


class ComparisonModel(QAbstractTableModel):
    """The aligned clause rows, side by side; equal runs can be folded."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._entries: list[_Entry] = []
        self._shown_kinds: frozenset[Kind] = frozenset()
        self._highlighted: frozenset[Kind] = SUBSTANTIVE_KINDS  # and the shown kinds
        self._row_position: dict[str, int] = {}
        self.theme: Theme = theme()

    def set_theme(self, new_theme: Theme) -> None:
        self.theme = new_theme
        if self._entries:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._entries) - 1, len(Column) - 1))

    # --- content -----------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None, shown_kinds: frozenset[Kind],
                       differences_only: bool) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._shown_kinds = shown_kinds
        self._highlighted = SUBSTANTIVE_KINDS | shown_kinds
        self._entries = self._build_entries(differences_only)
        self._index_rows()
        self.endResetModel()

    def comparison(self) -> Comparison | None:
        return self._comparison

    def replace_comparison(self, comparison: Comparison) -> None:
        """Show the same comparison with other review notes, keeping folds and selection."""
        previous, self._comparison = self._comparison, comparison
        if previous is None:
            return
        # Identity first: a verdict replaces one difference and keeps every other object, and
        # a pair without notes keeps the very tuples.
        changed = set() if previous.differences is comparison.differences else {
            new.row for old, new in zip(previous.differences, comparison.differences,
                                        strict=True)
            if old is not new and old.note != new.note}
        if previous.rows is not comparison.rows:
            changed.update(new.id for old, new in zip(previous.rows, comparison.rows,
                                                      strict=True)
                           if old is not new and old.note != new.note)
        for row_id in changed:
            position = self._row_position.get(row_id, -1)
            if position >= 0:  # a folded row shows no marks
                index = self.index(position, Column.GUTTER)
                self.dataChanged.emit(index, index)

    def set_differences_only(self, differences_only: bool) -> None:
        self.set_comparison(self._comparison, self._shown_kinds, differences_only)

    def _build_entries(self, differences_only: bool) -> list[_Entry]:
        if self._comparison is None:
            return []
        rows = self._comparison.rows
        if not differences_only:
            return [_Entry(i, i) for i in range(len(rows))]
        keep = [False] * len(rows)
        for i, row in enumerate(rows):
            if self._visible_change(row):
                for j in range(max(0, i - CONTEXT_ROWS), min(len(rows), i + CONTEXT_ROWS + 1)):
                    keep[j] = True
        entries: list[_Entry] = []
        i = 0
        while i < len(rows):
            if keep[i]:
                entries.append(_Entry(i, i))
                i += 1
                continue
            j = i
            while j + 1 < len(rows) and not keep[j + 1]:
                j += 1
            entries.append(_Entry(i, j) if j > i else _Entry(i, i))
            i = j + 1
        return entries

    def _visible_change(self, row: Row) -> bool:
        """Whether the row shows a change: a whole clause, or a difference of a shown kind."""
        if row.status in (RowStatus.INSERTED, RowStatus.DELETED, RowStatus.MOVED):
            return True
        assert self._comparison is not None
        return any(self._shown(self._comparison.difference_by_id(d)) for d in row.differences)

    def _shown(self, difference: Difference) -> bool:
        return difference.kind in self._highlighted

    def overview_marks(self) -> list[tuple[int, Kind]]:
        """(table position, kind) of each shown difference, in order, for the overview bar."""
        if self._comparison is None:
            return []
        # One pass over the differences: a long comparison has many per row, mostly hidden.
        kinds_of: dict[str, set[Kind]] = {}
        highlighted = self._highlighted
        for difference in self._comparison.differences:
            if difference.kind in highlighted:
                kinds_of.setdefault(difference.row, set()).add(difference.kind)
        whole_row = {RowStatus.INSERTED: Kind.INSERTED, RowStatus.DELETED: Kind.DELETED,
                     RowStatus.MOVED: Kind.MOVED}
        order = {kind: n for n, kind in enumerate(Kind)}
        marks = []
        rows = self._comparison.rows
        for position, entry in enumerate(self._entries):
            if entry.folded:
                continue
            row = rows[entry.first]
            kinds = kinds_of.get(row.id, set())
            if row.status in whole_row:
                kinds = kinds | {whole_row[row.status]}
            marks.extend((position, kind) for kind in sorted(kinds, key=order.__getitem__))
        return marks

    def fold_positions(self) -> list[int]:
        """Table positions of the folds of identical rows."""
        return [position for position, entry in enumerate(self._entries) if entry.folded]

    def rows(self) -> tuple[Row, ...]:
        """Every row of the comparison, folded or not, in order."""
        return self._comparison.rows if self._comparison is not None else ()

    def _index_rows(self) -> None:
        self._row_position = {}
        if self._comparison is None:
            return
        for position, entry in enumerate(self._entries):
            if not entry.folded:
                self._row_position[self._comparison.rows[entry.first].id] = position

    def expand(self, position: int) -> None:
        """Unfold the fold at ``position`` into its rows."""
        entry = self._entries[position]
        if not entry.folded:
            return
        self.beginResetModel()
        self._entries[position:position + 1] = [_Entry(i, i)
                                                for i in range(entry.first, entry.last + 1)]
        self._index_rows()
        self.endResetModel()

    def position_of_row(self, row_id: str) -> int:
        """Table position of a comparison row, unfolding it first if needed."""
        if row_id not in self._row_position and self._comparison is not None:
            target = next(i for i, row in enumerate(self._comparison.rows) if row.id == row_id)
            for position, entry in enumerate(self._entries):
                if entry.first <= target <= entry.last and entry.folded:
                    self.expand(position)
                    break
        return self._row_position.get(row_id, -1)

    def row_at(self, position: int) -> Row | None:
        if self._comparison is None or not 0 <= position < len(self._entries):
            return None
        entry = self._entries[position]
        return None if entry.folded else self._comparison.rows[entry.first]

    def side_text(self, row: Row, column: Column) -> str:
        assert self._comparison is not None
        side = row.left if column == Column.LEFT else row.right
        info = self._comparison.left if column == Column.LEFT else self._comparison.right
        return info.document.text[side.start:side.end] if side else ""

    def clause_starts(self, row: Row, column: Column) -> frozenset[int]:
        """Offsets in the cell's text where its second and later clauses begin."""
        assert self._comparison is not None
        side = row.left if column == Column.LEFT else row.right
        info = self._comparison.left if column == Column.LEFT else self._comparison.right
        if side is None or len(side.clauses) < 2:
            return frozenset()
        return frozenset(info.clauses[i].start - side.start for i in side.clauses[1:])

    def highlights(self, row: Row, column: Column) -> list[tuple[int, int, Kind, str]]:
        """Spans to colour in one cell, relative to the cell's text."""
        assert self._comparison is not None
        side = row.left if column == Column.LEFT else row.right
        if side is None:
            return []
        spans = []
        for difference_id in row.differences:
            difference = self._comparison.difference_by_id(difference_id)
            if not self._shown(difference):
                continue
            span = difference.left if column == Column.LEFT else difference.right
            if span.start >= side.start and span.end <= side.end and span.end > span.start:
                spans.append((span.start - side.start, span.end - span.start, difference.kind,
                              difference.id))
        return spans

    # --- Qt model interface ---------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """A clause's text opens in a read-only editor, to select and copy a phrase of it."""
        flags = super().flags(index)
        if (index.isValid() and index.column() != Column.GUTTER
                and not self._entries[index.row()].folded):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == Column.GUTTER:
            return QCoreApplication.translate("ComparisonModel", "Clause")
        info = None
        if self._comparison is not None:
            info = self._comparison.left if section == Column.LEFT else self._comparison.right
        if info is not None and info.document.name:
            return info.document.name
        return (QCoreApplication.translate("ComparisonModel", "Left")
                if section == Column.LEFT else
                QCoreApplication.translate("ComparisonModel", "Right"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._comparison is None:
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if entry.folded:
            if role == Roles.FOLD:
                return entry.folded
            if role == Qt.ItemDataRole.DisplayRole and column == Column.LEFT:
                return QCoreApplication.translate(
                    "ComparisonModel", "… {count} identical clauses …").format(
                        count=entry.folded)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("ComparisonModel", "Double-click to expand")
            return None
        row = self._comparison.rows[entry.first]
        if role == Roles.ROW:
            return row
        if role == Roles.FOLD:
            return 0
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.GUTTER:
                side = row.left or row.right
                label = side.label if side else ""
                marks = "".join(mark for mark, _verdict in self.review_marks(row))
                return f"{STATUS_SYMBOLS[row.status]} {label} {marks}".strip()
            return self.side_text(row, column)
        if role == Roles.MARKS and column == Column.GUTTER:
            return self.review_marks(row)
        if role == Roles.CLAUSE_STARTS and column != Column.GUTTER:
            return self.clause_starts(row, column)
        if role == Roles.HIGHLIGHTS and column != Column.GUTTER:
            return self.highlights(row, column)
        if role == Roles.EMPTY_SIDE and column != Column.GUTTER:
            return (row.left if column == Column.LEFT else row.right) is None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(self.theme.statuses[row.status]))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.GUTTER:
            notes = [note_tooltip(d.note) for d in self._notes(row)]
            if row.note is not None:
                notes.append(note_tooltip(row.note))
            return "\n".join([f"{status_name(row.status)} · {row.id}", *notes])
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.RIGHT:
            return self._findings_tooltip(row)
        return None

    def _findings_tooltip(self, row: Row) -> str | None:
        """What each conversion finding of the row asks for (they mark the right side)."""
        assert self._comparison is not None
        findings = [d for d in map(self._comparison.difference_by_id, row.differences)
                    if d.kind is Kind.CONVERSION]
        if not findings:
            return None
        return "\n\n".join(difference_tooltip(d, self._comparison) for d in findings)

    def _notes(self, row: Row) -> list[Difference]:
        assert self._comparison is not None
        return [d for d in (self._comparison.difference_by_id(i) for i in row.differences)
                if d.note is not None]

    def review_marks(self, row: Row) -> list[tuple[str, str | None]]:
        """(mark, verdict): ✓ ✗ ? for each verdict on the row's differences, ✎ for comments
        without one (verdict None)."""
        marks: list[tuple[str, str | None]] = [
            (VERDICT_SYMBOLS[d.note.verdict], d.note.verdict) if d.note.verdict
            else (COMMENT_SYMBOL, None) for d in self._notes(row) if d.note is not None]
        if row.note is not None:
            marks.append((COMMENT_SYMBOL, None))
        return marks


def note_tooltip(note: Note) -> str:
    """A note in one line for tooltips: ``Accept — comment (author)``."""
    parts = [verdict_name(note.verdict)] if note.verdict else []
    if note.comment:
        parts.append(note.comment)
    text = " — ".join(parts)
    return f"{text} ({note.author})" if note.author else text


def emit_note_changes(model: QAbstractTableModel, before: Sequence[Any], after: Sequence[Any],
                      last_column: int) -> None:
    """Signal the rows of ``model`` whose item's note differs between two lists of the same
    items (a verdict or comment given), so that views repaint them and keep the selection."""
    if before is after:  # no note was put on or taken off
        return
    for position, (old, new) in enumerate(zip(before, after, strict=True)):
        if old is not new and old.note != new.note:
            model.dataChanged.emit(model.index(position, 0), model.index(position, last_column))


class DifferencesModel(QAbstractTableModel):
    """Every difference of the comparison: number, kind, clause label, excerpt, verdict."""

    VERDICT_COLUMN = 4

    @staticmethod
    def headers() -> tuple[str, ...]:
        return ("#", QCoreApplication.translate("DifferencesModel", "Kind"),
                QCoreApplication.translate("DifferencesModel", "Clause"),
                QCoreApplication.translate("DifferencesModel", "Change"),
                QCoreApplication.translate("DifferencesModel", "Verdict"))

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self.endResetModel()

    def replace_comparison(self, comparison: Comparison) -> None:
        """Show the same differences with other review notes, keeping the selection."""
        previous, self._comparison = self._comparison, comparison
        if previous is not None:
            emit_note_changes(self, previous.differences, comparison.differences,
                              self.VERDICT_COLUMN)

    def differences(self) -> tuple[Difference, ...]:
        return self._comparison.differences if self._comparison is not None else ()

    def difference(self, row: int) -> Difference | None:
        if self._comparison is None or not 0 <= row < len(self._comparison.differences):
            return None
        return self._comparison.differences[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._comparison is None:
            return 0
        return len(self._comparison.differences)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._comparison is None:
            return None
        difference = self._comparison.differences[index.row()]
        if role == Roles.DIFFERENCE:
            return difference
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return index.row() + 1
            if index.column() == 1:
                if difference.kind is Kind.CONVERSION and difference.reason is not None:
                    return reason_name(difference.reason, self._comparison.right.script)
                return kind_name(difference.kind)
            if index.column() == 2:
                row = self._comparison.row_by_id(difference.row)
                side = row.left or row.right
                return side.label if side else ""
            if index.column() == 3:
                return excerpt(difference)
            return self._verdict_text(difference.note)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            return kind_color(difference.kind)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 3) \
                and difference.kind is Kind.CONVERSION:
            return difference_tooltip(difference, self._comparison)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return f"{difference.left.text}\n→\n{difference.right.text}"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.VERDICT_COLUMN:
            return note_tooltip(difference.note) if difference.note else None
        if (role == Qt.ItemDataRole.ForegroundRole and index.column() == self.VERDICT_COLUMN
                and difference.note is not None and difference.note.verdict):
            return QBrush(QColor(VERDICT_COLORS[difference.note.verdict]))
        return None

    @staticmethod
    def _verdict_text(note: Note | None) -> str:
        """The verdict's mark, then ✎ when there is a comment (the tooltip says it all)."""
        if note is None:
            return ""
        mark = VERDICT_SYMBOLS[note.verdict] if note.verdict else ""
        return mark + (COMMENT_SYMBOL if note.comment else "")


def difference_tooltip(difference: Difference, comparison: Comparison) -> str:
    """A conversion finding for a tooltip: kind, reason, and what the right side should read."""
    reason = (reason_name(difference.reason, comparison.right.script)
              if difference.reason is not None else None)
    return finding_tooltip(kind_name(difference.kind), reason, difference.right.text,
                           difference.suggestion)


def excerpt(difference: Difference, limit: int = 24) -> str:
    """A one-line summary of a change: ``培养 → 培訓``; for a conversion finding, what the
    right side reads and should read: ``對于 → 對於``."""
    if difference.kind is Kind.CONVERSION and difference.suggestion is not None:
        return suggested_change(difference.right.text, difference.suggestion, limit)

    def cut(text: str) -> str:
        text = text.replace("\n", " ⏎ ")
        return text if len(text) <= limit else text[:limit] + "…"

    left, right = cut(difference.left.text), cut(difference.right.text)
    if difference.kind in (Kind.INSERTED, Kind.DELETED, Kind.MOVED):
        return left or right
    return f"{left or '∅'} → {right or '∅'}"


class DifferenceFilter(QAbstractProxyModel):
    """Shows the substantive differences, all of them, or one kind; and by verdict.

    The rows listed are found in one pass over the differences rather than by a call from Qt
    per row: a long comparison has tens of thousands. A change of filter or of a verdict
    removes and inserts only the rows concerned, so that the list keeps its current row.
    The source is a ``DifferencesModel``, which resets or changes data, never moves rows.
    """

    SUBSTANTIVE = "substantive"
    ALL = "all"
    UNREVIEWED = "unreviewed"  # verdict mode: no verdict yet (a comment alone is not one)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._mode = self.SUBSTANTIVE
        self._verdict_mode = self.ALL
        self._source: DifferencesModel | None = None
        self._rows: list[int] = []  # the source rows listed, in order

    def setSourceModel(self, model: QAbstractItemModel | None) -> None:
        assert isinstance(model, DifferencesModel)
        self.beginResetModel()
        super().setSourceModel(model)
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_changed)
        self._rows = self._accepted_rows()
        self.endResetModel()

    def mode(self) -> str:
        return self._mode

    def verdict_mode(self) -> str:
        return self._verdict_mode

    def set_verdict_mode(self, mode: str) -> None:
        """``all``, ``unreviewed`` or a verdict's value."""
        if mode != self._verdict_mode:
            self._verdict_mode = mode
            self._list(self._accepted_rows())

    def set_mode(self, mode: str) -> None:
        """``substantive``, ``all`` or a kind's value."""
        if mode != self._mode:
            self._mode = mode
            self._list(self._accepted_rows())

    # --- what is listed ----------------------------------------------------------------------
    def _accepts(self, difference: Difference) -> bool:
        verdict = difference.note.verdict if difference.note is not None else None
        if self._verdict_mode == self.UNREVIEWED and verdict:
            return False
        if self._verdict_mode not in (self.ALL, self.UNREVIEWED) and \
                verdict != self._verdict_mode:
            return False
        if self._mode == self.ALL:
            return True
        if self._mode == self.SUBSTANTIVE:
            return difference.substantive
        return difference.kind.value == self._mode

    def _accepted_rows(self) -> list[int]:
        differences = self._source.differences() if self._source is not None else ()
        if self._verdict_mode == self.ALL:  # the usual case, without a call per difference
            if self._mode == self.ALL:
                return list(range(len(differences)))
            if self._mode == self.SUBSTANTIVE:
                return [n for n, d in enumerate(differences) if d.kind in SUBSTANTIVE_KINDS]
            return [n for n, d in enumerate(differences) if d.kind.value == self._mode]
        return [n for n, d in enumerate(differences) if self._accepts(d)]

    def _list(self, rows: list[int]) -> None:
        """List ``rows``: remove the runs of rows that go, then insert those that come."""
        wanted = set(rows)
        for first, last in reversed(_runs([p for p, r in enumerate(self._rows)
                                           if r not in wanted])):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first:last + 1]
            self.endRemoveRows()
        kept = set(self._rows)
        # What is kept is in the order of ``rows``: each run goes where it ends up.
        for first, last in _runs([p for p, r in enumerate(rows) if r not in kept]):
            self.beginInsertRows(QModelIndex(), first, last)
            self._rows[first:first] = rows[first:last + 1]
            self.endInsertRows()

    def _position(self, source_row: int) -> int:
        """The row listing ``source_row``, or -1."""
        position = bisect_left(self._rows, source_row)
        return position if position < len(self._rows) and \
            self._rows[position] == source_row else -1

    def _source_reset(self) -> None:
        self._rows = self._accepted_rows()
        self.endResetModel()

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                        roles: list[int]) -> None:
        """A verdict changed: the difference may come into or leave the list."""
        assert self._source is not None
        differences = self._source.differences()
        for source_row in range(top_left.row(), bottom_right.row() + 1):
            position = self._position(source_row)
            accepted = self._accepts(differences[source_row])
            if position >= 0 and not accepted:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._rows[position]
                self.endRemoveRows()
            elif position < 0 and accepted:
                position = bisect_left(self._rows, source_row)
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.insert(position, source_row)
                self.endInsertRows()
            elif position >= 0:
                self.dataChanged.emit(self.index(position, top_left.column()),
                                      self.index(position, bottom_right.column()), roles)

    # --- Qt proxy model interface ------------------------------------------------------------
    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        if not proxy_index.isValid() or self._source is None:
            return QModelIndex()
        return self._source.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        position = self._position(source_index.row()) if source_index.isValid() else -1
        return self.index(position, source_index.column()) if position >= 0 else QModelIndex()

    def index(self, row: int, column: int,
              parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not 0 <= row < len(self._rows) \
                or not 0 <= column < self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: AnyIndex | None = None) -> QModelIndex | QObject | None:
        if child is None:  # the QObject's parent
            return super().parent()
        return QModelIndex()

    def sibling(self, row: int, column: int, index: AnyIndex) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._source is None or orientation != Qt.Orientation.Horizontal:
            return None
        return self._source.headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        # The number is the place in the list as shown, like the numbers of the reports.
        if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return index.row() + 1
        return self.mapToSource(index).data(role)


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Ascending positions as (first, last) runs of consecutive ones."""
    runs: list[tuple[int, int]] = []
    for position in positions:
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
    return runs


class OrphansModel(QAbstractListModel):
    """Review notes that no longer match a difference or a row: kept, listed, never dropped."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._orphans: list[Orphan | RowOrphan] = []

    def set_orphans(self, orphans: list[Orphan | RowOrphan]) -> None:
        self.beginResetModel()
        self._orphans = list(orphans)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._orphans)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._orphans):
            return None
        orphan = self._orphans[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._what(orphan)}: {note_tooltip(orphan.note)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            anchor = orphan.anchor
            return f"{anchor.left or '∅'}\n→\n{anchor.right or '∅'}\n\n{note_tooltip(orphan.note)}"
        return None

    @staticmethod
    def _what(orphan: Orphan | RowOrphan) -> str:
        anchor = orphan.anchor
        if isinstance(orphan, RowOrphan):
            text = anchor.left or anchor.right
            return QCoreApplication.translate("Review", "Row {label}").format(
                label=orphan.anchor.label or text[:12])
        change = excerpt(Difference("", "", orphan.anchor.kind, _span(anchor.left),
                                    _span(anchor.right)), limit=12)
        return f"{kind_name(orphan.anchor.kind)} {change}"


def _span(text: str) -> Span:
    return Span(0, len(text), text)
