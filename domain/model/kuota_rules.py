"""The shapes of a quota's seat changes and eligibility rules as plain values, without
the `Kuota` aggregate (whose event classes eventsourcing builds as dataclasses at
import): the aggregate, the read models and their readers share them."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from domain.eligibility import QuotaRulesData as QuotaRulesData  # the rules' shape


class QuotaChange(TypedDict):
    """A proposed change of seats in the aggregate (`Kuota.changes`, by change code)."""

    delta: int
    reason: str
    proposed_by: str
    state: str  # diusulkan | disetujui | ditolak
    decided_by: str | None
    effective: date | None


class StoredChange(TypedDict):
    """The same in the read model (`rm_quota.changes`): the effective day as ISO text."""

    delta: int
    reason: str
    proposed_by: str
    state: str
    decided_by: str | None
    effective: str | None


class ListedChange(StoredChange):
    """A stored change with its code first (a quota row's approved/refused changes)."""

    change: str


class PendingChange(TypedDict):
    """A change waiting for a decision, as the quota row lists it."""

    change: str
    delta: int
    reason: str
    proposed_by: str
    effective: str | None
