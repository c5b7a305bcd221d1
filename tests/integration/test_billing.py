"""Bills, their export, reconciling BPJS's invoice, payments by month and the budget check."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from berjasa.bootstrap import open_store
from billing.service import export_bill, reconcile_file, show_bill
from domain.errors import BerjasaError
from domain.services.app import Berjasa
from domain.services.session import Session
from projections import LiveReadModels, open_read_models, replay_as_of
from tests import billing_fixture as fx
from tests.conftest import PASSWORD, enrol_from, fixed_clock
from tests.factories import worker_fields
from tests.opening import confirmed


@dataclass
class Office:
    app: Berjasa
    admin: Session
    operator: Session
    supervisor: Session
    auditor: Session
    models: LiveReadModels


@pytest.fixture
def office() -> Iterator[Office]:
    app = fixed_clock(open_store("memory:"), date(2026, 11, 21))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    sessions = {}
    for name, role in (("ani", "operator"), ("budi", "supervisor"), ("dewi", "auditor")):
        app.users.add_user(admin, name, role, PASSWORD)
        sessions[role] = app.users.sign_in(name, PASSWORD, "uji-02")
    models = open_read_models(app.application)
    yield Office(app, admin, sessions["operator"], sessions["supervisor"], sessions["auditor"],
                 models)
    models.close()
    app.close()


def _reconciliations(office: Office) -> list[dict[str, object]]:
    office.models.catch_up()
    return office.models.reconciliations()


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "xls", "ods"])
def test_invoice_with_every_kind_of_discrepancy(office: Office, tmp_path: Path,
                                                suffix: str) -> None:
    fx.build_store(office.app, office.admin, office.operator, office.supervisor)
    source = tmp_path / f"{fx.STEM}.{suffix}"
    shutil.copy(fx.FOLDER / source.name, source)
    result, report = reconcile_file(office.app, office.operator, source, fx.MONTH)
    assert result.counts() == fx.EXPECTED
    rows = list(load_workbook(report, read_only=True).active.iter_rows(values_only=True))
    header = rows.index(("Baris", "Jenis", "Alasan", "NIK", "KPJ", "Nama", "Program (BPJS)",
                         "Iuran (BPJS)", "Program (kita)", "Iuran (kita)", "Kuota"))
    # The report lists the figures, in their order, after its title and the SHA-256.
    assert [row[:2] for row in rows[2:2 + len(fx.EXPECTED)]] == list(fx.EXPECTED.items())
    listed = rows[header + 1:]
    assert len(listed) == 11 - 4 + 1  # every line not matched, and the worker missing
    reasons = {(r[3], r[2]) for r in listed}
    assert (fx.UNKNOWN_NIK, f"NIK/KPJ {fx.UNKNOWN_NIK} tidak terdaftar di Berjasa.") in reasons
    assert any(r[3] == fx.nik(5) and "bukan nilai rupiah" in r[2] for r in listed)
    assert any(r[3] == fx.nik(6) and "JKK+JKX" in r[2] for r in listed)
    assert any(r[3] == fx.nik(2) and "bukan bulan 2026-03" in r[2] for r in listed)
    assert any(r[3] == fx.nik(8) and "tidak ditagihkan" in r[2] for r in listed)
    assert any(r[3] == fx.nik(7) and r[1] == "Hanya di tagihan kita" for r in listed)
    recorded = _reconciliations(office)
    assert [(r["month"], r["sha256"], r["matched"], r["by"]) for r in recorded] == [
        (fx.MONTH, result.invoice.sha256, 4, "ani")]
    # The read model stores every figure, between the file and who, in this order.
    assert list(recorded[0]) == ["month", "file_name", "sha256", *fx.EXPECTED, "by",
                                 "recorded_at"]
    assert {k: recorded[0][k] for k in fx.EXPECTED} == fx.EXPECTED


def test_an_invoice_that_names_workers_by_kpj_alone(office: Office, tmp_path: Path) -> None:
    """BPJS may list its members by KPJ only: no NIK column, no name column."""
    fx.build_store(office.app, office.admin, office.operator, office.supervisor)
    source = tmp_path / "tagihan-kpj.csv"
    source.write_text("KPJ;Program;Iuran;Bulan\n"
                      f"{fx.KPJ};JKK+JKM;16800;2026-03\n"
                      "99999999999;JKK+JKM;16800;2026-03\n", encoding="utf-8")
    result, _report = reconcile_file(office.app, office.operator, source, fx.MONTH)
    counts = result.counts()
    assert (counts["invoice_lines"], counts["matched"], counts["only_in_invoice"]) == (2, 1, 1)
    assert counts["only_ours"] == 8 - 1   # the billed workers the invoice does not name


def test_another_months_invoice_or_an_unreadable_file_changes_nothing(
        office: Office, tmp_path: Path) -> None:
    fx.build_store(office.app, office.admin, office.operator, office.supervisor)
    source = tmp_path / "tagihan.csv"
    shutil.copy(fx.FOLDER / f"{fx.STEM}.csv", source)
    with pytest.raises(BerjasaError) as refused:
        reconcile_file(office.app, office.operator, source, "2026-05")
    assert refused.value.code == "invoice.other_month"
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    with pytest.raises(BerjasaError) as unreadable:
        reconcile_file(office.app, office.operator, broken, fx.MONTH)
    assert unreadable.value.code.startswith("import.")
    assert _reconciliations(office) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rusak.xlsx", "tagihan.csv"]


def test_bill_show_export_and_as_of(office: Office, tmp_path: Path) -> None:
    fx.build_store(office.app, office.admin, office.operator, office.supervisor)
    summary = show_bill(office.app, office.operator, fx.MONTH)
    assert summary == {"month": "2026-03", "workers": 8,
                       "by_programme": {"JKK": {"workers": 8, "amount": 80_000},
                                        "JKM": {"workers": 8, "amount": 54_400}},
                       "amount": 8 * 16_800}
    february = show_bill(office.app, office.operator, "2026-02")
    assert february["workers"] == 9  # worker 8 covered until 10 February
    output = tmp_path / "tagihan.xlsx"
    shown = export_bill(office.app, office.auditor, fx.MONTH, output)
    assert shown["rows"] == 8 and shown["masked"] is True
    rows = list(load_workbook(output, read_only=True).active.iter_rows(values_only=True))
    assert rows[0] == ("NIK", "KPJ", "Nama", "Kecamatan", "Program", "Iuran", "Kuota")
    assert all(str(r[0]).startswith("************") for r in rows[1:])
    exports = office.app.exports.list_exports(office.admin)
    assert [(e["kind"], e["rows"]) for e in exports] == [("xlsx", 8)]
    office.models.catch_up()
    moment = office.models.position_time()
    assert moment is not None
    office.app.workers.register_worker(office.operator, **worker_fields(10))
    enrol_from(office.app, office.operator, fx.nik(10),
               office.app.application.directory().quotas[0],
                     date(2026, 3, 1))
    assert show_bill(office.app, office.operator, fx.MONTH)["workers"] == 9
    replayed = replay_as_of(office.app.application, moment)
    try:
        assert show_bill(office.app, office.operator, fx.MONTH, models=replayed) == summary
    finally:
        replayed.close()


def test_payments_by_month_and_arrears(office: Office) -> None:
    fx.build_store(office.app, office.admin, office.operator, office.supervisor)
    office.app.policies.record_budget_payment(office.supervisor, 2026, 2 * 9 * 16_800, "2026-02-14",
                                              "SP2D-001", months="2026-01,2026-02")
    office.models.catch_up()
    months = office.models.money_year(2026)["months"]
    assert [(m["month"], m["paid"], m["arrears"]) for m in months[:4]] == [
        ("2026-01", 9 * 16_800, False), ("2026-02", 9 * 16_800, False),
        ("2026-03", 0, True), ("2026-04", 0, True)]
    assert months[2]["billed"] == 8 * 16_800 and months[2]["due"] == "2026-03-15"


def test_budget_check_refuses_an_opening_or_change_beyond_the_pagu(office: Office) -> None:
    app, supervisor = office.app, office.supervisor
    # no pagu: not blocked
    quota = confirmed(app, app.quotas.open_quota(supervisor, 2025, "JKK,JKM", 10))["quota"]
    app.policies.allocate_budget(supervisor, 2025, 10 * 16_800 * 12 + 5 * 16_800 * 6, "DPA 2025")
    change = app.quotas.propose_quota_change(office.operator, quota, 5, "APBD-P",
                                             effective="2025-07-01")["change"]
    assert app.quotas.decide_quota_change(supervisor, change, True)["need"] == (
        10 * 12 + 5 * 6) * 16_800
    too_early = app.quotas.propose_quota_change(office.operator, quota, 1, "APBD-P",
                                                effective="2025-12-01")["change"]
    with pytest.raises(BerjasaError) as refused:
        app.quotas.decide_quota_change(supervisor, too_early, True)
    assert refused.value.code == "budget.exceeded"
    assert "kurang Rp16.800" in refused.value.message()
    with pytest.raises(BerjasaError) as opening:
        confirmed(app, app.quotas.open_quota(supervisor, 2025, "JHT", 1))
    assert opening.value.code == "budget.exceeded"
    assert app.quotas.get_quota(supervisor, quota)["seats"] == 15


def test_effective_date_outside_the_period_is_refused(office: Office) -> None:
    quota = confirmed(office.app,
                      office.app.quotas.open_quota(office.supervisor, 2026, "JKK,JKM", 10))["quota"]
    with pytest.raises(BerjasaError) as refused:
        office.app.quotas.propose_quota_change(office.operator, quota, 5, "APBD-P",
                                               effective="2027-01-01")
    assert refused.value.code == "quota.effective_outside"


def test_a_worker_moved_between_quotas_mid_month_is_billed_once(office: Office) -> None:
    app = office.app
    first = confirmed(app, app.quotas.open_quota(office.supervisor, 2026, "JKK,JKM", 5))["quota"]
    second = confirmed(app, app.quotas.open_quota(office.supervisor, 2026, "JKK,JKM", 5))["quota"]
    nik = app.workers.register_worker(office.operator, **worker_fields(1))["nik"]
    enrol_from(app, office.operator, nik, first, date(2026, 1, 1))
    app.quotas.terminate(office.operator, nik, first, "error", end=date(2026, 3, 9))
    enrol_from(app, office.operator, nik, second, date(2026, 3, 20))
    office.models.catch_up()
    assert office.models.bill("2026-03").summary()["amount"] == 16_800
    money = office.models.quota_money(date(2026, 3, 31))
    assert (money[first]["committed"], money[second]["committed"]) == (
        2 * 16_800, 10 * 16_800)


def test_bill_on_every_kind_of_store(app: Berjasa, admin: Session, operator: Session,
                                     supervisor: Session) -> None:
    fx.build_store(app, admin, operator, supervisor)
    models = open_read_models(app.application)
    try:
        models.catch_up()
        summary = models.bill_summary(fx.MONTH)
        assert summary == models.bill(fx.MONTH).summary()
        assert (summary["workers"], summary["amount"]) == (8, 8 * 16_800)
        quota = next(iter(models.quota_money(date(2026, 3, 31)).values()))
        assert (quota["member_months"], quota["cost"]) == (
            9 * 3 - 1, (9 * 3 - 1) * 16_800)  # worker 8 ended on 10 February
    finally:
        models.close()
