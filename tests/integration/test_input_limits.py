"""Commands that either succeed or change nothing: every value is checked against the
bounds in `domain/data/batas-masukan.csv` before the first write (issue 22)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from domain.errors import BerjasaError
from domain.limits import BASIS, REASON, SEATS_MAX, calendar_bounds, limit
from domain.model.kuota import Kuota
from domain.model.tarif import months_between
from domain.services.app import Berjasa
from domain.services.permissions import Action
from domain.services.session import Session
from tests.conftest import PASSWORD, fixed_clock
from tests.opening import confirmed
from tests.security_helpers import run_console, table_dump


def _events(app: Berjasa) -> int:
    return app.application.recorder.max_notification_id() or 0


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"period_end": "9999-12-31"}, "date.out_of_range"),
    ({"period_start": "1899-12-31"}, "date.out_of_range"),
    ({"year": 2015, "period_start": "2014-12-01"}, "tariff.missing"),
    ({"period_end": "2028-01-31"}, "quota.period_too_long"),
    ({"seats": 1_000_001}, "number.too_large"),
    ({"basis": "x" * (limit(BASIS) + 1)}, "text.too_long"),
])
def test_a_poison_quota_is_refused_before_anything_is_saved(
        app: Berjasa, supervisor: Session, kwargs: dict[str, object], code: str) -> None:
    before = _events(app)
    arguments: dict[str, object] = {"year": 2026, "programmes": "JKK,JKM", "seats": 10,
                                    **kwargs}
    with pytest.raises(BerjasaError) as refused:
        confirmed(app, app.quotas.open_quota(supervisor, **arguments))  # type: ignore[arg-type]
    assert refused.value.code == code
    assert _events(app) == before
    assert app.quotas.list_quotas(supervisor) == []


def test_the_bounds_come_from_the_data_file() -> None:
    assert calendar_bounds() == (date(1900, 1, 1), date(2100, 12, 31))
    assert limit(REASON) == 500
    assert limit(SEATS_MAX) == 1_000_000


def test_a_reason_longer_than_the_limit_is_refused_before_saving(
        app: Berjasa, supervisor: Session, supervisor2: Session) -> None:
    code = confirmed(app, app.quotas.open_quota(supervisor, 2026, "JKK,JKM", 10))["quota"]
    before = _events(app)
    with pytest.raises(BerjasaError) as refused:
        app.quotas.propose_quota_change(supervisor, code, 5, "x" * 1500)
    assert refused.value.code == "text.too_long"
    with pytest.raises(BerjasaError) as refused_delta:
        app.quotas.propose_quota_change(supervisor, code, 1_000_001, "APBD-P")
    assert refused_delta.value.code == "number.too_large"
    assert _events(app) == before
    # Exactly the limit is accepted.
    app.quotas.propose_quota_change(supervisor, code, 5, "y" * limit(REASON))


def test_a_quota_stored_before_the_bounds_does_not_break_listings(
        app: Berjasa, supervisor: Session) -> None:
    """Poison already in the log (saved by an older version) is read without failing."""
    stamp = app.authoriser.authorise(supervisor, Action.OPEN_QUOTA)
    directory = app.application.directory()
    for code, start, end in (("KU-2026-01", date(2026, 1, 1), date(9999, 12, 31)),
                             ("KU-2015-01", date(2014, 12, 1), date(2015, 12, 31))):
        directory.list_quota(code, stamp)
        quota = Kuota(code=code, year=int(code[3:7]), programmes=["JKK", "JKM"], seats=10,
                      basis="", label="lama", period_start=start, period_end=end,
                      stamp=stamp)
        app.application.save(directory, quota)
    listed = {q["quota"]: q for q in app.quotas.list_quotas(supervisor)}
    assert listed["KU-2015-01"]["yearly_cost"] is None  # no 2014 tariff: unknown, not 0
    # Every month up to the calendar's very end, once each (a brute-force count).
    assert len(months_between(date(2026, 1, 1), date(9999, 12, 31))) == (9999 - 2026 + 1) * 12
    assert listed["KU-2026-01"]["monthly_cost_per_seat"] == 16800
    assert app.quotas.get_quota(supervisor, "KU-2015-01")["quota"] == "KU-2015-01"


def test_console_quota_open_to_9999_exits_1_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.db"
    app = fixed_clock(open_store(f"sqlite:///{path.as_posix()}"))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    app.close()
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    store = ["--store", f"sqlite:///{path.as_posix()}", "--user", "admin"]
    before = table_dump(path)
    status, _ = run_console(capsys, *store, "quota", "open", "--year", "2026",
                            "--programmes", "JKK,JKM", "--seats", "10", "--to", "9999-12-31")
    assert status == 1
    assert table_dump(path) == before
    status, listed = run_console(capsys, *store, "quota", "list")
    assert status == 0
    assert listed["quotas"] == []
