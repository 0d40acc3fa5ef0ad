"""The window's layout: widgets, actions, menus, toolbar and status bar, and their texts.

No wiring here: ``MainWindow`` and its controllers connect these widgets and hold the logic.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.busy import add_busy_widgets
from app.gui.clause_table import ClauseTable
from app.gui.delegate import HighlightDelegate
from app.gui.models import Column, ComparisonModel, DifferenceFilter, DifferencesModel
from app.gui.overview import OverviewBar
from app.gui.palette import conversion_name, kind_name
from app.gui.paths import ICONS
from app.gui.review_panel import ReviewPanel
from app.gui.settings import LANGUAGES
from app.gui.start_page import StartPage
from app.gui.unrelated import UnrelatedNotice
from app.model import KIND_ORDER, NON_SUBSTANTIVE_KINDS, Conversion, Kind

# Key names that menus show beside actions; Qt looks them up in the "QShortcut" context, so
# listing them here puts them in our translations and shows 回车 rather than Return.
KEY_NAMES = (QT_TRANSLATE_NOOP("QShortcut", "Return"), QT_TRANSLATE_NOOP("QShortcut", "Enter"),
             QT_TRANSLATE_NOOP("QShortcut", "Esc"), QT_TRANSLATE_NOOP("QShortcut", "Del"),
             QT_TRANSLATE_NOOP("QShortcut", "Space"))


class FindBar(QWidget):
    """The search field under the table: previous, next, exact, the result, close.

    Esc in the field closes the bar (``closed``) rather than cancelling a comparison.
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.status = QLabel()
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.exact_box = QCheckBox()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.closed)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.exact_box)
        layout.addWidget(self.status)
        layout.addWidget(self.close_button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key comes to the field, not to the window's Esc action
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.closed.emit()
                return True
        return super().eventFilter(watched, event)


class WindowView(QMainWindow):
    """Two documents side by side, the differences panel, menus, toolbar and status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_views()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self.resize(1440, 900)

    def _build_views(self) -> None:
        self.table_model = ComparisonModel(self)
        self.table = ClauseTable()
        self.table.setModel(self.table_model)
        self.delegate = HighlightDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        # A click on the selected row's clause, or F2, opens it to select and copy a phrase.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.GUTTER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.LEFT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.RIGHT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(Column.GUTTER, 110)

        self.differences_model = DifferencesModel(self)
        self.differences_filter = DifferenceFilter(self)
        self.differences_filter.setSourceModel(self.differences_model)
        self.differences = QTableView()
        self.differences.setModel(self.differences_filter)
        self.differences.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.differences.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.differences.verticalHeader().hide()
        self.differences.setAlternatingRowColors(True)
        self.differences.setWordWrap(False)
        self.differences.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.differences.horizontalHeader().setMinimumSectionSize(24)
        self.review_panel = ReviewPanel()
        self.kind_filter = QComboBox()
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.differences_title = QLabel()
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        panel = self.panel = QWidget()
        # Wide enough for the Change column and an unclipped header at 1280 pixels.
        panel.setMinimumWidth(480)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        top.addWidget(self.differences_title)
        top.addStretch(1)
        top.addWidget(self.kind_filter)
        top.addWidget(self.review_panel.verdict_filter)
        panel_layout.addLayout(top)
        panel_layout.addWidget(self.differences, 1)
        panel_layout.addWidget(self.legend)
        panel_layout.addWidget(self.review_panel)

        self.find_bar = FindBar()
        self.find_bar.hide()

        self.overview = OverviewBar(self.table)
        self.comparison_page = QWidget()
        left_layout = QVBoxLayout(self.comparison_page)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        table_row = QHBoxLayout()
        table_row.setSpacing(0)
        table_row.addWidget(self.table, 1)
        table_row.addWidget(self.overview)
        left_layout.addLayout(table_row, 1)
        left_layout.addWidget(self.find_bar)

        self.start_page = StartPage()
        self.unrelated_notice = UnrelatedNotice()
        self.pages = QStackedWidget()
        for page in (self.start_page, self.comparison_page, self.unrelated_notice):
            self.pages.addWidget(page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main")
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(panel)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([960, 480])
        self.setCentralWidget(self.splitter)
        self.show_page(self.start_page)

    def show_page(self, page: QWidget) -> None:
        """Show the start page, the comparison or the notice; the panel only with the first."""
        self.pages.setCurrentWidget(page)
        self.panel.setVisible(page is self.comparison_page)

    def _build_actions(self) -> None:
        def action(shortcut: QKeySequence | str | None = None, checkable: bool = False
                   ) -> QAction:
            created = QAction(self)
            if shortcut is not None:
                created.setShortcut(QKeySequence(shortcut))
            created.setCheckable(checkable)
            return created

        self.open_action = action(QKeySequence.StandardKey.Open)
        self.compare_folders_action = action("Ctrl+Shift+O")
        self.back_to_folders_action = action("Alt+Left")
        self.back_to_folders_action.setVisible(False)
        self.check_action = action("Ctrl+Shift+K")
        self.swap_action = action("Ctrl+Shift+W")
        self.reload_action = action(QKeySequence.StandardKey.Refresh)
        self.export_action = action("Ctrl+E")
        self.quit_action = action(QKeySequence.StandardKey.Quit)
        self.copy_action = action(QKeySequence.StandardKey.Copy)
        self.find_action = action(QKeySequence.StandardKey.Find)
        self.find_next_action = action(QKeySequence.StandardKey.FindNext)
        self.find_previous_action = action(QKeySequence.StandardKey.FindPrevious)
        self.go_to_clause_action = action("Ctrl+G")
        self.next_action = action("F7")
        self.previous_action = action("Shift+F7")
        self.counterpart_action = action("Ctrl+J")
        self.differences_only_action = action("Ctrl+D", checkable=True)
        self.source_breaks_action = action(checkable=True)
        self.font_action = action()
        self.sample_action = action()
        self.about_action = action()
        self.cancel_action = action("Esc")
        self.addAction(self.cancel_action)
        self.kind_actions: dict[Kind, QAction] = {}
        for kind in KIND_ORDER:
            if kind in NON_SUBSTANTIVE_KINDS:
                self.kind_actions[kind] = action(checkable=True)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language in LANGUAGES:
            created = action(checkable=True)
            self.language_group.addAction(created)
            self.language_actions[language] = created
        self.conversion_box = QComboBox()
        for conversion in Conversion:
            self.conversion_box.addItem("", conversion.value)
        # Shown, hidden and remembered with the comparison, never to do without a pair.
        self.pair_actions = (self.swap_action, self.reload_action, self.export_action,
                             self.find_action, self.find_next_action, self.find_previous_action,
                             self.go_to_clause_action, self.next_action, self.previous_action,
                             self.counterpart_action)

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.compare_folders_action)
        self.file_menu.addAction(self.check_action)
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addAction(self.swap_action)
        self.file_menu.addAction(self.reload_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.copy_action)
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.find_next_action)
        self.edit_menu.addAction(self.find_previous_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.differences_only_action)
        self.view_menu.addAction(self.source_breaks_action)
        self.kinds_menu = self.view_menu.addMenu("")
        for kind_action in self.kind_actions.values():
            self.kinds_menu.addAction(kind_action)
        self.view_menu.addAction(self.font_action)
        self.language_menu = self.view_menu.addMenu("")
        for language_action in self.language_actions.values():
            self.language_menu.addAction(language_action)
        self.navigate_menu = bar.addMenu("")
        self.navigate_menu.addAction(self.next_action)
        self.navigate_menu.addAction(self.previous_action)
        self.navigate_menu.addAction(self.counterpart_action)
        self.navigate_menu.addAction(self.go_to_clause_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.sample_action)
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        for name, icon_action in (
                ("open", self.open_action), ("swap", self.swap_action),
                ("reload", self.reload_action), ("differences-only", self.differences_only_action),
                ("previous", self.previous_action), ("next", self.next_action),
                ("export", self.export_action)):
            icon_action.setIcon(QIcon(str(ICONS / f"{name}.svg")))
        self.addToolBar(self.toolbar)
        self.toolbar.addAction(self.back_to_folders_action)
        self.toolbar.addAction(self.open_action)
        self.toolbar.addAction(self.swap_action)
        self.toolbar.addAction(self.reload_action)
        self.toolbar.addSeparator()
        self.conversion_label = QLabel()
        self.toolbar.addWidget(self.conversion_label)
        self.toolbar.addWidget(self.conversion_box)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.differences_only_action)
        # One click shows or hides the script tint, hidden by default in s↔t pairs.
        self.toolbar.addAction(self.kind_actions[Kind.SCRIPT])
        self.toolbar.addAction(self.previous_action)
        self.toolbar.addAction(self.next_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.counts_label = QLabel()
        self.documents_label = QLabel()
        status.addWidget(self.counts_label, 1)
        status.addPermanentWidget(self.documents_label)
        self.progress, self.cancel_button = add_busy_widgets(status)

    def retranslate(self) -> None:
        """Set the texts of the menus, actions and fixed labels in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.kinds_menu.setTitle(self.tr("Show non-substantive kinds"))
        self.language_menu.setTitle(self.tr("Language"))
        self.navigate_menu.setTitle(self.tr("&Navigate"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.open_action.setText(self.tr("Open…"))
        self.compare_folders_action.setText(self.tr("Compare folders…"))
        self.back_to_folders_action.setText(self.tr("Back to folders"))
        self.check_action.setText(self.tr("Check one document…"))
        self.swap_action.setText(self.tr("Swap sides"))
        self.reload_action.setText(self.tr("Reload"))
        self.export_action.setText(self.tr("Export…"))
        self.quit_action.setText(self.tr("Quit"))
        self.copy_action.setText(self.tr("Copy"))
        self.find_action.setText(self.tr("Find…"))
        self.find_next_action.setText(self.tr("Find next"))
        self.find_previous_action.setText(self.tr("Find previous"))
        self.go_to_clause_action.setText(self.tr("Go to clause…"))
        self.source_breaks_action.setText(self.tr("Source line breaks"))
        self.source_breaks_action.setToolTip(self.tr(
            "Show each clause's line breaks as in the source instead of reflowed text"))
        self.next_action.setText(self.tr("Next difference"))
        self.previous_action.setText(self.tr("Previous difference"))
        self.counterpart_action.setText(self.tr("Go to moved counterpart"))
        self.differences_only_action.setText(self.tr("Differences only"))
        self.font_action.setText(self.tr("Font…"))
        self.sample_action.setText(self.tr("Open sample"))
        self.about_action.setText(self.tr("About Duizhao"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.conversion_label.setText(self.tr(" Conversion: "))
        self.find_bar.edit.setPlaceholderText(self.tr("Find in both documents"))
        self.find_bar.next_button.setText(self.tr("Next"))
        self.find_bar.previous_button.setText(self.tr("Previous"))
        self.find_bar.exact_box.setText(self.tr("Exact"))
        self.find_bar.exact_box.setToolTip(self.tr(
            "Match script and width exactly (培养 no longer finds 培養)"))
        for position in range(self.conversion_box.count()):
            self.conversion_box.setItemText(position, conversion_name(
                Conversion(self.conversion_box.itemData(position))))
        names = {"system": self.tr("System language"), "en": "English",
                 "zh_CN": "简体中文", "zh_TW": "繁體中文"}
        for language, language_action in self.language_actions.items():
            language_action.setText(names[language])
        for kind, kind_action in self.kind_actions.items():
            kind_action.setText(kind_name(kind))
        self._fill_kind_filter()
        self.fit_differences_columns()

    def fit_differences_columns(self) -> None:
        """Size the list's narrow columns to their headers and usual content, in the current
        language; the Change column takes the rest."""
        header = self.differences.horizontalHeader()
        metrics = header.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        titles = DifferencesModel.headers()
        kind_width = min(max(metrics.horizontalAdvance(kind_name(kind)) for kind in KIND_ORDER
                             if kind.substantive), 5 * metrics.horizontalAdvance("培"))
        widths = {0: metrics.horizontalAdvance("9999"),
                  1: kind_width + metrics.horizontalAdvance("█ "),
                  2: metrics.horizontalAdvance("三/（二十）"),
                  DifferencesModel.VERDICT_COLUMN: metrics.horizontalAdvance("✓✎")}
        for column, width in widths.items():
            self.differences.setColumnWidth(column, padding + max(
                metrics.horizontalAdvance(titles[column]), width))

    def _fill_kind_filter(self) -> None:
        current = self.differences_filter.mode()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("Substantive"), DifferenceFilter.SUBSTANTIVE)
        self.kind_filter.addItem(self.tr("All kinds"), DifferenceFilter.ALL)
        for kind in KIND_ORDER:
            self.kind_filter.addItem(kind_name(kind), kind.value)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(current)))
        self.kind_filter.blockSignals(False)
