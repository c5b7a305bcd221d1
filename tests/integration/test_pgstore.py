"""The offline guard: a lost server is retried briefly, then reported as `store.offline`."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventsourcing.persistence import InterfaceError, OperationalError

from berjasa.bootstrap import open_store
from domain.errors import ConcurrencyError, StoreError
from infra.pgstore import OfflineGuard


def failing(times: int, error: Exception) -> tuple[list[int], Callable[[], str]]:
    calls: list[int] = []

    def call() -> str:
        calls.append(1)
        if len(calls) <= times:
            raise error
        return "tersimpan"

    return calls, call


def test_a_short_outage_is_ridden_out() -> None:
    calls, call = failing(2, OperationalError("server closed the connection"))
    assert OfflineGuard("pg", grace=30).run(call) == "tersimpan"
    assert len(calls) == 3


def test_a_long_outage_says_offline_in_the_users_language() -> None:
    _, call = failing(1000, InterfaceError("connection is closed"))
    with pytest.raises(StoreError) as offline:
        OfflineGuard("postgresql://kantor:5432/berjasa", grace=0).run(call)
    assert offline.value.code == "store.offline"
    assert "offline" in offline.value.message("id")
    assert "postgresql://kantor:5432/berjasa" in offline.value.message("en")


def test_a_lock_wait_that_times_out_is_a_busy_server_not_an_outage() -> None:
    _, call = failing(1, OperationalError("canceling statement due to lock timeout"))
    with pytest.raises(ConcurrencyError) as busy:
        OfflineGuard("pg", grace=30).run(call)
    assert busy.value.code == "concurrency.busy"


def test_a_server_that_does_not_answer_cannot_be_opened() -> None:
    with pytest.raises(StoreError) as offline:
        open_store("postgresql://postgres@127.0.0.1:9/test")
    assert offline.value.code == "store.offline"
