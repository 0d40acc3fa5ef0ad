"""Colours: readable text on every tint, distinct hues, and a selection like no tint."""

from __future__ import annotations

import colorsys
from itertools import combinations

import pytest

from app.gui.palette import DARK, LIGHT, STATUS_SYMBOLS, Theme
from app.model import KIND_ORDER, SUBSTANTIVE_KINDS, Kind, RowStatus


def _rgb(color: str) -> tuple[float, float, float]:
    return tuple(int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _luminance(color: str) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = map(linear, _rgb(color))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _hue(color: str) -> float:
    return colorsys.rgb_to_hls(*_rgb(color))[0] * 360


def _deuteranope(color: str) -> tuple[float, float, float]:
    """The colour as seen with deuteranopia (Machado et al. 2009, full severity)."""
    red, green, blue = _rgb(color)
    return (0.367 * red + 0.861 * green - 0.228 * blue,
            0.280 * red + 0.673 * green + 0.047 * blue,
            -0.012 * red + 0.043 * green + 0.969 * blue)


THEMES = pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])


@THEMES
def test_text_keeps_4_5_to_1_on_every_tint_and_current_tint(theme: Theme) -> None:
    for kind in KIND_ORDER:
        assert contrast(theme.text, theme.kinds[kind]) >= 4.5, kind
        assert contrast(theme.text, theme.current[kind]) >= 4.5, kind
    for status in RowStatus:
        assert contrast(theme.text, theme.statuses[status]) >= 4.5, status
    assert contrast(theme.text, theme.selection) >= 4.5


@THEMES
def test_substantive_kinds_have_distinct_hues(theme: Theme) -> None:
    # Number, Deleted and Encoding were three similar pinks.
    for first, second in combinations(sorted(SUBSTANTIVE_KINDS), 2):
        apart = abs(_hue(theme.kinds[first]) - _hue(theme.kinds[second]))
        assert min(apart, 360 - apart) >= 15, (first, second)


@THEMES
def test_substantive_kinds_stay_apart_for_deuteranopes(theme: Theme) -> None:
    for first, second in combinations(sorted(SUBSTANTIVE_KINDS), 2):
        seen = zip(_deuteranope(theme.current[first]), _deuteranope(theme.current[second]),
                   strict=True)
        assert sum((a - b) ** 2 for a, b in seen) ** 0.5 >= 0.06, (first, second)


@THEMES
def test_the_selected_row_has_no_kinds_tint(theme: Theme) -> None:
    tints = {*theme.kinds.values(), *theme.current.values()}
    assert theme.selection not in tints
    assert all(max(abs(a - b) for a, b in zip(_rgb(theme.selection), _rgb(tint), strict=True))
               > 0.03 for tint in tints)


def test_conversion_findings_have_their_own_colour() -> None:
    others = {color for kind, color in LIGHT.kinds.items() if kind is not Kind.CONVERSION}
    assert LIGHT.kinds[Kind.CONVERSION] not in others


def test_the_deleted_mark_does_not_look_like_a_label() -> None:
    assert STATUS_SYMBOLS[RowStatus.DELETED] not in {"-", "−", "一", "—", "–"}
    assert len(set(STATUS_SYMBOLS.values())) == len(STATUS_SYMBOLS)
