"""Money from the read models: quotas' need, cost and commitment, and a month's bill.

The one place these figures are computed (`stats`, `billing show`, the dashboard, the
quota recap and the dossier all read them from here through `SqlReadModels`):

- **need** of a quota: its seats of each month (`domain.money.seats_by_month`, from the
  opening seats and the approved changes' effective dates) x the tariff of its programmes
  in that month;
- **cost**: member-months x tariff for the months up to and including the month of the
  day asked about; **committed**: the same to the end of every enrolment's coverage;
- the **bill** of a month: every worker whose coverage makes that month billed, with the
  programmes billed and the amount.

A worker's programme-month is billed once and paid by one quota
(`domain.money.attributed_months`), so the quotas' costs of a month add up to its bill.
Enrolments are read from `rm_enrolment` (start and last covered day of each), so a
figure is right for any replay "as of" a recorded moment too.
"""

from __future__ import annotations

import gc
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from typing import Any, TypedDict

from domain.errors import RuleViolationError
from domain.model.common import PROGRAMMES
from domain.model.kebijakan_rules import Allocation, Payment
from domain.model.kuota_rules import StoredChange
from domain.model.tarif_rules import StoredRate
from domain.money import (
    Enrolment,
    attributed_months,
    due_date,
    month_end,
    month_of,
    month_text,
    rate_in,
    required_days,
    seats_by_month,
    span_months,
)
from projections.api import (
    Bill,
    BillLine,
    BillSummary,
    Bundle,
    ProgrammeBill,
    QuotaMoney,
    QuotaMonth,
    RecordedReconciliation,
    YearMoney,
    YearMonth,
)
from projections.coverage import PENDING_KEY, covered_to, upsert_counts
from projections.sqlstore import Database, Writer

Rates = Sequence[StoredRate]
MONEY_FIELDS = ("seat_months", "need", "member_months", "cost", "committed")


class MoneyQuota(TypedDict):
    """What the money of a quota is computed from (`rm_quota`, decoded)."""

    quota: str
    year: int
    programmes: list[str]
    seats: int
    period_start: str
    period_end: str
    changes: dict[str, StoredChange]


# --- reading enrolments ---------------------------------------------------------------------


@lru_cache(maxsize=64)  # eight combinations of the flags (as ints, or bools)
def _programmes(jkk: int, jkm: int, jht: int) -> tuple[str, ...]:
    return tuple(p for p, on in zip(PROGRAMMES, (jkk, jkm, jht), strict=True) if on)


def _enrolment(row: Sequence[Any]) -> Enrolment:
    quota, jkk, jkm, jht, start, end = row[1:7]
    return (str(quota), _programmes(jkk, jkm, jht), date.fromisoformat(start),
            date.fromisoformat(end))


def _by_worker(rows: list[tuple[Any, ...]]) -> Iterator[list[tuple[Any, ...]]]:
    for _worker, group in groupby(rows, key=itemgetter(0)):
        yield list(group)


def _independent(enrolments: list[Enrolment]) -> bool:
    """Whether no two of a worker's enrolments with a programme in common touch the same
    month: then each enrolment's months are its own (the common case, even for a worker
    enrolled year after year), and only the others need `attributed_months`."""
    spans = [(e, month_of(e[2]), month_of(e[3])) for e in enrolments if e[2] <= e[3]]
    for index, (a, a_first, a_last) in enumerate(spans):
        for b, b_first, b_last in spans[index + 1:]:
            if a_first <= b_last and b_first <= a_last and set(a[1]) & set(b[1]):
                return False
    return True


# --- quotas ---------------------------------------------------------------------------------


@dataclass
class _Counts:
    """A quota's member-months: whole-bundle counts as a difference array by month, and
    single programme-months where a worker's enrolments split a month."""

    bundle: dict[int, int] = field(default_factory=dict)
    programme: dict[tuple[str, int], int] = field(default_factory=dict)
    members: dict[int, int] = field(default_factory=dict)

    def add_range(self, first: int, last: int) -> None:
        self.bundle[first] = self.bundle.get(first, 0) + 1
        self.bundle[last + 1] = self.bundle.get(last + 1, 0) - 1


def _count_members(database: Database, quotas: dict[str, tuple[str, ...]]) -> dict[str, _Counts]:
    counts = {code: _Counts() for code in quotas}
    rows = database.query(
        "SELECT worker_id, quota, jkk, jkm, jht, start_on, covered_to FROM rm_enrolment "
        "ORDER BY worker_id, seq")
    for group in _by_worker(rows):
        enrolments = [_enrolment(r) for r in group]
        if _independent(enrolments) and all(
                e[0] in counts and tuple(e[1]) == quotas[e[0]] for e in enrolments):
            for quota, _programmes_of, start, end in enrolments:
                if start <= end:
                    first, last = span_months(start, end)
                    if first <= last:
                        counts[quota].add_range(first, last)
            continue
        members: set[tuple[str, int]] = set()
        for (programme, month), quota in attributed_months(enrolments).items():
            found = counts.setdefault(quota, _Counts())
            found.programme[(programme, month)] = found.programme.get((programme, month), 0) + 1
            members.add((quota, month))
        for quota, month in members:
            found = counts[quota]
            found.members[month] = found.members.get(month, 0) + 1
    return counts


# --- the same counts kept in the read models (rm_money) --------------------------------------
#
# `_count_members` is a sum over workers of what each one's enrolments add, so the read
# models keep the sum (issue 21: it was 0.9 s of a `stats` at 112,800 workers, paid again
# by every as-of question): when a batch changes a member's enrolments, its share before
# the batch is subtracted and the new one added (`projections.rows`), as for coverage; a
# rebuild or a replay counts once at its end (`recompute_counts`). A row is
# (quota, kind, programme, month, n): kind "b" a whole-bundle difference count
# (`_Counts.bundle`), "p" a programme-month, "m" a member-month (`_Counts.members`).

MONEY_TABLE = "rm_money"
MONEY_KEY = ("quota", "kind", "programme", "month")
# The counter table's key and count, for `projections.digest`.
COUNTER_TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    MONEY_TABLE: (MONEY_KEY, ("n",)),
}
# A member's share: (quota, programmes in PROGRAMMES' order, start, last covered day) of
# each enrolment, in the order of rm_enrolment's seq. Equal before and after: no change.
MoneyState = tuple[tuple[str, tuple[str, ...], str, str], ...]
MoneyChanges = dict[tuple[Any, ...], list[int]]
QuotaProgrammes = dict[str, tuple[str, ...]]


def money_state(member: dict[str, Any]) -> MoneyState:
    """What `member` (a row of rm_member, enrolments decoded) adds to the quotas' counts:
    its enrolments as rm_enrolment holds them (programmes as flags, in PROGRAMMES' order)."""
    return tuple((str(e["quota"]), tuple(p for p in PROGRAMMES if p in e["programmes"]),
                  str(e["start"]), covered_to(e)) for e in member["enrolments"])


def add_share(state: MoneyState, quotas: QuotaProgrammes, sign: int,
              changes: MoneyChanges) -> None:
    """Add `sign` times one worker's share to `changes`, exactly as `_count_members`
    counts it (`quotas`: every quota's programmes, which decide the whole-bundle path)."""
    if len(state) == 1 and quotas.get(state[0][0]) == state[0][1]:
        # Most workers: one enrolment, in its quota's bundle (independent by itself).
        quota, _programmes_of, start, end = state[0]
        _bump_span(changes, quota, start, end, sign)
        return
    enrolments: list[Enrolment] = [
        (quota, programmes, _day(start), _day(end)) for quota, programmes, start, end in state]
    if _independent(enrolments) and all(
            e[0] in quotas and tuple(e[1]) == quotas[e[0]] for e in enrolments):
        for quota, _programmes_of, start, end in state:
            _bump_span(changes, quota, start, end, sign)
        return
    members: set[tuple[str, int]] = set()
    for (programme, month), quota in attributed_months(enrolments).items():
        _bump(changes, (quota, "p", programme, month), sign)
        members.add((quota, month))
    for quota, month in members:
        _bump(changes, (quota, "m", "", month), sign)


def _bump_span(changes: MoneyChanges, quota: str, start: str, end: str, sign: int) -> None:
    """One enrolment alone in its months, in its quota's bundle: +1 from its first billed
    month, -1 after its last."""
    span = _billed_span(start, end)
    if span is not None:
        _bump(changes, (quota, "b", "", span[0]), sign)
        _bump(changes, (quota, "b", "", span[1] + 1), -sign)


# Cached: a rebuild counts every member once, and most share a few start and end days.
@lru_cache(maxsize=1 << 16)
def _billed_span(start: str, end: str) -> tuple[int, int] | None:
    if start > end:  # ISO days compare as text
        return None
    first, last = span_months(_day(start), _day(end))
    return (first, last) if first <= last else None


@lru_cache(maxsize=1 << 14)
def _day(text: str) -> date:
    return date.fromisoformat(text)


def _bump(changes: MoneyChanges, key: tuple[Any, ...], sign: int) -> None:
    found = changes.get(key)
    if found is None:
        changes[key] = [sign]
    else:
        found[0] += sign


def quota_programmes(writer: Writer) -> QuotaProgrammes:
    return {str(code): tuple(json.loads(programmes))
            for code, programmes in writer.execute("SELECT code, programmes FROM rm_quota")}


def share_changes(quotas: QuotaProgrammes, before: dict[str, MoneyState | None],
                  after: dict[str, MoneyState]) -> MoneyChanges:
    """The count changes of the workers whose share went from `before` to `after`."""
    changes: MoneyChanges = {}
    for worker, old in before.items():
        new = after[worker]
        if new == old:
            continue
        if old is not None:
            add_share(old, quotas, -1, changes)
        add_share(new, quotas, 1, changes)
    return changes


def write_counts(writer: Writer, changes: MoneyChanges) -> None:
    upsert_counts(writer, MONEY_TABLE, MONEY_KEY, ("n",), changes)
    # A difference count can be negative, so an addition can bring it back to zero too
    # (`upsert_counts` deletes after subtractions): gone, as a rebuild would not write it.
    raised = [key for key, (n,) in changes.items() if n > 0]
    if raised:
        writer.executemany(
            f"DELETE FROM {MONEY_TABLE} WHERE "
            + " AND ".join(f"{c} = ?" for c in MONEY_KEY) + " AND n = 0", raised)


def counted_shares(writer: Writer) -> MoneyChanges:
    """Every worker's share summed, from rm_enrolment as it is (one pass)."""
    quotas = quota_programmes(writer)
    changes: MoneyChanges = {}
    rows = writer.execute(
        "SELECT worker_id, quota, jkk, jkm, jht, start_on, covered_to FROM rm_enrolment "
        "ORDER BY worker_id, seq")
    # Most workers have one enrolment in its quota's bundle: counted by (quota, start, end)
    # first, each distinct span then added once with its number of workers.
    alone: Counter[tuple[str, str, str]] = Counter()
    for group in _by_worker(rows):
        state = tuple((str(r[1]), _programmes(r[2], r[3], r[4]), str(r[5]), str(r[6]))
                      for r in group)
        if len(state) == 1 and quotas.get(state[0][0]) == state[0][1]:
            alone[(state[0][0], state[0][2], state[0][3])] += 1
        else:
            add_share(state, quotas, 1, changes)
    for (quota, start, end), workers in alone.items():
        _bump_span(changes, quota, start, end, workers)
    return changes


def recompute_counts(writer: Writer) -> None:
    """The counts from rm_enrolment in one pass (a rebuild's or a replay's last step)."""
    writer.execute(f"DELETE FROM {MONEY_TABLE}")
    write_counts(writer, counted_shares(writer))


def recount(writer: Writer) -> MoneyChanges:
    """Bring the counts to what rm_enrolment holds now, writing only the difference, which
    it returns (for the digest): when a quota appears that enrolments already name, their
    shares change without any of them changing."""
    wanted = counted_shares(writer)
    for quota, kind, programme, month, n in writer.execute(
            f"SELECT quota, kind, programme, month, n FROM {MONEY_TABLE}"):
        _bump(wanted, (str(quota), str(kind), str(programme), int(month)), -int(n))
    changes = {key: value for key, value in wanted.items() if value[0]}
    write_counts(writer, changes)
    return changes


def stored_counts(database: Database) -> dict[str, _Counts] | None:
    """The counts the read models keep, as `_count_members` returns them; None where they
    keep none to trust (read models of an older version served during an upgrade, or a
    rebuild that has not reached its last step)."""
    if not _has_table(database, MONEY_TABLE) or database.query(
            "SELECT 1 FROM rm_meta WHERE key = ?", (PENDING_KEY,)):
        return None
    counts: dict[str, _Counts] = {}
    for quota, kind, programme, month, n in database.query(
            f"SELECT quota, kind, programme, month, n FROM {MONEY_TABLE}"):
        found = counts.get(quota)
        if found is None:
            found = counts[quota] = _Counts()
        if kind == "b":
            found.bundle[int(month)] = int(n)
        elif kind == "p":
            found.programme[(str(programme), int(month))] = int(n)
        else:
            found.members[int(month)] = int(n)
    return counts


def _has_table(database: Database, name: str) -> bool:
    if database.dialect == "postgresql":
        return database.scalar("SELECT to_regclass(?)", (name,)) is not None
    return bool(database.query(
        "SELECT 1 FROM sqlite_master WHERE name = ? UNION ALL "
        "SELECT 1 FROM sqlite_temp_master WHERE name = ?", (name, name)))


def _quota_months(row: MoneyQuota, counts: _Counts, rates: Rates) -> list[QuotaMonth]:
    """Per month (from the period's first month to the last month anything is counted):
    seats, need, members and their amount."""
    start, end = date.fromisoformat(row["period_start"]), date.fromisoformat(row["period_end"])
    approved = [c for c in row["changes"].values() if c["state"] == "disetujui"]
    opening = int(row["seats"]) - sum(int(c["delta"]) for c in approved)
    steps = [(start, opening), *((date.fromisoformat(c.get("effective") or row["period_start"]),
                                  int(c["delta"])) for c in approved)]
    seats = seats_by_month(steps, start, end)
    touched = [*seats, *(m for m in counts.bundle if counts.bundle[m]),
               *(m for _p, m in counts.programme), *counts.members]
    running, months = 0, []
    for month in range(min(touched), max(touched) + 1):
        running += counts.bundle.get(month, 0)
        per_seat = sum(rate_in(rates, p, month) for p in row["programmes"])
        split = {p: n for (p, m), n in counts.programme.items() if m == month}
        amount = running * per_seat + sum(n * rate_in(rates, p, month) for p, n in split.items())
        months.append(QuotaMonth(month=month_text(month), seats=seats.get(month, 0),
                                 need=seats.get(month, 0) * per_seat,
                                 members=running + counts.members.get(month, 0),
                                 amount=amount))
    return months


def quota_money(database: Database, rates: Rates, quotas: list[MoneyQuota],
                on: date) -> dict[str, QuotaMoney]:
    """Per quota code: seat_months, need, member_months and cost (months up to `on`'s),
    committed (every month), and `months` (each month's figures). A quota with a
    programme that has no tariff for a month gets None figures (unknown, not zero)."""
    counts = stored_counts(database)
    if counts is None:
        counts = _count_members(database, {q["quota"]: tuple(q["programmes"]) for q in quotas})
    asked = month_text(month_of(on))
    result: dict[str, QuotaMoney] = {}
    for quota in quotas:
        try:
            months = _quota_months(quota, counts.get(quota["quota"], _Counts()), rates)
        except RuleViolationError:
            result[quota["quota"]] = QuotaMoney(seat_months=None, need=None,
                                                member_months=None, cost=None,
                                                committed=None, months=[])
            continue
        upto = [m for m in months if m["month"] <= asked]
        result[quota["quota"]] = QuotaMoney(
            seat_months=sum(m["seats"] for m in months),
            need=sum(m["need"] for m in months),
            member_months=sum(m["members"] for m in upto),
            cost=sum(m["amount"] for m in upto),
            committed=sum(m["amount"] for m in months),
            months=months,
        )
    return result


def quota_rows(database: Database) -> list[MoneyQuota]:
    """rm_quota as plain rows (programmes and changes decoded)."""
    return [MoneyQuota(quota=r[0], year=int(r[1]), programmes=json.loads(r[2]),
                       seats=int(r[3]), period_start=r[4], period_end=r[5],
                       changes=json.loads(r[6]))
            for r in database.query(
                "SELECT code, year, programmes, seats, period_start, period_end, changes "
                "FROM rm_quota ORDER BY code")]


# --- the bill of a month --------------------------------------------------------------------


_BILL_SQL = (
    "SELECT worker_id, quota, jkk, jkm, jht, start_on, covered_to FROM rm_enrolment "
    "WHERE start_on <= ? AND covered_to >= ?")
_MEMBERS_SQL = "SELECT worker_id, nik, kpj, name, kecamatan FROM rm_member"


def members_of(database: Database) -> dict[str, tuple[Any, ...]]:
    """Every member's (worker_id, nik, kpj, name, kecamatan), by worker id."""
    codec = database.codec
    if codec is not None:  # sealed NIKs and names (`projections.personal`)
        columns = ("worker_id", "nik", "kpj", "name", "kecamatan")
        return {row[0]: codec.open_row("rm_member", columns, row, str(row[0]))
                for row in database.query(_MEMBERS_SQL)}
    return {row[0]: row for row in database.query(_MEMBERS_SQL)}


def bill(database: Database, rates: Rates, month: int,
         members: dict[str, tuple[Any, ...]] | None = None) -> Bill:
    """Who is billed for `month` (an index), for which programmes and how much; lines in
    the order of the workers' ids. `members`: `members_of(database)` when the caller
    has it already."""
    first, last = month_text(month) + "-01", _last_day(month)
    need_days = required_days(month)
    per_programme = {p: _rate_or_none(rates, p, month) for p in PROGRAMMES}
    lines: list[BillLine] = []
    priced: dict[int, tuple[tuple[str, ...], tuple[int, ...]]] = {}
    # ~150,000 rows at the city's scale: the cyclic collector would walk every tuple
    # made here several times over; nothing made here forms a cycle.
    collecting = gc.isenabled()
    gc.disable()
    try:
        groups: dict[str, list[tuple[Any, ...]]] = {}
        for row in database.query(_BILL_SQL, [last, first]):
            found = groups.get(row[0])
            if found is None:
                groups[row[0]] = [row]
            else:
                found.append(row)
        if members is None:
            members = members_of(database)
        for worker in sorted(groups):
            group = groups[worker]
            if len(group) == 1:  # most workers: one enrolment touches the month
                row = group[0]
                start, end = row[5], row[6]
                if start > end or ((start > first or end < last) and (
                        date.fromisoformat(min(end, last))
                        - date.fromisoformat(max(start, first))).days + 1 < need_days):
                    continue
                mask = _MASKS[(row[2], row[3], row[4])]
                quotas: tuple[str, ...] = (row[1],)
            else:
                billed = _billed(group, month, first, last, need_days)
                if not billed:
                    continue
                mask = sum(1 << PROGRAMMES.index(p) for p in billed)
                quotas = tuple(sorted(set(billed.values())))
            kind = priced.get(mask)
            if kind is None:
                programmes = _MASK_PROGRAMMES[mask]
                kind = priced[mask] = (programmes, tuple(
                    _priced(per_programme, p, month) for p in programmes))
            member = members[worker]
            lines.append(BillLine(worker, member[1], member[2] or "", member[3], member[4],
                                  kind[0], kind[1], quotas))
    finally:
        if collecting:
            gc.enable()
    return Bill(month_text(month), lines)


def bill_summary(database: Database, rates: Rates, month: int) -> BillSummary:
    """`Bill.summary()` of `month`, counted by the database when a single covered day
    bills a month (the shipped rule): a worker's programme is billed once however many
    of its enrolments cover it. Under another rule, from the bill's lines."""
    if required_days(month) != 1:
        return bill(database, rates, month).summary()
    first, last = month_text(month) + "-01", _last_day(month)
    found = database.query(
        "SELECT COUNT(*), SUM(jkk), SUM(jkm), SUM(jht) FROM (SELECT MAX(jkk) AS jkk, "
        "MAX(jkm) AS jkm, MAX(jht) AS jht FROM rm_enrolment WHERE start_on <= ? AND "
        "covered_to >= ? AND start_on <= covered_to GROUP BY worker_id) AS billed",
        [last, first])[0]
    per_programme = {p: _rate_or_none(rates, p, month) for p in PROGRAMMES}
    by_programme = {p: ProgrammeBill(workers=int(n),
                                     amount=int(n) * _priced(per_programme, p, month))
                    for p, n in zip(PROGRAMMES, found[1:], strict=True) if n}  # None: no row
    return BillSummary(month=month_text(month), workers=int(found[0]),
                       by_programme=by_programme,
                       amount=sum(v["amount"] for v in by_programme.values()))


def _billed(group: list[tuple[Any, ...]], month: int, first: str, last: str,
            need_days: int) -> dict[str, str]:
    """One worker's billed programmes of the month, each with the quota that pays it."""
    masks = [_MASKS[(row[2], row[3], row[4])] for row in group]
    if len(group) > 1 and not _disjoint(masks) and not _independent(
            [_enrolment(r) for r in group]):
        found = attributed_months([_enrolment(r) for r in group],
                                  months=range(month, month + 1))
        return {p: q for (p, _m), q in found.items()}
    billed: dict[str, str] = {}
    for row, mask in zip(group, masks, strict=True):
        start, end = row[5], row[6]
        if start > end:
            continue
        if start > first or end < last:  # a partial month: count its days
            days = (date.fromisoformat(min(end, last))
                    - date.fromisoformat(max(start, first))).days + 1
            if days < need_days:
                continue
        for programme in _MASK_PROGRAMMES[mask]:
            billed[programme] = row[1]
    return billed


def _disjoint(masks: list[int]) -> bool:
    seen = 0
    for mask in masks:
        if seen & mask:
            return False
        seen |= mask
    return True


_MASKS = {(a, b, c): a | b << 1 | c << 2 for a in (0, 1) for b in (0, 1) for c in (0, 1)}
_MASK_PROGRAMMES = {mask: tuple(p for i, p in enumerate(PROGRAMMES) if mask >> i & 1)
                    for mask in range(8)}


def _rate_or_none(rates: Rates, programme: str, month: int) -> int | None:
    try:
        return rate_in(rates, programme, month)
    except RuleViolationError:
        return None


def _priced(per_programme: dict[str, int | None], programme: str, month: int) -> int:
    amount = per_programme[programme]
    if amount is None:  # billed without a tariff: refuse rather than bill zero
        raise RuleViolationError("tariff.missing", programme=programme,
                                 month=month_text(month))
    return amount


def _last_day(month: int) -> str:
    return month_end(month).isoformat()


# --- a year's budget view -------------------------------------------------------------------


def year_money(quotas: list[MoneyQuota], used: dict[str, int], money: dict[str, QuotaMoney],
               allocations: list[Allocation], payments: list[Payment],
               reconciliations: list[RecordedReconciliation], year: int, on: date) -> YearMoney:
    """The year's figures by programme bundle (never summed across bundles or years), its
    pagu, payments, and per month: billed vs reconciled vs paid, with arrears flagged.
    `used`: the seats taken, by quota code."""
    mine = [q for q in quotas if q["year"] == year]
    bundles: dict[str, Bundle] = {}
    for quota in mine:
        key = "+".join(quota["programmes"])
        entry = bundles.setdefault(key, Bundle(
            programmes=list(quota["programmes"]), seats=0, used=0, quotas=[], seat_months=0,
            need=0, member_months=0, cost=0, committed=0))
        entry["quotas"].append(quota["quota"])
        entry["seats"] += int(quota["seats"])
        entry["used"] += used.get(quota["quota"], 0)
        figures = money[quota["quota"]]
        entry["seat_months"] = _add_known(entry["seat_months"], figures["seat_months"])
        entry["need"] = _add_known(entry["need"], figures["need"])
        entry["member_months"] = _add_known(entry["member_months"], figures["member_months"])
        entry["cost"] = _add_known(entry["cost"], figures["cost"])
        entry["committed"] = _add_known(entry["committed"], figures["committed"])
    allocated = [a for a in allocations if int(a["year"]) == year]
    paid = [p for p in payments if int(p["year"]) == year]
    listed = [bundles[k] for k in sorted(bundles)]
    return YearMoney(
        year=year, bundles=listed,
        pagu=sum(int(a["amount"]) for a in allocated) if allocated else None,
        paid=sum(int(p["amount"]) for p in paid),
        need=_sum_known(b["need"] for b in listed),
        cost=_sum_known(b["cost"] for b in listed),
        committed=_sum_known(b["committed"] for b in listed),
        months=_year_months(year, money, paid, reconciliations, on),
    )


def _add_known(total: int | None, value: int | None) -> int | None:
    """A sum that stays unknown (None) once one of its terms is."""
    return None if total is None or value is None else total + value


def _sum_known(values: Iterable[int | None]) -> int | None:
    found = list(values)
    return None if any(v is None for v in found) else sum(v for v in found if v is not None)


def _year_months(year: int, money: dict[str, QuotaMoney], payments: list[Payment],
                 reconciliations: list[RecordedReconciliation], on: date) -> list[YearMonth]:
    billed: dict[str, int] = {}
    for figures in money.values():
        for figure in figures["months"]:
            if figure["month"].startswith(f"{year}-"):
                billed[figure["month"]] = billed.get(figure["month"], 0) + figure["amount"]
    paid: dict[str, int] = {}
    references: dict[str, list[str]] = {}
    for payment in payments:
        covered = list(payment.get("months") or [])
        for index, month in enumerate(covered):
            share, rest = divmod(int(payment["amount"]), len(covered))
            paid[month] = paid.get(month, 0) + share + (rest if index == 0 else 0)
            references.setdefault(month, []).append(str(payment["reference"]))
    checked = {r["month"]: r for r in sorted(reconciliations, key=lambda r: r["recorded_at"])}
    rows = []
    for number in range(1, 13):
        month = f"{year}-{number:02d}"
        index = year * 12 + number - 1
        amount = billed.get(month, 0)
        last = checked.get(month)
        rows.append(YearMonth(
            month=month, billed=amount,
            reconciled=last is not None,
            invoice_amount=int(last["invoice_amount"]) if last else None,
            paid=paid.get(month, 0), references=references.get(month, []),
            due=due_date(index).isoformat(),
            arrears=amount > 0 and month not in paid and on > due_date(index),
        ))
    return rows
