"""Rows of the read models held in memory while a batch of events is applied.

A batch loads the rows its events touch (once), changes them in Python, and writes the
changed ones back in the batch's transaction together with the tracking position. The
rows stay cached between batches only while nobody else wrote the read models (the
runner checks the tracking position it last wrote before trusting the cache).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Protocol

from projections.coverage import Changes, State, coverage_state, write_changes
from projections.coverage import covered_to as covered_to  # re-exported: handlers
from projections.money import (
    MONEY_TABLE,
    MoneyState,
    money_state,
    quota_programmes,
    recount,
    share_changes,
    write_counts,
)
from projections.personal import PersonalCodec, lookup_columns
from projections.sqlstore import Writer

Row = dict[str, Any]
CACHE_LIMIT = 150_000


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]
    columns: tuple[str, ...]
    json_columns: tuple[str, ...] = ()
    # Derived: the columns' values in one C call, and where the JSON ones are (to_params
    # runs for every changed row of a batch: ~100,000 member rows per 1M-event rebuild).
    _values: Any = field(init=False, repr=False, compare=False)
    _json_at: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        columns = self.columns
        getter = itemgetter(*columns)
        object.__setattr__(self, "_values", getter if len(columns) > 1
                           else (lambda row: (getter(row),)))
        object.__setattr__(self, "_json_at", tuple(
            index for index, column in enumerate(columns) if column in self.json_columns))

    def slot(self, row: Row) -> tuple[str, tuple[Any, ...]]:
        if len(self.key) == 1:
            return self.name, (row[self.key[0]],)
        return self.name, tuple(row[k] for k in self.key)

    def select_sql(self) -> str:
        where = " AND ".join(f"{k} = ?" for k in self.key)
        return f"SELECT {', '.join(self.columns)} FROM {self.name} WHERE {where}"

    def upsert_sql(self, sealed: bool = False) -> str:
        """With `sealed`, the look-up hashes follow the columns (`projections.personal`)."""
        columns = (*self.columns, *lookup_columns(self.name)) if sealed else self.columns
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in self.key)
        return (f"INSERT INTO {self.name} ({names}) VALUES ({marks}) "
                f"ON CONFLICT ({', '.join(self.key)}) DO UPDATE SET {updates}")

    def to_params(self, row: Row) -> tuple[Any, ...]:
        values: tuple[Any, ...] = self._values(row)
        if not self._json_at:
            return values
        params = list(values)
        for index in self._json_at:
            params[index] = json.dumps(params[index], ensure_ascii=False)
        return tuple(params)

    def sealed(self, params: tuple[Any, ...], codec: PersonalCodec) -> tuple[Any, ...]:
        """`params` as written where personal columns are sealed: those sealed, then the
        look-up hashes (`upsert_sql(sealed=True)`)."""
        return codec.seal_row(self.name, self.columns, params, self.row_key(params))

    def opened(self, record: tuple[Any, ...], codec: PersonalCodec) -> tuple[Any, ...]:
        return codec.open_row(self.name, self.columns, record, self.row_key(record))

    def row_key(self, values: tuple[Any, ...]) -> str:
        """The row's key as the text its sealed values are bound to."""
        return "|".join(str(values[self.columns.index(k)]) for k in self.key)

    def from_record(self, record: tuple[Any, ...]) -> Row:
        row = dict(zip(self.columns, record, strict=True))
        for column in self.json_columns:
            row[column] = json.loads(row[column])
        return row


MEMBER = Table(
    "rm_member", ("worker_id",),
    ("worker_id", "nik", "kk", "name", "name_key", "sex", "birth_date", "kecamatan", "kelurahan",
     "occupation", "segment", "decile", "decile_as_of", "agent", "disability", "dukcapil",
     "dukcapil_checked_on", "kpj", "died_on", "enrolled", "last_quota", "last_start",
     "last_covered_to", "registered_at", "enrolments", "cover_start", "cover_end", "gappy",
     "jkk", "jkm", "jht"),
    ("enrolments",),
)
QUOTA = Table(
    "rm_quota", ("aggregate_id",),
    ("aggregate_id", "code", "year", "programmes", "label", "basis", "seats", "used",
     "period_start", "period_end", "changes", "retroactive", "opening", "opened_by"),
    ("programmes", "changes"),
)
TARIFF = Table("rm_tariff", ("programme", "effective_from"),
               ("programme", "effective_from", "monthly_amount", "basis"))
CLAIM = Table(
    "rm_claim", ("aggregate_id",),
    ("aggregate_id", "code", "worker_id", "nik", "programme", "incident_date", "state", "documents",
     "reported_at", "submitted_on", "bpjs_reference", "amount_paid", "paid_on", "rejected_on",
     "rejection_reason", "outcome", "benefits", "proposed_amount", "masa_iur", "heir",
     "state_since"),
    ("documents", "benefits", "heir"),
)
BENEFIT_RULE = Table(
    "rm_benefit_rule", ("programme", "component", "effective_from"),
    ("programme", "component", "effective_from", "kind", "value", "basis", "status"),
)
AGREEMENT = Table(
    "rm_agreement", ("aggregate_id",),
    ("aggregate_id", "number", "kind", "subject", "parties", "signed_on", "valid_from", "valid_to",
     "programmes", "quotas", "parent", "renewals", "renewal_proposed_to", "terminated_on"),
    ("parties", "programmes", "quotas", "renewals"),
)
# Policy facts and the store's identity: (kind, key) → a small JSON body. Kinds: store,
# regulation, allocation, payment, workforce, target, head.
POLICY = Table("rm_policy", ("kind", "key"), ("kind", "key", "body"), ("body",))
USER = Table("rm_user", ("user_id",), ("user_id", "username", "full_name", "role", "active"))
DUPLICATE_REVIEW = Table("rm_duplicate_review", ("worker_id", "other_id"),
                         ("worker_id", "other_id", "decision"))
# The audit trail's narrow index: the envelope the filters need, the worker (and the NIK the
# line was about, which a later correction may have changed), a message code and its JSON
# parameters (`projections.audit_texts` words them), and the user's own reason.
AUDIT_COLUMNS = ("position", "recorded_at", "actor", "workstation", "event_type",
                 "aggregate_id", "worker_id", "nik", "code", "params", "reason")
ENROLMENT_COLUMNS = ("worker_id", "seq", "quota", "jkk", "jkm", "jht", "start_on", "until_on",
                     "end_on", "covered_to", "end_reason", "gappy")
# Each table of rows and its columns in the order the runner writes them (the digest's).
ROW_TABLES: dict[str, tuple[str, ...]] = {
    **{table.name: table.columns for table in (MEMBER, QUOTA, TARIFF, CLAIM, BENEFIT_RULE,
                                               AGREEMENT, POLICY, USER, DUPLICATE_REVIEW)},
    "rm_enrolment": ENROLMENT_COLUMNS,
    "rm_audit": AUDIT_COLUMNS,
}
Slot = tuple[str, tuple[Any, ...]]


class DigestSink(Protocol):
    """What a flush tells the read models' digest (`projections.digest.Delta`)."""

    def row(self, table: str, old: Sequence[Any] | None, new: Sequence[Any] | None
            ) -> None: ...
    def rows(self, table: str, added: Iterable[Sequence[Any]]) -> None: ...
    def removed(self, table: str, rows: Iterable[Sequence[Any]]) -> None: ...
    def counters(self, table: str, changes: Changes) -> None: ...
    def clear(self) -> None: ...


class RowCache:
    """Rows by (table, key); `None` remembers that a row does not exist.

    With a `digest`, a flush also tells it each row it changes, old and new values: the
    old ones are those `stored` holds (as loaded from, or last written to, the table),
    else read by key. A rebuild and a replay have none (they digest every row at the end).
    """

    def __init__(self) -> None:
        self.rows: dict[Slot, Row | None] = {}
        self.digest: DigestSink | None = None
        self.stored: dict[Slot, tuple[Any, ...] | None] = {}
        self.dirty: dict[tuple[str, tuple[Any, ...]], Table] = {}
        self.audit: list[tuple[Any, ...]] = []
        self.enrolments_changed: set[str] = set()
        # Each member changed in this batch: its coverage contribution before the batch
        # (None: a new worker), so the flush can subtract it (`projections.coverage`).
        self.coverage_before: dict[str, State | None] = {}
        # The same for its share of the quotas' member counts (`projections.money`).
        self.money_before: dict[str, MoneyState | None] = {}
        # Quotas opened in this batch: enrolments that named one before it existed count
        # differently now (never in a sound log; then the counts are recounted whole).
        self.quotas_opened: set[str] = set()
        # A rebuild or a replay computes coverage once at its end (`coverage.recompute`).
        self.defer_coverage = False
        # A checkpoint's tail drops most of its audit lines (the live read models lend
        # them): each line's recorded time and packed parameters are made only for those
        # written (`handlers.audit_line`, by whoever set this before flushing).
        self.defer_audit_texts = False

    def get(self, writer: Writer, table: Table, *key: Any) -> Row | None:
        slot = (table.name, key)
        if slot not in self.rows:
            found = writer.execute(table.select_sql(), key)
            record = opened(writer, table, found[0]) if found else None
            self.rows[slot] = table.from_record(record) if record is not None else None
            if self.digest is not None:
                self.stored[slot] = record
        return self.rows[slot]

    def put(self, table: Table, row: Row) -> Row:
        slot = table.slot(row)
        if (table is MEMBER and not self.defer_coverage
                and row["worker_id"] not in self.coverage_before):
            previous = self.rows.get(slot)
            self.coverage_before[row["worker_id"]] = (coverage_state(previous)
                                                      if previous else None)
            self.money_before[row["worker_id"]] = money_state(previous) if previous else None
        if table is QUOTA and not self.defer_coverage and slot not in self.rows:
            self.quotas_opened.add(str(row["code"]))
        self.rows[slot] = row
        self.dirty[slot] = table
        return row

    def rows_of(self, table: Table) -> list[Row]:
        """The cached rows of `table` (those known to exist)."""
        name = table.name
        return [row for (of, _key), row in self.rows.items() if of == name and row is not None]

    def touch(self, table: Table, row: Row) -> None:
        """Mark `row` changed; called before a handler changes it."""
        if (table is MEMBER and not self.defer_coverage
                and row["worker_id"] not in self.coverage_before):
            self.coverage_before[row["worker_id"]] = coverage_state(row)
            self.money_before[row["worker_id"]] = money_state(row)
        self.dirty[table.slot(row)] = table

    def flush(self, writer: Writer) -> None:
        if self.digest is None and self.stored:
            # Rows written without a digest (a bulk catch-up): what `stored` holds of them
            # is no longer in the table; the next digested flush reads them again.
            self.stored.clear()
        codec = writer.database.codec
        by_table: dict[str, tuple[Table, list[tuple[Any, ...]]]] = {}
        for slot, table in self.dirty.items():
            row = self.rows[slot]
            assert row is not None
            params = table.to_params(row)
            # Sealed on a shared server (`projections.personal`); the digest hashes the
            # values themselves, as a replay into plain tables holds them.
            written = params if codec is None else table.sealed(params, codec)
            by_table.setdefault(table.name, (table, []))[1].append(written)
            if self.digest is not None:
                self.digest.row(table.name, self._stored(writer, slot, table), params)
                self.stored[slot] = params
        for table, rows in by_table.values():
            writer.executemany(table.upsert_sql(codec is not None), rows)
        self._flush_enrolments(writer)
        self._flush_coverage(writer)
        self._flush_money(writer)
        self._flush_audit(writer, codec)
        if self.digest is not None:
            self.digest.rows("rm_audit", self.audit)
        self.dirty.clear()
        self.audit.clear()
        self.enrolments_changed.clear()
        self.coverage_before.clear()
        self.money_before.clear()
        self.quotas_opened.clear()
        if len(self.rows) > CACHE_LIMIT:
            self.rows.clear()
            self.stored.clear()

    def _stored(self, writer: Writer, slot: Slot, table: Table) -> tuple[Any, ...] | None:
        """The row's values in the table before this flush (a row put without being
        loaded, e.g. a new worker's, is looked up: it may be there all the same)."""
        if slot in self.stored:
            return self.stored[slot]
        found = writer.execute(table.select_sql(), slot[1])
        return opened(writer, table, found[0]) if found else None

    def _flush_audit(self, writer: Writer, codec: PersonalCodec | None) -> None:
        columns: tuple[str, ...] = AUDIT_COLUMNS
        lines = self.audit
        if codec is not None:
            columns = (*AUDIT_COLUMNS, *lookup_columns("rm_audit"))
            lines = [codec.seal_row("rm_audit", AUDIT_COLUMNS, line, str(line[0]))
                     for line in lines]
        writer.executemany(f"INSERT INTO rm_audit ({', '.join(columns)}) "
                           f"VALUES ({', '.join('?' for _ in columns)})", lines)

    def _flush_enrolments(self, writer: Writer) -> None:
        workers = sorted(self.enrolments_changed)
        if self.digest is not None:
            self.digest.removed("rm_enrolment", self._enrolments_of(writer, workers))
        writer.executemany("DELETE FROM rm_enrolment WHERE worker_id = ?", [(w,) for w in workers])
        rows = []
        for worker in workers:
            member = self.rows[(MEMBER.name, (worker,))]
            assert member is not None
            rows += [(*enrolment_params(worker, seq, e), member["gappy"])
                     for seq, e in enumerate(member["enrolments"])]
        writer.executemany(
            f"INSERT INTO rm_enrolment ({', '.join(ENROLMENT_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in ENROLMENT_COLUMNS)})", rows)
        if self.digest is not None:
            self.digest.rows("rm_enrolment", rows)

    @staticmethod
    def _enrolments_of(writer: Writer, workers: list[str]) -> list[tuple[Any, ...]]:
        select = (f"SELECT {', '.join(ENROLMENT_COLUMNS)} FROM rm_enrolment "
                  "WHERE worker_id = ?")
        return [row for worker in workers for row in writer.execute(select, (worker,))]

    def _flush_coverage(self, writer: Writer) -> None:
        after = {}
        for worker in self.coverage_before:
            member = self.rows[(MEMBER.name, (worker,))]
            assert member is not None
            after[worker] = coverage_state(member)
        changes = write_changes(writer, self.coverage_before, after)
        if self.digest is not None:
            for table, counts in changes.items():
                self.digest.counters(table, counts)

    def _flush_money(self, writer: Writer) -> None:
        if not self.money_before and not self.quotas_opened:
            return
        opened = sorted(self.quotas_opened)
        if opened and writer.execute(
                "SELECT 1 FROM rm_enrolment WHERE quota IN "
                f"({', '.join('?' for _ in opened)}) LIMIT 1", opened):
            changes = recount(writer)
        else:
            after = {}
            for worker in self.money_before:
                member = self.rows[(MEMBER.name, (worker,))]
                assert member is not None
                after[worker] = money_state(member)
            changes = share_changes(quota_programmes(writer), self.money_before, after)
            write_counts(writer, changes)
        if self.digest is not None:
            self.digest.counters(MONEY_TABLE, changes)

    def forget(self) -> None:
        """Drop every cached row (someone else may have written the read models)."""
        self.rows.clear()
        self.stored.clear()
        if self.digest is not None:
            self.digest.clear()
        self.dirty.clear()
        self.audit.clear()
        self.enrolments_changed.clear()
        self.coverage_before.clear()
        self.money_before.clear()
        self.quotas_opened.clear()


def opened(writer: Writer, table: Table, record: tuple[Any, ...]) -> tuple[Any, ...]:
    """A record read from `table`, its sealed values opened where they are sealed."""
    codec = writer.database.codec
    return record if codec is None else table.opened(tuple(record), codec)


def enrolment_params(worker: str, seq: int, enrolment: Row) -> tuple[Any, ...]:
    programmes = enrolment["programmes"]
    return (worker, seq, enrolment["quota"], int("JKK" in programmes),
            int("JKM" in programmes), int("JHT" in programmes), enrolment["start"],
            enrolment["until"], enrolment["end"], covered_to(enrolment),
            enrolment["end_reason"])


