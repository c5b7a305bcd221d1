"""Events read as stored JSON (`EventView`) give exactly the read models of events decoded
by eventsourcing's mapper."""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from domain.errors import BerjasaError
from projections import open_read_models
from projections.schema import TABLES
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
