"""The Audit page's event list reads at a glance."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from desktop.gui.pages.audit import AuditPage
from desktop.gui.qt import QStyle, Qt
from desktop.gui.shell import Shell
from tests.gui.helpers import sign_in


def test_an_events_moment_fits_its_column_to_the_second(qtbot: QtBot, shell: Shell) -> None:
    """The column's title says WITA; each row shows the date and the time to the second,
    whole within the column's width (with the zone repeated, the seconds were cut off)."""
    audit = sign_in(qtbot, shell, "dewi").show_section("audit")
    assert isinstance(audit, AuditPage)
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=10_000)
    column = 1
    assert audit.model.headerData(column, Qt.Orientation.Horizontal) == "Waktu (WITA)"
    shown = str(audit.model.index(0, column).data())
    assert re.fullmatch(r"\d{2}-\d{2}-\d{4} \d{2}\.\d{2}\.\d{2}", shown), shown
    room = audit.table.columnWidth(column) - 2 * audit.table.style().pixelMetric(
        QStyle.PixelMetric.PM_FocusFrameHMargin) - 2
    assert audit.table.fontMetrics().horizontalAdvance(shown) <= room

