"""The shapes of a claim's proposed benefits, heir, verification and pending payment as
plain values, without the `Klaim` aggregate (whose event classes eventsourcing builds as
dataclasses at import): the aggregate, the benefit rules, the read models and their
readers share them."""

from __future__ import annotations

from datetime import date
from typing import NotRequired, TypedDict


class BenefitLine(TypedDict):
    """One proposed benefit component (`domain.benefits.component`): its code, rupiah
    amount (None when paid at cost or per school year), legal basis, whether the figure
    is confirmed, and how it is paid."""

    component: str
    amount: int | None
    basis: str
    status: str
    payable: str


class Heir(TypedDict):
    """The heir a death claim names, as the read model keeps it (only what was given)."""

    name: NotRequired[str]
    nik: NotRequired[str]
    relation: NotRequired[str]
    reason: NotRequired[str]


class Verification(TypedDict):
    """Why a claim waits for a second person: its enrolment was recorded after the
    incident."""

    quota: str
    enrolment_recorded_on: date
    confirmed_by: str | None


class PendingPayment(TypedDict):
    """A payment that differs from the proposal by more than the threshold, waiting for
    a second supervisor."""

    amount: int
    paid_on: date
    recorded_by: str
    reason: str


class ShownVerification(TypedDict):
    """`Verification` as the services give it (the day as ISO text)."""

    quota: str
    enrolment_recorded_on: str
    confirmed_by: str | None


class ShownPayment(TypedDict):
    """`PendingPayment` as the services give it (the day as ISO text)."""

    amount: int
    paid_on: str
    recorded_by: str
    reason: str
