"""The main window: the layout of ``WindowView`` wired to documents, results and settings."""

from __future__ import annotations

import heapq
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QFontDialog, QMessageBox, QWidget

from app.batch.pairing import name_fold
from app.batch.project import is_folder_project, load_folder_project, restore_reviews
from app.engine.segment import display_width
from app.gui.check_view import CheckController
from app.gui.dialogs import ExportDialog
from app.gui.documents import Documents
from app.gui.export import ExportRunner
from app.gui.find import Finder
from app.gui.folder_view import FolderController, FolderWindow
from app.gui.goto import GoToClauseDialog
from app.gui.models import Column
from app.gui.navigation import Navigation
from app.gui.palette import Theme, conversion_name, kind_name, script_name, theme
from app.gui.review_controller import ReviewController
from app.gui.settings import AppSettings, load_settings, save_settings
from app.gui.translations import install_language
from app.gui.unrelated import UNRELATED_SHARE, shared_share
from app.gui.window_view import WindowView
from app.gui.worker import ComparisonRunner
from app.model import KIND_ORDER, Comparison, Kind, Script
from app.report import DocxStyle, ReportOptions, Scope
from app.review import ReviewError

# Window layout kept between runs, beside the typed settings: Qt's own opaque states.
_LAYOUT_KEYS = ("window/geometry", "window/state", "window/splitter")
# The clause column is fitted to the widest of this many labels longest in display columns.
_LABELS_MEASURED = 24


def across_scripts(comparison: Comparison) -> bool:
    """Whether one document is simplified and the other traditional."""
    return {comparison.left.script, comparison.right.script} == {Script.SIMPLIFIED,
                                                                  Script.TRADITIONAL}


class MainWindow(WindowView):
    """Duizhao's window. ``comparison_shown`` fires when a comparison is on screen."""

    comparison_shown = Signal(object)

    def __init__(self, store: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.settings: AppSettings = load_settings(store)
        self.comparison: Comparison | None = None
        self.folders: FolderController | None = None
        self.error_dialog: QMessageBox | None = None
        self.runner = ComparisonRunner(self)
        self.runner.prepare()  # the tables load while the window opens
        self.exporter = ExportRunner(self)
        self.documents = Documents(self, self.settings, self.runner, self.recent_menu)
        self.navigation = Navigation(
            self.table, self.table_model, self.delegate, self.differences,
            self.differences_filter, self.kind_filter, self.differences_title, self)
        self.finder = Finder(self.table, self.table_model, self.delegate, self.find_bar,
                             self.navigation.go_to_row, self)
        self.goto_dialog: GoToClauseDialog | None = None
        self._splitter_sizes: list[int] = []  # to give the splitter when the panel shows
        self._unrelated: Comparison | None = None
        self._connect()
        self.review = ReviewController(self, self.settings, self.navigation, self.documents)
        self.comparison_shown.connect(self.review.attach_to)
        self.review.notes_attached.connect(self.show_notes)
        self.review.settings_changed.connect(self.save_settings)
        self.review.compare_settings_changed.connect(self.sync_setting_widgets)
        self.review.failed.connect(self.show_error)
        self.checker = CheckController(self, self.review.reviewer)
        self.check_action.triggered.connect(self.checker.choose_document)
        self.review.saved.connect(self._remember_if_project)
        self.review.project_opened.connect(self._remember_if_project)
        self.review.open_project_requested.connect(self.open_project)
        self.delegate.set_source_breaks(self.settings.source_line_breaks)
        self.apply_font()
        self.apply_theme(theme())
        self.restore_layout()
        self.show_start_page()
        self.retranslate()

    # --- wiring ------------------------------------------------------------------------
    def _connect(self) -> None:
        self.open_action.triggered.connect(self.documents.choose_documents)
        self.compare_folders_action.triggered.connect(lambda: self.compare_folders())
        self.back_to_folders_action.triggered.connect(self.show_folders)
        self.swap_action.triggered.connect(self.documents.swap_sides)
        self.reload_action.triggered.connect(self.documents.recompare)
        self.export_action.triggered.connect(self.choose_export)
        self.quit_action.triggered.connect(self.close)
        self.copy_action.triggered.connect(self.navigation.copy_selection)
        self.find_action.triggered.connect(self.finder.show_bar)
        self.find_next_action.triggered.connect(self.finder.find_next)
        self.find_previous_action.triggered.connect(self.finder.find_previous)
        self.go_to_clause_action.triggered.connect(self.choose_clause)
        self.source_breaks_action.toggled.connect(self._source_breaks_toggled)
        self.start_page.open_requested.connect(self.documents.choose_documents)
        self.start_page.sample_requested.connect(self.documents.open_sample)
        self.start_page.folders_requested.connect(lambda: self.compare_folders())
        self.start_page.check_requested.connect(self.check_action.trigger)
        self.start_page.pair_chosen.connect(self.documents.open_pair)
        self.start_page.project_chosen.connect(self.open_project)
        self.unrelated_notice.continue_requested.connect(self._show_unrelated)
        self.unrelated_notice.open_requested.connect(self.documents.choose_documents)
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda _scheme: self.apply_theme(theme()))
        self.next_action.triggered.connect(lambda: self.navigation.step_difference(1))
        self.previous_action.triggered.connect(lambda: self.navigation.step_difference(-1))
        self.counterpart_action.triggered.connect(self.navigation.go_to_counterpart)
        self.differences_only_action.toggled.connect(self._differences_only_toggled)
        self.font_action.triggered.connect(self.choose_font)
        self.sample_action.triggered.connect(self.documents.open_sample)
        self.about_action.triggered.connect(self.show_about)
        self.cancel_action.triggered.connect(self.runner.cancel)
        self.cancel_button.clicked.connect(self.runner.cancel)
        for kind, kind_action in self.kind_actions.items():
            kind_action.toggled.connect(lambda checked, k=kind: self._kind_toggled(k, checked))
        for language, language_action in self.language_actions.items():
            language_action.triggered.connect(lambda _=False, lang=language:
                                              self.set_language(lang))
        self.conversion_box.currentIndexChanged.connect(self._conversion_changed)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self.show_comparison)
        self.runner.failed.connect(self.show_error)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.busy_changed.connect(self._on_busy)
        self.exporter.finished.connect(self._export_done)
        self.exporter.failed.connect(self._export_failed)
        self.documents.project_dropped.connect(self.open_project)
        self.documents.folders_dropped.connect(self.compare_folders)
        self.documents.settings_reverted.connect(self.sync_setting_widgets)
        self.sync_setting_widgets()

    def sync_setting_widgets(self) -> None:
        shown = self._shown_kinds()
        for kind, kind_action in self.kind_actions.items():
            kind_action.blockSignals(True)
            kind_action.setChecked(kind in shown)
            kind_action.blockSignals(False)
        self.source_breaks_action.blockSignals(True)
        self.source_breaks_action.setChecked(self.settings.source_line_breaks)
        self.source_breaks_action.blockSignals(False)
        self.differences_only_action.blockSignals(True)
        self.differences_only_action.setChecked(self.settings.differences_only)
        self.differences_only_action.blockSignals(False)
        self.conversion_box.blockSignals(True)
        self.conversion_box.setCurrentIndex(
            max(0, self.conversion_box.findData(self.settings.convert)))
        self.conversion_box.blockSignals(False)
        self.language_actions.get(self.settings.language,
                                  self.language_actions["system"]).setChecked(True)

    # --- translation ---------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        super().retranslate()
        self.navigation.update_differences_title()
        self.documents.update_title()
        self._update_status()
        self._update_legend()
        self.documents.fill_recent_menu()
        self.review.retranslate()

    def _update_legend(self) -> None:
        """A swatch and a name per kind shown in this comparison, on one line."""
        present = self.comparison.counts_by_kind() if self.comparison is not None else {}
        shown = [kind for kind in KIND_ORDER if present.get(kind)
                 and (kind.substantive or kind in self._shown_kinds())]
        colors = self.delegate.theme.kinds
        chips = "&nbsp; ".join(
            f'<span style="background:{colors[kind]};">&nbsp;&nbsp;&nbsp;</span>'
            f'&nbsp;{kind_name(kind)}' for kind in shown)
        self.legend.setText(f'<span style="font-size:small;">{chips}</span>')
        self.legend.setToolTip(", ".join(kind_name(kind) for kind in shown))

    # --- documents -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.documents.drag_entered(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.documents.dropped(event)

    def open_project(self, path: str) -> None:
        """Open a ``.duizhao`` project: both documents, their settings and the review; or a
        folder pair, its pairs and every pair's review."""
        try:
            folders = is_folder_project(path)
        except ReviewError:
            folders = False  # the pair's reader says what is wrong with the file
        if not folders:
            self.review.files.open_project(path)
            return
        try:
            project = load_folder_project(path)
            restore_reviews(project)
        except (ReviewError, OSError) as error:
            self.show_error(str(error))
            return
        self._remember_if_project(path)
        self._folder_controller().open_project(project)

    # --- folders -------------------------------------------------------------------------
    def compare_folders(self, left: str = "", right: str = "") -> None:
        """Open the folder view on two folders (asked for when not given)."""
        if not left:
            left = QFileDialog.getExistingDirectory(self, self.tr("Folder of earlier versions"))
            if not left:
                return
        if not right:
            right = QFileDialog.getExistingDirectory(self, self.tr("Folder of later versions"))
            if not right:
                return
        self._folder_controller().open_folders(left, right)

    def _folder_controller(self) -> FolderController:
        if self.folders is None:
            self.folders = FolderController(FolderWindow(self), self.settings.compare_settings,
                                            name_fold())
            self.folders.open_pair_requested.connect(self._open_pair_of_folders)
            self.folders.project_saved.connect(self._remember_if_project)
        return self.folders

    def _open_pair_of_folders(self, left: str, right: str) -> None:
        self.back_to_folders_action.setVisible(True)
        self.documents.open_pair(left, right)
        self.raise_()
        self.activateWindow()

    def show_folders(self) -> None:
        if self.folders is not None:
            self.folders.window.show()
            self.folders.window.raise_()
            self.folders.window.activateWindow()

    def _remember_if_project(self, path: str) -> None:
        if path.lower().endswith(".duizhao"):
            self.settings.remember_project(path)
            self.start_page.show_recent(self.settings.recent_pairs,
                                        self.settings.recent_projects)

    def show_start_page(self) -> None:
        """The empty window: recent pairs and projects, and nothing that needs a pair."""
        self.start_page.show_recent(self.settings.recent_pairs, self.settings.recent_projects)
        self.show_page(self.start_page)
        self._enable_pair_actions(False)

    def _enable_pair_actions(self, enabled: bool) -> None:
        for pair_action in (*self.pair_actions, self.review.actions.save_project_action):
            pair_action.setEnabled(enabled)

    # --- results -------------------------------------------------------------------------
    def show_comparison(self, comparison: Comparison) -> None:
        """Show a new comparison; documents that share little text get a notice first."""
        share = shared_share(comparison)
        if share < UNRELATED_SHARE:
            self._unrelated = comparison
            self.unrelated_notice.show_share(share)
            self.show_page(self.unrelated_notice)
            self._enable_pair_actions(False)  # nothing shown to export, find in or swap
            return
        self._show(comparison)

    def _show_unrelated(self) -> None:
        comparison, self._unrelated = self._unrelated, None
        if comparison is not None:
            self._show(comparison)

    def _show(self, comparison: Comparison) -> None:
        self._unrelated = None
        self.comparison = comparison
        self.documents.remember_pair()
        self.start_page.show_recent(self.settings.recent_pairs, self.settings.recent_projects)
        self.show_page(self.comparison_page)
        # Lay the panel out now: the rows' heights are measured at the columns' final widths.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._enable_pair_actions(True)
        self.sync_setting_widgets()
        self._update_legend()
        self.delegate.clear_cache()
        self.delegate.set_current_difference(None)
        self.table_model.set_comparison(comparison, self._shown_kinds(),
                                        self.settings.differences_only)
        self.differences_model.set_comparison(comparison)
        self.table.span_folds()
        self.overview.set_marks(self.table_model.overview_marks())
        self._fit_gutter()
        self.table.fit_rows()
        self._update_status()
        self.comparison_shown.emit(comparison)

    def _fit_gutter(self) -> None:
        """Widen the clause column to the longest label (within bounds), so labels stay whole."""
        if self.comparison is None:
            return
        labels = {side.label for row in self.comparison.rows
                  for side in (row.left, row.right) if side is not None}
        # Measured are the labels longest in display columns (a Han character takes two): a
        # long comparison has hundreds of labels, and measuring each one is slow.
        longest = heapq.nlargest(_LABELS_MEASURED, labels, key=display_width)
        metrics = QFontMetrics(self.table.font())
        # The status symbol, the verdict mark and the cell margins take about four characters.
        widest = max((metrics.horizontalAdvance(label) for label in longest), default=0)
        self.table.setColumnWidth(Column.GUTTER, max(90, min(
            widest + 4 * metrics.horizontalAdvance("M"), 260)))

    def show_notes(self, comparison: Comparison) -> None:
        """Show the same comparison with other review notes; views keep their state."""
        self.comparison = comparison
        self.table_model.replace_comparison(comparison)
        self.differences_model.replace_comparison(comparison)

    def _shown_kinds(self) -> frozenset[Kind]:
        """The non-substantive kinds highlighted: script only on request in s↔t pairs."""
        shown = {Kind(kind) for kind in self.settings.shown_kinds}
        if self.comparison is not None and across_scripts(self.comparison):
            (shown.add if self.settings.script_across_scripts else shown.discard)(Kind.SCRIPT)
        return frozenset(shown)

    def choose_clause(self) -> None:
        """Ask for a clause label (Ctrl+G) and go to the first row that has it."""
        self.goto_dialog = dialog = GoToClauseDialog(self.navigation.labels(), self)

        def go(label: str) -> None:
            if self.navigation.go_to_label(label):
                dialog.accept()
            else:
                dialog.say_not_found()

        dialog.chosen.connect(go)
        dialog.open()

    def show_error(self, message: str) -> None:
        self.error_dialog = QMessageBox(QMessageBox.Icon.Critical, self.tr("Cannot compare"),
                                        message, QMessageBox.StandardButton.Ok, self)
        self.error_dialog.open()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.statusBar().showMessage(self.tr("Comparing…"))
        else:
            self.statusBar().clearMessage()

    def _on_cancelled(self) -> None:
        self.statusBar().showMessage(self.tr("Comparison cancelled"), 5000)

    def _update_status(self) -> None:
        comparison = self.comparison
        if comparison is None:
            self.counts_label.setText(self.tr("Open two documents to compare them "
                                              "(File ▸ Open, or drop them here)."))
            self.documents_label.clear()
            return
        counts = comparison.counts_by_kind()
        substantive = sum(count for kind, count in counts.items() if kind.substantive)
        parts = [f"{kind_name(kind)} {counts[kind]}" for kind in KIND_ORDER if counts.get(kind)]
        self.counts_label.setText(self.tr("{count} substantive differences").format(
            count=substantive) + " · " + ", ".join(parts))
        sides = []
        for info in (comparison.left, comparison.right):
            document = info.document
            region = f" ({info.region.upper()})" if info.region else ""
            sides.append(f"{document.format.upper()} · {document.encoding} · "
                         f"{script_name(info.script)}{region}")
        self.documents_label.setText("  ⟷  ".join(sides) + "   ["
                                     + conversion_name(comparison.effective_conversion) + "]")

    # --- settings ------------------------------------------------------------------------
    def _differences_only_toggled(self, checked: bool) -> None:
        self.settings.differences_only = checked
        self.table_model.set_differences_only(checked)
        self.table.span_folds()
        self.overview.set_marks(self.table_model.overview_marks())
        self.table.fit_rows()

    def _source_breaks_toggled(self, checked: bool) -> None:
        self.settings.source_line_breaks = checked
        self.delegate.set_source_breaks(checked)
        self.table.fit_rows()
        self.table.viewport().update()

    def _kind_toggled(self, kind: Kind, checked: bool) -> None:
        if kind is Kind.SCRIPT and self.comparison is not None \
                and across_scripts(self.comparison):
            self.settings.script_across_scripts = checked
        else:
            shown = set(self.settings.shown_kinds)
            (shown.add if checked else shown.discard)(kind.value)
            self.settings.shown_kinds = [k.value for k in KIND_ORDER if k.value in shown]
        self.save_settings()
        self._update_legend()
        if self.comparison is not None:
            # Only what is highlighted changed: re-render, no need to compare again.
            comparison = self.comparison
            self.comparison = None
            self._show(comparison)

    def _conversion_changed(self) -> None:
        self.settings.convert = self.conversion_box.currentData()
        self.documents.recompare()

    def choose_font(self) -> None:
        accepted, font = QFontDialog.getFont(self.table.font(), self)
        if accepted:
            self.settings.font_family = font.family()
            self.settings.font_size = max(6, font.pointSize())
            self.apply_font()

    def apply_theme(self, new_theme: Theme) -> None:
        """Colour the table, the overview bar and the legend after the system's scheme."""
        self.delegate.set_theme(new_theme)
        self.table_model.set_theme(new_theme)
        self.overview.set_theme(new_theme)
        self._update_legend()
        self.table.viewport().update()

    def restore_layout(self) -> None:
        """The window's size and place, the toolbar and the splitter as last left."""
        geometry, state, splitter = (self._store.value(key) for key in _LAYOUT_KEYS)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        try:
            sizes = [int(size) for size in splitter] if isinstance(splitter, list) else []
        except ValueError:
            sizes = []
        if len(sizes) == 2 and min(sizes) > 0:
            self._splitter_sizes = sizes

    def show_page(self, page: QWidget) -> None:
        """The splitter gets its remembered sizes when the panel first shows."""
        super().show_page(page)
        if page is self.comparison_page and self._splitter_sizes:
            self.splitter.setSizes(self._splitter_sizes)
            self._splitter_sizes = []

    def save_layout(self) -> None:
        # The splitter's sizes only mean something while the panel shows.
        sizes = self.splitter.sizes() if self.panel.isVisible() else self._splitter_sizes
        for key, value in zip(_LAYOUT_KEYS, (self.saveGeometry(), self.saveState(),
                                             [str(size) for size in sizes]), strict=True):
            self._store.setValue(key, value)
        self._store.sync()

    def apply_font(self) -> None:
        font = QFont(self.settings.font_family) if self.settings.font_family else QFont()
        if not self.settings.font_family:
            font.setFamilies(["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
                              "PingFang SC", "WenQuanYi Micro Hei"])
        font.setPointSize(self.settings.font_size)
        self.table.setFont(font)
        self.delegate.set_font(font)
        self.checker.set_font(font)
        self._fit_gutter()
        self.table.fit_rows()

    def set_language(self, language: str) -> None:
        self.settings.language = language
        install_language(language)

    def save_settings(self) -> None:
        save_settings(self._store, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.review.files.may_close():
            event.ignore()
            return
        self.runner.cancel()
        if self.folders is not None:
            self.folders.cancel()
            self.folders.wait(3000)
        self.review.files.save_now()
        self.checker.save_now()
        self.save_settings()
        self.save_layout()
        self.runner.wait(3000)
        super().closeEvent(event)

    # --- export --------------------------------------------------------------------------
    def choose_export(self) -> None:
        if self.comparison is None:
            self.show_error(self.tr("Compare two documents before exporting a report."))
            return
        settings = self.settings
        suggested = str(Path(self.documents.left_path).with_name(
            f"{Path(self.documents.left_path).stem}-对照.{settings.export_format}"))
        dialog = ExportDialog(suggested, self, settings.export_format,
                              Scope(settings.export_scope), DocxStyle(settings.export_style))
        self.export_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, fmt, scope, style = dialog.choice()
        settings.export_format, settings.export_scope = fmt, scope.value
        settings.export_style = style.value
        if path:
            self.export(path, fmt, scope, style)

    def export(self, path: str, fmt: str, scope: Scope = Scope.SUBSTANTIVE,
               style: DocxStyle = DocxStyle.TABLE) -> None:
        assert self.comparison is not None
        self.statusBar().showMessage(self.tr("Exporting…"))
        self.exporter.start(self.comparison, path, fmt,
                            ReportOptions(scope=scope, docx_style=style))

    def _export_done(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Report written: {path}").format(path=path), 8000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Report written"),
                          self.tr("The report was written to {path}.").format(path=path),
                          QMessageBox.StandardButton.Close, self)
        open_button = box.addButton(self.tr("Open the report"),
                                    QMessageBox.ButtonRole.AcceptRole)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        self.export_dialog = box
        box.open()

    def _export_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Report not written"), 8000)
        self.export_dialog = QMessageBox(QMessageBox.Icon.Critical, self.tr("Report not written"),
                                         message, QMessageBox.StandardButton.Ok, self)
        self.export_dialog.open()

    def show_about(self) -> None:
        from app import __version__

        QMessageBox.about(self, self.tr("About Duizhao"), self.tr(
            "Duizhao (对照) {version}\nCompare two versions of a Chinese document clause by "
            "clause.").format(version=__version__))
