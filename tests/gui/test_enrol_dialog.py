"""The enrol dialog offers only the quotas an enrolment from the chosen day can go into:
in force on that day, with seats left, the newest first; never a past or full quota."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop.gui.pages.peserta import PesertaPage, enrollable_quotas
from desktop.gui.qt import QComboBox
from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from tests.conftest import PASSWORD, TODAY
from tests.factories import worker_fields
from tests.gui.helpers import sign_in
from tests.opening import confirmed

# The fields `enrollable_quotas` reads of a `projections.api.QuotaRow`.
QUOTAS = [
    {"quota": "KU-2024-01", "period_start": "2024-01-01", "period_end": "2024-12-31",
     "free": 5, "confirmed": True},
    {"quota": "KU-2025-01", "period_start": "2025-01-01", "period_end": "2025-12-31",
     "free": 0, "confirmed": True},
    {"quota": "KU-2026-01", "period_start": "2026-01-01", "period_end": "2026-12-31",
     "free": 3, "confirmed": True},
    {"quota": "KU-2026-02", "period_start": "2026-07-01", "period_end": "2026-12-31",
     "free": 1, "confirmed": True},
]


def codes(start: date) -> list[str]:
    return [q["quota"] for q in enrollable_quotas(QUOTAS, start)]


def test_only_quotas_in_force_with_seats_newest_first() -> None:
    assert codes(date(2026, 8, 1)) == ["KU-2026-02", "KU-2026-01"]
    assert codes(date(2026, 3, 1)) == ["KU-2026-01"]
    assert codes(date(2025, 6, 1)) == []            # the 2025 quota is full
    assert codes(date(2024, 6, 1)) == ["KU-2024-01"]


def test_an_unconfirmed_quota_is_not_offered() -> None:
    unconfirmed = [{**QUOTAS[2], "confirmed": False}]
    assert enrollable_quotas(unconfirmed, date(2026, 3, 1)) == []


def test_the_dialog_defaults_to_the_current_quota(qtbot: QtBot, shell: Shell,
                                                  store: Berjasa) -> None:
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    store.quotas.open_quota(admin, TODAY.year - 1, ["JKK", "JKM"], 5, "APBD lalu")
    current = confirmed(store, store.quotas.open_quota(admin, TODAY.year, ["JKK", "JKM"], 5,
                                                       "APBD"))["quota"]
    operator = store.users.sign_in("ani", PASSWORD, "uji-02")
    store.workers.register_worker(operator, **worker_fields(1))
    page = sign_in(qtbot, shell, "ani").show_section("peserta")
    assert isinstance(page, PesertaPage)
    page.table.selectRow(0)
    page.buttons["enrol"][0].click()
    form = page.dialog
    assert form is not None and form.save_button.text() == "Daftarkan"
    combo = form.inputs["quota"]
    assert isinstance(combo, QComboBox)
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == [current] and form.values()["quota"] == current
