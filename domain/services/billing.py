"""Recording the reconciliation of a BPJS invoice with the month's bill.

The bill and the comparison are computed outside the domain (from the read models, by
`billing.reconcile`); the domain records the outcome as an event of the month's Tagihan.
"""

from __future__ import annotations

from typing import TypedDict

from domain.errors import ValidationError
from domain.limits import FILE_NAME, limit
from domain.model.ids import billing_month_id
from domain.model.tagihan import Tagihan
from domain.model.tagihan_rules import ReconciliationFigures, reconciliation_figures
from domain.money import month_text, parse_month
from domain.services.authoriser import Reader
from domain.services.context import ContextService
from domain.services.permissions import Action
from domain.services.session import Session
from domain.values import as_text

_SHA256_HEX = 64


class ReconciliationRecorded(TypedDict):
    month: str
    reconciliations: int  # recorded for the month so far


class BillingService(ContextService):
    """The month's bill as a reader sees it, and its reconciliation with an invoice."""

    def authorise_bill(self, session: Session) -> Reader:
        """Reading a month's bill from the read models."""
        return self.reader(session)

    def authorise_bill_export(self, session: Session) -> Reader:
        """Writing a month's bill to a workbook: an export of personal data (recorded by
        `ExportService.record_export` once written)."""
        return self.reader(session, Action.EXPORT_PERSONAL_DATA)

    def authorise_reconciliation(self, session: Session) -> None:
        """Comparing an invoice with a month's bill: checked before the file is read
        (`record_reconciliation` records the outcome)."""
        self.authorise(session, Action.RECONCILE_INVOICE, "rekonsiliasi tagihan")

    def record_reconciliation(
        self, session: Session, month: str, file_name: str, sha256: str,
        figures: ReconciliationFigures,
    ) -> ReconciliationRecorded:
        """Record that the invoice `file_name` (by its SHA-256) was checked against the
        bill of `month`, with the figures found."""
        stamp = self.authorise(session, Action.RECONCILE_INVOICE, "rekonsiliasi tagihan")
        key = month_text(parse_month(month))
        digest = str(sha256 or "").strip().lower()
        if len(digest) != _SHA256_HEX or any(c not in "0123456789abcdef" for c in digest):
            raise ValidationError("billing.sha256", value=str(sha256))
        counted = reconciliation_figures(figures)
        name = as_text(file_name, "nama berkas", limit=limit(FILE_NAME), required=True)

        def attempt() -> ReconciliationRecorded:
            bill = self.find(billing_month_id(key), Tagihan) or Tagihan(month=key, stamp=stamp)
            bill.record_reconciliation(month=key, file_name=name, sha256=digest, figures=counted,
                                       stamp=stamp)
            self.save(bill)
            return {"month": key, "reconciliations": len(bill.reconciliations)}

        return self.with_retries(attempt)
