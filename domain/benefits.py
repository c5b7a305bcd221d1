"""What a claim qualifies for: benefit components from the dated rules, the member's
contribution period (masa iur) from the enrolment history, and the claim's follow-up.

Every figure comes from `AturanManfaat` (seeded from `data/manfaat-klaim.csv`); nothing
here is a rupiah amount or a number of months of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from domain.errors import RuleViolationError
from domain.model.common import Stamp
from domain.model.klaim_rules import BenefitLine
from domain.model.peserta_rules import Enrolment, coverage_end
from domain.model.tarif_rules import months_between
from domain.reference import FigureData, default_benefit_figures

if TYPE_CHECKING:
    from domain.model.manfaat import AturanManfaat

ANY_PROGRAMME = "*"
DEATH, INJURY = "death", "injury"
JKK_OUTCOMES = (INJURY, DEATH)
# The step an open claim waits for, by state (codes; texts live in the GUI and messages).
WAITING_FOR = {
    "perlu_verifikasi": "verifikasi_supervisor",
    "dilaporkan": "dokumen",
    "dokumen_lengkap": "pengajuan_bpjs",
    "diajukan": "pembayaran_bpjs",
    "menunggu_konfirmasi_bayar": "konfirmasi_supervisor",
}


@dataclass(frozen=True)
class Figure:
    programme: str
    component: str
    effective_from: date
    kind: str
    value: int
    basis: str
    status: str


class BenefitRules:
    """The figures of a schedule, looked up by programme, component and day."""

    def __init__(self, figures: Sequence[FigureData]) -> None:
        self.figures = [Figure(**f) for f in figures]

    def figure(self, programme: str, component: str, day: date) -> Figure:
        """The figure in force on `day`; `programme`'s own before the shared ('*') one."""
        for owner in (programme, ANY_PROGRAMME):
            in_force = [
                f for f in self.figures
                if (f.programme, f.component) == (owner, component) and f.effective_from <= day
            ]
            if in_force:
                return max(in_force, key=lambda f: f.effective_from)
        raise RuleViolationError(
            "benefit.rule_missing", programme=programme, component=component,
            day=day.isoformat(),
        )

    def value(self, programme: str, component: str, day: date) -> int:
        return self.figure(programme, component, day).value


def with_defaults(figures: Sequence[FigureData]) -> list[FigureData]:
    """A store's figures, plus the shipped figures of components it has never recorded
    (a component added to `manfaat-klaim.csv` after the store was seeded)."""
    recorded = {(f["programme"], f["component"]) for f in figures}
    return [*figures, *(f for f in default_benefit_figures()
                        if (f["programme"], f["component"]) not in recorded)]


def seeded_benefit_rules(stamp: Stamp) -> AturanManfaat:
    """A new benefit-rule schedule holding the shipped figures, each recorded as an event."""
    # Imported here, not above: the read models use this module's lookups and must not
    # load an aggregate's event classes (the console's start, docs/BENCHMARKS.md).
    from domain.model.manfaat import AturanManfaat

    schedule = AturanManfaat(stamp=stamp)
    for figure in default_benefit_figures():
        schedule.set_figure(figure, stamp)
    return schedule


def masa_iur_months(enrolments: list[Enrolment], programme: str, on: date,
                    lapse_months: int) -> int:
    """Months of contributions for `programme` up to `on`'s month: every calendar month an
    enrolment covered (and so was billed), counted again from the first month after a gap
    longer than `lapse_months`."""
    months: set[date] = set()
    for enrolment in enrolments:
        if programme not in enrolment["programmes"] or enrolment["start"] > on:
            continue
        last = min(coverage_end(enrolment), on)
        if last >= enrolment["start"]:
            months.update(months_between(enrolment["start"], last))
    count, previous = 0, None
    for month in sorted(months):
        if previous is not None and _months_apart(previous, month) - 1 > lapse_months:
            count = 0
        count += 1
        previous = month
    return count


def _months_apart(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def component(figure: Figure, amount: int | None, payable: str = "sekaligus") -> BenefitLine:
    """One benefit component as plain values: its code, rupiah amount (None when it is
    paid at cost or per school year), legal basis and whether the figure is confirmed."""
    return BenefitLine(
        component=figure.component,
        amount=amount,
        basis=figure.basis,
        status=figure.status,
        payable=payable,
    )


def propose_benefits(rules: BenefitRules, programme: str, incident: date,
                     masa_iur: int, details: dict[str, str]) -> list[BenefitLine]:
    """The components a claim qualifies for, from the rules in force on the incident date."""
    if programme == "JKM":
        return _jkm(rules, incident, masa_iur)
    if programme == "JKK":
        if details.get("outcome") == DEATH:
            return _jkk_death(rules, incident)
        return _jkk_injury(rules, incident, details)
    return []  # JHT: the balance is BPJS's ledger, not a figure of these rules


def proposed_amount(benefits: Sequence[BenefitLine]) -> int | None:
    """The sum of the components with an amount; None when none has one."""
    amounts = [int(b["amount"]) for b in benefits if b["amount"] is not None]
    return sum(amounts) if amounts else None


def _fixed(rules: BenefitRules, programme: str, name: str, day: date) -> BenefitLine:
    figure = rules.figure(programme, name, day)
    return component(figure, figure.value)


def _jkm(rules: BenefitRules, day: date, masa_iur: int) -> list[BenefitLine]:
    benefits = [_fixed(rules, "JKM", name, day)
                for name in ("santunan_sekaligus", "santunan_berkala", "biaya_pemakaman")]
    if masa_iur >= rules.value("JKM", "beasiswa_masa_iur_bulan", day):
        benefits.append(component(rules.figure("JKM", "beasiswa", day), None, "per_tahun"))
    return benefits


def declared_income(rules: BenefitRules, day: date) -> int:
    """An APBD-paid member's declared income: the tariff's base."""
    return rules.value("JKK", "penghasilan_dilaporkan", day)


def _jkk_death(rules: BenefitRules, day: date) -> list[BenefitLine]:
    income = declared_income(rules, day)
    death = rules.figure("JKK", "santunan_kematian", day)
    return [
        component(death, death.value * income),
        _fixed(rules, "JKK", "santunan_berkala", day),
        _fixed(rules, "JKK", "biaya_pemakaman", day),
        component(rules.figure("JKK", "beasiswa", day), None, "per_tahun"),
    ]


def _jkk_injury(rules: BenefitRules, day: date,
                details: dict[str, str]) -> list[BenefitLine]:
    income = declared_income(rules, day)
    benefits = [component(rules.figure("JKK", "perawatan", day), None, "sesuai_biaya")]
    days_unable = int(details.get("days_unable") or 0)
    if days_unable:
        benefits.append(_stmb(rules, day, income, days_unable))
    percent = int(details.get("disability_percent") or 0)
    if percent:
        figure = rules.figure("JKK", "cacat_kali_penghasilan", day)
        benefits.append(component(figure, percent * figure.value * income // 100))
    return benefits


def _stmb(rules: BenefitRules, day: date, income: int, days_unable: int) -> BenefitLine:
    """Income replacement: full for the first 12 months, then the later percentage."""
    per_month = rules.value("JKK", "stmb_hari_per_bulan", day)
    first = rules.figure("JKK", "stmb_persen_12_bulan_pertama", day)
    later = rules.value("JKK", "stmb_persen_setelahnya", day)
    full_days = min(days_unable, 12 * per_month)
    rest = days_unable - full_days
    amount = (income * (full_days * first.value + rest * later)) // (100 * per_month)
    line = component(first, amount)
    line["component"] = "stmb"  # in its place: the line's keys keep their order
    return line


def waiting_for(state: str) -> str | None:
    """The step an open claim waits for (None once paid or rejected)."""
    return WAITING_FOR.get(state)


def overdue_after(rules: BenefitRules, state: str, day: date) -> int | None:
    """Days a claim may wait in `state` before it needs attention (None: no limit)."""
    if state not in WAITING_FOR:
        return None
    return rules.value(ANY_PROGRAMME, f"terlambat_{state}_hari", day)


def add_months(day: date, months: int) -> date:
    """`day` moved `months` calendar months on (the last day of a shorter month)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has a 28th


def report_warnings(rules: BenefitRules, programme: str, incident: date,
                    today: date) -> list[str]:
    """Codes of what a report should know but that refuses nothing: an accident reported
    after the JKK reporting deadline (data, unconfirmed for BPU members)."""
    if programme == "JKK" and (today - incident).days > rules.value(
            "JKK", "batas_lapor_hari", incident):
        return ["claim.reported_late"]
    return []


def check_not_expired(rules: BenefitRules, incident: date, today: date) -> None:
    """A claim period (data; 0 = none, as no source here confirms one) refuses an incident
    older than that many months."""
    months = rules.value(ANY_PROGRAMME, "kedaluwarsa_klaim_bulan", incident)
    if months and add_months(incident, months) < today:
        raise RuleViolationError("claim.expired", incident_date=incident.isoformat(),
                                 months=months)
