"""TarifIuran: contribution rates per programme with the dates they take effect."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.model.common import Stamp
from domain.model.ids import tariff_schedule_id
from domain.model.tarif_rules import Rate, monthly_cost, months_between, rate_on

# The plain rules live in `tarif_rules` (the read models load them without this
# aggregate's event classes); the services still find them here.
__all__ = ["TarifIuran", "monthly_cost", "months_between", "rate_on"]


class TarifIuran(Aggregate):
    """The one tariff schedule of the store; every rate change is an event."""

    @staticmethod
    def create_id(**_: Any) -> UUID:
        return tariff_schedule_id()

    @event("Created")
    def __init__(self, stamp: Stamp) -> None:
        self.rates: list[Rate] = []

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
            Rate(
                programme=programme,
                effective_from=effective_from,
                monthly_amount=monthly_amount,
                basis=basis,
            )
        )
        self.rates.sort(key=lambda r: (r["programme"], r["effective_from"]))

