"""The Kuota page's worklist: eligible workers in priority order, "enrol the next N" in one
transaction that respects the quota's seats (issue 16)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.pages.kuota import KuotaPage
from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from tests.conftest import PASSWORD
from tests.factories import worker_fields
from tests.gui.helpers import press_enter, sign_in
from tests.opening import confirmed


def test_the_worklist_enrols_the_next_n_within_the_seats(
        qtbot: QtBot, shell: Shell, store: Berjasa) -> None:
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    quota = str(confirmed(store, store.quotas.open_quota(admin, 2026, "JKK,JKM", 2, "APBD 2026",
                                                         priority="decile"))["quota"])
    niks = [store.workers.register_worker(admin, **worker_fields(n, decile=d))["nik"]
            for n, d in ((1, 5), (2, 1), (3, None))]
    page = sign_in(qtbot, shell, "ani").show_section("kuota")
    assert isinstance(page, KuotaPage)
    qtbot.waitUntil(lambda: len(page.worklist.rows) == 3, timeout=30_000)
    assert [r["nik"] for r in page.worklist.rows] == [niks[1], niks[0], niks[2]]
    assert "3" in page.worklist_label.text() and "2" in page.worklist_label.text()
    assert page.enrol_next_button.isVisibleTo(page) and page.enrol_next_button.isEnabled()
    page.enrol_next_button.click()
    form = page.dialog
    assert form is not None
    form.set_value("count", 3)
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: page.quotas.rows[0]["used"] == 2, timeout=30_000)
    qtbot.waitUntil(lambda: len(page.worklist.rows) == 1, timeout=30_000)
    assert [r["nik"] for r in page.worklist.rows] == [niks[2]]  # no seat was left for it
    assert store.quotas.get_quota(admin, quota)["used"] == 2
