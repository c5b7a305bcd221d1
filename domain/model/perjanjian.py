"""Perjanjian: the MoU between BPJS Ketenagakerjaan and the city, and its PKS.

An agreement's status is derived from its dates and the day asked about, never typed in.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.errors import RuleViolationError
from domain.model.common import Stamp
from domain.model.ids import agreement_id
from domain.model.perjanjian_rules import (
    ACTIVE,
    DEFAULT_RENEWAL_WINDOW_DAYS,
    DUE,
    EXPIRED,
    KINDS,
    NOT_YET,
    TERMINATED,
    RecordedRenewal,
    RenewalProposal,
    agreement_status,
    days_left,
)

# The plain rules live in `perjanjian_rules` (the read models load them without this
# aggregate's event classes); the services still find them here.
__all__ = ["ACTIVE", "DEFAULT_RENEWAL_WINDOW_DAYS", "DUE", "EXPIRED", "KINDS", "NOT_YET",
           "TERMINATED", "Perjanjian", "agreement_status", "days_left"]


class Perjanjian(Aggregate):
    @staticmethod
    def create_id(number: str, **_: Any) -> UUID:
        return agreement_id(number)

    @event("Registered")
    def __init__(
        self,
        number: str,
        kind: str,
        subject: str,
        parties: list[str],
        signed_on: date,
        valid_from: date,
        valid_to: date,
        programmes: list[str],
        quotas: list[str],
        parent: str,
        stamp: Stamp,
    ) -> None:
        self.number = number
        self.kind = kind
        self.subject = subject
        self.parties = list(parties)
        self.signed_on = signed_on
        self.valid_from = valid_from
        self.valid_to = valid_to
        self.programmes = list(programmes)
        self.quotas = list(quotas)
        self.parent = parent
        self.renewals: list[RecordedRenewal] = []
        self.renewal_proposed: RenewalProposal | None = None
        self.terminated_on: date | None = None

    def propose_renewal(self, proposed_to: date, stamp: Stamp) -> None:
        self.check_not_terminated()
        self.check_extends(proposed_to)
        self._renewal_proposed(proposed_to=proposed_to, stamp=stamp)

    def renew(self, signed_on: date, valid_to: date, reference: str, stamp: Stamp) -> None:
        self.check_not_terminated()
        self.check_extends(valid_to)
        self._renewed(signed_on=signed_on, valid_to=valid_to, reference=reference, stamp=stamp)

    def terminate(self, terminated_on: date, stamp: Stamp) -> None:
        self.check_not_terminated()
        self._terminated(terminated_on=terminated_on, stamp=stamp)

    def link_quotas(self, quotas: list[str], stamp: Stamp) -> None:
        self._quotas_linked(quotas=quotas, stamp=stamp)

    def check_not_terminated(self) -> None:
        if self.terminated_on is not None:
            raise RuleViolationError("mou.terminated", number=self.number)

    def check_extends(self, valid_to: date) -> None:
        if valid_to <= self.valid_to:
            raise RuleViolationError("mou.renewal_not_after", valid_to=self.valid_to.isoformat())

    def status_on(self, day: date, window_days: int = DEFAULT_RENEWAL_WINDOW_DAYS) -> str:
        return agreement_status(
            self.valid_from, self.valid_to, self.terminated_on, day, window_days
        )

    @event("RenewalProposed")
    def _renewal_proposed(self, proposed_to: date, stamp: Stamp) -> None:
        self.renewal_proposed = RenewalProposal(proposed_to=proposed_to, by=stamp.actor)

    @event("Renewed")
    def _renewed(self, signed_on: date, valid_to: date, reference: str, stamp: Stamp) -> None:
        self.renewals.append(
            RecordedRenewal(
                signed_on=signed_on,
                previous_valid_to=self.valid_to,
                valid_to=valid_to,
                reference=reference,
            )
        )
        self.valid_to = valid_to
        self.renewal_proposed = None

    @event("Terminated")
    def _terminated(self, terminated_on: date, stamp: Stamp) -> None:
        self.terminated_on = terminated_on

    @event("QuotasLinked")
    def _quotas_linked(self, quotas: list[str], stamp: Stamp) -> None:
        self.quotas = sorted(set(self.quotas) | set(quotas))

