"""FastJSONTranscoder writes exactly the bytes eventsourcing's JSONTranscoder writes."""

from __future__ import annotations

import enum
import threading
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
from eventsourcing.persistence import JSONTranscoder

from berjasa.bootstrap import open_store
from domain.demo import build_demo
from domain.model.common import Stamp
from domain.services.app import Berjasa
from infra.fastsave import FastJSONTranscoder


def transcoders() -> tuple[JSONTranscoder, FastJSONTranscoder]:
    app = open_store("memory:")
    plain, quick = JSONTranscoder(), FastJSONTranscoder()
    app.application.register_transcodings(plain)
    app.application.register_transcodings(quick)
    return plain, quick


def test_the_application_stores_with_the_quick_transcoder() -> None:
    assert type(open_store("memory:").application.mapper.transcoder) is FastJSONTranscoder


def test_every_event_of_a_demo_history_is_written_the_same() -> None:
    app: Berjasa = open_store("memory:")
    build_demo(app, 40, seed=7)
    plain, quick = transcoders()
    topics = set()
    for notification in app.application.recorder.select_notifications(1, 100_000):
        event = app.application.mapper.to_domain_event(notification)
        state = dict(vars(event))
        state.pop("originator_id")
        state.pop("originator_version")
        version = getattr(type(event), "class_version", 1)
        if version > 1:
            state["class_version"] = version
        assert quick.encode(state) == plain.encode(state) == notification.state
        topics.add(notification.topic)
    assert len(topics) > 30  # users, quotas, workers, claims, agreements, policies...


class Colour(enum.IntEnum):
    RED = 1


class Text(str):
    pass


class Unknown:
    pass


STAMP = Stamp("ani", "uji-02", "alasan \"kutip\" \\ é 😀")
VALUES: list[Any] = [
    {}, [], "", "ñ\u2028\x00\x1f", 0, -7, 2**70, True, False, None,
    {"a": [1, [2, {"b": None}]], "c": {}},
    {"when": datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC), "day": date(2026, 2, 3),
     "id": UUID(int=5), "amount": Decimal("12.50"), "stamp": STAMP,
     "stamps": [STAMP, STAMP], "nested": {"day": date(2026, 2, 3)}},
    {"ratio": 0.1}, {"nan": float("nan"), "inf": float("-inf")}, {"pair": (1, "x")},
    {"enum": Colour.RED}, {"text": Text("x")}, {1: "int key"}, {None: 1, True: 2, 2.5: 3},
    {"x": [(date(2026, 1, 1),)]}, {"texts": [Text("a"), "b", "c\"d"]},
    {"mixed": ["a", 1, None, date(2026, 1, 1)]}, ["a", STAMP],
]


@pytest.mark.parametrize("value", VALUES, ids=range(len(VALUES)))
def test_values_are_written_the_same(value: Any) -> None:
    plain, quick = transcoders()
    assert quick.encode(value) == plain.encode(value)
    assert quick.decode(quick.encode(value)) == plain.decode(plain.encode(value))


def test_what_neither_can_write_fails_the_same() -> None:
    plain, quick = transcoders()
    looped: dict[str, Any] = {}
    looped["self"] = looped
    for value in ({"x": Unknown()}, looped, {"s": "\ud800"}):
        with pytest.raises(Exception) as expected:
            plain.encode(value)
        with pytest.raises(type(expected.value)):
            quick.encode(value)


def test_a_remembered_value_is_written_for_itself_only() -> None:
    """Values written once per batch (the stamp, the dates) are remembered by identity:
    another equal-looking or different value is never given the last one's text."""
    plain, quick = transcoders()
    stamps = [Stamp("ani", "uji-02", f"alasan {n}") for n in range(200)]
    texts: dict[int, bytes] = {}

    def write(offset: int) -> None:
        for n in range(2000):
            stamp = stamps[(n * 7 + offset) % len(stamps)]
            assert quick.encode({"stamp": stamp}) == plain.encode({"stamp": stamp})
        texts[offset] = b"ok"

    threads = [threading.Thread(target=write, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(texts) == [0, 1, 2, 3]
