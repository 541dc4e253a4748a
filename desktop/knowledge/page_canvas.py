"""Continuous pages of a PDF (QtPdf) or an image, with zoom, highlights, find hits and selection.

Only the pages in view are rendered (pdfium, a few ms a page at screen size) and the last few
are kept, so opening a 500-page file at page 250 renders one or two pages. Positions on a page
are in PDF points (1/72 inch) from its top-left corner; the canvas maps them to the screen.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

MARGIN = 16
SPACING = 12
CACHE_PAGES = 12
MIN_SCALE, MAX_SCALE = 0.1, 8.0
_RENDER_OPTIONS = QPdfDocumentRenderOptions()
_PREMULTIPLIED = QImage.Format.Format_ARGB32_Premultiplied


class FitMode:
    WIDTH = "width"
    PAGE = "page"
    CUSTOM = "custom"


@dataclass
class Marks:
    """What is drawn over one page: a highlighted passage, find hits, a selection."""

    highlight: tuple[QRectF, ...] = ()
    hits: tuple[QRectF, ...] = ()
    current_hit: tuple[QRectF, ...] = ()
    selection: tuple[QPolygonF, ...] = ()


class PageCanvas(QAbstractScrollArea):
    """Pages one under another; scroll, zoom (Ctrl+wheel, fit width/page), select and copy."""

    page_changed = Signal(int)  # the page at the middle of the view, from 1
    zoom_changed = Signal(float)
    painted = Signal(int)  # a page (from 1) reached the screen (for benchmarks and tests)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # see paintEvent
        # Always there: a scroll bar that comes with a longer document would narrow the pages
        # (a second layout) and repaint everything around it before the page is shown.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.pdf: QPdfDocument | None = None
        self.image: QImage | None = None
        self.sizes: list[QSizeF] = []
        self.tops: list[float] = []
        self._widest = 0.0  # the widest page, in points (page_rect runs on every paint)
        self._uniform: QSizeF | None = None  # the size of every page, while none differs
        self.scale = 1.0
        self.mode = FitMode.WIDTH
        self.marks: dict[int, Marks] = {}
        self.selected_text = ""
        self._cache: OrderedDict[tuple[int, int, int], QImage] = OrderedDict()
        self._drag_from: tuple[int, QPointF] | None = None
        self._line_cache: dict[int, list[QRectF]] = {}
        self._measured: set[int] = set()
        self._measure_from = 0
        self._pinned: tuple[int, int] | None = None
        self._laid_out: tuple[float, QSize] | None = None  # the scale and view of the layout
        self._measure_timer = QTimer(self, singleShot=True, interval=0)
        self._measure_timer.timeout.connect(self._measure_more)
        self._current = 0
        self._announced = -1  # the page last reported by page_changed
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._scrolled())

    # --- content ------------------------------------------------------------------------

    def set_pdf(self, document: QPdfDocument, first: int = 1) -> None:
        """Show ``document``; page sizes are read as needed (20 ms for 500 pages otherwise):
        pages not read yet are taken to be as large as page ``first``, then measured a batch at
        a time while the view keeps its place."""
        self.pdf, self.image = document, None
        count = document.pageCount()
        index = max(0, min(first - 1, count - 1))
        guess = document.pagePointSize(index) if count else QSizeF()
        self.sizes = [guess] * count
        self._uniform = guess if count else None
        self._measured = {index}
        self._measure_from = 0
        self._reset(index)
        if count > 1:
            self._measure_timer.start()

    def _measure_more(self) -> None:
        """Read the real sizes of the next pages; lay out again only if one differed."""
        if self.pdf is None:
            return
        count = len(self.sizes)
        end = min(self._measure_from + 100, count)
        changed = False
        for index in range(self._measure_from, end):
            if index in self._measured:
                continue
            size = self.pdf.pagePointSize(index)
            if size != self.sizes[index]:
                self.sizes[index] = size
                self._uniform = None
                changed = True
        self._measure_from = end
        if changed:
            page, within = self.current_page, self._within_page()
            self._relayout()
            self.go_to(page, within)
        if end < count:
            self._measure_timer.start()

    def clear(self) -> None:
        """Show no page (the document shown before is being replaced by another)."""
        self._measure_timer.stop()
        self.pdf, self.image, self.sizes, self._uniform = None, None, [], None
        self._reset()

    def set_image(self, image: QImage, size: QSizeF | None = None) -> None:
        """One page: an image (its size in points: pixels at 96 dpi unless given)."""
        self._measure_timer.stop()
        self.pdf, self.image, self._uniform = None, image, None
        self.sizes = [size or QSizeF(image.width() * 0.75, image.height() * 0.75)]
        self._reset()

    def _reset(self, current: int = 0) -> None:
        # A page index of the document shown before must not outlive it (the viewer is reused).
        self._current, self._announced, self._pinned = current, -1, None
        self._cache.clear()
        self._line_cache.clear()
        self.marks.clear()
        self.selected_text = ""
        self._relayout()

    @property
    def page_count(self) -> int:
        return len(self.sizes)

    @property
    def current_page(self) -> int:
        return self._current + 1

    # --- geometry -----------------------------------------------------------------------

    def _relayout(self) -> None:
        if self.mode != FitMode.CUSTOM and self.sizes:
            self.scale = self._fit_scale(self.mode)
        self._laid_out = (self.scale, self.viewport().size())
        if self._uniform is not None:  # opening: every page taken to be one size (set_pdf)
            step = self._uniform.height() * self.scale + SPACING
            self._widest = self._uniform.width()
            self.tops = [MARGIN + i * step for i in range(len(self.sizes))]
            y = MARGIN + len(self.sizes) * step
        else:
            self.tops = []
            y = float(MARGIN)
            self._widest = max((size.width() for size in self.sizes), default=0.0)
            for size in self.sizes:
                self.tops.append(y)
                y += size.height() * self.scale + SPACING
        total_h = y - SPACING + MARGIN
        widest = self._widest * self.scale + 2 * MARGIN
        view = self.viewport().size()
        self.verticalScrollBar().setRange(0, max(0, round(total_h - view.height())))
        self.verticalScrollBar().setPageStep(view.height())
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setRange(0, max(0, round(widest - view.width())))
        self.horizontalScrollBar().setPageStep(view.width())
        self.viewport().update()

    def _fit_scale(self, mode: str) -> float:
        page = self.sizes[min(self._current, len(self.sizes) - 1)]
        view = self.viewport().size()
        by_width = (view.width() - 2 * MARGIN) / max(page.width(), 1.0)
        if mode == FitMode.PAGE:
            by_height = (view.height() - 2 * MARGIN) / max(page.height(), 1.0)
            return max(MIN_SCALE, min(by_width, by_height))
        return max(MIN_SCALE, min(by_width, MAX_SCALE))

    def page_rect(self, index: int) -> QRectF:
        """Where page ``index`` (from 0) is, in the canvas's scrolled coordinates."""
        size = self.sizes[index]
        width = size.width() * self.scale
        view_w = self.viewport().width()
        widest = self._widest * self.scale + 2 * MARGIN
        x = (max(view_w, widest) - width) / 2
        return QRectF(x, self.tops[index], width, size.height() * self.scale)

    def _offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def page_at(self, point: QPointF) -> tuple[int, QPointF] | None:
        """The page under a viewport point and the point on it in PDF points."""
        at = point + self._offset()
        for index in self._visible():
            rect = self.page_rect(index)
            if rect.contains(at):
                return index, (at - rect.topLeft()) / self.scale
        return None

    def _visible(self) -> range:
        if not self.sizes:
            return range(0)
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        first = _bisect(self.tops, top)
        if self.tops[first] + self.sizes[first].height() * self.scale <= top:
            first += 1  # the view starts in the gap below that page: it is out of sight
        last = first
        while last < len(self.tops) and self.tops[last] < bottom:
            last += 1
        # Only pages on screen: each one more is a render (a page above the view cost one
        # more pdfium render before the cited page reached the screen).
        return range(first, last)

    # --- navigation and zoom ------------------------------------------------------------

    def go_to(self, page: int, y_points: float = 0.0) -> None:
        """Show page ``page`` (from 1), ``y_points`` below its top at the top of the view."""
        if not self.sizes:
            return
        index = max(0, min(page - 1, len(self.sizes) - 1))
        self._current = index
        fitted = self.mode != FitMode.CUSTOM
        if fitted and self._laid_out != (self._fit_scale(self.mode), self.viewport().size()):
            self._relayout()  # only when the fit changes: a relayout walks every page
        target = self.tops[index] + max(0.0, y_points * self.scale - 40) - MARGIN / 2
        self.verticalScrollBar().setValue(round(target))
        # Near the end the page's top cannot reach the top of the view: it is still the page.
        self._pinned = (index, self.verticalScrollBar().value())
        self._scrolled()

    def set_fit(self, mode: str) -> None:
        page = self.current_page
        self.mode = mode
        self._relayout()
        self.go_to(page)
        self.zoom_changed.emit(self.scale)

    def set_zoom(self, scale: float) -> None:
        """Zoom to ``scale`` (1.0: 72 pixels an inch), keeping the page in view."""
        page = self.current_page
        within = self._within_page()
        self.mode = FitMode.CUSTOM
        self.scale = max(MIN_SCALE, min(scale, MAX_SCALE))
        self._relayout()
        self.go_to(page, within)
        self.zoom_changed.emit(self.scale)

    def _within_page(self) -> float:
        if not self.sizes:
            return 0.0
        top = self.verticalScrollBar().value()
        return max(0.0, (top - self.tops[self._current]) / self.scale)

    def _scrolled(self) -> None:
        if not self.sizes:
            return
        value = self.verticalScrollBar().value()
        middle = value + self.viewport().height() / 3
        index = max(0, min(_bisect(self.tops, middle), len(self.sizes) - 1))
        if self._pinned is not None:
            if self._pinned[1] == value:
                index = self._pinned[0]
            else:
                self._pinned = None
        self._current = index
        if index != self._announced:
            self._announced = index
            self.page_changed.emit(index + 1)
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.scale * (1.15**steps))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif key == Qt.Key.Key_Home:
            self.go_to(1)
        elif key == Qt.Key.Key_End:
            self.go_to(self.page_count)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_N) and self.mode == FitMode.PAGE:
            self.go_to(self.current_page + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_P) and self.mode == FitMode.PAGE:
            self.go_to(self.current_page - 1)
        elif key == Qt.Key.Key_Plus or key == Qt.Key.Key_Equal:
            self.set_zoom(self.scale * 1.15)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.scale / 1.15)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.sizes:
            page, within = self.current_page, self._within_page()
            self._relayout()
            if self.mode != FitMode.CUSTOM:
                self.go_to(page, within)

    # --- marks --------------------------------------------------------------------------

    def set_marks(self, page: int, marks: Marks) -> None:
        self.marks[page - 1] = marks
        self.viewport().update()

    def clear_marks(self, *, highlight: bool = False, hits: bool = False) -> None:
        for marks in self.marks.values():
            if highlight:
                marks.highlight = ()
            if hits:
                marks.hits = marks.current_hit = ()
        self.viewport().update()

    # --- selection ----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        found = self.page_at(event.position())
        self._drag_from = found if self.pdf is not None else None
        self._select(None)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None or self.pdf is None:
            return
        index, start = self._drag_from
        rect = self.page_rect(index)
        at = (event.position() + self._offset() - rect.topLeft()) / self.scale
        lines = self._lines(index)
        if not lines:
            return
        begin, end = _snap(lines, start), _snap(lines, at)
        self._select(self.pdf.getSelection(index, begin, end), index)

    def _lines(self, index: int) -> list[QRectF]:
        """The page's text lines (pdfium selects only from points on characters)."""
        if index not in self._line_cache and self.pdf is not None:
            bounds = self.pdf.getAllText(index).bounds()
            self._line_cache = {index: [polygon.boundingRect() for polygon in bounds]}
        return self._line_cache.get(index, [])

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)

    def _select(self, selection: object, index: int = 0) -> None:
        for marks in self.marks.values():
            marks.selection = ()
        self.selected_text = ""
        if selection is not None and getattr(selection, "isValid", lambda: False)():
            self.selected_text = str(selection.text())  # type: ignore[attr-defined]
            marks = self.marks.setdefault(index, Marks())
            marks.selection = tuple(selection.bounds())  # type: ignore[attr-defined]
        self.viewport().update()

    def copy_selection(self) -> bool:
        if not self.selected_text:
            return False
        QGuiApplication.clipboard().setText(self.selected_text)
        return True

    # --- painting -----------------------------------------------------------------------

    def _rendered(self, index: int, size: QSize) -> QImage:
        key = (index, size.width(), size.height())
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
            return image
        if self.pdf is not None:
            # Premultiplied: painting it is one blend on this thread. QtPdf's default (straight
            # alpha) is converted as it is painted, on Qt's thread pool, while this thread
            # waits: 0.3 to 1 ms more before the page is on screen when the CPUs are busy.
            # (Opaque RGB32 on white costs pdfium about what the blend saves.)
            image = self.pdf.render(index, size, _RENDER_OPTIONS, _PREMULTIPLIED)
        elif self.image is not None:
            image = self.image.scaled(
                size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        else:
            image = QImage()
        self._cache[key] = image
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        offset = self._offset()
        shift = offset.toPoint()
        pages = [(index, self.page_rect(index)) for index in self._visible()]
        # The grey around the pages only: the viewport paints every pixel itself (opaque), so
        # neither Qt's background fill nor a fill under each page is done first.
        view = event.rect()
        grey = self.palette().color(self.backgroundRole()).darker(108)
        for part in _around(view, [rect.toAlignedRect().translated(-shift) for _i, rect in pages]):
            painter.fillRect(part, grey)
        painter.translate(-offset)
        painted: list[int] = []
        for index, rect in pages:
            target = rect.toAlignedRect()
            image = self._rendered(index, target.size())
            # Only the part in view, on white paper (the page's image is transparent there).
            shown = target & view.translated(shift)
            painter.fillRect(shown, Qt.GlobalColor.white)
            painter.drawImage(shown.topLeft(), image, shown.translated(-target.topLeft()))
            _outline(painter, target, QColor(224, 224, 224))
            self._paint_marks(painter, index, rect)
            painted.append(index + 1)
        painter.end()
        for page in painted:
            self.painted.emit(page)

    def _paint_marks(self, painter: QPainter, index: int, rect: QRectF) -> None:
        marks = self.marks.get(index)
        if marks is None:
            return
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(self.scale, self.scale)
        painter.setPen(Qt.PenStyle.NoPen)
        for boxes, color in (
            (marks.highlight, QColor(255, 214, 0, 110)),
            (marks.hits, QColor(255, 170, 0, 90)),
            (marks.current_hit, QColor(255, 110, 0, 150)),
        ):
            painter.setBrush(color)
            for box in boxes:
                painter.drawRect(box)
        painter.setBrush(QColor(40, 110, 255, 80))
        for polygon in marks.selection:
            painter.drawPolygon(polygon)
        painter.restore()


def _around(view: QRect, pages: list[QRect]) -> list[QRect]:
    """The parts of ``view`` that no page covers (pages one under another, as laid out):
    the strips above, between and below them and at their sides."""
    parts: list[QRect] = []
    left, right, y = view.left(), view.right(), view.top()
    for page in pages:
        top, height = page.top(), page.height()
        parts += (
            QRect(left, y, view.width(), top - y),  # above it
            QRect(left, top, page.left() - left, height),  # left of it
            QRect(page.right() + 1, top, right - page.right(), height),  # right of it
        )
        y = page.bottom() + 1
    parts.append(QRect(left, y, view.width(), view.bottom() + 1 - y))  # below the last
    return [part & view for part in parts if part.width() > 0 and part.height() > 0]


def _outline(painter: QPainter, rect: QRect, color: QColor) -> None:
    """A 1 px frame around a page (four opaque fills: a translucent pen's drawRect took ~2 ms,
    translucent fills ~0.6 ms)."""
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    for edge in (QRect(x, y, w, 1), QRect(x, y + h - 1, w, 1), QRect(x, y, 1, h),
                 QRect(x + w - 1, y, 1, h)):  # fmt: skip
        painter.fillRect(edge, color)


def _bisect(tops: list[float], y: float) -> int:
    """The index of the last page whose top is at or above ``y``."""
    low, high = 0, len(tops)
    while low < high:
        middle = (low + high) // 2
        if tops[middle] <= y:
            low = middle + 1
        else:
            high = middle
    return max(0, low - 1)


def _snap(lines: list[QRectF], point: QPointF) -> QPointF:
    """``point`` moved onto the nearest text line, inside it."""

    def distance(line: QRectF) -> float:
        if line.top() <= point.y() <= line.bottom():
            return 0.0
        return min(abs(point.y() - line.top()), abs(point.y() - line.bottom()))

    line = min(lines, key=distance)
    x = min(max(point.x(), line.left() + 0.5), line.right() - 0.5)
    return QPointF(x, line.center().y())
