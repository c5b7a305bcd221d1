"""A rebuild of a SQLite file's read models: the coverage tallied from the rows in memory
(or, when the cache let some go, from the table), both giving exactly the read models of
the live path."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from projections import LiveReadModels, coverage, open_read_models, rows
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


def _rebuilt(world: World) -> dict[str, list[tuple[Any, ...]]]:
    models = open_read_models(world.app.application)
    models.runner.batch_size, models.runner.bulk_batch = LIVE, BULK
    assert models.database.plain_file is not None
    try:
        models.rebuild()
        return _dump(models)
    finally:
        models.close()


def test_a_rebuild_of_a_file_equals_the_live_path(
        world: World, expected: dict[str, list[tuple[Any, ...]]]) -> None:
    rebuilt = _rebuilt(world)
    assert rebuilt == expected
    assert len(rebuilt["rm_audit"]) == world.app.application.head_position()


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
    rebuilt = _rebuilt(world)
    assert rebuilt == expected
    assert tallied[0] == "table"


def test_coverage_tallied_from_the_cache_on_a_whole_rebuild(
        world: World, expected: dict[str, list[tuple[Any, ...]]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    tallied: list[str] = []
    real_pages = coverage.tally
    monkeypatch.setattr(coverage, "tally", lambda pages: (tallied.append("table"),
                                                          real_pages(pages))[1])
    rebuilt = _rebuilt(world)
    assert rebuilt == expected
    assert tallied == []  # every member came from the cache
