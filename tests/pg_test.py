"""The PostgreSQL test server: reachability (skip or fail) and one fresh schema per test.

On a machine without the server the PostgreSQL variants skip with a message; where
`BERJASA_REQUIRE_POSTGRES=1` (set by `.ci/run`) an unreachable server fails them instead.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest
from psycopg import sql

from infra.storeurl import parse_store_url

# One connection per test keeps hundreds of tests cheap; a second one for LISTEN or a
# projection runner.
TEST_POOL = {"POSTGRES_POOL_SIZE": "1", "POSTGRES_MAX_OVERFLOW": "2"}


def connect_kwargs(url: str) -> dict[str, Any]:
    address = parse_store_url(url)
    return {"host": address.host, "port": address.port, "user": address.user,
            "dbname": address.database, "connect_timeout": 3,
            "password": os.environ.get("BERJASA_TEST_POSTGRES_PASSWORD", "")}


@functools.cache
def unreachable_reason(url: str) -> str | None:
    """Why the server at `url` cannot be used, or None when it can (asked once per run)."""
    try:
        with psycopg.connect(**connect_kwargs(url)) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as error:
        return f"PostgreSQL {parse_store_url(url).label} unreachable: {error}".strip()
    return None


def require_server(url: str) -> None:
    reason = unreachable_reason(url)
    if reason is None:
        return
    if os.environ.get("BERJASA_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"{reason} (BERJASA_REQUIRE_POSTGRES=1: the PostgreSQL tests are "
                    "mandatory here)", pytrace=False)
    pytest.skip(f"{reason}; set BERJASA_TEST_POSTGRES to a server to run these tests")


def admin_connection(url: str) -> psycopg.Connection[Any]:
    return psycopg.connect(**connect_kwargs(url), autocommit=True)


@contextmanager
def fresh_schema(url: str) -> Iterator[dict[str, str]]:
    """A new empty schema; yields the store's extra env; drops it (CASCADE) after."""
    require_server(url)
    name = f"uji_{uuid.uuid4().hex[:16]}"
    with admin_connection(url) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
    try:
        yield {"POSTGRES_SCHEMA": name, **TEST_POOL}
    finally:
        with admin_connection(url) as conn:
            conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name)))
