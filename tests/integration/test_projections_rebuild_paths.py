"""The rebuild's fast paths give exactly the read models of the plain ones.

- Events read as stored JSON (`EventView`) vs events decoded by eventsourcing's mapper.
- The log read ahead by a second process vs read by the runner itself.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest

from domain.errors import BerjasaError
from domain.store import open_store
from projections import open_read_models, readahead, runner
from projections.schema import TABLES
from tests.conftest import PASSWORD, fixed_clock
from tests.integration.test_projections_properties import COMMANDS, World, new_world


def _dump(models: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {name: models.database.query(f"SELECT * FROM {name} ORDER BY 1, 2")
            for name in TABLES if name != "rm_meta"}


def _every_kind_of_event(world: World) -> None:
    for seed in range(40):
        for command in COMMANDS.values():
            with suppress(BerjasaError):  # a refused command records nothing
                command(world, seed * 7 + len(world.niks))
    with suppress(BerjasaError):  # a failed sign-in: an event without a stamp
        world.app.sign_in("ani", "salah-sandi", "uji-09")


def test_events_read_as_stored_json_give_the_mappers_read_models() -> None:
    world = new_world()
    _every_kind_of_event(world)
    models = open_read_models(world.app)
    try:
        models.rebuild()
        fast = _dump(models)
        assert len(fast["rm_audit"]) == world.app.head_position()
        models.runner._decode.names = None  # every event through mapper.to_domain_event
        models.rebuild()
        assert _dump(models) == fast
    finally:
        models.close()
        world.app.close()


def test_a_rebuild_read_ahead_by_a_second_process_gives_the_same_read_models(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = fixed_clock(open_store(f"sqlite:///{(tmp_path / 'kantor.db').as_posix()}"))
    world = World(app, *_sessions(app))
    _every_kind_of_event(world)
    monkeypatch.setattr(runner, "REBUILD_BATCH", 64)  # several pages
    pages: list[int] = []
    next_page = readahead.ReadAhead.next_page

    def counted(self: readahead.ReadAhead, after: int) -> Any:
        page = next_page(self, after)
        pages.append(len(page or ()))
        return page

    monkeypatch.setattr(readahead.ReadAhead, "next_page", counted)
    models = open_read_models(app)
    try:
        assert readahead.can_read_ahead(app)
        models.runner.read_ahead_min = app.head_position() + 1  # one process
        assert models.rebuild() == app.head_position()
        alone = _dump(models)
        assert pages == []
        models.runner.read_ahead_min = 0
        assert models.rebuild() == app.head_position()
        assert _dump(models) == alone
        assert sum(pages) == app.head_position() and len(pages) > 2
    finally:
        models.close()
        app.close()


def test_read_ahead_gives_way_when_the_read_models_moved(tmp_path: Path) -> None:
    app = fixed_clock(open_store(f"sqlite:///{(tmp_path / 'kantor.db').as_posix()}"))
    app.initialise_store("admin", PASSWORD, "uji-01")
    ahead = readahead.ReadAhead(app, 0, 10)
    try:
        assert ahead.next_page(5) is None  # another runner applied up to 5 meanwhile
        assert ahead.finished
        assert ahead.next_page(0) is None
    finally:
        ahead.close()
        app.close()


def _sessions(app: Any) -> tuple[Any, Any, Any]:
    from domain.services.session import Session

    app.initialise_store("admin", PASSWORD, "uji-01")
    admin = Session("admin", "admin", "uji-01")
    app.add_user(admin, "ani", "operator", PASSWORD)
    app.add_user(admin, "budi", "supervisor", PASSWORD)
    return admin, Session("ani", "operator", "uji-02"), Session("budi", "supervisor", "uji-03")
