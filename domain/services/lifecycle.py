"""What a termination records besides its reason, and resolving possible duplicates.

A termination `formal` (the worker became a wage earner) records the employer and/or the
KPJ of the new membership; `moved` the new domicile; `duplicate` the surviving record.
A supervisor resolves a group of possible duplicates (`projections` lists them) either
way: one record is a duplicate of another (every open enrolment of it ends, naming the
survivor, and it can never be enrolled again), or they are different people (recorded on
each, so the group leaves the list).
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from eventsourcing.domain import Aggregate

from domain.errors import NotFoundError, ValidationError
from domain.limits import NAME, limit
from domain.model.common import Stamp, require_reason
from domain.model.ids import index_id, quota_id
from domain.model.indeks import Indeks
from domain.model.kuota import Kuota
from domain.model.peserta import Peserta, TerminationDetails
from domain.nik import normalise_nik
from domain.services.authoriser import Authoriser, Reader
from domain.services.base import BerjasaApplication
from domain.services.context import ContextService
from domain.services.periods import PeriodService
from domain.services.permissions import Action
from domain.services.session import Session
from domain.services.workers import KPJ_DIGITS, WorkerService
from domain.values import as_optional_date, as_text

# The detail options each termination reason takes (the others take none).
DETAIL_FIELDS: dict[str, tuple[str, ...]] = {
    "formal": ("employer", "kpj"),
    "moved": ("domicile",),
    "duplicate": ("survivor",),
}
# The index kind holding a person's one death claim (a JKM, or a JKK for a death at
# work), keyed by the worker's aggregate id (hex): `domain.services.claims`.
DEATH_CLAIM = "klaim-kematian"


class DuplicateResolved(TypedDict):
    nik: str
    survivor: str  # the NIK kept
    end: str
    terminated: list[str]  # the quotas whose enrolments ended


class DistinctConfirmed(TypedDict):
    niks: list[str]
    distinct: bool


class LifecycleService(ContextService):
    """What a termination records besides its reason, and resolving possible duplicates."""

    def __init__(self, application: BerjasaApplication, authoriser: Authoriser,
                 workers: WorkerService, periods: PeriodService) -> None:
        super().__init__(application, authoriser)
        self.workers, self.periods = workers, periods

    # --- termination details --------------------------------------------------------------

    def termination_details(
        self, worker: Peserta, reason_code: str, given: dict[str, str]
    ) -> TerminationDetails:
        """The checked details of a termination with `reason_code` (see DETAIL_FIELDS)."""
        values = {k: as_text(v, k, limit=limit(NAME))
                  for k, v in given.items() if str(v or "").strip()}
        allowed = DETAIL_FIELDS.get(reason_code, ())
        for name in values:
            if name not in allowed:
                raise ValidationError("terminate.detail_unexpected", field=name,
                                      reason=reason_code)
        if reason_code == "formal":
            return formal_details(values)
        if reason_code == "moved":
            if not values.get("domicile"):
                raise ValidationError("terminate.domicile_missing")
            return {"domicile": values["domicile"]}
        if reason_code == "duplicate":
            survivor = self.survivor_of(worker, values.get("survivor", ""))
            return {"survivor_nik": survivor.nik, "survivor_id": survivor.id.hex}
        return {}

    def survivor_of(self, worker: Peserta, nik: str) -> Peserta:
        """The surviving record a duplicate names: it exists and is another record."""
        if not nik.strip():
            raise ValidationError("terminate.survivor_missing")
        key = normalise_nik(nik)
        if not self.workers.worker_exists(key):
            raise NotFoundError("terminate.survivor_not_found", nik=key)
        survivor = self.workers.worker_by_nik(key)
        worker.check_survivor(survivor)
        return survivor

    def end_enrolment(
        self, worker: Peserta, quota: Kuota, end: date, reason_code: str,
        details: TerminationDetails, stamp: Stamp, *, before_start: bool = False,
    ) -> list[Kuota]:
        """End the worker's enrolment in `quota` and free its seat from the following
        month, when the quota's period reaches it (saved by the caller). JHT added on top
        of this JKK+JKM ends with it (issue 16): its quotas, to save too, are returned."""
        ended = worker.terminate(quota.code, end, reason_code, stamp, details,
                                 before_start=before_start)
        if quota.frees_seat_after(end):
            quota.release_seats([worker.id.hex], stamp)
        dependants = [self.require(quota_id(c), Kuota, "quota.not_found", quota=c)
                      for c in ended]
        for dependant in dependants:
            if dependant.frees_seat_after(end):
                dependant.release_seats([worker.id.hex], stamp)
        return dependants

    # --- possible duplicates --------------------------------------------------------------

    def authorise_duplicate_review(self, session: Session) -> Reader:
        """Listing the groups of possible duplicates (the read models find them)."""
        return self.reader(session)

    def resolve_duplicate(
        self, session: Session, nik: str, survivor: str, reason: str,
        end: date | str | None = None, correction: str | None = None,
    ) -> DuplicateResolved:
        """Record `nik` as a duplicate of `survivor`: its open enrolments end on `end`
        (default today) as `duplicate`, naming the survivor, and free their seats. An end
        in a closed month needs an approved `correction` of it (`period.closed`), as any
        termination does. One person dies once: a death recorded on the duplicate only is
        recorded on the survivor too (its coverage ends; a death in a closed month needs
        the `correction`), and a death claim the duplicate holds becomes the survivor's."""
        stamp = self.authorise(session, Action.RESOLVE_DUPLICATES, reason)
        require_reason(stamp)
        end_day = as_optional_date(end, "tanggal berhenti") or self.calendar()

        def attempt() -> DuplicateResolved:
            worker = self.workers.worker_by_nik(nik)
            worker.check_not_duplicate()
            kept = self.survivor_of(worker, survivor)
            details = {"survivor_nik": kept.nik, "survivor_id": kept.id.hex}
            ending = any(e["end"] is None for e in worker.enrolments)
            # A dead record's enrolments have all ended: its death date is what is checked.
            died = worker.died_on if kept.died_on is None else None
            periods = (self.periods.check_period_open(died or end_day, correction, stamp)
                       if ending or died else [])
            touched: dict[str, Kuota] = {}
            for enrolment in list(worker.enrolments):
                if enrolment["end"] is not None:
                    continue  # ended before, or just now with the JKK+JKM it rests on
                code = enrolment["quota"]
                quota = touched.get(code) or self.require(quota_id(code), Kuota,
                                                          "quota.not_found", quota=code)
                touched[code] = quota
                # From `end_day` on the person is the survivor's: an enrolment of the
                # duplicate starting later covers no day (it ended on its start, billing
                # that month for the person twice).
                for dependant in self.end_enrolment(worker, quota, end_day, "duplicate",
                                                    details, stamp, before_start=True):
                    touched.setdefault(dependant.code, dependant)
            worker.record_duplicate_of(kept, stamp)
            carried: list[Aggregate] = [*self.death_claim_carried(worker, kept, stamp)]
            if died is not None:
                carried += [kept, *self.workers.death_recorded(kept, died, stamp,
                                                               [worker, *carried])]
            self.save(worker, *touched.values(), *periods, *carried)
            return {"nik": worker.nik, "survivor": kept.nik, "end": end_day.isoformat(),
                    "terminated": sorted(touched)}

        return self.with_retries(attempt)

    def death_claim_carried(self, duplicate: Peserta, survivor: Peserta,
                            stamp: Stamp) -> list[Indeks]:
        """The survivor's death-claim entry naming the duplicate's death claim, when the
        duplicate holds one and the survivor none: a second death claim reported on the
        survivor is then refused (`claim.second_jkm`, `claim.second_death_claim`)."""
        held = self.find(index_id(DEATH_CLAIM, duplicate.id.hex), Indeks)
        if held is None or held.owner is None:
            return []
        entry = self.find(index_id(DEATH_CLAIM, survivor.id.hex), Indeks)
        if entry is None:
            return [Indeks(kind=DEATH_CLAIM, key=survivor.id.hex, owner=held.owner,
                           stamp=stamp)]
        if entry.owner is None:
            entry.reassign(held.owner, stamp)
            return [entry]
        return []  # both records hold one already: the history says so, nothing to add

    def confirm_distinct(self, session: Session, niks: list[str], reason: str
                         ) -> DistinctConfirmed:
        """Record that the workers named are different people (each pair, on both)."""
        stamp = self.authorise(session, Action.RESOLVE_DUPLICATES, reason)
        require_reason(stamp)
        keys = list(dict.fromkeys(normalise_nik(n) for n in niks))
        if len(keys) < 2:
            raise ValidationError("duplicate.too_few", count=len(keys))

        def attempt() -> DistinctConfirmed:
            workers = [self.workers.worker_by_nik(k) for k in keys]
            for worker in workers:
                for other in workers:
                    if other is not worker:
                        worker.confirm_distinct_from(other, stamp)
            self.save(*workers)
            return {"niks": [w.nik for w in workers], "distinct": True}

        return self.with_retries(attempt)


def formal_details(values: dict[str, str]) -> TerminationDetails:
    """A wage earner's new membership: its employer, its KPJ number, or both."""
    if not values.get("employer") and not values.get("kpj"):
        raise ValidationError("terminate.formal_details_missing")
    details = {}
    if values.get("employer"):
        details["employer"] = values["employer"]
    if values.get("kpj"):
        number = "".join(values["kpj"].split())
        if not (number.isascii() and number.isdigit() and len(number) == KPJ_DIGITS):
            raise ValidationError("worker.kpj_invalid", value=values["kpj"], digits=KPJ_DIGITS)
        details["kpj"] = number
    return details

