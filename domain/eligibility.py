"""Who may be enrolled into a quota, and from which day: the coverage rules as dated data.

The defaults come from `domain/data/aturan-kepesertaan.csv`, one row per rule and date it
took effect, each citing its legal basis or marked "unconfirmed" (then configurable per
quota). A quota stores the rules it was opened with (`Kuota.RulesSet`); a quota opened
before rules were stored is judged by the defaults in force on its first day.

Every refusal is a `RuleViolationError` whose code names the rule (`eligibility.age`,
`eligibility.domicile`, ...), so the console, the GUI and an import's rejection workbook
say which rule refused a worker.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any, TypedDict

from domain.errors import RuleViolationError, ValidationError
from domain.segments import known_segments, segment_of
from domain.wilayah import find_kecamatan, find_kelurahan

RULES_FILE = "aturan-kepesertaan.csv"
PRIORITIES = ("decile",)  # how a quota may rank its candidates (other orders may follow)
DECILE_RANGE = (1, 10)
BASE_PROGRAMMES = ("JKK", "JKM")  # what JHT is added on top of (Permenaker 1/2016 art. 3)
BASE_ENDED = "jkk_jkm_ended"  # the termination reason of a JHT enrolment whose base ended


@dataclass(frozen=True)
class DatedRule:
    """One row of the rules file: a rule's value from a day on, and why."""

    rule: str
    value: str
    effective_from: date
    status: str  # "confirmed" (legal basis cited) or "unconfirmed" (office policy, settable)
    basis: str


@cache
def _dated_rules() -> tuple[DatedRule, ...]:
    source = resources.files("domain.data").joinpath(RULES_FILE)
    with io.StringIO(source.read_text(encoding="utf-8-sig"), newline="") as handle:
        return tuple(
            DatedRule(row["aturan"], row["nilai"].strip(),
                      date.fromisoformat(row["berlaku_mulai"]), row["status"], row["dasar"])
            for row in csv.DictReader(handle))


def rule_on(rule: str, day: date) -> DatedRule:
    """The row of `rule` in force on `day` (the latest one that took effect by then)."""
    rows = [r for r in _dated_rules() if r.rule == rule and r.effective_from <= day]
    if not rows:
        rows = [min((r for r in _dated_rules() if r.rule == rule),
                    key=lambda r: r.effective_from)]
    return max(rows, key=lambda r: r.effective_from)


def days_back_allowed(day: date) -> int:
    """How many days before the day of recording a clerk may start coverage unaided."""
    return int(rule_on("hari_mundur", day).value or 0)


def refuses_nik_of_another_person(day: date) -> bool:
    """Whether a worker list's row whose NIK is registered to another name or birth date
    is refused (`import.nik_other_person`) rather than enrolling the registered worker:
    office policy, unconfirmed (`impor_nik_orang_lain`: tolak, the default, or terima)."""
    return rule_on("impor_nik_orang_lain", day).value != "terima"


def _optional_int(text: str) -> int | None:
    return int(text) if text else None


class QuotaRulesData(TypedDict):
    """`domain.eligibility.QuotaRules.as_dict()`: what `Kuota.RulesSet` records."""

    min_age: int | None
    max_age: int | None
    refused_dukcapil: list[str]
    segments: list[str]
    deciles: list[int]
    priority: str | None


@dataclass(frozen=True)
class QuotaRules:
    """The eligibility rules one quota applies (plain values: stored in an event)."""

    min_age: int | None = None
    max_age: int | None = None
    refused_dukcapil: tuple[str, ...] = ()
    segments: tuple[str, ...] = ()  # empty: every segment
    deciles: tuple[int, ...] = ()  # empty: any decile, or none
    priority: str | None = None  # how the worklist ranks candidates

    def as_dict(self) -> QuotaRulesData:
        return QuotaRulesData(min_age=self.min_age, max_age=self.max_age,
                              refused_dukcapil=list(self.refused_dukcapil),
                              segments=list(self.segments), deciles=list(self.deciles),
                              priority=self.priority)

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> QuotaRules:
        return cls(values.get("min_age"), values.get("max_age"),
                   tuple(values.get("refused_dukcapil") or ()),
                   tuple(values.get("segments") or ()),
                   tuple(int(d) for d in values.get("deciles") or ()),
                   values.get("priority"))


def default_rules(day: date) -> QuotaRules:
    """The rules a quota starting on `day` gets unless it is opened with others."""
    refused = rule_on("dukcapil_ditolak", day).value
    return QuotaRules(
        min_age=_optional_int(rule_on("usia_minimum", day).value),
        max_age=_optional_int(rule_on("usia_maksimum", day).value),
        refused_dukcapil=tuple(s.strip() for s in refused.split(",") if s.strip()),
    )


def rules_with(base: QuotaRules, *, min_age: object = None, max_age: object = None,
               segments: object = None, deciles: object = None,
               priority: object = None) -> QuotaRules:
    """`base` with the options a supervisor gave when opening a quota (None: keep)."""
    return QuotaRules(
        min_age=base.min_age if min_age in (None, "") else _age(min_age),
        max_age=base.max_age if max_age in (None, "") else _age(max_age),
        refused_dukcapil=base.refused_dukcapil,
        segments=base.segments if segments in (None, "") else parse_segments(segments),
        deciles=base.deciles if deciles in (None, "") else parse_deciles(deciles),
        priority=base.priority if priority in (None, "") else parse_priority(priority),
    )


def _age(value: object) -> int:
    text = str(value).strip()
    if not text.isdigit() or not 0 < int(text) < 130:
        raise ValidationError("quota.age_invalid", value=text)
    return int(text)


def parse_deciles(value: object) -> tuple[int, ...]:
    """`1-3`, `1,2,3` or `1-3,5` as the sorted deciles; ValidationError otherwise."""
    found: set[int] = set()
    for part in str(value).replace(";", ",").split(","):
        low, _, high = part.strip().partition("-")
        try:
            first, last = int(low), int(high or low)
        except ValueError:
            raise ValidationError("quota.deciles_invalid", value=str(value)) from None
        if not DECILE_RANGE[0] <= first <= last <= DECILE_RANGE[1]:
            raise ValidationError("quota.deciles_invalid", value=str(value))
        found.update(range(first, last + 1))
    return tuple(sorted(found))


def parse_segments(value: object) -> tuple[str, ...]:
    """Segment names (comma separated, any case) as the data file spells them."""
    by_key = {s.casefold(): s for s in known_segments()}
    items = value.split(",") if isinstance(value, str) else [str(v) for v in value]  # type: ignore[attr-defined]
    chosen: list[str] = []
    for item in items:
        name = " ".join(item.split())
        if not name:
            continue
        if name.casefold() not in by_key:
            raise ValidationError("quota.segment_unknown", value=name,
                                  choices=", ".join(known_segments()))
        chosen.append(by_key[name.casefold()])
    return tuple(dict.fromkeys(chosen))


def parse_priority(value: object) -> str:
    text = str(value).strip().lower()
    if text not in PRIORITIES:
        raise ValidationError("quota.priority_unknown", value=text,
                              choices=", ".join(PRIORITIES))
    return text


# --- the checks ---------------------------------------------------------------------------


def age_on(birth_date: date, day: date) -> int:
    """Completed years of age on `day`."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month,
                                                                  birth_date.day))


@dataclass(frozen=True)
class Person:
    """What the eligibility rules look at, from a registered worker or an import row."""

    nik: str
    birth_date: date
    kecamatan: str
    kelurahan: str
    occupation: str
    decile: int | None
    dukcapil: str = "menunggu"


def check_eligible(person: Person, rules: QuotaRules, start: date) -> None:
    """Every rule of `rules` for `person` starting on `start`; the first refusal is raised."""
    check_age(person, rules, start)
    check_domicile(person)
    check_dukcapil(person, rules)
    check_segment(person, rules)
    check_decile(person, rules)


def check_age(person: Person, rules: QuotaRules, start: date) -> None:
    age = age_on(person.birth_date, start)
    low, high = rules.min_age, rules.max_age
    if (low is not None and age < low) or (high is not None and age > high):
        raise RuleViolationError(
            "eligibility.age", nik=person.nik, age=age, start=start.isoformat(),
            low=low if low is not None else "-", high=high if high is not None else "-")


def check_domicile(person: Person) -> None:
    try:
        find_kelurahan(find_kecamatan(person.kecamatan), person.kelurahan)
    except ValidationError:
        raise RuleViolationError("eligibility.domicile", nik=person.nik,
                                 kecamatan=person.kecamatan,
                                 kelurahan=person.kelurahan) from None


def check_dukcapil(person: Person, rules: QuotaRules) -> None:
    if person.dukcapil in rules.refused_dukcapil:
        raise RuleViolationError("eligibility.dukcapil", nik=person.nik,
                                 status=person.dukcapil)


def check_segment(person: Person, rules: QuotaRules) -> None:
    if rules.segments and segment_of(person.occupation) not in rules.segments:
        raise RuleViolationError("eligibility.segment", nik=person.nik,
                                 segment=segment_of(person.occupation),
                                 segments=", ".join(rules.segments))


def check_decile(person: Person, rules: QuotaRules) -> None:
    if rules.deciles and person.decile not in rules.deciles:
        raise RuleViolationError("eligibility.decile", nik=person.nik,
                                 decile=person.decile if person.decile is not None else "-",
                                 deciles=format_deciles(rules.deciles))


def format_deciles(deciles: tuple[int, ...]) -> str:
    return ",".join(str(d) for d in deciles)


def check_not_backdated(start: date, today: date, retroactive_allowed: bool,
                        approvers: str = "") -> bool:
    """Whether an enrolment starting on `start`, recorded on `today`, is retroactive.

    Coverage never starts before it was recorded, but for the days back the rules file
    allows; further back only a supervisor or admin, saying so (`retroactive_allowed`)."""
    if start >= today - timedelta(days=days_back_allowed(today)):
        return False
    if not retroactive_allowed:
        raise RuleViolationError("enrol.retroactive", start=start.isoformat(),
                                 today=today.isoformat(), approvers=approvers or "-")
    return True
