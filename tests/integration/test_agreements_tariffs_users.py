from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from domain.errors import (
    AuthenticationError,
    PermissionDeniedError,
    RuleViolationError,
    StoreError,
    ValidationError,
)
from domain.model.perjanjian import agreement_status
from domain.services.app import Berjasa
from domain.services.session import Session
from tests.conftest import PASSWORD, make_store_url
from tests.opening import confirmed

PARTIES = ["BPJS Ketenagakerjaan Cabang Makassar", "Pemerintah Kota Makassar"]


def _mou(app: Berjasa, who: Session, number: str = "MOU/01/2025", valid_to: str = "2027-12-31"):
    return app.agreements.register_agreement(
        who,
        number,
        "MOU",
        "Perlindungan pekerja rentan",
        PARTIES,
        "2025-01-10",
        "2025-01-10",
        valid_to,
    )


@pytest.mark.parametrize(
    ("day", "status"),
    [
        (date(2024, 12, 31), "belum_berlaku"),
        (date(2025, 6, 1), "aktif"),
        (date(2026, 10, 3), "perlu_diperpanjang"),
        (date(2026, 12, 31), "perlu_diperpanjang"),
        (date(2027, 1, 1), "kedaluwarsa"),
    ],
)
def test_agreement_status_is_derived_from_dates(day: date, status: str) -> None:
    assert agreement_status(date(2025, 1, 1), date(2026, 12, 31), None, day) == status


def test_terminated_status_wins_from_its_date() -> None:
    assert (
        agreement_status(date(2025, 1, 1), date(2026, 12, 31), date(2025, 6, 1), date(2025, 6, 1))
        == "diakhiri"
    )


def test_register_renew_and_list(app: Berjasa, supervisor: Session, operator: Session) -> None:
    mou = _mou(app, supervisor, valid_to="2026-12-31")
    assert (mou["status"], mou["days_left"]) == ("perlu_diperpanjang", 40)
    with pytest.raises(RuleViolationError) as duplicate:
        _mou(app, supervisor)
    assert duplicate.value.code == "mou.exists"
    app.agreements.propose_renewal(supervisor, "MOU/01/2025", "2029-12-31", "usulan Disnaker")
    with pytest.raises(RuleViolationError) as refused:
        app.agreements.renew_agreement(supervisor, "MOU/01/2025", "2026-06-30")
    assert refused.value.code == "mou.renewal_not_after"
    renewed = app.agreements.renew_agreement(supervisor, "MOU/01/2025", "2029-12-31", "2026-11-20",
                                             "ADD/1")
    assert renewed["status"] == "aktif" and renewed["renewals"][0]["reference"] == "ADD/1"
    assert [a["number"] for a in app.agreements.list_agreements(operator)] == ["MOU/01/2025"]
    with pytest.raises(PermissionDeniedError) as refused:
        _mou(app, operator, "MOU/02/2025")
    assert refused.value.code == "permission.denied"


def test_pks_refers_to_quotas(app: Berjasa, supervisor: Session) -> None:
    quota = confirmed(app, app.quotas.open_quota(supervisor, 2026, "JKK,JKM", 100))["quota"]
    pks = app.agreements.register_agreement(
        supervisor,
        "PKS/7/2026",
        "PKS",
        "Kuota 2026",
        PARTIES,
        "2026-01-05",
        "2026-01-01",
        "2026-12-31",
        quotas=[quota],
        parent="MOU/01/2025",
    )
    assert pks["quotas"] == [quota] and pks["parent"] == "MOU/01/2025"


@pytest.mark.parametrize(
    ("kind", "parties", "valid_to", "code"),
    [
        ("NOTA", PARTIES, "2026-12-31", "mou.kind"),
        ("MOU", PARTIES[:1], "2026-12-31", "mou.parties"),
        ("MOU", PARTIES, "2024-12-31", "mou.period_order"),
    ],
)
def test_agreement_inputs_are_checked(
    app: Berjasa, supervisor: Session, kind: str, parties: list[str], valid_to: str, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        app.agreements.register_agreement(
            supervisor, "X/1", kind, "perihal", parties, "2025-01-01", "2025-01-01", valid_to
        )
    assert refused.value.code == code


def test_tariffs_are_dated_data(app: Berjasa, admin: Session, operator: Session) -> None:
    assert app.tariffs.monthly_cost_of("JKK,JKM", "2026-01-01") == 16800
    assert app.tariffs.monthly_cost_of("JKK,JKM,JHT", "2026-01-01") == 36800
    app.tariffs.set_tariff(admin, "JKM", "2027-01-01", 7200, "PP (uji) 2026")
    assert app.tariffs.monthly_cost_of("JKM", "2026-12-01") == 6800
    assert app.tariffs.monthly_cost_of("JKM", "2027-01-01") == 7200
    with pytest.raises(PermissionDeniedError) as refused:
        app.tariffs.set_tariff(operator, "JKM", "2027-01-01", 7200, "x")
    assert refused.value.code == "permission.denied"
    with pytest.raises(ValidationError) as refused:
        app.tariffs.set_tariff(admin, "JKM", "2027-01-01", 0, "x")
    assert refused.value.code == "tariff.amount"


def test_passwords_are_never_stored_in_clear(app: Berjasa, admin: Session) -> None:
    app.users.add_user(admin, "eka", "operator", "kata-sandi-eka")
    stored = b"".join(n.state for n in app.application.recorder.select_notifications(1, 1000))
    assert b"kata-sandi-eka" not in stored and PASSWORD.encode() not in stored


def test_sign_in_refuses_wrong_passwords_and_locks_after_five(app: Berjasa, admin: Session) -> None:
    app.users.add_user(admin, "fajar", "operator", PASSWORD)
    for _ in range(5):
        with pytest.raises(AuthenticationError) as wrong:
            app.users.sign_in("fajar", "salah", "ws")
        assert wrong.value.code == "auth.failed"
    with pytest.raises(AuthenticationError) as locked:
        app.users.sign_in("fajar", PASSWORD, "ws")
    assert locked.value.code == "auth.failed"  # locked: the same answer as a wrong password
    later = app.application.clock() + timedelta(minutes=16)
    app.application.clock = lambda: later
    assert app.users.sign_in("fajar", PASSWORD, "ws").role == "operator"
    events = [e["event"] for e in app.history.history(admin) if e["aggregate_type"] == "Pengguna"]
    assert events.count("SignInFailed") == 5 and "LockedOut" in events


def test_unknown_user_and_bad_names(app: Berjasa, admin: Session) -> None:
    with pytest.raises(AuthenticationError) as refused:
        app.users.sign_in("tidakada", PASSWORD, "ws")
    assert refused.value.code == "auth.failed"
    for bad in ("A", "nama dengan spasi", "x" * 40):
        with pytest.raises(ValidationError) as refused:
            app.users.add_user(admin, bad, "operator", PASSWORD)
        assert refused.value.code == "user.name_invalid"
    with pytest.raises(ValidationError) as refused:
        app.users.add_user(admin, "gita", "raja", PASSWORD)
    assert refused.value.code == "user.role_unknown"
    with pytest.raises(ValidationError) as refused:
        app.users.add_user(admin, "gita", "operator", "pendek")
    assert refused.value.code == "user.password_weak"


def test_password_change_and_admin_reset(app: Berjasa, admin: Session) -> None:
    app.users.add_user(admin, "hana", "operator", PASSWORD)
    hana = app.users.sign_in("hana", PASSWORD, "ws")
    app.users.change_password(hana, PASSWORD, "sandi-baru-hana")
    with pytest.raises(AuthenticationError) as refused:
        app.users.sign_in("hana", PASSWORD, "ws")
    assert refused.value.code == "auth.failed"
    app.users.reset_password(admin, "hana", "sandi-reset-123")
    assert app.users.sign_in("hana", "sandi-reset-123", "ws").username == "hana"
    with pytest.raises(PermissionDeniedError) as refused:
        app.users.reset_password(hana, "admin", "ambil-alih-123")
    assert refused.value.code == "permission.denied"


def test_the_last_admin_stays_an_admin(app: Berjasa, admin: Session) -> None:
    with pytest.raises(RuleViolationError) as refused:
        app.users.change_role(admin, "admin", "operator")
    assert refused.value.code == "user.last_admin"
    with pytest.raises(RuleViolationError) as refused:
        app.users.set_user_active(admin, "admin", False)
    assert refused.value.code == "user.last_admin"


def test_initialising_twice_is_refused(app: Berjasa) -> None:
    with pytest.raises(StoreError) as refused:
        app.users.initialise_store("lain", PASSWORD, "ws")
    assert refused.value.code == "store.exists"


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_a_store_is_initialised_once_its_directory_is_recorded(kind: str,
                                                               tmp_path: Path) -> None:
    # Asked of the stored events (no aggregate loaded): a new store is not, until `init`.
    app = open_store(make_store_url(kind, tmp_path))
    try:
        assert not app.application.is_initialised()
        with pytest.raises(StoreError) as refused:
            app.application.directory()
        assert refused.value.code == "store.not_initialised"
        app.users.initialise_store("admin", PASSWORD, "uji-01")
        assert app.application.is_initialised()
        assert app.application.directory().users == ["admin"]
    finally:
        app.close()


def test_timestamps_are_utc(app: Berjasa, admin: Session) -> None:
    first = next(app.history.history(admin))
    moment = datetime.fromisoformat(first["time"])
    assert moment.tzinfo is not None and moment.utcoffset() == UTC.utcoffset(None)


def test_a_reader_sees_full_niks_as_its_role_allows(app: Berjasa, admin: Session,
                                                     operator: Session,
                                                     auditor: Session) -> None:
    # One reading of the role decides both whether it may read and what it sees.
    assert app.history.authorise_read_models(admin).full_nik
    assert app.history.authorise_read_models(operator).full_nik
    assert not app.history.authorise_read_models(auditor).full_nik
    app.users.set_user_active(admin, auditor.username, False)
    with pytest.raises(PermissionDeniedError) as refused:
        app.history.authorise_read_models(auditor)
    assert refused.value.code == "permission.denied"
