"""Read models far behind the log catch up the way a rebuild works (issue 21), and end equal
to the read models kept current event by event and to a rebuild."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from typing import Any

import pytest

from domain.errors import BerjasaError
from projections import LiveReadModels, coverage, open_read_models
from projections.schema import INDEXES, TABLES
from tests.integration.test_projections_properties import COMMANDS, World, new_world
from tests.integration.test_projections_rebuild_paths import _every_kind_of_event

LIVE = 10  # events per live batch here: "far behind" is more than 20 events
BULK = 60


def _dump(models: LiveReadModels) -> dict[str, list[tuple[Any, ...]]]:
    return {
        name: models.database.query(f"SELECT * FROM {name} ORDER BY 1, 2")
        for name in TABLES
        if name != "rm_meta"
    }


def _indexes(models: LiveReadModels) -> set[str]:
    rows = models.database.query("SELECT name FROM sqlite_master WHERE type = 'index'")
    return {str(name) for (name,) in rows} & set(INDEXES)


def _pending(models: LiveReadModels) -> bool:
    return bool(models.database.query("SELECT 1 FROM rm_meta WHERE key = 'coverage_pending'"))


@pytest.fixture
def world() -> Iterator[World]:
    world = new_world()
    _every_kind_of_event(world)
    yield world
    world.app.close()


def _opened(world: World) -> LiveReadModels:
    models = open_read_models(world.app.application)
    models.runner.batch_size, models.runner.bulk_batch = LIVE, BULK
    return models


def _watch(models: LiveReadModels) -> list[tuple[int, int, int]]:
    """(position, target, secondary indexes present) at each progress report."""
    seen: list[tuple[int, int, int]] = []
    models.add_progress_listener(
        lambda position, target: seen.append((position, target, len(_indexes(models))))
    )
    return seen


def test_a_first_catch_up_goes_in_bulk_and_equals_the_live_path_and_a_rebuild(world: World) -> None:
    head = world.app.application.head_position()
    live = _opened(world)
    live.runner.catch_up(batch=LIVE)  # the live path, 10 events a transaction
    expected = _dump(live)
    live.rebuild()
    assert _dump(live) == expected
    live.close()

    models = open_read_models(world.app.application)  # in-memory store: empty read models again
    models.runner.batch_size, models.runner.bulk_batch = LIVE, BULK
    seen = _watch(models)
    assert models.catch_up() == head
    assert seen[0] == (0, head, 0)  # announced before the first batch, indexes dropped
    assert [target for _, target, _ in seen[:-1]] == [head] * (len(seen) - 1)
    assert [position for position, _, _ in seen[1:-1]] == [*range(BULK, head, BULK), head]
    assert all(indexes == 0 for _, _, indexes in seen[:-1])
    assert seen[-1] == (-1, -1, len(INDEXES))  # ended: every index built again
    assert models.progress is None and not _pending(models)
    assert _dump(models) == expected
    models.close()


def test_half_way_behind_it_keeps_the_indexes_and_equals_a_rebuild(world: World) -> None:
    head = world.app.application.head_position()
    models = _opened(world)
    while models.position() < head * 2 // 3:  # two thirds in place, one third behind
        models.runner.run_batch(LIVE)
    seen = _watch(models)
    models.catch_up()
    assert models.position() == head
    assert len(seen) >= 3 and seen[-1][:2] == (-1, -1)
    # Big batches, but the rows already there keep their indexes and coverage.
    assert all(indexes == len(INDEXES) for _, _, indexes in seen)
    assert not _pending(models)
    caught_up = _dump(models)
    models.rebuild()
    assert _dump(models) == caught_up
    models.close()


def test_near_the_head_it_stays_on_the_live_path(world: World) -> None:
    head = world.app.application.head_position()
    models = _opened(world)
    while models.position() < head - 2 * LIVE:  # exactly two live batches behind at most
        models.runner.run_batch(LIVE)
    seen = _watch(models)
    models.catch_up()
    assert models.position() == head
    assert seen == []  # no bulk catch-up: nothing worth a progress bar


def test_after_a_write_the_gui_thread_catches_up_only_when_near(world: World) -> None:
    head = world.app.application.head_position()
    models = _opened(world)
    assert models.catch_up_if_near() is False  # far behind: left to the runner's thread
    assert models.position() == 0
    while models.position() < head - 2 * LIVE:
        models.runner.run_batch(LIVE)
    assert models.catch_up_if_near() is True
    assert models.position() == head
    models.close()


def test_pages_hear_of_a_bulk_catch_up_once_its_read_models_are_whole(world: World) -> None:
    """A page redrawn at a position published in bulk saw coverage still owed (the
    dashboard showed 0 active members) and was never told again: the position had not
    moved when the coverage was made at the end."""
    models = _opened(world)
    heard: list[tuple[int, bool, int]] = []
    models.add_listener(lambda position: heard.append(
        (position, _pending(models), len(_indexes(models)))))
    head = world.app.application.head_position()
    assert models.catch_up() == head
    assert heard == [(head, False, len(INDEXES))]
    models.close()


def test_a_bulk_catch_up_lets_its_cached_rows_go_and_the_live_path_reads_them_again(
        world: World) -> None:
    models = _opened(world)
    assert models.catch_up() == world.app.application.head_position()
    assert models.runner._cache.rows == {}  # not one row kept for the collector to walk
    for command in COMMANDS.values():  # events about the rows it let go
        with suppress(BerjasaError):
            command(world, 3)
    assert models.catch_up() > 0  # near the head: the live path
    caught_up = _dump(models)
    models.rebuild()
    assert _dump(models) == caught_up
    models.close()


def test_a_rebuild_in_memory_tallies_the_coverage_from_its_cached_members(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    models = _opened(world)
    models.runner.catch_up(batch=LIVE)  # the live path keeps the coverage as it goes
    expected = _dump(models)
    from_table: list[int] = []
    real = coverage.tally
    monkeypatch.setattr(coverage, "tally", lambda pages: (from_table.append(1), real(pages))[1])
    models.rebuild()
    assert from_table == []  # no member read back: the rebuild's cache held them all
    assert _dump(models) == expected
    models.close()
