"""Shared fixtures: an application on each kind of store, and a session for each role."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from berjasa.bootstrap import open_store
from domain.i18n import reset_language
from domain.services.app import Berjasa
from domain.services.session import Session
from tests import pg_test
from tests.event_clock import EventClock

PASSWORD = "rahasia-uji-123"

# The property tests check behaviour, not speed: no example is failed for the wall-clock
# time it took (Hypothesis's default deadline, 200 ms, then "Unreliable test timings" when
# the replay is faster) nor for slow input generation, both of which a loaded 2-core CI
# machine runs into. Loaded here, before the test modules build their own @settings on it.
settings.register_profile("berjasa", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("berjasa")
POSTGRES_URL = os.environ.get("BERJASA_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
TODAY = date(2026, 11, 21)


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("BERJASA_LANG", "id")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's store, keyring secrets or passwords."""
    isolate(monkeypatch, tmp_path)
    reset_language()


def isolate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The autouse isolation, also for module-scoped fixtures (they run before it)."""
    for name in (
        "BERJASA_STORE",
        "BERJASA_USER",
        "BERJASA_PASSWORD",
        "BERJASA_NEW_PASSWORD",
        "BERJASA_STORE_PASSWORD",
        "BERJASA_KEY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BERJASA_WORKSTATION", "uji-01")
    monkeypatch.setenv("BERJASA_LANG", "id")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    # Hashes record their own cost, so a cheaper one keeps fixtures fast without changing
    # any code path; tests of the production cost read domain.passwords directly.
    monkeypatch.setattr("domain.passwords._N", 2**10)
    # A failed sign-in's growing delay is product behaviour tested on its own (it records
    # the delays); elsewhere it would only make the suite slower.
    monkeypatch.setattr("domain.services.users.UserService.pause",
                        staticmethod(lambda _seconds: None))


def fixed_clock(app: Berjasa, today: date = TODAY) -> Berjasa:
    app.application.calendar = lambda: today
    app.application.clock = lambda: datetime(today.year, today.month, today.day, 2, tzinfo=UTC)
    return app


@contextlib.contextmanager
def recorded_on(app: Berjasa, day: date | str | None) -> Iterator[Berjasa]:
    """Record what follows as on `day` (the app's calendar; None: unchanged)."""
    if day is None:
        yield app
        return
    calendar = app.application.calendar
    when = day if isinstance(day, date) else date.fromisoformat(day)
    app.application.calendar = lambda: when
    try:
        yield app
    finally:
        app.application.calendar = calendar


def enrol_from(app: Berjasa, session: Session, nik: str, quota: str,
               start: date | str | None = None, **options: object) -> dict[str, object]:
    """Enrol as a clerk does on the day coverage starts: recorded on `start`. Most tests'
    starts lie before their fixed today, and coverage never starts before the day it was
    recorded unless a supervisor enrols retroactively (issue 16)."""
    with recorded_on(app, start):
        return app.quotas.enrol(session, nik, quota, start, **options)  # type: ignore[arg-type]


def make_store_url(kind: str, tmp_path: Path) -> str:
    if kind == "postgres":
        return POSTGRES_URL
    return "memory:" if kind == "memory" else f"sqlite:///{(tmp_path / 'uji.db').as_posix()}"


@pytest.fixture
def postgres_schema() -> Iterator[dict[str, str]]:
    """A fresh, empty PostgreSQL schema for one test, dropped after; the store's extra env."""
    with pg_test.fresh_schema(POSTGRES_URL) as env:
        yield env


@pytest.fixture(params=["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Berjasa]:
    """A fresh, initialised application with admin `admin`, on each kind of store.

    The PostgreSQL variant gets its own schema (dropped after) and a pool of one connection.
    """
    with contextlib.ExitStack() as stack:
        extra = (stack.enter_context(pg_test.fresh_schema(POSTGRES_URL))
                 if request.param == "postgres" else {})
        application = fixed_clock(open_store(make_store_url(request.param, tmp_path),
                                             extra_env=extra))
        stack.callback(application.close)
        application.users.initialise_store("admin", PASSWORD, "uji-01")
        yield application


@pytest.fixture
def admin(app: Berjasa) -> Session:
    return app.users.sign_in("admin", PASSWORD, "uji-01")


def _user(app: Berjasa, admin: Session, name: str, role: str) -> Session:
    app.users.add_user(admin, name, role, PASSWORD)
    return app.users.sign_in(name, PASSWORD, "uji-02")


@pytest.fixture
def operator(app: Berjasa, admin: Session) -> Session:
    return _user(app, admin, "ani", "operator")


@pytest.fixture
def supervisor(app: Berjasa, admin: Session) -> Session:
    return _user(app, admin, "budi", "supervisor")


@pytest.fixture
def supervisor2(app: Berjasa, admin: Session) -> Session:
    return _user(app, admin, "citra", "supervisor")


@pytest.fixture
def auditor(app: Berjasa, admin: Session) -> Session:
    return _user(app, admin, "dewi", "auditor")


@pytest.fixture
def event_clock(monkeypatch: pytest.MonkeyPatch) -> EventClock:
    """The time events are recorded at, under the test's control (see tests.event_clock)."""
    return EventClock(monkeypatch)
