"""Berjasa: the application's context services, as the GUI, the console and the reports
call them (`app.workers.register_worker(session, ...)`, `app.quotas.enrol(...)`).

Every context service shares the one `BerjasaApplication` (the store) and the one
`Authoriser`; `berjasa.bootstrap.assemble` builds them and gives each service the others
it calls. Each command and query takes a `Session` and plain values, and authorises itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.services.agreements import AgreementService
from domain.services.authoriser import Authoriser
from domain.services.base import BerjasaApplication
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


@dataclass(frozen=True)
class Berjasa:
    """The application (`application`: the store, its clock and ids), the authoriser, and
    one service per context."""

    application: BerjasaApplication
    authoriser: Authoriser
    users: UserService
    periods: PeriodService
    workers: WorkerService
    lifecycle: LifecycleService
    quotas: QuotaService
    agreements: AgreementService
    claims: ClaimService
    imports: ImportService
    facts: FactService
    tariffs: TariffService
    policies: PolicyService
    history: HistoryService
    exports: ExportService
    maintenance: MaintenanceService
    billing: BillingService

    def close(self) -> None:
        self.application.close()
