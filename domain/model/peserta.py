"""Peserta: a worker the city protects, and the history of their enrolments."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.eligibility import BASE_ENDED, BASE_PROGRAMMES, Person
from domain.errors import RuleViolationError
from domain.model.common import Stamp
from domain.model.peserta_rules import (
    CORRECTABLE_FIELDS,
    DUKCAPIL_STATUSES,
    TERMINATION_REASONS,
    Enrolment,
    TerminationDetails,
    coverage_end,
    death_end,
)
from domain.values import WITA

# The plain rules live in `peserta_rules` (the read models load them without this
# aggregate's event classes); the services and forms still find them here.
__all__ = ["CORRECTABLE_FIELDS", "DUKCAPIL_STATUSES", "TERMINATION_REASONS", "Enrolment",
           "Peserta", "TerminationDetails", "check_fact_not_older",
           "check_start_not_before_birth", "coverage_end", "no_termination_details"]


def no_termination_details(state: dict[str, Any]) -> None:
    """Upcasts a version 1 termination (recorded before its reason carried details)."""
    state["details"] = {}


def _enrolled_v1_v2(state: dict[str, Any]) -> None:
    """Version 1 of Enrolled said neither whether it was retroactive (none was: the rule
    came with version 2) nor the day it was recorded: the WITA day of its timestamp."""
    state["retroactive"] = False
    moment = state.get("timestamp")
    state["recorded_on"] = (moment.astimezone(WITA).date() if isinstance(moment, datetime)
                            else state["start"])


def _registered_v1_v2(state: dict[str, Any]) -> None:
    """Version 1 of Registered had no family card (KK) number: none was recorded."""
    state["kk"] = ""


class Peserta(Aggregate):
    """A worker. Enrolments live here so one save guards a worker's coverage rules."""

    class Registered(Aggregate.Created):
        """Version 2 carries the family card (KK) number, '' when not known (issue 15:
        DTSEN deciles are per family); version 1 had none."""

        class_version = 2
        nik: str
        kk: str
        name: str
        sex: str
        birth_date: date
        kecamatan: str
        kelurahan: str
        occupation: str
        disability: bool
        decile: int | None
        decile_as_of: date | None
        phone: str
        agent: str
        stamp: Stamp
        upcast_v1_v2 = staticmethod(_registered_v1_v2)

    class Enrolled(Aggregate.Event):
        """Version 2: `retroactive` (a supervisor's backdated start, issue 16) and
        `recorded_on` (the WITA day it was recorded: what a claim's incident is compared
        with)."""

        class_version = 2
        quota: str
        programmes: list[str]
        start: date
        until: date
        stamp: Stamp
        retroactive: bool
        recorded_on: date
        upcast_v1_v2 = staticmethod(_enrolled_v1_v2)
    class EnrolmentTerminated(Aggregate.Event):
        """Version 2 carries the reason's details (`TerminationDetails`); version 1 had none."""

        class_version = 2
        quota: str
        end: date
        reason_code: str
        details: TerminationDetails
        stamp: Stamp
        upcast_v1_v2 = staticmethod(no_termination_details)

    # Set by `DuplicateRecorded`; a class default, so a snapshot taken before the event
    # type existed reads as "not a duplicate".
    duplicate_of: str | None = None  # the surviving record's aggregate id (hex)
    duplicate_of_nik: str | None = None
    # Set by Registered (version 2) or a correction; a class default, so a snapshot taken
    # before workers had a KK reads as "no KK recorded".
    kk: str = ""

    @event(Registered)
    def __init__(
        self,
        id: UUID,
        nik: str,
        kk: str,
        name: str,
        sex: str,
        birth_date: date,
        kecamatan: str,
        kelurahan: str,
        occupation: str,
        disability: bool,
        decile: int | None,
        decile_as_of: date | None,
        phone: str,
        agent: str,
        stamp: Stamp,
    ) -> None:
        self.nik = nik
        self.kk = kk
        self.name = name
        self.sex = sex
        self.birth_date = birth_date
        self.kecamatan = kecamatan
        self.kelurahan = kelurahan
        self.occupation = occupation
        self.disability = disability
        self.decile = decile
        self.decile_as_of = decile_as_of
        self.phone = phone
        self.agent = agent
        self.died_on: date | None = None
        self.dukcapil_status = "menunggu"
        self.dukcapil_checked_on: date | None = None
        self.kpj: str | None = None
        self.kpj_assigned_on: date | None = None
        self.enrolments: list[Enrolment] = []
        self.heirs: list[dict[str, str]] = []

    # --- commands -------------------------------------------------------------------------

    def correct_details(self, changes: dict[str, Any], stamp: Stamp) -> None:
        self.check_alive()
        self._details_corrected(changes=changes, stamp=stamp)

    def record_decile(self, decile: int, as_of: date, source: str, stamp: Stamp) -> None:
        check_fact_not_older(self.decile_as_of, as_of)
        self._decile_recorded(decile=decile, as_of=as_of, source=source, stamp=stamp)

    def record_death(self, died_on: date, stamp: Stamp) -> list[tuple[str, date | None]]:
        """Record the death; returns, for each enrolment it ends, its quota and the end it
        had (None: open), from which the caller tells whether its seat is freed now."""
        self.check_death_not_recorded()
        self.check_death_not_before_birth(died_on)
        ended = [(str(e["quota"]), e["end"]) for e in self.enrolments
                 if _covers_after(e, died_on)]
        self._death_recorded(died_on=died_on, stamp=stamp, ends_all=True)
        return ended

    def record_dukcapil(self, status: str, checked_on: date, stamp: Stamp) -> None:
        check_fact_not_older(self.dukcapil_checked_on, checked_on)
        self._dukcapil_recorded(status=status, checked_on=checked_on, stamp=stamp)

    def assign_kpj(self, kpj: str, stamp: Stamp, assigned_on: date | None = None) -> None:
        self._kpj_assigned(kpj=kpj, assigned_on=assigned_on, stamp=stamp)

    def record_heir(self, name: str, nik: str, relation: str, stamp: Stamp) -> None:
        self._heir_recorded(name=name, nik=nik, relation=relation, stamp=stamp)

    def enrol(
        self, quota: str, programmes: list[str], start: date, until: date, stamp: Stamp,
        *, retroactive: bool = False, recorded_on: date | None = None,
    ) -> None:
        """Enrol from `start` to `until` (capped, for JHT added on top, at the end of the
        JKK+JKM coverage it rests on). The quota's eligibility rules are checked by the
        caller (`domain.eligibility.check_eligible(worker.person, ...)`)."""
        self.check_not_dead_for_enrolment()
        self.check_not_duplicate()
        self.check_start_not_before_birth(start)
        self.check_not_enrolled_in(quota)
        self.check_no_programme_overlap(programmes, start, until)
        base_end = self.check_jht_on_base(programmes, start)
        self._enrolled(quota=quota, programmes=programmes, start=start,
                       until=min(until, base_end) if base_end else until, stamp=stamp,
                       retroactive=retroactive, recorded_on=recorded_on or start)

    def terminate(
        self,
        quota: str,
        end: date,
        reason_code: str,
        stamp: Stamp,
        details: TerminationDetails | None = None,
        *, before_start: bool = False,
    ) -> list[str]:
        """End the enrolment in `quota`; returns the quotas of JHT enrolments that ended
        with it (JHT rests on JKK+JKM: it ends the day its base does; one starting after
        that day ends then too, covering no day). `before_start`: an end before the
        enrolment's start is a fact (a duplicate resolved from an earlier day), not a
        typing error: the enrolment covers no day, so bills no month; otherwise refused."""
        enrolment = self.active_enrolment(quota)
        if enrolment is None:
            raise RuleViolationError("enrolment.not_found", nik=self.nik, quota=quota)
        if end < enrolment["start"] and not before_start:
            raise RuleViolationError(
                "enrolment.end_before_start",
                end=end.isoformat(),
                start=enrolment["start"].isoformat(),
            )
        self._terminated(
            quota=quota, end=end, reason_code=reason_code, details=dict(details or {}),
            stamp=stamp,
        )
        ended = []
        for dependant in self.jht_without_base(end):
            self._terminated(quota=dependant["quota"], end=end, reason_code=BASE_ENDED,
                             details={}, stamp=stamp)
            ended.append(str(dependant["quota"]))
        return ended

    def record_duplicate_of(self, survivor: Peserta, stamp: Stamp) -> None:
        """This record is another record of the same person (`survivor`, which stays)."""
        self.check_not_duplicate()
        self.check_survivor(survivor)
        self._duplicate_recorded(survivor_id=survivor.id.hex, survivor_nik=survivor.nik,
                                 stamp=stamp)

    def confirm_distinct_from(self, other: Peserta, stamp: Stamp) -> None:
        """A supervisor checked: this person and `other` are different people."""
        if other.id == self.id:
            raise RuleViolationError("duplicate.same_record", nik=self.nik)
        self._distinct_confirmed(other_id=other.id.hex, other_nik=other.nik, stamp=stamp)

    # --- named checks ---------------------------------------------------------------------

    def check_not_duplicate(self) -> None:
        if self.duplicate_of is not None:
            raise RuleViolationError("worker.duplicate", nik=self.nik)

    def check_survivor(self, survivor: Peserta) -> None:
        """The surviving record of a duplicate: another record, itself not a duplicate."""
        if survivor.id == self.id:
            raise RuleViolationError("terminate.survivor_self", nik=self.nik)
        if survivor.duplicate_of is not None:
            raise RuleViolationError("terminate.survivor_duplicate", nik=survivor.nik)

    def check_alive(self) -> None:
        if self.died_on is not None:
            raise RuleViolationError(
                "worker.deceased", nik=self.nik, died_on=self.died_on.isoformat()
            )

    def check_not_dead_for_enrolment(self) -> None:
        if self.died_on is not None:
            raise RuleViolationError(
                "enrol.after_death", nik=self.nik, died_on=self.died_on.isoformat()
            )

    def check_death_not_recorded(self) -> None:
        if self.died_on is not None:
            raise RuleViolationError(
                "worker.death_already_recorded", nik=self.nik, died_on=self.died_on.isoformat()
            )

    def check_death_not_before_birth(self, died_on: date) -> None:
        if died_on < self.birth_date:
            raise RuleViolationError(
                "worker.death_before_birth",
                died_on=died_on.isoformat(),
                birth_date=self.birth_date.isoformat(),
            )

    def check_start_not_before_birth(self, start: date) -> None:
        check_start_not_before_birth(start, self.birth_date)

    def check_not_enrolled_in(self, quota: str) -> None:
        if self.active_enrolment(quota) is not None:
            raise RuleViolationError("enrolment.already_in_quota", nik=self.nik, quota=quota)

    def check_no_programme_overlap(self, programmes: list[str], start: date, until: date) -> None:
        """Not already covered for the same programme in another quota for the period."""
        for enrolment in self.enrolments:
            shared = [p for p in programmes if p in enrolment["programmes"]]
            if shared and _overlaps(enrolment, start, until):
                raise RuleViolationError(
                    "eligibility.double_coverage",
                    nik=self.nik,
                    programme=shared[0],
                    quota=enrolment["quota"],
                )

    def check_jht_on_base(self, programmes: list[str], start: date) -> date | None:
        """For JHT without JKK and JKM in the same quota: the last day of the JKK+JKM
        coverage it is added on top of (Permenaker 1/2016 art. 3); refused without one.
        None when the quota needs no base."""
        if "JHT" not in programmes or all(p in programmes for p in BASE_PROGRAMMES):
            return None
        ends = [self.base_coverage_end(p, start) for p in BASE_PROGRAMMES if p not in programmes]
        if any(end is None for end in ends):
            raise RuleViolationError("enrol.jht_without_jkk_jkm", nik=self.nik,
                                     start=start.isoformat())
        return min(end for end in ends if end is not None)

    # --- queries --------------------------------------------------------------------------

    @property
    def person(self) -> Person:
        """What the eligibility rules look at."""
        return Person(self.nik, self.birth_date, self.kecamatan, self.kelurahan,
                      self.occupation, self.decile, self.dukcapil_status)

    def base_coverage_end(self, programme: str, day: date) -> date | None:
        """The last day of the enrolment covering `programme` on `day`, if one does."""
        ends = [coverage_end(e) for e in self.enrolments
                if programme in e["programmes"] and e["start"] <= day <= coverage_end(e)]
        return max(ends) if ends else None

    def jht_without_base(self, end: date) -> list[Enrolment]:
        """Open JHT-only enrolments covering past `end` that JKK+JKM no longer backs."""
        return [e for e in self.enrolments
                if e["end"] is None and _jht_only(e["programmes"]) and coverage_end(e) > end
                and not all(self.covered_on(p, max(end, e["start"]) + _ONE_DAY)
                            for p in BASE_PROGRAMMES)]

    def active_enrolment(self, quota: str) -> Enrolment | None:
        """The enrolment in `quota` that has not been terminated, if any."""
        for enrolment in self.enrolments:
            if enrolment["quota"] == quota and enrolment["end"] is None:
                return enrolment
        return None

    def covered_on(self, programme: str, day: date) -> bool:
        """Whether any recorded enrolment covered `programme` on `day`."""
        return any(
            programme in e["programmes"] and e["start"] <= day <= coverage_end(e)
            for e in self.enrolments
        )

    # --- events ---------------------------------------------------------------------------

    @event("DetailsCorrected")
    def _details_corrected(self, changes: dict[str, Any], stamp: Stamp) -> None:
        for name, value in changes.items():
            setattr(self, name, value)

    @event("DecileRecorded")
    def _decile_recorded(self, decile: int, as_of: date, source: str, stamp: Stamp) -> None:
        self.decile = decile
        self.decile_as_of = as_of

    class DeathRecorded(Aggregate.Event):
        """Version 2 ends every enrolment reaching past the death on the death's day
        (`ends_all`); a version 1 death replays as it was recorded: an open enrolment
        ended on the death, or on its start when that came later; one already ended on a
        later day untouched."""

        class_version = 2
        died_on: date
        stamp: Stamp
        ends_all: bool

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            state["ends_all"] = False

    @event(DeathRecorded)
    def _death_recorded(self, died_on: date, stamp: Stamp, ends_all: bool) -> None:
        self.died_on = died_on
        for enrolment in self.enrolments:
            ended = death_end(enrolment["start"], enrolment["until"], enrolment["end"],
                              died_on, ends_all)
            if ended is not None:
                enrolment["end"] = ended
                enrolment["end_reason"] = "death"

    @event("HeirRecorded")
    def _heir_recorded(self, name: str, nik: str, relation: str, stamp: Stamp) -> None:
        self.heirs = [h for h in self.heirs if h["nik"] != nik]
        self.heirs.append({"name": name, "nik": nik, "relation": relation})

    @event("DukcapilMatchRecorded")
    def _dukcapil_recorded(self, status: str, checked_on: date, stamp: Stamp) -> None:
        self.dukcapil_status = status
        self.dukcapil_checked_on = checked_on

    @event("DuplicateRecorded")
    def _duplicate_recorded(self, survivor_id: str, survivor_nik: str, stamp: Stamp) -> None:
        self.duplicate_of = survivor_id
        self.duplicate_of_nik = survivor_nik

    @event("DistinctPersonConfirmed")
    def _distinct_confirmed(self, other_id: str, other_nik: str, stamp: Stamp) -> None:
        pass  # a fact for the review list (read models); nothing in the worker changes

    class KpjAssigned(Aggregate.Event):
        """Version 2 carries the day BPJS assigned the number (its reply file says so);
        version 1 had no day: upcast with None."""

        class_version = 2
        kpj: str
        assigned_on: date | None
        stamp: Stamp

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            state["assigned_on"] = None

    @event(KpjAssigned)
    def _kpj_assigned(self, kpj: str, assigned_on: date | None, stamp: Stamp) -> None:
        self.kpj = kpj
        self.kpj_assigned_on = assigned_on

    @event(Enrolled)
    def _enrolled(
        self, quota: str, programmes: list[str], start: date, until: date, stamp: Stamp,
        retroactive: bool, recorded_on: date,
    ) -> None:
        self.enrolments.append(
            {
                "quota": quota,
                "programmes": list(programmes),
                "start": start,
                "until": until,
                "end": None,
                "end_reason": None,
                "retroactive": retroactive,
                "recorded_on": recorded_on,
            }
        )

    @event(EnrolmentTerminated)
    def _terminated(
        self, quota: str, end: date, reason_code: str, details: TerminationDetails, stamp: Stamp
    ) -> None:
        enrolment = self.active_enrolment(quota)
        if enrolment is not None:
            enrolment["end"] = end
            enrolment["end_reason"] = reason_code
            if details:  # absent in older snapshots' enrolments: read with .get
                enrolment["end_details"] = dict(details)


def check_fact_not_older(recorded: date | None, day: date) -> None:
    """A Dukcapil result or a DTSEN decile dated before the one recorded never overwrites
    it (`facts.older_than_recorded`), whichever door it comes through: one by one or a
    file (`domain.services.facts`)."""
    if recorded is not None and day < recorded:
        raise RuleViolationError("facts.older_than_recorded", day=day.isoformat(),
                                 recorded=recorded.isoformat())


def check_start_not_before_birth(start: date, birth_date: date) -> None:
    if start < birth_date:
        raise RuleViolationError("enrolment.before_birth", start=start.isoformat())


_ONE_DAY = timedelta(days=1)


def _jht_only(programmes: list[str]) -> bool:
    return "JHT" in programmes and not all(p in programmes for p in BASE_PROGRAMMES)


def _overlaps(enrolment: Enrolment, start: date, until: date) -> bool:
    return enrolment["start"] <= until and start <= coverage_end(enrolment)


def _covers_after(enrolment: Enrolment, day: date) -> bool:
    """Whether `enrolment` is open or ends after `day`, its period reaching `day`: what a
    death on `day` ends."""
    return death_end(enrolment["start"], enrolment["until"], enrolment["end"], day,
                     ends_all=True) is not None
