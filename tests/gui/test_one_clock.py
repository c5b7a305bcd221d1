"""One clock: every recorded moment a pane shows is in WITA, in one format; auditors see
a birth year, never a birth date, beside a masked NIK."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot

from desktop.gui.pages.base import shown_day
from desktop.gui.pages.peserta import PesertaPage
from desktop.gui.shell import Shell
from domain.formatting import format_moment_short
from domain.services.app import Berjasa
from tests.conftest import PASSWORD
from tests.factories import worker_fields
from tests.gui.helpers import sign_in

RECORDED = datetime(2026, 3, 4, 23, 30, tzinfo=UTC)  # 5 March 2026, 07.30 in Makassar


def register_at_a_known_moment(store: Berjasa) -> dict[str, str]:
    operator = store.users.sign_in("ani", PASSWORD, "uji-02")
    store.application.clock = lambda: RECORDED
    fields = worker_fields(1, name="Hasnah Bakri")
    store.workers.register_worker(operator, **fields)
    return fields


def detail_of(qtbot: QtBot, shell: Shell, user: str) -> str:
    page = sign_in(qtbot, shell, user).show_section("peserta")
    assert isinstance(page, PesertaPage)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "Hasnah" in page.detail.toPlainText(), timeout=30_000)
    return page.detail.toPlainText()


def test_a_moment_travelled_to_is_its_day_in_makassar() -> None:
    """Beranda, Tagihan and MoU count their figures on the moment's WITA date, as the
    replayed read models do: 1 January 2026 06.00 WITA is 31 December 2025 in UTC, and
    on the UTC date the dashboard showed 2025's year, money and charts."""
    new_year = datetime(2025, 12, 31, 22, tzinfo=UTC)
    assert shown_day(new_year, date(2026, 8, 20)) == date(2026, 1, 1)
    assert shown_day(RECORDED, date(2026, 8, 20)) == date(2026, 3, 5)
    assert shown_day(None, date(2026, 8, 20)) == date(2026, 8, 20)


def test_moments_are_shown_in_wita() -> None:
    assert format_moment_short(RECORDED) == "05-03-2026 07.30 WITA"
    assert format_moment_short(RECORDED, seconds=True) == "05-03-2026 07.30.00 WITA"
    assert format_moment_short(RECORDED.replace(tzinfo=None)) == "05-03-2026 07.30 WITA"


def test_the_worker_history_is_in_wita(qtbot: QtBot, shell: Shell, store: Berjasa) -> None:
    register_at_a_known_moment(store)
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    recorded = next(datetime.fromisoformat(e["time"]) for e in store.history.history(admin)
                    if e["type"] == "Peserta.Registered")
    text = detail_of(qtbot, shell, "ani")
    assert format_moment_short(recorded) in text
    assert recorded.isoformat()[:16] not in text and recorded.strftime("%H:%M") not in text


def test_the_auditor_sees_the_birth_year_only(qtbot: QtBot, shell: Shell,
                                              store: Berjasa) -> None:
    fields = register_at_a_known_moment(store)
    text = detail_of(qtbot, shell, "dewi")
    year = fields["birth_date"][:4]
    assert f"/ {year}" in text
    assert fields["birth_date"] not in text and "April" not in text


def test_the_operator_sees_the_whole_birth_date(qtbot: QtBot, shell: Shell,
                                                store: Berjasa) -> None:
    register_at_a_known_moment(store)
    text = detail_of(qtbot, shell, "ani")
    assert "12 April 1985" in text


def test_dates_and_months_follow_the_interface_language() -> None:
    from datetime import date

    from domain.formatting import format_date, format_month

    day = date(2026, 12, 2)
    assert (format_date(day), format_date(day, "en")) == ("2 Desember 2026", "2 December 2026")
    assert format_month(day, "en") == "December 2026" and format_month(day) == "Desember 2026"
