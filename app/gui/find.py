"""Find in both documents: every row searched, folded ones too, the match shown in its cell.

By default the search is in folded form: script, width and Latin case do not count, so 培养
finds 培養 and ＡＢＣ finds abc. Folding maps each character to one character (every script
form of a character to the engine's key for it), so a match's offsets in the folded text are
its offsets in the clause.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QObject

from app.engine.normalize import width_table
from app.engine.script import translation_table
from app.gui.clause_table import ClauseTable
from app.gui.delegate import HighlightDelegate
from app.gui.models import Column, ComparisonModel
from app.gui.window_view import FindBar
from app.model import Comparison, Conversion


@cache
def _fold_table() -> dict[int, int]:
    # Taiwan's table: every OpenCC pair and the Taiwan variants, grouped consistently.
    table = dict(translation_table(Conversion.TW2S))
    for code, folded_code in width_table().items():
        table[code] = table.get(folded_code, folded_code)
    table.update({code: code + 32 for code in range(ord("A"), ord("Z") + 1)})
    for code in range(0xFF21, 0xFF3B):  # full-width capitals: to lower-case ASCII
        table[code] = code - 0xFEE0 + 32
    return table


def folded(text: str) -> str:
    """The text with one form per character, half width and lower case, as long as it.

    >>> folded("培養ＡＢＣ　計劃") == folded("培养abc 计划")
    True
    """
    return text.translate(_fold_table())


@dataclass(frozen=True)
class Match:
    """A found text: the row's place in the comparison, the column, the offset in the cell."""

    row: int
    column: Column
    start: int
    length: int


class Finder(QObject):
    """Finds the search text in the rows' clauses and shows each match in turn."""

    def __init__(self, table: ClauseTable, model: ComparisonModel, delegate: HighlightDelegate,
                 bar: FindBar, go_to_row: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._model = model
        self._delegate = delegate
        self._bar = bar
        self._go_to_row = go_to_row
        self._texts: tuple[Comparison | None, bool, list[tuple[str, str]]] = (None, False, [])
        self._matches: list[Match] = []
        self._searched: tuple[str, bool] | None = None
        self._current = -1
        bar.edit.returnPressed.connect(self.find_next)
        bar.next_button.clicked.connect(self.find_next)
        bar.previous_button.clicked.connect(self.find_previous)
        bar.exact_box.toggled.connect(self._options_changed)
        bar.edit.textChanged.connect(self._options_changed)
        bar.closed.connect(self.close)

    def show_bar(self) -> None:
        self._bar.show()
        self._bar.edit.setFocus()
        self._bar.edit.selectAll()

    def close(self) -> None:
        """Hide the bar and the match; the table takes the focus back."""
        self._bar.hide()
        self._show_match(None)
        self._table.setFocus()

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def matches(self) -> list[Match]:
        return list(self._matches)

    def _options_changed(self) -> None:
        self._searched = None

    def _row_texts(self, exact: bool) -> list[tuple[str, str]]:
        """Each row's left and right text, folded unless the search is exact."""
        comparison = self._model.comparison()
        if self._texts[:2] != (comparison, exact):
            texts = []
            for row in self._model.rows():
                left = self._model.side_text(row, Column.LEFT)
                right = self._model.side_text(row, Column.RIGHT)
                texts.append((left, right) if exact else (folded(left), folded(right)))
            self._texts = (comparison, exact, texts)
        return self._texts[2]

    def _search(self) -> None:
        needle = self._bar.edit.text()
        exact = self._bar.exact_box.isChecked()
        if self._searched == (needle, exact) and self._texts[0] is self._model.comparison():
            return
        self._searched = (needle, exact)
        self._current = -1
        self._matches = []
        if not needle:
            return
        needle = needle if exact else folded(needle)
        for row, (left, right) in enumerate(self._row_texts(exact)):
            for column, text in ((Column.LEFT, left), (Column.RIGHT, right)):
                start = text.find(needle)
                while start >= 0:
                    self._matches.append(Match(row, column, start, len(needle)))
                    start = text.find(needle, start + len(needle))

    def _step(self, step: int) -> None:
        """Show the next (1) or previous (-1) match, from the selected row on the first time."""
        self._search()
        if not self._matches:
            self._show_match(None)
            self._bar.status.setText(self.tr("Not found") if self._bar.edit.text() else "")
            return
        if self._current < 0:
            self._current = self._first_from_selection(step)
        else:
            self._current = (self._current + step) % len(self._matches)
        self._show_match(self._matches[self._current])
        self._bar.status.setText(self.tr("{index} of {count}").format(
            index=self._current + 1, count=len(self._matches)))

    def _first_from_selection(self, step: int) -> int:
        selected = self._model.row_at(self._table.currentIndex().row())
        rows = self._model.rows()
        start = rows.index(selected) if selected is not None else -1
        if step > 0:
            return next((i for i, m in enumerate(self._matches) if m.row > start), 0)
        return next((i for i in range(len(self._matches) - 1, -1, -1)
                     if self._matches[i].row < max(start, 0)), len(self._matches) - 1)

    def _show_match(self, match: Match | None) -> None:
        if match is None:
            self._delegate.set_find_match(None)
        else:
            row = self._model.rows()[match.row]
            self._delegate.set_find_match((row.id, match.column, match.start, match.length))
            self._go_to_row(row.id)  # unfolds the row's fold when it is in one
        self._table.viewport().update()
