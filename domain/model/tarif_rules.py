"""The rate in force and a month's cost, without the `TarifIuran` aggregate (whose event
classes eventsourcing builds as dataclasses at import): a plain module the read models
and the benefit rules use, re-exported by `domain.model.tarif`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypedDict

from domain.errors import RuleViolationError


class Rate(TypedDict):
    """A contribution rate in force from a day (`TarifIuran.rates`)."""

    programme: str
    effective_from: date
    monthly_amount: int  # rupiah per worker
    basis: str


class StoredRate(TypedDict):
    """The same as the read model keeps it (`rm_tariff`): the day as ISO text."""

    programme: str
    effective_from: str
    monthly_amount: int
    basis: str


def rate_on(rates: Sequence[Rate], programme: str, day: date) -> int:
    """The monthly rate of `programme` in force on `day`."""
    in_force = [r for r in rates if r["programme"] == programme and r["effective_from"] <= day]
    if not in_force:
        raise RuleViolationError("tariff.missing", programme=programme, month=day.strftime("%Y-%m"))
    return int(max(in_force, key=lambda r: r["effective_from"])["monthly_amount"])


def monthly_cost(rates: Sequence[Rate], programmes: Sequence[str], month: date) -> int:
    """Rupiah per worker for one month of the given programmes."""
    return sum(rate_on(rates, programme, month.replace(day=1)) for programme in programmes)


def months_between(start: date, end: date) -> list[date]:
    """The first day of every calendar month touched by [start, end]."""
    months, cursor = [], start.replace(day=1)
    while cursor <= end:
        months.append(cursor)
        if cursor.year == date.max.year and cursor.month == 12:
            break  # a date stored before dates were bounded must not overflow the calendar
        cursor = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    return months
