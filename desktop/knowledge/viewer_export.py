"""The viewer's page range dialog and printing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from core.i18n import translate

if TYPE_CHECKING:
    from desktop.knowledge.viewer import DocumentViewer


class PageRangeDialog(QDialog):
    """Asks for the first and last page to export."""

    def __init__(self, count: int, current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DocumentViewer", "Export pages as PDF"))
        layout = QFormLayout(self)
        self.first = QSpinBox(minimum=1, maximum=count, value=current)
        self.last = QSpinBox(minimum=1, maximum=count, value=current)
        self.first.valueChanged.connect(lambda v: self.last.setValue(max(v, self.last.value())))
        self.last.valueChanged.connect(lambda v: self.first.setValue(min(v, self.first.value())))
        layout.addRow(translate("DocumentViewer", "From page"), self.first)
        layout.addRow(translate("DocumentViewer", "To page"), self.last)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def pages(self) -> tuple[int, int]:
        return self.first.value(), self.last.value()


def print_document(viewer: DocumentViewer) -> None:
    """Print the pages (PDF, image) or the text of the document shown."""
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, viewer)
    if viewer.canvas.page_count:
        dialog.setMinMax(1, viewer.canvas.page_count)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if viewer.body.currentWidget() is viewer.text:
        viewer.text.document().print_(printer)
        return
    first = max(1, printer.fromPage() or 1)
    last = min(viewer.canvas.page_count, printer.toPage() or viewer.canvas.page_count)
    painter = QPainter(printer)
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    for page in range(first, last + 1):
        if page > first:
            printer.newPage()
        size = viewer.canvas.sizes[page - 1]
        scale = min(area.width() / size.width(), area.height() / size.height())
        target = QSize(round(size.width() * scale), round(size.height() * scale))
        if viewer.pdf is not None:
            image = viewer.pdf.render(page - 1, target)
        elif viewer.canvas.image is not None:
            image = viewer.canvas.image.scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
        else:
            break
        painter.drawImage(0, 0, image)
    painter.end()
