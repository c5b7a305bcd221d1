"""Growth charts: value axes always start at zero, labels in Indonesian number format."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker

from domain.formatting import format_number
from reports.styles import INK, MUTED, NARROW, SANS_BOLD, SERIES

LEFT, BOTTOM = 52.0, 34.0
# Dash patterns and markers per series, so series differ without colour too.
DASHES: tuple[list[float] | None, ...] = (None, [6, 2], [2, 2], [8, 2, 2, 2], [1, 3], [4, 4])
MARKERS = ("FilledCircle", "FilledSquare", "FilledTriangle", "FilledDiamond", "Circle",
           "Square")


def _nice_top(value: int) -> int:
    """A round axis maximum at or above `value` (never 0, so an empty chart still draws)."""
    if value <= 0:
        return 10
    magnitude = int(10 ** (len(str(value)) - 1))
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * magnitude)
        if top >= value:
            return top
    return 10 * magnitude


def _axis_from_zero(axis: object, top: int) -> None:
    axis.valueMin = 0  # type: ignore[attr-defined]
    axis.valueMax = top  # type: ignore[attr-defined]
    axis.valueStep = top / 5  # type: ignore[attr-defined]
    axis.labelTextFormat = lambda v: format_number(int(v))  # type: ignore[attr-defined]
    axis.labels.fontName = NARROW  # type: ignore[attr-defined]
    axis.labels.fontSize = 7  # type: ignore[attr-defined]


def _frame(width: float, height: float, title: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, title, fontName=SANS_BOLD, fontSize=9, fillColor=INK))
    return drawing


def bar_chart(title: str, labels: Sequence[str], values: Sequence[int],
              width: float = 480, height: float = 190) -> Drawing:
    drawing = _frame(width, height, title)
    chart = VerticalBarChart()
    chart.x, chart.y = LEFT, BOTTOM
    chart.width, chart.height = width - LEFT - 10, height - BOTTOM - 24
    chart.data = [list(values)]
    chart.bars[0].fillColor = SERIES[0]
    chart.bars[0].strokeColor = None
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = NARROW
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 0
    chart.categoryAxis.labels.dy = -2
    _axis_from_zero(chart.valueAxis, _nice_top(max(values, default=0)))
    chart.barLabelFormat = lambda v: format_number(int(v)) if v else ""
    chart.barLabels.fontName = NARROW
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    drawing.add(chart)
    drawing.add(String(LEFT + chart.width / 2, 8, "Bulan", fontName=NARROW, fontSize=7,
                       fillColor=MUTED, textAnchor="middle"))
    return drawing


def line_chart(title: str, labels: Sequence[str], series: Sequence[tuple[str, list[int]]],
               width: float = 480, height: float = 210) -> Drawing:
    drawing = _frame(width, height, title)
    chart = HorizontalLineChart()
    chart.x, chart.y = LEFT, BOTTOM + 14
    chart.width, chart.height = width - LEFT - 10, height - BOTTOM - 38
    chart.data = [values for _name, values in series] or [[0] * len(labels)]
    for index in range(len(chart.data)):
        # Colour, dash pattern and marker all differ: the lines stay apart in grey print.
        line = chart.lines[index]
        line.strokeColor = SERIES[index % len(SERIES)]
        line.strokeWidth = 1.6
        line.strokeDashArray = DASHES[index % len(DASHES)]
        line.symbol = makeMarker(MARKERS[index % len(MARKERS)], size=4,
                                 fillColor=SERIES[index % len(SERIES)],
                                 strokeColor=SERIES[index % len(SERIES)])
        line.name = series[index][0] if index < len(series) else ""
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = NARROW
    chart.categoryAxis.labels.fontSize = 7
    top = max((max(v, default=0) for _n, v in series), default=0)
    _axis_from_zero(chart.valueAxis, _nice_top(top))
    drawing.add(chart)
    _line_legend(drawing, series, LEFT, 12)
    return drawing


def _line_legend(drawing: Drawing, series: Sequence[tuple[str, list[int]]], x: float,
                 y: float, step: float = 95) -> None:
    """One sample per series (its colour, dash pattern and marker) and its name."""
    for index, (name, _values) in enumerate(series):
        left = x + (index % 4) * step
        top = y - (index // 4) * 10
        colour = SERIES[index % len(SERIES)]
        drawing.add(Line(left, top + 2.5, left + 16, top + 2.5, strokeColor=colour,
                         strokeWidth=1.6, strokeDashArray=DASHES[index % len(DASHES)]))
        marker = makeMarker(MARKERS[index % len(MARKERS)], size=4, fillColor=colour,
                            strokeColor=colour)
        marker.x, marker.y = left + 8, top + 2.5
        drawing.add(marker)
        drawing.add(String(left + 20, top, name, fontName=NARROW, fontSize=7, fillColor=INK))
