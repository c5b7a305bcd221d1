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
        world.app.users.sign_in("ani", "salah-sandi", "uji-09")
    app, admin = world.app, world.admin  # policy facts and exports (dates, a dict field)
    app.policies.record_regulation(admin, "Perwali", "12", "2023-03-01",
                                   "Perlindungan pekerja rentan")
    app.policies.revoke_regulation(admin, "Perwali", "12", "diganti Perwali 3/2025")
    app.policies.allocate_budget(admin, 2026, 5_000_000_000, "DPA 2026")
    app.policies.record_budget_payment(admin, 2026, 1_250_000_000, "2026-02-10", "SP2D-001",
                                       "Triwulan I")
    app.policies.record_workforce(admin, 2026, 250_000, "BPS")
    app.policies.set_coverage_target(admin, 2026, "45.5", "RPJMD")
    app.policies.record_head_of_office(admin, "Andi Baso", "197001012000031001")
    app.exports.record_export(admin, "csv", "Daftar peserta", 12, {"kecamatan": "Tallo"})


def test_events_read_as_stored_json_give_the_mappers_read_models() -> None:
    world = new_world()
    _every_kind_of_event(world)
    models = open_read_models(world.app.application)
    try:
        models.rebuild()
        fast = _dump(models)
        assert len(fast["rm_audit"]) == world.app.application.head_position()
        models.runner._decode.names = None  # every event through mapper.to_domain_event
        models.rebuild()
        assert _dump(models) == fast
    finally:
        models.close()
        world.app.close()
