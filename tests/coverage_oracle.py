"""The coverage queries as they were computed at query time from `rm_enrolment` and
`rm_member` before `rm_coverage` kept them incrementally: the reference the tests compare
the incremental table with, and the benchmark's same-run baseline."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date, timedelta
from typing import Any

from domain.model.common import PROGRAMMES
from projections.sqlstore import Database

COVERAGE_KEYS = {"kecamatan": "m.kecamatan", "kelurahan": "m.kelurahan",
                 "segment": "m.segment", "occupation": "m.occupation", "sex": "m.sex",
                 "agent": "m.agent"}


def coverage_series(database: Database, year: int,
                    by: str | None = None) -> list[dict[str, Any]]:
    ends = [_month_end(year, month) for month in range(1, 13)]
    key = COVERAGE_KEYS.get(by or "", "NULL")
    join = " JOIN rm_member m ON m.worker_id = e.worker_id" if by in COVERAGE_KEYS else ""
    masks: dict[str, list[Any]] = {}
    for worker, start, end, jkk, jkm, jht, value in database.query(
            f"SELECT e.worker_id, e.start_on, e.covered_to, e.jkk, e.jkm, e.jht, {key} "
            f"FROM rm_enrolment e{join} WHERE e.start_on <= ? AND e.covered_to >= ?",
            [ends[-1], ends[0]]):
        first, last = bisect_left(ends, start), bisect_right(ends, end)
        if first >= last:
            continue
        bits = (1 << last) - (1 << first)
        slot = masks.setdefault(worker, [value, 0, 0, 0, 0])
        for index, flag in enumerate((jkk, jkm, jht, 1), start=1):
            if flag:
                slot[index] |= bits
    counts: dict[tuple[int, Any], list[int]] = {}
    for (value, *programme_masks), workers in Counter(
            tuple(slot) for slot in masks.values()).items():
        for month in range(12):
            if programme_masks[3] >> month & 1:
                slot = counts.setdefault((month, value), [0, 0, 0, 0])
                for index, mask in enumerate(programme_masks):
                    slot[index] += workers * (mask >> month & 1)
    return [{"month": ends[month][:7], "programme": programme, "key": value,
             "active": active}
            for (month, value), actives in sorted(counts.items(), key=_month_key)
            for programme, active in zip((*PROGRAMMES, "ALL"), actives, strict=True)]


def coverage_counts(database: Database, since: date, until: date,
                    by: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    columns = [COVERAGE_KEYS[name] for name in by]
    listed = "".join(f"{c}, " for c in columns)
    grouped = f" GROUP BY {', '.join(columns)} ORDER BY {', '.join(columns)}" if by else ""
    rows = database.query(
        "WITH covered AS (SELECT worker_id, MAX(jkk) AS jkk, MAX(jkm) AS jkm, "
        "MAX(jht) AS jht FROM rm_enrolment WHERE start_on <= ? AND covered_to >= ? "
        # An enrolment that a death before its start ended covers no day (end < start).
        "AND start_on <= covered_to "
        f"GROUP BY worker_id) SELECT {listed}COUNT(*), SUM(c.jkk), SUM(c.jkm), "
        "SUM(c.jht) FROM covered c JOIN rm_member m ON m.worker_id = c.worker_id"
        f"{grouped}", [until.isoformat(), since.isoformat()])
    return [{**dict(zip(by, record[:len(by)], strict=True)),
             **{name: int(n or 0) for name, n in zip(("workers", *PROGRAMMES),
                                                     record[len(by):], strict=True)}}
            for record in rows if record[len(by)]]


def _month_key(item: tuple[tuple[int, Any], list[int]]) -> tuple[int, str]:
    (month, value), _counts = item
    return month, "" if value is None else str(value)


def _month_end(year: int, month: int) -> str:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return (first_next - timedelta(days=1)).isoformat()
