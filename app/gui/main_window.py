"""The main window: the layout of ``WindowView`` wired to documents, results and settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
)
from PySide6.QtWidgets import QDialog, QFontDialog, QMessageBox, QWidget

from app.gui.dialogs import ExportDialog
from app.gui.documents import Documents
from app.gui.export import ExportRunner
from app.gui.models import Column
from app.gui.navigation import Navigation
from app.gui.palette import KIND_COLORS, kind_name
from app.gui.review_controller import ReviewController
from app.gui.settings import AppSettings, load_settings, save_settings
from app.gui.translations import install_language
from app.gui.window_view import WindowView
from app.gui.worker import ComparisonRunner
from app.model import KIND_ORDER, Comparison, Kind
from app.report import DocxStyle, ReportOptions, Scope

_SCRIPT_NAMES = {"simplified": "简体", "traditional": "繁體", "mixed": "简繁混合", "none": "—"}


class MainWindow(WindowView):
    """Duizhao's window. ``comparison_shown`` fires when a comparison is on screen."""

    comparison_shown = Signal(object)

    def __init__(self, store: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.settings: AppSettings = load_settings(store)
        self.comparison: Comparison | None = None
        self.error_dialog: QMessageBox | None = None
        self.runner = ComparisonRunner(self)
        self.exporter = ExportRunner(self)
        self.documents = Documents(self, self.settings, self.runner, self.recent_menu)
        self.navigation = Navigation(
            self.table, self.table_model, self.delegate, self.differences,
            self.differences_filter, self.kind_filter, self.differences_title, self.find_bar,
            self)
        self._connect()
        self.review = ReviewController(self, self.settings, self.navigation, self.documents)
        self.comparison_shown.connect(self.review.attach_to)
        self.review.notes_attached.connect(self.show_notes)
        self.review.settings_changed.connect(self.save_settings)
        self.review.compare_settings_changed.connect(self.sync_setting_widgets)
        self.review.failed.connect(self.show_error)
        self.apply_font()
        self.retranslate()

    # --- wiring ------------------------------------------------------------------------
    def _connect(self) -> None:
        self.open_action.triggered.connect(self.documents.choose_documents)
        self.swap_action.triggered.connect(self.documents.swap_sides)
        self.reload_action.triggered.connect(self.documents.recompare)
        self.export_action.triggered.connect(self.choose_export)
        self.quit_action.triggered.connect(self.close)
        self.copy_action.triggered.connect(self.navigation.copy_selection)
        self.find_action.triggered.connect(self.navigation.show_find_bar)
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
        self.sync_setting_widgets()

    def sync_setting_widgets(self) -> None:
        for kind, kind_action in self.kind_actions.items():
            kind_action.blockSignals(True)
            kind_action.setChecked(kind.value in self.settings.shown_kinds)
            kind_action.blockSignals(False)
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
        shown = [kind for kind in KIND_ORDER
                 if kind.substantive or kind.value in self.settings.shown_kinds]
        chips = " ".join(
            f'<span style="background:{KIND_COLORS[kind]};">&nbsp;{kind_name(kind)}&nbsp;</span>'
            for kind in shown)
        self.legend.setText(chips)

    # --- documents -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.documents.drag_entered(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.documents.dropped(event)

    def open_project(self, path: str) -> None:
        """Open a ``.duizhao`` project: both documents, their settings and the review."""
        self.review.open_project(path)

    # --- results -------------------------------------------------------------------------
    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.documents.remember_pair()
        self.delegate.clear_cache()
        self.delegate.set_current_difference(None)
        self.table_model.set_comparison(comparison, self._shown_kinds(),
                                        self.settings.differences_only)
        self.differences_model.set_comparison(comparison)
        self.table.span_folds()
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
        metrics = QFontMetrics(self.table.font())
        # The status symbol, the verdict mark and the cell margins take about four characters.
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=0)
        self.table.setColumnWidth(Column.GUTTER, max(90, min(
            widest + 4 * metrics.horizontalAdvance("M"), 260)))

    def show_notes(self, comparison: Comparison) -> None:
        """Show the same comparison with other review notes; views keep their state."""
        self.comparison = comparison
        self.table_model.replace_comparison(comparison)
        self.differences_model.replace_comparison(comparison)

    def _shown_kinds(self) -> frozenset[Kind]:
        return frozenset(Kind(kind) for kind in self.settings.shown_kinds)

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
        substantive = len(comparison.substantive)
        parts = [f"{kind_name(kind)} {counts[kind]}" for kind in KIND_ORDER if counts.get(kind)]
        self.counts_label.setText(self.tr("{count} substantive differences").format(
            count=substantive) + " · " + ", ".join(parts))
        sides = []
        for info in (comparison.left, comparison.right):
            document = info.document
            script = _SCRIPT_NAMES.get(info.script.value, info.script.value)
            region = f" ({info.region.upper()})" if info.region else ""
            sides.append(f"{document.format.upper()} · {document.encoding} · {script}{region}")
        self.documents_label.setText("  ⟷  ".join(sides)
                                     + f"   [{comparison.effective_conversion.value}]")

    # --- settings ------------------------------------------------------------------------
    def _differences_only_toggled(self, checked: bool) -> None:
        self.settings.differences_only = checked
        self.table_model.set_differences_only(checked)
        self.table.span_folds()
        self.table.fit_rows()

    def _kind_toggled(self, kind: Kind, checked: bool) -> None:
        shown = set(self.settings.shown_kinds)
        (shown.add if checked else shown.discard)(kind.value)
        self.settings.shown_kinds = [k.value for k in KIND_ORDER if k.value in shown]
        self._update_legend()
        if self.comparison is not None:
            # Only what is highlighted changed: re-render, no need to compare again.
            comparison = self.comparison
            self.comparison = None
            self.show_comparison(comparison)

    def _conversion_changed(self) -> None:
        self.settings.convert = self.conversion_box.currentData()
        self.documents.recompare()

    def choose_font(self) -> None:
        accepted, font = QFontDialog.getFont(self.table.font(), self)
        if accepted:
            self.settings.font_family = font.family()
            self.settings.font_size = max(6, font.pointSize())
            self.apply_font()

    def apply_font(self) -> None:
        font = QFont(self.settings.font_family) if self.settings.font_family else QFont()
        if not self.settings.font_family:
            font.setFamilies(["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
                              "PingFang SC", "WenQuanYi Micro Hei"])
        font.setPointSize(self.settings.font_size)
        self.table.setFont(font)
        self.delegate.set_font(font)
        self._fit_gutter()
        self.table.fit_rows()

    def set_language(self, language: str) -> None:
        self.settings.language = language
        install_language(language)

    def save_settings(self) -> None:
        save_settings(self._store, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.cancel()
        self.review.save_now()
        self.save_settings()
        self.runner.wait(3000)
        super().closeEvent(event)

    # --- export --------------------------------------------------------------------------
    def choose_export(self) -> None:
        if self.comparison is None:
            self.show_error(self.tr("Compare two documents before exporting a report."))
            return
        suggested = str(Path(self.documents.left_path).with_name(
            f"{Path(self.documents.left_path).stem}-对照.html"))
        dialog = ExportDialog(suggested, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, fmt, scope, style = dialog.choice()
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
