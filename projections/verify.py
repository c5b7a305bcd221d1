"""Do the read models follow the log? (issue 22)

Reports, `stats` and every list read the read models, not the events; someone who edits
the read-model file (or a PostgreSQL read-model table) changes what they print. So the
read models are proved, like the chain, in two steps:

1. fast: the digest the runner recorded with its position (`projections.digest`) is
   compared with the digest of the rows as they are: one scan, no replay; a table edited
   behind the runner's back is named at once (`on_digest` hears it before step 2);
2. then the log is replayed into a temporary database up to the position the live read
   models claim to include, and every row of every table is compared. The first table and
   row that differ are named. This also catches an edit that recomputed the digest (it
   is not keyed: it lives in the same file).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, TypedDict

from eventsourcing.application import Application

from projections.digest import DigestFacts, DigestResult, check_digest, spelled
from projections.live import open_read_models
from projections.personal import checked_row, lookup_columns
from projections.runner import replay_into
from projections.schema import TABLES
from projections.sqlstore import Database, open_sqlite_memory

# Bookkeeping, not facts derived from events: which position each model includes.
NOT_DERIVED = ("rm_meta", "rm_tracking")
# How much of a differing row a result shows (a member row has 30 columns).
SHOWN_VALUES = 6


class ReadModelFacts(TypedDict):
    """`ReadModelResult` as plain values (printed by `audit verify --json`)."""

    intact: bool
    position: int
    tables: int
    rows: int
    table: str | None
    row: dict[str, str] | None
    problem: str | None
    digest: DigestFacts | None


@dataclass(frozen=True)
class ReadModelResult:
    """`intact` when every derived table equals its replay at `position`; otherwise
    `table` and `row` name the first difference: a row the live read models hold and the
    log does not give (`problem` "extra"), or one the log gives that they lack ("missing")."""

    intact: bool
    position: int
    tables: int
    rows: int
    table: str | None = None
    row: dict[str, str] | None = None
    problem: str | None = None
    # The fast check's result (`DigestResult.to_dict`); a digest that differs while every
    # row equals the replay is `problem` "digest" (the recorded digest itself was edited).
    digest: DigestFacts | None = None

    def to_dict(self) -> ReadModelFacts:
        return ReadModelFacts(
            intact=self.intact, position=self.position, tables=self.tables, rows=self.rows,
            table=self.table, row=None if self.row is None else dict(self.row),
            problem=self.problem,
            digest=None if self.digest is None else DigestFacts(**self.digest))

    def message_code(self) -> str:
        if self.intact:
            return "audit.read_models.intact"
        return "audit.read_models.digest" if self.problem == "digest" else (
            "audit.read_models.broken")

    def message_params(self) -> dict[str, object]:
        """The values a message shows, the row as `column=value, ...`."""
        row = ", ".join(f"{k}={v}" for k, v in (self.row or {}).items())
        return {**self.to_dict(), "row": row}


def verify_read_models(app: Application[Any], live: Any = None,
                       on_digest: Callable[[DigestResult], object] | None = None
                       ) -> ReadModelResult:
    """Bring the live read models (`live`, or those beside the store) up to the log's
    head, compare their recorded digest with their rows (told to `on_digest`), then replay
    the log into a temporary database up to the same position and compare them table by
    table."""
    models = live if live is not None else open_read_models(app)
    try:
        models.catch_up()
        sealed = check_digest(models.database)
        if on_digest is not None:
            on_digest(sealed)
        position = int(models.position())
        fresh = open_sqlite_memory()
        replay_into(app, fresh, datetime.now(UTC), through=position)
        result = compare_databases(models.database, fresh, position)
    finally:
        if live is None:
            models.close()
    result = replace(result, digest=sealed.to_dict())
    if result.intact and not sealed.intact:
        return replace(result, intact=False, table=sealed.tables[0], problem="digest")
    return result


def compare_databases(live: Database, fresh: Database, position: int) -> ReadModelResult:
    tables, rows = 0, 0
    for table in derived_tables():
        columns = _columns(fresh, table)
        wanted = Counter(_rows(fresh, table, columns))
        found = Counter(_rows(live, table, columns))
        tables, rows = tables + 1, rows + sum(wanted.values())
        if wanted != found:
            extra, missing = found - wanted, wanted - found
            problem, row = ("extra", min(extra)) if extra else ("missing", min(missing))
            other = extra if problem == "missing" else missing
            shown = _shown(columns, row, [r for r in other if r[0] == row[0]])
            return ReadModelResult(False, position, tables, rows, table, shown, problem)
    return ReadModelResult(True, position, tables, rows)


def _shown(columns: list[str], row: tuple[str, ...], counterparts: list[tuple[str, ...]]
           ) -> dict[str, str]:
    """The row's first columns (its key), then the columns where it differs from the
    row with the same key on the other side, if there is one."""
    values = dict(zip(columns, row, strict=True))
    if not counterparts:
        return dict(list(values.items())[:SHOWN_VALUES])
    other = dict(zip(columns, counterparts[0], strict=True))
    keys = columns[:2]
    differing = [c for c in columns if values[c] != other[c] and c not in keys]
    return {c: values[c] for c in [*keys, *differing[:SHOWN_VALUES]]}


def derived_tables() -> list[str]:
    return [name for name in TABLES if name not in NOT_DERIVED]


def _columns(database: Database, table: str) -> list[str]:
    return [str(row[1]) for row in database.query(f"PRAGMA table_info({table})")]


def _rows(database: Database, table: str, columns: list[str]) -> list[tuple[str, ...]]:
    codec = database.codec
    hashes = lookup_columns(table) if codec is not None else ()
    listed = ", ".join([*columns, *hashes])
    found = database.query(f"SELECT {listed} FROM {table}")
    if codec is not None:  # sealed personal columns: compared opened (`projections.personal`)
        width = len(columns)
        found = [checked_row(codec, table, columns, row[:width], row[width:]) for row in found]
    return [tuple(spelled(value, "∅") for value in row) for row in found]


