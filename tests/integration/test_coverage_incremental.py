"""Cakupan kept incrementally (`rm_coverage`, `rm_coverage_gap`): overlapping quotas,
terminations, deaths, re-enrolment after a gap and moves give the figures a day-by-day
count over the workers' own aggregates gives, and the answers come from those tables."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from domain.model.common import PROGRAMMES
from domain.reference import segment_of
from domain.services.app import Berjasa
from domain.services.session import Session
from projections import LiveReadModels, open_read_models
from tests import coverage_oracle
from tests.conftest import enrol_from
from tests.factories import worker_fields
from tests.opening import confirmed

YEAR_START, YEAR_END = date(2026, 1, 1), date(2026, 12, 31)


@pytest.fixture
def models(app: Berjasa) -> Iterator[LiveReadModels]:
    read_models = open_read_models(app.application)
    yield read_models
    read_models.close()


def _quota(app: Berjasa, supervisor: Session, programmes: str, seats: int = 10) -> str:
    return str(confirmed(app,
                         app.quotas.open_quota(supervisor, 2026, programmes, seats,
                                               basis="DPA"))["quota"])


def _register(app: Berjasa, operator: Session, serial: int, **overrides: Any) -> str:
    return str(app.workers.register_worker(operator, **worker_fields(serial, **overrides))["nik"])


def _brute_force(app: Berjasa, niks: list[str], since: date, until: date,
                 by: str | None = None) -> dict[Any, dict[str, int]]:
    """Workers covered on at least one day of [since, until], from each worker's own
    aggregate, day by day (`Peserta.covered_on`), grouped by the attribute `by`."""
    found: dict[Any, dict[str, int]] = {}
    days = [since + timedelta(days=n) for n in range((until - since).days + 1)]
    for nik in niks:
        worker = app.workers.worker_by_nik(nik)
        covers = {p: any(worker.covered_on(p, day) for day in days) for p in PROGRAMMES}
        if any(covers.values()):
            group = found.setdefault(_value(worker, by),
                                     {"workers": 0, **dict.fromkeys(PROGRAMMES, 0)})
            group["workers"] += 1
            for programme, covered in covers.items():
                group[programme] += int(covered)
    return found


def _value(worker: Any, by: str | None) -> Any:
    if by is None:
        return None
    return segment_of(worker.occupation) if by == "segment" else getattr(worker, by)


def _counted(models: LiveReadModels, since: date, until: date,
             by: str | None = None) -> dict[Any, dict[str, int]]:
    rows = models.coverage_counts(since, until, (by,) if by else ())
    return {row[by] if by else None: {k: row[k] for k in ("workers", *PROGRAMMES)}
            for row in rows}


def _check_everything(app: Berjasa, models: LiveReadModels, niks: list[str]) -> None:
    models.catch_up()
    spans = [(YEAR_START, YEAR_END), (date(2026, 3, 10), date(2026, 3, 10)),
             (date(2026, 3, 11), date(2026, 5, 31)), (date(2026, 3, 1), date(2026, 6, 30)),
             (date(2026, 4, 10), date(2026, 4, 11)), (date(2026, 6, 1), date(2026, 6, 1))]
    for since, until in spans:
        for by in (None, "kecamatan", "segment"):
            assert _counted(models, since, until, by) == _brute_force(
                app, niks, since, until, by), (since, until, by)
    for by in (None, "kecamatan", "sex", "segment", "occupation", "agent", "kelurahan"):
        assert models.coverage_series(2026, by=by) == coverage_oracle.coverage_series(
            models.database, 2026, by)
    empty = models.database.scalar(
        "SELECT COUNT(*) FROM rm_coverage WHERE starts = 0 AND ends = 0")
    assert empty == 0  # rows back to zero are deleted, as a rebuild would not write them


def _scenario(app: Berjasa, operator: Session, supervisor: Session,
              models: LiveReadModels) -> list[str]:
    """Overlapping JKK+JKM and JHT quotas, a gap, a death, a termination and a move, each
    applied in its own batch so the incremental path (subtract old, add new) is used."""
    jkk, jht, again = (_quota(app, supervisor, p) for p in ("JKK,JKM", "JHT", "JKK,JKM"))
    niks = [_register(app, operator, n, sex="LP"[n % 2], kecamatan=k, kelurahan=kel)
            for n, (k, kel) in enumerate((("Panakkukang", "Pandang"), ("Tallo", "Tallo"),
                                          ("Mariso", "Lette"), ("Tallo", "Tallo")), start=1)]
    for nik in niks:
        enrol_from(app, operator, nik, jkk, start="2026-01-01")
        models.catch_up()
    enrol_from(app, operator, niks[0], jht, start="2026-03-01")       # overlaps JKK+JKM
    enrol_from(app, operator, niks[1], jht, start="2026-02-15")
    models.catch_up()
    app.quotas.terminate(operator, niks[0], jkk, "moved", end="2026-03-10", domicile="Gowa")
    models.catch_up()
    enrol_from(app, operator, niks[0], again, start="2026-06-01")     # JKK+JKM again after a gap
    models.catch_up()
    app.workers.record_death(operator, niks[1], "2026-04-10", "laporan keluarga")
    models.catch_up()
    app.quotas.terminate(operator, niks[2], jkk, "formal", end="2026-05-31", employer="PT Uji")
    app.workers.correct_worker(operator, niks[3], {"kecamatan": "Mariso", "kelurahan": "Lette",
                                                   "occupation": "Imam Masjid"}, "pindah")
    return niks


def test_coverage_follows_every_kind_of_change(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    niks = _scenario(app, operator, supervisor, models)
    _check_everything(app, models, niks)
    # The figures the scenario was written for, spelled out:
    assert _counted(models, YEAR_START, YEAR_END)[None] == {
        "workers": 4, "JKK": 4, "JKM": 4, "JHT": 2}          # the gap counts a worker once
    assert _counted(models, date(2026, 3, 11), date(2026, 5, 31))[None] == {
        "workers": 3, "JKK": 3, "JKM": 3, "JHT": 1}  # the first worker's JHT ended with JKK+JKM
    assert models.stats(date(2026, 4, 11))["by_programme"] == {"JKK": 2, "JKM": 2, "JHT": 0}
    assert models.stats(date(2026, 4, 11))["by_kecamatan"] == {"Mariso": 2}
    gaps = models.database.query("SELECT last_day, next_day, programme FROM rm_coverage_gap "
                                 "ORDER BY programme")
    assert gaps == [("2026-03-10", "2026-06-01", "ALL"),  # JHT ended with JKK+JKM
                    ("2026-03-10", "2026-06-01", "JKK"), ("2026-03-10", "2026-06-01", "JKM")]
    models.rebuild()
    _check_everything(app, models, niks)


def test_the_answers_come_from_the_coverage_tables(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels
) -> None:
    niks = _scenario(app, operator, supervisor, models)
    models.catch_up()
    before = (models.stats(date(2026, 4, 11)), models.coverage_series(2026, by="kecamatan"),
              models.coverage_counts(YEAR_START, YEAR_END, ("segment", "agent")))
    assert before[0]["active_members"] == 2
    with models.database.batch() as writer:
        writer.execute("DELETE FROM rm_enrolment")            # the query-time path's input
    assert (models.stats(date(2026, 4, 11)), models.coverage_series(2026, by="kecamatan"),
            models.coverage_counts(YEAR_START, YEAR_END, ("segment", "agent"))) == before
    with models.database.batch() as writer:
        writer.execute("DELETE FROM rm_coverage_gap")
    assert _counted(models, YEAR_START, YEAR_END)[None]["JKK"] == 5  # its JKK gap: twice
    with models.database.batch() as writer:
        writer.execute("DELETE FROM rm_coverage_month")       # the dashboard's roll-up
    assert models.coverage_series(2026) == []
    assert models.stats(date(2026, 4, 11))["active_members"] != 2
    with models.database.batch() as writer:
        writer.execute("DELETE FROM rm_coverage")
    assert models.coverage_counts(YEAR_START, YEAR_END, ("segment", "agent")) == []
    assert models.stats(date(2026, 4, 11))["active_members"] == 0
    models.rebuild()
    assert _counted(models, YEAR_START, YEAR_END) == _brute_force(app, niks, YEAR_START,
                                                                  YEAR_END)


def _coverage_rows(models: LiveReadModels) -> list[list[tuple[Any, ...]]]:
    return [models.database.query(f"SELECT * FROM {table} ORDER BY 1, 2, 3, 4, 5")
            for table in ("rm_coverage", "rm_coverage_month", "rm_coverage_gap")]


def test_a_rebuild_stopped_part_way_leaves_coverage_to_the_next_runner(
    app: Berjasa, operator: Session, supervisor: Session, models: LiveReadModels,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rebuild computes coverage once, at its end; one that dies after some batches (each
    committed) leaves a mark, and whichever runner applies the next batch recomputes it."""
    niks = _scenario(app, operator, supervisor, models)
    models.catch_up()
    expected = _coverage_rows(models)
    assert expected[0] and expected[2]
    runner = models.runner
    real_batch, batches = runner.run_batch, []

    def dies_after_two(limit: int) -> Any:
        if len(batches) == 2:
            raise KeyboardInterrupt  # as a kill would, after two committed batches
        batches.append(limit)
        return real_batch(5)  # small batches: the rebuild is cut half way

    monkeypatch.setattr(runner, "run_batch", dies_after_two)
    with pytest.raises(KeyboardInterrupt):
        models.rebuild()
    monkeypatch.undo()
    assert 0 < runner.position() < runner.head()
    assert _coverage_rows(models) != expected          # half a history, coverage pending
    with models.database.batch() as writer:
        assert writer.execute("SELECT value FROM rm_meta WHERE key = 'coverage_pending'")
    models.catch_up()
    assert _coverage_rows(models) == expected
    assert not models.database.query(
        "SELECT value FROM rm_meta WHERE key = 'coverage_pending'")
    _check_everything(app, models, niks)
