"""MoU and PKS between BPJS Ketenagakerjaan and the city: registration and renewal."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from eventsourcing.persistence import IntegrityError

from domain.errors import RuleViolationError, ValidationError
from domain.limits import LABEL, NAME, PARTIES, SUBJECT, limit
from domain.model.common import normalise_programmes, require_reason
from domain.model.ids import agreement_id
from domain.model.perjanjian import (
    DEFAULT_RENEWAL_WINDOW_DAYS,
    KINDS,
    Perjanjian,
    days_left,
)
from domain.model.perjanjian_rules import Renewal
from domain.services.authoriser import Authoriser
from domain.services.base import BerjasaApplication
from domain.services.context import ContextService
from domain.services.permissions import Action
from domain.services.quotas import QuotaService
from domain.services.session import Session
from domain.values import as_date, as_optional_date, as_text


def _number(value: str) -> str:
    number = " ".join(str(value or "").split())
    if not number:
        raise ValidationError("text.required", field="nomor perjanjian")
    if len(number) > limit(LABEL):
        raise ValidationError("text.too_long", field="nomor perjanjian", limit=limit(LABEL))
    return number


class AgreementView(TypedDict):
    """An MoU/PKS as plain values (`describe_agreement`); dates in ISO text."""

    number: str
    kind: str
    subject: str
    parties: list[str]
    signed_on: str
    valid_from: str
    valid_to: str
    programmes: list[str]
    quotas: list[str]
    parent: str
    status: str
    days_left: int  # negative once expired
    renewals: list[Renewal]
    renewal_proposed_to: str | None


class AgreementService(ContextService):
    """MoU and PKS: registration, renewal, termination."""

    renewal_window_days = DEFAULT_RENEWAL_WINDOW_DAYS

    def __init__(self, application: BerjasaApplication, authoriser: Authoriser,
                 quotas: QuotaService) -> None:
        super().__init__(application, authoriser)
        self.quotas = quotas

    def register_agreement(
        self,
        session: Session,
        number: str,
        kind: str,
        subject: str,
        parties: list[str],
        signed_on: date | str,
        valid_from: date | str,
        valid_to: date | str,
        programmes: object = ("JKK", "JKM"),
        quotas: list[str] | None = None,
        parent: str = "",
    ) -> AgreementView:
        stamp = self.authorise(session, Action.MANAGE_AGREEMENTS)
        key, agreement_kind = _number(number), str(kind or "").strip().upper()
        if agreement_kind not in KINDS:
            raise ValidationError("mou.kind", value=str(kind))
        named = [as_text(p, "pihak", limit=limit(NAME)) for p in parties if str(p).strip()]
        if len(named) < 2:
            raise ValidationError("mou.parties")
        if len("; ".join(named)) > limit(PARTIES):  # as the form and the reports show them
            raise ValidationError("text.too_long", field="para pihak", limit=limit(PARTIES))
        start, end = as_date(valid_from, "berlaku mulai"), as_date(valid_to, "berlaku sampai")
        if end < start:
            raise ValidationError("mou.period_order", valid_from=start, valid_to=end)
        quota_codes = [self.quotas.quota(q).code for q in quotas or []]

        def attempt() -> AgreementView:
            directory = self.directory()
            if self.find(agreement_id(key), Perjanjian) is not None:
                raise RuleViolationError("mou.exists", number=key)
            agreement = Perjanjian(
                number=key,
                kind=agreement_kind,
                subject=as_text(subject, "perihal", limit=limit(SUBJECT), required=True),
                parties=named,
                signed_on=as_date(signed_on, "tanggal tanda tangan"),
                valid_from=start,
                valid_to=end,
                programmes=normalise_programmes(programmes),
                quotas=quota_codes,
                parent=_number(parent) if parent else "",
                stamp=stamp,
            )
            directory.list_agreement(key, stamp)
            self.save(directory, agreement)
            return self.describe_agreement(agreement)

        try:
            return self.with_retries(attempt)
        except IntegrityError:
            raise RuleViolationError("mou.exists", number=key) from None

    def agreement(self, number: str) -> Perjanjian:
        key = _number(number)
        return self.require(agreement_id(key), Perjanjian, "mou.not_found", number=key)

    def propose_renewal(
        self, session: Session, number: str, proposed_to: date | str, note: str = ""
    ) -> AgreementView:
        stamp = self.authorise(session, Action.MANAGE_AGREEMENTS, note)
        day = as_date(proposed_to, "usulan berlaku sampai")
        return self.update_one(
            lambda: self.agreement(number),
            lambda a: a.propose_renewal(day, stamp),
            self.describe_agreement,
        )

    def renew_agreement(
        self,
        session: Session,
        number: str,
        valid_to: date | str,
        signed_on: date | str | None = None,
        reference: str = "",
        note: str = "",
    ) -> AgreementView:
        stamp = self.authorise(session, Action.MANAGE_AGREEMENTS, note)
        end = as_date(valid_to, "berlaku sampai")
        signed = as_optional_date(signed_on, "tanggal tanda tangan") or self.calendar()
        ref = as_text(reference, "nomor adendum", limit=limit(LABEL))
        return self.update_one(
            lambda: self.agreement(number),
            lambda a: a.renew(signed, end, ref, stamp),
            self.describe_agreement,
        )

    def terminate_agreement(
        self, session: Session, number: str, terminated_on: date | str, reason: str
    ) -> AgreementView:
        stamp = self.authorise(session, Action.MANAGE_AGREEMENTS, reason)
        require_reason(stamp)
        day = as_date(terminated_on, "tanggal berakhir")
        return self.update_one(
            lambda: self.agreement(number),
            lambda a: a.terminate(day, stamp),
            self.describe_agreement,
        )

    def list_agreements(self, session: Session) -> list[AgreementView]:
        self.authorise(session, Action.READ)
        return [self.describe_agreement(self.agreement(n)) for n in self.directory().agreements]

    def describe_agreement(self, agreement: Perjanjian) -> AgreementView:
        today = self.calendar()
        return {
            "number": agreement.number,
            "kind": agreement.kind,
            "subject": agreement.subject,
            "parties": list(agreement.parties),
            "signed_on": agreement.signed_on.isoformat(),
            "valid_from": agreement.valid_from.isoformat(),
            "valid_to": agreement.valid_to.isoformat(),
            "programmes": list(agreement.programmes),
            "quotas": list(agreement.quotas),
            "parent": agreement.parent,
            "status": agreement.status_on(today, self.renewal_window_days),
            "days_left": days_left(agreement.valid_to, today),
            "renewals": [
                Renewal(signed_on=r["signed_on"].isoformat(),
                        previous_valid_to=r["previous_valid_to"].isoformat(),
                        valid_to=r["valid_to"].isoformat(), reference=r["reference"])
                for r in agreement.renewals
            ],
            "renewal_proposed_to": (
                agreement.renewal_proposed["proposed_to"].isoformat()
                if agreement.renewal_proposed
                else None
            ),
        }
