"""Rows of the read models held in memory while a batch of events is applied.

A batch loads the rows its events touch (once), changes them in Python, and writes the
changed ones back in the batch's transaction together with the tracking position. The
rows stay cached between batches only while nobody else wrote the read models (the
runner checks the tracking position it last wrote before trusting the cache).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from projections.coverage import State, coverage_state, write_changes
from projections.coverage import covered_to as covered_to  # re-exported: handlers
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

    def upsert_sql(self) -> str:
        names = ", ".join(self.columns)
        marks = ", ".join("?" for _ in self.columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in self.columns if c not in self.key)
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


class RowCache:
    """Rows by (table, key); `None` remembers that a row does not exist."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, tuple[Any, ...]], Row | None] = {}
        self.dirty: dict[tuple[str, tuple[Any, ...]], Table] = {}
        self.audit: list[tuple[Any, ...]] = []
        self.enrolments_changed: set[str] = set()
        # Each member changed in this batch: its coverage contribution before the batch
        # (None: a new worker), so the flush can subtract it (`projections.coverage`).
        self.coverage_before: dict[str, State | None] = {}
        # A rebuild or a replay computes coverage once at its end (`coverage.recompute`).
        self.defer_coverage = False

    def get(self, writer: Writer, table: Table, *key: Any) -> Row | None:
        slot = (table.name, key)
        if slot not in self.rows:
            found = writer.execute(table.select_sql(), key)
            self.rows[slot] = table.from_record(found[0]) if found else None
        return self.rows[slot]

    def put(self, table: Table, row: Row) -> Row:
        slot = table.slot(row)
        if (table is MEMBER and not self.defer_coverage
                and row["worker_id"] not in self.coverage_before):
            previous = self.rows.get(slot)
            self.coverage_before[row["worker_id"]] = (coverage_state(previous)
                                                      if previous else None)
        self.rows[slot] = row
        self.dirty[slot] = table
        return row

    def touch(self, table: Table, row: Row) -> None:
        """Mark `row` changed; called before a handler changes it."""
        if (table is MEMBER and not self.defer_coverage
                and row["worker_id"] not in self.coverage_before):
            self.coverage_before[row["worker_id"]] = coverage_state(row)
        self.dirty[table.slot(row)] = table

    def flush(self, writer: Writer) -> None:
        by_table: dict[str, tuple[Table, list[tuple[Any, ...]]]] = {}
        for slot, table in self.dirty.items():
            row = self.rows[slot]
            assert row is not None
            by_table.setdefault(table.name, (table, []))[1].append(table.to_params(row))
        for table, params in by_table.values():
            writer.executemany(table.upsert_sql(), params)
        self._flush_enrolments(writer)
        self._flush_coverage(writer)
        writer.executemany(
            f"INSERT INTO rm_audit ({', '.join(AUDIT_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in AUDIT_COLUMNS)})", self.audit)
        self.dirty.clear()
        self.audit.clear()
        self.enrolments_changed.clear()
        self.coverage_before.clear()
        if len(self.rows) > CACHE_LIMIT:
            self.rows.clear()

    def _flush_enrolments(self, writer: Writer) -> None:
        workers = sorted(self.enrolments_changed)
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

    def _flush_coverage(self, writer: Writer) -> None:
        after = {}
        for worker in self.coverage_before:
            member = self.rows[(MEMBER.name, (worker,))]
            assert member is not None
            after[worker] = coverage_state(member)
        write_changes(writer, self.coverage_before, after)

    def forget(self) -> None:
        """Drop every cached row (someone else may have written the read models)."""
        self.rows.clear()
        self.dirty.clear()
        self.audit.clear()
        self.enrolments_changed.clear()
        self.coverage_before.clear()


def enrolment_params(worker: str, seq: int, enrolment: Row) -> tuple[Any, ...]:
    programmes = enrolment["programmes"]
    return (worker, seq, enrolment["quota"], int("JKK" in programmes),
            int("JKM" in programmes), int("JHT" in programmes), enrolment["start"],
            enrolment["until"], enrolment["end"], covered_to(enrolment),
            enrolment["end_reason"])


