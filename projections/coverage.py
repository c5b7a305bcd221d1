"""Cakupan (coverage), kept up to date as events arrive instead of counted at query time.

Each worker's covered days, per programme (JKK, JKM, JHT) and for "ALL" (any active
enrolment), are the union of its enrolments' [start, covered_to] as disjoint intervals.
An interval adds 1 to `starts` on its first day and 1 to `ends` on the day after its last,
in `rm_coverage` rows keyed by (day, programme, the member's grouping columns), and rolled
up by month and the columns the dashboard groups by in `rm_coverage_month`. Then:

- covered on day D = SUM(starts - ends) over days <= D;
- covered on at least one day of [S, U] = intervals with start <= U minus those ended before
  S, minus the worker's own repeats: two of its intervals both touching the span, i.e. a
  gap (`rm_coverage_gap`: last day of one interval, first day of the next) with
  last >= S and next <= U. Gaps are few: most workers have one interval per programme.

When a batch changes a member (enrolments, a death, a move to another kecamatan, a new
occupation), the worker's contribution before the batch is subtracted and the new one
added; rows back to zero are deleted, so the tables equal a rebuild's.

A sum "up to day D" grouped by kecamatan, segment or sex reads the roll-up's earlier
months and D's own month of daily rows: a few thousand rows whatever the history's length
(the whole daily table is ~200,000 rows on the 100,000-worker demo store).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from functools import cache
from operator import itemgetter
from typing import Any, cast

from projections.api import CoverageCount, CoveragePoint
from projections.sqlstore import Database, Writer

Row = dict[str, Any]
GROUP_COLUMNS = ("kecamatan", "kelurahan", "occupation", "segment", "sex", "agent")
PROGRAMMES = ("JKK", "JKM", "JHT")
ALL = "ALL"
# What a member contributes: its grouping values, and (start, last covered day,
# programmes) of each enrolment. Compared before and after a batch: equal → no change.
Enrolments = tuple[tuple[str, str, tuple[str, ...]], ...]
State = tuple[tuple[str, ...], Enrolments]
# (day, programme, *group) → [starts, ends]; (last, next, programme, *group) → [n]
Changes = dict[tuple[str, ...], list[int]]

_group_of = itemgetter(*GROUP_COLUMNS)
# The monthly roll-up's columns: what the dashboard and `stats` group by.
MONTH_COLUMNS = ("kecamatan", "segment", "sex")
_BOUND_KEY = ("day", "programme", *GROUP_COLUMNS)
_MONTH_KEY = ("month", "programme", *MONTH_COLUMNS)
_GAP_KEY = ("last_day", "next_day", "programme", *GROUP_COLUMNS)
# Each coverage table's key and counts (`projections.digest` sums counts times key hashes).
COUNTER_TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "rm_coverage": (_BOUND_KEY, ("starts", "ends")),
    "rm_coverage_month": (_MONTH_KEY, ("starts", "ends")),
    "rm_coverage_gap": (_GAP_KEY, ("n",)),
}


def covered_to(enrolment: Mapping[str, Any]) -> str:
    """`domain.model.peserta.coverage_end` on ISO strings: termination, else period end."""
    end: str | None = enrolment["end"]
    until: str = enrolment["until"]
    return until if end is None else min(end, until)


def coverage_state(member: Mapping[str, Any]) -> State:
    return (tuple(_group_of(member)),
            tuple((e["start"], covered_to(e), tuple(e["programmes"]))
                  for e in member["enrolments"]))


@cache
def next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def intervals(spans: Iterable[tuple[str, str]]) -> list[list[str]]:
    """The union of [start, end] spans as disjoint, non-adjacent [first, last] intervals."""
    merged: list[list[str]] = []
    for start, end in sorted(spans):
        if start > end:
            continue  # covers no day (the domain never records one)
        if merged and start <= next_day(merged[-1][1]):
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged


@cache
def _covered(covers: tuple[str, ...]) -> tuple[str, ...]:
    """The programmes an enrolment covering `covers` counts in, "ALL" last."""
    return (*(p for p in PROGRAMMES if p in covers), ALL)


def add_contribution(state: State, sign: int, bounds: Changes, gaps: Changes) -> None:
    """Add `sign` times the contribution of a worker in `state` (-1 takes one away; n
    counts n workers alike)."""
    group, enrolments = state
    if len(enrolments) == 1:  # most workers: each programme's interval is the enrolment
        first, last, covers = enrolments[0]
        if first <= last:
            after = next_day(last)
            for programme in _covered(covers):
                _bump(bounds, (first, programme, *group), 0, sign)
                _bump(bounds, (after, programme, *group), 1, sign)
        return
    for programme in (*PROGRAMMES, ALL):
        merged = intervals((start, end) for start, end, covers in enrolments
                           if programme == ALL or programme in covers)
        for index, (first, last) in enumerate(merged):
            _bump(bounds, (first, programme, *group), 0, sign)
            _bump(bounds, (next_day(last), programme, *group), 1, sign)
            if index:
                _bump(gaps, (merged[index - 1][1], first, programme, *group), 0, sign)


COVERAGE_TABLES = ("rm_coverage", "rm_coverage_month", "rm_coverage_gap")
# In rm_meta while a rebuild defers coverage: whoever finds it recomputes from the members.
PENDING_KEY = "coverage_pending"
_RECOMPUTE_PAGE = 20_000
_MEMBER_NAMES = ("worker_id", *GROUP_COLUMNS, "enrolments")


def mark_pending(writer: Writer) -> None:
    writer.execute("DELETE FROM rm_meta WHERE key = ?", (PENDING_KEY,))
    writer.execute("INSERT INTO rm_meta (key, value) VALUES (?, '1')", (PENDING_KEY,))


def is_pending(writer: Writer) -> bool:
    return bool(writer.execute("SELECT 1 FROM rm_meta WHERE key = ?", (PENDING_KEY,)))


def recompute(writer: Writer) -> dict[str, Changes]:
    """Coverage from the member rows as they are, in one pass (a rebuild's or a replay's
    last step: ~10x cheaper than keeping it up to date through a million events), and the
    pending mark cleared, in the caller's transaction; returns the counts written, by
    table (the tables were emptied first: they hold exactly these)."""
    return write_tally(writer, tally(member_pages(writer.execute)))


Query = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]
Tally = tuple[Changes, Changes]  # bounds, gaps


def member_pages(query: Query) -> Iterator[list[tuple[Any, ...]]]:
    """Every member's worker id, grouping columns and enrolments (JSON), a page at a time,
    through `query` (a transaction's `execute`, or another connection's)."""
    after = ""
    while records := query(
            f"SELECT {', '.join(_MEMBER_NAMES)} FROM rm_member WHERE worker_id > ? "
            "ORDER BY worker_id LIMIT ?", (after, _RECOMPUTE_PAGE)):
        yield records
        after = records[-1][0]


def tally(pages: Iterable[list[tuple[Any, ...]]]) -> Tally:
    """The coverage counts of the members in `pages` (`member_pages`)."""
    return tally_members(_members(pages))


def _members(pages: Iterable[list[tuple[Any, ...]]]) -> Iterator[Row]:
    for records in pages:
        for record in records:
            member = dict(zip(_MEMBER_NAMES, record, strict=True))
            member["enrolments"] = json.loads(member["enrolments"])
            yield member


def tally_members(members: Iterable[Mapping[str, Any]]) -> Tally:
    """The coverage counts of `members` (member rows, their enrolments as lists)."""
    bounds: Changes = {}
    gaps: Changes = {}
    # Workers alike (same groups, same enrolment spans) are counted once, times how many.
    for state, alike in Counter(map(coverage_state, members)).items():
        add_contribution(state, alike, bounds, gaps)
    return bounds, gaps


def write_tally(writer: Writer, counts: Tally) -> dict[str, Changes]:
    """The coverage tables made to hold exactly `counts`, the pending mark cleared;
    returns what they hold, by table."""
    bounds, gaps = counts
    for table in COVERAGE_TABLES:
        writer.execute(f"DELETE FROM {table}")
    months = _by_month(bounds)
    upsert_counts(writer, "rm_coverage", _BOUND_KEY, ("starts", "ends"), bounds)
    upsert_counts(writer, "rm_coverage_month", _MONTH_KEY, ("starts", "ends"), months)
    upsert_counts(writer, "rm_coverage_gap", _GAP_KEY, ("n",), gaps)
    writer.execute("DELETE FROM rm_meta WHERE key = ?", (PENDING_KEY,))
    return {"rm_coverage": bounds, "rm_coverage_month": months, "rm_coverage_gap": gaps}


def _bump(changes: Changes, key: tuple[str, ...], slot: int, sign: int) -> None:
    found = changes.get(key)
    if found is None:
        found = changes[key] = [0, 0]
    found[slot] += sign


def write_changes(writer: Writer, before: dict[str, State | None],
                  after: dict[str, State]) -> dict[str, Changes]:
    """Apply the difference between the workers' contributions `before` and `after`;
    returns the count changes written, by table."""
    bounds: Changes = {}
    gaps: Changes = {}
    for worker, old in before.items():
        new = after[worker]
        if new == old:
            continue
        if old is not None:
            add_contribution(old, -1, bounds, gaps)
        add_contribution(new, 1, bounds, gaps)
    months = _by_month(bounds)
    upsert_counts(writer, "rm_coverage", _BOUND_KEY, ("starts", "ends"), bounds)
    upsert_counts(writer, "rm_coverage_month", _MONTH_KEY, ("starts", "ends"), months)
    upsert_counts(writer, "rm_coverage_gap", _GAP_KEY, ("n",), gaps)
    return {"rm_coverage": bounds, "rm_coverage_month": months, "rm_coverage_gap": gaps}


def _by_month(bounds: Changes) -> Changes:
    months: Changes = {}
    for (day, programme, kecamatan, _kel, _occ, segment, sex, _agent), (starts, ends) in (
            bounds.items()):
        key = (day[:7], programme, kecamatan, segment, sex)
        found = months.get(key)
        if found is None:
            months[key] = [starts, ends]
        else:
            found[0] += starts
            found[1] += ends
    return months


def upsert_counts(writer: Writer, table: str, key: tuple[str, ...], counts: tuple[str, ...],
                  changes: Changes) -> None:
    # In key order: each write lands next to the previous one in the table's b-tree.
    rows = sorted((*k, *v[:len(counts)]) for k, v in changes.items() if any(v))
    if not rows:
        return
    names = (*key, *counts)
    writer.executemany(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET "
        + ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in counts), rows)
    # Only a subtraction can bring a row back to zero.
    emptied = [k for k, v in changes.items() if min(v) < 0]
    if emptied:
        writer.executemany(
            f"DELETE FROM {table} WHERE {' AND '.join(f'{c} = ?' for c in key)} AND "
            + " AND ".join(f"{c} = 0" for c in counts), emptied)


# --- queries --------------------------------------------------------------------------------


def month_end(year: int, month: int) -> str:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return (first_next - timedelta(days=1)).isoformat()


def series(database: Database, year: int, column: str | None) -> list[CoveragePoint]:
    """Workers covered on each month-end of `year`, per programme and "ALL", by the member
    column `column` (a name in GROUP_COLUMNS, or None): one scan of the bounds in day
    order (by month when the column is in the monthly roll-up), running totals read off
    at each month-end."""
    ends = [month_end(year, month) for month in range(1, 13)]
    key, grouped = (column, f", {column}") if column in GROUP_COLUMNS else ("NULL", "")
    table, when = (("rm_coverage_month", "month") if column is None or column in MONTH_COLUMNS
                   else ("rm_coverage", "day"))
    # A month "YYYY-MM" sorts before its own last day "YYYY-MM-DD" and after the previous
    # month's: the same comparisons read off days and months alike.
    rows = database.query(
        f"SELECT {when}, programme, {key}, SUM(starts - ends) FROM {table} "
        f"WHERE {when} <= ? GROUP BY {when}, programme{grouped} ORDER BY {when}", [ends[-1]])
    running: dict[tuple[str, Any], int] = {}
    counts: dict[tuple[int, Any], list[int]] = {}
    month = 0
    for day, programme, value, change in [*rows, (None, None, None, 0)]:
        while month < 12 and (day is None or day > ends[month]):
            _read_off(running, month, counts)
            month += 1
        if day is not None:
            running[(programme, value)] = running.get((programme, value), 0) + int(change)
    return [CoveragePoint(month=ends[month][:7], programme=programme, key=value,
                          active=active)
            for (month, value), actives in sorted(counts.items(), key=_month_key)
            for programme, active in zip((*PROGRAMMES, ALL), actives, strict=True)]


def _read_off(running: dict[tuple[str, Any], int], month: int,
              counts: dict[tuple[int, Any], list[int]]) -> None:
    for (programme, value), active in running.items():
        if programme == ALL and active:
            counts.setdefault((month, value), [0, 0, 0, 0])[3] = active
    for (programme, value), active in running.items():
        if programme != ALL and (month, value) in counts:
            counts[(month, value)][PROGRAMMES.index(programme)] = active


def _month_key(item: tuple[tuple[int, Any], list[int]]) -> tuple[int, str]:
    (month, value), _counts = item
    return month, "" if value is None else str(value)


def counts(database: Database, since: date, until: date,
           by: tuple[str, ...]) -> list[CoverageCount]:
    """Workers covered on at least one day of [since, until] by the columns `by`:
    rows {column: value, ..., "workers", "JKK", "JKM", "JHT"} ordered by `by` (in SQL, so
    the order is the database's own, as it was when this was a join)."""
    first, last = since.isoformat(), until.isoformat()
    listed = "".join(f"{c}, " for c in by)
    parts = [*_bounds(listed, by, first, last),
             (f"SELECT {listed}programme, -n AS n FROM rm_coverage_gap "
              "WHERE last_day >= ? AND next_day <= ?", [first, last])]
    rows = database.query(
        f"SELECT {listed}programme, SUM(n) FROM ("
        + " UNION ALL ".join(sql for sql, _params in parts)
        + f") AS touching GROUP BY {listed}programme ORDER BY {listed}programme",
        [param for _sql, params in parts for param in params])
    groups: dict[tuple[Any, ...], CoverageCount] = {}
    for record in rows:
        values, programme, found = record[:len(by)], record[len(by)], int(record[-1] or 0)
        group = groups.get(tuple(values))
        if group is None:
            # The grouping columns first, in `by`'s order (the order the console prints).
            opened: dict[str, object] = {**dict(zip(by, values, strict=True)), "workers": 0,
                                         "JKK": 0, "JKM": 0, "JHT": 0}
            group = groups[tuple(values)] = cast(CoverageCount, opened)
        _set_count(group, programme, found)
    return [group for group in groups.values() if group["workers"]]


def _set_count(group: CoverageCount, programme: str, found: int) -> None:
    if programme == ALL:
        group["workers"] = found
    elif programme == "JKK":
        group["JKK"] = found
    elif programme == "JKM":
        group["JKM"] = found
    else:
        group["JHT"] = found


def _bounds(listed: str, by: tuple[str, ...], first: str,
            last: str) -> list[tuple[str, list[Any]]]:
    """SQL parts giving, per group and programme, the intervals started on or before
    `last` minus those ended before `first`. Grouped by the roll-up's columns: the months
    before each day's own from the roll-up, and that month's daily rows (a few hundred rows
    to read, not the whole history); grouped otherwise: one scan of the daily rows."""
    if not set(by) <= set(MONTH_COLUMNS):
        return [(f"SELECT {listed}programme, starts - CASE WHEN day <= ? THEN ends ELSE 0 END "
                 "AS n FROM rm_coverage WHERE day <= ?", [first, last])]
    return [part for column, day in (("starts", last), ("-ends", first)) for part in (
        (f"SELECT {listed}programme, {column} AS n FROM rm_coverage_month WHERE month < ?",
         [day[:7]]),
        (f"SELECT {listed}programme, {column} AS n FROM rm_coverage "
         "WHERE day >= ? AND day <= ?", [day[:7] + "-01", day]))]
