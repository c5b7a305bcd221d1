"""The claim workflow: reported, documents complete, submitted to BPJS, paid or rejected.

A claim proposes its amount from the dated benefit rules (`domain.benefits`); a death
claim records the death once (or refers to the recorded one); a claim inside coverage
recorded after the incident waits for a supervisor's verification (issue 18).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypedDict
from uuid import NAMESPACE_OID, UUID, uuid5

from eventsourcing.domain import Aggregate

from domain.benefits import (
    DEATH,
    JKK_OUTCOMES,
    BenefitRules,
    check_not_expired,
    masa_iur_months,
    overdue_after,
    propose_benefits,
    proposed_amount,
    report_warnings,
    seeded_benefit_rules,
    waiting_for,
    with_defaults,
)
from domain.errors import RuleViolationError, ValidationError
from domain.i18n import current_language
from domain.limits import BASIS, LABEL, NOTE, field_limit, limit
from domain.messages import render
from domain.model.common import PROGRAMMES, Stamp, require_reason
from domain.model.ids import benefit_rules_id, claim_id, claim_numbering_id
from domain.model.indeks import Indeks, index_id
from domain.model.klaim import CLAIM_STATES, Klaim, PenomoranKlaim
from domain.model.klaim_rules import BenefitLine, ShownPayment, ShownVerification
from domain.model.manfaat import FIGURE_STATUSES, AturanManfaat
from domain.model.peserta import Enrolment, Peserta, coverage_end
from domain.nik import parse_nik
from domain.reference import HEIR_RELATIONS, FigureData, claim_checklists, heir_order
from domain.services.authoriser import Authoriser, Reader
from domain.services.base import BerjasaApplication
from domain.services.context import ContextService
from domain.services.lifecycle import DEATH_CLAIM
from domain.services.periods import PeriodService
from domain.services.permissions import Action
from domain.services.session import Session
from domain.services.workers import WorkerService, same_person
from domain.values import WITA, as_date, as_int, as_optional_date, as_text

DETAIL_FIELDS = (
    "place", "description", "heir_name", "heir_nik", "heir_relation", "heir_reason",
    "outcome", "days_unable", "disability_percent",
)
HEIR_FIELDS = ("heir_name", "heir_nik", "heir_relation")
# Index kinds: one claim per worker, programme and incident; one death claim per worker
# (and per person: every record of one person holds it, `lifecycle.same_person`).
CLAIM_KEY = "klaim"


def claim_code(worker_hex: str, programme: str, incident: date) -> str:
    """The code claims had before numbering (kept to find claims reported before)."""
    digest = uuid5(NAMESPACE_OID, f"{worker_hex}:{programme}:{incident.isoformat()}").hex
    return f"KL-{incident.year}-{digest[:8].upper()}"


def checklist_key(programme: str, details: dict[str, str]) -> str:
    """Which checklist of `dokumen-klaim.csv` a claim follows: a death at work needs the
    death and heir documents besides the accident report."""
    return "JKK-meninggal" if programme == "JKK" and details.get("outcome") == DEATH else (
        programme)


def is_death_claim(programme: str, details: dict[str, str]) -> bool:
    return programme == "JKM" or (programme == "JKK" and details.get("outcome") == DEATH)


class BenefitFigure(TypedDict):
    """A benefit figure from a day on, with its legal basis (`domain.benefits.Figure`)."""

    programme: str
    component: str
    effective_from: str
    kind: str
    value: int
    basis: str
    status: str


class ClaimService(ContextService):
    """The claim workflow and the benefit rules claims are proposed from."""

    def __init__(self, application: BerjasaApplication, authoriser: Authoriser,
                 workers: WorkerService, periods: PeriodService) -> None:
        super().__init__(application, authoriser)
        self.workers, self.periods = workers, periods

    # --- benefit rules --------------------------------------------------------------------

    def benefit_rules(self) -> BenefitRules:
        """The store's benefit figures (the shipped defaults until one is first set)."""
        schedule = self.find(benefit_rules_id(), AturanManfaat)
        return BenefitRules(with_defaults(schedule.figures if schedule else []))

    def list_benefit_rules(self, session: Session) -> list[BenefitFigure]:
        self.authorise(session, Action.READ)
        return [
            {"programme": f.programme, "component": f.component,
             "effective_from": f.effective_from.isoformat(), "kind": f.kind, "value": f.value,
             "basis": f.basis, "status": f.status}
            for f in self.benefit_rules().figures
        ]

    def set_benefit_rule(
        self, session: Session, programme: str, component: str, effective_from: date | str,
        value: int | str, basis: str, status: str = "terkonfirmasi", kind: str = "",
    ) -> BenefitFigure:
        """Change one figure from a date, with its legal basis: an event, as tariffs are."""
        stamp = self.authorise(session, Action.SET_TARIFF, basis)
        day = as_date(effective_from, "berlaku mulai")
        amount = as_int(value, "nilai")
        legal_basis = as_text(basis, "dasar hukum", limit=limit(BASIS), required=True)
        if status not in FIGURE_STATUSES:
            raise ValidationError("benefit.status", value=status,
                                  allowed=", ".join(FIGURE_STATUSES))
        owner = str(programme or "").strip().upper()
        name = str(component or "").strip().lower()
        known = {(f.programme, f.component): f.kind for f in self.benefit_rules().figures}
        if (owner, name) not in known:
            raise ValidationError("benefit.component_unknown", programme=owner, component=name)

        def attempt() -> BenefitFigure:
            schedule = self.find(benefit_rules_id(), AturanManfaat)
            if schedule is None:
                schedule = seeded_benefit_rules(stamp)
            figure = FigureData(programme=owner, component=name, effective_from=day,
                                kind=kind or known[(owner, name)], value=amount,
                                basis=legal_basis, status=status)
            schedule.set_figure(figure, stamp)
            self.save(schedule)
            return BenefitFigure(programme=owner, component=name,
                                 effective_from=day.isoformat(), kind=figure["kind"],
                                 value=amount, basis=legal_basis, status=status)

        return self.with_retries(attempt)

    # --- reporting ------------------------------------------------------------------------

    def report_claim(
        self,
        session: Session,
        nik: str,
        programme: str,
        incident_date: date | str,
        **details: str,
    ) -> ReportedClaim:
        """Report a claim; refused unless the worker was covered on the incident date.

        The claim proposes its benefits; a death claim records the death (or must agree
        with the one recorded); the claim's heir is recorded on the worker."""
        stamp = self.authorise(session, Action.REPORT_CLAIM)
        code = str(programme or "").strip().upper()
        if code not in PROGRAMMES:
            raise ValidationError("programme.unknown", value=str(programme))
        incident = as_date(incident_date, "tanggal kejadian")
        if incident > self.calendar():
            raise ValidationError("claim.incident_future", value=incident.isoformat())
        clean = self._checked_details(code, details)
        rules, today = self.benefit_rules(), self.calendar()
        check_not_expired(rules, incident, today)
        warnings = report_warnings(rules, code, incident, today)

        def attempt() -> ReportedClaim:
            worker = self.workers.worker_by_nik(nik)
            # A record recorded as a duplicate is the same person as its survivor: the
            # death and the death benefit count once across both.
            person = self.same_person(worker)
            death = is_death_claim(code, clean)
            death_indexes = [self.check_first_death_claim(r, code) for r in person] if (
                death) else []
            for record in person:
                self.check_alive_on(record, incident, death)
            covering = self.covering_enrolment(worker, code, incident)
            key_index = self.check_not_reported(worker, code, incident)
            for record in person[1:]:  # the same incident claimed on the survivor's record
                self.check_not_reported(record, code, incident)
            touched: list[Aggregate] = [worker]
            if death:
                self.check_heir_order(worker, clean)
                heir_recorded(worker, clean, stamp)
            numbering = self.claim_numbering(self.calendar().year, stamp)
            claim = Klaim(
                code=numbering.next_code(), worker=worker.id, nik=worker.nik, programme=code,
                incident_date=incident, details=clean,
                checklist=list(claim_checklists().get(checklist_key(code, clean), ())),
                stamp=stamp,
            )
            numbering.issue(claim.code, stamp)
            self.propose(claim, worker, stamp)
            recorded_on = self.enrolment_recorded_on(worker, covering)
            if recorded_on is not None and incident < recorded_on:
                claim.require_verification(covering["quota"], recorded_on, stamp)
            touched += [numbering, claim, claim_index(key_index, CLAIM_KEY, worker, code,
                                                      incident, claim.id, stamp)]
            if death:
                for record, index in zip(person, death_indexes, strict=True):
                    touched.append(death_claim_index(index, record, claim.id, stamp))
                living = [r for r in person if r.died_on is None]
                if living:
                    # A death in a closed month is recorded first through an approved
                    # correction (`worker death --correction`); the claim then refers to it.
                    self.periods.check_period_open(incident)
                for record in living:
                    if record is not worker:
                        touched.append(record)
                    touched += self.workers.death_recorded(record, incident, stamp, touched)
            self.save(*touched)
            # Warnings (codes and sentences) refuse nothing: the claim is reported.
            return {**self.describe(claim), "warnings": warnings,
                    "warning_messages": [render(w, current_language(), {
                        "incident_date": incident.isoformat(),
                        "days": rules.value("JKK", "batas_lapor_hari", incident)})
                        for w in warnings]}

        return self.with_retries(attempt)

    @staticmethod
    def _checked_details(programme: str, details: dict[str, str]) -> dict[str, str]:
        unknown = [k for k in details if k not in DETAIL_FIELDS]
        if unknown:
            raise ValidationError("worker.field_unknown", field=unknown[0])
        clean = {k: as_text(v, k, limit=field_limit(k) or limit(NOTE))
                 for k, v in details.items() if v}
        outcome = clean.get("outcome", "")
        if outcome and (programme != "JKK" or outcome not in JKK_OUTCOMES):
            raise ValidationError("claim.outcome_unknown", value=outcome,
                                  allowed=", ".join(JKK_OUTCOMES))
        for field, top in (("days_unable", 100_000), ("disability_percent", 100)):
            if field in clean:
                number = as_int(clean[field], field)
                if not 0 <= number <= top:
                    raise ValidationError("claim.number_range", field=field, value=number,
                                          top=top)
                clean[field] = str(number)
        if is_death_claim(programme, clean):
            if not all(clean.get(k) for k in HEIR_FIELDS):
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

    # --- named checks ---------------------------------------------------------------------

    @staticmethod
    def check_alive_on(worker: Peserta, incident: date, death_claim: bool) -> None:
        """No claim for an incident after the recorded death; a death claim's date must
        be the recorded death's."""
        died = worker.died_on
        if died is None:
            return
        if death_claim and incident != died:
            raise RuleViolationError("claim.death_date_differs", nik=worker.nik,
                                     incident_date=incident.isoformat(),
                                     died_on=died.isoformat())
        if incident > died:
            raise RuleViolationError("claim.after_death", nik=worker.nik,
                                     incident_date=incident.isoformat(),
                                     died_on=died.isoformat())

    def same_person(self, worker: Peserta) -> list[Peserta]:
        """`worker` and the records it was recorded a duplicate of."""
        return same_person(worker, lambda key: self.find(key, Peserta))

    @staticmethod
    def covering_enrolment(worker: Peserta, programme: str, incident: date) -> Enrolment:
        for enrolment in worker.enrolments:
            if (programme in enrolment["programmes"]
                    and enrolment["start"] <= incident <= coverage_end(enrolment)):
                return enrolment
        raise RuleViolationError(
            "claim.not_covered", nik=worker.nik, programme=programme,
            incident_date=incident.isoformat(),
        )

    def check_not_reported(self, worker: Peserta, programme: str, incident: date) -> Indeks | None:
        """Refuse a second claim for the same worker, programme and incident date (claims
        reported before numbering are found by their old code)."""
        index = self.find(index_id(CLAIM_KEY, claim_key(worker, programme, incident)), Indeks)
        owner = index.owner if index is not None else None
        existing = self.find(owner, Klaim) if owner is not None else None
        legacy = self.find(claim_id(claim_code(worker.id.hex, programme, incident)), Klaim)
        for claim in (existing, legacy):
            if claim is not None:
                raise RuleViolationError(
                    "claim.already_reported", programme=programme, nik=worker.nik,
                    incident_date=incident.isoformat(), claim=claim.code,
                )
        return index

    def check_first_death_claim(self, worker: Peserta, programme: str) -> Indeks | None:
        """One death benefit per person: a JKM, or a JKK for a death at work."""
        index = self.find(index_id(DEATH_CLAIM, worker.id.hex), Indeks)
        owner = index.owner if index is not None else None
        earlier = self.find(owner, Klaim) if owner is not None else None
        if earlier is not None:
            code = "claim.second_jkm" if programme == earlier.programme == "JKM" else (
                "claim.second_death_claim")
            raise RuleViolationError(code, nik=worker.nik, claim=earlier.code,
                                     programme=earlier.programme)
        return index

    @staticmethod
    def check_heir_order(worker: Peserta, details: dict[str, str]) -> None:
        """Naming a later-order heir while an earlier-order one is recorded needs a reason."""
        ranks = heir_order()
        named = ranks[details["heir_relation"]]
        earlier = [h for h in worker.heirs
                   if ranks.get(h["relation"], named) < named and h["nik"] != details["heir_nik"]]
        if earlier and not details.get("heir_reason"):
            first = min(earlier, key=lambda h: ranks.get(h["relation"], 99))
            raise RuleViolationError(
                "claim.heir_order", relation=details["heir_relation"],
                earlier=first["relation"], earlier_name=first["name"],
            )

    # --- the claim's parts ----------------------------------------------------------------

    def claim_numbering(self, year: int, stamp: Stamp) -> PenomoranKlaim:
        found = self.find(claim_numbering_id(year), PenomoranKlaim)
        return found if found is not None else PenomoranKlaim(year=year, stamp=stamp)

    def propose(self, claim: Klaim, worker: Peserta, stamp: Stamp) -> None:
        rules = self.benefit_rules()
        incident = claim.incident_date
        lapse = rules.value("*", "masa_iur_putus_bulan", incident)
        months = masa_iur_months(worker.enrolments, claim.programme, incident, lapse)
        benefits = propose_benefits(rules, claim.programme, incident, months, claim.details)
        claim.propose_benefits(benefits, proposed_amount(benefits), months, stamp)

    def check_not_enrolment_recorder(self, claim: Klaim, actor: str) -> None:
        """The verification of a claim inside coverage recorded after the incident is the
        second person's look at that coverage: whoever recorded the (backdated) enrolment
        may not confirm it, as the reporting clerk may not (`claim.own_verification`)."""
        verification = claim.verification
        if verification is None:
            return
        for event in self.application.events.get(claim.worker):
            if (type(event).__name__ == "Enrolled"
                    and getattr(event, "quota", None) == verification["quota"]
                    and getattr(event, "start", claim.incident_date) <= claim.incident_date
                    and wita_day(event) == verification["enrolment_recorded_on"]
                    and getattr(getattr(event, "stamp", None), "actor", None) == actor):
                raise RuleViolationError(
                    "claim.own_enrolment", claim=claim.code, quota=verification["quota"],
                    recorded_on=verification["enrolment_recorded_on"].isoformat())

    def enrolment_recorded_on(self, worker: Peserta, enrolment: Enrolment) -> date | None:
        """The day (WITA) the enrolment was recorded: its event's timestamp."""
        for event in self.application.events.get(worker.id):
            if (type(event).__name__ == "Enrolled"
                    and getattr(event, "quota", None) == enrolment["quota"]
                    and getattr(event, "start", None) == enrolment["start"]):
                return wita_day(event)
        return None

    # --- reading --------------------------------------------------------------------------

    def claim(self, code: str) -> Klaim:
        key = str(code or "").strip().upper()
        return self.require(claim_id(key), Klaim, "claim.not_found", claim=key)

    def authorise_claim_listing(self, session: Session) -> Reader:
        """Listing claims from the read models (the console's `claim list`)."""
        return self.reader(session)

    def get_claim(self, session: Session, code: str) -> ClaimView:
        self.authorise(session, Action.READ)
        return self.shown_to(session, self.describe(self.claim(code)))

    def describe(self, claim: Klaim) -> ClaimView:
        """The claim with its follow-up: days open, the step it waits for, overdue."""
        today = self.calendar()
        reported = claim.created_on.astimezone(WITA).date()
        since = self.state_since(claim)
        limit = overdue_after(self.benefit_rules(), claim.state, today)
        open_claim = waiting_for(claim.state) is not None
        return {
            **describe_claim(claim),
            "reported_on": reported.isoformat(),
            "days_open": (today - reported).days if open_claim else None,
            "waiting_for": waiting_for(claim.state),
            "state_since": since.isoformat(),
            "overdue": limit is not None and (today - since).days > limit,
        }

    def state_since(self, claim: Klaim) -> date:
        """The day (WITA) the claim entered its present state."""
        day = claim.created_on.astimezone(WITA).date()
        for event in self.application.events.get(claim.id):
            if type(event).__name__ not in ("DocumentReceived", "BenefitsProposed"):
                day = wita_day(event)
        return day

    # --- workflow -------------------------------------------------------------------------

    def receive_claim_documents(
        self, session: Session, code: str, documents: list[str]
    ) -> ClaimView:
        stamp = self.authorise(session, Action.RECORD_CLAIM_DOCUMENTS)
        return self.update_one(
            lambda: self.claim(code),
            lambda c: c.receive_documents(list(documents), stamp),
            self.describe,
        )

    def verify_claim(
        self, session: Session, code: str, confirm: bool, reason: str
    ) -> ClaimView:
        """A supervisor other than the reporting clerk confirms or rejects a claim inside
        coverage recorded after the incident, with a reason."""
        stamp = self.authorise(session, Action.SUBMIT_CLAIM, reason)
        require_reason(stamp)
        today = self.calendar()

        def attempt() -> ClaimView:
            claim = self.claim(code)
            claim.check_state("perlu_verifikasi")
            if confirm:
                self.check_not_enrolment_recorder(claim, stamp.actor)
                claim.confirm_coverage(stamp)
                self.save(claim)
            else:
                claim.reject(today, stamp)
                self.save(claim, *self.death_claim_released(claim, stamp))
            return self.describe(claim)

        return self.with_retries(attempt)

    def submit_claim(
        self,
        session: Session,
        code: str,
        submitted_on: date | str | None = None,
        bpjs_reference: str = "",
    ) -> ClaimView:
        stamp = self.authorise(session, Action.SUBMIT_CLAIM)
        day = self.step_day(as_optional_date(submitted_on, "tanggal pengajuan"))
        reference = as_text(bpjs_reference, "nomor referensi BPJS", limit=limit(LABEL))
        return self.update_one(
            lambda: self.claim(code), lambda c: c.submit(day, reference, stamp), self.describe
        )

    def pay_claim(
        self, session: Session, code: str, amount: int | str, paid_on: date | str | None = None,
        reason: str = "",
    ) -> ClaimView:
        """Record BPJS's payment: another amount than proposed needs a reason, and a
        difference above the threshold (data) a second supervisor's confirmation."""
        stamp = self.authorise(session, Action.RECORD_CLAIM_OUTCOME, reason)
        rupiah = as_int(amount, "nilai pembayaran")
        if rupiah <= 0:
            raise ValidationError("claim.amount", value=rupiah)
        day = self.step_day(as_optional_date(paid_on, "tanggal bayar"))
        threshold = self.benefit_rules().value("*", "selisih_bayar_ambang", day)
        return self.update_one(
            lambda: self.claim(code), lambda c: c.pay(rupiah, day, stamp, threshold),
            self.describe,
        )

    def confirm_claim_payment(
        self, session: Session, code: str, reason: str = ""
    ) -> ClaimView:
        stamp = self.authorise(session, Action.RECORD_CLAIM_OUTCOME, reason)
        return self.update_one(
            lambda: self.claim(code), lambda c: c.confirm_payment(stamp), self.describe
        )

    def reject_claim(
        self, session: Session, code: str, reason: str, rejected_on: date | str | None = None
    ) -> ClaimView:
        stamp = self.authorise(session, Action.RECORD_CLAIM_OUTCOME, reason)
        require_reason(stamp)
        day = self.step_day(as_optional_date(rejected_on, "tanggal penolakan"))

        def attempt() -> ClaimView:
            claim = self.claim(code)
            claim.reject(day, stamp)
            self.save(claim, *self.death_claim_released(claim, stamp))
            return self.describe(claim)

        return self.with_retries(attempt)

    def step_day(self, day: date | None) -> date:
        """A step's date (submitted, paid, rejected): today when none is given, never a
        day still to come (`claim.date_future`)."""
        return self.not_future(day or self.calendar(), "claim.date_future")

    def death_claim_released(self, claim: Klaim, stamp: Stamp) -> list[Indeks]:
        """A rejected death claim no longer holds the person's one death claim, on any of
        their records (the death itself stays recorded: a new claim must name its date)."""
        worker = self.find(claim.worker, Peserta)
        keys = [r.id.hex for r in self.same_person(worker)] if worker else [claim.worker.hex]
        released = []
        for key in keys:
            index = self.find(index_id(DEATH_CLAIM, key), Indeks)
            if index is not None and index.owner == claim.id:
                index.release(stamp)
                released.append(index)
        return released


def wita_day(event: Any) -> date:
    """The day (WITA) an event was recorded."""
    moment: datetime = event.timestamp
    return moment.astimezone(WITA).date()


def heir_recorded(worker: Peserta, details: dict[str, str], stamp: Stamp) -> None:
    """The claim's heir joins the worker's recorded heirs (once)."""
    known = {(h["nik"], h["relation"], h["name"]) for h in worker.heirs}
    if (details["heir_nik"], details["heir_relation"], details["heir_name"]) not in known:
        worker.record_heir(details["heir_name"], details["heir_nik"], details["heir_relation"],
                           stamp)


def claim_key(worker: Peserta, programme: str, incident: date) -> str:
    return f"{worker.id.hex}:{programme}:{incident.isoformat()}"


def claim_index(existing: Indeks | None, kind: str, worker: Peserta, programme: str,
                incident: date, claim: UUID, stamp: Stamp) -> Indeks:
    if existing is None:
        return Indeks(kind=kind, key=claim_key(worker, programme, incident), owner=claim,
                      stamp=stamp)
    existing.reassign(claim, stamp)
    return existing


def death_claim_index(existing: Indeks | None, worker: Peserta, claim: UUID,
                      stamp: Stamp) -> Indeks:
    if existing is None:
        return Indeks(kind=DEATH_CLAIM, key=worker.id.hex, owner=claim, stamp=stamp)
    existing.reassign(claim, stamp)
    return existing


class ClaimRecord(TypedDict):
    """A claim as plain values (`describe_claim`); dates in ISO text, amounts in rupiah."""

    claim: str
    nik: str
    worker: str
    programme: str
    incident_date: str
    state: str
    details: dict[str, str]
    documents: dict[str, bool]
    missing_documents: list[str]
    submitted_on: str | None
    bpjs_reference: str
    amount_paid: int
    paid_on: str | None
    rejection_reason: str
    benefits: list[BenefitLine]
    proposed_amount: int | None
    masa_iur_months: int | None
    heir: dict[str, str] | None
    verification: ShownVerification | None
    pending_payment: ShownPayment | None


class ClaimView(ClaimRecord):
    """A claim with its follow-up (`ClaimService.describe`)."""

    reported_on: str
    days_open: int | None  # None once paid or rejected
    waiting_for: str | None
    state_since: str
    overdue: bool


class ReportedClaim(ClaimView):
    """A reported claim and its warnings (codes and sentences): they refuse nothing."""

    warnings: list[str]
    warning_messages: list[str]


def describe_claim(claim: Klaim) -> ClaimRecord:
    verification = claim.verification
    pending = claim.pending_payment
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
        "benefits": [BenefitLine(**b) for b in claim.benefits],
        "proposed_amount": claim.proposed_amount,
        "masa_iur_months": claim.masa_iur_months,
        "heir": {k[5:]: claim.details[k] for k in HEIR_FIELDS if k in claim.details} or None,
        "verification": None if verification is None else ShownVerification(
            quota=verification["quota"],
            enrolment_recorded_on=verification["enrolment_recorded_on"].isoformat(),
            confirmed_by=verification["confirmed_by"]),
        "pending_payment": None if pending is None else ShownPayment(
            amount=pending["amount"], paid_on=pending["paid_on"].isoformat(),
            recorded_by=pending["recorded_by"], reason=pending["reason"]),
    }


__all__ = ["CLAIM_KEY", "CLAIM_STATES", "DEATH_CLAIM", "ClaimRecord", "ClaimService",
           "ClaimView", "ReportedClaim", "claim_code", "describe_claim"]
