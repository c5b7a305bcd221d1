"""Direktori: the store's identity and the short lists a console needs without projections.

Its creation marks a store as initialised; quota codes are allocated here, so two
workstations opening a quota at once cannot both take the same code.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.model.common import Stamp
from domain.model.ids import directory_id


class Direktori(Aggregate):
    @staticmethod
    def create_id(**_: Any) -> UUID:
        return directory_id()

    @event("Created")
    def __init__(self, office: str, city: str, stamp: Stamp) -> None:
        self.office = office
        self.city = city
        self.quotas: list[str] = []
        self.agreements: list[str] = []
        self.users: list[str] = []

    def next_quota_code(self, year: int) -> str:
        same_year = [c for c in self.quotas if c.startswith(f"KU-{year}-")]
        return f"KU-{year}-{len(same_year) + 1:02d}"

    @event("QuotaListed")
    def list_quota(self, code: str) -> None:
        self.quotas.append(code)

    @event("AgreementListed")
    def list_agreement(self, number: str) -> None:
        self.agreements.append(number)

    @event("UserListed")
    def list_user(self, username: str) -> None:
        self.users.append(username)
