"""PeriodeTertutup: the months that are billed, reconciled and paid, and closed.

After a supervisor closes a month, no command may change coverage or money effective in
it (an enrolment's start, a termination or death date, an approved quota change) unless it
carries a correction proposed by one person and approved by a supervisor who is not the
proposer; each approved correction is used once. `check_open` is the one place every
such command asks (see `domain.services.periods.PeriodService.check_period_open`).
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.errors import RuleViolationError, ValidationError
from domain.model.common import Stamp
from domain.model.ids import closed_periods_id
from domain.model.periode_rules import ClosedMonth, PeriodCorrection

PENDING, APPROVED, REFUSED, USED = "diusulkan", "disetujui", "ditolak", "dipakai"


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def parse_month(value: object) -> str:
    """`YYYY-MM` checked; ValidationError otherwise."""
    text = str(value or "").strip()
    year, _, month = text.partition("-")
    if not (len(year) == 4 and year.isdigit() and len(month) == 2 and month.isdigit()
            and 1 <= int(month) <= 12 and int(year) >= 2015):
        raise ValidationError("period.month_invalid", value=text)
    return text


class PeriodeTertutup(Aggregate):
    @staticmethod
    def create_id(**_: Any) -> UUID:
        return closed_periods_id()

    @event("Started")
    def __init__(self, stamp: Stamp) -> None:
        self.closed: dict[str, ClosedMonth] = {}
        self.corrections: dict[str, PeriodCorrection] = {}

    # --- commands -------------------------------------------------------------------------

    def close(self, month: str, closed_at: str, stamp: Stamp) -> None:
        if month in self.closed:
            raise RuleViolationError("period.already_closed", month=month,
                                     closed_by=self.closed[month]["closed_by"])
        self._closed(month=month, closed_at=closed_at, stamp=stamp)

    def propose_correction(self, month: str, stamp: Stamp) -> str:
        self.check_closed(month)
        correction = f"{month}/K{len(self.corrections) + 1}"
        self._correction_proposed(correction=correction, month=month, stamp=stamp)
        return correction

    def decide_correction(self, correction: str, approve: bool, stamp: Stamp) -> None:
        proposal = self.correction(correction)
        if proposal["state"] != PENDING:
            raise RuleViolationError("period.correction_not_pending", correction=correction,
                                     state=proposal["state"])
        if approve and proposal["proposed_by"] == stamp.actor:
            raise RuleViolationError("period.own_correction", correction=correction)
        self._correction_decided(correction=correction, approved=approve, stamp=stamp)

    def use_correction(self, correction: str, day: date, stamp: Stamp) -> None:
        self._correction_used(correction=correction, day=day, stamp=stamp)

    # --- named checks ---------------------------------------------------------------------

    def check_closed(self, month: str) -> None:
        if month not in self.closed:
            raise RuleViolationError("period.not_closed", month=month)

    def check_open(self, day: date, correction: str | None = None) -> str | None:
        """Refuse (`period.closed`) a change effective on `day` in a closed month, unless
        `correction` is an approved, unused correction of that month: then its id, which
        the caller marks used (`use_correction`) in the same save."""
        month = month_of(day)
        closed = self.closed.get(month)
        if closed is None:
            return None
        if correction is None:
            raise RuleViolationError("period.closed", month=month, day=day.isoformat(),
                                     closed_by=closed["closed_by"])
        proposal = self.correction(correction)
        if proposal["month"] != month or proposal["state"] != APPROVED:
            raise RuleViolationError("period.correction_unusable", correction=correction,
                                     month=month, state=proposal["state"])
        return correction

    def correction(self, correction: str) -> PeriodCorrection:
        key = str(correction or "").strip().upper()
        found = self.corrections.get(key)
        if found is None:
            raise RuleViolationError("period.correction_not_found", correction=key)
        return found

    # --- events ---------------------------------------------------------------------------

    @event("Closed")
    def _closed(self, month: str, closed_at: str, stamp: Stamp) -> None:
        self.closed[month] = ClosedMonth(month=month, closed_by=stamp.actor,
                                         closed_at=closed_at, reason=stamp.reason)

    @event("CorrectionProposed")
    def _correction_proposed(self, correction: str, month: str, stamp: Stamp) -> None:
        self.corrections[correction] = PeriodCorrection(
            correction=correction, month=month, reason=stamp.reason, proposed_by=stamp.actor,
            state=PENDING, decided_by=None, used_on=None)

    @event("CorrectionDecided")
    def _correction_decided(self, correction: str, approved: bool, stamp: Stamp) -> None:
        self.corrections[correction]["state"] = APPROVED if approved else REFUSED
        self.corrections[correction]["decided_by"] = stamp.actor

    @event("CorrectionUsed")
    def _correction_used(self, correction: str, day: date, stamp: Stamp) -> None:
        self.corrections[correction]["state"] = USED
        self.corrections[correction]["used_on"] = day
