"""The user's settings: one typed object over QSettings, defaults in code."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace

from PySide6.QtCore import QSettings

from app.model import NON_SUBSTANTIVE_KINDS, CompareSettings, Conversion, Kind

LANGUAGES = ("system", "en", "zh_CN", "zh_TW")
MAX_RECENT = 8
# Pairs whose review lives somewhere other than beside the documents; older ones are forgotten.
MAX_REVIEW_LOCATIONS = 50
# Lists of lists are stored one tab-separated entry per item, with this many fields.
_WIDTHS = {"recent_pairs": 2, "review_locations": 3}


@dataclass
class AppSettings:
    """Everything the window remembers between runs."""

    convert: str = Conversion.AUTO.value
    # Non-substantive kinds highlighted in the text and listed when the filter allows.
    shown_kinds: list[str] = field(default_factory=lambda: [Kind.SCRIPT.value])
    # Script differences in a simplified↔traditional pair, where every converted character
    # is one: hidden unless asked for, so that the changes stand out.
    script_across_scripts: bool = False
    font_family: str = ""
    font_size: int = 12
    language: str = "system"
    differences_only: bool = False
    # Clauses shown with their source line breaks rather than reflowed.
    source_line_breaks: bool = False
    recent_pairs: list[list[str]] = field(default_factory=list)
    recent_projects: list[str] = field(default_factory=list)
    reviewer: str = ""
    # [left, right, review file] for each pair whose review was saved or opened elsewhere,
    # the most recent first.
    review_locations: list[list[str]] = field(default_factory=list)
    # The last report exported: its format, scope and Word style, offered again.
    export_format: str = "html"
    export_scope: str = "substantive"
    export_style: str = "table"

    def __post_init__(self) -> None:
        # The user's own compare settings while a project's hold for its pair (not a field:
        # never written to the settings file).
        self._own: tuple[str, list[str]] | None = None

    def override(self, convert: str, shown_kinds: list[str]) -> None:
        """Compare with these settings (a project's) until ``end_override``."""
        if self._own is None:
            self._own = (self.convert, list(self.shown_kinds))
        self.convert, self.shown_kinds = convert, shown_kinds

    def end_override(self) -> bool:
        """Go back to the user's own compare settings; False when none were overridden."""
        if self._own is None:
            return False
        (self.convert, self.shown_kinds), self._own = self._own, None
        return True

    def persistent(self) -> AppSettings:
        """The settings to write: the user's own, not an open project's."""
        if self._own is None:
            return self
        return replace(self, convert=self._own[0], shown_kinds=list(self._own[1]))

    def compare_settings(self) -> CompareSettings:
        shown = {Kind(kind) for kind in self.shown_kinds}
        return CompareSettings(convert=Conversion(self.convert),
                               ignore=frozenset(NON_SUBSTANTIVE_KINDS - shown))

    def remember_pair(self, left: str, right: str) -> None:
        pair = [left, right]
        self.recent_pairs = [pair] + [p for p in self.recent_pairs if p != pair]
        del self.recent_pairs[MAX_RECENT:]

    def remember_project(self, path: str) -> None:
        path = os.path.abspath(path)
        self.recent_projects = [path] + [p for p in self.recent_projects if p != path]
        del self.recent_projects[MAX_RECENT:]

    def review_location(self, left: str, right: str) -> str | None:
        """Where the review of this pair was last saved or opened, if not beside it."""
        pair = [os.path.abspath(left), os.path.abspath(right)]
        return next((entry[2] for entry in self.review_locations if entry[:2] == pair), None)

    def remember_review_location(self, left: str, right: str, review: str | None) -> None:
        """Remember (or with None forget) where the review of this pair lives."""
        pair = [os.path.abspath(left), os.path.abspath(right)]
        kept = [entry for entry in self.review_locations if entry[:2] != pair]
        self.review_locations = ([[*pair, os.path.abspath(review)]] if review else []) + kept
        del self.review_locations[MAX_REVIEW_LOCATIONS:]


def load_settings(store: QSettings) -> AppSettings:
    """Read the settings; a missing or corrupt value falls back to its default."""
    settings = AppSettings()
    for item in fields(AppSettings):
        raw = store.value(item.name)
        if raw is None:
            continue
        if item.name in _WIDTHS:
            value = _rows(raw, _WIDTHS[item.name])
        else:
            value = _coerce(raw, getattr(settings, item.name))
        if value is not None and _valid(item.name, value):
            setattr(settings, item.name, value)
    return settings


def save_settings(store: QSettings, settings: AppSettings) -> None:
    settings = settings.persistent()
    for item in fields(AppSettings):
        value = getattr(settings, item.name)
        store.setValue(item.name, _encode(value))
    store.sync()


def _encode(value: object) -> object:
    if isinstance(value, list) and not value:
        return ""  # QSettings writes an empty list as an invalid value, read back as missing
    if isinstance(value, list) and isinstance(value[0], list):
        return ["\t".join(pair) for pair in value]
    return value


def _coerce(raw: object, default: object) -> object | None:
    try:
        if isinstance(default, bool):
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
        if isinstance(default, int):
            return int(raw)  # type: ignore[arg-type]
        if isinstance(default, str):
            return str(raw)
        if isinstance(default, list):
            return [str(item) for item in _items(raw) if str(item)]
    except (TypeError, ValueError):
        return None
    return None


def _items(raw: object) -> list:
    return [raw] if isinstance(raw, str) else list(raw)  # type: ignore[call-overload]


def _rows(raw: object, width: int) -> list[list[str]] | None:
    try:
        return [str(item).split("\t") for item in _items(raw)
                if str(item).count("\t") == width - 1]
    except TypeError:
        return None


def _valid(name: str, value: object) -> bool:
    if name == "convert":
        return value in {c.value for c in Conversion}
    if name == "language":
        return value in LANGUAGES
    if name == "export_scope":
        return value in ("substantive", "all")
    if name == "export_style":
        return value in ("table", "redline")
    if name == "font_size":
        return 6 <= value <= 48  # type: ignore[operator]
    if name == "shown_kinds":
        allowed = {kind.value for kind in NON_SUBSTANTIVE_KINDS}
        return all(kind in allowed for kind in value)  # type: ignore[union-attr]
    return True
