"""Klaim: a benefit claim, from the report to BPJS's payment or rejection."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, cast
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.errors import RuleViolationError
from domain.model.common import Stamp
from domain.model.ids import claim_id, claim_numbering_id
from domain.model.klaim_rules import BenefitLine, PendingPayment, Verification

REPORTED, DOCUMENTS_COMPLETE, SUBMITTED, PAID, REJECTED = (
    "dilaporkan",
    "dokumen_lengkap",
    "diajukan",
    "dibayar",
    "ditolak",
)
# Issue 18: a claim inside coverage recorded after the incident waits for a supervisor;
# a payment far from the proposed amount waits for a second supervisor.
NEEDS_VERIFICATION, AWAITING_PAYMENT_CONFIRMATION = (
    "perlu_verifikasi",
    "menunggu_konfirmasi_bayar",
)
CLAIM_STATES = (
    NEEDS_VERIFICATION,
    REPORTED,
    DOCUMENTS_COMPLETE,
    SUBMITTED,
    AWAITING_PAYMENT_CONFIRMATION,
    PAID,
    REJECTED,
)


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
        self.reported_by = stamp.actor
        self.benefits: list[BenefitLine] = []
        self.proposed_amount: int | None = None
        self.masa_iur_months: int | None = None
        self.verification: Verification | None = None
        self.pending_payment: PendingPayment | None = None

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

    def propose_benefits(
        self, benefits: Sequence[BenefitLine], proposed_amount: int | None,
        masa_iur_months: int, stamp: Stamp,
    ) -> None:
        self._benefits_proposed(
            benefits=[dict(b) for b in benefits], proposed_amount=proposed_amount,
            masa_iur_months=masa_iur_months, stamp=stamp,
        )

    def require_verification(self, quota: str, enrolment_recorded_on: date, stamp: Stamp) -> None:
        self._verification_required(
            quota=quota, enrolment_recorded_on=enrolment_recorded_on, stamp=stamp
        )

    def confirm_coverage(self, stamp: Stamp) -> None:
        self.check_state(NEEDS_VERIFICATION)
        self.check_not_reporter(stamp.actor)
        self._coverage_confirmed(stamp=stamp)

    def pay(self, amount: int, paid_on: date, stamp: Stamp, threshold: int) -> None:
        """Record BPJS's payment; another amount than proposed needs a reason, and a
        difference above `threshold` waits for a second supervisor's confirmation. With
        nothing proposed (care paid at cost) no figure vouches for any of it: an amount
        above `threshold` waits for a second supervisor too."""
        self.check_state(SUBMITTED)
        self.check_not_before_incident(paid_on)
        difference = self.difference_from_proposal(amount)
        if difference and self.proposed_amount is not None and not stamp.reason:
            raise RuleViolationError(
                "claim.amount_differs", claim=self.code, amount=amount,
                proposed=self.proposed_amount,
            )
        if difference > threshold:
            self._payment_proposed(amount=amount, paid_on=paid_on, stamp=stamp)
        else:
            self._paid(amount=amount, paid_on=paid_on, stamp=stamp)

    def confirm_payment(self, stamp: Stamp) -> None:
        self.check_state(AWAITING_PAYMENT_CONFIRMATION)
        pending = self.pending_payment
        assert pending is not None  # `PaymentProposed` entered the state with it
        if pending["recorded_by"] == stamp.actor:
            raise RuleViolationError("claim.own_payment", claim=self.code)
        self._paid(amount=int(pending["amount"]), paid_on=pending["paid_on"], stamp=stamp)

    def reject(self, rejected_on: date, stamp: Stamp) -> None:
        self.check_state(
            NEEDS_VERIFICATION, REPORTED, DOCUMENTS_COMPLETE, SUBMITTED,
            AWAITING_PAYMENT_CONFIRMATION,
        )
        if self.state == NEEDS_VERIFICATION:
            self.check_not_reporter(stamp.actor)
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

    def check_not_reporter(self, actor: str) -> None:
        if actor == self.reported_by:
            raise RuleViolationError("claim.own_verification", claim=self.code)

    def difference_from_proposal(self, amount: int) -> int:
        """Rupiah between `amount` and the proposal (all of it when nothing was proposed)."""
        return amount if self.proposed_amount is None else abs(amount - self.proposed_amount)

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

    @event("BenefitsProposed")
    def _benefits_proposed(
        self, benefits: list[dict[str, Any]], proposed_amount: int | None,
        masa_iur_months: int, stamp: Stamp,
    ) -> None:
        # `domain.benefits.propose_benefits`' components, as recorded.
        self.benefits = [cast(BenefitLine, dict(b)) for b in benefits]
        self.proposed_amount = proposed_amount
        self.masa_iur_months = masa_iur_months

    @event("VerificationRequired")
    def _verification_required(
        self, quota: str, enrolment_recorded_on: date, stamp: Stamp
    ) -> None:
        self.state = NEEDS_VERIFICATION
        self.verification = Verification(quota=quota,
                                         enrolment_recorded_on=enrolment_recorded_on,
                                         confirmed_by=None)

    @event("CoverageConfirmed")
    def _coverage_confirmed(self, stamp: Stamp) -> None:
        self.state = REPORTED
        if self.verification is not None:
            self.verification["confirmed_by"] = stamp.actor

    @event("PaymentProposed")
    def _payment_proposed(self, amount: int, paid_on: date, stamp: Stamp) -> None:
        self.state = AWAITING_PAYMENT_CONFIRMATION
        self.pending_payment = PendingPayment(amount=amount, paid_on=paid_on,
                                              recorded_by=stamp.actor, reason=stamp.reason)

    @event("Paid")
    def _paid(self, amount: int, paid_on: date, stamp: Stamp) -> None:
        self.state = PAID
        self.amount_paid = amount
        self.paid_on = paid_on
        self.pending_payment = None

    @event("Rejected")
    def _rejected(self, rejected_on: date, stamp: Stamp) -> None:
        self.state = REJECTED
        self.rejected_on = rejected_on
        self.rejection_reason = stamp.reason


class PenomoranKlaim(Aggregate):
    """The claim numbers of one year (`KL-2026-0142`): issued one after another, so two
    workstations numbering at once collide on this aggregate's version, never share a code."""

    @staticmethod
    def create_id(year: int, **_: Any) -> UUID:
        return claim_numbering_id(year)

    @event("Started")
    def __init__(self, year: int, stamp: Stamp) -> None:
        self.year = year
        self.issued = 0

    def next_code(self) -> str:
        return claim_number(self.year, self.issued + 1)

    def issue(self, code: str, stamp: Stamp) -> None:
        self._issued(code=code, stamp=stamp)

    @event("NumberIssued")
    def _issued(self, code: str, stamp: Stamp) -> None:
        self.issued += 1


def claim_number(year: int, sequence: int) -> str:
    """A code read over the phone: the year and a four-digit (or longer) sequence."""
    return f"KL-{year}-{sequence:04d}"
