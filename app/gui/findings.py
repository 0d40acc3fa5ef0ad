"""How conversion findings read in the interface: their reasons and suggestions.

Shared by the comparison window's lists and the one-document check view. A reason is named
after the script the checked text is written in: a traditional text keeps 遗留简体
(a simplified form left unconverted), a simplified text 遗留繁体.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.model import Reason, Script


def reason_name(reason: Reason, script: Script) -> str:
    """The reason in the interface language, for a text written in ``script``."""
    simplified = script is Script.SIMPLIFIED
    if reason is Reason.LEFTOVER:
        return (QCoreApplication.translate("Findings", "Leftover traditional form")
                if simplified else
                QCoreApplication.translate("Findings", "Leftover simplified form"))
    if reason is Reason.CHOICE:
        return (QCoreApplication.translate("Findings", "Other simplified form")
                if simplified else
                QCoreApplication.translate("Findings", "Other traditional form"))
    return QCoreApplication.translate("Findings", "Mixed variants")


def suggested_change(text: str, suggestion: str | None, limit: int = 24) -> str:
    """What the place reads and what it should read: ``对于 → 對於``; the text alone if no
    suggestion can be made."""

    def cut(part: str) -> str:
        part = part.replace("\n", " ⏎ ")
        return part if len(part) <= limit else part[:limit] + "…"

    return cut(text) if suggestion is None else f"{cut(text)} → {cut(suggestion)}"


def finding_tooltip(kind_name: str, reason: str | None, text: str,
                    suggestion: str | None) -> str:
    """Several lines for a tooltip: the kind and reason, then what it should read."""
    title = f"{kind_name} · {reason}" if reason else kind_name
    if suggestion is None:
        return f"{title}\n「{text}」"
    return "\n".join((title, QCoreApplication.translate(
        "Findings", "「{text}」 should probably read 「{suggestion}」").format(
            text=text, suggestion=suggestion)))
