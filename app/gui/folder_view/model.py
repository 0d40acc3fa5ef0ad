"""The folder view's rows: one per pair, and one per file left without a partner."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from app.batch.pairing import Pair, PairedBy
from app.batch.runner import PairResult, PairStatus
from app.gui.models import AnyIndex
from app.gui.palette import kind_name
from app.model import KIND_ORDER, Kind

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_SHOWN_KINDS: tuple[Kind, ...] = tuple(kind for kind in KIND_ORDER if kind.substantive)
NOTE_COLUMN = 4 + len(_SHOWN_KINDS)  # after the counts by kind: errors, how a pair was found
_STATUS_MARKS = {PairStatus.SAME: ("=", "#2b8a3e"), PairStatus.DIFFERENT: ("≠", "#d9480f"),
                 PairStatus.ERROR: ("⚠", "#c92a2a")}


class Column(IntEnum):
    STATUS = 0
    NAME = 1
    SUBSTANTIVE = 2
    REVIEWED = 3
    FIRST_KIND = 4


@dataclass(frozen=True)
class FolderEntry:
    """A pair (with its result once compared) or a file only one folder has."""

    pair: Pair | None = None
    result: PairResult | None = None
    only: Path | None = None
    only_left: bool = True

    @property
    def changed(self) -> bool:
        return self.result is not None and self.result.status is not PairStatus.SAME


class FolderModel(QAbstractTableModel):
    """The entries of one folder comparison, in the order pairing gave them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[FolderEntry] = []
        self._row_of_pair: dict[Pair, int] = {}

    def set_entries(self, entries: list[FolderEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._row_of_pair = {e.pair: row for row, e in enumerate(entries) if e.pair is not None}
        self.endResetModel()

    def entries(self) -> list[FolderEntry]:
        return list(self._entries)

    def add_entry(self, entry: FolderEntry) -> None:
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(entry)
        if entry.pair is not None:
            self._row_of_pair[entry.pair] = row
        self.endInsertRows()

    def remove_unpaired(self, paths: set[Path]) -> None:
        kept = [e for e in self._entries if e.only is None or e.only not in paths]
        if len(kept) != len(self._entries):
            self.set_entries(kept)

    def set_result(self, result: PairResult) -> None:
        row = self._row_of_pair.get(result.pair)
        if row is None:
            return
        self._entries[row] = replace(self._entries[row], result=result)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else NOTE_COLUMN + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {Column.STATUS: "", Column.NAME: self.tr("Document"),
                 Column.SUBSTANTIVE: self.tr("Substantive"), Column.REVIEWED: self.tr("Reviewed")}
        if section in names:
            return names[Column(section)]
        if section == NOTE_COLUMN:
            return self.tr("Note")
        return kind_name(_SHOWN_KINDS[section - Column.FIRST_KIND])

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            if entry.result is not None:
                return QColor(_STATUS_MARKS[entry.result.status][1])
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.ForegroundRole and column == NOTE_COLUMN and entry.result \
                and entry.result.error:
            return QColor(_STATUS_MARKS[PairStatus.ERROR][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and Column.SUBSTANTIVE <= column < NOTE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: FolderEntry, column: int) -> str:
        if entry.only is not None:
            if column == Column.STATUS:
                return "◧" if entry.only_left else "◨"
            if column == Column.NAME:
                side = self.tr("only left") if entry.only_left else self.tr("only right")
                return f"{entry.only.name}  ({side})"
            return ""
        assert entry.pair is not None
        result = entry.result
        if column == Column.STATUS:
            return _STATUS_MARKS[result.status][0] if result else "…"
        if column == Column.NAME:
            return entry.pair.name
        if column == NOTE_COLUMN:
            return self._note(entry)
        if result is None or result.status is PairStatus.ERROR:
            return ""
        if column == Column.SUBSTANTIVE:
            return str(result.substantive)
        if column == Column.REVIEWED:
            return f"{result.reviewed}/{result.substantive}"
        count = result.by_kind.get(_SHOWN_KINDS[column - Column.FIRST_KIND].value, 0)
        return str(count) if count else ""

    def _note(self, entry: FolderEntry) -> str:
        """The error of a pair that could not be compared, or how an unusual pair was found."""
        assert entry.pair is not None
        if entry.result is not None and entry.result.error:
            return entry.result.error
        return {PairedBy.CONTENT: self.tr("paired by content"),
                PairedBy.MANIFEST: self.tr("paired by hand")}.get(entry.pair.paired_by, "")

    def _sort_key(self, entry: FolderEntry, column: int) -> object:
        if column in (Column.NAME, NOTE_COLUMN):
            return self._text(entry, column)
        result = entry.result
        if column == Column.STATUS:
            order = {PairStatus.ERROR: 0, PairStatus.DIFFERENT: 1, PairStatus.SAME: 2}
            return order[result.status] if result else (3 if entry.pair else 4)
        if result is None:
            return -1
        if column == Column.SUBSTANTIVE:
            return result.substantive
        if column == Column.REVIEWED:
            return result.reviewed
        return result.by_kind.get(_SHOWN_KINDS[column - Column.FIRST_KIND].value, 0)

    def _tooltip(self, entry: FolderEntry) -> str:
        if entry.only is not None:
            return str(entry.only)
        assert entry.pair is not None
        text = f"{entry.pair.left}\n⟷ {entry.pair.right}"
        if entry.result is not None and entry.result.error:
            text += f"\n{entry.result.error}"
        return text


class FolderFilter(QSortFilterProxyModel):
    """Shows changed pairs only, or hides the files without a partner, when asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changed_only = False
        self._show_unpaired = True
        self.setSortRole(SORT_ROLE)

    def set_changed_only(self, changed_only: bool) -> None:
        self.beginFilterChange()
        self._changed_only = changed_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_unpaired(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_unpaired = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        entry: FolderEntry = self.sourceModel().index(source_row, 0, source_parent).data(
            ENTRY_ROLE)
        if entry.only is not None:
            return self._show_unpaired
        return not self._changed_only or entry.changed
