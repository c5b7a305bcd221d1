"""How each recorded event changes the read models, and its line in the audit trail.

One function per event type (matched on the event class's qualified name, which is part of
the event's permanent topic). Each changes the cached rows and returns what the audit
trail says about the event: a message code with its parameters (facts, never prose; the
presentation words them in the viewer's language with `projections.audit_texts`) and the
worker it concerns.
Events of types this module does not know (added later by other areas) still get an audit
line, so the trail is always complete.

A handler gets an `EventView` (`projections.events`), not the domain event: text, numbers,
booleans and lists of them are plain attributes (`e.nik`, `e.programmes`); read a date
with `e.iso("start")` (ISO text), a UUID with `e.hex("owner")`, and anything else with
`e.decoded("changes")`. `e.aggregate_id` is the originator's hex id, `e.qualname` the type.
A new event type: a function decorated `@handles("Aggregate.EventName")`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypedDict
from uuid import UUID

from domain.model.common import Stamp
from domain.model.indeks_rules import INDEX_COMMAND_EVENTS
from domain.model.kebijakan_rules import regulation_key
from domain.model.peserta_rules import death_end
from domain.segments import segment_of
from domain.values import WITA
from projections.audit_texts import pack
from projections.coverage import next_day
from projections.events import EventView
from projections.events import recorded_at as recorded_at  # re-exported: tests, reports
from projections.rows import (
    AGREEMENT,
    BENEFIT_RULE,
    CLAIM,
    DUPLICATE_REVIEW,
    MEMBER,
    POLICY,
    QUOTA,
    TARIFF,
    USER,
    Row,
    RowCache,
    covered_to,
)
from projections.sqlstore import Writer


@dataclass(slots=True)
class Applied:
    """What the audit trail records about one event besides its envelope: a message code
    and its parameters (facts, never a sentence: `projections.audit_texts` words them in
    the viewer's language), and the worker it concerns."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    worker_id: str | None = None
    nik: str | None = None


@dataclass
class Context:
    writer: Writer
    cache: RowCache

    def get(self, table: Any, *key: Any) -> Row | None:
        return self.cache.get(self.writer, table, *key)

    def require(self, table: Any, *key: Any) -> Row:
        row = self.cache.get(self.writer, table, *key)
        if row is None:
            raise LookupError(f"{table.name} {key} missing in the read model")
        self.cache.touch(table, row)
        return row


Handler = Callable[[Context, EventView], Applied]
HANDLERS: dict[str, Handler] = {}


def handles(qualname: str) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        HANDLERS[qualname] = function
        return function

    return register


# --- plain values --------------------------------------------------------------------------


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, UUID):
        return value.hex
    return value


def stamp_of(event: EventView) -> Stamp | None:
    stamp = event.get("stamp")
    return stamp if isinstance(stamp, Stamp) else None


def name_key(name: str) -> str:
    """The searchable form of a name: case-folded, single spaces."""
    return " ".join(name.split()).casefold()


# --- Peserta ------------------------------------------------------------------------------


def _member(ctx: Context, event: EventView) -> Row:
    return ctx.require(MEMBER, event.aggregate_id)


def _refresh_enrolments(ctx: Context, member: Row) -> None:
    enrolments = member["enrolments"]
    member["enrolled"] = len(enrolments)
    latest = max(enrolments, key=lambda e: e["start"], default=None)
    member["last_quota"] = latest["quota"] if latest else None
    member["last_start"] = latest["start"] if latest else None
    member["last_covered_to"] = covered_to(latest) if latest else None
    member.update(coverage_span(enrolments))
    for programme in ("JKK", "JKM", "JHT"):
        member[programme.lower()] = int(any(programme in e["programmes"] for e in enrolments))
    ctx.cache.enrolments_changed.add(member["worker_id"])


class CoverageSpan(TypedDict):
    """A member row's coverage columns (ISO days)."""

    cover_start: str | None
    cover_end: str | None
    gappy: int  # 1: the covered days have a gap


def coverage_span(enrolments: list[Row]) -> CoverageSpan:
    """First and last covered day, and whether the covered days have a gap. Without a gap,
    "covered on day D" is `cover_start <= D <= cover_end`: one comparison on the member's
    own row, which keeps the membership status filter fast; gappy workers are looked up
    in rm_enrolment (they are few)."""
    spans = sorted((e["start"], covered_to(e)) for e in enrolments
                   if e["start"] <= covered_to(e))
    if not spans:
        return CoverageSpan(cover_start=None, cover_end=None, gappy=0)
    gappy, reach = 0, spans[0][1]
    for start, end in spans[1:]:
        if start > next_day(reach):
            gappy = 1
        reach = max(reach, end)
    return CoverageSpan(cover_start=spans[0][0], cover_end=reach, gappy=gappy)


def _about(member: Row, code: str, **params: Any) -> Applied:
    return Applied(code, {"name": member["name"], **params}, member["worker_id"],
                   member["nik"])


@handles("Peserta.Registered")
def worker_registered(ctx: Context, e: EventView) -> Applied:
    member = ctx.cache.put(MEMBER, {
        "worker_id": e.aggregate_id, "nik": e.nik, "kk": e.kk, "name": e.name,
        "name_key": name_key(e.name), "sex": e.sex, "birth_date": e.iso("birth_date"),
        "kecamatan": e.kecamatan, "kelurahan": e.kelurahan, "occupation": e.occupation,
        "segment": segment_of(e.occupation), "decile": e.decile,
        "decile_as_of": e.iso("decile_as_of"), "agent": e.agent, "disability": int(e.disability),
        "dukcapil": "menunggu", "dukcapil_checked_on": None, "kpj": None, "died_on": None,
        "enrolled": 0, "last_quota": None, "last_start": None, "last_covered_to": None,
        "registered_at": e.recorded_at(), "enrolments": [], "cover_start": None,
        "cover_end": None, "gappy": 0, "jkk": 0, "jkm": 0, "jht": 0,
    })
    return _about(member, "worker.registered", nik=e.nik, kelurahan=e.kelurahan,
                  kecamatan=e.kecamatan)


@handles("Peserta.DetailsCorrected")
def worker_corrected(ctx: Context, e: EventView) -> Applied:
    member = _member(ctx, e)
    changes = e.decoded("changes")
    before = {name: member.get(name) for name in changes}
    for column, value in changes.items():
        member[column] = int(value) if column == "disability" else plain(value)
    member["name_key"] = name_key(member["name"])
    member["segment"] = segment_of(member["occupation"])
    changed = [[f, before[f], plain(v)] for f, v in changes.items()]
    return _about(member, "worker.corrected", changes=changed)


@handles("Peserta.DecileRecorded")
def decile_recorded(ctx: Context, e: EventView) -> Applied:
    member = _member(ctx, e)
    member["decile"], member["decile_as_of"] = e.decile, e.iso("as_of")
    return _about(member, "worker.decile_recorded", decile=e.decile, source=e.source,
                  as_of=e.iso("as_of"))


@handles("Peserta.DeathRecorded")
def death_recorded(ctx: Context, e: EventView) -> Applied:
    member, died_on = _member(ctx, e), e.iso_required("died_on")
    member["died_on"] = died_on
    ends_all = bool(e.get("ends_all", False))  # as `Peserta._death_recorded` (version 1: no)
    for enrolment in member["enrolments"]:
        ended = death_end(enrolment["start"], enrolment["until"], enrolment["end"], died_on,
                          ends_all)
        if ended is not None:
            enrolment["end"] = ended
            enrolment["end_reason"] = "death"
    _refresh_enrolments(ctx, member)
    return _about(member, "worker.death_recorded", died_on=died_on)


@handles("Peserta.HeirRecorded")
def heir_recorded(ctx: Context, e: EventView) -> Applied:
    member = _member(ctx, e)
    return _about(member, "worker.heir_recorded", heir=e.name, relation=e.relation)


@handles("Peserta.DukcapilMatchRecorded")
def dukcapil_recorded(ctx: Context, e: EventView) -> Applied:
    member = _member(ctx, e)
    member["dukcapil"], member["dukcapil_checked_on"] = e.status, e.iso("checked_on")
    return _about(member, "worker.dukcapil_recorded", dukcapil=e.status,
                  checked_on=e.iso("checked_on"))


@handles("Peserta.KpjAssigned")
def kpj_assigned(ctx: Context, e: EventView) -> Applied:
    member = _member(ctx, e)
    member["kpj"] = e.kpj
    return _about(member, "worker.kpj_assigned", kpj=e.kpj)


@handles("Peserta.Enrolled")
def enrolled(ctx: Context, e: EventView) -> Applied:
    member = _member(ctx, e)
    member["enrolments"].append({
        "quota": e.quota, "programmes": list(e.programmes), "start": e.iso_required("start"),
        "until": e.iso_required("until"), "end": None, "end_reason": None,
        "retroactive": bool(e.retroactive), "recorded_on": e.iso("recorded_on"),
    })
    _refresh_enrolments(ctx, member)
    return _about(member, "worker.enrolled", quota=e.quota, programmes=list(e.programmes),
                  start=e.iso("start"), retroactive=bool(e.retroactive))


@handles("Peserta.EnrolmentTerminated")
def enrolment_terminated(ctx: Context, e: EventView) -> Applied:
    member = _member(ctx, e)
    for enrolment in member["enrolments"]:
        if enrolment["quota"] == e.quota and enrolment["end"] is None:
            enrolment["end"], enrolment["end_reason"] = e.iso_required("end"), e.reason_code
            break
    _refresh_enrolments(ctx, member)
    details = e.get("details") or {}  # version 1 events (no details) read as stored
    noted = {k: plain(v) for k, v in details.items() if k in _DETAIL_KEYS}
    return _about(member, "worker.enrolment_terminated", quota=e.quota, end=e.iso("end"),
                  reason=e.reason_code, details=noted)


_DETAIL_KEYS = ("employer", "kpj", "domicile", "survivor_nik")


@handles("Peserta.DuplicateRecorded")
def duplicate_recorded(ctx: Context, e: EventView) -> Applied:
    member = _member(ctx, e)
    ctx.cache.put(DUPLICATE_REVIEW, {"worker_id": e.aggregate_id, "other_id": e.survivor_id,
                                     "decision": "duplicate"})
    return _about(member, "worker.duplicate_recorded", nik=member["nik"],
                  survivor_nik=e.survivor_nik)


@handles("Peserta.DistinctPersonConfirmed")
def distinct_person_confirmed(ctx: Context, e: EventView) -> Applied:
    member = _member(ctx, e)
    ctx.cache.put(DUPLICATE_REVIEW, {"worker_id": e.aggregate_id, "other_id": e.other_id,
                                     "decision": "distinct"})
    return _about(member, "worker.distinct_confirmed", nik=member["nik"],
                  other_nik=e.other_nik)


# --- Indeks -------------------------------------------------------------------------------

@handles("Indeks.Indexed")
def index_created(ctx: Context, e: EventView) -> Applied:
    member = ctx.get(MEMBER, e.hex("owner"))
    owner = member["name"] if member else e.hex("owner")
    return Applied("index.indexed", {"index": e.kind, "key": e.key, "owner": owner},
                   e.hex("owner"), e.key if e.kind == "nik" else None)


@handles("Indeks.Released")
def index_released(ctx: Context, e: EventView) -> Applied:
    return Applied("index.released")


@handles("Indeks.Reassigned")
def index_reassigned(ctx: Context, e: EventView) -> Applied:
    member = ctx.get(MEMBER, e.hex("owner"))
    owner = member["name"] if member else e.hex("owner")
    return Applied("index.reassigned", {"owner": owner}, e.hex("owner"))


# --- Kuota --------------------------------------------------------------------------------


def _quota(ctx: Context, e: EventView) -> Row:
    return ctx.require(QUOTA, e.aggregate_id)


@handles("Kuota.Opened")
def quota_opened(ctx: Context, e: EventView) -> Applied:
    stamp = stamp_of(e)
    ctx.cache.put(QUOTA, {
        "aggregate_id": e.aggregate_id, "code": e.code, "year": e.year,
        "programmes": list(e.programmes), "label": e.label,
        "basis": e.basis, "seats": e.seats, "used": 0, "period_start": e.iso("period_start"),
        "period_end": e.iso("period_end"), "changes": {}, "retroactive": 0,
        # Version 1 openings (before issue 23) carry no `confirmed`: they count as confirmed.
        "opening": "dikonfirmasi" if e.get("confirmed", True) else "belum_dikonfirmasi",
        "opened_by": stamp.actor if stamp else "",
    })
    return Applied("quota.opened", {
        "code": e.code, "label": e.label, "year": e.year, "seats": e.seats,
        "programmes": list(e.programmes), "period_start": e.iso("period_start"),
        "period_end": e.iso("period_end")})


@handles("Kuota.OpeningConfirmed")
def quota_opening_confirmed(ctx: Context, e: EventView) -> Applied:
    quota = _quota(ctx, e)
    quota["opening"] = "dikonfirmasi"
    return Applied("quota.opening_confirmed", {"code": quota["code"]})


@handles("Kuota.OpeningRefused")
def quota_opening_refused(ctx: Context, e: EventView) -> Applied:
    quota = _quota(ctx, e)
    quota["opening"], quota["seats"] = "ditolak", e.seats
    return Applied("quota.opening_refused", {"code": quota["code"], "seats": e.seats})


@handles("Kuota.ChangeProposed")
def quota_change_proposed(ctx: Context, e: EventView) -> Applied:
    quota = _quota(ctx, e)
    stamp = stamp_of(e)
    quota["changes"][e.change] = {
        "delta": e.delta, "reason": stamp.reason if stamp else "",
        "proposed_by": stamp.actor if stamp else "", "state": "diusulkan", "decided_by": None,
        "effective": e.iso("effective"),
    }
    return Applied("quota.change_proposed", {"change": e.change, "delta": e.delta,
                                             "code": quota["code"]})


def _decide(ctx: Context, e: EventView, state: str) -> Row:
    quota = _quota(ctx, e)
    stamp = stamp_of(e)
    change = quota["changes"][e.change]
    change["state"], change["decided_by"] = state, stamp.actor if stamp else ""
    return quota


@handles("Kuota.ChangeApproved")
def quota_change_approved(ctx: Context, e: EventView) -> Applied:
    quota = _decide(ctx, e, "disetujui")
    # Version 1 approvals took effect on the day (WITA) they were recorded.
    quota["changes"][e.change]["effective"] = (
        e.iso("effective") or e.decoded("timestamp").astimezone(WITA).date().isoformat())
    quota["seats"] += int(quota["changes"][e.change]["delta"])
    return Applied("quota.change_approved", {"change": e.change, "code": quota["code"],
                                             "seats": quota["seats"]})


@handles("Kuota.ChangeRefused")
def quota_change_refused(ctx: Context, e: EventView) -> Applied:
    quota = _decide(ctx, e, "ditolak")
    return Applied("quota.change_refused", {"change": e.change, "code": quota["code"]})


def _seats(ctx: Context, e: EventView, sign: int, code: str) -> Applied:
    quota = _quota(ctx, e)
    quota["used"] += sign * len(e.workers)
    worker = e.workers[0] if len(e.workers) == 1 else None
    member = ctx.get(MEMBER, worker) if worker else None
    return Applied(code, {"n": len(e.workers), "code": quota["code"],
                          "name": member["name"] if member else None,
                          "used": quota["used"], "seats": quota["seats"]},
                   worker, member["nik"] if member else None)


@handles("Kuota.SeatsTaken")
def seats_taken(ctx: Context, e: EventView) -> Applied:
    if e.retroactive:
        _quota(ctx, e)["retroactive"] += len(e.workers)
    return _seats(ctx, e, 1, "quota.seats_taken")


@handles("Kuota.RulesSet")
def quota_rules_set(ctx: Context, e: EventView) -> Applied:
    rules = e.decoded("rules")
    narrowed = {k: plain(v) for k, v in rules.items() if v not in (None, [], "")}
    return Applied("quota.rules_set", {"code": _quota(ctx, e)["code"], "rules": narrowed})


# --- periode tertutup (issue 16) ----------------------------------------------------------


@handles("PeriodeTertutup.Started")
def periods_started(ctx: Context, e: EventView) -> Applied:
    return Applied("period.started")


@handles("PeriodeTertutup.Closed")
def period_closed(ctx: Context, e: EventView) -> Applied:
    return Applied("period.closed", {"month": e.month})


@handles("PeriodeTertutup.CorrectionProposed")
def period_correction_proposed(ctx: Context, e: EventView) -> Applied:
    return Applied("period.correction_proposed", {"correction": e.correction,
                                                  "month": e.month})


@handles("PeriodeTertutup.CorrectionDecided")
def period_correction_decided(ctx: Context, e: EventView) -> Applied:
    code = "period.correction_approved" if e.approved else "period.correction_refused"
    return Applied(code, {"correction": e.correction})


@handles("PeriodeTertutup.CorrectionUsed")
def period_correction_used(ctx: Context, e: EventView) -> Applied:
    return Applied("period.correction_used", {"correction": e.correction, "day": e.iso("day")})


@handles("Kuota.SeatsReleased")
def seats_released(ctx: Context, e: EventView) -> Applied:
    return _seats(ctx, e, -1, "quota.seats_released")


# --- Klaim --------------------------------------------------------------------------------


def _claim(ctx: Context, e: EventView) -> Row:
    return ctx.require(CLAIM, e.aggregate_id)


def _claim_applied(ctx: Context, claim: Row, code: str, **params: Any) -> Applied:
    member = ctx.get(MEMBER, claim["worker_id"])
    name = member["name"] if member else claim["nik"]
    return Applied(code, {"claim": claim["code"], "programme": claim["programme"],
                          "name": name, **params}, claim["worker_id"], claim["nik"])


@handles("Klaim.Reported")
def claim_reported(ctx: Context, e: EventView) -> Applied:
    details = e.decoded("details")
    heir = {k[5:]: details[k] for k in ("heir_name", "heir_nik", "heir_relation",
                                          "heir_reason") if details.get(k)}
    claim = ctx.cache.put(CLAIM, {
        "aggregate_id": e.aggregate_id, "code": e.code, "worker_id": e.hex("worker"),
        "nik": e.nik, "programme": e.programme,
        "incident_date": e.iso("incident_date"), "state": "dilaporkan",
        "documents": {doc: False for doc in e.checklist}, "reported_at": e.recorded_at(),
        "submitted_on": None, "bpjs_reference": "", "amount_paid": 0, "paid_on": None,
        "rejected_on": None, "rejection_reason": "", "outcome": details.get("outcome", ""),
        "benefits": [], "proposed_amount": None, "masa_iur": None, "heir": heir or None,
        "state_since": e.recorded_at(),
    })
    return _claim_applied(ctx, claim, "claim.reported", incident_date=e.iso("incident_date"))


def _claim_state(ctx: Context, e: EventView, state: str, **changes: Any) -> Row:
    claim = _claim(ctx, e)
    claim.update(state=state, state_since=e.recorded_at(), **changes)
    return claim


@handles("Klaim.BenefitsProposed")
def claim_benefits_proposed(ctx: Context, e: EventView) -> Applied:
    claim = _claim(ctx, e)
    claim.update(benefits=e.decoded("benefits"), proposed_amount=e.get("proposed_amount"),
                 masa_iur=e.masa_iur_months)
    amount = claim["proposed_amount"]
    if amount is None:
        return _claim_applied(ctx, claim, "claim.benefits_proposed_at_cost",
                              masa_iur=e.masa_iur_months)
    return _claim_applied(ctx, claim, "claim.benefits_proposed", amount=amount,
                          masa_iur=e.masa_iur_months)


@handles("Klaim.VerificationRequired")
def claim_needs_verification(ctx: Context, e: EventView) -> Applied:
    claim = _claim_state(ctx, e, "perlu_verifikasi")
    return _claim_applied(ctx, claim, "claim.verification_required", quota=e.quota,
                          recorded_on=e.iso("enrolment_recorded_on"))


@handles("Klaim.CoverageConfirmed")
def claim_coverage_confirmed(ctx: Context, e: EventView) -> Applied:
    claim = _claim_state(ctx, e, "dilaporkan")
    return _claim_applied(ctx, claim, "claim.coverage_confirmed")


@handles("Klaim.DocumentReceived")
def claim_document(ctx: Context, e: EventView) -> Applied:
    claim = _claim(ctx, e)
    claim["documents"][e.document] = True
    return _claim_applied(ctx, claim, "claim.document_received", document=e.document)


@handles("Klaim.DocumentsCompleted")
def claim_documents_complete(ctx: Context, e: EventView) -> Applied:
    claim = _claim_state(ctx, e, "dokumen_lengkap")
    return _claim_applied(ctx, claim, "claim.documents_completed")


@handles("Klaim.SubmittedToBpjs")
def claim_submitted(ctx: Context, e: EventView) -> Applied:
    claim = _claim_state(ctx, e, "diajukan", submitted_on=e.iso("submitted_on"),
                         bpjs_reference=e.bpjs_reference)
    return _claim_applied(ctx, claim, "claim.submitted", submitted_on=e.iso("submitted_on"))


@handles("Klaim.PaymentProposed")
def claim_payment_proposed(ctx: Context, e: EventView) -> Applied:
    claim = _claim_state(ctx, e, "menunggu_konfirmasi_bayar")
    return _claim_applied(ctx, claim, "claim.payment_proposed", amount=e.amount,
                          paid_on=e.iso("paid_on"))


@handles("Klaim.Paid")
def claim_paid(ctx: Context, e: EventView) -> Applied:
    claim = _claim_state(ctx, e, "dibayar", amount_paid=e.amount, paid_on=e.iso("paid_on"))
    return _claim_applied(ctx, claim, "claim.paid", amount=e.amount, paid_on=e.iso("paid_on"))


@handles("Klaim.Rejected")
def claim_rejected(ctx: Context, e: EventView) -> Applied:
    stamp = stamp_of(e)
    claim = _claim_state(ctx, e, "ditolak", rejected_on=e.iso("rejected_on"),
                         rejection_reason=stamp.reason if stamp else "")
    return _claim_applied(ctx, claim, "claim.rejected", rejected_on=e.iso("rejected_on"))


@handles("PenomoranKlaim.Started")
def claim_numbering_started(ctx: Context, e: EventView) -> Applied:
    return Applied("claim_numbering.started", {"year": e.year})


@handles("PenomoranKlaim.NumberIssued")
def claim_number_issued(ctx: Context, e: EventView) -> Applied:
    return Applied("claim_numbering.issued", {"code": e.code})


# --- AturanManfaat ------------------------------------------------------------------------


@handles("AturanManfaat.Created")
def benefit_rules_created(ctx: Context, e: EventView) -> Applied:
    return Applied("benefit_rules.created")


@handles("AturanManfaat.FigureSet")
def benefit_figure_set(ctx: Context, e: EventView) -> Applied:
    ctx.cache.put(BENEFIT_RULE, {
        "programme": e.programme, "component": e.component,
        "effective_from": e.iso("effective_from"), "kind": e.kind, "value": e.value,
        "basis": e.basis, "status": e.status})
    return Applied("benefit_rules.figure_set", {
        "programme": e.programme, "component": e.component, "value": e.value, "kind": e.kind,
        "effective_from": e.iso("effective_from"), "basis": e.basis})


# --- Perjanjian ---------------------------------------------------------------------------


def _agreement(ctx: Context, e: EventView) -> Row:
    return ctx.require(AGREEMENT, e.aggregate_id)


@handles("Perjanjian.Registered")
def agreement_registered(ctx: Context, e: EventView) -> Applied:
    ctx.cache.put(AGREEMENT, {
        "aggregate_id": e.aggregate_id, "number": e.number, "kind": e.kind,
        "subject": e.subject, "parties": list(e.parties), "signed_on": e.iso("signed_on"),
        "valid_from": e.iso("valid_from"), "valid_to": e.iso("valid_to"),
        "programmes": list(e.programmes), "quotas": list(e.quotas), "parent": e.parent,
        "renewals": [], "renewal_proposed_to": None, "terminated_on": None,
    })
    return Applied("agreement.registered", {
        "kind": e.kind, "number": e.number, "subject": e.subject,
        "valid_from": e.iso("valid_from"), "valid_to": e.iso("valid_to")})


@handles("Perjanjian.RenewalProposed")
def agreement_renewal_proposed(ctx: Context, e: EventView) -> Applied:
    agreement = _agreement(ctx, e)
    agreement["renewal_proposed_to"] = e.iso("proposed_to")
    return Applied("agreement.renewal_proposed", {"number": agreement["number"],
                                                  "proposed_to": e.iso("proposed_to")})


@handles("Perjanjian.Renewed")
def agreement_renewed(ctx: Context, e: EventView) -> Applied:
    agreement = _agreement(ctx, e)
    agreement["renewals"].append({
        "signed_on": e.iso("signed_on"), "previous_valid_to": agreement["valid_to"],
        "valid_to": e.iso("valid_to"), "reference": e.reference,
    })
    agreement["valid_to"], agreement["renewal_proposed_to"] = e.iso("valid_to"), None
    return Applied("agreement.renewed", {"number": agreement["number"],
                                         "valid_to": e.iso("valid_to"),
                                         "reference": e.reference or ""})


@handles("Perjanjian.Terminated")
def agreement_terminated(ctx: Context, e: EventView) -> Applied:
    agreement = _agreement(ctx, e)
    agreement["terminated_on"] = e.iso("terminated_on")
    return Applied("agreement.terminated", {"number": agreement["number"],
                                            "terminated_on": e.iso("terminated_on")})


@handles("Perjanjian.QuotasLinked")
def agreement_quotas_linked(ctx: Context, e: EventView) -> Applied:
    agreement = _agreement(ctx, e)
    agreement["quotas"] = sorted(set(agreement["quotas"]) | set(e.quotas))
    return Applied("agreement.quotas_linked", {"quotas": list(e.quotas),
                                               "number": agreement["number"]})


# --- TarifIuran ---------------------------------------------------------------------------


@handles("TarifIuran.Created")
def tariffs_created(ctx: Context, e: EventView) -> Applied:
    return Applied("tariff.created")


@handles("TarifIuran.RateSet")
def rate_set(ctx: Context, e: EventView) -> Applied:
    ctx.cache.put(TARIFF, {"programme": e.programme, "effective_from": e.iso("effective_from"),
                           "monthly_amount": e.monthly_amount, "basis": e.basis})
    return Applied("tariff.rate_set", {"programme": e.programme, "amount": e.monthly_amount,
                                       "effective_from": e.iso("effective_from"),
                                       "basis": e.basis})


# --- Pengguna -----------------------------------------------------------------------------

_USER_CODES = {
    "Pengguna.PasswordChanged": "user.password_changed",
    "Pengguna.Deactivated": "user.deactivated",
    "Pengguna.Reactivated": "user.reactivated",
    "Pengguna.SignInFailed": "user.sign_in_failed",
    "Pengguna.LockedOut": "user.locked_out",
    "Pengguna.SignInSucceeded": "user.sign_in_succeeded",
}


@handles("Pengguna.Created")
def user_created(ctx: Context, e: EventView) -> Applied:
    ctx.cache.put(USER, {"user_id": e.aggregate_id, "username": e.username,
                         "full_name": e.full_name, "role": e.role, "active": 1})
    return Applied("user.created", {"username": e.username, "full_name": e.full_name,
                                    "role": e.role})


@handles("Pengguna.RoleChanged")
def user_role_changed(ctx: Context, e: EventView) -> Applied:
    user = ctx.require(USER, e.aggregate_id)
    before, user["role"] = user["role"], e.role
    return Applied("user.role_changed", {"username": user["username"], "before": before,
                                         "role": e.role})


def user_event(ctx: Context, e: EventView) -> Applied:
    user = ctx.require(USER, e.aggregate_id)
    qualname = e.qualname
    if qualname in ("Pengguna.Deactivated", "Pengguna.Reactivated"):
        user["active"] = int(qualname == "Pengguna.Reactivated")
    return Applied(_USER_CODES[qualname], {"username": user["username"]})


for _name in _USER_CODES:
    HANDLERS[_name] = user_event


# --- Direktori ----------------------------------------------------------------------------


@handles("Direktori.Created")
def directory_created(ctx: Context, e: EventView) -> Applied:
    _policy(ctx, "store", "identity", {"office": e.office, "city": e.city})
    return Applied("directory.created", {"office": e.office, "city": e.city})


@handles("Direktori.QuotaListed")
def directory_quota(ctx: Context, e: EventView) -> Applied:
    return Applied("directory.quota_listed", {"code": e.code})


@handles("Direktori.AgreementListed")
def directory_agreement(ctx: Context, e: EventView) -> Applied:
    return Applied("directory.agreement_listed", {"number": e.number})


@handles("Direktori.UserListed")
def directory_user(ctx: Context, e: EventView) -> Applied:
    return Applied("directory.user_listed", {"username": e.username})


# --- Kebijakan (the Paritrana dossier's policy facts) --------------------------------------


def _policy(ctx: Context, kind: str, key: str, body: dict[str, Any]) -> None:
    ctx.cache.put(POLICY, {"kind": kind, "key": key,
                           "body": {k: plain(v) for k, v in body.items()}})


def _ordinal(e: EventView) -> str:
    """Allocations and payments are lists: the event's version orders them (one stream)."""
    return f"{int(e.originator_version):010d}"


@handles("Kebijakan.Created")
def policy_created(ctx: Context, e: EventView) -> Applied:
    return Applied("policy.created")


@handles("Kebijakan.RegulationRecorded")
def regulation_recorded(ctx: Context, e: EventView) -> Applied:
    _policy(ctx, "regulation", regulation_key(e.kind, e.number),
            {"kind": e.kind, "number": e.number, "issued_on": e.iso("issued_on"),
             "subject": e.subject, "status": e.status})
    return Applied("policy.regulation_recorded", {
        "kind": e.kind, "number": e.number, "issued_on": e.iso("issued_on"),
        "subject": e.subject, "regulation": e.status})


@handles("Kebijakan.RegulationRevoked")
def regulation_revoked(ctx: Context, e: EventView) -> Applied:
    row = ctx.require(POLICY, "regulation", e.key)
    row["body"] = {**row["body"], "status": "dicabut"}
    return Applied("policy.regulation_revoked", {"key": e.key})


@handles("Kebijakan.BudgetAllocated")
def budget_allocated(ctx: Context, e: EventView) -> Applied:
    _policy(ctx, "allocation", _ordinal(e), {"year": e.year, "amount": e.amount,
                                             "document": e.document})
    return Applied("policy.budget_allocated", {"year": e.year, "amount": e.amount,
                                               "document": e.document})


@handles("Kebijakan.BudgetPaymentRecorded")
def budget_paid(ctx: Context, e: EventView) -> Applied:
    _policy(ctx, "payment", _ordinal(e), {"year": e.year, "paid_on": e.iso("paid_on"),
                                          "amount": e.amount, "reference": e.reference,
                                          "note": e.note, "months": list(e.months)})
    return Applied("policy.budget_paid", {"year": e.year, "amount": e.amount,
                                          "paid_on": e.iso("paid_on"),
                                          "reference": e.reference})


@handles("Kebijakan.WorkforceRecorded")
def workforce_recorded(ctx: Context, e: EventView) -> Applied:
    _policy(ctx, "workforce", str(e.year), {"year": e.year, "count": e.count,
                                            "source": e.source})
    return Applied("policy.workforce_recorded", {"year": e.year, "count": e.count,
                                                 "source": e.source})


@handles("Kebijakan.CoverageTargetSet")
def target_set(ctx: Context, e: EventView) -> Applied:
    _policy(ctx, "target", str(e.year), {"year": e.year,
                                         "percent_hundredths": e.percent_hundredths,
                                         "source": e.source})
    return Applied("policy.target_set", {"year": e.year,
                                         "percent_hundredths": e.percent_hundredths})


@handles("Kebijakan.HeadOfOfficeRecorded")
def head_recorded(ctx: Context, e: EventView) -> Applied:
    rank = str(e.get("rank", "") or "")  # v1 had no rank
    _policy(ctx, "head", "head", {"name": e.name, "nip": e.nip, "title": e.title,
                                  "rank": rank})
    return Applied("policy.head_recorded", {"name": e.name, "title": e.title, "rank": rank})


@handles("Kebijakan.BpjsCoverageRecorded")
def bpjs_coverage_recorded(ctx: Context, e: EventView) -> Applied:
    _policy(ctx, "bpjs_coverage", str(e.year),
            {"year": e.year, "percent_hundredths": e.percent_hundredths, "covered": e.covered,
             "source": e.source})
    return Applied("policy.bpjs_coverage_recorded", {
        "year": e.year, "percent_hundredths": e.percent_hundredths, "source": e.source})


@handles("Kebijakan.PbpuUniverseRecorded")
def pbpu_recorded(ctx: Context, e: EventView) -> Applied:
    _policy(ctx, "pbpu", str(e.year), {"year": e.year, "count": e.count, "source": e.source})
    return Applied("policy.pbpu_recorded", {"year": e.year, "count": e.count,
                                            "source": e.source})


@handles("Kebijakan.LetterheadRecorded")
def letterhead_recorded(ctx: Context, e: EventView) -> Applied:
    _policy(ctx, "letterhead", "letterhead",
            {"address": e.address, "phone": e.phone, "email": e.email, "website": e.website})
    return Applied("policy.letterhead_recorded", {"address": e.address, "phone": e.phone})


@handles("Kebijakan.EmblemRecorded")
def emblem_recorded(ctx: Context, e: EventView) -> Applied:
    _policy(ctx, "emblem", "emblem",
            {"media_type": e.media_type, "data": e.data, "sha256": e.sha256})
    return Applied("policy.emblem_recorded", {"media_type": e.media_type,
                                              "sha256": str(e.sha256)[:12]})


# --- Tagihan (monthly bills and BPJS invoice reconciliations, issue 17) -------------------


@handles("Tagihan.Opened")
def bill_opened(ctx: Context, e: EventView) -> Applied:
    return Applied("bill.opened", {"month": e.month})


@handles("Tagihan.InvoiceReconciled")
def invoice_reconciled(ctx: Context, e: EventView) -> Applied:
    stamp = stamp_of(e)
    figures = dict(e.figures)
    _policy(ctx, "reconciliation", _ordinal(e) + e.aggregate_id,
            {"month": e.month, "file_name": e.file_name,
             "sha256": e.sha256, **figures, "by": stamp.actor if stamp else "",
             "recorded_at": e.recorded_at()})
    return Applied("bill.invoice_reconciled", {
        "file_name": e.file_name, "sha256": e.sha256[:12], "lines": figures["invoice_lines"],
        "matched": figures["matched"]})


# --- Ekspor (exports of personal data, recorded by domain.services.exports) -------------


@handles("Ekspor.DataExported")
def data_exported(ctx: Context, e: EventView) -> Applied:
    return Applied("export.made", {"personal": bool(e.get("personal", False)),
                                   "kind": str(e.kind), "description": e.description,
                                   "rows": int(e.rows)})


# --- Pemeliharaan (repairs of derived data, domain.services.maintenance) -----------------


@handles("Pemeliharaan.SnapshotsDropped")
def snapshots_dropped(ctx: Context, e: EventView) -> Applied:
    dropped = e.decoded("snapshots")
    listed = [[s.get("aggregate_type") or "?", s.get("version")] for s in dropped[:5]]
    return Applied("maintenance.snapshots_dropped", {"count": len(dropped), "listed": listed})


@handles("Pencadangan.BackupMade")
def backup_made(ctx: Context, e: EventView) -> Applied:
    return Applied("backup.made", {"file": e.file, "events": e.events, "sha256": e.sha256})


@handles("Pemulihan.StoreRestored")
def store_restored(ctx: Context, e: EventView) -> Applied:
    return Applied("store.restored", {"file": e.file, "events": e.events,
                                      "sha256": e.sha256})


@handles("RantaiIntegritas.ChainKeyed")
def chain_keyed(ctx: Context, e: EventView) -> Applied:
    return Applied("chain.keyed", {"scheme": e.scheme})


# --- applying one event -------------------------------------------------------------------


def apply_event(ctx: Context, event: EventView) -> None:
    """Change the rows `event` touches and append its audit line (with the cache's
    `defer_audit_texts`, its recorded time and packed parameters left to `audit_line`)."""
    qualname = event.qualname
    handler = HANDLERS.get(qualname)
    applied = handler(ctx, event) if handler else Applied("event.unknown", {"type": qualname})
    stamp = event.stamp_fields()
    if stamp is None and qualname.startswith("Indeks."):
        stamp = _command_stamp(ctx, event)
    if stamp is not None:
        actor, workstation, reason = stamp
    else:
        actor, workstation, reason = _actor(ctx, event), str(event.get("workstation") or ""), ""
    deferred = ctx.cache.defer_audit_texts  # the event and `Applied` kept in their places
    ctx.cache.audit.append((
        event.position, event if deferred else event.recorded_at(), actor, workstation,
        qualname, event.aggregate_id, applied.worker_id, applied.nik, applied.code,
        applied if deferred else pack(applied.code, applied.params), reason,
    ))


def audit_line(line: tuple[Any, ...]) -> tuple[Any, ...]:
    """An audit line as written: one `apply_event` deferred (its event and `Applied` in
    the places of its recorded time and packed parameters) completed, else as it is."""
    event, applied = line[1], line[9]
    if not isinstance(applied, Applied):
        return line
    return (line[0], event.recorded_at(), *line[2:9], pack(applied.code, applied.params),
            line[10])


_AUDIT_BEFORE = ("SELECT position, actor, workstation, event_type, worker_id, reason "
                 "FROM rm_audit WHERE position < ? ORDER BY position DESC LIMIT 1")


def _command_stamp(ctx: Context, event: EventView) -> tuple[str, str, str] | None:
    """Who did an index event recorded before index events carried a stamp (version 1).

    Every command that changed an index saved it together with the worker's own stamped
    event, in one transaction, the worker first (registration, import, NIK correction, KPJ
    assignment), and a save's events take consecutive positions. So the line just before
    such an event in the audit trail (position - 1) is that command's — when it is one of
    the events such a command records, about the index's new owner: its actor, workstation
    and reason are the index event's. Anything else leaves the actor unknown. The previous
    line comes from the batch's own lines or the stored trail, so a rebuild and the runner
    going event by event find the same one."""
    allowed = INDEX_COMMAND_EVENTS.get(event.qualname)
    if allowed is None:
        return None
    audit = ctx.cache.audit
    if audit:
        last = audit[-1]
        before = (last[0], last[2], last[3], last[4], last[6], last[10])
    else:
        found = ctx.writer.execute(_AUDIT_BEFORE, (event.position,))
        if not found:
            return None
        before = tuple(found[0])
    position, actor, workstation, event_type, worker_id, reason = before
    if position != event.position - 1 or event_type not in allowed or actor == "-":
        return None
    if event.has("owner") and worker_id != event.hex("owner"):
        return None
    return str(actor), str(workstation or ""), str(reason or "")


def _actor(ctx: Context, event: EventView) -> str:
    """Who did an event without a stamp: a user's own sign-in events name the user."""
    if event.qualname.startswith("Pengguna."):
        user = ctx.get(USER, event.aggregate_id)
        if user is not None:
            return str(user["username"])
    return str(event.get("actor") or "-")
