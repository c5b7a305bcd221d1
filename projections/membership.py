"""Keanggotaan: the filtered, sorted, paged membership query over `rm_member`.

Built to drive a 100,000-row table as the user types: every filter is an indexed column or
an indexed EXISTS on `rm_enrolment`; a NIK prefix is an index range (`nik >= p AND nik < p:`);
a name search is a LIKE on the case-folded `name_key` column (a scan of one narrow column,
a few milliseconds per 100,000 rows — see docs/BENCHMARKS.md). Status depends on the day
asked about, so it is computed in SQL for filtering and sorting and in Python for the page.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any
from weakref import WeakKeyDictionary

from domain.model.common import PROGRAMMES
from domain.model.peserta_rules import EnrolmentRecord
from projections.api import (
    MEMBERSHIP_SORT_KEYS,
    MEMBERSHIP_STATUSES,
    MemberRow,
    MembershipFilter,
    Page,
    ShownEnrolment,
)
from projections.rows import covered_to
from projections.sqlstore import Database

ROW_COLUMNS = ("worker_id", "nik", "name", "sex", "birth_date", "kecamatan", "kelurahan",
               "occupation", "segment", "decile", "decile_as_of", "agent", "disability",
               "dukcapil", "dukcapil_checked_on", "kpj", "died_on", "registered_at",
               "enrolments")
AGE_BANDS = ((25, "<25"), (35, "25-34"), (45, "35-44"), (55, "45-54"), (65, "55-64"))
# Covered on day D: within the member's own gap-free span, or (for the few members whose
# enrolments leave gaps) an enrolment covering D — a small, indexed, non-correlated subquery.
_ACTIVE_SQL = ("(m.cover_start <= ? AND m.cover_end >= ? AND (m.gappy = 0 OR m.worker_id IN "
               "(SELECT worker_id FROM rm_enrolment WHERE gappy = 1 AND start_on <= ? "
               "AND covered_to >= ?)))")
_STATUS_SQL = (f"(CASE WHEN m.died_on IS NOT NULL AND m.died_on <= ? THEN 'meninggal' "
               f"WHEN m.enrolled = 0 THEN 'belum_terdaftar' WHEN {_ACTIVE_SQL} "
               f"THEN 'aktif' ELSE 'berhenti' END)")
_STATUS_PARAMS = 5
_NULLABLE_SORTS = ("m.decile", "m.last_start")
_SORTS = {
    "name": ("m.name_key",), "nik": ("m.nik",), "kecamatan": ("m.kecamatan", "m.name_key"),
    "kelurahan": ("m.kelurahan", "m.name_key"), "occupation": ("m.occupation", "m.name_key"),
    "decile": ("m.decile", "m.name_key"), "start": ("m.last_start", "m.name_key"),
    "age": ("m.birth_date", "m.name_key"),
}


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


NIK_DIGITS = 16


def nik_clause(digits: str, whole_only: bool) -> tuple[str, list[Any]]:
    """All 16 digits: the indexed equality. Fewer: any part of the NIK (a scan of one
    narrow column, like the name search), or nothing at all for a masked viewer."""
    if len(digits) == NIK_DIGITS:
        return "m.nik = ?", [digits]
    if whole_only:
        return "1 = 0", []
    return "m.nik LIKE ? ESCAPE '\\'", [like_pattern(digits)]


def where_clause(flt: MembershipFilter, day: date) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    search = " ".join(flt.search.split()).casefold()
    if search.isdigit():
        clause, values = nik_clause(search, whole_only=flt.nik_match == "whole")
        clauses.append(clause)
        params += values
    elif search:
        clauses.append("m.name_key LIKE ? ESCAPE '\\'")
        params.append(like_pattern(search))
    for column in ("kecamatan", "kelurahan", "occupation", "segment", "decile", "sex"):
        value = getattr(flt, column)
        if value is not None and value != "":
            clauses.append(f"m.{column} = ?")
            params.append(value)
    if flt.quota:
        clauses.append("m.worker_id IN (SELECT worker_id FROM rm_enrolment WHERE quota = ?)")
        params.append(flt.quota.strip().upper())
    if flt.programme:
        code = flt.programme.strip().upper()
        # Only the three programme columns can be named here (never user text in SQL).
        clauses.append(f"m.{code.lower()} = 1" if code in PROGRAMMES else "1 = 0")
    if flt.status:
        clauses.append(f"{_STATUS_SQL} = ?")
        params += [day.isoformat()] * _STATUS_PARAMS + [flt.status]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def order_clause(sort: str, descending: bool, day: date) -> tuple[str, list[Any]]:
    if sort not in MEMBERSHIP_SORT_KEYS:
        sort = "name"
    direction = "DESC" if descending else "ASC"
    if sort == "age":  # older first when ascending by age means later birth dates last
        direction = "ASC" if descending else "DESC"
    if sort == "status":
        params = [day.isoformat()] * _STATUS_PARAMS
        return f" ORDER BY {_STATUS_SQL} {direction}, m.name_key, m.worker_id", params
    first, *rest = _SORTS[sort]
    # (x IS NULL) first: empty values sort last on SQLite and PostgreSQL alike. Only for
    # nullable columns: the expression keeps the database from reading an index in order.
    parts = [f"({first} IS NULL), {first} {direction}" if first in _NULLABLE_SORTS
             else f"{first} {direction}", *rest]
    return f" ORDER BY {', '.join(parts)}, m.worker_id", []


def membership_page(database: Database, flt: MembershipFilter, sort: str, descending: bool,
                    offset: int, limit: int, day: date) -> Page[MemberRow]:
    if database.codec is not None:
        return sealed_page(database, flt, sort, descending, offset, limit, day)
    where, params = where_clause(flt, day)
    total = int(database.scalar(f"SELECT COUNT(*) FROM rm_member m{where}", params) or 0)
    order, order_params = order_clause(sort, descending, day)
    # Ids first (read from the indexes), then the 100 full rows: sorting full rows (with
    # their enrolment JSON) would cost far more than sorting ids.
    ids = [r[0] for r in database.query(
        f"SELECT m.worker_id FROM rm_member m{where}{order} LIMIT ? OFFSET ?",
        [*params, *order_params, max(0, limit), max(0, offset)])]
    if not ids:
        return Page(total, [])
    return Page(total, member_rows(database, ids, day))


def member_rows(database: Database, ids: list[str], day: date) -> list[MemberRow]:
    """The full rows of the members `ids`, in that order."""
    records = database.query(
        f"SELECT {', '.join('m.' + c for c in ROW_COLUMNS)} FROM rm_member m "
        f"WHERE m.worker_id IN ({', '.join('?' for _ in ids)})", ids)
    by_id = {record[0]: opened(database, record) for record in records}
    return [membership_row(by_id[i], day) for i in ids if i in by_id]


def find_member(database: Database, nik: str, day: date) -> MemberRow | None:
    nik = "".join(str(nik).split())
    column, value = "m.nik", nik
    if database.codec is not None:
        column, value = "m.nik_hash", database.codec.lookup(nik) or ""
    records = database.query(
        f"SELECT {', '.join('m.' + c for c in ROW_COLUMNS)} FROM rm_member m "
        f"WHERE {column} = ?", [value])
    return membership_row(opened(database, records[0]), day) if records else None


def opened(database: Database, record: tuple[Any, ...]) -> tuple[Any, ...]:
    """A record of `ROW_COLUMNS` with its sealed values opened (where they are sealed)."""
    codec = database.codec
    return record if codec is None else codec.open_row("rm_member", ROW_COLUMNS, record,
                                                       str(record[0]))


# --- sealed personal columns (an encrypted store on PostgreSQL) ---------------------------
# The database filters on every other column; the search, the sort and the page are done
# here on the opened names, NIKs and birth dates of the rows it returns (docs/SECURITY.md,
# docs/BENCHMARKS.md: ~2.7 s at 100,000 members for the first letter typed, then ~30 ms).

_SEALED_SORTS = {"kecamatan": "m.kecamatan", "kelurahan": "m.kelurahan",
                 "occupation": "m.occupation", "decile": "m.decile", "start": "m.last_start"}


def sealed_page(database: Database, flt: MembershipFilter, sort: str, descending: bool,
                offset: int, limit: int, day: date) -> Page[MemberRow]:
    codec = database.codec
    assert codec is not None
    where, params = where_clause(replace(flt, search=""), day)
    if sort not in MEMBERSHIP_SORT_KEYS:
        sort = "name"
    first, first_params = (f"{_STATUS_SQL}", [day.isoformat()] * _STATUS_PARAMS) \
        if sort == "status" else (_SEALED_SORTS.get(sort, "NULL"), [])
    candidates = []
    search = " ".join(flt.search.split()).casefold()
    if search.isdigit() and len(search) == NIK_DIGITS:  # a whole NIK: its keyed hash
        where = f"{where} AND m.nik_hash = ?" if where else " WHERE m.nik_hash = ?"
        params = [*params, codec.lookup(search)]
    # Only what the search and the sort need is read and opened (the name always: the
    # order's second key).
    nik_sql = "m.nik" if search.isdigit() or sort == "nik" else "NULL"
    birth_sql = "m.birth_date" if sort == "age" else "NULL"
    for worker, nik, key, birth, value in _opened_candidates(
            database, f"SELECT m.worker_id, {nik_sql}, m.name, {birth_sql}, {first} "
            f"FROM rm_member m{where}", [*first_params, *params]):
        if search and not _matches(search, nik, key, flt.nik_match == "whole"):
            continue
        shown = {"name": key, "nik": nik, "age": birth}.get(sort, value)
        candidates.append((worker, key, shown))
    ordered = _sorted(candidates, descending if sort != "age" else not descending,
                      nulls_last=sort in ("decile", "start"))
    ids = [c[0] for c in ordered[max(0, offset):max(0, offset) + max(0, limit)]]
    return Page(len(candidates), member_rows(database, ids, day) if ids else [])


# The last candidates read and opened, per database: a search typed letter by letter
# runs the same SQL (the search is done here) on the same rows until the runner moves a
# position, so only the first letter reads and opens them.
_RECENT: WeakKeyDictionary[Database, tuple[Any, list[tuple[Any, ...]]]] = WeakKeyDictionary()


def _opened_candidates(database: Database, text: str, params: list[Any]
                       ) -> list[tuple[Any, ...]]:
    """(worker id, NIK, name key, birth date, sort value) of the rows `text` selects:
    (worker id, sealed NIK, sealed name, sealed birth date, sort value)."""
    codec = database.codec
    assert codec is not None
    positions = tuple(database.query("SELECT model, position FROM rm_tracking ORDER BY model"))
    key = (text, tuple(params), positions)
    recent = _RECENT.get(database)
    if recent is not None and recent[0] == key:
        return recent[1]
    opened = []
    for worker, nik, name, birth, value in database.query(text, params):
        nik, name, birth = codec.open_row("rm_member", ("nik", "name", "birth_date"),
                                          (nik, name, birth), str(worker))
        opened.append((worker, str(nik), " ".join(str(name).split()).casefold(), birth, value))
    _RECENT[database] = (key, opened)
    return opened


def _matches(search: str, nik: str, name_key: str, whole_only: bool) -> bool:
    if search.isdigit():
        if len(search) == NIK_DIGITS:
            return nik == search
        return not whole_only and search in nik
    return search in name_key


def _sorted(candidates: list[tuple[str, str, Any]], descending: bool, nulls_last: bool
            ) -> list[tuple[str, str, Any]]:
    """As SQL's `ORDER BY value [DESC], name_key, worker_id`: stable sorts, the last key
    first; empty values last either way where the column may be empty."""
    ordered = sorted(candidates, key=lambda c: (c[1], c[0]))
    present = [c for c in ordered if c[2] is not None] if nulls_last else ordered
    present.sort(key=lambda c: c[2], reverse=descending)
    return present + [c for c in ordered if c[2] is None] if nulls_last else present


def membership_row(record: tuple[Any, ...], day: date) -> MemberRow:
    (worker_id, nik, name, sex, birth_date, kecamatan, kelurahan, occupation, segment, decile,
     decile_as_of, agent, disability, dukcapil, dukcapil_checked_on, kpj, died_on,
     registered_at, stored) = record  # ROW_COLUMNS
    enrolments: list[EnrolmentRecord] = json.loads(stored)
    today = day.isoformat()
    active = [e for e in enrolments if e["start"] <= today <= covered_to(e)]
    shown = active[0] if active else max(enrolments, key=lambda e: e["start"], default=None)
    birth = date.fromisoformat(birth_date)
    age = day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
    # In ROW_COLUMNS' order, then what is derived: the order the console prints.
    return MemberRow(
        worker_id=worker_id, nik=nik, name=name, sex=sex, birth_date=birth_date,
        kecamatan=kecamatan, kelurahan=kelurahan, occupation=occupation, segment=segment,
        decile=decile, decile_as_of=decile_as_of, agent=agent, disability=bool(disability),
        dukcapil=dukcapil, dukcapil_checked_on=dukcapil_checked_on, kpj=kpj,
        died_on=died_on, registered_at=registered_at, age=age, age_band=age_band(age),
        status=status_of(died_on, enrolments, active, today),
        programmes=[p for p in PROGRAMMES if any(p in e["programmes"] for e in active)],
        quota=shown["quota"] if shown else None, start=shown["start"] if shown else None,
        covered_to=covered_to(shown) if shown else None,
        enrolments=[ShownEnrolment(**e, covered_to=covered_to(e)) for e in enrolments],
    )


def status_of(died_on: str | None, enrolments: list[Any], active: list[Any], today: str) -> str:
    if died_on is not None and died_on <= today:
        return MEMBERSHIP_STATUSES[2]
    if not enrolments:
        return MEMBERSHIP_STATUSES[3]
    return MEMBERSHIP_STATUSES[0] if active else MEMBERSHIP_STATUSES[1]


def age_band(age: int) -> str:
    for limit, label in AGE_BANDS:
        if age < limit:
            return label
    return "65+"
