"""The contract between the read models and their readers (GUI, reports, console).

Readers depend on this module only; `projections.readmodels` implements it. Every query
returns plain values (str, int, date ISO strings, dicts, lists) so the GUI and reports
never see SQL or aggregates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

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


@dataclass(frozen=True)
class Page:
    total: int  # rows matching the filter, before offset/limit
    rows: list[dict[str, Any]] = field(default_factory=list)


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
    ) -> Page:
        """Workers matching `flt`. Row keys: nik, name, sex, birth_date, age, age_band,
        kecamatan, kelurahan, occupation, segment, decile, agent, dukcapil, kpj, status,
        programmes (active ones, list), quota (current), start, covered_to, died_on."""

    def family_niks(self, kk: str) -> list[str]:
        """NIKs of the registered workers with family card (KK) number `kk`."""

    def membership_row(self, nik: str) -> dict[str, Any] | None:
        """One worker's membership row (same keys as membership_page), or None."""

    def filter_options(self) -> dict[str, list[Any]]:
        """Distinct values present: kecamatan, kelurahan (by kecamatan as dict), occupation,
        segment, decile, quota, programme."""

    def quotas(self, on: date | None = None) -> list[dict[str, Any]]:
        """Keys: quota, year, programmes, label, basis, seats, used, free, pending_changes
        (list of {change, delta, reason, proposed_by}), approved_changes (list),
        monthly_cost (rupiah, all seats, first month), yearly_cost, period_start, period_end,
        and the money (`projections.money`): seat_months, need, member_months, cost (months
        up to `on`'s; default today's) and committed."""

    def money_year(self, year: int, on: date | None = None) -> dict[str, Any]:
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
    ) -> list[dict[str, Any]]:
        """Keys: claim, nik, name, kecamatan, programme, incident_date, state, documents
        (dict), missing_documents, submitted_on, amount_paid, paid_on, rejection_reason;
        issue 18: outcome, benefits ([{component, amount, basis, status, payable}]),
        proposed_amount, masa_iur_months, heir ({name, nik, relation[, reason]} or None),
        reported_on, days_open (None once closed), waiting_for (step code or None),
        state_since, days_in_state, overdue (on `on`, default today). `search` matches a
        claim code, NIK or name."""

    def overdue_claims(self, on: date | None = None) -> list[dict[str, Any]]:
        """Open claims waiting longer than their step's limit (data), as `claims` rows."""

    def claims_summary(
        self, since: date | None = None, until: date | None = None
    ) -> dict[str, Any]:
        """{"by_state": {state: n}, "by_programme": {p: {"count", "paid_count",
        "amount_paid"}}, "by_month": {YYYY-MM: n}, "by_kecamatan": {k: n},
        "amount_paid": rupiah, "paid_by_component": {component: rupiah} (the proposal's
        amounts of paid claims, any difference as 'selisih_pembayaran'), "overdue": n}."""

    def agreements(self, on: date, window_days: int = 90) -> list[dict[str, Any]]:
        """Keys: number, kind, subject, parties, signed_on, valid_from, valid_to, status,
        days_left, quotas, programmes, parent, renewals (list), renewal_proposed_to."""

    def coverage_series(
        self, year: int | None = None, by: str | None = None
    ) -> list[dict[str, Any]]:
        """Active members at the end of each month: {"month": "YYYY-MM", "programme",
        "key", "active"}, `key` the value of `by` (kecamatan | segment | sex | None)."""

    def coverage_counts(
        self, since: date, until: date, by: tuple[str, ...] = ()
    ) -> list[dict[str, Any]]:
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
    ) -> Page:
        """Events, newest first. Row keys: position, time, actor, workstation, event_type,
        aggregate_type, aggregate_id, worker_id, nik, code, params (a dict), reason; the
        summary is `projections.audit_texts.audit_summary(row, language)`."""

    def candidates(self) -> list[dict[str, Any]]:
        """Every living registered worker, in registration order, with what eligibility
        and a worklist need: worker_id, nik, name, birth_date, kecamatan, kelurahan,
        occupation, decile, dukcapil, registered_at, enrolments (as recorded: quota,
        programmes, start, until, end, end_reason, ISO dates) — the input of
        `QuotaService.worklist`."""

    def policy_facts(self) -> dict[str, Any]:
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

    def quota_money(self, on: date | None = None) -> dict[str, dict[str, Any]]:
        """Per quota code: seat_months, need, member_months, cost (up to `on`'s month),
        committed, and `months` [{month, seats, need, members, amount}]
        (`projections.money`: the one computation every screen and report reads)."""

    def money_years(self) -> list[int]:
        """Years that have a quota."""

    def bill(self, month: str, members: dict[str, tuple[Any, ...]] | None = None) -> Any:
        """The bill of `month` (`YYYY-MM`): a `projections.money.Bill`."""

    def bill_summary(self, month: str) -> dict[str, Any]:
        """`{"month", "workers", "by_programme": {P: {"workers", "amount"}}, "amount"}`:
        the summary of `bill(month)`, counted by the database where the rule allows."""

    def reconciliations(self, month: str | None = None) -> list[dict[str, Any]]:
        """Recorded reconciliations of BPJS invoices (figures, file SHA-256, who, when)."""

    def possible_duplicates(self) -> list[dict[str, Any]]:
        """Records that may be one person under several NIKs, not yet decided:
        [{"niks", "names", "birth_date", "kecamatan", "kelurahan", "reason"}]
        (`domain.duplicates.duplicate_groups`)."""

    def stats(self, on: date | None = None) -> dict[str, Any]:
        """The `berjasa-admin stats` object: active_members, by_programme, by_kecamatan,
        quotas, claims, mous, position. `on` = coverage date (default: today)."""
