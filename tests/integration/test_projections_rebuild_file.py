"""A rebuild of a SQLite file's read models: the next events read while a batch commits,
the coverage tallied from the rows in memory (or, when the cache let some go, from the
table), both giving exactly the read models of the live path."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from projections import LiveReadModels, coverage, open_read_models, rows
from projections.runner import Runner
from projections.schema import TABLES, clear_rows
from tests.integration.test_projections_properties import World, new_world
from tests.integration.test_projections_rebuild_paths import _every_kind_of_event

LIVE, BULK = 10, 60


def _dump(models: LiveReadModels) -> dict[str, list[tuple[Any, ...]]]:
    return {name: models.database.query(f"SELECT * FROM {name} ORDER BY 1, 2")
            for name in TABLES if name != "rm_meta"}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One history for the module (its tests write read models only, never events)."""
    folder = tmp_path_factory.mktemp("kantor")
    world = new_world(f"sqlite:///{(folder / 'kantor.db').as_posix()}")
    _every_kind_of_event(world)
    yield world
    world.app.close()


@pytest.fixture(scope="module")
def expected(world: World) -> dict[str, list[tuple[Any, ...]]]:
    """The read models made by the live path from empty: 10 events a transaction, every
    index in place, the coverage kept as it goes."""
    models = open_read_models(world.app.application)
    try:
        with models.database.batch() as writer:
            clear_rows(writer)
        models.runner._forget()
        models.runner.catch_up(batch=LIVE)
        assert models.position() == world.app.application.head_position()
        return _dump(models)
    finally:
        models.close()


def _rebuilt(world: World) -> tuple[dict[str, list[tuple[Any, ...]]], list[int]]:
    """The rebuilt read models, and how many events each batch found read ahead."""
    models = open_read_models(world.app.application)
    models.runner.batch_size, models.runner.bulk_batch = LIVE, BULK
    assert models.database.plain_file is not None
    used: list[int] = []
    take = models.runner._events_after

    def counted(after: int, limit: int) -> Any:
        ahead = models.runner._ahead
        found = take(after, limit)
        used.append(len(found) if ahead is not None and found is ahead.events else 0)
        return found

    models.runner._events_after = counted  # type: ignore[method-assign]
    try:
        models.rebuild()
        return _dump(models), used
    finally:
        models.close()


def test_a_rebuild_reads_ahead_while_committing_and_equals_the_live_path(
        world: World, expected: dict[str, list[tuple[Any, ...]]]) -> None:
    head = world.app.application.head_position()
    rebuilt, used = _rebuilt(world)
    assert rebuilt == expected
    assert len(rebuilt["rm_audit"]) == head
    # Every batch after the first took the events read while the one before committed.
    assert used[0] == 0 and sum(used) == head - BULK and all(used[1:-1])


def test_coverage_tallied_from_the_table_when_the_cache_let_members_go(
        world: World, expected: dict[str, list[tuple[Any, ...]]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rows, "CACHE_LIMIT", 3)  # the cache emptied after each batch
    tallied: list[str] = []
    real_pages, real_members = coverage.tally, coverage.tally_members
    monkeypatch.setattr(coverage, "tally", lambda pages: (tallied.append("table"),
                                                          real_pages(pages))[1])
    monkeypatch.setattr(coverage, "tally_members", lambda members: (
        tallied.append("cache"), real_members(members))[1])
    rebuilt, _ = _rebuilt(world)
    assert rebuilt == expected
    assert tallied[0] == "table"


def test_coverage_tallied_from_the_cache_on_a_whole_rebuild(
        world: World, expected: dict[str, list[tuple[Any, ...]]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    tallied: list[str] = []
    real_pages = coverage.tally
    monkeypatch.setattr(coverage, "tally", lambda pages: (tallied.append("table"),
                                                          real_pages(pages))[1])
    rebuilt, _ = _rebuilt(world)
    assert rebuilt == expected
    assert tallied == []  # every member came from the cache


def test_events_read_ahead_are_dropped_when_another_runner_applied_some(
        world: World, expected: dict[str, list[tuple[Any, ...]]]) -> None:
    models = open_read_models(world.app.application)
    try:
        with models.database.batch() as writer:  # both runners start from the first event
            clear_rows(writer)
        ours = models.runner
        ours._forget()
        other = Runner(world.app.application, models.database)
        ours.in_bulk = True
        first = ours.run_batch(BULK)
        assert ours._ahead is not None and ours._ahead.after == first.position
        assert ours._ahead.events[0].position == first.position + 1
        second = other.run_batch(LIVE)  # another process applies the next ten events
        assert second.position == first.position + LIVE
        third = ours.run_batch(BULK)
        assert third.applied == BULK  # from its tracked position, not from what it read
        assert third.position == second.position + BULK
        ours.in_bulk = False
        ours.catch_up(batch=LIVE)
        assert _dump(models) == expected  # no event applied twice, none skipped
    finally:
        models.close()
