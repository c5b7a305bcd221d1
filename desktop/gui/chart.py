"""A small bar chart drawn with QPainter: axis from zero, labels that stay readable.

Why not QtCharts or pyqtgraph: QtCharts needs PySide6-Addons (~200 MB on Windows) and
pyqtgraph pulls numpy for two simple charts. Bars with readable labels are all Beranda needs.
"""

from __future__ import annotations

from desktop.gui.qt import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QRectF,
    QSize,
    Qt,
    QWidget,
)
from domain.formatting import format_number

BAR = QColor("#2d6fb0")
AXIS = QColor("#9aa5b1")
TEXT = QColor("#1f2933")
MAX_BAR = 24   # px: a few wide bars should still look like bars, not blocks


class BarChart(QWidget):
    """Vertical bars (months) or horizontal bars (kecamatan), values labelled."""

    def __init__(self, title: str, horizontal: bool = False) -> None:
        super().__init__()
        self.title, self.horizontal = title, horizontal
        self.items: list[tuple[str, int]] = []
        self.empty_text = ""
        self.setMinimumSize(QSize(280, 200))

    def set_data(self, items: list[tuple[str, int]], empty_text: str = "") -> None:
        self.items, self.empty_text = items, empty_text
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(TEXT)
        painter.drawText(QRectF(8, 4, self.width() - 16, 20), Qt.AlignmentFlag.AlignLeft,
                         self.title)
        painter.setFont(self.font())
        area = QRectF(8, 28, self.width() - 16, self.height() - 36)
        if not self.items or max(v for _, v in self.items) <= 0:
            painter.setPen(AXIS)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        elif self.horizontal:
            self._horizontal(painter, area)
        else:
            self._vertical(painter, area)
        painter.end()

    def _horizontal(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        label_width = max(metrics.horizontalAdvance(label) for label, _ in self.items) + 8
        value_width = metrics.horizontalAdvance(format_number(max(
            v for _, v in self.items))) + 8
        top = max(v for _, v in self.items)
        step = area.height() / len(self.items)
        bar_left, bar_span = area.left() + label_width, area.width() - label_width - value_width
        painter.setPen(QPen(AXIS))
        painter.drawLine(int(bar_left), int(area.top()), int(bar_left), int(area.bottom()))
        for i, (label, value) in enumerate(self.items):
            y = area.top() + i * step
            painter.setPen(TEXT)
            painter.drawText(QRectF(area.left(), y, label_width - 6, step),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            width = bar_span * value / top
            thick = min(step * 0.7, MAX_BAR)
            painter.fillRect(QRectF(bar_left, y + (step - thick) / 2, width, thick), BAR)
            painter.drawText(QRectF(bar_left + width + 4, y, value_width, step),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             format_number(value))

    def _vertical(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        top = max(v for _, v in self.items)
        plot = QRectF(area.left(), area.top() + line, area.width(), area.height() - 2 * line - 4)
        step = plot.width() / len(self.items)
        painter.setPen(QPen(AXIS))
        painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()),
                         int(plot.bottom()))
        for i, (label, value) in enumerate(self.items):
            x = plot.left() + i * step
            height = plot.height() * value / top
            thick = min(step * 0.7, MAX_BAR * 2)
            painter.fillRect(QRectF(x + (step - thick) / 2, plot.bottom() - height, thick,
                                    height), BAR)
            painter.setPen(TEXT)
            painter.drawText(QRectF(x, plot.bottom() - height - line, step, line),
                             Qt.AlignmentFlag.AlignCenter, format_number(value))
            painter.drawText(QRectF(x, plot.bottom() + 2, step, line),
                             Qt.AlignmentFlag.AlignCenter, label)
