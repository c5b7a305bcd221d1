"""Registering workers and recording what happens to them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypedDict
from uuid import UUID

from eventsourcing.domain import Aggregate
from eventsourcing.persistence import IntegrityError

from domain.duplicates import person_name_key
from domain.errors import ConcurrencyError, NotFoundError, RuleViolationError, ValidationError
from domain.limits import BASIS, NAME, limit
from domain.model.common import Stamp, require_reason
from domain.model.ids import AggregateIds, quota_id
from domain.model.indeks import Indeks, index_entry
from domain.model.kuota import Kuota
from domain.model.peserta import (
    CORRECTABLE_FIELDS,
    DUKCAPIL_STATUSES,
    Enrolment,
    Peserta,
    coverage_end,
)
from domain.nik import normalise_nik, parse_nik
from domain.reference import heir_order
from domain.registration import Registration, validate_registration, warning_texts
from domain.services.authoriser import Authoriser
from domain.services.base import BerjasaApplication
from domain.services.batch import AggregateBatch, kpj_changes
from domain.services.context import ContextService
from domain.services.periods import PeriodService
from domain.services.permissions import Action
from domain.services.session import Session
from domain.values import as_date, as_decile, as_text

KPJ_DIGITS = 11
# The index kind naming the first recorded death of a person key (name as people read it,
# birth date, kecamatan, kelurahan: what `domain.duplicates` groups possible duplicates
# by), under a digest of the key: a death recorded on a lookalike record waits for a
# supervisor's decision on the pair (a duplicate, or different people).
DEATH_OF_PERSON = "kematian-orang"


def same_person(worker: Peserta, find: Callable[[UUID], Peserta | None]) -> list[Peserta]:
    """`worker` and the records it was recorded a duplicate of (its survivor, and that
    record's survivor if it was recorded a duplicate in turn): one person's records, whose
    death and death benefit count once whichever record a claim is reported on."""
    records, current = [worker], worker
    while current.duplicate_of is not None:
        survivor = find(UUID(current.duplicate_of))
        if survivor is None or any(r.id == survivor.id for r in records):
            break
        records.append(survivor)
        current = survivor
    return records


def person_key_digest(worker: Peserta) -> str:
    """A digest of the worker's person key (never the name itself in an index)."""
    key = "|".join((person_name_key(worker.name), worker.birth_date.isoformat(),
                    worker.kecamatan, worker.kelurahan))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class WorkerService(ContextService):
    """Registering workers and recording what happens to them (deaths, heirs, Dukcapil,
    deciles, KPJ numbers)."""

    def __init__(self, application: BerjasaApplication, authoriser: Authoriser,
                 periods: PeriodService) -> None:
        super().__init__(application, authoriser)
        self.periods = periods

    # --- lookups --------------------------------------------------------------------------

    def worker_by_nik(self, nik: str) -> Peserta:
        key = normalise_nik(nik)
        index = self.find(self.ids.index("nik", key), Indeks)
        worker = self.find(index.owner, Peserta) if index and index.owner else None
        if worker is None:
            raise NotFoundError("worker.not_found", nik=key)
        return worker

    def worker_exists(self, nik: str) -> bool:
        index = self.find(self.ids.index("nik", normalise_nik(nik)), Indeks)
        return index is not None and index.owner is not None

    def get_worker(self, session: Session, nik: str) -> WorkerView:
        self.authorise(session, Action.READ)
        return self.shown_to(session, describe_worker(self.worker_by_nik(nik)))

    # --- commands -------------------------------------------------------------------------

    def register_worker(self, session: Session, **fields: Any) -> RegisteredWorker:
        """Register a worker from plain values; returns the stored details and warnings."""
        stamp = self.authorise(session, Action.REGISTER_WORKER, str(fields.pop("reason", "")))
        registration = validate_registration(today=self.calendar(), **fields)
        self.check_not_registered(registration.nik)
        worker = new_worker(registration, stamp, self.free_worker_id(registration.nik))
        index = claim_key(self.find(self.ids.index("nik", registration.nik), Indeks), worker,
                          stamp, self.ids)
        try:
            self.save(worker, index)
        except IntegrityError:
            self.check_not_registered(registration.nik)
            raise ConcurrencyError("concurrency.retry") from None
        # Warnings (codes, and their sentences) never refuse: the worker is registered.
        return {**describe_worker(worker), "warnings": list(registration.warnings),
                "warning_messages": warning_texts(registration)}

    def free_worker_id(self, nik: str) -> UUID:
        """The deterministic id a new worker with this NIK gets (see `domain.model.ids`)."""
        generation = 1
        while self.application.recorder.select_events(self.ids.worker(nik, generation), limit=1):
            generation += 1
        return self.ids.worker(nik, generation)

    def check_not_registered(self, nik: str) -> None:
        index = self.find(self.ids.index("nik", nik), Indeks)
        if index is not None and index.owner is not None:
            holder = self.find(index.owner, Peserta)
            raise RuleViolationError(
                "worker.already_registered", nik=nik, name=holder.name if holder else "?"
            )

    def correct_worker(
        self, session: Session, nik: str, changes: dict[str, Any], reason: str
    ) -> WorkerView:
        """Correct details with a mandatory reason; every rule of registration holds after."""
        stamp = self.authorise(session, Action.CORRECT_WORKER, reason)
        require_reason(stamp)

        def attempt() -> WorkerView:
            worker = self.worker_by_nik(nik)
            diff = self._checked_changes(worker, changes)
            touched: list[Aggregate] = [worker]
            if "nik" in diff:
                touched += self._move_nik_index(worker, diff["nik"], stamp)
            worker.correct_details(diff, stamp)
            self.save(*touched)
            return describe_worker(worker)

        return self.with_retries(attempt)

    def _checked_changes(self, worker: Peserta, changes: dict[str, Any]) -> dict[str, Any]:
        """`changes` (any of CORRECTABLE_FIELDS by name, as given) checked with the whole
        record; the fields that change, by name, as `DetailsCorrected` records them."""
        unknown = [name for name in changes if name not in CORRECTABLE_FIELDS]
        if unknown:
            raise ValidationError("worker.field_unknown", field=unknown[0])
        current = {name: getattr(worker, name) for name in CORRECTABLE_FIELDS}
        merged = {**current, **{k: v for k, v in changes.items() if v is not None}}
        checked = validate_registration(today=self.calendar(), **merged)
        diff = {
            name: getattr(checked, name)
            for name in CORRECTABLE_FIELDS
            if getattr(checked, name) != current[name]
        }
        if not diff:
            raise ValidationError("worker.nothing_to_correct")
        return diff

    def _move_nik_index(self, worker: Peserta, new_nik: str, stamp: Stamp) -> list[Aggregate]:
        self.check_not_registered(new_nik)
        old = self.find(self.ids.index("nik", worker.nik), Indeks)
        target = self.find(self.ids.index("nik", new_nik), Indeks)
        if target is None:
            target = new_index(self.ids, "nik", new_nik, worker.id, stamp)
        else:
            target.reassign(worker.id, stamp)
        touched: list[Aggregate] = [target]
        if old is not None:
            old.release(stamp)
            touched.append(old)
        return touched

    def record_death(
        self, session: Session, nik: str, died_on: date | str, reason: str = "",
        correction: str | None = None,
    ) -> WorkerView:
        """Record a death; every enrolment ends on that date and frees its seat. A death
        in a closed month needs an approved correction (`period.closed`)."""
        stamp = self.authorise(session, Action.RECORD_DEATH, reason)
        day = as_date(died_on, "tanggal meninggal")
        if day > self.calendar():
            raise ValidationError("claim.incident_future", value=day.isoformat())

        def attempt() -> WorkerView:
            worker = self.worker_by_nik(nik)
            periods = self.periods.check_period_open(day, correction, stamp)
            quotas = self.death_recorded(worker, day, stamp)
            self.save(worker, *quotas, *periods)
            return describe_worker(worker)

        return self.with_retries(attempt)

    def death_recorded(self, worker: Peserta, day: date, stamp: Stamp,
                       made: Sequence[Aggregate] = ()) -> list[Aggregate]:
        """Record `worker`'s death (once) and return what to save with the worker: the
        quotas whose seats it frees, and the person key's death entry when it is the
        first (`made`: what the command already made, which may hold it). A seat is freed
        only when its quota's period goes on after the death's month: the months already
        covered were paid and stay counted. Refused when a lookalike record (same name,
        birth date and kelurahan) already died and no supervisor decided the pair
        (`worker.lookalike_died`): one person, one death."""
        if day > self.calendar():  # every route: `worker death`, a termination, a claim
            raise ValidationError("claim.incident_future", value=day.isoformat())
        entry = self.person_death_entry(worker, stamp, made)
        quotas: dict[str, Kuota] = {}
        for code, earlier in worker.record_death(day, stamp):
            quota = quotas.get(code) or self.require(quota_id(code), Kuota, "quota.not_found",
                                                     quota=code)
            # An enrolment ended earlier freed its seat then if its quota's period went on
            # after that end's month; ended now on the death, only if it did not.
            if quota.frees_seat_after(day) and not (earlier is not None
                                                    and quota.frees_seat_after(earlier)):
                quota.release_seats([worker.id.hex], stamp)
                quotas[code] = quota
        return [*quotas.values(), *entry]

    def person_death_entry(self, worker: Peserta, stamp: Stamp,
                           made: Sequence[Aggregate] = ()) -> list[Indeks]:
        """The entry naming `worker` as the first death of its person key (none when one
        exists: of this person's records, or of a record decided to be someone else)."""
        key = person_key_digest(worker)
        entry_id = self.ids.index(DEATH_OF_PERSON, key)
        if any(a.id == entry_id for a in made):
            return []
        entry = self.find(entry_id, Indeks)
        if entry is None:
            return [new_index(self.ids, DEATH_OF_PERSON, key, worker.id, stamp)]
        if entry.owner is None or entry.owner == worker.id:
            return []
        # The other record as this command changed it, if it did (a resolution in progress).
        other = next((a for a in made if isinstance(a, Peserta) and a.id == entry.owner),
                     None) or self.find(entry.owner, Peserta)
        if other is None or self.decided_pair(worker, other):
            return []
        raise RuleViolationError(
            "worker.lookalike_died", nik=worker.nik, other=other.nik, name=other.name,
            died_on=other.died_on.isoformat() if other.died_on else "-")

    def decided_pair(self, worker: Peserta, other: Peserta) -> bool:
        """Whether a supervisor decided `worker` and `other`: records of one person (a
        duplicate of the other, either way), or different people."""
        def find(key: UUID) -> Peserta | None:
            return self.find(key, Peserta)

        if any(r.id == other.id for r in same_person(worker, find)) or any(
                r.id == worker.id for r in same_person(other, find)):
            return True
        return any(type(e).__name__ == "DistinctPersonConfirmed"
                   and getattr(e, "other_id", None) == other.id.hex
                   for e in self.application.events.get(worker.id))

    def record_heir(
        self, session: Session, nik: str, name: str, heir_nik: str, relation: str
    ) -> WorkerView:
        """Record an heir for death benefits, with the relationship (legal order: see
        `data/ahli-waris.csv`) and NIK."""
        stamp = self.authorise(session, Action.CORRECT_WORKER)
        heir_name = as_text(name, "nama ahli waris", limit=limit(NAME), required=True)
        number = parse_nik(heir_nik).value
        code = str(relation or "").strip().lower().replace(" ", "_")
        if code not in heir_order():
            raise ValidationError("claim.relation_unknown", value=str(relation),
                                  allowed=", ".join(heir_order()))
        return self.update_one(
            lambda: self.worker_by_nik(nik),
            lambda w: w.record_heir(heir_name, number, code, stamp),
            describe_worker,
        )

    def record_dukcapil(
        self, session: Session, nik: str, status: str, checked_on: date | str | None = None
    ) -> WorkerView:
        stamp = self.authorise(session, Action.RECORD_DUKCAPIL)
        code = str(status or "").strip().lower().replace(" ", "_")
        if code not in DUKCAPIL_STATUSES:
            raise ValidationError("worker.dukcapil_status", value=str(status))
        # A fact's day still to come would make every real fact after it "older than
        # recorded" (`facts.older_than_recorded`).
        day = self.not_future(as_date(checked_on, "tanggal padan") if checked_on
                              else self.calendar(), "facts.date_future")
        return self.update_one(
            lambda: self.worker_by_nik(nik),
            lambda w: w.record_dukcapil(code, day, stamp),
            describe_worker,
        )

    def record_decile(
        self, session: Session, nik: str, decile: int | str, as_of: date | str, source: str = ""
    ) -> WorkerView:
        stamp = self.authorise(session, Action.RECORD_DECILE)
        value = as_decile(decile)
        if value is None:
            raise ValidationError("worker.decile_range", value=str(decile))
        day = self.not_future(as_date(as_of, "tanggal desil"), "facts.date_future")
        text = as_text(source, "sumber", limit=limit(BASIS)) or "DTSEN"
        return self.update_one(
            lambda: self.worker_by_nik(nik),
            lambda w: w.record_decile(value, day, text, stamp),
            describe_worker,
        )

    def assign_kpj(self, session: Session, nik: str, kpj: str) -> WorkerView:
        stamp = self.authorise(session, Action.ASSIGN_KPJ)
        number = "".join(str(kpj or "").split())
        if not (number.isascii() and number.isdigit() and len(number) == KPJ_DIGITS):
            raise ValidationError("worker.kpj_invalid", value=str(kpj), digits=KPJ_DIGITS)

        def attempt() -> WorkerView:
            batch = self.aggregate_batch()
            worker = batch.worker(nik)
            kpj_changes(batch, worker, number, stamp)
            worker.assign_kpj(number, stamp)
            batch.touch(worker)
            self.save(*batch.touched.values())
            return describe_worker(worker)

        return self.with_retries(attempt)

    def aggregate_batch(self) -> AggregateBatch:
        """A batch finding workers by NIK and index entries by this store's ids."""
        return AggregateBatch(self.worker_by_nik,
                              lambda kind, key: self.find(self.ids.index(kind, key), Indeks),
                              self.ids)


def new_index(ids: AggregateIds, kind: str, key: str, owner: UUID, stamp: Stamp) -> Indeks:
    """A new index entry for `key`, under the store's id for it."""
    return index_entry(ids.index(kind, key), kind, key, owner, stamp)


def claim_key(existing: Indeks | None, worker: Peserta, stamp: Stamp,
              ids: AggregateIds) -> Indeks:
    """The index entry giving `worker` its NIK: new, or a released one taken over."""
    if existing is None:
        return new_index(ids, "nik", worker.nik, worker.id, stamp)
    existing.reassign(worker.id, stamp)
    return existing


def new_worker(registration: Registration, stamp: Stamp, aggregate_id: UUID) -> Peserta:
    """A new worker aggregate under `aggregate_id` (the store's id for its NIK: uuid5 for
    stores made before issue 23, keyed after; no default, so no caller can mix the two);
    save it with `claim_key(...)` for its NIK."""
    return Peserta(
        id=aggregate_id,
        nik=registration.nik,
        kk=registration.kk,
        name=registration.name,
        sex=registration.sex,
        birth_date=registration.birth_date,
        kecamatan=registration.kecamatan,
        kelurahan=registration.kelurahan,
        occupation=registration.occupation,
        disability=registration.disability,
        decile=registration.decile,
        decile_as_of=registration.decile_as_of,
        phone=registration.phone,
        agent=registration.agent,
        stamp=stamp,
    )


class EnrolmentView(TypedDict):
    """An enrolment as plain values; dates in ISO text."""

    quota: str
    programmes: list[str]
    start: str
    until: str
    end: str | None
    end_reason: str | None
    end_details: dict[str, str]
    covered_to: str
    retroactive: bool
    recorded_on: str


class WorkerView(TypedDict):
    """A worker as plain values (`describe_worker`); dates in ISO text."""

    id: str
    nik: str
    kk: str
    name: str
    sex: str
    birth_date: str
    kecamatan: str
    kelurahan: str
    occupation: str
    disability: bool
    decile: int | None
    decile_as_of: str | None
    phone: str
    agent: str
    died_on: str | None
    duplicate_of: str | None
    dukcapil: str
    dukcapil_checked_on: str | None
    kpj: str | None
    kpj_assigned_on: str | None
    heirs: list[dict[str, str]]
    version: int
    enrolments: list[EnrolmentView]


class RegisteredWorker(WorkerView):
    """A registered worker and the warnings its registration gave (codes and texts)."""

    warnings: list[str]
    warning_messages: list[str]


def describe_worker(worker: Peserta) -> WorkerView:
    """A worker as plain values, for the console, the GUI and tests."""
    return {
        "id": worker.id.hex,
        "nik": worker.nik,
        "kk": worker.kk,
        "name": worker.name,
        "sex": worker.sex,
        "birth_date": worker.birth_date.isoformat(),
        "kecamatan": worker.kecamatan,
        "kelurahan": worker.kelurahan,
        "occupation": worker.occupation,
        "disability": worker.disability,
        "decile": worker.decile,
        "decile_as_of": worker.decile_as_of.isoformat() if worker.decile_as_of else None,
        "phone": worker.phone,
        "agent": worker.agent,
        "died_on": worker.died_on.isoformat() if worker.died_on else None,
        "duplicate_of": worker.duplicate_of_nik,
        "dukcapil": worker.dukcapil_status,
        "dukcapil_checked_on": (
            worker.dukcapil_checked_on.isoformat() if worker.dukcapil_checked_on else None
        ),
        "kpj": worker.kpj,
        "kpj_assigned_on": (
            worker.kpj_assigned_on.isoformat() if worker.kpj_assigned_on else None
        ),
        "heirs": [dict(h) for h in worker.heirs],
        "version": worker.version,
        "enrolments": [describe_enrolment(e) for e in worker.enrolments],
    }


def describe_enrolment(enrolment: Enrolment) -> EnrolmentView:
    end = enrolment["end"]
    return {
        "quota": enrolment["quota"],
        "programmes": list(enrolment["programmes"]),
        "start": enrolment["start"].isoformat(),
        "until": enrolment["until"].isoformat(),
        "end": end.isoformat() if end else None,
        "end_reason": enrolment["end_reason"],
        "end_details": dict(enrolment.get("end_details") or {}),
        "covered_to": coverage_end(enrolment).isoformat(),
        "retroactive": bool(enrolment.get("retroactive")),
        "recorded_on": enrolment["recorded_on"].isoformat(),
    }
