"""The shapes of a closed month and of a correction of one as plain values, without the
`PeriodeTertutup` aggregate: the aggregate, the services and their readers share them."""

from __future__ import annotations

from datetime import date
from typing import TypedDict


class ClosedMonth(TypedDict):
    month: str
    closed_by: str
    closed_at: str  # ISO moment
    reason: str


class PeriodCorrection(TypedDict):
    """A correction of a closed month (`PeriodeTertutup.corrections`)."""

    correction: str
    month: str
    reason: str
    proposed_by: str
    state: str
    decided_by: str | None
    used_on: date | None  # the day it was used for (a date: not JSON until listed)


class ListedCorrection(TypedDict):
    """The same as listed (`list_periods`): the day as ISO text."""

    correction: str
    month: str
    reason: str
    proposed_by: str
    state: str
    decided_by: str | None
    used_on: str | None
