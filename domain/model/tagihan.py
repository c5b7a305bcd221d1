"""Tagihan: one month's contribution bill and the BPJS invoices checked against it.

Every reconciliation of an invoice is recorded (who, when, which file by its SHA-256, and
the figures found), so auditors see which invoice was checked before the month was paid.
The bill itself is not stored: it follows from the coverage events.
"""

from __future__ import annotations

from typing import Any, TypedDict
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.model.common import Stamp
from domain.model.ids import billing_month_id
from domain.model.tagihan_rules import ReconciliationFigures


class InvoiceCheck(TypedDict):
    """A BPJS invoice reconciled with the month's bill: the file, its SHA-256, the figures
    found and who checked it."""

    month: str
    file_name: str
    sha256: str
    figures: ReconciliationFigures
    by: str


class Tagihan(Aggregate):
    @staticmethod
    def create_id(month: str, **_: Any) -> UUID:
        return billing_month_id(month)

    @event("Opened")
    def __init__(self, month: str, stamp: Stamp) -> None:
        self.month = month
        self.reconciliations: list[InvoiceCheck] = []

    @event("InvoiceReconciled")
    def record_reconciliation(self, month: str, file_name: str, sha256: str,
                              figures: ReconciliationFigures, stamp: Stamp) -> None:
        self.reconciliations.append(InvoiceCheck(month=month, file_name=file_name,
                                                 sha256=sha256, figures=figures.copy(),
                                                 by=stamp.actor))
