"""The document viewer: what a citation, a search result or ``convosphere docs show`` opens.

PDFs and images as pages (QtPdf), at the cited page with the passage highlighted (from the
text layer, or from OCR word boxes on scans); everything else as clean text. Find, zoom,
thumbnails, select and copy, Save As, export pages, print. The file comes only from the
content-addressed store, through ``DocumentSources``; reading it happens off the GUI thread.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.i18n import QT_TRANSLATE_NOOP, number, percent, translate
from core.knowledge.formats import DocType
from core.knowledge.preview import locate_words, safe_file_name
from desktop.knowledge.page_canvas import FitMode, Marks, PageCanvas
from desktop.knowledge.text_preview import SafeTextBrowser
from desktop.shell.elide import ElidedLabel

if TYPE_CHECKING:
    from core.knowledge.preview import DocumentSources, PageBoxes, SourceFile, TextPreview
    from core.sources import SourcePassage
    from desktop.operations import Operations

ExportZip = Callable[[list[str], Path], str]  # the library's bulk export: ids, .zip -> job id
_WORD = re.compile(r"\w+")
THUMB_WIDTH = 96
NARROW = 620  # px: below this (the split view) find goes under the page tools, no thumbnails
FITS = [
    (QT_TRANSLATE_NOOP("DocumentViewer", "Fit width"), FitMode.WIDTH),
    (QT_TRANSLATE_NOOP("DocumentViewer", "Fit page"), FitMode.PAGE),
]
ZOOM_PERCENTS = (50, 75, 100, 125, 150, 200, 300)
_OTHER_ZOOM = "other"  # the zoom box's entry for a zoom not in ZOOMS
_PDF_ERRORS = {
    QPdfDocument.Error.IncorrectPassword: QT_TRANSLATE_NOOP(
        "DocumentViewer",
        "“{title}” is password-protected. Use “Open original” to open it in your PDF reader "
        "with its password.",
    ),
    QPdfDocument.Error.UnsupportedSecurityScheme: QT_TRANSLATE_NOOP(
        "DocumentViewer",
        "“{title}” is locked with a kind of encryption this viewer cannot open. Use “Open "
        "original” to open it in your PDF reader.",
    ),
    QPdfDocument.Error.InvalidFileFormat: QT_TRANSLATE_NOOP(
        "DocumentViewer",
        "“{title}” is damaged or not a PDF (it may be cut short). Open it in a PDF viewer and "
        "save a new copy, then import that.",
    ),
    QPdfDocument.Error.FileNotFound: QT_TRANSLATE_NOOP(
        "DocumentViewer", "“{title}” is missing from the library; import the file again."
    ),
}
_PDF_UNREADABLE = QT_TRANSLATE_NOOP(
    "DocumentViewer", "“{title}” cannot be shown (the file may be damaged)."
)


@dataclass(frozen=True)
class ViewerTarget:
    """Where to open a document: a page, and a passage to highlight on it."""

    document_id: str
    page: int | None = None
    passage: str = ""

    @classmethod
    def of_passage(cls, passage: SourcePassage) -> ViewerTarget:
        return cls(passage.document_id, passage.page_start, passage.text)


class DocumentViewer(QWidget):
    """One document: pages (PDF, image) or clean text, with find, zoom and export."""

    opened = Signal(object)  # the SourceFile, once shown
    failed = Signal(str)  # a message a person can act on
    close_requested = Signal()

    def __init__(
        self,
        sources: DocumentSources,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        export_zip: ExportZip | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentViewer")
        self.sources, self.ops = sources, ops
        self.export_zip = export_zip
        self.source: SourceFile | None = None
        self.target: ViewerTarget | None = None
        self.pdf: QPdfDocument | None = None
        self.search: QPdfSearchModel | None = None
        self.hit_index = -1
        self._pages_shown = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._title_row())
        layout.addLayout(self._tool_row())
        self.note = QLabel("")
        self.note.setObjectName("Hint")
        self.note.setWordWrap(True)
        self.note.hide()
        self._note_timer = QTimer(self, singleShot=True, interval=8000)
        self._note_timer.timeout.connect(self.note.hide)
        layout.addWidget(self.note)
        self.canvas = PageCanvas()
        self.text = SafeTextBrowser()
        self.message = QLabel(
            translate("DocumentViewer", "Opening…"), alignment=Qt.AlignmentFlag.AlignCenter
        )
        self.message.setObjectName("EmptyBody")
        self.message.setWordWrap(True)
        self.body = QStackedWidget()
        for widget in (self.message, self.canvas, self.text):
            self.body.addWidget(widget)
        self.thumbs = QListWidget()
        self.thumbs.setObjectName("PageThumbnails")
        self.thumbs.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.42)))
        self.thumbs.setFixedWidth(THUMB_WIDTH + 36)
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setFlow(QListWidget.Flow.TopToBottom)
        self.thumbs.setWrapping(False)
        self.thumbs.setMovement(QListWidget.Movement.Static)
        self.thumbs.setSpacing(4)
        self.thumbs.currentRowChanged.connect(self._thumb_chosen)
        self._thumb_timer = QTimer(self, singleShot=True, interval=30)
        self._thumb_timer.timeout.connect(self._render_thumbs)
        self.thumbs.verticalScrollBar().valueChanged.connect(lambda _v: self._thumb_timer.start())
        pages = QHBoxLayout()
        pages.addWidget(self.thumbs)
        pages.addWidget(self.body, 1)
        layout.addLayout(pages, 1)
        self._position_timer = QTimer(self, singleShot=True, interval=800)
        self._position_timer.timeout.connect(self._remember_page)
        self._find_timer = QTimer(self, singleShot=True, interval=250)
        self._find_timer.timeout.connect(self._run_find)
        self.canvas.page_changed.connect(self._page_changed)
        self.canvas.zoom_changed.connect(self._zoom_shown)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find_box.setFocus)
        QShortcut(QKeySequence.StandardKey.FindNext, self, lambda: self.step_hit(1))
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, lambda: self.step_hit(-1))
        self._show_page_tools(False)
        unpolished: list[QWidget] = [self.page_tools, *self.page_tools.findChildren(QWidget)]
        for part in (*unpolished, self.canvas):
            part.ensurePolished()  # now, not while the first page waits to be painted

    def _title_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        # The split pane is narrow: "…" and a tooltip.
        self.heading = ElidedLabel(translate("DocumentViewer", "Opening…"))
        self.heading.setMinimumWidth(80)
        self.where = QLabel("")
        self.where.setObjectName("PageSubtitle")
        row.addWidget(self.heading, 1)
        row.addWidget(self.where)
        self.open_button = QPushButton(translate("DocumentViewer", "Open original"))
        self.open_button.setToolTip(
            translate("DocumentViewer", "Open the file in the app your system uses for it")
        )
        self.open_button.clicked.connect(self.open_original)
        self.more = QToolButton()
        self.more.setText(translate("DocumentViewer", "More"))
        self.more.setToolTip(translate("DocumentViewer", "Save a copy, export pages, print"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more)
        self.open_action = menu.addAction(
            translate("DocumentViewer", "Open original"), self.open_original
        )
        self.open_action.setVisible(False)  # the button's place in a narrow pane
        self.save_button = menu.addAction(translate("DocumentViewer", "Save as…"), self.save_as)
        self.export_button = menu.addAction(
            translate("DocumentViewer", "Export pages as PDF…"), self.export_pages
        )
        self.print_button = menu.addAction(
            translate("DocumentViewer", "Print…"), self.print_document
        )
        self.zip_button = menu.addAction(
            translate("DocumentViewer", "Export as .zip with manifest…"), self.export_as_zip
        )
        self.zip_button.setVisible(self.export_zip is not None)
        self.more.setMenu(menu)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("DocumentViewer", "Close the document"))
        self.close_button.clicked.connect(self.close_requested.emit)
        self.open_button.setEnabled(False)
        for action in (
            self.open_action, self.save_button, self.export_button, self.print_button,
            self.zip_button,
        ):  # fmt: skip
            action.setEnabled(False)
        row.addWidget(self.open_button)
        row.addWidget(self.more)
        row.addWidget(self.close_button)
        return row

    def _tool_row(self) -> QGridLayout:
        """Page tools and find side by side; find goes under them in a narrow pane."""
        self.tools = QGridLayout()
        self.tools.setContentsMargins(0, 0, 0, 0)
        self.page_tools, self.find_tools = QWidget(), QWidget()
        row = QHBoxLayout(self.page_tools)
        row.setContentsMargins(0, 0, 0, 0)
        find = QHBoxLayout(self.find_tools)
        find.setContentsMargins(0, 0, 0, 0)
        self.tools.addWidget(self.page_tools, 0, 0)
        self.tools.addWidget(self.find_tools, 0, 1)
        self.page_box = QSpinBox()
        self.page_box.setObjectName("PageNumber")
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda page: self.canvas.go_to(page))
        self.page_count = QLabel("")
        self.zoom = QComboBox()
        self.zoom.setObjectName("Zoom")
        for label, value in FITS:
            self.zoom.addItem(translate("DocumentViewer", label), value)
        for zoom in ZOOM_PERCENTS:
            self.zoom.addItem(percent(zoom / 100), str(zoom / 100))
        self.zoom.activated.connect(self._zoom_chosen)
        self.find_box = QLineEdit()
        self.find_box.setObjectName("FindInDocument")
        self.find_box.setPlaceholderText(translate("DocumentViewer", "Find in document"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(lambda _t: self._find_timer.start())
        self.find_box.returnPressed.connect(lambda: self.step_hit(1))
        self.hit_label = QLabel("")
        self.hit_label.setObjectName("FindCount")
        self.previous_hit = QToolButton()
        self.previous_hit.setText("▲")
        self.previous_hit.setToolTip(translate("DocumentViewer", "Previous match (Shift+F3)"))
        self.previous_hit.clicked.connect(lambda: self.step_hit(-1))
        self.next_hit = QToolButton()
        self.next_hit.setText("▼")
        self.next_hit.setToolTip(translate("DocumentViewer", "Next match (F3)"))
        self.next_hit.clicked.connect(lambda: self.step_hit(1))
        self.page_label = QLabel(translate("DocumentViewer", "Page"))
        for widget in (self.page_label, self.page_box, self.page_count, self.zoom):
            row.addWidget(widget)
        row.addStretch(1)
        for tool in (self.find_box, self.hit_label, self.previous_hit, self.next_hit):
            find.addWidget(tool)
        self.find_box.setMinimumWidth(120)
        self.find_box.setMaximumWidth(260)
        return self.tools

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        # A narrow pane keeps its room for the title: the page number is in the page box,
        # "Open original" goes into More.
        self.where.setVisible(not narrow)
        self.open_button.setVisible(not narrow)
        self.open_action.setVisible(narrow)
        self.thumbs.setVisible(self._pages_shown and not narrow)  # room for the page first
        if self.thumbs.isVisible() and self.thumbs.count() != self.canvas.page_count:
            self._fill_thumbs(self.canvas.page_count)
        if narrow != (self.tools.itemAtPosition(1, 0) is not None):
            self.tools.removeWidget(self.find_tools)
            self.tools.addWidget(self.find_tools, *((1, 0) if narrow else (0, 1)))

    def _show_page_tools(self, pages: bool) -> None:
        self._pages_shown = pages
        self.page_tools.setVisible(pages)  # one show, not four: it is on the way to the page
        self.thumbs.setVisible(pages and self.width() >= NARROW)

    # --- opening ------------------------------------------------------------------------

    def open(self, target: ViewerTarget, known: SourceFile | None = None) -> None:
        """Open ``target``'s document (read off the GUI thread), at its page and passage.

        ``known``: its stored file, found off the GUI thread before (when the answer citing it
        was shown): the page is painted now, with no hop to a worker and back; the library is
        asked again afterwards, and the document opened again if its file changed meanwhile.
        The viewer can be opened again and again (the split pane is made once and reused).
        """
        self.target = target
        sources = self.sources
        unknown = known is None or target.page is None or known.document_id != target.document_id
        if known is not None and not unknown:
            self._leave_document(keep_pages=True)
            self._opened(known, target)
            self.ops.run(
                translate("DocumentViewer", "Checking the document"),
                sources.source,
                target.document_id,
                on_done=lambda fresh: self._recheck(target, known, fresh),
                on_error=lambda error: self._failed(error) if self.target is target else None,
            )
            return

        self._leave_document()

        def read() -> tuple[SourceFile, int | None]:
            source = sources.source(target.document_id)
            last = sources.positions.get(source.document_id) if target.page is None else None
            return source, last

        def opened(found: tuple[SourceFile, int | None]) -> None:
            source, last = found
            chosen = target if last is None else ViewerTarget(target.document_id, last)
            self._opened(source, chosen)

        self.body.setCurrentWidget(self.message)  # "Opening…" until the file is found
        self.ops.run(
            translate("DocumentViewer", "Opening the document"),
            read,
            on_done=lambda found: opened(found) if self.target is target else None,
            on_error=lambda error: self._failed(error) if self.target is target else None,
        )

    def _recheck(self, target: ViewerTarget, known: SourceFile, fresh: SourceFile) -> None:
        """The file found when the citation was shown was replaced or re-read since: again."""
        if isValid(self) and self.target is target and fresh != known:
            self._leave_document()
            self._opened(fresh, target)

    def _leave_document(self, *, keep_pages: bool = False) -> None:
        """Forget the document shown before (the pane is reused for the next citation);
        ``keep_pages``: its pages stay on screen (replaced before the next paint)."""
        if self._position_timer.isActive():
            self._position_timer.stop()
            self._remember_page()  # its place, before it is gone
        self.source = None
        if self.search is not None:
            self.search.deleteLater()
            self.search, self.hit_index = None, -1
            self.hit_label.setText("")
        if self.pdf is not None:
            if not keep_pages:
                self.canvas.clear()
            self.pdf.deleteLater()  # closed with it, after the next page is painted
            self.pdf = None
        if not keep_pages and self.thumbs.count():
            self.thumbs.clear()
        opening = translate("DocumentViewer", "Opening…")
        if self.message.text() != opening:  # a message about the document before
            self.message.setText(opening)

    def _failed(self, error: BaseException) -> None:
        from desktop.errors import describe_error

        if isValid(self):
            self.show_message(describe_error(error))

    def show_message(self, message: str) -> None:
        if self.canvas.page_count:
            self.canvas.clear()  # it may still hold the pages of a document closed since
        self.message.setText(message)
        self.body.setCurrentWidget(self.message)
        self._show_page_tools(False)
        self.failed.emit(message)

    def _opened(self, source: SourceFile, target: ViewerTarget) -> None:
        if not isValid(self):
            return
        self.source = source
        if source.doc_type is DocType.PDF:
            self._open_pdf(source, target)  # the title and tools once the page is painted
        elif source.doc_type is DocType.IMAGE:
            self._open_image(source, target)
        else:
            self._show_title(source)
            self.ops.run(
                translate("DocumentViewer", "Reading the document"),
                self.sources.text_preview,
                source.document_id,
                on_done=lambda preview: (
                    self._show_text(preview, target) if self.target is target else None
                ),
                on_error=self._failed,
            )

    def _show_title(self, source: SourceFile) -> None:
        self.heading.setText(source.title)
        self.setWindowTitle(source.title)
        for action in (self.open_button, self.open_action, self.save_button, self.zip_button):
            action.setEnabled(True)
        self.print_button.setEnabled(True)
        self.export_button.setEnabled(source.doc_type is DocType.PDF)

    def _open_pdf(self, source: SourceFile, target: ViewerTarget) -> None:
        self.pdf = QPdfDocument(self)
        error = self.pdf.load(str(source.path))
        if error != QPdfDocument.Error.None_ or self.pdf.pageCount() == 0:
            reason = _PDF_ERRORS.get(error, _PDF_UNREADABLE)
            self._show_title(source)
            self.print_button.setEnabled(False)
            self.export_button.setEnabled(False)
            self.show_message(translate("DocumentViewer", reason).format(title=source.title))
            return
        self.canvas.set_pdf(self.pdf, target.page or 1)
        self._show_pages(target)  # find's search model is made when find is first used

    def _open_image(self, source: SourceFile, target: ViewerTarget) -> None:
        image = QImage(str(source.path))
        if image.isNull():
            self._show_title(source)
            self.show_message(
                translate(
                    "DocumentViewer", "“{title}” is not an image this viewer can show."
                ).format(title=source.title)
            )
            return
        self.canvas.set_image(image)
        self._show_pages(target)

    def _show_pages(self, target: ViewerTarget) -> None:
        assert self.source is not None
        self._show_page_tools(True)
        self.body.setCurrentWidget(self.canvas)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the canvas at its final size now: one render at the right scale
        count = self.canvas.page_count
        page = max(1, min(target.page or 1, count))
        # The page first, then the title and the tools: a repaint paints (and flushes) every
        # widget changed before it, so labels changed first would make the page wait.
        self.canvas.blockSignals(True)
        try:
            self.canvas.go_to(page)
            if target.passage and target.page is not None:
                self._highlight(page, target.passage)
        finally:
            self.canvas.blockSignals(False)
        self.canvas.viewport().repaint()
        self._show_title(self.source)
        if self.thumbs.count():
            self.thumbs.clear()  # the pages of the document shown before
        # After the page is painted (the count then: another document may be open by then).
        QTimer.singleShot(50, lambda: self._fill_thumbs(self.canvas.page_count))
        self.page_box.setMaximum(count)
        self.page_count.setText(
            translate("DocumentViewer", "of {count}").format(count=number(count))
        )
        self._page_changed(self.canvas.current_page)
        self._zoom_shown(self.canvas.scale)
        self.canvas.setFocus()
        self.opened.emit(self.source)

    def _show_text(self, preview: TextPreview, target: ViewerTarget) -> None:
        if not isValid(self) or self.source is None:
            return
        self._show_page_tools(False)
        self.text.show_preview(preview)
        self.body.setCurrentWidget(self.text)
        self.where.setText("")
        if target.passage:
            QTimer.singleShot(0, lambda: self.text.highlight_passage(target.passage))
        self.opened.emit(self.source)

    # --- the cited passage --------------------------------------------------------------

    def _highlight(self, page: int, passage: str) -> None:
        assert self.source is not None
        if self.source.recognised:
            shown = self.target

            def boxes(found: PageBoxes) -> None:
                if self.target is shown:  # not another document opened meanwhile
                    self._show_boxes(found)

            self.ops.run(
                translate("DocumentViewer", "Finding the passage"),
                self.sources.passage_boxes,
                self.source.document_id,
                page,
                passage,
                on_done=boxes,
            )
            return
        if self.pdf is None:
            return
        rects = _text_layer_rects(self.pdf, page - 1, passage)
        if rects:
            self.canvas.set_marks(page, Marks(highlight=tuple(rects)))
            self.canvas.go_to(page, min(r.top() for r in rects))

    def _show_boxes(self, found: PageBoxes) -> None:
        if not isValid(self) or not found.boxes:
            return
        size = self.canvas.sizes[found.page - 1]
        w, h = size.width(), size.height()
        rects = tuple(
            QRectF(x0 * w, y0 * h, (x1 - x0) * w, (y1 - y0) * h) for x0, y0, x1, y1 in found.boxes
        )
        self.canvas.set_marks(found.page, Marks(highlight=rects))
        self.canvas.go_to(found.page, min(r.top() for r in rects))

    # --- pages, zoom, thumbnails --------------------------------------------------------

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page)
        self.page_box.blockSignals(False)
        if self.source is not None:
            self.where.setText(
                translate("DocumentViewer", "Page {page} of {count}").format(
                    page=number(page), count=number(self.canvas.page_count)
                )
            )
        self.thumbs.blockSignals(True)
        self.thumbs.setCurrentRow(page - 1)
        self.thumbs.blockSignals(False)
        self._position_timer.start()

    def _remember_page(self) -> None:
        if self.source is not None and self.canvas.page_count > 1:
            self.ops.run(
                translate("DocumentViewer", "Remembering the page"),
                self.sources.positions.set,
                self.source.document_id,
                self.canvas.current_page,
            )

    def _zoom_chosen(self, index: int) -> None:
        value = str(self.zoom.itemData(index))
        if value in (FitMode.WIDTH, FitMode.PAGE):
            self.canvas.set_fit(value)
        elif value != _OTHER_ZOOM:
            self.canvas.set_zoom(float(value) * 96 / 72)

    def _zoom_shown(self, scale: float) -> None:
        """The zoom box says what the page shows: a fit, a listed zoom, or (after Ctrl+wheel)
        the percentage as an extra entry at the end."""
        if self.canvas.mode == FitMode.CUSTOM:
            zoomed = round(scale * 72 / 96 * 100)
            shown = self.zoom.findData(str(zoomed / 100))
        else:
            shown = self.zoom.findData(self.canvas.mode)
        other = self.zoom.findData(_OTHER_ZOOM)
        if shown < 0:
            if other < 0:
                self.zoom.addItem("", _OTHER_ZOOM)
                other = self.zoom.count() - 1
            self.zoom.setItemText(other, percent(zoomed / 100))
            shown = other
        elif other >= 0:
            self.zoom.removeItem(other)
        self.zoom.setCurrentIndex(shown)

    def _fill_thumbs(self, count: int) -> None:
        """Thumbnails in the sidebar (made only while it is shown: not in the split view)."""
        if not isValid(self) or not self.thumbs.isVisible() or self.thumbs.count() == count:
            return
        self.thumbs.clear()
        blank = QPixmap(self.thumbs.iconSize())
        blank.fill(Qt.GlobalColor.white)
        for page in range(1, count + 1):
            item = QListWidgetItem(QIcon(blank), str(page))
            item.setData(Qt.ItemDataRole.UserRole, False)
            self.thumbs.addItem(item)
        self.thumbs.blockSignals(True)
        self.thumbs.setCurrentRow(self.canvas.current_page - 1)
        self.thumbs.blockSignals(False)
        self.thumbs.scrollToItem(self.thumbs.currentItem())
        self._thumb_timer.start()

    def _render_thumbs(self) -> None:
        """Render the thumbnails in view, a few per turn of the event loop."""
        first = self.thumbs.indexAt(self.thumbs.viewport().rect().topLeft()).row()
        first = max(0, first)
        done = 0
        for row in range(first, min(first + 12, self.thumbs.count(), self.canvas.page_count)):
            item = self.thumbs.item(row)
            if item.data(Qt.ItemDataRole.UserRole):
                continue
            item.setIcon(QIcon(QPixmap.fromImage(self._thumb_image(row))))
            item.setData(Qt.ItemDataRole.UserRole, True)
            done += 1
            if done >= 3:
                self._thumb_timer.start(0)
                return

    def _thumb_image(self, index: int) -> QImage:
        size = self.canvas.sizes[index]
        height = round(THUMB_WIDTH * size.height() / max(size.width(), 1.0))
        if self.pdf is not None:
            image = self.pdf.render(index, QSize(THUMB_WIDTH, height))
        elif self.canvas.image is not None:
            image = self.canvas.image.scaledToWidth(
                THUMB_WIDTH, Qt.TransformationMode.SmoothTransformation
            )
        else:
            return QImage()
        page = QImage(image.size(), QImage.Format.Format_RGB32)
        page.fill(Qt.GlobalColor.white)
        from PySide6.QtGui import QPainter

        painter = QPainter(page)
        painter.drawImage(0, 0, image)
        painter.end()
        return page

    def _thumb_chosen(self, row: int) -> None:
        if row >= 0:
            self.canvas.go_to(row + 1)

    # --- find ---------------------------------------------------------------------------

    def _run_find(self) -> None:
        query = self.find_box.text()
        self.hit_index = -1
        if self.body.currentWidget() is self.text:
            count = self.text.find_all(query)
            self._show_hit_count(count)
            if count:
                self.step_hit(1)
            return
        self.canvas.clear_marks(hits=True)
        if self.pdf is not None:
            if self.search is None:
                self.search = QPdfSearchModel(self)
                self.search.setDocument(self.pdf)
                self.search.countChanged.connect(self._hits_counted)
            self.search.setSearchString(query)
            self._hits_counted()

    def _hits_counted(self) -> None:
        if self.search is None:
            return
        count = self.search.count()
        self._show_hit_count(count)
        if count and self.hit_index < 0:
            self.step_hit(1)

    def hit_count(self) -> int:
        if self.body.currentWidget() is self.text:
            return len(self.text.hits)
        return self.search.count() if self.search is not None else 0

    def _show_hit_count(self, count: int) -> None:
        query = self.find_box.text().strip()
        if not query:
            self.hit_label.setText("")
        elif count == 0:
            self.hit_label.setText(translate("DocumentViewer", "No matches"))
        elif self.hit_index >= 0:
            self.hit_label.setText(
                translate("DocumentViewer", "{current} of {count}").format(
                    current=number(self.hit_index + 1), count=number(count)
                )
            )
        else:
            self.hit_label.setText(translate("DocumentViewer", "%n match(es)", None, count))

    def step_hit(self, step: int) -> None:
        """Go to the next (1) or previous (-1) match."""
        count = self.hit_count()
        if not count:
            return
        self.hit_index = (self.hit_index + step) % count if self.hit_index >= 0 else 0
        if self.body.currentWidget() is self.text:
            self.text.go_to_hit(self.hit_index)
        elif self.search is not None:
            link = self.search.resultAtIndex(self.hit_index)
            page = link.page() + 1
            current = tuple(link.rectangles())
            others = tuple(
                r for hit in self.search.resultsOnPage(page - 1) for r in hit.rectangles()
            )
            self.canvas.clear_marks(hits=True)
            marks = self.canvas.marks.setdefault(page - 1, Marks())
            marks.hits, marks.current_hit = others, current
            self.canvas.go_to(page, min((r.top() for r in current), default=0.0))
        self._show_hit_count(count)

    # --- the original -------------------------------------------------------------------

    def open_original(self) -> None:
        """A copy named after the title, in a temp folder, opened by the system's app."""
        if self.source is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="convosphere-open-"))
        target = folder / self.source.file_name
        self.ops.run(
            translate("DocumentViewer", "Opening the original"),
            self.sources.save_copy,
            self.source.document_id,
            target,
            on_done=lambda path: _open_with_system(path),
        )

    def save_as(self) -> None:
        if self.source is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, translate("DocumentViewer", "Save a copy"), self.source.file_name
        )
        if name:
            self.ops.run(
                translate("DocumentViewer", "Saving a copy"),
                self.sources.save_copy,
                self.source.document_id,
                Path(name),
            )

    def export_pages(self) -> None:
        if self.source is None or not self.canvas.page_count:
            return
        from desktop.knowledge.viewer_export import PageRangeDialog

        dialog = PageRangeDialog(self.canvas.page_count, self.canvas.current_page, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, last = dialog.pages()
        pages = translate("DocumentViewer", "{title} pp. {first}-{last}").format(
            title=self.source.title, first=first, last=last
        )
        suggested = safe_file_name(pages, ".pdf")
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("DocumentViewer", "Export pages"),
            suggested,
            translate("DocumentViewer", "PDF (*.pdf)"),
        )
        if name:
            self.ops.run(
                translate("DocumentViewer", "Exporting pages"),
                self.sources.export_pages,
                self.source.document_id,
                first,
                last,
                Path(name),
            )

    def export_as_zip(self, to: Path | None = None) -> None:
        """The bulk export (the original file and ``manifest.json`` in a .zip, as a job) of
        this document; ``to`` skips asking where (tests, the CLI's twin)."""
        if self.source is None or self.export_zip is None:
            return
        if to is None:
            suggested = safe_file_name(self.source.title, ".zip")
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("DocumentViewer", "Export as .zip"),
                suggested,
                translate("DocumentViewer", "Zip archives (*.zip)"),
            )
            if not name:
                return
            to = Path(name if name.lower().endswith(".zip") else name + ".zip")
        export, ids, target = self.export_zip, [self.source.document_id], to
        self.ops.run(
            translate("DocumentViewer", "Exporting the document"),
            lambda: export(ids, target),
            on_done=lambda _job: self._say(
                translate("DocumentViewer", "Exporting to {name}: progress in Jobs").format(
                    name=target.name
                )
            ),
        )

    def _say(self, note: str) -> None:
        """A short note under the tools (what was started, where to follow it), for a while."""
        if isValid(self):
            self.note.setText(note)
            self.note.show()
            self._note_timer.start()

    def print_document(self) -> None:
        from desktop.knowledge.viewer_export import print_document

        print_document(self)


def _text_layer_rects(pdf: QPdfDocument, index: int, passage: str) -> list[QRectF]:
    """The passage's lines on a page of a PDF with text, in points (empty if not found)."""
    text = pdf.getAllText(index).text()
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    found = locate_words([text[s:e] for s, e in spans], passage)
    if found is None:
        return []
    start, end = spans[found[0]][0], spans[found[1] - 1][1]
    selection = pdf.getSelectionAtIndex(index, start, end - start)
    return [polygon.boundingRect() for polygon in selection.bounds()]


def _open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ViewerWindow(QDialog):
    """A window of its own around a ``DocumentViewer``."""

    def __init__(self, viewer: DocumentViewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentViewerWindow")
        self.setWindowTitle(translate("DocumentViewer", "Document"))
        self.resize(980, 760)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = viewer
        layout = QVBoxLayout(self)
        layout.addWidget(viewer)
        viewer.close_requested.connect(self.close)
        viewer.opened.connect(lambda source: self.setWindowTitle(source.title))


def open_viewer_window(
    parent: QWidget,
    sources: DocumentSources,
    ops: Operations,
    target: ViewerTarget,
    *,
    export_zip: ExportZip | None = None,
) -> ViewerWindow:
    """Open a document in a window of its own, at the target's page and passage."""
    window = ViewerWindow(DocumentViewer(sources, ops, export_zip=export_zip), parent)
    window.show()
    window.viewer.open(target)
    return window
