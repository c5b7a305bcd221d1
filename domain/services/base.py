"""The one eventsourcing application every context service shares.

`BerjasaApplication` reads and saves aggregates, retries on conflicts, and reads the event
log (`iter_events`, `head_position`, `chain_link`). It authorises nothing: that is the
`Authoriser`'s (`domain.services.authoriser`), and the commands and queries are the context
services' (`domain.services.context`), assembled into `Berjasa` by `berjasa.bootstrap`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, TypeVar
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.domain import Aggregate
from eventsourcing.persistence import IntegrityError, JSONTranscoder, Recording

from domain.errors import ConcurrencyError, NotFoundError, StoreError
from domain.model.common import event_transcodings
from domain.model.ids import AggregateIds, directory_id
from domain.values import now_utc, today_wita

if TYPE_CHECKING:
    from domain.model.direktori import Direktori

T = TypeVar("T")
A = TypeVar("A", bound=Aggregate)
CONFLICT_ATTEMPTS = 25
MAX_BACKOFF_SECONDS = 0.2
PAGE = 1000  # events read from the log at a time



class StoreInfo(TypedDict, total=False):
    """What the composition root found opening a store (plain values, never a secret)."""

    store_id: str
    encrypted: bool
    created: bool  # made by this opening
    key_source: str | None  # where the key was found (keyring, BERJASA_KEY, ...)
    key_created: bool
    warning: str | None  # a message code (an unencrypted store)
    chain_keyed: bool
    key_problem: str | None  # a read-only opening without the key: why

class BerjasaApplication(Application[UUID]):
    """Persistence, clock, conflict handling and the event log, for the context services."""

    name = "Berjasa"
    # Snapshotted every 50 of their events. Named rather than imported, so that building
    # the application loads none of these aggregates' event classes (a read-only command
    # such as `stats` never uses a quota or the claim numbering): a class is entered in
    # `snapshotting_intervals`, which eventsourcing reads after a save, when one of its
    # aggregates is first saved (`know_snapshot_intervals`).
    SNAPSHOT_EVERY: ClassVar[dict[str, int]] = {
        "domain.model.kuota:Kuota": 50,
        "domain.model.direktori:Direktori": 50,
        "domain.model.klaim:PenomoranKlaim": 50,
    }
    is_snapshotting_enabled = True  # the snapshot store, although no class is known yet
    snapshotting_intervals = {}  # noqa: RUF012 (filled by `know_snapshot_intervals`)
    # Set by the composition root when the store is encrypted: the key its read models
    # are encrypted with (`infra.keys.derived_read_models_key`); read by
    # `projections.live.open_database_for`. Never shown, never in `store_info`.
    read_models_key: bytes | None = None

    def __init__(self, env: dict[str, str] | None = None, *, store_label: str = "") -> None:
        super().__init__(env)
        self.store_label = store_label
        # Set by the composition root: store id, encryption state, warnings (plain values).
        self.store_info: StoreInfo = {}
        # How ids are derived from a NIK or KPJ: set by the composition root from the
        # store's metadata (`domain.model.ids`: uuid5 for stores made before issue 23,
        # keyed by the store's secret since); uuid5 for an application built without it.
        self.ids: AggregateIds = AggregateIds()
        self.clock: Callable[[], datetime] = now_utc
        self.calendar: Callable[[], date] = today_wita
        # Set by the composition root for a SQLite file that several processes open (no
        # server lock): sign-ins to one account take turns across them
        # (`UserService.sign_in_turn`).
        self.cross_process_sign_in_lock: (
            Callable[[str], AbstractContextManager[Any]] | None) = None

    def save(self, *objs: Any, **kwargs: Any) -> list[Recording[UUID]]:
        self.know_snapshot_intervals(objs)
        return super().save(*objs, **kwargs)

    def know_snapshot_intervals(self, objs: tuple[Any, ...]) -> None:
        """Enters the classes of `objs` that `SNAPSHOT_EVERY` names in
        `snapshotting_intervals`: called before every save (by an overriding `save` too)."""
        intervals = type(self).snapshotting_intervals
        if len(intervals) == len(self.SNAPSHOT_EVERY):
            return  # every snapshotted class has been saved once already
        for kind in {type(obj) for obj in objs} - intervals.keys():
            every = self.SNAPSHOT_EVERY.get(f"{kind.__module__}:{kind.__qualname__}")
            if every is not None:
                intervals[kind] = every

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
        # Imported here: a command that only signs in and reads the read models (`stats`)
        # never loads the directory's event classes.
        from domain.model.direktori import Direktori

        found = self.find(directory_id(), Direktori)
        if found is None:
            raise StoreError("store.not_initialised", store=self.store_label)
        return found

    def is_initialised(self) -> bool:
        """Whether the store's directory was created (`initialise_store`): its first event
        is recorded. Asked of the stored events, not the aggregate, so asking loads and
        decodes nothing (every console command asks)."""
        return bool(self.recorder.select_events(directory_id(), limit=1))

    # --- the event log -------------------------------------------------------------------

    def iter_events(self, start: int = 1, stop: int | None = None) -> Iterator[tuple[int, Any]]:
        """(position, domain event) in log order, read a page at a time."""
        cursor = start
        while True:
            page = self.recorder.select_notifications(cursor, PAGE, stop=stop)
            for notification in page:
                yield notification.id, self.mapper.to_domain_event(notification)
            if len(page) < PAGE:
                return
            cursor = page[-1].id + 1

    def head_position(self) -> int:
        return self.recorder.max_notification_id() or 0

    def chain_link(self, position: int) -> str | None:
        """The integrity chain's link of the event at `position` (hex), which `audit
        verify` prints as `head_hash` when that event is the newest: reports print its
        start beside their position. None where the store keeps no chain."""
        chain_rows = getattr(self.recorder, "chain_rows", None)
        if position <= 0 or not callable(chain_rows):
            return None
        found = chain_rows(position - 1, 1)
        if not found or int(found[0][0]) != position:
            return None
        return bytes(found[0][1]).hex()

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

