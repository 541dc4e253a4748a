"""A donut chart of shares (storage by type, documents by tag), painted with QPainter: pyqtgraph
has no pie or donut item. Each slice is labelled in a legend with its value and percentage; the
total sits in the hole. Colours are ``desktop.usage.chart``'s, the text follows the palette."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.i18n import number, percent, translate
from desktop.usage.chart import MAX_SERIES, SERIES_COLOURS, other_label

SWATCH = 10
ROW_GAP = 6


class DonutChart(QWidget):
    """Slices of a whole, largest first; beyond six, the rest is one "Other" slice."""

    def __init__(
        self,
        title: str,
        describe: Callable[[float], str] = lambda v: number(round(v)),
        show_total: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``show_total``: print the sum in the hole (not where one item is in several slices)."""
        super().__init__(parent)
        self._show_total = show_total
        self._title = title
        self._describe = describe
        self._slices: list[tuple[str, float]] = []
        self.setMinimumSize(280, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, values: Sequence[tuple[str, float]]) -> None:
        ordered = sorted(((n, float(v)) for n, v in values if v > 0), key=lambda s: -s[1])
        kept = ordered[:MAX_SERIES]
        rest = ordered[MAX_SERIES:]
        if rest:
            kept.append((other_label(len(rest)), sum(v for _n, v in rest)))
        self._slices = kept
        self.update()

    def legend(self) -> list[str]:
        """The legend's lines, in order (tests read them)."""
        total = sum(v for _n, v in self._slices)
        line = translate("UsageCharts", "{name}: {value} ({share})")
        return [
            line.format(name=name, value=self._describe(value), share=_percent(value / total))
            for name, value in self._slices
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        title_height = QFontMetrics(title_font).height() + 6
        painter.drawText(QRectF(8, 4, self.width() - 16, title_height), self._title)
        painter.setFont(self.font())
        if not self._slices:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("UsageCharts", "Nothing to show"),
            )
            return
        area_top = title_height + 6
        size = max(60.0, min(self.height() - area_top - 8.0, self.width() * 0.42))
        ring = QRectF(12, area_top, size, size)
        total = sum(v for _n, v in self._slices)
        start = 90 * 16
        for index, (_name, value) in enumerate(self._slices):
            span = -round(value / total * 360 * 16)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
            painter.setBrush(QColor(SERIES_COLOURS[index]))
            painter.drawPie(ring, start, span)
            start += span
        hole = ring.adjusted(size * 0.22, size * 0.22, -size * 0.22, -size * 0.22)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawEllipse(hole)
        painter.setPen(text)
        if self._show_total:
            painter.drawText(hole, Qt.AlignmentFlag.AlignCenter, self._describe(total))
        self._paint_legend(painter, ring.right() + 16, area_top, text)

    def _paint_legend(self, painter: QPainter, left: float, top: float, text: QColor) -> None:
        metrics = QFontMetrics(self.font())
        width = self.width() - left - 8
        y = top + 4
        for index, line in enumerate(self.legend()):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(SERIES_COLOURS[index]))
            painter.drawRect(QRectF(left, y + (metrics.height() - SWATCH) / 2, SWATCH, SWATCH))
            painter.setPen(text)
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, int(width - SWATCH - 6))
            painter.drawText(QRectF(left + SWATCH + 6, y, width, metrics.height()), shown)
            y += metrics.height() + ROW_GAP


def _percent(share: float) -> str:
    """0.004 → "<1%" (a visible slice never reads 0%); "43 %" in German."""
    if 0 < share < 0.005:
        return translate("UsageCharts", "<{percent}").format(percent=percent(0.01))
    return percent(share)
