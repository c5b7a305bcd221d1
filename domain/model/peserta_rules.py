"""A worker's enrolment as plain values and the codes of the worker's record, without the
`Peserta` aggregate (whose event classes eventsourcing builds as dataclasses at import):
a plain module the read models, the benefit rules and the forms use, re-exported by
`domain.model.peserta`."""

from __future__ import annotations

from datetime import date
from typing import NotRequired, TypedDict

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
