"""An import keeps the quota between batches instead of reading it back, and still sees
any change another workstation made to it in between."""

from __future__ import annotations

from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from domain.model.kuota import Kuota
from domain.registration import Registration, validate_registration
from domain.services.app import Berjasa
from domain.services.quotas import QuotaService
from tests.conftest import PASSWORD, TODAY, fixed_clock
from tests.opening import confirmed
from tests.unit.importer.helpers import worker_row


def registrations(serials: range) -> list[Registration]:
    out = []
    for serial in serials:
        nik, name, sex, _birth, kecamatan, kelurahan, occupation, _decile, _phone = (
            worker_row(serial))
        out.append(validate_registration(
            nik=nik, name=name, sex=sex, birth_date="1985-04-12", kecamatan=kecamatan,
            kelurahan=kelurahan, occupation=occupation, today=TODAY))
    return out


def two_workstations(tmp_path: Path) -> tuple[Berjasa, Berjasa]:
    url = f"sqlite:///{(tmp_path / 'bersama.db').as_posix()}"
    first = fixed_clock(open_store(url))
    first.users.initialise_store("admin", PASSWORD, "uji-01")
    return first, fixed_clock(open_store(url))


def test_later_batches_do_not_read_the_quota_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, other = two_workstations(tmp_path)
    try:
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 100))["quota"])
        reads: list[str] = []
        real = QuotaService.quota

        def counted(self: QuotaService, code: str) -> Kuota:
            reads.append(code)
            return real(self, code)

        monkeypatch.setattr(QuotaService, "quota", counted)
        for first in range(1, 31, 10):
            outcome = app.imports.enrol_batch(admin, registrations(range(first, first + 10)), quota)
            assert len(outcome.enrolled) == 10
        assert len(reads) == 1  # the first batch only
        assert real(other.quotas, quota).free == 70
    finally:
        app.close()
        other.close()


def test_a_change_made_elsewhere_between_batches_is_seen(tmp_path: Path) -> None:
    app, other = two_workstations(tmp_path)
    try:
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 12))["quota"])
        assert len(app.imports.enrol_batch(admin, registrations(range(1, 11)),
                                           quota).enrolled) == 10
        clerk = other.users.sign_in("admin", PASSWORD, "uji-02")
        row = worker_row(50)
        other.workers.register_worker(clerk, nik=row[0], name="Lain", sex="L",
                                      birth_date="1985-04-12", kecamatan="Tallo",
                                      kelurahan="Kalukuang", occupation="Nelayan")
        other.quotas.enrol(clerk, row[0], quota)  # takes one of the two seats left
        outcome = app.imports.enrol_batch(admin, registrations(range(11, 14)), quota)
        assert (len(outcome.enrolled), len(outcome.over_quota), outcome.free) == (1, 2, 0)
    finally:
        app.close()
        other.close()
