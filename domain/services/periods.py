"""Closing months, corrections of closed months, and the check every dated change asks.

`check_period_open(day, correction, stamp)` is the one call for any command that changes
coverage or money effective on `day` (enrolment start, termination date, death date,
approved quota change): it refuses with `period.closed` when `day`'s month is closed,
unless `correction` names an approved correction of that month (proposed by one person,
approved by another supervisor); it returns the aggregates to save with the command (the
correction, marked used).
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from eventsourcing.domain import Aggregate

from domain.errors import RuleViolationError
from domain.model.common import Stamp, require_reason
from domain.model.ids import closed_periods_id
from domain.model.periode import PeriodeTertutup, month_of, parse_month
from domain.model.periode_rules import ClosedMonth, ListedCorrection, PeriodCorrection
from domain.services.context import ContextService
from domain.services.permissions import Action
from domain.services.session import Session


def closed_month(record: ClosedMonth) -> ClosedMonth:
    """A closed month as the aggregate records it (`PeriodeTertutup._closed`)."""
    return {"month": record["month"], "closed_by": record["closed_by"],
            "closed_at": record["closed_at"], "reason": record["reason"]}


def period_correction(record: PeriodCorrection) -> PeriodCorrection:
    """A correction as the aggregate records it (`PeriodeTertutup._correction_proposed`)."""
    return {"correction": record["correction"], "month": record["month"],
            "reason": record["reason"], "proposed_by": record["proposed_by"],
            "state": record["state"], "decided_by": record["decided_by"],
            "used_on": record["used_on"]}


def listed_correction(record: PeriodCorrection) -> ListedCorrection:
    used_on = record["used_on"]
    return ListedCorrection(correction=record["correction"], month=record["month"],
                            reason=record["reason"], proposed_by=record["proposed_by"],
                            state=record["state"], decided_by=record["decided_by"],
                            used_on=used_on.isoformat() if used_on else None)


class PeriodsView(TypedDict):
    """The closed months and the corrections of them, as the aggregate records them."""

    closed: list[ClosedMonth]
    corrections: list[ListedCorrection]


class PeriodService(ContextService):
    """Closed months, corrections of them, and the check every dated change asks."""

    def closed_periods(self) -> PeriodeTertutup | None:
        return self.find(closed_periods_id(), PeriodeTertutup)

    def check_period_open(self, day: date, correction: str | None = None,
                          stamp: Stamp | None = None) -> list[Aggregate]:
        """Refuse a change effective on `day` in a closed month (`period.closed`) unless
        `correction` is usable; the aggregates to save with the change (none, or the
        closed periods with the correction marked used, which needs `stamp`)."""
        periods = self.closed_periods()
        if periods is None:
            return []
        used = periods.check_open(day, correction)
        if used is None:
            return []
        if stamp is None:
            raise RuleViolationError("period.closed", month=month_of(day), day=day.isoformat(),
                                     closed_by=periods.closed[month_of(day)]["closed_by"])
        periods.use_correction(used, day, stamp)
        return [periods]

    def close_period(self, session: Session, month: str, reason: str) -> ClosedMonth:
        """Close a month that has ended (billed, reconciled and paid)."""
        stamp = self.authorise(session, Action.CLOSE_PERIOD, reason)
        require_reason(stamp)
        key = parse_month(month)
        if key >= month_of(self.calendar()):
            raise RuleViolationError("period.not_ended", month=key)

        def attempt() -> ClosedMonth:
            periods = self.closed_periods() or PeriodeTertutup(stamp=stamp)
            periods.close(key, self.clock().isoformat(), stamp)
            self.save(periods)
            return closed_month(periods.closed[key])

        return self.with_retries(attempt)

    def propose_period_correction(self, session: Session, month: str,
                                  reason: str) -> PeriodCorrection:
        """Propose a correction of a closed month; another supervisor approves it."""
        stamp = self.authorise(session, Action.PROPOSE_PERIOD_CORRECTION, reason)
        require_reason(stamp)
        key = parse_month(month)

        def attempt() -> PeriodCorrection:
            periods = self.closed_periods()
            if periods is None:
                raise RuleViolationError("period.not_closed", month=key)
            correction = periods.propose_correction(key, stamp)
            self.save(periods)
            return period_correction(periods.corrections[correction])

        return self.with_retries(attempt)

    def decide_period_correction(self, session: Session, correction: str, approve: bool,
                                 reason: str = "") -> PeriodCorrection:
        stamp = self.authorise(session, Action.DECIDE_PERIOD_CORRECTION, reason)
        code = str(correction or "").strip().upper()

        def attempt() -> PeriodCorrection:
            periods = self.closed_periods()
            if periods is None:
                raise RuleViolationError("period.correction_not_found", correction=code)
            periods.decide_correction(code, approve, stamp)
            self.save(periods)
            return period_correction(periods.corrections[code])

        return self.with_retries(attempt)

    def list_periods(self, session: Session) -> PeriodsView:
        self.authorise(session, Action.READ)
        periods = self.closed_periods()
        if periods is None:
            return {"closed": [], "corrections": []}
        return {
            "closed": [closed_month(periods.closed[m]) for m in sorted(periods.closed)],
            "corrections": [listed_correction(c) for c in periods.corrections.values()],
        }
