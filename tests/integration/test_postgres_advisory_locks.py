"""The server lock on one hot aggregate (a quota's enrolments, an account's sign-ins:
`BerjasaApplication.serialised`) is the store's own: two stores in two schemas of one
PostgreSQL database no longer wait for each other, two sessions of one store still do, and
so does a workstation of the older version, which takes the aggregate id's key alone."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any
from uuid import UUID, uuid4

import psycopg
import pytest

from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from infra.pgstore import aggregate_lock_keys
from tests.conftest import POSTGRES_URL
from tests.pg_test import admin_connection, fresh_schema

pytestmark = pytest.mark.postgres
# A lock that should be free and is not fails the test in seconds, not the default 30.
LOCK_TIMEOUT = {"POSTGRES_LOCK_TIMEOUT": "5"}


class Office:
    """Two workstations of the store in `schema`, one of a store in another schema, and a
    plain connection that watches the server's locks (or plays an older version)."""

    def __init__(self, stack: ExitStack) -> None:
        first = stack.enter_context(fresh_schema(POSTGRES_URL))
        second = stack.enter_context(fresh_schema(POSTGRES_URL))
        self.schema = first["POSTGRES_SCHEMA"]
        self.first, self.again, self.other = (
            self._open(stack, env) for env in (first, first, second))
        self.server: psycopg.Connection[Any] = stack.enter_context(
            admin_connection(POSTGRES_URL))

    @staticmethod
    def _open(stack: ExitStack, env: dict[str, str]) -> Berjasa:
        app = open_store(POSTGRES_URL, extra_env={**env, **LOCK_TIMEOUT})
        stack.callback(app.close)
        return app

    def waits_for(self, key: int, session: threading.Thread) -> bool:
        """True once a session waits for the advisory lock `key`; False if `session`
        ended first (it got the lock, or failed)."""
        while session.is_alive():
            row = self.server.execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                " AND database = (SELECT oid FROM pg_database"
                "                 WHERE datname = current_database())"
                " AND classid::bigint = %s AND objid::bigint = %s AND objsubid = 1",
                ((key >> 32) & 0xFFFFFFFF, key & 0xFFFFFFFF)).fetchone()
            if row is not None and row[0]:
                return True
        return False

    def try_lock(self, key: int) -> bool:
        """What an older version's workstation gets when it asks for `key` (its only key)
        without waiting; released again at once."""
        row = self.server.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()
        got = bool(row and row[0])
        if got:
            self.server.execute("SELECT pg_advisory_unlock(%s)", (key,))
        return got


@pytest.fixture
def office() -> Iterator[Office]:
    with ExitStack() as stack:
        yield Office(stack)


def in_a_thread(app: Berjasa, key: UUID) -> tuple[threading.Thread, threading.Event]:
    """A session that takes `app`'s lock on `key` (and says when it got in)."""
    entered = threading.Event()

    def session() -> None:
        with app.application.serialised(key):
            entered.set()

    thread = threading.Thread(target=session)
    thread.start()
    return thread, entered


def quota() -> UUID:
    # A fresh id: other stores on the test server (other runs) never hold its lock.
    return uuid4()


def test_two_stores_never_wait_for_each_other_one_stores_sessions_do(office: Office) -> None:
    key = quota()
    own, _old = aggregate_lock_keys(office.schema, key)
    with office.first.application.serialised(key):
        with office.other.application.serialised(key):  # another schema: in at once
            pass
        thread, entered = in_a_thread(office.again, key)
        assert office.waits_for(own, thread)  # the same store's second session queues
        assert not entered.is_set()
    thread.join()
    assert entered.is_set()
    assert office.try_lock(own)  # every lock released with the block


def test_a_workstation_of_the_older_version_still_excludes(office: Office) -> None:
    key = quota()
    _own, old = aggregate_lock_keys(office.schema, key)
    office.server.execute("SELECT pg_advisory_lock(%s)", (old,))  # the old version holds it
    thread, entered = in_a_thread(office.first, key)
    assert office.waits_for(old, thread)
    assert not entered.is_set()
    office.server.execute("SELECT pg_advisory_unlock(%s)", (old,))
    thread.join()
    assert entered.is_set()
    with office.first.application.serialised(key):
        assert not office.try_lock(old)  # the old version waits for this one
        with office.other.application.serialised(key):  # another store of this version
            assert not office.try_lock(old)
    assert office.try_lock(old)


def test_the_old_key_is_the_ids_first_64_bits_and_each_schema_has_its_own() -> None:
    key = quota()
    own, old = aggregate_lock_keys("kantor", key)
    other_own, other_old = aggregate_lock_keys("kantor_lain", key)
    assert old == other_old == int.from_bytes(key.bytes[:8], "big", signed=True)
    assert len({own, other_own, old}) == 3
    assert aggregate_lock_keys("kantor", key) == (own, old)  # every session computes it
