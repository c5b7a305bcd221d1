"""A worker's enrolment as plain values and the codes of the worker's record, without the
`Peserta` aggregate (whose event classes eventsourcing builds as dataclasses at import):
a plain module the read models, the benefit rules and the forms use, re-exported by
`domain.model.peserta`."""

from __future__ import annotations

from datetime import date
from typing import NotRequired, TypedDict, TypeVar

DUKCAPIL_STATUSES = ("padan", "tidak_ditemukan", "menunggu")
TERMINATION_REASONS = ("death", "moved", "formal", "duplicate", "error")
CORRECTABLE_FIELDS = (
    "nik",
    "name",
    "sex",
    "birth_date",
    "kecamatan",
    "kelurahan",
    "occupation",
    "disability",
    "phone",
    "agent",
    "kk",
)

# What a termination records besides its reason (issue 16): `formal` the employer and/or
# KPJ of the new wage-earner membership, `moved` the new domicile, `duplicate` the
# surviving record (its NIK and aggregate id). Plain text values only.
TerminationDetails = dict[str, str]
# A day as the aggregate keeps it (`date`) or as the read models record it (ISO text): the
# rules below compare either, so both apply them alike.
Day = TypeVar("Day", date, str)


class Enrolment(TypedDict):
    """An enrolment in a `Peserta`'s state (days as `date`): what its events set."""

    quota: str
    programmes: list[str]
    start: date
    until: date  # the quota period's end
    end: date | None  # terminated on (None: runs to `until`)
    end_reason: str | None
    retroactive: bool
    recorded_on: date
    end_details: NotRequired[TerminationDetails]  # only a termination with details


class EnrolmentRecord(TypedDict):
    """An enrolment as the read model records it (`rm_member.enrolments`; ISO dates)."""

    quota: str
    programmes: list[str]
    start: str
    until: str  # the quota period's end
    end: str | None  # terminated on (None: runs to `until`)
    end_reason: str | None
    retroactive: bool
    recorded_on: str | None
def coverage_end(enrolment: Enrolment) -> date:
    """The last day an enrolment covers: its termination, else its quota period's end."""
    end: date | None = enrolment["end"]
    until: date = enrolment["until"]
    return until if end is None else min(end, until)


def death_end(start: Day, until: Day, end: Day | None, died_on: Day,
              ends_all: bool) -> Day | None:
    """The end a death on `died_on` gives an enrolment (None: left as it is). A death of
    version 2 (`ends_all`) ends every enrolment reaching past it on its day: one starting
    later covers no day, one already ended on a later day ends on the death. One of
    version 1 replays as recorded then: an open enrolment ended on the death, or on its
    start when that came later (`Peserta.DeathRecorded`, `projections.handlers`)."""
    if ends_all:
        return died_on if until >= died_on and (end is None or end > died_on) else None
    return max(died_on, start) if end is None and until >= died_on else None
