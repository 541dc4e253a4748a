"""A line chart of counts per day (pyqtgraph, like ``desktop.usage.chart``), in the theme's
colours, with a legend."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.usage.chart import SERIES_COLOURS, _ShortAxis


class LineChart(QWidget):
    """One line per series over categories (days); a legend names the lines."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(180)
        self._plot = pg.PlotWidget(axisItems={"left": _ShortAxis(orientation="left")})
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.hideButtons()
        self._title = title
        self._legend = self._plot.addLegend(offset=(10, 5), colCount=3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot)
        self._labels: list[str] = []
        self._series: list[tuple[str, list[float]]] = []
        self._apply_palette()

    def set_data(
        self, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]
    ) -> None:
        self._labels = list(labels)
        self._series = [(name, [float(v) for v in values]) for name, values in series]
        self._draw()

    def series(self) -> list[tuple[str, list[float]]]:
        """What is drawn: (legend name, values) in order (tests read it)."""
        return list(self._series)

    def _draw(self) -> None:
        plot = self._plot
        plot.clear()
        self._legend.clear()
        count = len(self._labels)
        xs = list(range(count))
        top = 0.0
        for index, (name, values) in enumerate(self._series):
            colour = SERIES_COLOURS[index % (len(SERIES_COLOURS) - 1)]
            line = plot.plot(
                xs,
                values,
                pen=pg.mkPen(colour, width=2),
                symbol="o" if count <= 31 else None,
                symbolSize=5,
                symbolBrush=colour,
                symbolPen=pg.mkPen(colour),
            )
            self._legend.addItem(line, name)
            top = max([top, *values])
        every = max(1, count // 8)
        ticks = [(i, label) for i, label in enumerate(self._labels) if i % every == 0]
        plot.getAxis("bottom").setTicks([ticks])
        plot.setXRange(-0.5, max(count - 0.5, 0.5), padding=0)
        plot.setYRange(0, top * 1.3 if top > 0 else 1, padding=0)

    def _apply_palette(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self._plot.setBackground(base)
        muted = QColor(text)
        muted.setAlpha(170)
        for side in ("left", "bottom"):
            axis = self._plot.getAxis(side)
            axis.setPen(pg.mkPen(muted))
            axis.setTextPen(pg.mkPen(text))
        self._plot.setTitle(self._title, color=text.name())
        self._legend.setLabelTextColor(text)
        self._legend.setBrush(pg.mkBrush(base))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_palette()
            if self._series:
                self._draw()
