"""TarifIuran: contribution rates per programme with the dates they take effect."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.errors import RuleViolationError
from domain.model.common import Stamp
from domain.model.ids import tariff_schedule_id


class TarifIuran(Aggregate):
    """The one tariff schedule of the store; every rate change is an event."""

    @staticmethod
    def create_id(**_: Any) -> UUID:
        return tariff_schedule_id()

    @event("Created")
    def __init__(self, stamp: Stamp) -> None:
        self.rates: list[dict[str, Any]] = []

    def set_rate(
        self,
        programme: str,
        effective_from: date,
        monthly_amount: int,
        basis: str,
        stamp: Stamp,
    ) -> None:
        self._rate_set(
            programme=programme,
            effective_from=effective_from,
            monthly_amount=monthly_amount,
            basis=basis,
            stamp=stamp,
        )

    @event("RateSet")
    def _rate_set(
        self,
        programme: str,
        effective_from: date,
        monthly_amount: int,
        basis: str,
        stamp: Stamp,
    ) -> None:
        self.rates = [
            r
            for r in self.rates
            if (r["programme"], r["effective_from"]) != (programme, effective_from)
        ]
        self.rates.append(
            {
                "programme": programme,
                "effective_from": effective_from,
                "monthly_amount": monthly_amount,
                "basis": basis,
            }
        )
        self.rates.sort(key=lambda r: (r["programme"], r["effective_from"]))


def rate_on(rates: list[dict[str, Any]], programme: str, day: date) -> int:
    """The monthly rate of `programme` in force on `day`."""
    in_force = [r for r in rates if r["programme"] == programme and r["effective_from"] <= day]
    if not in_force:
        raise RuleViolationError("tariff.missing", programme=programme, month=day.strftime("%Y-%m"))
    return int(max(in_force, key=lambda r: r["effective_from"])["monthly_amount"])


def monthly_cost(rates: list[dict[str, Any]], programmes: list[str], month: date) -> int:
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
