"""The read models' tables (portable SQL: SQLite and PostgreSQL) and their version.

Dates are ISO `YYYY-MM-DD` text and recorded times `YYYY-MM-DDTHH:MM:SS.ffffff+00:00` text,
so they sort and compare as text on both databases. Lists and small dicts are JSON text.
When `SCHEMA_VERSION` changes, read models of the new version are built from the events
beside the old ones, which answer meanwhile, then take their place (`projections.upgrade`):
read models are derived data, never the record.
"""

from __future__ import annotations

from projections.personal import lookup_columns
from projections.sqlstore import Database, Writer

SCHEMA_VERSION = "13"  # 4: rm_audit keyed by the rowid on SQLite; 5: rm_coverage;
# 6: segments from domain.segments (synonyms; an unknown occupation in no segment);
# 7: claims' benefits, heir and follow-up; rm_benefit_rule (issue 18);
# 8: rm_quota.retroactive (issue 16); 9: rm_quota.opening, opened_by (issue 23);
# 10: rm_member.kk, the family card number (issue 15);
# 11: rm_audit keeps a message code and JSON parameters, not an Indonesian summary, and
#     no aggregate_type (the event type's prefix) (issues 14, 20)
# 12: rm_money, the quotas' member counts kept as events arrive (issue 21)
# 13: a death (Peserta.DeathRecorded version 2) ends every enrolment covering a later day
#     on the death (one starting later, or ended later, covered days after it: counted,
#     billed); a version 1 death replays as it was recorded

# Every read model; its tracking row says which event position it includes.
MODELS = ("keanggotaan", "kuota", "klaim", "perjanjian", "cakupan", "jejak_audit",
          "kebijakan")

TABLES: dict[str, str] = {
    "rm_meta": "key TEXT PRIMARY KEY, value TEXT NOT NULL",
    "rm_tracking": "model TEXT PRIMARY KEY, position BIGINT NOT NULL",
    "rm_member": (
        "worker_id TEXT PRIMARY KEY, nik TEXT NOT NULL, kk TEXT NOT NULL, "
        "name TEXT NOT NULL, name_key TEXT NOT NULL, sex TEXT NOT NULL, birth_date TEXT NOT NULL, "
        "kecamatan TEXT NOT NULL, kelurahan TEXT NOT NULL, occupation TEXT NOT NULL, "
        "segment TEXT NOT NULL, decile INTEGER, decile_as_of TEXT, agent TEXT NOT NULL, "
        "disability INTEGER NOT NULL, dukcapil TEXT NOT NULL, dukcapil_checked_on TEXT, "
        "kpj TEXT, died_on TEXT, enrolled INTEGER NOT NULL, last_quota TEXT, "
        "last_start TEXT, last_covered_to TEXT, registered_at TEXT NOT NULL, "
        "enrolments TEXT NOT NULL, cover_start TEXT, cover_end TEXT, gappy INTEGER NOT NULL, "
        "jkk INTEGER NOT NULL, jkm INTEGER NOT NULL, jht INTEGER NOT NULL"
    ),
    "rm_enrolment": (
        "worker_id TEXT NOT NULL, seq INTEGER NOT NULL, quota TEXT NOT NULL, "
        "jkk INTEGER NOT NULL, jkm INTEGER NOT NULL, jht INTEGER NOT NULL, "
        "start_on TEXT NOT NULL, until_on TEXT NOT NULL, end_on TEXT, "
        "covered_to TEXT NOT NULL, end_reason TEXT, gappy INTEGER NOT NULL, "
        "PRIMARY KEY (worker_id, seq)"
    ),
    # Coverage kept incrementally (projections.coverage): interval bounds and gaps.
    "rm_coverage": (
        "day TEXT NOT NULL, programme TEXT NOT NULL, kecamatan TEXT NOT NULL, "
        "kelurahan TEXT NOT NULL, occupation TEXT NOT NULL, segment TEXT NOT NULL, "
        "sex TEXT NOT NULL, agent TEXT NOT NULL, starts INTEGER NOT NULL, "
        "ends INTEGER NOT NULL, PRIMARY KEY (day, programme, kecamatan, kelurahan, "
        "occupation, segment, sex, agent)"
    ),
    "rm_coverage_month": (
        "month TEXT NOT NULL, programme TEXT NOT NULL, kecamatan TEXT NOT NULL, "
        "segment TEXT NOT NULL, sex TEXT NOT NULL, starts INTEGER NOT NULL, "
        "ends INTEGER NOT NULL, PRIMARY KEY (month, programme, kecamatan, segment, sex)"
    ),
    "rm_coverage_gap": (
        "last_day TEXT NOT NULL, next_day TEXT NOT NULL, programme TEXT NOT NULL, "
        "kecamatan TEXT NOT NULL, kelurahan TEXT NOT NULL, occupation TEXT NOT NULL, "
        "segment TEXT NOT NULL, sex TEXT NOT NULL, agent TEXT NOT NULL, n INTEGER NOT NULL, "
        "PRIMARY KEY (last_day, next_day, programme, kecamatan, kelurahan, occupation, "
        "segment, sex, agent)"
    ),
    # The quotas' member counts (projections.money): kept like coverage, so `stats` reads
    # them instead of counting every member's enrolments (and so does every as-of answer).
    "rm_money": (
        "quota TEXT NOT NULL, kind TEXT NOT NULL, programme TEXT NOT NULL, "
        "month INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (quota, kind, programme, month)"
    ),
    # Decisions on possible duplicates (issue 16): worker_id is a duplicate of other_id
    # ("duplicate"), or the two are different people ("distinct", one row each way).
    "rm_duplicate_review": (
        "worker_id TEXT NOT NULL, other_id TEXT NOT NULL, decision TEXT NOT NULL, "
        "PRIMARY KEY (worker_id, other_id)"
    ),
    "rm_quota": (
        "aggregate_id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, year INTEGER NOT NULL, "
        "programmes TEXT NOT NULL, "
        "label TEXT NOT NULL, basis TEXT NOT NULL, seats INTEGER NOT NULL, "
        "used INTEGER NOT NULL, period_start TEXT NOT NULL, period_end TEXT NOT NULL, "
        "changes TEXT NOT NULL, retroactive INTEGER NOT NULL, opening TEXT NOT NULL, "
        "opened_by TEXT NOT NULL"
    ),
    "rm_tariff": (
        "programme TEXT NOT NULL, effective_from TEXT NOT NULL, monthly_amount BIGINT NOT NULL, "
        "basis TEXT NOT NULL, PRIMARY KEY (programme, effective_from)"
    ),
    "rm_claim": (
        "aggregate_id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, worker_id TEXT NOT NULL, "
        "nik TEXT NOT NULL, "
        "programme TEXT NOT NULL, incident_date TEXT NOT NULL, state TEXT NOT NULL, "
        "documents TEXT NOT NULL, reported_at TEXT NOT NULL, submitted_on TEXT, "
        "bpjs_reference TEXT NOT NULL, amount_paid BIGINT NOT NULL, paid_on TEXT, "
        "rejected_on TEXT, rejection_reason TEXT NOT NULL, outcome TEXT NOT NULL, "
        "benefits TEXT NOT NULL, proposed_amount BIGINT, masa_iur INTEGER, heir TEXT NOT NULL, "
        "state_since TEXT NOT NULL"
    ),
    "rm_benefit_rule": (
        "programme TEXT NOT NULL, component TEXT NOT NULL, effective_from TEXT NOT NULL, "
        "kind TEXT NOT NULL, value BIGINT NOT NULL, basis TEXT NOT NULL, status TEXT NOT NULL, "
        "PRIMARY KEY (programme, component, effective_from)"
    ),
    "rm_agreement": (
        "aggregate_id TEXT PRIMARY KEY, number TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
        "subject TEXT NOT NULL, "
        "parties TEXT NOT NULL, signed_on TEXT NOT NULL, valid_from TEXT NOT NULL, "
        "valid_to TEXT NOT NULL, programmes TEXT NOT NULL, quotas TEXT NOT NULL, "
        "parent TEXT NOT NULL, renewals TEXT NOT NULL, renewal_proposed_to TEXT, "
        "terminated_on TEXT"
    ),
    "rm_policy": "kind TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, "
                 "PRIMARY KEY (kind, key)",
    "rm_user": (
        "user_id TEXT PRIMARY KEY, username TEXT NOT NULL, full_name TEXT NOT NULL, "
        "role TEXT NOT NULL, active INTEGER NOT NULL"
    ),
    "rm_audit": (
        "position BIGINT PRIMARY KEY, recorded_at TEXT NOT NULL, actor TEXT NOT NULL, "
        "workstation TEXT NOT NULL, event_type TEXT NOT NULL, aggregate_id TEXT NOT NULL, "
        "worker_id TEXT, nik TEXT, code TEXT NOT NULL, params TEXT NOT NULL, "
        "reason TEXT NOT NULL"
    ),
}

INDEXES: dict[str, str] = {
    "rm_member_name": "rm_member (name_key, worker_id)",
    "rm_member_kk": "rm_member (kk, worker_id)",  # a DTSEN decile by family card
    "rm_member_nik": "rm_member (nik)",
    "rm_member_kec": "rm_member (kecamatan, name_key, worker_id)",
    "rm_member_kel": "rm_member (kecamatan, kelurahan, name_key)",
    "rm_member_occ": "rm_member (occupation)",
    "rm_member_seg": "rm_member (segment)",
    "rm_member_decile": "rm_member (decile)",
    "rm_member_sex": "rm_member (sex)",
    "rm_member_quota": "rm_member (last_quota)",
    "rm_member_birth": "rm_member (birth_date, worker_id)",
    "rm_member_person": "rm_member (birth_date, kecamatan, kelurahan)",
    "rm_member_start": "rm_member (last_start)",
    "rm_enrolment_gaps": "rm_enrolment (gappy, start_on, covered_to, worker_id)",
    "rm_enrolment_quota": "rm_enrolment (quota, worker_id)",
    "rm_claim_state": "rm_claim (state)",
    "rm_claim_worker": "rm_claim (worker_id)",
    "rm_audit_time": "rm_audit (recorded_at)",
    "rm_audit_actor": "rm_audit (actor, position)",
    "rm_audit_type": "rm_audit (event_type, position)",
    "rm_audit_worker": "rm_audit (worker_id, position)",
}


# Where personal columns are sealed (`projections.personal`: an encrypted store's read
# models on PostgreSQL), the keyed look-up hashes beside them, and their indexes. A plain
# table's shape is unchanged; the version of a sealed one differs (`schema_version`), so
# switching either way rebuilds from the events.
SEALED_INDEXES: dict[str, str] = {
    "rm_member_nik_hash": "rm_member (nik_hash)",
    "rm_member_kk_hash": "rm_member (kk_hash, worker_id)",
    "rm_claim_nik_hash": "rm_claim (nik_hash)",
    "rm_audit_nik_hash": "rm_audit (nik_hash, position)",
}
SEALED_VERSION_SUFFIX = "+sealed"


# On SQLite a BIGINT primary key is a second b-tree beside the table's rowid; an INTEGER
# PRIMARY KEY *is* the rowid (64-bit there), so each audit line is written once, not twice
# (the audit insert was the biggest write of a rebuild: ~4.5 of its ~8.5 µs per event).
SQLITE_ROWID_KEYS = {"rm_audit": ("position BIGINT PRIMARY KEY", "position INTEGER PRIMARY KEY")}


# Tables keyed by several text columns and written by key only: on SQLite the key *is*
# the table (WITHOUT ROWID), not a second b-tree beside a rowid one (the coverage bounds
# are ~700,000 upserts in a 1M-event rebuild).
SQLITE_WITHOUT_ROWID = ("rm_coverage", "rm_coverage_month", "rm_coverage_gap", "rm_money")


def table_columns(name: str, dialect: str, sealed: bool = False) -> str:
    columns = TABLES[name]
    if dialect == "sqlite" and name in SQLITE_ROWID_KEYS:
        portable, rowid = SQLITE_ROWID_KEYS[name]
        columns = columns.replace(portable, rowid)
    if sealed:
        columns += "".join(f", {column} TEXT" for column in lookup_columns(name))
    return columns


def create_table_sql(name: str, dialect: str, sealed: bool = False) -> str:
    options = " WITHOUT ROWID" if dialect == "sqlite" and name in SQLITE_WITHOUT_ROWID else ""
    return (f"CREATE TABLE IF NOT EXISTS {name} "
            f"({table_columns(name, dialect, sealed)}){options}")


def create_tables(writer: Writer) -> None:
    sealed = writer.database.codec is not None
    for name in TABLES:
        writer.execute(create_table_sql(name, writer.database.dialect, sealed))
    for name, target in indexes(sealed).items():
        writer.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")


def indexes(sealed: bool) -> dict[str, str]:
    return {**INDEXES, **SEALED_INDEXES} if sealed else INDEXES


def schema_version(writer: Writer) -> str:
    return version_of(writer.database)


def version_of(database: Database) -> str:
    """The version `database`'s read models must have: sealed ones are another shape."""
    return SCHEMA_VERSION + (SEALED_VERSION_SUFFIX if database.codec is not None else "")


def sealing_differs(found: str, database: Database) -> bool:
    """True when read models of version `found` are sealed and `database` does not seal,
    or the other way round: they cannot be read meanwhile, only rebuilt."""
    return found.endswith(SEALED_VERSION_SUFFIX) != (database.codec is not None)


def drop_indexes(writer: Writer) -> None:
    """Secondary indexes are dropped during a rebuild and built once at its end (faster)."""
    for name in indexes(writer.database.codec is not None):
        writer.execute(f"DROP INDEX IF EXISTS {name}")


def drop_tables(writer: Writer) -> None:
    for name in TABLES:
        writer.execute(f"DROP TABLE IF EXISTS {name}")


def ensure_schema(writer: Writer) -> bool:
    """Create the tables, or recreate them when their version changed. True if (re)created."""
    writer.execute(f"CREATE TABLE IF NOT EXISTS rm_meta ({TABLES['rm_meta']})")
    found = writer.execute("SELECT value FROM rm_meta WHERE key = 'schema_version'")
    if found and found[0][0] == schema_version(writer):
        create_tables(writer)  # an index a rebuild was killed before re-creating
        return False
    drop_tables(writer)  # an older shape (or a half-made one): rebuilt from the events
    create_tables(writer)
    reset_tracking(writer)
    writer.execute("INSERT INTO rm_meta (key, value) VALUES ('schema_version', ?)",
                   (schema_version(writer),))
    return True


def reset_tracking(writer: Writer) -> None:
    writer.execute("DELETE FROM rm_tracking")
    writer.executemany("INSERT INTO rm_tracking (model, position) VALUES (?, 0)",
                       [(m,) for m in MODELS])


def clear_rows(writer: Writer) -> None:
    """Empty every read model and put its position back to 0 (rebuild from the events)."""
    for name in TABLES:
        if name not in ("rm_meta", "rm_tracking"):
            writer.execute(f"DELETE FROM {name}")
    reset_tracking(writer)
