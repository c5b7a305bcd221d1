"""Dossier Paritrana Award: the city's evidence of commitment to workers' social security.

Sections follow what the provincial and national panels assess: regulations, APBD budget
and its realisation, protection of vulnerable workers and its growth, universal coverage
against the target, benefits paid, the MoU/PKS, innovation (Perisai agents), signature.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TypedDict, TypeVar

from domain.model.kebijakan_rules import (
    Allocation,
    BpjsCoverage,
    Emblem,
    HeadOfOffice,
    Letterhead,
    Payment,
    Regulation,
    Target,
    regulation_level,
)
from projections.api import (
    AgreementRow,
    CoveragePoint,
    MemberRow,
    MembershipFilter,
    PolicyFacts,
    QuotaRow,
    ReadModels,
    Workforce,
    group_value,
)
from reports.claims import ClaimFigures, claim_figures
from reports.common import all_members, sorted_counts
from reports.params import ReportParams, StoreFacts

TITLE = "Dossier Paritrana Award"
WIDE = False
COVER = True
# Series are charted for the few largest segments; the rest are summed as "Lainnya".
CHART_SERIES = 5


def coverage_spans(row: MemberRow) -> list[tuple[date, date]]:
    """(start, last covered day) of each of a worker's enrolments."""
    return [(date.fromisoformat(e["start"]), date.fromisoformat(e["covered_to"]))
            for e in row["enrolments"]]


class AgentCount(TypedDict):
    agent: str
    kecamatan: str
    workers: int


class Protected(TypedDict):
    """Workers covered on at least one day of the year."""

    total: int
    by_segment: dict[str, int]
    by_occupation: dict[str, int]
    by_kecamatan: dict[str, int]
    agents: list[AgentCount]  # Perisai agents, most workers first


class CoveredOn(TypedDict):
    """Workers covered on one day."""

    day: str
    total: int
    by_segment: dict[str, int]
    by_kecamatan: dict[str, int]
    by_sex: dict[str, int]
    by_programme: dict[str, int]
    by_disability: dict[str, int]


class QuotaNeed(TypedDict):
    seat_months: int | None
    need: int | None
    member_months: int | None
    cost: int | None


class DossierQuota(QuotaRow):
    money: QuotaNeed


def _counts(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted_counts(dict(counter)))


def _protected_in_year(read_models: ReadModels, year: int) -> Protected:
    """Workers whose coverage touched the year, by segment, occupation, kecamatan, agent."""
    groups = read_models.coverage_counts(date(year, 1, 1), date(year, 12, 31),
                                         ("segment", "occupation", "kecamatan", "agent"))
    counts: dict[str, Counter[str]] = {k: Counter() for k in
                                       ("segment", "occupation", "kecamatan")}
    agents: Counter[tuple[str, str]] = Counter()
    for group in groups:
        for key, counter in counts.items():
            counter[group_value(group, key) or "-"] += group["workers"]
        agent = group.get("agent")
        if agent:
            agents[(agent, group.get("kecamatan") or "-")] += group["workers"]
    return Protected(
        total=sum(g["workers"] for g in groups),
        by_segment=_counts(counts["segment"]), by_occupation=_counts(counts["occupation"]),
        by_kecamatan=_counts(counts["kecamatan"]),
        agents=[AgentCount(agent=a, kecamatan=k, workers=n)
                for (a, k), n in sorted(agents.items(), key=lambda i: (-i[1], i[0]))],
    )


def _monthly(rows: list[CoveragePoint], year: int, last_month: str,
             ) -> dict[str, dict[str, int]]:
    """{key: {month: active}} for the year's months up to `last_month`.

    Rows for all programmes together (programme `ALL`) are used when the read model gives
    them; otherwise a worker counts once per month through the largest programme figure.
    """
    overall = [r for r in rows if r.get("programme") in (None, "", "ALL")]
    chosen = overall or rows
    result: dict[str, dict[str, int]] = {}
    for row in chosen:
        month = str(row["month"])
        if not month.startswith(f"{year}-") or month > last_month:
            continue
        key = str(row.get("key") or "Semua")
        slot = result.setdefault(key, {})
        slot[month] = max(slot.get(month, 0), int(row["active"]))
    return {k: dict(sorted(v.items())) for k, v in sorted(result.items())}


def _summed_months(by_key: dict[str, dict[str, int]]) -> dict[str, int]:
    """All workers per month: every worker has one segment, so the segments add up."""
    totals: dict[str, int] = {}
    for months in by_key.values():
        for month, active in months.items():
            totals[month] = totals.get(month, 0) + active
    return dict(sorted(totals.items()))


Yearly = TypeVar("Yearly", QuotaRow, Allocation, Payment, Workforce, BpjsCoverage)


def _for_year(items: Sequence[Yearly], year: int) -> list[Yearly]:
    return [i for i in items if int(i["year"]) == year]


class DossierRegulation(Regulation):
    level: str  # nasional | daerah (`regulation_level`)


def _regulations(policies: PolicyFacts, on: date) -> list[DossierRegulation]:
    """Regulations issued by the end of the assessed year (or the coverage date if
    earlier); those recorded after the as-of moment are not in its read models at all.
    National legal basis first, then the city's own."""
    found = [DossierRegulation(**r, level=regulation_level(str(r["kind"])))
             for r in policies["regulations"] if r["issued_on"] <= on.isoformat()]
    return sorted(found, key=lambda r: (r["level"] != "nasional", r["issued_on"], r["kind"],
                                        r["number"]))


def coverage_dates(year: int, as_of: date, on: date | None = None) -> tuple[date, date]:
    """The day a report for `year` counts coverage on (the year's last day, or the as-of
    date while the year is not over; `on` when asked) and the day it compares with (the
    previous year's last day)."""
    return on or min(date(year, 12, 31), as_of), date(year - 1, 12, 31)


def covered_on(read_models: ReadModels, day: date, disability: dict[str, int]) -> CoveredOn:
    """Workers covered on `day`, in all and by segment, kecamatan, sex and programme
    (`disability`: by disability, `disability_on`'s count of the day)."""
    groups = read_models.coverage_counts(day, day, ("segment", "kecamatan", "sex"))
    counts: dict[str, Counter[str]] = {k: Counter() for k in ("segment", "kecamatan", "sex")}
    programmes: Counter[str] = Counter()
    for group in groups:
        for key, counter in counts.items():
            counter[group_value(group, key) or "-"] += group["workers"]
        programmes.update({"JKK": group["JKK"], "JKM": group["JKM"], "JHT": group["JHT"]})
    return CoveredOn(day=day.isoformat(), total=sum(g["workers"] for g in groups),
                     by_segment=_counts(counts["segment"]),
                     by_kecamatan=_counts(counts["kecamatan"]), by_sex=_counts(counts["sex"]),
                     by_programme={k: v for k, v in sorted(programmes.items()) if v},
                     by_disability=disability)


def disability_on(read_models: ReadModels, days: tuple[date, ...]) -> list[dict[str, int]]:
    """Workers covered on each of `days`, with and without a disability: read from the
    members' enrolments, as the roster reads them (the coverage tables have no such
    column)."""
    found = [{"Penyandang disabilitas": 0, "Bukan penyandang disabilitas": 0} for _ in days]
    for row in all_members(read_models, MembershipFilter()):
        spans = coverage_spans(row)
        key = "Penyandang disabilitas" if row.get("disability") else \
            "Bukan penyandang disabilitas"
        for index, day in enumerate(days):
            if any(start <= day <= end for start, end in spans):
                found[index][key] += 1
    return found


def quota_need(quota: QuotaRow) -> QuotaNeed:
    """What a quota needs from the budget and what its members cost, as the money read
    model (`projections.money`) computes them for every screen and report: seat-months
    (the seats of each month, approved changes from their effective month) x tariff, and
    member-months x tariff up to the coverage day's month."""
    return QuotaNeed(seat_months=quota["seat_months"], need=quota["need"],
                     member_months=quota["member_months"], cost=quota["cost"])


class DossierData(TypedDict):
    """The dossier's figures (what its fingerprint covers and `paritrana_layout` lays
    out)."""

    year: int
    on: str
    previous_on: str
    signed_on: str
    regulations_until: str
    claims_until: str
    covered: CoveredOn
    covered_before: CoveredOn
    protected: Protected
    monthly: dict[str, dict[str, int]]
    monthly_by_segment: dict[str, dict[str, int]]
    quotas: list[DossierQuota]
    claims: ClaimFigures
    agreements: list[AgreementRow]
    regulations: list[DossierRegulation]
    allocations: list[Allocation]
    payments: list[Payment]
    workforce: Workforce | None
    bpjs_coverage: BpjsCoverage | None
    pbpu: Workforce | None
    targets: list[Target]
    head_of_office: HeadOfOffice | None
    letterhead: Letterhead | None
    emblem: Emblem | None


def collect(read_models: ReadModels, params: ReportParams, facts: StoreFacts,
            stored_format: int) -> DossierData:
    """The report's figures (`stored_format`: the format it is made in, which this report's
    words do not depend on)."""
    del stored_format
    year = int(params.year or facts.as_of_date.year)
    on, previous = coverage_dates(year, facts.as_of_date, params.on)
    last_month = on.strftime("%Y-%m")
    policies = read_models.policy_facts()
    by_segment = _monthly(read_models.coverage_series(year, by="segment"), year, last_month)
    year_start = date(year, 1, 1)
    disabled_now, disabled_before = disability_on(read_models, (on, previous))
    now = covered_on(read_models, on, disabled_now)
    before = covered_on(read_models, previous, disabled_before)
    quotas = sorted(_for_year(read_models.quotas(on=on), year), key=lambda q: q["quota"])
    claims = read_models.claims_summary(since=year_start, until=on)
    return DossierData(
        year=year, on=on.isoformat(), previous_on=previous.isoformat(),
        signed_on=(params.signed_on or facts.as_of_date).isoformat(),
        regulations_until=on.isoformat(), claims_until=on.isoformat(),
        covered=now, covered_before=before,
        protected=_protected_in_year(read_models, year),
        monthly={"Semua": _summed_months(by_segment)},
        monthly_by_segment=by_segment,
        quotas=[DossierQuota(**q, money=quota_need(q)) for q in quotas],
        claims=claim_figures(claims),
        agreements=read_models.agreements(on=on),  # replaced ones are "diganti" there
        regulations=_regulations(policies, on),
        allocations=_for_year(policies["allocations"], year),
        payments=_for_year(policies["payments"], year),
        workforce=next(iter(_for_year(policies["workforce"], year)), None),
        bpjs_coverage=next(iter(_for_year(policies["bpjs_coverage"], year)), None),
        pbpu=next(iter(_for_year(policies["pbpu"], year)), None),
        targets=[t for t in policies["targets"] if int(t["year"]) in (year, year + 1)],
        head_of_office=policies["head_of_office"],
        letterhead=policies["letterhead"],
        emblem=policies["emblem"],
    )
