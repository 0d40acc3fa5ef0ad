"""The check view's wiring: checking a document, moving between findings, reviewing, export.

The review of a document checked alone lives beside it (``app.review.check``); it is written
at most ``AUTOSAVE_MS`` after the first unsaved change, when another document is checked and
when the window closes. A review file that cannot be read is reported and never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.gui.check_view.export import check_report_formats, write_check_report
from app.gui.check_view.models import FINDING_ROLE
from app.gui.check_view.view import CheckWindow
from app.gui.check_view.worker import Check, CheckRunner, engine_check
from app.gui.dialogs import document_filter
from app.gui.findings import reason_name, suggested_change
from app.gui.palette import kind_name
from app.model import CheckResult, CheckSettings, Finding, Kind, Reason, Script
from app.report import ReportError
from app.review import Annotation, Review, ReviewedFile, ReviewError, Verdict
from app.review.check import (
    FindingAttachment,
    annotate_findings,
    attach_findings,
    check_review_of,
    default_check_review_path,
    finding_annotation,
    load_check_review,
    save_check_review,
)
from app.review.model import now

AUTOSAVE_MS = 1000
_SCRIPT_NAMES = {Script.SIMPLIFIED: "简体", Script.TRADITIONAL: "繁體", Script.MIXED: "简繁混合",
                 Script.NONE: "—"}


class CheckController(QObject):
    """Checks one document at a time in its own window and keeps the review of its findings.

    ``result_shown`` fires with the annotated result once a check is on screen; ``saved``
    with the review file's path after each save.
    """

    result_shown = Signal(object)  # CheckResult
    saved = Signal(str)

    def __init__(self, comparison_window: QWidget, reviewer: Callable[[], str],
                 check: Check = engine_check) -> None:
        super().__init__(comparison_window)
        self._comparison_window = comparison_window
        self._reviewer = reviewer
        self.window = CheckWindow(comparison_window)
        self.runner = CheckRunner(check, self)
        self.path = ""  # the document shown
        self._requested = ""  # the document being checked
        self._base: CheckResult | None = None
        self.result: CheckResult | None = None  # the result shown, with the notes
        self._annotations: dict[str, Annotation] = {}
        self._orphans: tuple[Annotation, ...] = ()
        self._extra: dict = {}
        self._review_path: Path | None = None
        self._dirty = False
        self.message: QMessageBox | None = None  # the last problem shown to the user
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._connect()
        self._show_labels()

    def _connect(self) -> None:
        window = self.window
        window.open_action.triggered.connect(self.choose_document)
        window.recheck_action.triggered.connect(lambda: self.check(self.path) if self.path
                                                else None)
        window.export_action.triggered.connect(self.choose_export)
        window.back_action.triggered.connect(self.back)
        window.next_action.triggered.connect(lambda: self.step(1))
        window.previous_action.triggered.connect(lambda: self.step(-1))
        window.next_unreviewed_action.triggered.connect(self.next_unreviewed)
        window.cancel_action.triggered.connect(self.runner.cancel)
        window.cancel_button.clicked.connect(self.runner.cancel)
        for verdict, verdict_action in window.verdict_actions.items():
            verdict_action.triggered.connect(lambda _=False, v=verdict: self.toggle_verdict(v))
        for verdict, button in window.verdict_buttons.items():
            button.clicked.connect(lambda _=False, v=verdict: self.toggle_verdict(v))
        window.comment_action.triggered.connect(self.edit_comment)
        window.comment_edit.textEdited.connect(self.set_comment)
        window.comment_edit.returnPressed.connect(window.findings.setFocus)
        window.findings.selectionModel().currentRowChanged.connect(self._finding_selected)
        window.text.cursorPositionChanged.connect(self._text_clicked)
        window.text.tooltip_of = window.findings_model.tooltip
        window.closing.connect(self.save_now)
        window.retranslated.connect(self._show_labels)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._show_result)
        self.runner.failed.connect(self._show_error)
        self.runner.cancelled.connect(lambda: window.statusBar().showMessage(
            self.tr("Check cancelled"), 5000))
        self.runner.busy_changed.connect(self._on_busy)

    def set_font(self, font: QFont) -> None:
        """Show the text in the font the comparison window uses."""
        self.window.text.setFont(font)

    # --- checking ----------------------------------------------------------------------------
    def choose_document(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._comparison_window,
                                              self.tr("Check one document"), self.path,
                                              document_filter())
        if path:
            self.check(path)

    def check(self, path: str) -> None:
        """Check the document at ``path`` in the background and show the check view.

        What is shown, its title and its review stay those of the last document checked
        until the new result arrives: a check that fails or is cancelled changes nothing.
        """
        self._requested = str(Path(path).resolve())
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.runner.start(self._requested, CheckSettings())

    def _show_result(self, result: CheckResult) -> None:
        if self._base is not None and self._requested == self.path:
            review = self._held_review()  # checked again: the notes as they are now
        else:
            self.save_now()
            self.path = self._requested
            review = self._open_review()
        self._base = result
        self._hold(attach_findings(result, review), dict(review.extra))
        self.result = annotate_findings(result, self._attachment())
        window = self.window
        window.findings_model.set_result(self.result)
        window.text.show_text(result.document.document.text, result.findings)
        self._show_labels()
        self._show_current()
        # Not the list: it would make its first finding current, and F7 would skip it.
        window.text.setFocus()
        self.result_shown.emit(self.result)

    def _open_review(self) -> Review:
        """The review of the newly checked document, and where it will be saved."""
        self._review_path = default_check_review_path(self.path)
        empty = Review(ReviewedFile("", ""), ReviewedFile("", ""))
        if not self._review_path.exists():
            return empty
        try:
            return load_check_review(self._review_path)
        except ReviewError as error:
            self._review_path = None  # never overwrite a file that could not be read
            self._warn(self.tr("The review beside the document cannot be used"), str(error))
            return empty

    def _held_review(self) -> Review:
        """What is held now, with the anchors as last attached (the document was re-checked)."""
        return Review(ReviewedFile("", ""), ReviewedFile("", ""),
                      annotations=(*self._annotations.values(), *self._orphans),
                      extra=self._extra)

    def _hold(self, attachment: FindingAttachment, extra: dict) -> None:
        self._annotations = dict(attachment.annotations)
        self._orphans = attachment.orphans
        self._extra = extra

    def _attachment(self) -> FindingAttachment:
        assert self._base is not None
        return FindingAttachment({f.id: self._annotations[f.id] for f in self._base.findings
                                  if f.id in self._annotations}, self._orphans)

    # --- navigating --------------------------------------------------------------------------
    def current_finding(self) -> Finding | None:
        index = self.window.findings.currentIndex()
        return index.data(FINDING_ROLE) if index.isValid() else None

    def step(self, step: int) -> None:
        """Make the next (1) or previous (-1) finding current."""
        count = self.window.findings_model.rowCount()
        if count == 0:
            return
        current = self.window.findings.currentIndex().row()
        target = (0 if step > 0 else count - 1) if current < 0 else \
            min(count - 1, max(0, current + step))
        self.select(target)

    def select(self, position: int) -> None:
        index = self.window.findings_model.index(position, 0)
        self.window.findings.setCurrentIndex(index)
        self.window.findings.scrollTo(index)

    def next_unreviewed(self) -> None:
        """Make the next finding without a verdict current, wrapping at the end."""
        if self.result is None:
            return
        findings = self.result.findings
        start = self.window.findings.currentIndex().row() + 1
        order = [*range(start, len(findings)), *range(0, start)]
        target = next((n for n in order if not (findings[n].note and findings[n].note.verdict)),
                      None)
        if target is None:
            self.window.statusBar().showMessage(self.tr("Every finding has a verdict"), 5000)
            return
        self.select(target)

    def _finding_selected(self) -> None:
        self.window.text.set_current(self.current_finding())
        self._show_current()

    def _text_clicked(self) -> None:
        """A click on a highlighted place makes its finding current."""
        text = self.window.text
        finding = text.finding_at(text.offset(text.textCursor().position()))
        current = self.current_finding()
        if finding is not None and (current is None or current.id != finding.id) \
                and self.result is not None:
            self.select(next(n for n, f in enumerate(self.result.findings)
                             if f.id == finding.id))

    # --- reviewing ---------------------------------------------------------------------------
    def toggle_verdict(self, verdict: Verdict) -> None:
        """Give the current finding a verdict; the same verdict again clears it."""
        finding = self.current_finding()
        if finding is None:
            self.window.statusBar().showMessage(self.tr("Select a finding first (F7 or F8)"),
                                                4000)
            return
        held = self._annotations.get(finding.id)
        same = held is not None and held.verdict is verdict
        self._put(finding, None if same else verdict, held.comment if held else "")

    def set_comment(self, comment: str) -> None:
        finding = self.current_finding()
        if finding is not None:
            held = self._annotations.get(finding.id)
            self._put(finding, held.verdict if held else None, comment)

    def edit_comment(self) -> None:
        if self.current_finding() is not None:
            self.window.comment_edit.setFocus()
            self.window.comment_edit.selectAll()

    def _put(self, finding: Finding, verdict: Verdict | None, comment: str) -> None:
        assert self._base is not None
        self._annotations.pop(finding.id, None)
        if verdict is not None or comment:
            self._annotations[finding.id] = finding_annotation(
                self._base, finding, verdict, comment, self._reviewer(), now())
        self._dirty = True
        if not self._autosave.isActive():
            self._autosave.start()
        self.result = annotate_findings(self._base, self._attachment())
        self.window.findings_model.replace_result(self.result)
        self._show_labels()
        self._show_current()

    def save_now(self) -> bool:
        """Write pending changes to the review file; True when there is nothing left."""
        self._autosave.stop()
        if not self._dirty:
            return True
        if self._review_path is None or self._base is None:
            return False
        review = check_review_of(self._base, self._attachment(), self._extra)
        try:
            save_check_review(review, self.path, self._review_path)
        except OSError as error:
            self.window.statusBar().showMessage(
                self.tr("The review cannot be saved: {reason}").format(
                    reason=f"{self._review_path}: {error.strerror or error}"), 10000)
            return False
        self._dirty = False
        self.saved.emit(str(self._review_path))
        return True

    # --- export and back ---------------------------------------------------------------------
    def choose_export(self) -> None:
        if self.result is None:
            self._warn(self.tr("Nothing to export"),
                       self.tr("Check a document before exporting its findings."))
            return
        suggested = str(Path(self.path).with_name(f"{Path(self.path).stem}-检查.html"))
        patterns = ";;".join(f"*.{extension}" for extension in check_report_formats())
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export findings"),
                                              suggested, patterns)
        if path:
            self.export(path)

    def export(self, path: str) -> bool:
        """Write the findings, with their verdicts and comments, to ``path``."""
        assert self.result is not None
        try:
            write_check_report(self.result, path)
        except ReportError as error:
            self.message = QMessageBox(QMessageBox.Icon.Critical, self.tr("Cannot export"),
                                       str(error), QMessageBox.StandardButton.Ok, self.window)
            self.message.open()
            return False
        self.window.statusBar().showMessage(self.tr("Report written: {path}").format(
            path=path), 8000)
        return True

    def back(self) -> None:
        """Close the check view and return to the comparison window."""
        self.window.close()
        self._comparison_window.raise_()
        self._comparison_window.activateWindow()

    # --- showing -----------------------------------------------------------------------------
    def _show_labels(self) -> None:
        window, result = self.window, self.result
        window.findings_title.setText(self.tr("Findings ({count})").format(
            count=len(result.findings) if result else 0))
        if result is None:
            window.counts_label.setText(self.tr("Choose a document to check (File ▸ Check "
                                                "another document…)."))
            window.document_label.clear()
            window.progress_label.clear()
            window.orphans_label.hide()
            return
        window.setWindowTitle(self.tr("{name} — Check — Duizhao").format(
            name=Path(self.path).name))
        window.counts_label.setText(self._counts(result))
        info = result.document
        region = f" ({info.region.upper()})" if info.region else ""
        window.document_label.setText(
            f"{info.document.format.upper()} · {info.document.encoding} · "
            f"{_SCRIPT_NAMES[info.script]}{region}   [{result.conversion}]")
        done = sum(1 for f in result.findings if f.note is not None and f.note.verdict)
        window.progress_label.setText(self.tr("Reviewed {done} / {total}").format(
            done=done, total=len(result.findings)))
        window.orphans_label.setText(self.tr(
            "{count} notes of the review match no finding any more; they stay in the review "
            "file.").format(count=len(self._orphans)))
        window.orphans_label.setVisible(bool(self._orphans))

    def _counts(self, result: CheckResult) -> str:
        if not result.findings:
            return self.tr("No findings: nothing to correct was found.")
        by_reason = result.counts_by_reason()
        parts = [f"{reason_name(reason, result.document.script)} {by_reason[reason]}"
                 for reason in Reason if by_reason.get(reason)]
        encoding = result.counts_by_kind().get(Kind.ENCODING, 0)
        if encoding:
            parts.append(f"{kind_name(Kind.ENCODING)} {encoding}")
        return self.tr("{count} findings").format(count=len(result.findings)) + " · " + \
            ", ".join(parts)

    def _show_current(self) -> None:
        finding = self.current_finding()
        window = self.window
        if finding is None:
            window.show_target(self.tr("Select a finding (F7, F8) to give it a verdict."),
                               False)
            window.show_verdict(None, "")
            return
        reason = window.findings_model.reason(finding)
        what = kind_name(finding.kind) + (f" · {reason}" if reason else "")
        window.show_target(f"{what} · {suggested_change(finding.span.text, finding.suggestion)}",
                           True)
        note = finding.note
        window.show_verdict(note.verdict if note else None, note.comment if note else "")

    def _on_progress(self, done: int, total: int) -> None:
        self.window.progress.setMaximum(max(total, 1))
        self.window.progress.setValue(done)

    def _on_busy(self, busy: bool) -> None:
        window = self.window
        window.progress.setVisible(busy)
        window.cancel_button.setVisible(busy)
        if busy:
            window.progress.setValue(0)
            window.statusBar().showMessage(self.tr("Checking…"))
        else:
            window.statusBar().clearMessage()

    def _show_error(self, message: str) -> None:
        self._warn(self.tr("Cannot check the document"), message)

    def _warn(self, title: str, message: str) -> None:
        self.message = QMessageBox(QMessageBox.Icon.Warning, title, message,
                                   QMessageBox.StandardButton.Ok, self.window)
        self.message.open()
