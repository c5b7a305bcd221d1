"""The demo history obeys the issue 16 rules: every occupation in a known segment, no NIK
warning, every termination with its reason's details, no possible duplicate left."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from domain.demo import build_demo
from domain.nik import parse_nik
from domain.segments import UNKNOWN_SEGMENT, is_known_occupation, segment_of
from domain.services.app import Berjasa
from domain.services.lifecycle import DETAIL_FIELDS
from projections import open_read_models
from tests.conftest import fixed_clock


@pytest.fixture(scope="module")
def demo() -> Iterator[tuple[Berjasa, Any]]:
    app = fixed_clock(open_store("memory:"))
    build_demo(app, 200, seed=16)
    models = open_read_models(app.application)
    models.catch_up()
    yield app, models
    models.close()
    app.close()


def _events(app: Berjasa, suffix: str) -> Iterator[Any]:
    for _position, event in app.application.iter_events():
        if type(event).__qualname__ == suffix:
            yield event


def test_every_demo_occupation_maps_to_a_known_segment(demo: tuple[Berjasa, Any]) -> None:
    app, models = demo
    registered = list(_events(app, "Peserta.Registered"))
    assert len(registered) == 200
    for event in registered:
        assert is_known_occupation(event.occupation), event.occupation
        assert segment_of(event.occupation) != UNKNOWN_SEGMENT
    assert UNKNOWN_SEGMENT not in models.filter_options()["segment"]


def test_no_demo_nik_has_a_warning(demo: tuple[Berjasa, Any]) -> None:
    app, _models = demo
    for event in _events(app, "Peserta.Registered"):
        assert parse_nik(event.nik).warnings == (), event.nik


def test_every_demo_termination_records_its_reasons_details(
    demo: tuple[Berjasa, Any]
) -> None:
    app, _models = demo
    terminated = list(_events(app, "Peserta.EnrolmentTerminated"))
    assert terminated
    for event in terminated:
        needed = DETAIL_FIELDS.get(event.reason_code, ())
        if event.reason_code in ("formal", "moved"):
            assert event.details and set(event.details) <= set(needed)
        if event.reason_code == "duplicate":
            assert event.details["survivor_nik"]


def test_the_demo_leaves_no_possible_duplicate(demo: tuple[Berjasa, Any]) -> None:
    _app, models = demo
    assert models.possible_duplicates() == []
