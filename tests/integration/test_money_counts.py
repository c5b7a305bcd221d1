"""The quotas' member counts kept in the read models (`rm_money`, issue 21) on hand-made
histories whose counts are known: written as events arrive, equal to the count over
rm_enrolment (the oracle) and to a rebuild's, on every kind of store."""

from __future__ import annotations

from datetime import date
from typing import Any

from domain.model.common import Stamp
from domain.money import month_of
from domain.services.app import Berjasa
from domain.services.session import Session
from projections import money, open_read_models
from projections.sqlstore import open_sqlite_memory
from tests.conftest import enrol_from
from tests.factories import worker_fields
from tests.opening import confirmed


def kept(models: Any) -> list[tuple[str, str, str, int, int]]:
    return sorted((str(q), str(k), str(p), int(m), int(n)) for q, k, p, m, n in
                  models.database.query("SELECT quota, kind, programme, month, n FROM rm_money"))


def assert_as_counted(models: Any) -> None:
    database = models.database
    quotas = {q["quota"]: tuple(q["programmes"]) for q in money.quota_rows(database)}
    found = money.stored_counts(database)
    assert found is not None
    counted = money._count_members(database, quotas)
    for code in {*found, *counted}:
        mine, theirs = found.get(code, money._Counts()), counted.get(code, money._Counts())
        for part in ("bundle", "programme", "members"):
            assert ({k: v for k, v in getattr(mine, part).items() if v}
                    == {k: v for k, v in getattr(theirs, part).items() if v}), (code, part)


def test_counts_follow_enrolments_and_equal_a_rebuild(app: Berjasa, admin: Session) -> None:
    quota = confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 10))["quota"]
    niks = [app.workers.register_worker(admin, **worker_fields(i + 1))["nik"] for i in range(3)]
    models = open_read_models(app.application)
    try:
        enrol_from(app, admin, niks[0], quota, date(2026, 1, 1))
        enrol_from(app, admin, niks[1], quota, date(2026, 3, 1))
        models.catch_up()
        january, march, next_year = (month_of(d) for d in (
            date(2026, 1, 1), date(2026, 3, 1), date(2027, 1, 1)))
        # Whole-bundle difference counts: +1 at each first month, -2 after December.
        assert kept(models) == [(quota, "b", "", january, 1), (quota, "b", "", march, 1),
                                (quota, "b", "", next_year, -2)]
        app.quotas.terminate(admin, niks[1], quota, "error", end=date(2026, 4, 30))
        models.catch_up()
        may = month_of(date(2026, 5, 1))
        assert kept(models) == [(quota, "b", "", january, 1), (quota, "b", "", march, 1),
                                (quota, "b", "", may, -1), (quota, "b", "", next_year, -1)]
        assert_as_counted(models)
        figures = models.quota_money(date(2026, 6, 30))[quota]
        # Worker 1: January to June; worker 2: March and April.
        assert figures["member_months"] == 6 + 2
        incremental = kept(models)
        models.rebuild()
        assert kept(models) == incremental
    finally:
        models.close()


def test_a_quota_opened_after_enrolments_naming_it_recounts_them(
        app: Berjasa, admin: Session) -> None:
    """An enrolment naming a quota the read models do not know is counted programme by
    programme; once that quota is opened it is a whole-bundle member (never in a sound
    log, where a quota is opened before anyone is enrolled in it; counted all the same)."""
    first = confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 10))["quota"]
    later = first[:-2] + "02"  # the code the next quota of the year gets
    nik = app.workers.register_worker(admin, **worker_fields(1))["nik"]
    worker = app.workers.worker_by_nik(nik)
    worker.enrol(later, ["JKK", "JKM"], date(2026, 2, 1), date(2026, 12, 31),
                 Stamp("admin", "uji-01", ""))
    app.application.save(worker)
    models = open_read_models(app.application)
    try:
        models.catch_up()
        assert {kind for _q, kind, *_rest in kept(models)} == {"p", "m"}
        assert_as_counted(models)
        assert confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 10))["quota"] == later
        models.catch_up()
        february, next_year = month_of(date(2026, 2, 1)), month_of(date(2027, 1, 1))
        assert kept(models) == [(later, "b", "", february, 1), (later, "b", "", next_year, -1)]
        assert_as_counted(models)
        incremental = kept(models)
        models.rebuild()
        assert kept(models) == incremental
    finally:
        models.close()


def test_read_models_without_the_counts_are_counted_at_query_time() -> None:
    """Read models of an older version (served while new ones are built) have no rm_money:
    their figures are counted from rm_enrolment as before."""
    database = open_sqlite_memory()
    try:
        with database.batch() as writer:
            writer.execute("CREATE TABLE rm_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        assert money.stored_counts(database) is None
    finally:
        database.close()
