"""The claim workflow: reported, documents complete, submitted to BPJS, paid or rejected."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import NAMESPACE_OID, uuid5

from domain.errors import RuleViolationError, ValidationError
from domain.model.common import PROGRAMMES, require_reason
from domain.model.ids import claim_id
from domain.model.klaim import Klaim
from domain.nik import parse_nik
from domain.reference import HEIR_RELATIONS, claim_checklists
from domain.services.base import ServiceBase
from domain.services.permissions import Action
from domain.services.session import Session
from domain.services.workers import WorkerServices
from domain.values import as_date, as_int, as_optional_date, as_text

DETAIL_FIELDS = ("place", "description", "heir_name", "heir_nik", "heir_relation")


def claim_code(worker_hex: str, programme: str, incident: date) -> str:
    """A short code that is the same for the same worker, programme and incident date."""
    digest = uuid5(NAMESPACE_OID, f"{worker_hex}:{programme}:{incident.isoformat()}").hex
    return f"KL-{incident.year}-{digest[:8].upper()}"


class ClaimServices(WorkerServices, ServiceBase):
    def report_claim(
        self,
        session: Session,
        nik: str,
        programme: str,
        incident_date: date | str,
        **details: str,
    ) -> dict[str, Any]:
        """Report a claim; refused unless the worker was covered on the incident date."""
        stamp = self.authorise(session, Action.REPORT_CLAIM)
        code = str(programme or "").strip().upper()
        if code not in PROGRAMMES:
            raise ValidationError("programme.unknown", value=str(programme))
        incident = as_date(incident_date, "tanggal kejadian")
        if incident > self.calendar():
            raise ValidationError("claim.incident_future", value=incident.isoformat())
        clean = self._checked_details(code, details)
        worker = self.worker_by_nik(nik)
        if not worker.covered_on(code, incident):
            raise RuleViolationError(
                "claim.not_covered",
                nik=worker.nik,
                programme=code,
                incident_date=incident.isoformat(),
            )
        claim_key = claim_code(worker.id.hex, code, incident)
        if self.find(claim_id(claim_key), Klaim) is not None:
            raise RuleViolationError(
                "claim.already_reported",
                programme=code,
                nik=worker.nik,
                incident_date=incident.isoformat(),
                claim=claim_key,
            )
        claim = Klaim(
            code=claim_key,
            worker=worker.id,
            nik=worker.nik,
            programme=code,
            incident_date=incident,
            details=clean,
            checklist=list(claim_checklists().get(code, ())),
            stamp=stamp,
        )
        self.save(claim)
        return describe_claim(claim)

    @staticmethod
    def _checked_details(programme: str, details: dict[str, str]) -> dict[str, str]:
        unknown = [k for k in details if k not in DETAIL_FIELDS]
        if unknown:
            raise ValidationError("worker.field_unknown", field=unknown[0])
        clean = {k: as_text(v, k, limit=500) for k, v in details.items() if v}
        if programme == "JKM":
            if not all(clean.get(k) for k in ("heir_name", "heir_nik", "heir_relation")):
                raise ValidationError("claim.heir_required")
            clean["heir_nik"] = parse_nik(clean["heir_nik"]).value
            relation = clean["heir_relation"].lower().replace(" ", "_")
            if relation not in HEIR_RELATIONS:
                raise ValidationError(
                    "claim.relation_unknown",
                    value=clean["heir_relation"],
                    allowed=", ".join(HEIR_RELATIONS),
                )
            clean["heir_relation"] = relation
        return clean

    def claim(self, code: str) -> Klaim:
        key = str(code or "").strip().upper()
        return self.require(claim_id(key), Klaim, "claim.not_found", claim=key)

    def get_claim(self, session: Session, code: str) -> dict[str, Any]:
        self.authorise(session, Action.READ)
        return self.shown_to(session, describe_claim(self.claim(code)))

    def receive_claim_documents(
        self, session: Session, code: str, documents: list[str]
    ) -> dict[str, Any]:
        stamp = self.authorise(session, Action.RECORD_CLAIM_DOCUMENTS)
        return self.update_one(
            lambda: self.claim(code),
            lambda c: c.receive_documents(list(documents), stamp),
            describe_claim,
        )

    def submit_claim(
        self,
        session: Session,
        code: str,
        submitted_on: date | str | None = None,
        bpjs_reference: str = "",
    ) -> dict[str, Any]:
        stamp = self.authorise(session, Action.SUBMIT_CLAIM)
        day = as_optional_date(submitted_on, "tanggal pengajuan") or self.calendar()
        reference = as_text(bpjs_reference, "nomor referensi BPJS", limit=60)
        return self.update_one(
            lambda: self.claim(code), lambda c: c.submit(day, reference, stamp), describe_claim
        )

    def pay_claim(
        self, session: Session, code: str, amount: int | str, paid_on: date | str | None = None
    ) -> dict[str, Any]:
        stamp = self.authorise(session, Action.RECORD_CLAIM_OUTCOME)
        rupiah = as_int(amount, "nilai pembayaran")
        if rupiah <= 0:
            raise ValidationError("claim.amount", value=rupiah)
        day = as_optional_date(paid_on, "tanggal bayar") or self.calendar()
        return self.update_one(
            lambda: self.claim(code), lambda c: c.pay(rupiah, day, stamp), describe_claim
        )

    def reject_claim(
        self, session: Session, code: str, reason: str, rejected_on: date | str | None = None
    ) -> dict[str, Any]:
        stamp = self.authorise(session, Action.RECORD_CLAIM_OUTCOME, reason)
        require_reason(stamp)
        day = as_optional_date(rejected_on, "tanggal penolakan") or self.calendar()
        return self.update_one(
            lambda: self.claim(code), lambda c: c.reject(day, stamp), describe_claim
        )


def describe_claim(claim: Klaim) -> dict[str, Any]:
    return {
        "claim": claim.code,
        "nik": claim.nik,
        "worker": claim.worker.hex,
        "programme": claim.programme,
        "incident_date": claim.incident_date.isoformat(),
        "state": claim.state,
        "details": dict(claim.details),
        "documents": dict(claim.documents),
        "missing_documents": claim.missing_documents(),
        "submitted_on": claim.submitted_on.isoformat() if claim.submitted_on else None,
        "bpjs_reference": claim.bpjs_reference,
        "amount_paid": claim.amount_paid,
        "paid_on": claim.paid_on.isoformat() if claim.paid_on else None,
        "rejection_reason": claim.rejection_reason,
    }
