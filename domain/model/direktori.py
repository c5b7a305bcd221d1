"""Direktori: the store's identity and the short lists a console needs without projections.

Its creation marks a store as initialised; quota codes are allocated here, so two
workstations opening a quota at once cannot both take the same code.

Version 2 of the listing events carries the stamp of the command that listed the quota,
agreement or user (who, from which workstation, why), as every other event does;
version 1 events (stored before) are read with `stamp = None`. The aggregate's own
state is unchanged, so its snapshots need no new version.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.model.common import Stamp, no_stamp
from domain.model.ids import directory_id


class Direktori(Aggregate):
    class QuotaListed(Aggregate.Event):
        class_version = 2
        code: str
        stamp: Stamp | None
        upcast_v1_v2 = staticmethod(no_stamp)

    class AgreementListed(Aggregate.Event):
        class_version = 2
        number: str
        stamp: Stamp | None
        upcast_v1_v2 = staticmethod(no_stamp)

    class UserListed(Aggregate.Event):
        class_version = 2
        username: str
        stamp: Stamp | None
        upcast_v1_v2 = staticmethod(no_stamp)

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

    @event(QuotaListed)
    def list_quota(self, code: str, stamp: Stamp | None) -> None:
        self.quotas.append(code)

    @event(AgreementListed)
    def list_agreement(self, number: str, stamp: Stamp | None) -> None:
        self.agreements.append(number)

    @event(UserListed)
    def list_user(self, username: str, stamp: Stamp | None) -> None:
        self.users.append(username)
