"""The eventsourcing application every service mixin extends, and their shared helpers."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import date, datetime
from typing import Any, TypeVar
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.domain import Aggregate
from eventsourcing.persistence import IntegrityError, JSONTranscoder

from domain.errors import ConcurrencyError, NotFoundError, PermissionDeniedError, StoreError
from domain.limits import REASON, check_length
from domain.model.common import Stamp, event_transcodings
from domain.model.direktori import Direktori
from domain.model.ids import AggregateIds, directory_id, user_id
from domain.model.klaim import PenomoranKlaim
from domain.model.kuota import Kuota
from domain.model.pengguna import Pengguna
from domain.services.permissions import Action, is_allowed
from domain.services.session import Session
from domain.values import now_utc, today_wita

T = TypeVar("T")
A = TypeVar("A", bound=Aggregate)
CONFLICT_ATTEMPTS = 25
MAX_BACKOFF_SECONDS = 0.2


class ServiceBase(Application[UUID]):
    """Persistence, clock, authorisation and conflict handling for the services."""

    name = "Berjasa"
    snapshotting_intervals = {Kuota: 50, Direktori: 50, PenomoranKlaim: 50}  # noqa: RUF012
    # Set by the composition root when the store is encrypted: the key its read models
    # are encrypted with (`infra.keys.derived_read_models_key`); read by
    # `projections.live.open_database_for`. Never shown, never in `store_info`.
    read_models_key: bytes | None = None

    def __init__(self, env: dict[str, str] | None = None, *, store_label: str = "") -> None:
        super().__init__(env)
        self.store_label = store_label
        # Set by the composition root: store id, encryption state, warnings (plain values).
        self.store_info: dict[str, Any] = {}
        # How ids are derived from a NIK or KPJ: set by the composition root from the
        # store's metadata (`domain.model.ids`: uuid5 for stores made before issue 23,
        # keyed by the store's secret since); uuid5 for an application built without it.
        self.ids: AggregateIds = AggregateIds()
        self.clock: Callable[[], datetime] = now_utc
        self.calendar: Callable[[], date] = today_wita

    def register_transcodings(self, transcoder: JSONTranscoder) -> None:
        super().register_transcodings(transcoder)
        for transcoding in event_transcodings():
            transcoder.register(transcoding)

    # --- reading aggregates ---------------------------------------------------------------

    def find(self, aggregate_id: UUID, kind: type[A]) -> A | None:
        try:
            found: object = self.repository.get(aggregate_id)
        except AggregateNotFoundError:
            return None
        return found if isinstance(found, kind) else None

    def require(self, aggregate_id: UUID, kind: type[A], code: str, **params: Any) -> A:
        found = self.find(aggregate_id, kind)
        if found is None:
            raise NotFoundError(code, **params)
        return found

    def directory(self) -> Direktori:
        found = self.find(directory_id(), Direktori)
        if found is None:
            raise StoreError("store.not_initialised", store=self.store_label)
        return found

    def is_initialised(self) -> bool:
        return self.find(directory_id(), Direktori) is not None

    # --- authorisation --------------------------------------------------------------------

    def authorise(self, session: Session, action: Action, reason: str = "") -> Stamp:
        """The stamp events will carry, once the caller's current role allows `action`."""
        user = self.find(user_id(session.username), Pengguna)
        role = user.role if user is not None and user.active else "-"
        if not is_allowed(role, action):
            raise PermissionDeniedError(
                "permission.denied",
                role=role,
                action=action.value,
                action_en=action.name.lower().replace("_", " "),
            )
        text = " ".join(reason.split())
        # Checked before anything is saved: an event keeps its reason for ever, and every
        # report must be able to print it.
        check_length(text, "alasan", REASON)
        return Stamp(session.username, session.workstation, text)

    def shown_to(self, session: Session, result: T) -> T:
        """`result` as `session` may see it: NIK and phone masked unless the role may see
        them in full (Action.VIEW_FULL_NIK)."""
        from domain.privacy import mask_personal

        if self.may(session, Action.VIEW_FULL_NIK):
            return result
        masked: T = mask_personal(result)
        return masked

    def may(self, session: Session, action: Action) -> bool:
        user = self.find(user_id(session.username), Pengguna)
        return user is not None and user.active and is_allowed(user.role, action)

    # --- writing --------------------------------------------------------------------------

    def serialised(self, key: UUID) -> AbstractContextManager[Any]:
        """A lock on one hot aggregate across workstations, where the store offers one.

        Many clerks enrolling into one quota would otherwise all read it, collide and
        retry; on a shared server they queue instead. Elsewhere it is a no-op (conflicts
        are still caught by the aggregate's version either way).
        """
        exclusive = getattr(self.recorder, "exclusive", None)
        return exclusive(key) if callable(exclusive) else nullcontext()

    def update_one(
        self, load: Callable[[], A], change: Callable[[A], object], describe: Callable[[A], T]
    ) -> T:
        """Load one aggregate, change it, save it, describe it: retried on conflicts."""

        def attempt() -> T:
            aggregate = load()
            change(aggregate)
            self.save(aggregate)
            return describe(aggregate)

        return self.with_retries(attempt)

    def with_retries(self, attempt: Callable[[], T]) -> T:
        """Run get → check → save again when another writer changed the same aggregates."""
        for retry in range(CONFLICT_ATTEMPTS):
            try:
                return attempt()
            except IntegrityError:
                # Random back-off, so two busy workstations do not keep colliding in step.
                time.sleep(random.uniform(0, min(MAX_BACKOFF_SECONDS, 0.002 * 2**retry)))
        raise ConcurrencyError("concurrency.retry")

