"""Berjasa: the application's context services, as the GUI, the console and the reports
call them (`app.workers.register_worker(session, ...)`, `app.quotas.enrol(...)`).

Every context service shares the one `BerjasaApplication` (the store) and the one
`Authoriser`; each is given the other services it calls. Each command and query takes a
`Session` and plain values, and authorises itself.

A context service is built the first time it is asked for, and its module imported then:
a command loads only the contexts it uses. A warm `stats` signs in (`users`) and reads
the read models, so it never loads the aggregates of workers, quotas or claims, whose
event classes eventsourcing builds as dataclasses at import: most of the console's start
(docs/BENCHMARKS.md, "Console start").
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from domain.services.authoriser import Authoriser
from domain.services.base import BerjasaApplication

if TYPE_CHECKING:
    from domain.services.agreements import AgreementService
    from domain.services.billing import BillingService
    from domain.services.claims import ClaimService
    from domain.services.exports import ExportService
    from domain.services.facts import FactService
    from domain.services.history import HistoryService
    from domain.services.imports import ImportService
    from domain.services.lifecycle import LifecycleService
    from domain.services.maintenance import MaintenanceService
    from domain.services.periods import PeriodService
    from domain.services.policies import PolicyService
    from domain.services.quotas import QuotaService
    from domain.services.tariffs import TariffService
    from domain.services.users import UserService
    from domain.services.workers import WorkerService

S = TypeVar("S")


class BuiltOnFirstUse(Generic[S]):
    """A context service of `Berjasa`, built by `build` when first asked for, then kept in
    the instance (later lookups find it there and no longer come here). Built under the
    instance's lock: two threads asking at once (the GUI's and a worker's) get one
    service. The lock is re-entrant: a service's build asks for the services it calls."""

    def __init__(self, build: Callable[[Berjasa], S]) -> None:
        self.build = build
        self.name = build.__name__

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    @overload
    def __get__(self, facade: None, owner: type[Any]) -> BuiltOnFirstUse[S]: ...

    @overload
    def __get__(self, facade: Berjasa, owner: type[Any]) -> S: ...

    def __get__(self, facade: Berjasa | None, owner: type[Any]) -> BuiltOnFirstUse[S] | S:
        if facade is None:
            return self
        with facade.building:
            kept: S | None = facade.__dict__.get(self.name)
            if kept is None:
                kept = facade.__dict__[self.name] = self.build(facade)
            return kept


class Berjasa:
    """The application (`application`: the store, its clock and ids), the authoriser, and
    one service per context, each built on first use."""

    def __init__(self, application: BerjasaApplication, authoriser: Authoriser) -> None:
        self.application = application
        self.authoriser = authoriser
        self.building = threading.RLock()

    def close(self) -> None:
        self.application.close()

    @classmethod
    def contexts(cls) -> tuple[str, ...]:
        """The names of the context services (`app.<name>`), as declared below."""
        return tuple(name for name, member in vars(cls).items()
                     if isinstance(member, BuiltOnFirstUse))

    # Each context: its module imported here, not above, so that it loads only when used.

    @BuiltOnFirstUse
    def users(self) -> UserService:
        from domain.services.users import UserService

        return UserService(self.application, self.authoriser)

    @BuiltOnFirstUse
    def periods(self) -> PeriodService:
        from domain.services.periods import PeriodService

        return PeriodService(self.application, self.authoriser)

    @BuiltOnFirstUse
    def workers(self) -> WorkerService:
        from domain.services.workers import WorkerService

        return WorkerService(self.application, self.authoriser, self.periods)

    @BuiltOnFirstUse
    def lifecycle(self) -> LifecycleService:
        from domain.services.lifecycle import LifecycleService

        return LifecycleService(self.application, self.authoriser, self.workers,
                                self.periods)

    @BuiltOnFirstUse
    def quotas(self) -> QuotaService:
        from domain.services.quotas import QuotaService

        return QuotaService(self.application, self.authoriser, self.workers, self.periods,
                            self.lifecycle)

    @BuiltOnFirstUse
    def agreements(self) -> AgreementService:
        from domain.services.agreements import AgreementService

        return AgreementService(self.application, self.authoriser, self.quotas)

    @BuiltOnFirstUse
    def claims(self) -> ClaimService:
        from domain.services.claims import ClaimService

        return ClaimService(self.application, self.authoriser, self.workers, self.periods)

    @BuiltOnFirstUse
    def imports(self) -> ImportService:
        from domain.services.imports import ImportService

        return ImportService(self.application, self.authoriser, self.workers, self.quotas,
                             self.periods)

    @BuiltOnFirstUse
    def facts(self) -> FactService:
        from domain.services.facts import FactService

        return FactService(self.application, self.authoriser, self.workers)

    @BuiltOnFirstUse
    def tariffs(self) -> TariffService:
        from domain.services.tariffs import TariffService

        return TariffService(self.application, self.authoriser, self.periods)

    @BuiltOnFirstUse
    def policies(self) -> PolicyService:
        from domain.services.policies import PolicyService

        return PolicyService(self.application, self.authoriser)

    @BuiltOnFirstUse
    def history(self) -> HistoryService:
        from domain.services.history import HistoryService

        return HistoryService(self.application, self.authoriser, lambda: self.workers)

    @BuiltOnFirstUse
    def exports(self) -> ExportService:
        from domain.services.exports import ExportService

        return ExportService(self.application, self.authoriser)

    @BuiltOnFirstUse
    def maintenance(self) -> MaintenanceService:
        from domain.services.maintenance import MaintenanceService

        return MaintenanceService(self.application, self.authoriser)

    @BuiltOnFirstUse
    def billing(self) -> BillingService:
        from domain.services.billing import BillingService

        return BillingService(self.application, self.authoriser)
