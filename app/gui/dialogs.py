"""Small dialogs: choosing the pair of documents, and export options."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.io import supported_extensions
from app.report import DocxStyle, Scope, report_formats


def document_filter() -> str:
    patterns = " ".join(f"*.{extension}" for extension in supported_extensions())
    return QCoreApplication.translate(
        "OpenPairDialog", "Documents ({patterns});;All files (*)").format(patterns=patterns)


class OpenPairDialog(QDialog):
    """Pick the left (earlier) and right (later) document."""

    def __init__(self, left: str = "", right: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open documents"))
        self.left_edit = QLineEdit(left)
        self.right_edit = QLineEdit(right)
        form = QFormLayout(self)
        form.addRow(self.tr("Left (earlier):"), self._with_browse(self.left_edit))
        form.addRow(self.tr("Right (later):"), self._with_browse(self.right_edit))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(620, self.sizeHint().height())

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit)
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(lambda: self._browse(edit))
        layout.addWidget(button)
        return row

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a document"), edit.text(),
                                              document_filter())
        if path:
            edit.setText(path)

    def paths(self) -> tuple[str, str]:
        return self.left_edit.text().strip(), self.right_edit.text().strip()


class ExportDialog(QDialog):
    """Choose the report's file, format, scope and Word style.

    It opens on the format, scope and style given (the last ones chosen), and asks before
    OK replaces a file that exists.
    """

    def __init__(self, suggested: str, parent: QWidget | None = None, fmt: str = "html",
                 scope: Scope = Scope.SUBSTANTIVE, style: DocxStyle = DocxStyle.TABLE) -> None:
        super().__init__(parent)
        self.confirmation: QMessageBox | None = None  # the last question asked
        self.setWindowTitle(self.tr("Export report"))
        self.path_edit = QLineEdit(suggested)
        self.format_box = QComboBox()
        for extension in report_formats():
            self.format_box.addItem(extension.upper(), extension)
        self.scope_box = QComboBox()
        self.scope_box.addItem(self.tr("Substantive differences"), Scope.SUBSTANTIVE.value)
        self.scope_box.addItem(self.tr("All differences"), Scope.ALL.value)
        self.style_box = QComboBox()
        self.style_box.addItem(self.tr("Comparison table (对照表)"), DocxStyle.TABLE.value)
        self.style_box.addItem(self.tr("Tracked changes"), DocxStyle.REDLINE.value)
        form = QFormLayout(self)
        path_row = QWidget()
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path_edit)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_layout.addWidget(browse)
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("List:"), self.scope_box)
        form.addRow(self.tr("Word style:"), self.style_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
        self.scope_box.setCurrentIndex(max(0, self.scope_box.findData(scope.value)))
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(style.value)))
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.resize(620, self.sizeHint().height())

    def _format_changed(self) -> None:
        extension = self.format_box.currentData()
        self.style_box.setEnabled(extension == "docx")
        path = self.path_edit.text()
        if path and "." in path.rsplit("/", 1)[-1]:
            self.path_edit.setText(path.rsplit(".", 1)[0] + "." + extension)

    def _browse(self) -> None:
        extension = self.format_box.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"),
                                              self.path_edit.text(), f"*.{extension}")
        if path:
            self.path_edit.setText(path)

    def accept(self) -> None:
        """Close with OK, once the user agrees to replace an existing file."""
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.is_file():
            self.confirmation = QMessageBox(
                QMessageBox.Icon.Question, self.tr("Replace the report?"),
                self.tr("{name} already exists in {folder}. Replace it?").format(
                    name=path.name, folder=path.parent), QMessageBox.StandardButton.NoButton,
                self)
            replace = self.confirmation.addButton(self.tr("Replace"),
                                                  QMessageBox.ButtonRole.DestructiveRole)
            cancel = self.confirmation.addButton(self.tr("Cancel"),
                                                 QMessageBox.ButtonRole.RejectRole)
            self.confirmation.setDefaultButton(cancel)
            self.confirmation.setEscapeButton(cancel)
            self.confirmation.exec()
            if self.confirmation.clickedButton() is not replace:
                return
        super().accept()

    def choice(self) -> tuple[str, str, Scope, DocxStyle]:
        return (self.path_edit.text().strip(), self.format_box.currentData(),
                Scope(self.scope_box.currentData()), DocxStyle(self.style_box.currentData()))
