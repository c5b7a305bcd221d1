"""Enrolling a batch of checked registrations in one transaction (the file importer's write).

A batch registers the workers it has not seen, enrols new and known workers, and takes
all their seats from the quota with one event, all in ONE save: a killed import leaves
whole batches, and running it again enrols nobody twice (a worker already active in the
quota is a duplicate).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from eventsourcing.domain import Aggregate, DomainEvent
from eventsourcing.persistence import IntegrityError

from domain.duplicates import person_name_key
from domain.eligibility import (
    QuotaRules,
    check_eligible,
    check_not_backdated,
    refuses_nik_of_another_person,
)
from domain.errors import BerjasaError, RuleViolationError, ValidationError
from domain.model.bulk import new_enrolled_worker
from domain.model.common import Stamp
from domain.model.ids import AggregateIds
from domain.model.indeks import Indeks
from domain.model.kuota import Kuota
from domain.model.peserta import Peserta
from domain.registration import Registration
from domain.services.authoriser import Authoriser
from domain.services.base import BerjasaApplication
from domain.services.context import ContextService
from domain.services.periods import PeriodService
from domain.services.permissions import Action
from domain.services.quotas import QuotaService
from domain.services.session import Session
from domain.services.workers import WorkerService, claim_key, new_worker
from domain.values import as_optional_date


def other_person(known: Peserta, registration: Registration) -> RuleViolationError | None:
    """A row whose NIK is registered to someone else (another name, or another birth date,
    than the registered worker's): refused, never enrolling the registered worker in the
    row's place (a NIK typed wrong on a list names a real person). Names compare as
    people read them (`domain.duplicates.person_name_key`: case, spacing, "Dg.")."""
    if (person_name_key(known.name) == person_name_key(registration.name)
            and known.birth_date == registration.birth_date):
        return None
    return RuleViolationError(
        "import.nik_other_person", nik=known.nik, name=registration.name,
        birth_date=registration.birth_date.isoformat(), registered=known.name,
        registered_birth_date=known.birth_date.isoformat())


@dataclass(frozen=True)
class BatchOutcome:
    """What happened to each registration of a batch, by its position in the batch."""

    quota: str
    start: date
    enrolled: tuple[int, ...] = ()
    duplicates: tuple[int, ...] = ()
    over_quota: tuple[int, ...] = ()
    refused: tuple[tuple[int, BerjasaError], ...] = ()
    registered: int = 0
    already_registered: int = 0
    seats: int = 0
    free: int = 0


@dataclass
class _Plan:
    """The aggregates one batch touches, and each row's fate, before the save."""

    quota: Kuota
    start: date
    stamp: Stamp
    retroactive: bool
    recorded_on: date
    rules: QuotaRules
    touched: list[Aggregate | DomainEvent] = field(default_factory=list)
    seats: list[str] = field(default_factory=list)
    enrolled: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    over_quota: list[int] = field(default_factory=list)
    refused: list[tuple[int, BerjasaError]] = field(default_factory=list)
    registered: int = 0
    already_registered: int = 0
    # The store's (`BerjasaApplication.ids`).
    ids: AggregateIds = field(default_factory=AggregateIds)

    def outcome(self) -> BatchOutcome:
        return BatchOutcome(
            self.quota.code, self.start, tuple(self.enrolled), tuple(self.duplicates),
            tuple(self.over_quota), tuple(self.refused), self.registered,
            self.already_registered, self.quota.seats, self.quota.free,
        )


class ImportService(ContextService):
    """The file importer's writes: batches of registrations enrolled in one transaction."""

    # A new worker's events built directly (`domain.model.bulk`); off, every row takes the
    # generic path, which tests compare it with.
    bulk_events = True

    def __init__(self, application: BerjasaApplication, authoriser: Authoriser,
                 workers: WorkerService, quotas: QuotaService, periods: PeriodService) -> None:
        super().__init__(application, authoriser)
        self.workers, self.quotas, self.periods = workers, quotas, periods
        self._kept_quota: Kuota | None = None

    def authorise_import(self, session: Session, retroactive: bool = False,
                         reason: str = "") -> None:
        """Importing a worker list, checked before the file is read. A supervisor's
        backdated import needs a reason of its own: the file's name, which every batch
        carries, is none."""
        self.authorise(session, Action.IMPORT, reason)
        if retroactive and not reason.strip() and self.may(session, Action.ENROL_RETROACTIVE):
            raise ValidationError("reason.required")

    def enrol_batch(
        self, session: Session, registrations: Sequence[Registration], quota: str,
        start: date | str | None = None, *, assume_new: bool = False, reason: str = "",
        retroactive: bool = False,
    ) -> BatchOutcome:
        """Register and enrol `registrations` into `quota` in one transaction.

        `assume_new` skips the per-row look-up of existing workers (for a file whose earlier
        batches found none); if any NIK exists after all, the store refuses the whole save
        and the batch is planned again with look-ups, so the hint never changes the result.
        `retroactive`: a supervisor's or admin's backdated start (see `enrol`).
        """
        stamp = self.authorise(session, Action.IMPORT, reason)
        from_day = as_optional_date(start, "tanggal mulai")
        may_backdate = self.authoriser.may_backdate(session, retroactive, stamp)

        def attempt(look_up: bool) -> BatchOutcome:
            plan = self._plan_batch(quota, from_day, stamp, may_backdate)
            self._plan_rows(plan, registrations, look_up)
            if plan.seats:
                plan.quota.take_seats(plan.seats, stamp, retroactive=plan.retroactive)
                plan.touched.append(plan.quota)
            if plan.touched:
                self.save(*plan.touched)
            self._kept_quota = plan.quota  # as saved: the next batch's, unless changed since
            return plan.outcome()

        if assume_new:
            try:
                return attempt(False)
            except IntegrityError:
                pass  # someone in the batch exists after all: plan it again, looking up
        return self.with_retries(lambda: attempt(True))

    def register_batch(
        self, session: Session, registrations: Sequence[Registration], reason: str = ""
    ) -> dict[str, int]:
        """Register, without enrolling, the workers of `registrations` not yet registered,
        in one transaction; returns how many were registered and how many already were."""
        stamp = self.authorise(session, Action.IMPORT, reason)

        def attempt() -> dict[str, int]:
            touched: list[Aggregate] = []
            seen: set[str] = set()
            for registration in registrations:
                index = self._nik_index(registration.nik)
                if registration.nik in seen or (index is not None and index.owner):
                    continue
                seen.add(registration.nik)
                worker = self._new_worker(registration, stamp, index)
                touched += [worker, claim_key(index, worker, stamp, self.ids)]
            if touched:
                self.save(*touched)
            registered = len(touched) // 2
            return {"registered": registered, "already": len(registrations) - registered}

        return self.with_retries(attempt)

    def _plan_batch(self, quota: str, from_day: date | None, stamp: Stamp,
                    may_backdate: bool) -> _Plan:
        return self._plan_for(self._batch_quota(quota), from_day, stamp, may_backdate)

    def _plan_for(self, target: Kuota, from_day: date | None, stamp: Stamp,
                  may_backdate: bool) -> _Plan:
        self.quotas.check_quota_confirmed(target)
        day = from_day or self.quotas.default_start(target)
        self.quotas.check_start_in_period(target, day)
        today = self.calendar()
        backdated = check_not_backdated(day, today, may_backdate, self.quotas.approvers())
        self.periods.check_period_open(day)  # an import carries no correction of a closed month
        return _Plan(target, day, stamp, backdated, today, target.eligibility, ids=self.ids)

    def _plan_rows(self, plan: _Plan, registrations: Sequence[Registration],
                   look_up: bool) -> None:
        seen: set[str] = set()
        for position, registration in enumerate(registrations):
            if registration.nik in seen:
                plan.duplicates.append(position)
                continue
            seen.add(registration.nik)
            self._plan_row(plan, position, registration, look_up)

    def _plan_row(self, plan: _Plan, position: int, registration: Registration,
                  look_up: bool) -> None:
        index = self._nik_index(registration.nik) if look_up else None
        known = self.find(index.owner, Peserta) if index and index.owner else None
        if known is not None:
            plan.already_registered += 1
            mismatch = other_person(known, registration)
            if mismatch is not None and refuses_nik_of_another_person(plan.start):
                plan.refused.append((position, mismatch))
                return
            if known.active_enrolment(plan.quota.code) is not None:
                plan.duplicates.append(position)
                return
        if len(plan.seats) >= plan.quota.free:
            plan.over_quota.append(position)
            return
        if known is None and index is None and self.bulk_events:
            self._plan_new_worker(plan, position, registration)
            return
        worker = known or self._new_worker(registration, plan.stamp, index)
        try:
            worker.check_start_not_before_birth(plan.start)  # first, as the bulk path
            check_eligible(worker.person, plan.rules, plan.start)
            worker.enrol(plan.quota.code, plan.quota.programmes, plan.start,
                         plan.quota.period_end, plan.stamp, retroactive=plan.retroactive,
                         recorded_on=plan.recorded_on)
        except BerjasaError as error:
            plan.refused.append((position, error))
            return
        plan.touched.append(worker)
        if known is None:
            # A released index (its NIK corrected away) is reassigned, as for one worker.
            plan.touched.append(claim_key(index, worker, plan.stamp, self.ids))
            plan.registered += 1
        plan.seats.append(worker.id.hex)
        plan.enrolled.append(position)

    @staticmethod
    def _plan_new_worker(plan: _Plan, position: int, registration: Registration) -> None:
        """A NIK never seen (the usual row): its events built directly, as the generic
        path below would build them (see `domain.model.bulk`)."""
        quota = plan.quota
        try:
            key, events = new_enrolled_worker(
                registration, plan.stamp, quota.code, quota.programmes, plan.start,
                quota.period_end, rules=plan.rules, retroactive=plan.retroactive,
                recorded_on=plan.recorded_on, ids=plan.ids)
        except BerjasaError as error:
            plan.refused.append((position, error))
            return
        plan.touched += events
        plan.registered += 1
        plan.seats.append(key.hex)
        plan.enrolled.append(position)

    def _batch_quota(self, code: str) -> Kuota:
        """The quota as the previous batch saved it when nothing changed it since (one
        query for newer events), else read again: reading it back costs its snapshot and
        up to 50 seat events of 1,000 ids each, every batch. Taken, so that a batch that
        fails part way (its quota changed but not saved) is never used again."""
        kept, self._kept_quota = self._kept_quota, None
        if kept is not None and kept.code == str(code or "").strip().upper() and not (
                self.application.recorder.select_events(kept.id, gt=kept.version, limit=1)):
            return kept
        return self.quotas.quota(code)

    def _new_worker(self, registration: Registration, stamp: Stamp,
                    index: Indeks | None) -> Peserta:
        # Only a NIK seen before (its index exists) can have used up the first worker id.
        worker_key = (self.workers.free_worker_id(registration.nik) if index is not None
                      else self.ids.worker(registration.nik))
        return new_worker(registration, stamp, worker_key)

    def _nik_index(self, nik: str) -> Indeks | None:
        """The NIK's index entry, checked with one cheap read when the NIK is new."""
        key = self.ids.index("nik", nik)
        if not self.application.recorder.select_events(key, limit=1):
            return None
        return self.find(key, Indeks)
