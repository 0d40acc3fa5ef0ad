"""Colours and names of difference kinds, row statuses, verdicts and conversions.

Two themes, light and dark, follow the system's colour scheme. In each, text keeps at least
4.5:1 contrast on every tint, the current difference's stronger tint included, and the
substantive kinds have distinct hues that stay apart for colour-blind readers. The light
kind tints are the reports' (``app.report.common.KIND_COLORS``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication

from app.model import Conversion, Kind, RowStatus, Script
from app.report.common import KIND_COLORS


@dataclass(frozen=True)
class Theme:
    """Every colour the clause table, its gutter, the overview bar and the legend use."""

    dark: bool
    text: str
    base: str
    rule: str  # the line under each row
    kinds: Mapping[Kind, str]  # tints behind highlighted text
    current: Mapping[Kind, str]  # the stronger tint of the current difference
    statuses: Mapping[RowStatus, str]  # row backgrounds
    status_marks: Mapping[RowStatus, str]  # the status symbol in the gutter
    verdicts: Mapping[str, str]  # verdict marks
    selection: str  # the selected row's background, no kind's tint
    selection_frame: str  # the lines above and below the selected row
    find_match: str  # the frame around a found text
    empty_side: str  # the hatching of a side with no clause
    visible_region: str  # the overview bar's mark of what the table shows


LIGHT = Theme(
    dark=False,
    text="#212529",
    base="#ffffff",
    rule="#e9ecef",
    kinds=KIND_COLORS,
    current={
        Kind.WORDING: "#ffa94d",
        Kind.NUMBER: "#f5cf00",
        Kind.INSERTED: "#5fd3a8",
        Kind.DELETED: "#ff8a80",
        Kind.MOVED: "#9cc8f0",
        Kind.ENCODING: "#dd8ee9",
        Kind.CONVERSION: "#62d2e0",
        Kind.SCRIPT: "#c3bcdc",
        Kind.PUNCTUATION: "#d6c98f",
        Kind.WHITESPACE: "#c4c4c4",
        Kind.MARKUP: "#d3aebd",
        Kind.NUMBERING: "#a6d9bd",
        Kind.NOTATION: "#d6b896",
    },
    statuses={
        RowStatus.EQUAL: "#ffffff",
        RowStatus.EQUIVALENT: "#fafafa",
        RowStatus.CHANGED: "#fffcf0",
        RowStatus.INSERTED: "#f2fbf7",
        RowStatus.DELETED: "#fff6f5",
        RowStatus.MOVED: "#f5f9fe",
    },
    status_marks={
        RowStatus.EQUAL: "#868e96",
        RowStatus.EQUIVALENT: "#868e96",
        RowStatus.CHANGED: "#d9480f",
        RowStatus.INSERTED: "#087f5b",
        RowStatus.DELETED: "#c92a2a",
        RowStatus.MOVED: "#1864ab",
    },
    verdicts={"accepted": "#2b8a3e", "rejected": "#c92a2a", "query": "#d9480f"},
    selection="#eceff3",
    selection_frame="#364fc7",
    find_match="#364fc7",
    empty_side="#ced4da",
    visible_region="#495057",
)

DARK = Theme(
    dark=True,
    text="#e9ecef",
    base="#1e1f22",
    rule="#2c2e33",
    kinds={
        Kind.WORDING: "#5e3000",
        Kind.NUMBER: "#5c5200",
        Kind.INSERTED: "#0b5a42",
        Kind.DELETED: "#7a2e2a",
        Kind.MOVED: "#1e4060",
        Kind.ENCODING: "#6e2348",
        Kind.CONVERSION: "#0b5560",
        Kind.SCRIPT: "#393547",
        Kind.PUNCTUATION: "#4a4530",
        Kind.WHITESPACE: "#3a3a3a",
        Kind.MARKUP: "#4d3540",
        Kind.NUMBERING: "#24483a",
        Kind.NOTATION: "#4d3d2b",
    },
    current={
        Kind.WORDING: "#7a3f00",
        Kind.NUMBER: "#756a00",
        Kind.INSERTED: "#0f7556",
        Kind.DELETED: "#983a35",
        Kind.MOVED: "#275f8f",
        Kind.ENCODING: "#8f2d5c",
        Kind.CONVERSION: "#0f6b78",
        Kind.SCRIPT: "#4a4560",
        Kind.PUNCTUATION: "#5e583c",
        Kind.WHITESPACE: "#4a4a4a",
        Kind.MARKUP: "#634452",
        Kind.NUMBERING: "#2e5c4a",
        Kind.NOTATION: "#634f38",
    },
    statuses={
        RowStatus.EQUAL: "#1e1f22",
        RowStatus.EQUIVALENT: "#212226",
        RowStatus.CHANGED: "#26241d",
        RowStatus.INSERTED: "#1c2623",
        RowStatus.DELETED: "#2a2020",
        RowStatus.MOVED: "#1d232b",
    },
    status_marks={
        RowStatus.EQUAL: "#adb5bd",
        RowStatus.EQUIVALENT: "#adb5bd",
        RowStatus.CHANGED: "#ffa94d",
        RowStatus.INSERTED: "#63e6be",
        RowStatus.DELETED: "#ff8787",
        RowStatus.MOVED: "#74c0fc",
    },
    verdicts={"accepted": "#69db7c", "rejected": "#ff8787", "query": "#ffc078"},
    selection="#2f3542",
    selection_frame="#91a7ff",
    find_match="#91a7ff",
    empty_side="#495057",
    visible_region="#ced4da",
)


def theme() -> Theme:
    """The theme of the system's colour scheme: dark when the system says so."""
    hints = QGuiApplication.styleHints() if QGuiApplication.instance() else None
    dark = hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark
    return DARK if dark else LIGHT


def kind_color(kind: Kind) -> QColor:
    return QColor(theme().kinds[kind])


STATUS_SYMBOLS: dict[RowStatus, str] = {
    RowStatus.EQUAL: "",
    RowStatus.EQUIVALENT: "≈",
    RowStatus.CHANGED: "≠",
    # Circled, so that neither reads as a clause label (a bare − looks like 一).
    RowStatus.INSERTED: "⊕",
    RowStatus.DELETED: "⊖",
    RowStatus.MOVED: "↕",
}


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


def script_name(script: Script) -> str:
    """A document's script in the interface language."""
    names = {
        Script.SIMPLIFIED: QCoreApplication.translate("Kinds", "Simplified"),
        Script.TRADITIONAL: QCoreApplication.translate("Kinds", "Traditional"),
        Script.MIXED: QCoreApplication.translate("Kinds", "Mixed scripts"),
        Script.NONE: "—",
    }
    return names[script]


def conversion_name(conversion: Conversion) -> str:
    """A conversion's name in the interface language instead of its OpenCC code."""
    names = {
        Conversion.AUTO: QCoreApplication.translate("Kinds", "Automatic"),
        Conversion.NONE: QCoreApplication.translate("Kinds", "No conversion"),
        Conversion.T2S: QCoreApplication.translate("Kinds", "Traditional → Simplified"),
        Conversion.TW2S: QCoreApplication.translate("Kinds", "Taiwan → Simplified"),
        Conversion.HK2S: QCoreApplication.translate("Kinds", "Hong Kong → Simplified"),
    }
    return names[conversion]


# Marks of a verdict in the gutter and the differences panel.
VERDICT_SYMBOLS: dict[str, str] = {"accepted": "✓", "rejected": "✗", "query": "?"}
VERDICT_COLORS: dict[str, str] = dict(LIGHT.verdicts)
COMMENT_SYMBOL = "✎"


def verdict_name(verdict: str) -> str:
    """A verdict's name in the interface language, as an action: 接受 / 拒绝 / 待定."""
    names = {
        "accepted": QCoreApplication.translate("Review", "Accept"),
        "rejected": QCoreApplication.translate("Review", "Reject"),
        "query": QCoreApplication.translate("Review", "Query"),
    }
    return names[verdict]


def verdict_state_name(verdict: str) -> str:
    """A verdict's name as a state, for filters: 已接受 / 已拒绝 / 待定."""
    names = {
        "accepted": QCoreApplication.translate("Review", "Accepted"),
        "rejected": QCoreApplication.translate("Review", "Rejected"),
        "query": QCoreApplication.translate("Review", "Queried"),
    }
    return names[verdict]
