"""The check view's layout: the text, the findings list, the review box, menus and status.

No wiring here: ``CheckController`` connects these widgets and holds the logic.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QHelpEvent,
    QIcon,
    QKeySequence,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTextEdit,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.gui.busy import add_busy_widgets
from app.gui.check_view.models import FindingsModel
from app.gui.palette import VERDICT_SYMBOLS, kind_color, kind_name, verdict_name
from app.gui.paths import ICONS
from app.gui.review_panel import verdict_button_row
from app.model import KIND_ORDER, Finding, Kind
from app.review import Verdict

_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")
VERDICT_KEYS = {Verdict.ACCEPTED: "A", Verdict.REJECTED: "R", Verdict.QUERY: "Q"}


class _FindingsHighlighter(QSyntaxHighlighter):
    """Colours the findings of each block as Qt lays it out; the current one darker.

    Formats go into each block's layout, not into extra selections, which Qt re-lays for
    the whole document on every change: a new current finding re-highlights two blocks.
    """

    def __init__(self, text: FindingsText) -> None:
        super().__init__(text.document())
        self._text = text

    def highlightBlock(self, content: str) -> None:
        text = self._text
        block = self.currentBlock()
        position = block.position()
        first = text.offset(position)
        last = text.offset(position + block.length())
        for finding in text.findings_between(first, last):
            start = text.unit(max(finding.span.start, first)) - position
            end = text.unit(min(max(finding.span.end, finding.span.start + 1), last)) - position
            self.setFormat(start, end - start, text.finding_format(finding))


class FindingsText(QPlainTextEdit):
    """The document's text, read-only, with each finding's span highlighted.

    Findings count code points; Qt's text positions count UTF-16 units, so offsets are
    mapped both ways (the identity for text without characters beyond the BMP).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._units: list[int] | None = None  # UTF-16 offset of each code point, if not equal
        self._content = ""
        self._findings: tuple[Finding, ...] = ()
        self._starts: list[int] = []
        self._current: Finding | None = None
        self._formats: dict[tuple[Kind, bool], QTextCharFormat] = {}
        self.tooltip_of = lambda finding: ""
        self.viewport().installEventFilter(self)
        self._highlighter = _FindingsHighlighter(self)

    def show_text(self, text: str, findings: tuple[Finding, ...]) -> None:
        wide = _BEYOND_BMP.search(text) is not None
        self._units = ([0, *accumulate(2 if ord(c) > 0xFFFF else 1 for c in text)]
                       if wide else None)
        self._content = text
        self._findings = findings
        self._starts = [f.span.start for f in findings]
        self._current = None
        self._formats.clear()  # the theme may have changed
        self.setExtraSelections([])
        self.setPlainText(text)  # highlighted as it is laid out

    def set_current(self, finding: Finding | None) -> None:
        """Mark ``finding`` as the current one and bring it into view."""
        previous, self._current = self._current, finding
        for each in (previous, finding):
            if each is not None:
                self._highlighter.rehighlightBlock(
                    self.document().findBlock(self.unit(each.span.start)))
        self._mark_line()
        if finding is not None:
            cursor = self.textCursor()
            cursor.setPosition(self.unit(finding.span.start))
            self.setTextCursor(cursor)
            self.centerCursor()

    def unit(self, offset: int) -> int:
        """The UTF-16 position of a code-point offset."""
        if self._units is None:
            return offset
        return self._units[min(offset, len(self._units) - 1)]

    def offset(self, unit: int) -> int:
        """The code-point offset of a UTF-16 position."""
        return unit if self._units is None else bisect_right(self._units, unit) - 1

    def finding_at(self, offset: int) -> Finding | None:
        """The finding whose span holds the character at ``offset`` (findings never overlap)."""
        position = bisect_right(self._starts, offset) - 1
        if position >= 0 and offset < self._findings[position].span.end:
            return self._findings[position]
        return None

    def findings_between(self, first: int, last: int) -> list[Finding]:
        """The findings that start before ``last`` and end after ``first``, in order."""
        position = max(0, bisect_right(self._starts, first) - 1)
        if position >= len(self._starts) or self._starts[position] >= last:
            return []
        found = []
        while position < len(self._findings) and self._starts[position] < last:
            finding = self._findings[position]
            if max(finding.span.end, finding.span.start + 1) > first:
                found.append(finding)
            position += 1
        return found

    def finding_format(self, finding: Finding) -> QTextCharFormat:
        """How a finding is painted: its kind's colour, darker and underlined if current."""
        current = self._current is not None and finding.id == self._current.id
        char_format = self._formats.get((finding.kind, current))
        if char_format is None:
            char_format = QTextCharFormat()
            color = kind_color(finding.kind)
            if current:
                color = color.darker(135)
                char_format.setFontUnderline(True)
            char_format.setBackground(QBrush(color))
            if finding.kind is Kind.ENCODING:
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            self._formats[finding.kind, current] = char_format
        return char_format

    def painted(self) -> list[tuple[int, str, bool]]:
        """(code-point offset, text, current) of every highlighted piece, as laid out."""
        pieces = []
        block = self.document().begin()
        while block.isValid():
            for piece in block.layout().formats():
                start = self.offset(block.position() + piece.start)
                end = self.offset(block.position() + piece.start + piece.length)
                pieces.append((start, self._content[start:end], piece.format.fontUnderline()))
            block = block.next()
        return pieces

    def _mark_line(self) -> None:
        """Wash the current finding's line in the theme's selection colour.

        The wash covers the formats of its block, so that block's findings are drawn again
        over it.
        """
        if self._current is None:
            self.setExtraSelections([])
            return
        line = QTextEdit.ExtraSelection()
        line.cursor = QTextCursor(self.document())
        line.cursor.setPosition(self.unit(self._current.span.start))
        tint = self.palette().highlight().color()
        tint.setAlpha(40)
        line.format.setBackground(QBrush(tint))
        line.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selections = [line]
        block = line.cursor.block()
        first = self.offset(block.position())
        for finding in self.findings_between(first, self.offset(block.position()
                                                                + block.length())):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.document())
            selection.cursor.setPosition(self.unit(finding.span.start))
            selection.cursor.setPosition(self.unit(max(finding.span.end,
                                                       finding.span.start + 1)),
                                         QTextCursor.MoveMode.KeepAnchor)
            selection.format = self.finding_format(finding)
            selections.append(selection)
        self.setExtraSelections(selections)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            unit = self.cursorForPosition(event.pos()).position()
            # The cursor lands between characters: the character under the mouse is either.
            finding = self.finding_at(self.offset(unit)) or (
                self.finding_at(self.offset(unit) - 1) if unit else None)
            if finding is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_of(finding), self.viewport())
            return True
        return super().eventFilter(watched, event)


class CheckWindow(QMainWindow):
    """One document: its text with findings, the findings list, the review box, actions.

    ``closing`` fires when the window is closed, ``retranslated`` after a language change.
    """

    closing = Signal()
    retranslated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self._build_views()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self.resize(1280, 800)
        self.retranslate()

    def _build_views(self) -> None:
        self.text = FindingsText()
        self.findings_model = FindingsModel(self)
        self.findings = QTableView()
        self.findings.setModel(self.findings_model)
        self.findings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings.verticalHeader().hide()
        self.findings.setAlternatingRowColors(True)
        self.findings.setWordWrap(False)
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.findings.horizontalHeader()
        for column in (FindingsModel.KIND, FindingsModel.REASON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingsModel.CHANGE, QHeaderView.ResizeMode.Stretch)
        self.findings.setColumnWidth(0, 44)
        self.findings.setColumnWidth(FindingsModel.VERDICT, 56)
        self.findings_title = QLabel()
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)

        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        self.verdict_buttons, buttons = verdict_button_row()
        self.comment_label = QLabel()
        self.comment_edit = QLineEdit()
        self.comment_edit.setClearButtonEnabled(True)
        self.orphans_label = QLabel()
        self.orphans_label.setWordWrap(True)
        self.orphans_label.hide()

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.findings_title)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.target_label)
        layout.addLayout(buttons)
        comment = QHBoxLayout()
        comment.addWidget(self.comment_label)
        comment.addWidget(self.comment_edit, 1)
        layout.addLayout(comment)
        layout.addWidget(self.orphans_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 580])
        self.setCentralWidget(self.splitter)

    def _build_actions(self) -> None:
        def action(*shortcuts: str | QKeySequence.StandardKey) -> QAction:
            created = QAction(self)
            if shortcuts:
                created.setShortcuts([QKeySequence(s) for s in shortcuts])
            self.addAction(created)
            return created

        self.open_action = action(QKeySequence.StandardKey.Open)
        self.recheck_action = action(QKeySequence.StandardKey.Refresh)
        self.export_action = action("Ctrl+E")
        self.back_action = action("Ctrl+W")
        self.next_action = action("F7")
        self.previous_action = action("Shift+F7")
        self.next_unreviewed_action = action("F8")
        self.cancel_action = action("Esc")
        self.verdict_actions = {verdict: action(key) for verdict, key in VERDICT_KEYS.items()}
        # Enter belongs to the comment field elsewhere: it edits the comment from the lists.
        self.comment_action = QAction(self)
        self.comment_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.comment_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.findings.addAction(self.comment_action)
        self.text.addAction(self.comment_action)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for file_action in (self.open_action, self.recheck_action, self.export_action):
            self.file_menu.addAction(file_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.back_action)
        self.navigate_menu = bar.addMenu("")
        for navigate_action in (self.next_action, self.previous_action,
                                self.next_unreviewed_action):
            self.navigate_menu.addAction(navigate_action)
        self.review_menu = bar.addMenu("")
        for verdict_action in self.verdict_actions.values():
            self.review_menu.addAction(verdict_action)
        self.review_menu.addAction(self.comment_action)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("check")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        for name, icon_action in (("open", self.open_action), ("reload", self.recheck_action),
                                  ("previous", self.previous_action),
                                  ("next", self.next_action), ("export", self.export_action)):
            icon_action.setIcon(QIcon(str(ICONS / f"{name}.svg")))
        self.addToolBar(self.toolbar)
        self.toolbar.addAction(self.back_action)
        self.toolbar.addSeparator()
        for toolbar_action in (self.open_action, self.recheck_action, self.previous_action,
                               self.next_action, self.export_action):
            self.toolbar.addAction(toolbar_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.counts_label = QLabel()
        self.document_label = QLabel()
        self.progress_label = QLabel()
        status.addWidget(self.counts_label, 1)
        status.addPermanentWidget(self.document_label)
        status.addPermanentWidget(self.progress_label)
        self.progress, self.cancel_button = add_busy_widgets(status)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.retranslated.emit()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)

    def retranslate(self) -> None:
        """Set the texts of the menus, actions and fixed labels in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.navigate_menu.setTitle(self.tr("&Navigate"))
        self.review_menu.setTitle(self.tr("&Review"))
        self.open_action.setText(self.tr("Check another document…"))
        self.recheck_action.setText(self.tr("Check again"))
        self.export_action.setText(self.tr("Export…"))
        self.back_action.setText(self.tr("Back to the comparison"))
        self.next_action.setText(self.tr("Next finding"))
        self.previous_action.setText(self.tr("Previous finding"))
        self.next_unreviewed_action.setText(self.tr("Next finding without a verdict"))
        self.comment_action.setText(self.tr("Comment on the finding"))
        for verdict, verdict_action in self.verdict_actions.items():
            verdict_action.setText(verdict_name(verdict.value))
        for verdict, button in self.verdict_buttons.items():
            button.setText(f"{VERDICT_SYMBOLS[verdict.value]} {verdict_name(verdict.value)}"
                           f"  ({VERDICT_KEYS[verdict]})")
        self.comment_label.setText(self.tr("Comment:"))
        self.comment_edit.setPlaceholderText(self.tr("On this finding (Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.legend.setText(" ".join(
            f'<span style="background:{kind_color(kind).name()};">&nbsp;{kind_name(kind)}'
            f'&nbsp;</span>' for kind in KIND_ORDER if kind in (Kind.CONVERSION, Kind.ENCODING)))

    def show_target(self, text: str, enabled: bool) -> None:
        """Name what the verdict buttons and the comment apply to."""
        self.target_label.setText(text)
        for button in self.verdict_buttons.values():
            button.setEnabled(enabled)
        self.comment_edit.setEnabled(enabled)

    def show_verdict(self, verdict: str | None, comment: str) -> None:
        for each, button in self.verdict_buttons.items():
            button.setChecked(each.value == verdict)
        if self.comment_edit.text() != comment:
            self.comment_edit.setText(comment)
