"""The time-travel timeline: a slider along the recorded history, marked at its key
moments (quotas opened or changed, MoU/PKS steps, reconciliations, months closed), and a
field that takes a typed moment in Makassar time (WITA).

`TimelineControl` emits `chosen(moment)` when the user settles on a moment (the slider
released, a key moment picked, a moment typed and Enter pressed) and `chosen(None)` when
the slider is taken to its right end, the present. The slider counts seconds from the
first recorded event; its right end is the moment the history was last read.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.gui.qt import (
    QColor,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QHelpEvent,
    QLabel,
    QLineEdit,
    QPainter,
    QPaintEvent,
    QPen,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    Qt,
    QTimer,
    QToolTip,
    QVBoxLayout,
    QWidget,
    Signal,
)
from domain.errors import ValidationError
from domain.formatting import format_moment_short
from domain.values import WITA, as_timestamp

SETTLE_MS = 400  # keyboard steps and wheel turns settle before the history is replayed
SNAP_PIXELS = 6  # a release this close to a mark lands on the mark
MARK_COLOUR = "#b3541e"
# dd-mm-yyyy, then optionally hh.mm or hh:mm and seconds, then optionally "WITA".
_TYPED = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})(?:[ T]+(\d{1,2})[.:](\d{2})"
                    r"(?:[.:](\d{2}))?)?(?:\s*WITA)?$", re.IGNORECASE)


def parse_moment(text: str) -> datetime:
    """A typed moment in WITA: `15-01-2025`, `15-01-2025 10.30`, `15-01-2025 10:30:05`,
    the timeline's own `15-01-2025 10.30.05 WITA`, or ISO 8601 (`2025-01-15T10:30`)."""
    cleaned = " ".join(text.split())
    found = _TYPED.match(cleaned)
    if found is None:
        return as_timestamp(cleaned)  # ISO 8601, or timestamp.invalid
    day, month, year, hour, minute, second = (int(g) if g else 0 for g in found.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=WITA)
    except ValueError:
        raise ValidationError("timestamp.invalid", value=text) from None


class Mark:
    """A key moment on the timeline, and what it says in a tooltip and the list."""

    def __init__(self, moment: datetime, label: str) -> None:
        self.moment, self.label = moment, label


class TimelineSlider(QSlider):
    """A horizontal slider that paints its marks (key moments) under the groove and
    names the nearest one in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.marks: list[tuple[int, str]] = []  # (slider value, label)
        self.setMinimumHeight(30)

    def set_marks(self, marks: Sequence[tuple[int, str]]) -> None:
        self.marks = list(marks)
        self.update()

    def pixel_of(self, value: int) -> int:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        groove = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                             QStyle.SubControl.SC_SliderGroove, self)
        handle = self.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                             QStyle.SubControl.SC_SliderHandle, self)
        span = max(1, groove.width() - handle.width())
        offset = QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), value, span)
        return int(groove.x() + handle.width() / 2 + offset)

    def nearest_mark(self, pixel: int) -> tuple[int, str] | None:
        """The mark drawn within `SNAP_PIXELS` of `pixel`, if any."""
        close = [(abs(self.pixel_of(value) - pixel), value, label)
                 for value, label in self.marks]
        if not close:
            return None
        distance, value, label = min(close)
        return (value, label) if distance <= SNAP_PIXELS else None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(QPen(QColor(MARK_COLOUR), 2))
        bottom = self.height() - 1
        for value, _label in self.marks:
            x = self.pixel_of(value)
            painter.drawLine(x, bottom - 7, x, bottom)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            mark = self.nearest_mark(event.pos().x())
            if mark is not None:
                QToolTip.showText(event.globalPos(), mark[1], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class TimelineControl(QWidget):
    """The slider with its marks, the typed moment and the list of key moments.

    Emits `chosen(datetime | None)`: a settled moment (aware, UTC) or the present."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start: datetime | None = None
        self.end = datetime.now(UTC)
        self.marks: list[Mark] = []
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._build()
        self._connect_signals()
        self.set_span(None, self.end)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slider = TimelineSlider()
        self.slider.setObjectName("timeline")
        self.slider.setToolTip(self.tr("Geser untuk melihat data seperti pada saat itu"))
        ends = QHBoxLayout()
        self.first_label, self.last_label = QLabel(), QLabel()
        ends.addWidget(self.first_label)
        ends.addStretch(1)
        ends.addWidget(self.last_label)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Saat (WITA):")))
        self.moment = QLineEdit()
        self.moment.setObjectName("moment")
        self.moment.setPlaceholderText(self.tr("hh-bb-tttt jj.mm"))
        self.moment.setToolTip(self.tr(
            "Ketik tanggal dan jam WITA, mis. 15-01-2025 10.30, lalu tekan Enter"))
        self.moment.setMinimumWidth(190)
        self.keys = QComboBox()
        self.keys.setObjectName("key-moments")
        self.keys.setMinimumContentsLength(28)
        self.keys.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        row.addWidget(self.moment)
        self.row = row  # the page adds its buttons after the field
        layout.addWidget(self.slider)
        layout.addLayout(ends)
        layout.addLayout(row)

    def _connect_signals(self) -> None:
        self.slider.valueChanged.connect(self.on_slider_value_changed)
        self.slider.sliderReleased.connect(self.on_slider_released)
        self._settle.timeout.connect(self.on_settled)
        self.moment.returnPressed.connect(self.on_moment_entered)
        self.keys.activated.connect(self.on_key_activated)

    # --- what the timeline spans --------------------------------------------------------

    def set_span(self, start: datetime | None, end: datetime) -> None:
        """From the first recorded event (None: nothing recorded) to `end` (the present),
        in whole seconds."""
        start = start.replace(microsecond=0) if start is not None else None
        self.start, self.end = start, max(end, start or end)
        seconds = int((self.end - self.start).total_seconds()) if self.start else 0
        shown = self.slider.value()
        self.slider.blockSignals(True)
        self.slider.setRange(0, seconds)
        self.slider.setPageStep(max(1, seconds // 20))
        self.slider.setSingleStep(max(1, seconds // 500))
        self.slider.setValue(min(shown, seconds) if shown else seconds)
        self.slider.blockSignals(False)
        self.slider.setEnabled(seconds > 0)
        self.first_label.setText(format_moment_short(self.start) if self.start else "")
        self.last_label.setText(self.tr("saat ini"))
        self._place_marks()

    def set_marks(self, marks: Sequence[Mark]) -> None:
        self.marks = list(marks)
        self.keys.clear()
        self.keys.addItem(self.tr("Lompat ke peristiwa penting…"), None)
        for mark in self.marks:
            self.keys.addItem(f"{format_moment_short(mark.moment)} · {mark.label}", mark)
        self._place_marks()

    def _place_marks(self) -> None:
        self.slider.set_marks([(self.value_of(m.moment), m.label) for m in self.marks
                               if self.start is not None])

    def value_of(self, moment: datetime) -> int:
        """The slider's value for `moment`: its second, rounded up, so that a moment's
        value never stands for an earlier one."""
        if self.start is None:
            return 0
        seconds = math.ceil((moment - self.start).total_seconds())
        return max(self.slider.minimum(), min(self.slider.maximum(), seconds))

    def moment_of(self, value: int) -> datetime | None:
        """The moment at slider `value` (a mark's own moment on a mark); None at the right
        end (the present)."""
        if self.start is None or value >= self.slider.maximum():
            return None
        on_mark = [m.moment for m in self.marks if self.value_of(m.moment) == value]
        return max(on_mark) if on_mark else self.start + timedelta(seconds=value)

    # --- showing a moment ---------------------------------------------------------------

    def show_moment(self, moment: datetime | None) -> None:
        """Put the slider and the field at `moment` (None: the present) without choosing."""
        self.slider.blockSignals(True)
        self.slider.setValue(self.slider.maximum() if moment is None
                             else self.value_of(moment))
        self.slider.blockSignals(False)
        self._show_text(moment)

    def _show_text(self, moment: datetime | None) -> None:
        self.moment.setText(format_moment_short(moment or datetime.now(UTC), seconds=True))

    def typed_moment(self) -> datetime:
        """The field's moment (raises ValidationError timestamp.invalid)."""
        return parse_moment(self.moment.text())

    # --- slots --------------------------------------------------------------------------

    def on_slider_value_changed(self, value: int) -> None:
        self._show_text(self.moment_of(value))
        if not self.slider.isSliderDown():
            self._settle.start()  # keyboard, wheel or a program: settle first

    def on_slider_released(self) -> None:
        mark = self.slider.nearest_mark(self.slider.pixel_of(self.slider.value()))
        if mark is not None and mark[0] != self.slider.value():
            self.slider.blockSignals(True)
            self.slider.setValue(mark[0])
            self.slider.blockSignals(False)
            self._show_text(self.moment_of(mark[0]))
        self._settle.stop()
        self.on_settled()

    def on_settled(self) -> None:
        self.chosen.emit(self.moment_of(self.slider.value()))

    def on_moment_entered(self) -> None:
        try:
            moment = self.typed_moment()
        except ValidationError:
            self.moment.setStyleSheet("border: 1px solid #c0392b;")
            return
        self.moment.setStyleSheet("")
        self.show_moment(moment)
        self.chosen.emit(moment)

    def on_key_activated(self, index: int) -> None:
        mark: Any = self.keys.itemData(index)
        if isinstance(mark, Mark):
            self.show_moment(mark.moment)
            self.chosen.emit(mark.moment)
