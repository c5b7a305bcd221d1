"""The read models' digest (issue 22): kept by the runner from the rows each batch changes,
it equals the digest of every row computed afresh, whatever the batch size, and a row
changed behind the runner's back makes the check name its table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from domain.demo import build_demo
from domain.services.app import Berjasa
from projections import digest, digester
from projections.runner import Runner
from projections.sqlstore import Database, open_sqlite_file, open_sqlite_memory
from projections.verify import derived_tables
from tests.conftest import fixed_clock


@pytest.fixture(scope="module")
def demo() -> Iterator[Berjasa]:
    """A varied history: users, quotas, enrolments, terminations, claims, MoU/PKS."""
    app = fixed_clock(open_store("memory:"))
    build_demo(app, 40, seed=5)
    yield app
    app.close()


def _recorded(database: Database) -> digest.Recorded:
    found = digest.read(database)
    assert found is not None
    return found


def _fresh(database: Database) -> dict[str, int]:
    with database.batch() as writer:
        return digest.compute(writer)


def test_every_derived_table_is_digested() -> None:
    assert sorted(digest.table_columns()) == sorted(derived_tables())


@pytest.mark.parametrize("batch", [1, 7, 500])
def test_the_kept_digest_equals_one_computed_from_every_row(demo: Berjasa, batch: int
                                                            ) -> None:
    database = open_sqlite_memory()
    runner = Runner(demo.application, database, batch_size=batch)
    runner.catch_up()
    recorded = _recorded(database)
    assert recorded.position == runner.position() == runner.head()
    assert recorded.tables == _fresh(database)
    assert all(recorded.tables[name] for name in ("rm_member", "rm_enrolment", "rm_audit",
                                                  "rm_coverage", "rm_claim"))
    result = digest.check_digest(database)
    assert (result.recorded, result.intact, result.tables) == (True, True, [])
    assert result.rows > 100
    # A rebuild computes it from every row at its end: the same sums.
    runner.rebuild()
    assert _recorded(database).tables == recorded.tables


def test_read_models_without_a_digest_are_reported_unchecked(demo: Berjasa) -> None:
    """Read models made before the digest existed: nothing to compare yet."""
    database = open_sqlite_memory()
    runner = Runner(demo.application, database, batch_size=50)
    runner.rebuild()
    with database.batch() as writer:
        writer.execute("DELETE FROM rm_meta WHERE key = ?", (digest.DIGEST_KEY,))
    assert digest.check_digest(database).recorded is False  # nothing recorded: unchecked
    runner.catch_up()  # nothing new: still none
    assert digest.read(database) is None


@pytest.mark.parametrize(("table", "change"), [
    ("rm_quota", "UPDATE rm_quota SET seats = seats + 1"),
    ("rm_member", "UPDATE rm_member SET name = 'Siti Palsu' WHERE rowid = 3"),
    ("rm_enrolment", "DELETE FROM rm_enrolment WHERE rowid = 1"),
    ("rm_coverage_month", "UPDATE rm_coverage_month SET starts = starts + 1 "
                          "WHERE month = (SELECT MIN(month) FROM rm_coverage_month)"),
    ("rm_audit", "UPDATE rm_audit SET actor = 'orang lain' WHERE position = 5"),
])
def test_a_doctored_row_is_caught_naming_its_table(demo: Berjasa, table: str, change: str
                                                  ) -> None:
    database = open_sqlite_memory()
    Runner(demo.application, database, batch_size=500).catch_up()
    with database.batch() as writer:
        writer.execute(change)
        assert writer.cursor.rowcount >= 1
    result = digest.check_digest(database)
    assert (result.recorded, result.intact, result.tables) == (True, False, [table])


@pytest.mark.parametrize("split", [0.3, 0.6, 0.9])
def test_a_runner_with_nothing_cached_takes_out_the_rows_old_values(
        demo: Berjasa, split: float) -> None:
    """Another process's runner (nothing cached) goes on where the first stopped: rows it
    puts without loading them (a policy fact, a user, a tariff written again) replace
    what the table holds, and the digest takes out those old values, not nothing."""
    database = open_sqlite_memory()
    first = Runner(demo.application, database, batch_size=500)
    first.run_batch(int(first.head() * split))
    Runner(demo.application, database, batch_size=13).catch_up()
    assert _recorded(database).tables == _fresh(database)
    assert digest.check_digest(database).intact is True


def test_rows_written_in_bulk_are_not_taken_out_at_their_values_from_before() -> None:
    """Rows a live batch loaded, then rewritten by a bulk catch-up (no digest kept
    meanwhile, computed whole at its end), are read again by the next live batch: the
    values it loaded before the bulk are stale."""
    from domain.demo import DEMO_PASSWORD
    from tests.factories import worker_fields

    app = fixed_clock(open_store("memory:"))
    build_demo(app, 12, seed=9)
    database = open_sqlite_memory()
    runner = Runner(app.application, database, batch_size=5)
    head = runner.head()
    while runner.position() < head // 4:
        runner.run_batch(5)
    first = str(database.scalar("SELECT nik FROM rm_member ORDER BY registered_at LIMIT 1"))
    runner.catch_up()  # far behind: in bulk, heavy
    assert _recorded(database).tables == _fresh(database)
    admin = app.users.sign_in("admin", DEMO_PASSWORD, "uji-01")
    app.workers.record_decile(admin, first, 7, "2026-11-01")  # a row loaded before the bulk
    for serial in (901, 902):
        nik = app.workers.register_worker(admin, **worker_fields(serial))["nik"]
        app.quotas.enrol(admin, nik, "KU-2026-01", start="2026-12-01")
    runner.catch_up()  # live again: the quota row and the others it had loaded
    assert _recorded(database).tables == _fresh(database)
    assert digest.check_digest(database).intact is True
    app.close()


def test_a_rebuild_with_the_digester_process_records_the_same_digest(
        demo: Berjasa, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """A rebuild of a read-model file sums the rows' digest in a second process
    (`projections.digester`, from 100,000 events; forced here for a small history) while
    it writes them: the recorded digest is that of every row, as the rebuild without it
    records."""
    monkeypatch.setattr(digester, "DIGESTER_FROM_EVENTS", 0)
    started: list[digester.Digester] = []
    real = digester.Digester

    def counted(path: Path) -> digester.Digester:
        started.append(real(path))
        return started[-1]

    monkeypatch.setattr(digester, "Digester", counted)
    database = open_sqlite_file(tmp_path / "read.sqlite3")
    runner = Runner(demo.application, database, batch_size=50, bulk_batch=97)
    runner.rebuild()
    assert len(started) == 1
    assert "digest helper" not in caplog.text  # summed by the helper, not after it failed
    recorded = _recorded(database)
    assert recorded.position == runner.head()
    assert recorded.tables == _fresh(database)
    assert all(recorded.tables[name] for name in ("rm_member", "rm_enrolment", "rm_audit",
                                                  "rm_coverage", "rm_claim"))
    database.close()


def test_a_failed_digester_leaves_the_digest_to_the_runner(
        demo: Berjasa, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """The helper process reports an error (here: the file it reads is not there): the
    runner sums every row itself, and the digest is still that of every row."""
    monkeypatch.setattr(digester, "DIGESTER_FROM_EVENTS", 0)
    database = open_sqlite_file(tmp_path / "read.sqlite3")
    monkeypatch.setattr(database, "plain_file", tmp_path / "missing.sqlite3")
    runner = Runner(demo.application, database, batch_size=50, bulk_batch=97)
    runner.rebuild()
    assert "the digest helper process failed" in caplog.text
    assert _recorded(database).tables == _fresh(database)
    database.close()
