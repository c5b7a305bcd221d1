"""Berjasa: the one application facade the GUI and the console both call."""

from __future__ import annotations

from domain.services.agreements import AgreementServices
from domain.services.billing import BillingServices
from domain.services.claims import ClaimServices
from domain.services.exports import ExportServices
from domain.services.facts import FactServices
from domain.services.history import HistoryServices
from domain.services.imports import ImportServices
from domain.services.maintenance import MaintenanceServices
from domain.services.policies import PolicyServices
from domain.services.quotas import QuotaServices
from domain.services.tariffs import TariffServices
from domain.services.users import UserServices
from domain.services.workers import WorkerServices


class Berjasa(
    UserServices,
    AgreementServices,
    ClaimServices,
    ImportServices,
    FactServices,
    QuotaServices,
    WorkerServices,
    TariffServices,
    HistoryServices,
    PolicyServices,
    ExportServices,
    MaintenanceServices,
    BillingServices,
):
    """Every command and query, each taking a Session and plain values."""
