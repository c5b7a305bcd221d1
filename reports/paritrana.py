"""Dossier Paritrana Award: the city's evidence of commitment to workers' social security.

Sections follow what the provincial and national panels assess: regulations, APBD budget
and its realisation, protection of vulnerable workers and its growth, universal coverage
against the target, benefits paid, the MoU/PKS, innovation (Perisai agents), signature.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from projections.api import MembershipFilter, ReadModels
from reports.common import iso_day, sorted_counts
from reports.params import ReportParams, StoreFacts

TITLE = "Dossier Paritrana Award"
WIDE = False
COVER = True
# Series are charted for the few largest segments; the rest are summed as "Lainnya".
CHART_SERIES = 5


def coverage_spans(row: dict[str, Any]) -> list[tuple[date, date]]:
    """(start, last covered day) of each of a worker's enrolments.

    The read models' rows carry `enrolments`; a row without them gives its current one.
    """
    spans = []
    for item in row.get("enrolments") or [row]:
        start = iso_day(item.get("start"))
        end = iso_day(item.get("covered_to"))
        if start is not None and end is not None:
            spans.append((start, end))
    return spans


def _protected_in_year(read_models: ReadModels, year: int) -> dict[str, Any]:
    """Workers whose coverage touched the year, by segment, occupation, kecamatan, agent."""
    groups = read_models.coverage_counts(date(year, 1, 1), date(year, 12, 31),
                                         ("segment", "occupation", "kecamatan", "agent"))
    counts: dict[str, Counter[str]] = {k: Counter() for k in
                                       ("segment", "occupation", "kecamatan")}
    agents: Counter[tuple[str, str]] = Counter()
    for group in groups:
        for key, counter in counts.items():
            counter[str(group[key] or "-")] += int(group["workers"])
        if group["agent"]:
            agents[(str(group["agent"]), str(group["kecamatan"] or "-"))] += int(group["workers"])
    return {
        "total": sum(int(g["workers"]) for g in groups),
        **{f"by_{k}": dict(sorted_counts(dict(c))) for k, c in counts.items()},
        "agents": [{"agent": a, "kecamatan": k, "workers": n}
                   for (a, k), n in sorted(agents.items(), key=lambda i: (-i[1], i[0]))],
    }


def _monthly(rows: list[dict[str, Any]], year: int, last_month: str) -> dict[str, dict[str, int]]:
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


def _for_year(items: list[dict[str, Any]], year: int) -> list[dict[str, Any]]:
    return [i for i in items if int(i.get("year", 0)) == year]


def _regulations(policies: dict[str, Any], on: date) -> list[dict[str, Any]]:
    """Regulations issued by the end of the assessed year (or the coverage date if
    earlier); those recorded after the as-of moment are not in its read models at all."""
    return [r for r in policies.get("regulations", []) if r["issued_on"] <= on.isoformat()]


def collect(read_models: ReadModels, params: ReportParams, facts: StoreFacts) -> dict[str, Any]:
    year = int(params.year or facts.as_of_date.year)
    on = params.on or facts.as_of_date
    last_month = min(on, date(year, 12, 31)).strftime("%Y-%m")
    stats = read_models.stats(on=on)
    active_by_segment = stats.get("by_segment")
    if active_by_segment is None:  # a read model without the extension: count per segment
        active_by_segment = {
            str(s): read_models.membership_page(MembershipFilter(status="aktif", segment=s),
                                                limit=1).total
            for s in sorted(read_models.filter_options().get("segment", []))
        }
    policies = read_models.policy_facts()
    by_segment = _monthly(read_models.coverage_series(year, by="segment"), year, last_month)
    year_end = min(on, date(year, 12, 31))
    return {
        "year": year, "on": on.isoformat(), "regulations_until": year_end.isoformat(),
        "claims_until": year_end.isoformat(),
        "active_members": int(stats["active_members"]),
        "active_by_kecamatan": dict(sorted_counts(
            {str(k): int(v) for k, v in stats.get("by_kecamatan", {}).items()})),
        "active_by_programme": {str(k): int(v) for k, v in
                                sorted(stats.get("by_programme", {}).items())},
        "active_by_segment": dict(sorted_counts(
            {str(k): int(v) for k, v in active_by_segment.items()})),
        "protected": _protected_in_year(read_models, year),
        "monthly": {"Semua": _summed_months(by_segment)},
        "monthly_by_segment": by_segment,
        "quotas": sorted(_for_year(read_models.quotas(), year), key=lambda q: q["quota"]),
        "claims": read_models.claims_summary(since=date(year, 1, 1), until=year_end),
        "agreements": read_models.agreements(on=on),
        "regulations": _regulations(policies, year_end),
        "allocations": _for_year(policies.get("allocations", []), year),
        "payments": _for_year(policies.get("payments", []), year),
        "workforce": next(iter(_for_year(policies.get("workforce", []), year)), None),
        "target": next(iter(_for_year(policies.get("targets", []), year)), None),
        "head_of_office": policies.get("head_of_office"),
    }
