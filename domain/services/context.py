"""The small base of every context service: the application and the authoriser it shares
with the others.

A context service (users, workers, quotas, claims, ...) holds the one `BerjasaApplication`
and the one `Authoriser`, and the other context services it calls, given to its
constructor by `berjasa.bootstrap.assemble`: services collaborate through those
references, never through inheritance. The shortcuts below only keep the commands short;
each is the application's or the authoriser's own method.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.errors import ValidationError
from domain.model.common import Stamp
from domain.model.ids import AggregateIds
from domain.services.authoriser import Authoriser, Reader
from domain.services.base import BerjasaApplication
from domain.services.permissions import Action
from domain.services.session import Session

if TYPE_CHECKING:
    from domain.model.direktori import Direktori

T = TypeVar("T")
A = TypeVar("A", bound=Aggregate)


class ContextService:
    """The application and the authoriser a context service works with."""

    def __init__(self, application: BerjasaApplication, authoriser: Authoriser) -> None:
        self.application = application
        self.authoriser = authoriser

    # --- the authoriser's -----------------------------------------------------------------

    def authorise(self, session: Session, action: Action, reason: str = "") -> Stamp:
        return self.authoriser.authorise(session, action, reason)

    def may(self, session: Session, action: Action) -> bool:
        return self.authoriser.may(session, action)

    def shown_to(self, session: Session, result: T) -> T:
        return self.authoriser.shown_to(session, result)

    def reader(self, session: Session, action: Action = Action.READ,
               reason: str = "") -> Reader:
        return self.authoriser.reader(session, action, reason)

    # --- the application's ----------------------------------------------------------------

    @property
    def ids(self) -> AggregateIds:
        return self.application.ids

    def calendar(self) -> date:
        return self.application.calendar()

    def not_future(self, day: date, code: str) -> date:
        """`day`, refused with `code` when it is still to come (a payment, a claim step, a
        fact's day): what has not happened is not recorded."""
        today = self.calendar()
        if day > today:
            raise ValidationError(code, value=day.isoformat(), today=today.isoformat())
        return day

    def clock(self) -> datetime:
        return self.application.clock()

    def find(self, aggregate_id: UUID, kind: type[A]) -> A | None:
        return self.application.find(aggregate_id, kind)

    def require(self, aggregate_id: UUID, kind: type[A], code: str, **params: Any) -> A:
        return self.application.require(aggregate_id, kind, code, **params)

    def directory(self) -> Direktori:
        return self.application.directory()

    def save(self, *objs: Any) -> None:
        self.application.save(*objs)

    def serialised(self, key: UUID) -> AbstractContextManager[Any]:
        return self.application.serialised(key)

    def with_retries(self, attempt: Callable[[], T]) -> T:
        return self.application.with_retries(attempt)

    def update_one(
        self, load: Callable[[], A], change: Callable[[A], object], describe: Callable[[A], T]
    ) -> T:
        return self.application.update_one(load, change, describe)
