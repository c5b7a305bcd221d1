"""The fast save's contract (`infra.fastsave`): with it and without it (`BERJASA_FAST_SAVE=0`)
the store holds the same bytes, timestamps aside; the switch picks the application."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from eventsourcing.persistence import JSONTranscoder

from berjasa.bootstrap import build_demo, open_store
from domain.services.base import BerjasaApplication
from infra.fastsave import FAST_SAVE_ENV, FastBerjasa, FastJSONTranscoder, application_class
from tests.integration.test_import_bulk_events import (
    SHARED_IDS,
    TIMESTAMP,
    import_into,
    mixed_rows,
)
from tests.unit.importer.helpers import write_csv

# Salted at random: the one other field two histories differ in.
PASSWORD_HASH = re.compile(rb'"password_hash":"[^"]*"')


@pytest.mark.parametrize("value", ["0", "off", "No", " false "])
def test_the_switch_turns_the_fast_save_off(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FAST_SAVE_ENV, value)
    assert application_class() is BerjasaApplication
    app = open_store("memory:")
    assert type(app.application) is BerjasaApplication
    assert type(app.application.mapper.transcoder) is JSONTranscoder
    app.close()


@pytest.mark.parametrize("value", [None, "", "1", "on"])
def test_the_fast_save_is_on_unless_switched_off(
    value: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if value is None:
        monkeypatch.delenv(FAST_SAVE_ENV, raising=False)
    else:
        monkeypatch.setenv(FAST_SAVE_ENV, value)
    app = open_store("memory:")
    assert type(app.application) is FastBerjasa
    assert type(app.application.mapper.transcoder) is FastJSONTranscoder
    # The tables and the environment's prefixes.
    assert app.application.name == BerjasaApplication.name
    app.close()


def test_an_import_stores_the_same_bytes_with_and_without_the_fast_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = write_csv(tmp_path / "daftar.csv", mixed_rows())
    calls: list[str] = []
    fast, fast_result = import_into(tmp_path / "fast.db", data, bulk_events=True, calls=calls)
    monkeypatch.setenv(FAST_SAVE_ENV, "0")
    plain, plain_result = import_into(tmp_path / "plain.db", data, bulk_events=True,
                                      calls=calls)
    assert fast == plain
    assert fast_result == plain_result
    assert fast_result["enrolled"] == 23 and len(fast) > 3 * 23  # every fate of a row


def _history(path: Path) -> list[tuple[Any, ...]]:
    app = open_store(f"sqlite:///{path.as_posix()}")
    try:
        assert not app.application.store_info.get("encrypted")  # the bytes are the JSON itself
        app.application.ids = SHARED_IDS  # both stores derive the same (keyed) ids
        build_demo(app, 12, seed=3)
        rows = app.application.recorder.event_rows(0, 100_000)  # type: ignore[attr-defined]
        return [(r.position, r.originator_id, r.version, r.topic,
                 PASSWORD_HASH.sub(b"P", TIMESTAMP.sub(b"T", r.state))) for r in rows]
    finally:
        app.close()


def test_a_demo_history_is_stored_the_same_with_and_without_the_fast_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _history(tmp_path / "fast.db")
    monkeypatch.setenv(FAST_SAVE_ENV, "0")
    plain = _history(tmp_path / "plain.db")
    assert len({row[3] for row in fast}) > 20  # users, quotas, workers, claims, ...
    assert fast == plain
