"""Money as member-months: which months a span of coverage (or a seat) is paid for.

BPU contributions are monthly, never prorated: a month is billed for a worker and a
programme when the worker's coverage by that programme includes at least `minimum_days`
of it (default 1, a dated rule in `domain/data/aturan-tagihan.csv`; a month shorter than
the minimum needs all its days). Seats are counted by the same rule: a quota's seats of a
month are the largest number of seats that were in force on at least as many days.

Months are handled as integer indexes (`year * 12 + month - 1`) so that ranges of months
are plain integer ranges; `month_of`/`month_start` convert.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from itertools import pairwise

from domain.errors import RuleViolationError, ValidationError
from domain.model.tarif_rules import Rate, StoredRate

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
Span = tuple[date, date]


@dataclass(frozen=True)
class BillingRule:
    """How months are billed from a date on: the minimum covered days that make a month
    billed, and the day of the month by which the month's contributions are due."""

    effective_from: date
    minimum_days: int
    due_day: int
    confirmed: bool
    basis: str


@cache
def billing_rules() -> tuple[BillingRule, ...]:
    """The dated billing rules shipped as data, oldest first."""
    source = resources.files("domain.data").joinpath("aturan-tagihan.csv")
    with io.StringIO(source.read_text(encoding="utf-8-sig"), newline="") as handle:
        rules = [BillingRule(date.fromisoformat(row["berlaku_mulai"]),
                             int(row["hari_minimum"]), int(row["tanggal_jatuh_tempo"]),
                             row["status"].strip() != "unconfirmed", row["dasar"])
                 for row in csv.DictReader(handle)]
    return tuple(sorted(rules, key=lambda r: r.effective_from))


def rule_for(month: int, rules: Sequence[BillingRule] | None = None) -> BillingRule:
    """The rule in force on the first day of `month` (a month index)."""
    first = month_start(month)
    in_force = [r for r in (rules or billing_rules()) if r.effective_from <= first]
    if not in_force:
        raise RuleViolationError("billing.rule_missing", month=month_text(month))
    return in_force[-1]


# --- months ---------------------------------------------------------------------------------


def month_of(day: date) -> int:
    return day.year * 12 + day.month - 1


def month_start(month: int) -> date:
    return date(month // 12, month % 12 + 1, 1)


def month_end(month: int) -> date:
    return month_start(month + 1) - timedelta(days=1)


def month_text(month: int) -> str:
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


def days_in(month: int) -> int:
    return calendar.monthrange(month // 12, month % 12 + 1)[1]


def parse_month(value: object) -> int:
    """`2025-07` → its month index; anything else is refused naming the value."""
    found = _MONTH.match(str(value or ""))
    if not found or not 1 <= int(found.group(2)) <= 12 or not 2000 <= int(found.group(1)) <= 2100:
        raise ValidationError("billing.month", value=str(value))
    return int(found.group(1)) * 12 + int(found.group(2)) - 1


def required_days(month: int, rules: Sequence[BillingRule] | None = None) -> int:
    if rules is None:
        return _required_days(month)
    return min(rule_for(month, rules).minimum_days, days_in(month))


@cache
def _required_days(month: int) -> int:  # the shipped rules: asked for every member-month
    return min(rule_for(month).minimum_days, days_in(month))


def due_date(month: int, rules: Sequence[BillingRule] | None = None) -> date:
    """The day by which `month`'s contributions are due (clamped to the month's length)."""
    return month_start(month).replace(day=min(rule_for(month, rules).due_day, days_in(month)))


# --- member-months ------------------------------------------------------------------------


def merged(spans: Iterable[Span]) -> list[Span]:
    """Disjoint, non-adjacent [first, last] spans covering the same days."""
    result: list[list[date]] = []
    for start, end in sorted(spans):
        if start > end:
            continue
        if result and start <= result[-1][1] + timedelta(days=1):
            result[-1][1] = max(result[-1][1], end)
        else:
            result.append([start, end])
    return [(first, last) for first, last in result]


def billed_months(spans: Iterable[Span],
                  rules: Sequence[BillingRule] | None = None) -> list[int]:
    """The months (indexes, ascending) billed for coverage by `spans`."""
    days: dict[int, int] = {}
    for start, end in merged(spans):
        for month in range(month_of(start), month_of(end) + 1):
            first = max(start, month_start(month))
            last = min(end, month_end(month))
            days[month] = days.get(month, 0) + (last - first).days + 1
    return sorted(m for m, n in days.items() if n >= required_days(m, rules))


def span_months(start: date, end: date,
                rules: Sequence[BillingRule] | None = None) -> tuple[int, int]:
    """For one span alone (no other span of the same worker touching its months): the
    billed months as a range [first, last] (empty when first > last). Middle months are
    whole, so only the two ends need counting."""
    first, last = month_of(start), month_of(end)
    if first == last:
        covered = (end - start).days + 1
        return (first, last) if covered >= required_days(first, rules) else (1, 0)
    if (month_end(first) - start).days + 1 < required_days(first, rules):
        first += 1
    if (end - month_start(last)).days + 1 < required_days(last, rules):
        last -= 1
    return first, last


# --- seat-months ----------------------------------------------------------------------------


def seats_by_month(steps: Iterable[tuple[date, int]], start: date, end: date,
                   rules: Sequence[BillingRule] | None = None) -> dict[int, int]:
    """Seats counted in each month of the period [start, end]: `steps` are (effective day,
    seat change), the opening seats included; a change effective before the period counts
    from its first day. A month's seats are the most seats in force on at least the
    month's required days (days outside the period have none)."""
    changes: dict[date, int] = {}
    for day, delta in steps:
        when = max(day, start)
        if when <= end:
            changes[when] = changes.get(when, 0) + delta
    result: dict[int, int] = {}
    for month in range(month_of(start), month_of(end) + 1):
        pieces = _daily_seats(changes, month, start, end)
        result[month] = _kth_largest(pieces, required_days(month, rules))
    return result


def _daily_seats(changes: dict[date, int], month: int, start: date,
                 end: date) -> list[tuple[int, int]]:
    """(seats, days) pieces covering every day of `month`."""
    first, last = month_start(month), month_end(month)
    cuts = sorted({first, last + timedelta(days=1), *(d for d in changes if first < d <= last),
                   *(d for d in (start, end + timedelta(days=1)) if first < d <= last)})
    pieces = []
    for begin, after in pairwise(cuts):
        inside = start <= begin <= end
        seats = sum(delta for day, delta in changes.items() if day <= begin) if inside else 0
        pieces.append((seats, (after - begin).days))
    return pieces


def _kth_largest(pieces: list[tuple[int, int]], k: int) -> int:
    counted = 0
    for seats, days in sorted(pieces, reverse=True):
        counted += days
        if counted >= k:
            return max(seats, 0)
    return 0


# --- rupiah ---------------------------------------------------------------------------------


def rate_in(rates: Sequence[Rate | StoredRate], programme: str, month: int) -> int:
    """The monthly rate of `programme` in force on the first day of `month` (the rates'
    days as dates, or as the read model's ISO text)."""
    first = month_start(month)
    best: tuple[date, int] | None = None
    for rate in rates:
        effective = rate["effective_from"]
        if isinstance(effective, str):
            effective = date.fromisoformat(effective)
        if rate["programme"] == programme and effective <= first and (
                best is None or effective >= best[0]):
            best = (effective, rate["monthly_amount"])
    if best is None:
        raise RuleViolationError("tariff.missing", programme=programme, month=month_text(month))
    return int(best[1])


def quota_need(steps: Iterable[tuple[date, int]], start: date, end: date,
               programmes: Sequence[str], rates: Sequence[Rate | StoredRate],
               rules: Sequence[BillingRule] | None = None) -> dict[int, tuple[int, int]]:
    """Per month of the period: (seats counted, rupiah needed for them)."""
    seats = seats_by_month(steps, start, end, rules)
    return {month: (count, count * sum(rate_in(rates, p, month) for p in programmes))
            for month, count in seats.items()}


# --- whose month it is --------------------------------------------------------------------

# One enrolment as money sees it: (quota, programmes, first covered day, last covered day).
Enrolment = tuple[str, Sequence[str], date, date]


def attributed_months(enrolments: Sequence[Enrolment],
                      rules: Sequence[BillingRule] | None = None,
                      months: range | None = None) -> dict[tuple[str, int], str]:
    """One worker's billed (programme, month) pairs, each with the quota that pays it.

    A programme's month is billed once, from the union of the worker's enrolments with
    that programme (two quotas never pay the same worker's programme twice in a month);
    it is paid by the quota of the latest-starting enrolment touching that month (a worker
    moved from one quota to another mid-month is the new quota's from that month on).
    `months` limits the answer to those months."""
    result: dict[tuple[str, int], str] = {}
    for programme in sorted({p for e in enrolments for p in e[1]}):
        mine = [e for e in enrolments if programme in e[1] and e[2] <= e[3]]
        for month in billed_months(((e[2], e[3]) for e in mine), rules):
            if months is not None and month not in months:
                continue
            first, last = month_start(month), month_end(month)
            owner = max((e for e in mine if e[2] <= last and e[3] >= first),
                        key=lambda e: (e[2], e[0]))
            result[(programme, month)] = owner[0]
    return result
