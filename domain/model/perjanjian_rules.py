"""An agreement's status, derived from its dates and the day asked about, without the
`Perjanjian` aggregate (whose event classes eventsourcing builds as dataclasses at
import): a plain module the read models use, re-exported by `domain.model.perjanjian`."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

KINDS = ("MOU", "PKS")
NOT_YET, ACTIVE, DUE, EXPIRED, TERMINATED = (
    "belum_berlaku",
    "aktif",
    "perlu_diperpanjang",
    "kedaluwarsa",
    "diakhiri",
)
DEFAULT_RENEWAL_WINDOW_DAYS = 90


def agreement_status(
    valid_from: date,
    valid_to: date,
    terminated_on: date | None,
    day: date,
    window_days: int = DEFAULT_RENEWAL_WINDOW_DAYS,
) -> str:
    """The status an agreement has on `day`, given a renewal warning window in days."""
    if terminated_on is not None and terminated_on <= day:
        return TERMINATED
    if day < valid_from:
        return NOT_YET
    if day > valid_to:
        return EXPIRED
    if (valid_to - day).days <= window_days:
        return DUE
    return ACTIVE


def days_left(valid_to: date, day: date) -> int:
    """Days from `day` to the last valid day (negative once expired)."""
    return (valid_to - day).days


class RecordedRenewal(TypedDict):
    """A renewal as the aggregate keeps it (`Perjanjian.renewals`)."""

    signed_on: date
    previous_valid_to: date
    valid_to: date
    reference: str


class RenewalProposal(TypedDict):
    """A renewal proposed and not yet signed (`Perjanjian.renewal_proposed`)."""

    proposed_to: date
    by: str


class Renewal(TypedDict):
    """A renewal as the read models and services give it (days as ISO text)."""

    signed_on: str
    previous_valid_to: str
    valid_to: str
    reference: str | None
