"""Klaim: a benefit claim, from the report to BPJS's payment or rejection."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.errors import RuleViolationError
from domain.model.common import Stamp
from domain.model.ids import claim_id

REPORTED, DOCUMENTS_COMPLETE, SUBMITTED, PAID, REJECTED = (
    "dilaporkan",
    "dokumen_lengkap",
    "diajukan",
    "dibayar",
    "ditolak",
)
CLAIM_STATES = (REPORTED, DOCUMENTS_COMPLETE, SUBMITTED, PAID, REJECTED)


class Klaim(Aggregate):
    @staticmethod
    def create_id(code: str, **_: Any) -> UUID:
        return claim_id(code)

    @event("Reported")
    def __init__(
        self,
        code: str,
        worker: UUID,
        nik: str,
        programme: str,
        incident_date: date,
        details: dict[str, str],
        checklist: list[str],
        stamp: Stamp,
    ) -> None:
        self.code = code
        self.worker = worker
        self.nik = nik
        self.programme = programme
        self.incident_date = incident_date
        self.details = dict(details)
        self.documents: dict[str, bool] = {doc: False for doc in checklist}
        self.state = REPORTED
        self.submitted_on: date | None = None
        self.bpjs_reference = ""
        self.amount_paid = 0
        self.paid_on: date | None = None
        self.rejected_on: date | None = None
        self.rejection_reason = ""

    # --- commands -------------------------------------------------------------------------

    def receive_documents(self, documents: list[str], stamp: Stamp) -> None:
        self.check_state(REPORTED, DOCUMENTS_COMPLETE)
        for document in documents:
            self.check_on_checklist(document)
        for document in documents:
            if not self.documents[document]:
                self._document_received(document=document, stamp=stamp)
        if self.state == REPORTED and self.missing_documents() == []:
            self._documents_completed(stamp=stamp)

    def submit(self, submitted_on: date, bpjs_reference: str, stamp: Stamp) -> None:
        self.check_documents_complete()
        self.check_state(DOCUMENTS_COMPLETE)
        self.check_not_before_incident(submitted_on)
        self._submitted(submitted_on=submitted_on, bpjs_reference=bpjs_reference, stamp=stamp)

    def pay(self, amount: int, paid_on: date, stamp: Stamp) -> None:
        self.check_state(SUBMITTED)
        self.check_not_before_incident(paid_on)
        self._paid(amount=amount, paid_on=paid_on, stamp=stamp)

    def reject(self, rejected_on: date, stamp: Stamp) -> None:
        self.check_state(REPORTED, DOCUMENTS_COMPLETE, SUBMITTED)
        self._rejected(rejected_on=rejected_on, stamp=stamp)

    # --- named checks ---------------------------------------------------------------------

    def check_state(self, *expected: str) -> None:
        if self.state not in expected:
            raise RuleViolationError(
                "claim.state", claim=self.code, state=self.state, expected=", ".join(expected)
            )

    def check_documents_complete(self) -> None:
        missing = self.missing_documents()
        if self.state == REPORTED and missing:
            raise RuleViolationError("claim.documents_missing", missing="; ".join(missing))

    def check_on_checklist(self, document: str) -> None:
        if document not in self.documents:
            raise RuleViolationError(
                "claim.document_unknown", document=document, programme=self.programme
            )

    def check_not_before_incident(self, day: date) -> None:
        if day < self.incident_date:
            raise RuleViolationError(
                "claim.date_before_incident",
                value=day.isoformat(),
                incident_date=self.incident_date.isoformat(),
            )

    def missing_documents(self) -> list[str]:
        return [doc for doc, received in self.documents.items() if not received]

    # --- events ---------------------------------------------------------------------------

    @event("DocumentReceived")
    def _document_received(self, document: str, stamp: Stamp) -> None:
        self.documents[document] = True

    @event("DocumentsCompleted")
    def _documents_completed(self, stamp: Stamp) -> None:
        self.state = DOCUMENTS_COMPLETE

    @event("SubmittedToBpjs")
    def _submitted(self, submitted_on: date, bpjs_reference: str, stamp: Stamp) -> None:
        self.state = SUBMITTED
        self.submitted_on = submitted_on
        self.bpjs_reference = bpjs_reference

    @event("Paid")
    def _paid(self, amount: int, paid_on: date, stamp: Stamp) -> None:
        self.state = PAID
        self.amount_paid = amount
        self.paid_on = paid_on

    @event("Rejected")
    def _rejected(self, rejected_on: date, stamp: Stamp) -> None:
        self.state = REJECTED
        self.rejected_on = rejected_on
        self.rejection_reason = stamp.reason
