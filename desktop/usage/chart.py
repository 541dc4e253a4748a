"""Bar charts for usage (this device's, and the team server's in the admin console).

Drawn with pyqtgraph: it is a Qt widget itself (QGraphicsView, bound to PySide6), 8 MB with no
native code of its own beyond numpy, which the app already ships; QtCharts would need the
161 MB PySide6 Addons wheel and matplotlib brings its own font cache and a canvas that is not a
Qt scene. The chart takes the palette's colours, so it follows the light and dark themes.
Imported only when a usage page is built (pyqtgraph loads in ~0.3 s).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.i18n import language, number, translate

# Distinct on light and dark backgrounds; the last is for "Other".
SERIES_COLOURS = ("#3b6fd8", "#e0873a", "#2e9e6a", "#b5499e", "#c9a227", "#4fa9c9", "#8a94a2")
MAX_SERIES = len(SERIES_COLOURS) - 1
# A day under a chart's bars, as the language writes a day and month (Qt date format).
DAY_FORMATS = {"en": "MMM d", "de": "d. MMM", "fr": "d MMM", "es": "d MMM"}  # i18n: not UI


def day_label(day: date) -> str:
    """A day on a chart's axis: "Dec 7"; "7. Dez." in German; "7 déc." in French."""
    form = DAY_FORMATS.get(language(), DAY_FORMATS["en"])
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def _tidy(value: float) -> str:
    """One decimal at most, none when it is 0: 2.0 → "2", 2.5 → "2.5" ("2,5" in German)."""
    rounded = round(value, 1)
    return number(int(rounded)) if rounded == int(rounded) else number(rounded, 1)


def short_number(value: float) -> str:
    """12_345 → "12.3k", 2_500_000 → "2.5M" (axis ticks), as the language writes them."""
    if abs(value) >= 1e9:
        return translate("UsageCharts", "{value}G", "billions, on a chart axis").format(
            value=_tidy(value / 1e9)
        )
    if abs(value) >= 1e6:
        return translate("UsageCharts", "{value}M", "millions, on a chart axis").format(
            value=_tidy(value / 1e6)
        )
    if abs(value) >= 1e3:
        return translate("UsageCharts", "{value}k", "thousands, on a chart axis").format(
            value=_tidy(value / 1e3)
        )
    return _tidy(value) if value != int(value) else number(int(value))


def other_label(count: int) -> str:
    """The series or slice that sums the smallest ones: "Other (3)"."""
    return translate("UsageCharts", "Other ({count})").format(count=number(count))


class _ShortAxis(pg.AxisItem):  # type: ignore[misc]
    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [short_number(v * scale) for v in values]


class _Chart(QWidget):
    """A pyqtgraph plot in the theme's colours, with a title and a legend; subclasses draw
    ``self._series`` over ``self._labels`` in ``_draw``."""

    def __init__(self, title: str, min_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(min_height)
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

    def _draw(self) -> None:
        raise NotImplementedError

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
                self._draw()  # the legend's labels take the new colour when re-added


class StackedBarChart(_Chart):
    """Stacked bars, one per category (a day), one colour per series (a model); a legend."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, 200, parent)

    def set_data(
        self, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]
    ) -> None:
        """``labels``: the categories (x axis); ``series``: (name, one value per label). Beyond
        six series the smallest are summed into "Other"."""
        self._labels = list(labels)
        ordered = sorted(series, key=lambda s: -sum(s[1]))
        kept = [(name, [float(v) for v in values]) for name, values in ordered[:MAX_SERIES]]
        rest = ordered[MAX_SERIES:]
        if rest:
            other = [sum(float(values[i]) for _n, values in rest) for i in range(len(labels))]
            kept.append((other_label(len(rest)), other))
        self._series = kept
        self._draw()

    def series_names(self) -> list[str]:
        """What the legend shows, in order (tests read it)."""
        return [name for name, _values in self._series]

    def _draw(self) -> None:
        plot = self._plot
        plot.clear()
        self._legend.clear()
        count = len(self._labels)
        bottom = [0.0] * count
        for index, (name, values) in enumerate(self._series):
            colour = SERIES_COLOURS[min(index, len(SERIES_COLOURS) - 1)]
            bars = pg.BarGraphItem(
                x=list(range(count)),
                height=values,
                y0=list(bottom),
                width=0.7,
                brush=colour,
                pen=pg.mkPen(colour),
            )
            plot.addItem(bars)
            self._legend.addItem(bars, name)
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        every = max(1, count // 10)  # at most ~10 labels under the bars
        ticks = [(i, label) for i, label in enumerate(self._labels) if i % every == 0]
        plot.getAxis("bottom").setTicks([ticks])
        top = max(bottom, default=0.0)
        plot.setXRange(-0.6, max(count - 0.4, 0.6), padding=0)
        plot.setYRange(0, top * 1.25 if top > 0 else 1, padding=0)


class LineChart(_Chart):
    """One line per series over categories (days); a legend names the lines."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, 180, parent)

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
