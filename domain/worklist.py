"""A quota's worklist: the registered workers it may still enrol, in its priority order.

Candidates come as plain rows (the membership read model's: ISO dates, enrolments as
recorded); each passes exactly the rules an enrolment would (`domain.eligibility`, JHT's
JKK+JKM base, no double coverage) on the day the quota would enrol them from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from domain.eligibility import BASE_PROGRAMMES, Person, QuotaRules, check_eligible
from domain.errors import RuleViolationError
from domain.model.peserta_rules import EnrolmentRecord


class WorklistRow(TypedDict):
    """A living registered worker as the read models give it (`ReadModels.candidates`),
    in registration order."""

    worker_id: str
    nik: str
    name: str
    birth_date: str
    kecamatan: str
    kelurahan: str
    occupation: str
    decile: int | None
    dukcapil: str
    registered_at: str
    enrolments: list[EnrolmentRecord]


class Candidate(TypedDict):
    """A worker the quota may still enrol, at its rank (from the read model's row)."""

    rank: int
    nik: str
    name: str
    decile: int | None
    kecamatan: str
    kelurahan: str
    registered_at: str  # ISO moment, as the read model keeps it


class Worklist(TypedDict):
    quota: str
    start: str  # the day the next enrolment would start
    priority: str | None
    total: int  # every eligible worker, however many are listed
    candidates: list[Candidate]


@dataclass(frozen=True)
class WorklistQuota:
    """What ranking needs of a quota."""

    code: str
    programmes: tuple[str, ...]
    rules: QuotaRules
    start: date  # the day the next enrolment would start
    until: date


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _covered_to(enrolment: EnrolmentRecord) -> date:
    until = date.fromisoformat(enrolment["until"])
    end = _day(enrolment["end"])
    return until if end is None else min(until, end)


def _covers(enrolment: EnrolmentRecord, programme: str, day: date) -> bool:
    return (programme in enrolment["programmes"]
            and date.fromisoformat(enrolment["start"]) <= day <= _covered_to(enrolment))


def is_candidate(row: WorklistRow, quota: WorklistQuota) -> bool:
    """Whether `row`'s worker could be enrolled into `quota` from `quota.start` now."""
    enrolments = row["enrolments"]
    if any(e["quota"] == quota.code and e["end"] is None for e in enrolments):
        return False
    for enrolment in enrolments:
        overlaps = (date.fromisoformat(enrolment["start"]) <= quota.until
                    and quota.start <= _covered_to(enrolment))
        if overlaps and set(enrolment["programmes"]) & set(quota.programmes):
            return False
    if not _has_base(enrolments, quota):
        return False
    person = Person(row["nik"], date.fromisoformat(row["birth_date"]), row["kecamatan"],
                    row["kelurahan"], row["occupation"], row["decile"],
                    row["dukcapil"] or "menunggu")
    try:
        check_eligible(person, quota.rules, quota.start)
    except RuleViolationError:
        return False
    return True


def _has_base(enrolments: list[EnrolmentRecord], quota: WorklistQuota) -> bool:
    """JHT without JKK+JKM in the quota needs JKK+JKM coverage on the start day."""
    if "JHT" not in quota.programmes or set(BASE_PROGRAMMES) <= set(quota.programmes):
        return True
    return all(any(_covers(e, p, quota.start) for e in enrolments)
               for p in BASE_PROGRAMMES if p not in quota.programmes)


def priority_key(quota: WorklistQuota) -> Callable[[WorklistRow], tuple[object, ...]]:
    """The order candidates are taken in: by DTSEN decile, lowest first, then registration
    (no decile last) for `priority = decile`; else by registration alone."""
    if quota.rules.priority == "decile":
        return lambda r: (r["decile"] is None, r["decile"] or 0, r["registered_at"], r["nik"])
    return lambda r: (r["registered_at"], r["nik"])


def worklist(quota: WorklistQuota, rows: Iterable[WorklistRow], limit: int | None = None
             ) -> Worklist:
    """`{"quota", "start", "priority", "total", "candidates": [{"rank", "nik", "name",
    "decile", ...}]}`: the eligible workers not yet enrolled, in order (`limit` first)."""
    eligible = sorted((r for r in rows if is_candidate(r, quota)), key=priority_key(quota))
    shown = eligible if limit is None else eligible[:max(limit, 0)]
    return {
        "quota": quota.code, "start": quota.start.isoformat(),
        "priority": quota.rules.priority, "total": len(eligible),
        "candidates": [
            {"rank": rank, "nik": r["nik"], "name": r["name"], "decile": r["decile"],
             "kecamatan": r["kecamatan"], "kelurahan": r["kelurahan"],
             "registered_at": r["registered_at"]}
            for rank, r in enumerate(shown, start=1)],
    }


