"""Contribution rates, recorded as dated data so any month's cost can be computed."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from eventsourcing.domain import Aggregate

from domain.errors import ValidationError
from domain.limits import BASIS, limit
from domain.model.common import normalise_programmes
from domain.model.ids import tariff_schedule_id
from domain.model.tarif import TarifIuran, monthly_cost
from domain.services.authoriser import Authoriser
from domain.services.base import BerjasaApplication
from domain.services.context import ContextService
from domain.services.periods import PeriodService
from domain.services.permissions import Action
from domain.services.session import Session
from domain.values import as_date, as_int, as_text


class TariffSet(TypedDict):
    """A monthly contribution recorded for a programme from a day on (rupiah)."""

    programme: str
    effective_from: str
    monthly: int


class TariffRate(TypedDict):
    """A programme's monthly contribution from a day on, with its legal basis."""

    programme: str
    effective_from: str
    monthly_amount: int
    basis: str


class TariffService(ContextService):
    """Contribution rates, recorded as dated data."""

    def __init__(self, application: BerjasaApplication, authoriser: Authoriser,
                 periods: PeriodService) -> None:
        super().__init__(application, authoriser)
        self.periods = periods

    def tariff_schedule(self) -> TarifIuran:
        return self.require(
            tariff_schedule_id(), TarifIuran, "tariff.missing", programme="-", month="-"
        )

    def set_tariff(
        self,
        session: Session,
        programme: str,
        effective_from: date | str,
        monthly_amount: int | str,
        basis: str,
        correction: str | None = None,
    ) -> TariffSet:
        """Record a rate from a day on. A month's cost is the rate in force on its first
        day, so a rate reaching back into a closed month (billed, reconciled, paid) would
        change that month's money: refused (`period.closed`) unless `correction` is an
        approved correction of it (one closed month per correction)."""
        stamp = self.authorise(session, Action.SET_TARIFF, basis)
        code = normalise_programmes([programme])[0]
        amount = as_int(monthly_amount, "iuran bulanan")
        if amount <= 0:
            raise ValidationError("tariff.amount", value=amount)
        day = as_date(effective_from, "berlaku mulai")
        legal_basis = as_text(basis, "dasar hukum", limit=limit(BASIS), required=True)

        def attempt() -> TariffSet:
            schedule = self.tariff_schedule()
            periods: list[Aggregate] = []
            for month in self.closed_months_priced(schedule, code, day):
                periods = self.periods.check_period_open(month, correction, stamp)
            schedule.set_rate(code, day, amount, legal_basis, stamp)
            self.save(schedule, *periods)
            return {"programme": code, "effective_from": day.isoformat(), "monthly": amount}

        return self.with_retries(attempt)

    def closed_months_priced(self, schedule: TarifIuran, programme: str,
                             day: date) -> list[date]:
        """The first days of the closed months whose cost a rate of `programme` from
        `day` would set: from `day` up to the programme's next recorded rate."""
        found = self.periods.closed_periods()
        if found is None:
            return []
        later = [r["effective_from"] for r in schedule.rates
                 if r["programme"] == programme and r["effective_from"] > day]
        until = min(later) if later else None
        firsts = (date(int(m[:4]), int(m[5:7]), 1) for m in sorted(found.closed))
        return [first for first in firsts
                if day <= first and (until is None or first < until)]

    def list_tariffs(self, session: Session) -> list[TariffRate]:
        self.authorise(session, Action.READ)
        return [
            {"programme": r["programme"], "effective_from": r["effective_from"].isoformat(),
             "monthly_amount": r["monthly_amount"], "basis": r["basis"]}
            for r in self.tariff_schedule().rates
        ]

    def monthly_cost_of(self, programmes: object, month: date | str) -> int:
        return monthly_cost(
            self.tariff_schedule().rates, normalise_programmes(programmes), as_date(month)
        )
