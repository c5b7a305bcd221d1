"""Kuota: seats the city budgets for a fiscal year and a bundle of programmes.

Seat changes follow maker-checker: an operator proposes, another person approves.
Every enrolment takes a seat from here in the same transaction, so a quota is never
over-enrolled: two workstations taking the last seat collide on this aggregate's version.

An approved change has an effective date (money is counted in seat-months from it):
version 2 of `ChangeProposed` carries the date asked for (or None: the approval day) and
version 2 of `ChangeApproved` the date decided. Version 1 events are read with None; an
approval without a date takes effect on the day (WITA) it was recorded. Snapshots of
version 1 state lack the date of approved changes: they are read with None, counted from
the period's start (the most the change can cost: never less need than there was).

A second person for every seat (issue 23): version 2 of `Opened` carries `confirmed`
(False: another supervisor or admin must confirm the opening before any enrolment, or
refuse it, which closes its free seats). Version 1 `Opened` events, recorded before the
rule, are read as confirmed (an upcaster, never a rewrite); so are version 3 snapshots.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.eligibility import QuotaRules, default_rules
from domain.errors import RuleViolationError, ValidationError
from domain.model.common import Stamp
from domain.model.ids import quota_id
from domain.model.kuota_rules import QuotaChange, QuotaRulesData
from domain.values import WITA

PENDING, APPROVED, REFUSED = "diusulkan", "disetujui", "ditolak"
# The opening's state (issue 23): an opening needs a second person before any enrolment.
UNCONFIRMED, CONFIRMED, OPENING_REFUSED = "belum_dikonfirmasi", "dikonfirmasi", "ditolak"


def _opened_before_confirmation(state: dict[str, Any]) -> None:
    """Quotas opened before openings needed a second person count as confirmed."""
    state["confirmed"] = True


def _openings_confirmed(state: dict[str, Any]) -> None:
    state["opening"] = CONFIRMED
    state["opened_by"] = None
    state["opening_decided_by"] = None


def _no_effective_date(state: dict[str, Any]) -> None:
    state["effective"] = None


def _changes_without_dates(state: dict[str, Any]) -> None:
    for change in state.get("changes", {}).values():
        change.setdefault("effective", None)


def _seats_taken_v1_v2(state: dict[str, Any]) -> None:
    """Version 1 of SeatsTaken had no `retroactive`: no enrolment was (the rule came later)."""
    state["retroactive"] = False


def _no_retroactive_count_nor_rules(state: dict[str, Any]) -> None:
    state["retroactive"] = 0
    state["rules"] = None


class Kuota(Aggregate):
    """Snapshots: version 2, approved changes carry their effective date; version 3,
    `retroactive` counts seats taken by retroactive enrolments and `rules` holds the
    eligibility rules the quota was opened with (issue 16)."""

    class_version = 4  # v4: the opening's confirmation (issue 23)
    upcast_v1_v2 = staticmethod(_changes_without_dates)
    upcast_v2_v3 = staticmethod(_no_retroactive_count_nor_rules)
    upcast_v3_v4 = staticmethod(_openings_confirmed)

    class Opened(Aggregate.Created):
        """Version 2 carries `confirmed`: False for every quota opened since issue 23."""

        class_version = 2
        code: str
        year: int
        programmes: list[str]
        seats: int
        basis: str
        label: str
        period_start: date
        period_end: date
        stamp: Stamp
        confirmed: bool
        upcast_v1_v2 = staticmethod(_opened_before_confirmation)

    class ChangeProposed(Aggregate.Event):
        class_version = 2
        change: str
        delta: int
        effective: date | None
        stamp: Stamp
        upcast_v1_v2 = staticmethod(_no_effective_date)

    class ChangeApproved(Aggregate.Event):
        class_version = 2
        change: str
        effective: date | None
        stamp: Stamp
        upcast_v1_v2 = staticmethod(_no_effective_date)

        def apply(self, aggregate: Any) -> None:
            day = self.effective or self.timestamp.astimezone(WITA).date()
            aggregate.apply_approval(self.change, day, self.stamp)

    class SeatsTaken(Aggregate.Event):
        class_version = 2
        workers: list[str]
        stamp: Stamp
        retroactive: bool
        upcast_v1_v2 = staticmethod(_seats_taken_v1_v2)

    @staticmethod
    def create_id(code: str, **_: Any) -> UUID:
        return quota_id(code)

    @event(Opened)
    def __init__(
        self,
        code: str,
        year: int,
        programmes: list[str],
        seats: int,
        basis: str,
        label: str,
        period_start: date,
        period_end: date,
        stamp: Stamp,
        confirmed: bool = False,
    ) -> None:
        self.code = code
        self.year = year
        self.programmes = list(programmes)
        self.seats = seats
        self.basis = basis
        self.label = label
        self.period_start = period_start
        self.period_end = period_end
        self.used = 0
        self.changes: dict[str, QuotaChange] = {}
        self.retroactive = 0
        self.rules: QuotaRulesData | None = None
        self.opening = CONFIRMED if confirmed else UNCONFIRMED
        self.opened_by: str | None = stamp.actor
        self.opening_decided_by: str | None = None

    # --- commands -------------------------------------------------------------------------

    def propose_change(self, delta: int, stamp: Stamp, effective: date | None = None) -> str:
        if self.opening == OPENING_REFUSED:
            raise RuleViolationError("quota.opening_refused", quota=self.code)
        self.check_delta_not_zero(delta)
        self.check_not_below_used(self.seats + delta)
        if effective is not None:
            self.check_effective_in_period(effective)
        change = f"{self.code}/P{len(self.changes) + 1}"
        self._change_proposed(change=change, delta=delta, effective=effective, stamp=stamp)
        return change

    def approve_change(self, change: str, stamp: Stamp, today: date) -> None:
        """Approve; the change takes effect on the date proposed, else on `today`."""
        proposal = self.pending_change(change)
        self.check_not_own_proposal(change, proposal, stamp.actor)
        self.check_not_below_used(self.seats + int(proposal["delta"]))
        self.trigger_event(self.ChangeApproved, change=change,
                           effective=proposal.get("effective") or today, stamp=stamp)

    def refuse_change(self, change: str, stamp: Stamp) -> None:
        self.pending_change(change)
        self._change_refused(change=change, stamp=stamp)

    def confirm_opening(self, stamp: Stamp) -> None:
        """A second supervisor or admin confirms the opening: enrolment may start."""
        self.check_opening_to_decide(stamp.actor)
        self._opening_confirmed(stamp=stamp)

    def refuse_opening(self, stamp: Stamp) -> None:
        """A second person refuses the opening: its free seats close (the seats become the
        seats used; workers already enrolled keep their coverage)."""
        self.check_opening_to_decide(stamp.actor)
        self._opening_refused(seats=self.used, stamp=stamp)

    def take_seats(self, workers: list[str], stamp: Stamp, retroactive: bool = False) -> None:
        self.check_confirmed("-")
        self.check_has_free_seats(len(workers))
        self._seats_taken(workers=workers, stamp=stamp, retroactive=retroactive)

    def set_rules(self, rules: QuotaRules, stamp: Stamp) -> None:
        self._rules_set(rules=dict(rules.as_dict()), stamp=stamp)

    def release_seats(self, workers: list[str], stamp: Stamp) -> None:
        self._seats_released(workers=workers, stamp=stamp)

    # --- named checks ---------------------------------------------------------------------

    @staticmethod
    def check_delta_not_zero(delta: int) -> None:
        if delta == 0:
            raise ValidationError("quota.delta_zero")

    def check_not_below_used(self, seats: int) -> None:
        if seats < max(self.used, 1):
            raise RuleViolationError(
                "quota.below_used", quota=self.code, seats=seats, used=self.used
            )

    def check_has_free_seats(self, wanted: int) -> None:
        if self.used + wanted > self.seats:
            raise RuleViolationError("quota.full", quota=self.code, seats=self.seats)

    @staticmethod
    def check_not_own_proposal(change: str, proposal: QuotaChange, actor: str) -> None:
        if proposal["proposed_by"] == actor:
            raise RuleViolationError("quota.own_proposal", change=change)

    def check_opening_to_decide(self, actor: str) -> None:
        if self.opening != UNCONFIRMED:
            raise RuleViolationError("quota.opening_decided", quota=self.code,
                                     state=self.opening)
        if self.opened_by == actor:
            raise RuleViolationError("quota.confirm_own", quota=self.code)

    def check_confirmed(self, approvers: str) -> None:
        """Enrolment waits for the opening's confirmation; `approvers`: who may give it."""
        if self.opening == UNCONFIRMED:
            raise RuleViolationError("quota.unconfirmed", quota=self.code,
                                     opened_by=self.opened_by or "-",
                                     approvers=approvers or "-")
        if self.opening == OPENING_REFUSED:
            raise RuleViolationError("quota.opening_refused", quota=self.code)

    def check_effective_in_period(self, day: date) -> None:
        if not self.covers(day):
            raise RuleViolationError(
                "quota.effective_outside", quota=self.code, effective=day.isoformat(),
                period_start=self.period_start.isoformat(),
                period_end=self.period_end.isoformat())

    def pending_change(self, change: str) -> QuotaChange:
        proposal = self.changes.get(change)
        if proposal is None:
            raise RuleViolationError("quota.change_not_found", change=change)
        if proposal["state"] != PENDING:
            raise RuleViolationError(
                "quota.change_not_pending", change=change, state=proposal["state"]
            )
        return proposal

    # --- queries --------------------------------------------------------------------------

    @property
    def confirmed(self) -> bool:
        """Whether a second person confirmed the opening (or it predates the rule)."""
        return self.opening == CONFIRMED

    @property
    def awaiting_confirmation(self) -> bool:
        """The opening waits for a second person (a refused one was decided)."""
        return self.opening == UNCONFIRMED

    @property
    def free(self) -> int:
        return self.seats - self.used

    def covers(self, day: date) -> bool:
        return self.period_start <= day <= self.period_end

    @property
    def eligibility(self) -> QuotaRules:
        """The rules it was opened with; for a quota opened before quotas stored their
        rules, the defaults in force on its first day."""
        if self.rules is None:
            return default_rules(self.period_start)
        return QuotaRules.from_dict(self.rules)
    def frees_seat_after(self, end: date) -> bool:
        """Whether an enrolment ending on `end` frees its seat: only from the following
        month, so only when the quota's period reaches into that month."""
        following = date(end.year + end.month // 12, end.month % 12 + 1, 1)
        return following <= self.period_end

    def seat_steps(self) -> list[tuple[date, int]]:
        """(effective day, seat change) from the opening seats on: what `domain.money`
        counts seat-months from. A change approved without a known date (a version 1
        snapshot) counts from the period's start."""
        approved = [c for c in self.changes.values() if c["state"] == APPROVED]
        opening = self.seats - sum(int(c["delta"]) for c in approved)
        return [(self.period_start, opening),
                *((c.get("effective") or self.period_start, int(c["delta"])) for c in approved)]

    # --- events ---------------------------------------------------------------------------

    @event(ChangeProposed)
    def _change_proposed(self, change: str, delta: int, effective: date | None,
                         stamp: Stamp) -> None:
        self.changes[change] = QuotaChange(
            delta=delta,
            reason=stamp.reason,
            proposed_by=stamp.actor,
            state=PENDING,
            decided_by=None,
            effective=effective,
        )

    def apply_approval(self, change: str, effective: date, stamp: Stamp) -> None:
        """What `ChangeApproved` does (its `apply`, which knows the recorded time)."""
        proposal = self.changes[change]
        proposal["state"] = APPROVED
        proposal["decided_by"] = stamp.actor
        proposal["effective"] = effective
        self.seats += int(proposal["delta"])

    @event("ChangeRefused")
    def _change_refused(self, change: str, stamp: Stamp) -> None:
        self.changes[change]["state"] = REFUSED
        self.changes[change]["decided_by"] = stamp.actor

    @event(SeatsTaken)
    def _seats_taken(self, workers: list[str], stamp: Stamp, retroactive: bool) -> None:
        self.used += len(workers)
        if retroactive:
            self.retroactive += len(workers)

    @event("OpeningConfirmed")
    def _opening_confirmed(self, stamp: Stamp) -> None:
        self.opening = CONFIRMED
        self.opening_decided_by = stamp.actor

    @event("OpeningRefused")
    def _opening_refused(self, seats: int, stamp: Stamp) -> None:
        self.opening = OPENING_REFUSED
        self.opening_decided_by = stamp.actor
        self.seats = seats

    @event("RulesSet")
    def _rules_set(self, rules: dict[str, Any], stamp: Stamp) -> None:
        # What `set_rules` records: `QuotaRules.as_dict()`.
        self.rules = cast(QuotaRulesData, dict(rules))

    @event("SeatsReleased")
    def _seats_released(self, workers: list[str], stamp: Stamp) -> None:
        self.used -= len(workers)
