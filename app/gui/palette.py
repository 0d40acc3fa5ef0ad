"""Colours and names of difference kinds and row statuses, shared by views and legend."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.model import Kind, RowStatus
from app.report.common import KIND_COLORS

STATUS_COLORS: dict[RowStatus, str] = {
    RowStatus.EQUAL: "#ffffff",
    RowStatus.EQUIVALENT: "#f8f9fa",
    RowStatus.CHANGED: "#fff9db",
    RowStatus.INSERTED: "#ebfbee",
    RowStatus.DELETED: "#fff5f5",
    RowStatus.MOVED: "#f3f0ff",
}

STATUS_SYMBOLS: dict[RowStatus, str] = {
    RowStatus.EQUAL: "",
    RowStatus.EQUIVALENT: "≈",
    RowStatus.CHANGED: "≠",
    RowStatus.INSERTED: "+",
    RowStatus.DELETED: "−",
    RowStatus.MOVED: "↕",
}


def kind_color(kind: Kind) -> QColor:
    return QColor(KIND_COLORS[kind])


def kind_name(kind: Kind) -> str:
    """The kind's name in the interface language."""
    names = {
        Kind.WORDING: QCoreApplication.translate("Kinds", "Wording"),
        Kind.NUMBER: QCoreApplication.translate("Kinds", "Number"),
        Kind.INSERTED: QCoreApplication.translate("Kinds", "Inserted"),
        Kind.DELETED: QCoreApplication.translate("Kinds", "Deleted"),
        Kind.MOVED: QCoreApplication.translate("Kinds", "Moved"),
        Kind.ENCODING: QCoreApplication.translate("Kinds", "Encoding damage"),
        Kind.CONVERSION: QCoreApplication.translate("Kinds", "Conversion error"),
        Kind.SCRIPT: QCoreApplication.translate("Kinds", "Script"),
        Kind.PUNCTUATION: QCoreApplication.translate("Kinds", "Punctuation"),
        Kind.WHITESPACE: QCoreApplication.translate("Kinds", "Whitespace"),
        Kind.MARKUP: QCoreApplication.translate("Kinds", "Markup"),
        Kind.NUMBERING: QCoreApplication.translate("Kinds", "Numbering"),
        Kind.NOTATION: QCoreApplication.translate("Kinds", "Notation"),
    }
    return names[kind]


def status_name(status: RowStatus) -> str:
    names = {
        RowStatus.EQUAL: QCoreApplication.translate("Kinds", "Equal"),
        RowStatus.EQUIVALENT: QCoreApplication.translate("Kinds", "Equivalent"),
        RowStatus.CHANGED: QCoreApplication.translate("Kinds", "Changed"),
        RowStatus.INSERTED: QCoreApplication.translate("Kinds", "Inserted"),
        RowStatus.DELETED: QCoreApplication.translate("Kinds", "Deleted"),
        RowStatus.MOVED: QCoreApplication.translate("Kinds", "Moved"),
    }
    return names[status]


# Marks of a verdict in the gutter and the differences panel.
VERDICT_SYMBOLS: dict[str, str] = {"accepted": "✓", "rejected": "✗", "query": "?"}
VERDICT_COLORS: dict[str, str] = {"accepted": "#2b8a3e", "rejected": "#c92a2a",
                                  "query": "#e67700"}
COMMENT_SYMBOL = "✎"


def verdict_name(verdict: str) -> str:
    """A verdict's name in the interface language: 接受 / 拒绝 / 待定."""
    names = {
        "accepted": QCoreApplication.translate("Review", "Accept"),
        "rejected": QCoreApplication.translate("Review", "Reject"),
        "query": QCoreApplication.translate("Review", "Query"),
    }
    return names[verdict]
