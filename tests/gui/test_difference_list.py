"""The differences list: what its filters show, as verdicts come and go, keeping its current
row; and the share of text two documents have in common, counted without whitespace."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QTableView

from app.engine import compare
from app.gui.models import DifferenceFilter, DifferencesModel, Roles
from app.gui.unrelated import shared_share
from app.model import Comparison, Difference, Document, Kind, Note

LEFT = "\n".join([
    "一、加强人才培养，建立健全培养体系。",
    "二、2017年完成基础设施建设，投资100亿元。",
    "三、深化金融合作创新发展。",
    "四、密切人文交流合作，办好文化年活动。",
    "五、本办法自发布之日起施行。",
])
RIGHT = "\n".join([
    "一、加強人才培訓，建立健全培養體系。",
    "二、2018年完成基礎設施建設，投資120億元。",
    "四、密切人文交流合作，辦好文化年活動。",
    "五、本辦法自發佈之日起施行。",
    "六、新增條款：定期評估實施效果。",
])
MODES = [DifferenceFilter.SUBSTANTIVE, DifferenceFilter.ALL, Kind.SCRIPT.value,
         Kind.WORDING.value, Kind.NUMBER.value, Kind.DELETED.value]
VERDICT_MODES = [DifferenceFilter.ALL, DifferenceFilter.UNREVIEWED, "accepted", "rejected"]


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare(Document(LEFT, "txt", "utf-8"), Document(RIGHT, "txt", "utf-8"))


def _accepted(difference: Difference, mode: str, verdict_mode: str) -> bool:
    """What the list promises to show, said plainly."""
    verdict = difference.note.verdict if difference.note else None
    if verdict_mode == DifferenceFilter.UNREVIEWED and verdict:
        return False
    if verdict_mode not in (DifferenceFilter.ALL, DifferenceFilter.UNREVIEWED) \
            and verdict != verdict_mode:
        return False
    if mode == DifferenceFilter.SUBSTANTIVE:
        return difference.substantive
    return mode == DifferenceFilter.ALL or difference.kind.value == mode


def _listed(listed: DifferenceFilter) -> list[str]:
    return [listed.index(row, 0).data(Roles.DIFFERENCE).id for row in range(listed.rowCount())]


_steps = st.lists(st.one_of(
    st.tuples(st.just("mode"), st.sampled_from(MODES)),
    st.tuples(st.just("verdict mode"), st.sampled_from(VERDICT_MODES)),
    st.tuples(st.just("verdict"), st.integers(0, 10_000),
              st.sampled_from([None, "accepted", "rejected", "query"])),
    st.tuples(st.just("select"), st.integers(0, 10_000)),
), max_size=25)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=_steps)
def test_the_list_shows_what_its_filters_accept_and_keeps_its_current_row(
        qtbot, comparison: Comparison, steps: list[tuple]) -> None:
    kinds = {d.kind for d in comparison.differences}
    assert {Kind.SCRIPT, Kind.WORDING, Kind.NUMBER} <= kinds and len(comparison.substantive) > 2
    source = DifferencesModel()
    listed = DifferenceFilter()
    listed.setSourceModel(source)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(listed)
    source.set_comparison(comparison)
    shown = comparison
    for step in steps:
        current = view.currentIndex().data(Roles.DIFFERENCE) if view.currentIndex().isValid() \
            else None
        if step[0] == "mode":
            listed.set_mode(step[1])
        elif step[0] == "verdict mode":
            listed.set_verdict_mode(step[1])
        elif step[0] == "verdict":
            differences = list(shown.differences)
            position = step[1] % len(differences)
            note = Note(step[2], "", "Li", "") if step[2] else None
            differences[position] = replace(differences[position], note=note)
            shown = replace(shown, differences=tuple(differences))
            source.replace_comparison(shown)
        elif listed.rowCount():
            view.setCurrentIndex(listed.index(step[1] % listed.rowCount(), 0))
            current = view.currentIndex().data(Roles.DIFFERENCE)
        expected = [d.id for d in shown.differences
                    if _accepted(d, listed.mode(), listed.verdict_mode())]
        assert _listed(listed) == expected
        numbers = [listed.index(row, 0).data() for row in range(listed.rowCount())]
        assert numbers == list(range(1, len(expected) + 1))
        if current is not None and current.id in expected:
            assert view.currentIndex().data(Roles.DIFFERENCE).id == current.id


@pytest.mark.parametrize("verdict_mode", VERDICT_MODES)
def test_the_list_passes_the_model_tester_in_every_mode(qtmodeltester, comparison: Comparison,
                                                       verdict_mode: str) -> None:
    # Rows are numbered by their place in the list, so that they renumber when rows come
    # or go, which the tester takes for changed data: each mode is checked as it stands.
    differences = list(comparison.differences)
    differences[0] = replace(differences[0], note=Note("accepted", "", "Li", ""))
    reviewed = replace(comparison, differences=tuple(differences))
    for mode in MODES:
        source = DifferencesModel()
        listed = DifferenceFilter()
        listed.set_mode(mode)
        listed.set_verdict_mode(verdict_mode)
        listed.setSourceModel(source)
        source.set_comparison(reviewed)
        qtmodeltester.check(listed)


def _share_counting_each_character(comparison: Comparison) -> float:
    """The shared share as defined: whitespace (str.isspace) is not counted."""
    shared = total = 0.0
    for row in comparison.rows:
        length = 0
        for side, info in ((row.left, comparison.left), (row.right, comparison.right)):
            if side is not None:
                text = info.document.text[side.start:side.end]
                length += sum(not char.isspace() for char in text)
        total += length
        if row.left is not None and row.right is not None:
            shared += row.similarity * length
    return shared / total if total else 1.0


_spaces = st.sampled_from([" ", "\t", "\u3000", "\xa0", "\u2003", "\x1c", "\u200b", "\ufeff"])
_clauses = st.lists(st.text(st.one_of(st.sampled_from("甲乙丙丁人才培养体系。，"), _spaces),
                            min_size=1, max_size=30), min_size=1, max_size=8)


@settings(max_examples=40, deadline=None)
@given(left=_clauses, right=_clauses)
def test_the_shared_share_does_not_count_whitespace(left: list[str], right: list[str]) -> None:
    comparison = compare(Document("\n".join(left), "txt", "utf-8"),
                         Document("\n".join(right), "txt", "utf-8"))
    assert shared_share(comparison) == pytest.approx(_share_counting_each_character(comparison))
