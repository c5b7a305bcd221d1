"""`domain.benefits` against brute-force oracles: masa iur by walking every day of the
history, the proposals recomputed from the data file's figures by hand."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.benefits import BenefitRules, masa_iur_months, propose_benefits, proposed_amount
from domain.errors import RuleViolationError
from domain.reference import default_benefit_figures

FIRST = date(2022, 1, 1)


def enrolment(start: date, days: int, programmes: tuple[str, ...] = ("JKK", "JKM")
              ) -> dict[str, Any]:
    end = start + timedelta(days=days)
    return {"quota": "KU", "programmes": list(programmes), "start": start,
            "until": date(end.year, 12, 31), "end": end, "end_reason": "moved"}


def oracle(enrolments: list[dict[str, Any]], programme: str, on: date, lapse: int) -> int:
    """Walk every day up to `on`: a month counts when any day of it was covered; walking
    back from the last covered month, a run of more than `lapse` uncovered months ends
    the count."""
    covered_months: set[tuple[int, int]] = set()
    day = FIRST
    while day <= on:
        if any(programme in e["programmes"] and e["start"] <= day <= min(e["end"], e["until"])
               for e in enrolments):
            covered_months.add((day.year, day.month))
        day += timedelta(days=1)
    if not covered_months:
        return 0
    year, month = max(covered_months)
    count = uncovered = 0
    while (year, month) >= (FIRST.year, FIRST.month):
        if (year, month) in covered_months:
            count, uncovered = count + 1, 0
        else:
            uncovered += 1
            if uncovered > lapse:
                break
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return count


spans = st.lists(st.tuples(st.integers(0, 1600), st.integers(0, 400)), min_size=0,
                 max_size=4)


@settings(max_examples=150, deadline=None)
@given(spans=spans, on_offset=st.integers(0, 1800), lapse=st.integers(0, 6),
       jht_only=st.booleans())
def test_masa_iur_equals_the_day_walking_oracle(
    spans: list[tuple[int, int]], on_offset: int, lapse: int, jht_only: bool
) -> None:
    enrolments = [enrolment(FIRST + timedelta(days=s), d,
                            ("JHT",) if jht_only and i == 0 else ("JKK", "JKM"))
                  for i, (s, d) in enumerate(spans)]
    on = FIRST + timedelta(days=on_offset)
    assert masa_iur_months(enrolments, "JKM", on, lapse) == oracle(enrolments, "JKM", on, lapse)


def figure(programme: str, component: str) -> int:
    (row,) = [f for f in default_benefit_figures()
              if (f["programme"], f["component"]) == (programme, component)]
    return int(str(row["value"]))


def test_jkm_and_jkk_death_proposals_recomputed_from_the_data_file() -> None:
    rules, day = BenefitRules(default_benefit_figures()), date(2026, 5, 5)
    jkm = propose_benefits(rules, "JKM", day, 35, {})
    assert proposed_amount(jkm) == sum(figure("JKM", c) for c in (
        "santunan_sekaligus", "santunan_berkala", "biaya_pemakaman")) == 42_000_000
    death = propose_benefits(rules, "JKK", day, 0, {"outcome": "death"})
    income = figure("JKK", "penghasilan_dilaporkan")
    assert {b["component"]: b["amount"] for b in death}["santunan_kematian"] == (
        figure("JKK", "santunan_kematian") * income) == 48_000_000
    # Before PP 82/2019 took effect the data has no JKM figures: refused, not guessed.
    with pytest.raises(RuleViolationError) as missing:
        propose_benefits(rules, "JKM", date(2019, 12, 1), 0, {})
    assert missing.value.code == "benefit.rule_missing"


def test_a_store_without_a_newer_component_takes_the_shipped_figure() -> None:
    from domain.benefits import with_defaults

    recorded = [{**f, "value": 15_000_000, "basis": "PP uji"} for f in default_benefit_figures()
                if f["component"] == "biaya_pemakaman" and f["programme"] == "JKM"]
    figures = with_defaults(recorded)
    keys = [(f["programme"], f["component"]) for f in figures]
    assert len(keys) == len(set(keys)) == len(default_benefit_figures())
    rules = BenefitRules(figures)
    assert rules.value("JKM", "biaya_pemakaman", date(2026, 1, 1)) == 15_000_000
    assert rules.value("JKM", "santunan_sekaligus", date(2026, 1, 1)) == 20_000_000
