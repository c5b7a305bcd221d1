"""Contribution rates, recorded as dated data so any month's cost can be computed."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from domain.errors import ValidationError
from domain.limits import BASIS, limit
from domain.model.common import normalise_programmes
from domain.model.ids import tariff_schedule_id
from domain.model.tarif import TarifIuran, monthly_cost
from domain.services.context import ContextService
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
    ) -> TariffSet:
        stamp = self.authorise(session, Action.SET_TARIFF, basis)
        code = normalise_programmes([programme])[0]
        amount = as_int(monthly_amount, "iuran bulanan")
        if amount <= 0:
            raise ValidationError("tariff.amount", value=amount)
        day = as_date(effective_from, "berlaku mulai")
        legal_basis = as_text(basis, "dasar hukum", limit=limit(BASIS), required=True)

        def attempt() -> TariffSet:
            schedule = self.tariff_schedule()
            schedule.set_rate(code, day, amount, legal_basis, stamp)
            self.save(schedule)
            return {"programme": code, "effective_from": day.isoformat(), "monthly": amount}

        return self.with_retries(attempt)

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
