"""The demo's money: the 2025 quota (716 seats from January, 913 more from July through
APBD-P) needs exactly its seat-months x Rp16.800, which the demo's pagu covers; and
`stats`, `billing show` and the dashboard print the same figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from berjasa.bootstrap import open_store
from billing.service import show_bill
from desktop.gui.pages.beranda import dashboard_figures
from domain.demo import DEMO_PASSWORD, build_demo
from domain.services.app import Berjasa
from projections import LiveReadModels, open_read_models
from tests.conftest import fixed_clock

TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def demo() -> Iterator[tuple[Berjasa, LiveReadModels]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("domain.passwords._N", 2**10)
        app = fixed_clock(open_store("memory:"), TODAY)
        build_demo(app, 2000)
    models = open_read_models(app.application)
    models.catch_up()
    yield app, models
    models.close()
    app.close()


def test_2025_quota_needs_its_seat_months_and_the_pagu_covers_it(
        demo: tuple[Berjasa, LiveReadModels]) -> None:
    _app, models = demo
    quota = next(q for q in models.quotas(TODAY) if q["year"] == 2025)
    assert quota["seats"] == 716 + 913
    assert quota["approved_changes"][0]["effective"] == "2025-07-01"
    assert quota["seat_months"] == 716 * 12 + 913 * 6
    assert quota["need"] == quota["seat_months"] * 16_800 == 236_376_000
    year = models.money_year(2025, TODAY)
    assert year["pagu"] is not None and year["pagu"] >= year["need"] == quota["need"]
    months = {m["month"]: m["seats"] for m in models.quota_money(TODAY)[quota["quota"]]["months"]}
    assert months["2025-06"] == 716 and months["2025-07"] == 1629


def test_stats_billing_and_dashboard_agree(demo: tuple[Berjasa, LiveReadModels]) -> None:
    app, models = demo
    admin = app.users.sign_in("admin", DEMO_PASSWORD, "uji-01")
    figures = models.quota_money(TODAY)
    stats = models.stats(TODAY)
    for quota in stats["quotas"]:
        assert {k: quota[k] for k in ("seat_months", "need", "member_months", "cost",
                                      "committed")} == {
            k: figures[quota["quota"]][k] for k in ("seat_months", "need", "member_months",
                                                    "cost", "committed")}
    dashboard = dashboard_figures(models, TODAY, 90)
    year = dashboard["money"]
    assert year["need"] == sum(f["need"] for q, f in figures.items() if q.startswith("KU-2026"))
    for month in year["months"]:
        shown = show_bill(app, admin, month["month"], models=models)
        assert shown["amount"] == month["billed"], month["month"]
    # Seats on the cards are of the year asked about only (not every year's summed).
    assert sum(b["seats"] for b in year["bundles"] if "JKK" in b["programmes"]) == 1629


def test_the_demos_2024_invoices_match_the_bills(demo: tuple[Berjasa, LiveReadModels]) -> None:
    """Each 2024 month's recorded reconciliation says what reconciling that month's bill
    says: every member billed, every line matched, the same amount."""
    _app, models = demo
    for month in (f"2024-{m:02d}" for m in range(1, 13)):
        (recorded,) = models.reconciliations(month)
        bill = models.bill_summary(month)
        figures = recorded  # the figures sit beside the month and the file
        assert figures["invoice_lines"] == figures["matched"] == bill["workers"] == 700
        assert figures["invoice_amount"] == figures["our_amount"] == bill["amount"]
        assert figures["only_in_invoice"] == figures["only_ours"] == 0
        assert figures["amount_mismatches"] == 0
