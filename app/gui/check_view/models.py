"""The list of findings of one checked document, as an item model."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.gui.findings import finding_tooltip, reason_name, suggested_change
from app.gui.models import emit_note_changes, note_tooltip
from app.gui.palette import (
    COMMENT_SYMBOL,
    VERDICT_COLORS,
    VERDICT_SYMBOLS,
    kind_color,
    kind_name,
)
from app.model import CheckResult, Finding

AnyIndex = QModelIndex | QPersistentModelIndex
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class FindingsModel(QAbstractTableModel):
    """Every finding: number, kind, reason, the text and what it should read, verdict."""

    KIND, REASON, CHANGE, VERDICT = 1, 2, 3, 4

    @staticmethod
    def headers() -> tuple[str, ...]:
        return ("#", QCoreApplication.translate("FindingsModel", "Kind"),
                QCoreApplication.translate("FindingsModel", "Reason"),
                QCoreApplication.translate("FindingsModel", "Text → suggestion"),
                QCoreApplication.translate("FindingsModel", "Verdict"))

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._result: CheckResult | None = None

    def set_result(self, result: CheckResult | None) -> None:
        self.beginResetModel()
        self._result = result
        self.endResetModel()

    def replace_result(self, result: CheckResult) -> None:
        """Show the same findings with other notes, keeping the selection."""
        previous, self._result = self._result, result
        if previous is not None:
            emit_note_changes(self, previous.findings, result.findings, self.VERDICT)

    def finding(self, position: int) -> Finding | None:
        if self._result is None or not 0 <= position < len(self._result.findings):
            return None
        return self._result.findings[position]

    def reason(self, finding: Finding) -> str:
        """The finding's reason in the interface language, empty for encoding damage."""
        if finding.reason is None or self._result is None:
            return ""
        return reason_name(finding.reason, self._result.document.script)

    def tooltip(self, finding: Finding) -> str:
        return finding_tooltip(kind_name(finding.kind), self.reason(finding) or None,
                               finding.span.text, finding.suggestion)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._result is None:
            return 0
        return len(self._result.findings)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        finding = self.finding(index.row()) if index.isValid() else None
        if finding is None:
            return None
        column = index.column()
        if role == FINDING_ROLE:
            return finding
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return index.row() + 1
            if column == self.KIND:
                return kind_name(finding.kind)
            if column == self.REASON:
                return self.reason(finding)
            if column == self.CHANGE:
                return suggested_change(finding.span.text, finding.suggestion)
            return self._verdict_text(finding)
        if role == Qt.ItemDataRole.DecorationRole and column == self.KIND:
            return kind_color(finding.kind)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.KIND, self.REASON,
                                                              self.CHANGE):
            return self.tooltip(finding)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.VERDICT and finding.note:
            return note_tooltip(finding.note)
        if (role == Qt.ItemDataRole.ForegroundRole and column == self.VERDICT
                and finding.note is not None and finding.note.verdict):
            return QBrush(QColor(VERDICT_COLORS[finding.note.verdict]))
        return None

    @staticmethod
    def _verdict_text(finding: Finding) -> str:
        note = finding.note
        if note is None:
            return ""
        mark = VERDICT_SYMBOLS[note.verdict] if note.verdict else ""
        return mark + (COMMENT_SYMBOL if note.comment else "")
