"""A digest of every derived read-model table, kept by the runner beside its position
(issue 22).

Reports, `stats` and every list read the read models; someone who edits the read-model
file changes what they print. `projections.verify` proves the read models by replaying the
log (minutes on a big store); this digest lets `audit verify` and the Audit page first
catch a doctored read model in the time of one scan, without a replay.

The digest of a table is a sum, modulo 2**128, over its rows, so it is kept up to date
from the rows a batch changes alone (never a scan of the table on the live path):

- a table of rows: the sum of a 128-bit BLAKE2b hash of each row's values (a changed row
  takes its old hash out and its new one in; the old values are those the batch loaded
  from the table, else read by key);
- a table of counters (coverage): the sum of each count times a hash of its key and
  column, so a batch adds its count changes times the same hashes, whatever the rows held.

The runner records the sums with the position it committed, in `rm_meta` (one row, in
the batch's transaction). A rebuild or a replay computes them once at its end, from every
row (like the coverage); a read model that has none yet (made before this digest existed)
is digested whole by the first batch that applies events.

What it proves: the rows equal those the runner wrote, unless whoever changed them also
recomputed the digest (it is not keyed: it lives in the same file). That is why `audit
verify` still replays the log and compares every row after this check.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from hashlib import blake2b
from typing import Any, TypedDict

from projections import coverage, money
from projections.personal import opened_as_found
from projections.rows import ROW_TABLES
from projections.sqlstore import Database, Writer

# Every table of counters (coverage, the quotas' member counts): key columns and counts.
COUNTER_TABLES = {**coverage.COUNTER_TABLES, **money.COUNTER_TABLES}
MODULUS = 1 << 128
DIGEST_KEY = "digest"  # the rm_meta row: {"position": n, "tables": {table: hex}}
_SCAN_PAGE = 5_000
_SEPARATOR = "\x1f"


def table_columns() -> dict[str, tuple[str, ...]]:
    """Every digested table's columns in the order the runner writes them."""
    return {**ROW_TABLES, **{name: (*key, *counts)
                             for name, (key, counts) in COUNTER_TABLES.items()}}


# --- hashing ------------------------------------------------------------------------------


def spelled(value: object, null: str = "\x00") -> str:
    """One spelling for a value that is not text, whether the runner holds it or a
    database (SQLite or PostgreSQL) returns it: an int column read back as text spells
    the same. `null` spells None (the verifier shows "∅")."""
    if value is None:
        return null
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _joined(values: Iterable[Any]) -> bytes:
    # Text (most values) is taken as it is; the rest through _text (a call per value was
    # half the digest's cost on the live path).
    return _SEPARATOR.join([v if v.__class__ is str else spelled(v) for v in values]).encode()


def row_hash(values: Sequence[Any]) -> int:
    return int.from_bytes(blake2b(_joined(values), digest_size=16).digest(), "big")


@lru_cache(maxsize=1 << 16)
def counter_weights(key: tuple[Any, ...]) -> tuple[int, int]:
    """Two independent 128-bit weights for a counter row's key, one per count column (a
    coverage row has at most two): one change cannot cancel another within a row. Cached:
    the same days and groups come back in batch after batch."""
    found = blake2b(_joined(key), digest_size=32).digest()
    return int.from_bytes(found[:16], "big"), int.from_bytes(found[16:], "big")


@dataclass
class Delta:
    """What one batch changed, per table: added to the recorded sums at commit."""

    sums: dict[str, int] = field(default_factory=dict)

    def row(self, table: str, old: Sequence[Any] | None, new: Sequence[Any] | None) -> None:
        change = (row_hash(new) if new is not None else 0) - (
            row_hash(old) if old is not None else 0)
        if change:
            self.sums[table] = (self.sums.get(table, 0) + change) % MODULUS

    def rows(self, table: str, added: Iterable[Sequence[Any]]) -> None:
        total = sum(map(row_hash, added))
        if total:
            self.sums[table] = (self.sums.get(table, 0) + total) % MODULUS

    def removed(self, table: str, rows: Iterable[Sequence[Any]]) -> None:
        total = sum(map(row_hash, rows))
        if total:
            self.sums[table] = (self.sums.get(table, 0) - total) % MODULUS

    def counters(self, table: str, changes: dict[tuple[str, ...], list[int]]) -> None:
        width = len(COUNTER_TABLES[table][1])
        total = 0
        for key, values in changes.items():
            weights = counter_weights(key)
            for index in range(width):
                if values[index]:
                    total += weights[index] * values[index]
        if total:
            self.sums[table] = (self.sums.get(table, 0) + total) % MODULUS

    def clear(self) -> None:
        self.sums.clear()


# --- recording ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    position: int
    tables: dict[str, int]


def read(writer: Writer | Database) -> Recorded | None:
    """The digest the runner recorded, or None (none yet, or a rebuild owes it)."""
    text = "SELECT value FROM rm_meta WHERE key = ?"
    found = (writer.execute(text, (DIGEST_KEY,)) if isinstance(writer, Writer)
             else writer.query(text, (DIGEST_KEY,)))
    if not found:
        return None
    body = json.loads(found[0][0])
    return Recorded(int(body["position"]),
                    {name: int(value, 16) for name, value in body["tables"].items()})


def forget(writer: Writer) -> None:
    """No digest until one is computed from every row (a rebuild has started, or the
    coverage was recomputed wholesale)."""
    writer.execute("DELETE FROM rm_meta WHERE key = ?", (DIGEST_KEY,))


def commit(writer: Writer, delta: Delta | None, position: int) -> None:
    """Record the digest at `position`, in the batch's transaction: the recorded sums plus
    `delta`, or (no delta, or none recorded) the sums of every row as they now are."""
    recorded = read(writer) if delta is not None else None
    if recorded is None or delta is None:
        tables = compute(writer)
    else:
        tables = {name: (recorded.tables.get(name, 0) + delta.sums.get(name, 0)) % MODULUS
                  for name in table_columns()}
    record(writer, tables, position)
    if delta is not None:
        delta.clear()


def record(writer: Writer, tables: dict[str, int], position: int) -> None:
    """Record `tables` (every table's sum, as `compute` gives them) at `position`."""
    body = {"position": position, "tables": {name: format(value, "x")
                                             for name, value in tables.items()}}
    forget(writer)
    writer.execute("INSERT INTO rm_meta (key, value) VALUES (?, ?)",
                   (DIGEST_KEY, json.dumps(body, sort_keys=True)))


def counter_sums(written: dict[str, dict[tuple[str, ...], list[int]]]) -> dict[str, int]:
    """The sums of counter tables holding exactly the counts `written` (by table, as
    `coverage.recompute` returns them): what `table_sum` would find, without the scan."""
    delta = Delta()
    for table, changes in written.items():
        delta.counters(table, changes)
    return {table: delta.sums.get(table, 0) for table in written}


# --- computing from the rows ---------------------------------------------------------------


def compute(writer: Writer) -> dict[str, int]:
    """Every table's sum over its rows as they are (one scan of each table)."""
    return {name: table_sum(writer, name) for name in table_columns()}


def table_sum(writer: Writer, table: str) -> int:
    columns = table_columns()[table]
    total = 0
    if table in COUNTER_TABLES:
        width = len(COUNTER_TABLES[table][0])
        for record in _scan(writer, table, columns):
            weights = counter_weights(tuple(record[:width]))
            for index, value in enumerate(record[width:]):
                if value:
                    total += weights[index] * int(value)
    else:
        for record in _scan(writer, table, columns):
            total += row_hash(record)
    return total % MODULUS


def _scan(writer: Writer, table: str, columns: tuple[str, ...]) -> Iterator[tuple[Any, ...]]:
    cursor = writer.cursor
    cursor.execute(f"SELECT {', '.join(columns)} FROM {table}")
    codec = writer.database.codec
    while page := cursor.fetchmany(_SCAN_PAGE):
        if codec is None:
            yield from page
        else:  # sealed personal columns: the digest is of the values (`projections.personal`)
            yield from (opened_as_found(codec, table, columns, row) for row in page)


# --- checking -----------------------------------------------------------------------------


class DigestFacts(TypedDict):
    """`DigestResult` as plain values (printed by `audit verify --json`)."""

    recorded: bool
    intact: bool
    position: int
    tables: list[str]
    rows: int


@dataclass(frozen=True)
class DigestResult:
    """`intact` when every table's rows sum to what the runner recorded at `position`;
    else `tables` lists those that do not. `recorded` is False when the read models hold
    no digest yet (nothing was compared)."""

    recorded: bool
    intact: bool
    position: int
    tables: list[str]
    rows: int

    def to_dict(self) -> DigestFacts:
        return DigestFacts(recorded=self.recorded, intact=self.intact, position=self.position,
                           tables=list(self.tables), rows=self.rows)


def check_digest(database: Database) -> DigestResult:
    """Compare the recorded digest with the rows, in one locked transaction (the runner
    does not write meanwhile, so the rows are those of the recorded position)."""
    with database.batch() as writer:
        recorded = read(writer)
        if recorded is None:
            return DigestResult(False, True, 0, [], 0)
        found = compute(writer)
        rows = sum(int(writer.execute(f"SELECT COUNT(*) FROM {name}")[0][0])
                   for name in found)
    differing = [name for name, value in found.items()
                 if recorded.tables.get(name) != value]
    return DigestResult(True, not differing, recorded.position, differing, rows)
