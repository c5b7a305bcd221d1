"""`changes`: the figures at two recorded moments and the events that changed each, on a
hand-made history where every change is known."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from desktop.console.main import main
from domain.services.app import Berjasa
from domain.values import as_timestamp
from projections.changes import changes_between, compare
from tests.conftest import PASSWORD
from tests.event_clock import EventClock
from tests.factories import worker_fields

# Recorded moments (10:00 WITA of each day) and what each day recorded.
DAY_0, DAY_1, DAY_2 = "2026-02-01", "2026-03-02", "2026-04-01"


def history(app: Berjasa, clock: EventClock) -> dict[str, str]:
    """Day 0: the store, a quota of 5 seats, two workers (Panakkukang) enrolled.
    Day 1: a third worker (Tallo) registered and enrolled.
    Day 2: the first worker terminated (moved); a claim reported for the second."""
    clock.follow(app)
    clock.set(DAY_0)
    app.users.initialise_store("admin", PASSWORD, "uji")
    admin = app.users.sign_in("admin", PASSWORD, "uji")
    app.users.add_user(admin, "budi", "supervisor", PASSWORD)
    app.users.add_user(admin, "dewi", "auditor", PASSWORD)
    quota = app.quotas.open_quota(admin, 2026, ["JKK", "JKM"], 5, "APBD 2026")["quota"]
    # A second person confirms a new quota's opening (issue 23).
    app.quotas.decide_quota_opening(app.users.sign_in("budi", PASSWORD, "uji"), quota, True,
                                    "dikonfirmasi")
    niks = [app.workers.register_worker(admin, **worker_fields(i))["nik"] for i in (1, 2)]
    for nik in niks:
        app.quotas.enrol(admin, nik, quota, DAY_0)
    clock.set(DAY_1)
    third = app.workers.register_worker(admin, **worker_fields(3, kecamatan="Tallo",
                                                               kelurahan="Rappokalling"))["nik"]
    app.quotas.enrol(admin, third, quota, DAY_1)
    clock.set(DAY_2)
    app.quotas.terminate(admin, niks[0], str(quota), "moved", DAY_2, domicile="Kabupaten Gowa")
    app.claims.report_claim(admin, niks[1], "JKK", DAY_2)
    return {"quota": str(quota), "first": str(niks[0])}


@pytest.fixture
def recorded(tmp_path: Path, event_clock: EventClock) -> tuple[Berjasa, dict[str, str], str]:
    url = f"sqlite:///{(tmp_path / 'kantor.db').as_posix()}"
    app = open_store(url)
    facts = history(app, event_clock)
    return app, facts, url


def test_the_day_a_worker_was_added(recorded: tuple[Berjasa, dict[str, str], str]) -> None:
    app, facts, _url = recorded
    answer = changes_between(app.application, as_timestamp(f"{DAY_0}T12:00"),
                             as_timestamp(f"{DAY_1}T12:00"))
    figures = answer["figures"]
    assert figures["active_members"] == {"from": 2, "to": 3}
    assert figures["registered_workers"] == {"from": 2, "to": 3}
    assert figures["by_kecamatan"] == {"Tallo": {"from": 0, "to": 1}}
    assert figures["quotas"] == {facts["quota"]: {"from": {"seats": 5, "used": 2},
                                                  "to": {"seats": 5, "used": 3}}}
    assert "claims" not in figures and answer["by_time"] == []
    types = [e["type"] for e in answer["explained_by"]]
    assert types == ["Peserta.Registered", "Peserta.Enrolled", "Kuota.SeatsTaken"]
    assert all(e["actor"] == "admin" for e in answer["explained_by"])


def test_a_termination_and_a_claim(recorded: tuple[Berjasa, dict[str, str], str]) -> None:
    app, _facts, _url = recorded
    # On the day after the termination.
    answer = changes_between(app.application, as_timestamp(f"{DAY_1}T12:00"),
                             as_timestamp(f"{DAY_2}T12:00"), on=date(2026, 4, 2))
    figures = answer["figures"]
    assert figures["active_members"] == {"from": 3, "to": 2}
    assert figures["by_kecamatan"] == {"Panakkukang": {"from": 2, "to": 1}}
    assert list(figures["claims"].values()) == [{"from": 0, "to": 1}]
    explained = {e["type"]: e["figures"] for e in answer["explained_by"]}
    assert "active_members" in explained["Peserta.EnrolmentTerminated"]
    assert explained["Klaim.Reported"] == ["claims"]


def test_no_time_between_means_no_change(recorded: tuple[Berjasa, dict[str, str], str]) -> None:
    app, _facts, _url = recorded
    moment = as_timestamp(f"{DAY_1}T12:00")
    answer = changes_between(app.application, moment, moment)
    assert answer["figures"] == {} and answer["events"] == 0 and answer["explained_by"] == []


def test_compare_counts_a_missing_key_as_zero() -> None:
    assert compare({"n": {"a": 1}}, {"n": {"b": 2}}) == {
        "n": {"a": {"from": 1, "to": 0}, "b": {"from": 0, "to": 2}}}


def test_the_console_answers_and_refuses_a_reversed_period(
    recorded: tuple[Berjasa, dict[str, str], str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _app, _facts, url = recorded
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    base = ["--store", url, "--user", "dewi", "changes"]
    capsys.readouterr()
    assert main([*base, "--from", f"{DAY_0}T12:00", "--to", f"{DAY_1}T12:00", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["figures"]["active_members"] == {"from": 2, "to": 3}
    assert main([*base, "--from", f"{DAY_1}T12:00", "--to", f"{DAY_0}T12:00", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["error"] == "changes.order"
