"""The contract between the read models and their readers (GUI, reports, console).

Readers depend on this module only; `projections.readmodels` implements it. Every query
returns plain values (str, int, date ISO strings, dicts, lists) so the GUI and reports
never see SQL or aggregates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, NamedTuple, NotRequired, Protocol, TypedDict, TypeVar

from domain.duplicates import DuplicateGroup
from domain.model.common import PROGRAMMES
from domain.model.kebijakan_rules import (
    Allocation,
    BpjsCoverage,
    Emblem,
    HeadOfOffice,
    Letterhead,
    Payment,
    Regulation,
    Target,
    YearCount,
)
from domain.model.klaim_rules import BenefitLine, Heir
from domain.model.kuota_rules import ListedChange, PendingChange
from domain.model.perjanjian_rules import Renewal
from domain.model.peserta_rules import EnrolmentRecord
from domain.model.tagihan_rules import ReconciliationFigures
from domain.model.tarif_rules import StoredRate
from domain.worklist import WorklistRow

# Sort keys accepted by membership_page.
MEMBERSHIP_SORT_KEYS = (
    "name",
    "nik",
    "kecamatan",
    "kelurahan",
    "occupation",
    "decile",
    "status",
    "start",
    "age",
)
# Membership statuses (per worker, over all programmes): at least one enrolment covering
# the day asked about → "aktif"; enrolments that all ended → "berhenti"; a recorded death
# → "meninggal"; registered but never enrolled → "belum_terdaftar".
MEMBERSHIP_STATUSES = ("aktif", "berhenti", "meninggal", "belum_terdaftar")


@dataclass(frozen=True)
class MembershipFilter:
    search: str = ""  # digits: a NIK (see nik_match); else any part of the name, any case
    # "part": digits match any part of a NIK (roles that see whole NIKs); "whole": only
    # all 16 digits match, so a viewer who sees masked NIKs cannot probe one digit by digit.
    nik_match: str = "part"
    kecamatan: str | None = None
    kelurahan: str | None = None
    programme: str | None = None  # JKK | JKM | JHT: an enrolment in that programme
    status: str | None = None  # one of MEMBERSHIP_STATUSES
    occupation: str | None = None
    segment: str | None = None
    decile: int | None = None
    sex: str | None = None  # L | P
    quota: str | None = None


Row = TypeVar("Row")


class ShownEnrolment(EnrolmentRecord):
    covered_to: str  # the last covered day: `end`, else `until`


class FilterOptions(TypedDict):
    """The distinct values present, for the worker list's filters."""

    kecamatan: list[str]
    kelurahan: list[dict[str, list[str]]]  # one mapping: kecamatan → its kelurahan
    occupation: list[str]
    segment: list[str]
    decile: list[int]
    sex: list[str]
    quota: list[str]
    programme: list[str]


class MemberRow(TypedDict):
    """A worker's membership row on the day asked about."""

    worker_id: str
    nik: str
    name: str
    sex: str  # L | P
    birth_date: str
    kecamatan: str
    kelurahan: str
    occupation: str
    segment: str
    decile: int | None
    decile_as_of: str | None
    agent: str
    disability: bool
    dukcapil: str
    dukcapil_checked_on: str | None
    kpj: str | None
    died_on: str | None
    registered_at: str
    age: int
    age_band: str
    status: str  # one of MEMBERSHIP_STATUSES
    programmes: list[str]  # the active ones
    quota: str | None  # the current (else the latest) enrolment's
    start: str | None
    covered_to: str | None
    enrolments: list[ShownEnrolment]


@dataclass(frozen=True)
class Page(Generic[Row]):
    total: int  # rows matching the filter, before offset/limit
    rows: list[Row] = field(default_factory=list)


# --- the shapes of the query results ------------------------------------------------------
# TypedDicts, not dataclasses: the console prints them as JSON objects as they are (their
# key order is the printed order), and the GUI's table models read them by column name.


TariffRow = StoredRate  # a tariff as the read model keeps it



class CoverageCount(TypedDict):
    """Workers covered in a span, in one group: the grouping columns asked for
    (`coverage_counts(by=...)`), then the workers and each programme's."""

    kecamatan: NotRequired[str | None]
    kelurahan: NotRequired[str | None]
    occupation: NotRequired[str | None]
    segment: NotRequired[str | None]
    sex: NotRequired[str | None]
    agent: NotRequired[str | None]
    workers: int
    JKK: int
    JKM: int
    JHT: int


def group_value(group: CoverageCount, column: str) -> str | None:
    """The value of the grouping column `column` (a name chosen at run time)."""
    found: Mapping[str, object] = group
    value = found.get(column)
    return None if value is None else str(value)


class QuotaMonth(TypedDict):
    """One month of a quota's money: its seats, their need, the members covered and
    their amount (rupiah)."""

    month: str  # YYYY-MM
    seats: int
    need: int
    members: int
    amount: int


class QuotaMoney(TypedDict):
    """A quota's money (`projections.money.quota_money`); None: a programme has no
    tariff for a month (unknown, not zero)."""

    seat_months: int | None
    need: int | None
    member_months: int | None
    cost: int | None
    committed: int | None
    months: list[QuotaMonth]


class QuotaRow(TypedDict):
    quota: str
    year: int
    programmes: list[str]
    label: str
    basis: str
    seats: int
    used: int
    free: int
    pending_changes: list[PendingChange]
    per_seat_by_month: dict[str, int]  # YYYY-MM: rupiah for one seat
    approved_changes: list[ListedChange]
    refused_changes: list[ListedChange]
    monthly_cost_per_seat: int | None
    monthly_cost: int | None
    yearly_cost: int | None
    period_start: str
    period_end: str
    retroactive: int
    confirmed: bool
    opening: str
    opened_by: str
    seat_months: int | None
    need: int | None
    member_months: int | None
    cost: int | None
    committed: int | None


class ClaimRow(TypedDict):
    claim: str
    nik: str
    name: str | None  # None: no member row (a claim replayed without its worker)
    kecamatan: str | None
    programme: str
    incident_date: str
    state: str
    documents: dict[str, bool]
    missing_documents: list[str]
    reported_at: str
    submitted_on: str | None
    bpjs_reference: str
    amount_paid: int
    paid_on: str | None
    rejected_on: str | None
    rejection_reason: str
    outcome: str
    benefits: list[BenefitLine]
    proposed_amount: int | None
    masa_iur_months: int | None
    heir: Heir | None
    reported_on: str
    days_open: int | None
    waiting_for: str | None
    state_since: str
    days_in_state: int
    overdue: bool


class ProgrammeClaims(TypedDict):
    count: int
    paid_count: int
    amount_paid: int


class ClaimsSummary(TypedDict):
    count: int
    by_state: dict[str, int]
    by_programme: dict[str, ProgrammeClaims]
    by_month: dict[str, int]
    by_kecamatan: dict[str, int]
    amount_paid: int
    paid_by_component: dict[str, int]
    overdue: int


class AgreementRow(TypedDict):
    number: str
    kind: str
    subject: str
    parties: list[str]
    signed_on: str
    valid_from: str
    valid_to: str
    status: str
    days_left: int
    quotas: list[str]
    programmes: list[str]
    parent: str | None
    renewals: list[Renewal]
    renewal_proposed_to: str | None
    terminated_on: str | None
    replaced_by: NotRequired[str]  # with status "diganti"


class CoveragePoint(TypedDict):
    """Active members at the end of a month, per programme and value of the grouping."""

    month: str
    programme: str
    key: str | None
    active: int


class AuditRow(TypedDict):
    position: int
    actor: str
    workstation: str
    event_type: str
    aggregate_id: str
    worker_id: str | None
    nik: str | None
    code: str
    params: dict[str, Any]  # the line's named facts: JSON values of any shape
    reason: str
    time: str
    aggregate_type: str


Workforce = YearCount  # the workforce (BPS) and the PBPU universe of a year


class PolicyFacts(TypedDict):
    office: str
    city: str
    regulations: list[Regulation]
    allocations: list[Allocation]
    payments: list[Payment]
    workforce: list[Workforce]
    targets: list[Target]
    head_of_office: HeadOfOffice | None
    bpjs_coverage: list[BpjsCoverage]
    pbpu: list[Workforce]
    letterhead: Letterhead | None
    emblem: Emblem | None


class RecordedReconciliation(ReconciliationFigures):
    """A recorded reconciliation of a BPJS invoice: the figures, the file, who and when
    (stored in the order month, file_name, sha256, the figures, by, recorded_at:
    `projections.handlers.invoice_reconciled`)."""

    month: str
    file_name: str
    sha256: str
    by: str
    recorded_at: str


class ProgrammeBill(TypedDict):
    workers: int
    amount: int


class BillSummary(TypedDict):
    month: str
    workers: int
    by_programme: dict[str, ProgrammeBill]
    amount: int


class KecamatanBill(TypedDict):
    kecamatan: str
    workers: int
    amount: int


class Bundle(TypedDict):
    """A year's quotas of one programme bundle (never summed across bundles)."""

    programmes: list[str]
    seats: int
    used: int
    quotas: list[str]
    seat_months: int | None
    need: int | None
    member_months: int | None
    cost: int | None
    committed: int | None


class YearMonth(TypedDict):
    month: str
    billed: int
    reconciled: bool
    invoice_amount: int | None
    paid: int
    references: list[str]
    due: str
    arrears: bool


class YearMoney(TypedDict):
    year: int
    bundles: list[Bundle]
    pagu: int | None
    paid: int
    need: int | None
    cost: int | None
    committed: int | None
    months: list[YearMonth]


class StatsQuota(TypedDict):
    quota: str
    year: int
    programmes: list[str]
    seats: int
    used: int
    free: int
    retroactive: int
    confirmed: bool
    seat_months: int | None
    need: int | None
    member_months: int | None
    cost: int | None
    committed: int | None


class StatsClaims(TypedDict):
    count: int
    by_state: dict[str, int]
    amount_paid: int


class StatsAgreement(TypedDict):
    number: str
    kind: str
    status: str
    days_left: int
    valid_to: str


class Stats(TypedDict):
    on: str
    active_members: int
    by_programme: dict[str, int]
    by_kecamatan: dict[str, int]
    by_segment: dict[str, int]
    by_sex: dict[str, int]
    registered_workers: int
    quotas: list[StatsQuota]
    retroactive_enrolments: int
    claims: StatsClaims
    mous: list[StatsAgreement]
    position: int


class BillLine(NamedTuple):
    """One billed worker (a tuple: a month's bill has a line per covered worker)."""

    worker_id: str
    nik: str
    kpj: str
    name: str
    kecamatan: str
    programmes: tuple[str, ...]
    amounts: tuple[int, ...]  # per programme, in the order of `programmes`
    quotas: tuple[str, ...]

    @property
    def amount(self) -> int:
        return sum(self.amounts)


@dataclass(frozen=True)
class Bill:
    month: str
    lines: list[BillLine]

    def summary(self) -> BillSummary:
        """`{"month", "workers", "by_programme": {P: {"workers", "amount"}}, "amount"}`."""
        by_programme: dict[str, ProgrammeBill] = {}
        kinds = Counter((line.programmes, line.amounts) for line in self.lines)
        for (programmes, amounts), workers in kinds.items():
            for programme, amount in zip(programmes, amounts, strict=True):
                entry = by_programme.setdefault(programme, ProgrammeBill(workers=0, amount=0))
                entry["workers"] += workers
                entry["amount"] += amount * workers
        return BillSummary(
            month=self.month, workers=len(self.lines),
            by_programme={p: by_programme[p] for p in PROGRAMMES if p in by_programme},
            amount=sum(sum(amounts) * n for (_p, amounts), n in kinds.items()))

    def by_kecamatan(self) -> list[KecamatanBill]:
        groups: dict[str, KecamatanBill] = {}
        for line in self.lines:
            entry = groups.setdefault(line.kecamatan, KecamatanBill(
                kecamatan=line.kecamatan, workers=0, amount=0))
            entry["workers"] += 1
            entry["amount"] += line.amount
        return [groups[k] for k in sorted(groups)]


class ReadModels(Protocol):
    """Queries over the read models of one store (live, or replayed as of a moment)."""

    def position(self) -> int:
        """The last event position the read models include."""

    def head(self) -> int:
        """The last event position in the store's log."""

    def membership_page(
        self,
        flt: MembershipFilter,
        sort: str = "name",
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
        on: date | None = None,
    ) -> Page[MemberRow]:
        """Workers matching `flt`. Row keys: nik, name, sex, birth_date, age, age_band,
        kecamatan, kelurahan, occupation, segment, decile, agent, dukcapil, kpj, status,
        programmes (active ones, list), quota (current), start, covered_to, died_on; the
        day-dependent ones (status, programmes, quota, start, covered_to, age) as of `on`
        (None: today)."""

    def family_niks(self, kk: str) -> list[str]:
        """NIKs of the registered workers with family card (KK) number `kk`."""

    def membership_row(self, nik: str) -> MemberRow | None:
        """One worker's membership row (same keys as membership_page), or None."""

    def filter_options(self) -> FilterOptions:
        """Distinct values present: kecamatan, kelurahan (by kecamatan as dict), occupation,
        segment, decile, quota, programme."""

    def quotas(self, on: date | None = None) -> list[QuotaRow]:
        """Keys: quota, year, programmes, label, basis, seats, used, free, pending_changes
        (list of {change, delta, reason, proposed_by}), approved_changes (list),
        monthly_cost (rupiah, all seats, first month), yearly_cost, period_start, period_end,
        and the money (`projections.money`): seat_months, need, member_months, cost (months
        up to `on`'s; default today's) and committed."""

    def money_year(self, year: int, on: date | None = None) -> YearMoney:
        """One year's money: by programme bundle (seats, used, seat_months, need,
        member_months, cost, committed), the pagu (None: not recorded), what was paid, and
        per month billed / reconciled / paid / arrears."""

    def claims(
        self,
        state: str | None = None,
        programme: str | None = None,
        since: date | None = None,
        until: date | None = None,
        search: str = "",
        on: date | None = None,
    ) -> list[ClaimRow]:
        """Keys: claim, nik, name, kecamatan, programme, incident_date, state, documents
        (dict), missing_documents, submitted_on, amount_paid, paid_on, rejection_reason;
        issue 18: outcome, benefits ([{component, amount, basis, status, payable}]),
        proposed_amount, masa_iur_months, heir ({name, nik, relation[, reason]} or None),
        reported_on, days_open (None once closed), waiting_for (step code or None),
        state_since, days_in_state, overdue (on `on`, default today). `search` matches a
        claim code, NIK or name."""

    def overdue_claims(self, on: date | None = None) -> list[ClaimRow]:
        """Open claims waiting longer than their step's limit (data), as `claims` rows."""

    def claims_summary(
        self, since: date | None = None, until: date | None = None
    ) -> ClaimsSummary:
        """{"by_state": {state: n}, "by_programme": {p: {"count", "paid_count",
        "amount_paid"}}, "by_month": {YYYY-MM: n}, "by_kecamatan": {k: n},
        "amount_paid": rupiah, "paid_by_component": {component: rupiah} (the proposal's
        amounts of paid claims, any difference as 'selisih_pembayaran'), "overdue": n}."""

    def agreements(self, on: date, window_days: int = 90) -> list[AgreementRow]:
        """Keys: number, kind, subject, parties, signed_on, valid_from, valid_to, status,
        days_left, quotas, programmes, parent, renewals (list), renewal_proposed_to."""

    def coverage_series(
        self, year: int | None = None, by: str | None = None
    ) -> list[CoveragePoint]:
        """Active members at the end of each month: {"month": "YYYY-MM", "programme",
        "key", "active"}, `key` the value of `by` (kecamatan | segment | sex | None)."""

    def coverage_counts(
        self, since: date, until: date, by: tuple[str, ...] = ()
    ) -> list[CoverageCount]:
        """Workers covered on at least one day of [since, until], grouped by member columns
        `by` (kecamatan, kelurahan, segment, occupation, sex, agent): rows {column: value,
        ..., "workers", "JKK", "JKM", "JHT"}."""

    def audit_trail(
        self,
        actor: str | None = None,
        event_type: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        nik: str | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> Page[AuditRow]:
        """Events, newest first. Row keys: position, time, actor, workstation, event_type,
        aggregate_type, aggregate_id, worker_id, nik, code, params (a dict), reason; the
        summary is `projections.audit_texts.audit_summary(row, language)`."""

    def candidates(self) -> list[WorklistRow]:
        """Every living registered worker, in registration order, with what eligibility
        and a worklist need: worker_id, nik, name, birth_date, kecamatan, kelurahan,
        occupation, decile, dukcapil, registered_at, enrolments (as recorded: quota,
        programmes, start, until, end, end_reason, ISO dates) — the input of
        `QuotaService.worklist`."""

    def policy_facts(self) -> PolicyFacts:
        """The store's identity and the Paritrana dossier's policy facts, as recorded:
        {"office", "city", "regulations": [{kind, number, issued_on, subject, status}]
        (by date), "allocations": [{year, amount, document}] (as recorded), "payments":
        [{year, paid_on, amount, reference, note}] (by date), "workforce": [{year, count,
        source}], "targets": [{year, percent_hundredths, percent, source}] (by year),
        "head_of_office": {name, nip, title, rank} | None, "bpjs_coverage": [{year,
        percent_hundredths, percent, covered, source}], "pbpu": [{year, count, source}],
        "letterhead": {address, phone, email, website} | None, "emblem": {media_type,
        data (base64), sha256} | None} — the shape of
        `domain.services.policies.describe_policy`."""

    def quota_money(self, on: date | None = None) -> dict[str, QuotaMoney]:
        """Per quota code: seat_months, need, member_months, cost (up to `on`'s month),
        committed, and `months` [{month, seats, need, members, amount}]
        (`projections.money`: the one computation every screen and report reads)."""

    def money_years(self) -> list[int]:
        """Years that have a quota."""

    def bill(self, month: str, members: dict[str, tuple[Any, ...]] | None = None) -> Bill:
        """The bill of `month` (`YYYY-MM`): a `projections.money.Bill`."""

    def bill_summary(self, month: str) -> BillSummary:
        """`{"month", "workers", "by_programme": {P: {"workers", "amount"}}, "amount"}`:
        the summary of `bill(month)`, counted by the database where the rule allows."""

    def reconciliations(self, month: str | None = None) -> list[RecordedReconciliation]:
        """Recorded reconciliations of BPJS invoices (figures, file SHA-256, who, when)."""

    def possible_duplicates(self) -> list[DuplicateGroup]:
        """Records that may be one person under several NIKs, not yet decided:
        [{"niks", "names", "birth_date", "kecamatan", "kelurahan", "reason"}]
        (`domain.duplicates.duplicate_groups`)."""

    def stats(self, on: date | None = None) -> Stats:
        """The `berjasa-admin stats` object: active_members, by_programme, by_kecamatan,
        quotas, claims, mous, position. `on` = coverage date (default: today)."""
