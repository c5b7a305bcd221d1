"""`SqlReadModels`: the `projections.api.ReadModels` queries over the read-model tables.

Used for the live read models and for replays "as of" a recorded time alike. Values that
depend on the day asked about (membership status, agreement status, days left) are
computed at query time from dated rows, so they are right on any day without new events.

Extensions to the contract: `audit_options()`, `tariffs()`, `position_time()`;
`membership_row` and page rows also carry `worker_id`, `decile_as_of`, `disability`,
`dukcapil_checked_on`, `kpj`, `registered_at` and `enrolments`; `coverage_series` rows
with programme `"ALL"` count workers covered by any programme.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import orjson

from domain.benefits import BenefitRules, overdue_after, waiting_for, with_defaults
from domain.duplicates import Candidate, DuplicateGroup, duplicate_groups
from domain.errors import RuleViolationError
from domain.model.common import PROGRAMMES
from domain.model.kebijakan_rules import BpjsCoverage, HeadOfOffice, Payment, Regulation, Target
from domain.model.kuota_rules import ListedChange, PendingChange, StoredChange
from domain.model.perjanjian_rules import agreement_status, days_left
from domain.model.peserta_rules import EnrolmentRecord
from domain.model.tarif_rules import Rate, monthly_cost, months_between
from domain.money import parse_month
from domain.values import WITA, as_timestamp
from domain.worklist import WorklistRow
from projections import coverage, money
from projections.api import (
    AgreementRow,
    AuditRow,
    Bill,
    BillSummary,
    ClaimRow,
    ClaimsSummary,
    CoverageCount,
    CoveragePoint,
    FilterOptions,
    MemberRow,
    MembershipFilter,
    Page,
    PolicyFacts,
    ProgrammeClaims,
    QuotaMoney,
    QuotaRow,
    RecordedReconciliation,
    Stats,
    StatsAgreement,
    StatsClaims,
    StatsQuota,
    TariffRow,
    Workforce,
    YearMoney,
    group_value,
)
from projections.audit_texts import unpack
from projections.handlers import name_key, recorded_at
from projections.membership import find_member, membership_page
from projections.personal import PersonalCodec, place
from projections.rows import AUDIT_COLUMNS
from projections.sqlstore import Database

COVERAGE_KEYS = coverage.GROUP_COLUMNS


@dataclass(frozen=True)
class AuditPart:
    """Audit lines in `database` at positions in (`after`, `through`] (None: unbounded);
    `lent`: another database's (the live read models'), not the one queried otherwise."""

    database: Database
    after: int | None = None
    through: int | None = None
    lent: bool = False

    def bounds(self) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.after is not None:
            clauses.append("position > ?")
            params.append(self.after)
        if self.through is not None:
            clauses.append("position <= ?")
            params.append(self.through)
        return clauses, params


class SqlReadModels:
    """Queries over one read-model database. `head` reads the store's log head."""

    def __init__(self, database: Database, head: Callable[[], int],
                 calendar: Callable[[], date]) -> None:
        self.database = database
        self._head = head
        self._calendar = calendar

    def position(self) -> int:
        return int(self.database.scalar("SELECT MIN(position) FROM rm_tracking") or 0)

    def head(self) -> int:
        return self._head()

    def today(self) -> date:
        return self._calendar()

    # --- keanggotaan ----------------------------------------------------------------------

    def membership_page(self, flt: MembershipFilter, sort: str = "name",
                        descending: bool = False, offset: int = 0, limit: int = 100,
                        on: date | None = None) -> Page[MemberRow]:
        return membership_page(self.database, flt, sort, descending, offset, limit,
                               on or self.today())

    def membership_row(self, nik: str, on: date | None = None) -> MemberRow | None:
        return find_member(self.database, nik, on or self.today())

    def family_niks(self, kk: str) -> list[str]:
        """The NIKs of the registered workers recorded with family card `kk`, in NIK
        order (a DTSEN decile given by KK alone is recorded for each of them)."""
        if not kk:
            return []
        codec = self.database.codec
        if codec is not None:
            return sorted(str(codec.open(place("rm_member", "nik", worker), nik))
                          for worker, nik in self.database.query(
                              "SELECT worker_id, nik FROM rm_member WHERE kk_hash = ?",
                              (codec.lookup(kk),)))
        return [str(row[0]) for row in self.database.query(
            "SELECT nik FROM rm_member WHERE kk = ? ORDER BY nik", (kk,))]

    def filter_options(self) -> FilterOptions:
        def distinct(column: str) -> list[Any]:
            return [r[0] for r in self.database.query(
                f"SELECT DISTINCT {column} FROM rm_member WHERE {column} IS NOT NULL "
                f"ORDER BY {column}")]

        kelurahan: dict[str, list[str]] = {}
        for kecamatan, name in self.database.query(
                "SELECT DISTINCT kecamatan, kelurahan FROM rm_member ORDER BY 1, 2"):
            kelurahan.setdefault(kecamatan, []).append(name)
        return FilterOptions(
            kecamatan=distinct("kecamatan"), kelurahan=[kelurahan],
            occupation=distinct("occupation"), segment=distinct("segment"),
            decile=distinct("decile"), sex=distinct("sex"),
            quota=[r[0] for r in self.database.query("SELECT code FROM rm_quota ORDER BY code")],
            programme=list(PROGRAMMES),
        )

    # --- kuota ----------------------------------------------------------------------------

    def tariffs(self) -> list[TariffRow]:
        return [
            TariffRow(programme=p, effective_from=d, monthly_amount=int(a), basis=b)
            for p, d, a, b in self.database.query(
                "SELECT programme, effective_from, monthly_amount, basis FROM rm_tariff "
                "ORDER BY programme, effective_from")
        ]

    def quotas(self, on: date | None = None) -> list[QuotaRow]:
        """Each quota with its money (`projections.money`): seat_months, need,
        member_months, cost (months up to `on`'s, default today's) and committed."""
        rates = self.rates()
        rows = self.database.query(
            "SELECT code, year, programmes, label, basis, seats, used, period_start, period_end, "
            "changes, retroactive, opening, opened_by FROM rm_quota ORDER BY code")
        figures = self.quota_money(on)
        return [_quota_row(record, rates, figures[str(record[0])]) for record in rows]

    def rates(self) -> list[Rate]:
        """The tariffs with their dates as dates (`domain.model.tarif_rules.rate_on`'s)."""
        return [Rate(programme=t["programme"],
                     effective_from=date.fromisoformat(t["effective_from"]),
                     monthly_amount=t["monthly_amount"], basis=t["basis"])
                for t in self.tariffs()]

    # --- money (issue 17) -----------------------------------------------------------------

    def quota_money(self, on: date | None = None) -> dict[str, QuotaMoney]:
        """THE need/cost figures of every quota, by code: seat_months, need (seat-months x
        tariff), member_months and cost (up to the month of `on`, default today),
        committed (to the end of every enrolment's coverage), and `months`: per month
        {month, seats, need, members, amount}. Every screen and report reads these."""
        day = on or self.today()
        # The dashboard asks for it twice per refresh (quotas and the year's money): one
        # computation per position of the read models and day asked about.
        key = (self.position(), day)
        cached = getattr(self, "_quota_money", None)
        if cached is not None and cached[0] == key:
            return dict(cached[1])
        found = money.quota_money(self.database, self.tariffs(),
                                  money.quota_rows(self.database), day)
        self._quota_money = (key, found)
        return dict(found)

    def money_year(self, year: int, on: date | None = None) -> YearMoney:
        """One year's money: by programme bundle (seats, used, seat_months, need,
        member_months, cost, committed), the pagu (None: not recorded), what was paid,
        and per month billed / reconciled / paid / arrears."""
        day = on or self.today()
        quotas = money.quota_rows(self.database)
        used = {r[0]: int(r[1]) for r in self.database.query("SELECT code, used FROM rm_quota")}
        policy = self.policy_facts()
        return money.year_money(quotas, used, self.quota_money(day), policy["allocations"],
                                policy["payments"], self.reconciliations(), year, day)

    def money_years(self) -> list[int]:
        """The years that have a quota, ascending."""
        return [int(r[0]) for r in self.database.query(
            "SELECT DISTINCT year FROM rm_quota ORDER BY year")]

    def bill(self, month: str, members: dict[str, tuple[Any, ...]] | None = None
             ) -> Bill:
        """Who is billed for `month` (`YYYY-MM`), for which programmes and how much
        (`members`: `projections.money.members_of` rows, when already read)."""
        return money.bill(self.database, self.tariffs(), parse_month(month), members)

    def bill_summary(self, month: str) -> BillSummary:
        """`bill(month).summary()`, counted by the database where the rule allows."""
        return money.bill_summary(self.database, self.tariffs(), parse_month(month))

    def reconciliations(self, month: str | None = None) -> list[RecordedReconciliation]:
        """Recorded reconciliations of BPJS invoices, oldest first."""
        found: list[RecordedReconciliation] = [json.loads(body) for (body,) in self.database.query(
            "SELECT body FROM rm_policy WHERE kind = 'reconciliation' ORDER BY key")]
        found.sort(key=lambda r: r["recorded_at"])
        return [r for r in found if month is None or r["month"] == month]

    # --- klaim ----------------------------------------------------------------------------

    def claims(self, state: str | None = None, programme: str | None = None,
               since: date | None = None, until: date | None = None,
               search: str = "", on: date | None = None) -> list[ClaimRow]:
        """Claims with their follow-up on `on` (default today): days open, the step each
        waits for, whether it is overdue. `search` matches a claim code, a NIK or a name."""
        where, params = _claim_where(since, until)
        if state:
            where += " AND c.state = ?"
            params.append(state)
        if programme:
            where += " AND c.programme = ?"
            params.append(programme.upper())
        codec = self.database.codec
        if search.strip() and codec is None:
            where, params = _claim_search(where, params, search)
        rows = self.database.query(
            f"SELECT {CLAIM_SELECT}, c.aggregate_id, c.worker_id FROM rm_claim c "
            f"LEFT JOIN rm_member m ON m.worker_id = c.worker_id{where} "
            "ORDER BY c.incident_date DESC, c.code", params)
        if codec is not None:
            rows = [_opened_claim(codec, r) for r in rows]
            if search.strip():
                rows = [r for r in rows if _claim_found(r, search)]
        day = on or self.today()
        rules = self.benefit_rules()
        return [_claim_row(record[:-2], rules, day) for record in rows]

    def benefit_rules(self) -> BenefitRules:
        """The benefit and follow-up figures recorded (the shipped ones before any)."""
        rows = self.database.query(
            "SELECT programme, component, effective_from, kind, value, basis, status "
            "FROM rm_benefit_rule")
        return BenefitRules(with_defaults([
            {"programme": p, "component": c, "effective_from": date.fromisoformat(f),
             "kind": k, "value": int(v), "basis": b, "status": st}
            for p, c, f, k, v, b, st in rows]))

    def overdue_claims(self, on: date | None = None) -> list[ClaimRow]:
        """Open claims waiting longer than their step allows (the dashboard's attention)."""
        return [c for c in self.claims(on=on) if c["overdue"]]

    def claims_summary(self, since: date | None = None,
                       until: date | None = None) -> ClaimsSummary:
        claims = self.claims(since=since, until=until)
        by_state: dict[str, int] = {}
        by_month: dict[str, int] = {}
        by_kecamatan: dict[str, int] = {}
        by_programme: dict[str, ProgrammeClaims] = {}
        by_component: dict[str, int] = {}
        for claim in claims:
            _count(by_state, claim["state"])
            _count(by_month, claim["incident_date"][:7])
            _count(by_kecamatan, claim["kecamatan"] or "-")
            entry = by_programme.setdefault(claim["programme"], ProgrammeClaims(
                count=0, paid_count=0, amount_paid=0))
            entry["count"] += 1
            if claim["state"] == "dibayar":
                entry["paid_count"] += 1
                entry["amount_paid"] += claim["amount_paid"]
                for component, amount in paid_components(claim).items():
                    by_component[component] = by_component.get(component, 0) + amount
        return ClaimsSummary(
            count=len(claims), by_state=dict(sorted(by_state.items())),
            by_programme=dict(sorted(by_programme.items())),
            by_month=dict(sorted(by_month.items())),
            by_kecamatan=dict(sorted(by_kecamatan.items())),
            amount_paid=sum(c["amount_paid"] for c in claims if c["state"] == "dibayar"),
            paid_by_component=dict(sorted(by_component.items())),
            overdue=sum(1 for c in claims if c["overdue"]))

    def agreements(self, on: date, window_days: int = 90) -> list[AgreementRow]:
        rows = self.database.query(
            "SELECT number, kind, subject, parties, signed_on, valid_from, valid_to, programmes, "
            "quotas, parent, renewals, renewal_proposed_to, terminated_on FROM rm_agreement "
            "ORDER BY valid_from, number")
        return mark_replaced([_agreement_row(record, on, window_days) for record in rows], on)

    # --- cakupan --------------------------------------------------------------------------

    def coverage_series(self, year: int | None = None,
                        by: str | None = None) -> list[CoveragePoint]:
        # Read off the incrementally kept bounds (projections.coverage): one scan of a
        # table that grows with the distinct (day, group) pairs, not with the workers.
        return coverage.series(self.database, year or self.today().year,
                               by if by in COVERAGE_KEYS else None)

    def coverage_counts(self, since: date, until: date,
                        by: tuple[str, ...] = ()) -> list[CoverageCount]:
        """Workers covered on at least one day of [since, until], grouped by the member
        columns `by` (names of COVERAGE_KEYS): rows {column: value, ..., "workers",
        "JKK", "JKM", "JHT"}; a programme counts a worker once if one of the enrolments
        covering a day of the span has it. `stats` is this on one day."""
        unknown = [name for name in by if name not in COVERAGE_KEYS]
        if unknown:
            raise KeyError(unknown[0])  # as the query-time version did
        return coverage.counts(self.database, since, until, by)

    # --- jejak audit ----------------------------------------------------------------------

    def audit_trail(self, actor: str | None = None, event_type: str | None = None,
                    since: datetime | None = None, until: datetime | None = None,
                    nik: str | None = None, offset: int = 0, limit: int = 200
                    ) -> Page[AuditRow]:
        total, rows = 0, []
        skip, want = max(0, offset), max(0, limit)
        unfiltered = not (actor or event_type or since or until or nik)
        for part in self.audit_parts():  # the newest lines first
            where, params = self._audit_where(part, actor, event_type, since, until, nik)
            if unfiltered and part.lent and part.after is None and part.through is not None:
                # The live read models' lines 1..through: one per event (`projections.
                # checkpoints`), so no count over them (60-200 ms at 500,000 lines).
                count = part.through
            else:
                count = int(part.database.scalar(f"SELECT COUNT(*) FROM rm_audit{where}",
                                                 params) or 0)
            total += count
            if want and skip < count:
                found = part.database.query(
                    f"SELECT {', '.join(AUDIT_COLUMNS)} FROM rm_audit{where} "
                    f"ORDER BY position DESC LIMIT ? OFFSET ?", [*params, want, skip])
                codec = part.database.codec
                if codec is not None:
                    found = [codec.open_row("rm_audit", AUDIT_COLUMNS, r, str(r[0]))
                             for r in found]
                rows += found
                want -= len(found)
            skip = max(0, skip - count)
        return Page(total, [_audit_row(record) for record in rows])

    def audit_parts(self) -> list[AuditPart]:
        """Where the audit trail's lines are, the newest first: here, all in this database.
        The as-of read models made from a checkpoint take its older lines from the live
        read models (`projections.replay`)."""
        return [AuditPart(self.database)]

    def _audit_where(self, part: AuditPart, actor: str | None, event_type: str | None,
                     since: datetime | None, until: datetime | None, nik: str | None,
                     ) -> tuple[str, list[Any]]:
        clauses, params = part.bounds()
        if actor:
            clauses.append("actor = ?")
            params.append(actor)
        if event_type:
            if "." in event_type:
                clauses.append("event_type = ?")
                params.append(event_type)
            else:
                # An aggregate ("Kuota") or an event's own name ("Registered"); ASCII case
                # ignored as SQLite's LIKE does, where lines of PostgreSQL answer as-of ones.
                like = "ILIKE" if part.lent and part.database.dialect == "postgresql" else "LIKE"
                clauses.append(f"(event_type {like} ? OR event_type {like} ?)")
                params += [f"{event_type}.%", f"%.{event_type}"]
        if since:
            clauses.append("recorded_at >= ?")
            params.append(recorded_at(as_timestamp(since)))
        if until:
            clauses.append("recorded_at <= ?")
            params.append(recorded_at(as_timestamp(until)))
        if nik:
            # Sealed: the keyed hashes of the NIK (`projections.personal`).
            column, value = _nik_column(part.database.codec, nik)
            if part.lent:
                # The workers who have that NIK in *these* read models, not in the lender's.
                mine, mine_value = _nik_column(self.database.codec, nik)
                workers = [str(w) for (w,) in self.database.query(
                    f"SELECT worker_id FROM rm_member WHERE {mine} = ?", [mine_value])]
                marks = ", ".join("?" for _ in workers)
                clauses.append(f"({column} = ? OR worker_id IN ({marks}))" if workers
                               else f"{column} = ?")
                params += [value, *workers]
            else:
                clauses.append(f"({column} = ? OR worker_id IN (SELECT worker_id FROM "
                               f"rm_member WHERE {column} = ?))")
                params += [value, value]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def audit_options(self) -> dict[str, list[str]]:
        """Actors and event types present in the audit trail (for filter drop-downs)."""
        parts = self.audit_parts()
        found: dict[str, list[str]] = {}
        for column in ("actor", "event_type"):
            if len(parts) == 1 and not parts[0].lent:
                found[column] = [r[0] for r in self.database.query(
                    f"SELECT DISTINCT {column} FROM rm_audit ORDER BY {column}")]
                continue
            values: set[str] = set()
            for part in parts:
                clauses, params = part.bounds()
                where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
                values.update(str(r[0]) for r in part.database.query(
                    f"SELECT DISTINCT {column} FROM rm_audit{where}", params))
            # Code-point order: SQLite's (BINARY, over UTF-8) for a replay's single table.
            found[column] = sorted(values)
        return found

    # --- kebijakan ------------------------------------------------------------------------

    def policy_facts(self) -> PolicyFacts:
        """The store's identity and the dossier's policy facts (see `projections.api`)."""
        # Each kind's bodies as `projections.handlers` wrote them (JSON of that shape).
        found: dict[str, list[Any]] = {}
        for kind, _key, body in self.database.query(
                "SELECT kind, key, body FROM rm_policy ORDER BY kind, key"):
            found.setdefault(str(kind), []).append(json.loads(body))
        store: dict[str, str] = next(iter(found.get("store", [])), {})
        regulations: list[Regulation] = found.get("regulation", [])
        payments: list[Payment] = found.get("payment", [])
        workforce: list[Workforce] = found.get("workforce", [])
        pbpu: list[Workforce] = found.get("pbpu", [])
        heads: list[HeadOfOffice] = found.get("head", [])
        return PolicyFacts(
            office=store.get("office", ""), city=store.get("city", ""),
            regulations=sorted(regulations, key=lambda r: (r["issued_on"], r["kind"],
                                                           r["number"])),
            allocations=found.get("allocation", []),
            payments=sorted(payments, key=lambda p: (p["paid_on"], p["reference"])),
            workforce=sorted(workforce, key=lambda w: int(w["year"])),
            targets=[_target(t) for t in sorted(found.get("target", []),
                                                key=lambda t: int(t["year"]))],
            head_of_office=(HeadOfOffice(rank=heads[0].get("rank", ""), name=heads[0]["name"],
                                         nip=heads[0]["nip"], title=heads[0]["title"])
                            if heads else None),
            bpjs_coverage=[_bpjs_coverage(c) for c in sorted(found.get("bpjs_coverage", []),
                                                             key=lambda c: int(c["year"]))],
            pbpu=sorted(pbpu, key=lambda p: int(p["year"])),
            letterhead=next(iter(found.get("letterhead", [])), None),
            emblem=next(iter(found.get("emblem", [])), None),
        )

    def position_time(self) -> datetime | None:
        """When the last event the read models include was recorded (None: no events)."""
        found = self.database.scalar(
            "SELECT recorded_at FROM rm_audit WHERE position = "
            "(SELECT MAX(position) FROM rm_audit WHERE position <= ?)", [self.position()])
        return as_timestamp(str(found)) if found else None

    # --- stats ----------------------------------------------------------------------------

    def stats(self, on: date | None = None) -> Stats:
        day = on or self.today()
        groups = self.coverage_counts(day, day, ("kecamatan", "segment", "sex"))
        quotas = self.quotas(day)
        claims = self.claims_summary()
        return Stats(
            on=day.isoformat(),
            active_members=sum(g["workers"] for g in groups),
            by_programme={"JKK": sum(g["JKK"] for g in groups),
                          "JKM": sum(g["JKM"] for g in groups),
                          "JHT": sum(g["JHT"] for g in groups)},
            by_kecamatan=_summed(groups, "kecamatan"),
            by_segment=_summed(groups, "segment"),
            by_sex=_summed(groups, "sex"),
            registered_workers=int(self.database.scalar("SELECT COUNT(*) FROM rm_member")
                                   or 0),
            quotas=[StatsQuota(
                quota=q["quota"], year=q["year"], programmes=q["programmes"], seats=q["seats"],
                used=q["used"], free=q["free"], retroactive=q["retroactive"],
                confirmed=q["confirmed"], seat_months=q["seat_months"], need=q["need"],
                member_months=q["member_months"], cost=q["cost"], committed=q["committed"])
                for q in quotas],
            retroactive_enrolments=sum(q["retroactive"] for q in quotas),
            claims=StatsClaims(count=claims["count"], by_state=claims["by_state"],
                               amount_paid=claims["amount_paid"]),
            mous=[StatsAgreement(number=a["number"], kind=a["kind"], status=a["status"],
                                 days_left=a["days_left"], valid_to=a["valid_to"])
                  for a in self.agreements(day)],
            position=self.position(),
        )

    # --- worklist (issue 16) ------------------------------------------------------------

    def candidates(self) -> list[WorklistRow]:
        """Every living registered worker with what the eligibility rules and a worklist
        need (enrolments as recorded), in registration order."""
        rows = self.database.query(
            "SELECT worker_id, nik, name, birth_date, kecamatan, kelurahan, occupation, "
            "decile, dukcapil, registered_at, enrolments FROM rm_member "
            "WHERE died_on IS NULL ORDER BY registered_at, worker_id")
        names = ("worker_id", "nik", "name", "birth_date", "kecamatan", "kelurahan",
                 "occupation", "decile", "dukcapil", "registered_at")
        loads = orjson.loads  # the C parser: ~80,000 members' enrolments per worklist
        codec = self.database.codec
        if codec is not None:
            rows = [codec.open_row("rm_member", (*names, "enrolments"), r, str(r[0]))
                    for r in rows]
        return [_candidate(record, loads(record[10])) for record in rows]

    def possible_duplicates(self) -> list[DuplicateGroup]:
        """Groups of records that may be one person (`domain.duplicates`): {"niks",
        "names", "birth_date", "kecamatan", "kelurahan", "reason"}, undecided ones only."""
        # Only records sharing a birth date and kelurahan with another can be in a group;
        # the database narrows to those, the names are compared in Python.
        if self.database.codec is not None:
            records = self._sealed_duplicate_records()
        else:
            records = self.database.query(
                "SELECT m.worker_id, m.nik, m.name, m.birth_date, m.kecamatan, m.kelurahan "
                "FROM rm_member m JOIN (SELECT birth_date, kecamatan, kelurahan FROM rm_member "
                "GROUP BY birth_date, kecamatan, kelurahan HAVING COUNT(*) > 1) g "
                "ON m.birth_date = g.birth_date AND m.kecamatan = g.kecamatan "
                "AND m.kelurahan = g.kelurahan")
        decisions = {(w, o): d for w, o, d in self.database.query(
            "SELECT worker_id, other_id, decision FROM rm_duplicate_review")}
        return duplicate_groups((Candidate(*r) for r in records), decisions)

    def _sealed_duplicate_records(self) -> list[tuple[Any, ...]]:
        """As the SQL above, where birth dates are sealed: every member opened and grouped
        here (one pass over the table)."""
        codec = self.database.codec
        assert codec is not None
        columns = ("worker_id", "nik", "name", "birth_date", "kecamatan", "kelurahan")
        groups: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
        for record in self.database.query(f"SELECT {', '.join(columns)} FROM rm_member"):
            opened = codec.open_row("rm_member", columns, record, str(record[0]))
            groups.setdefault(opened[3:], []).append(opened)
        return [r for group in groups.values() if len(group) > 1 for r in group]

    def close(self) -> None:
        self.database.close()


# --- row builders -------------------------------------------------------------------------


def _candidate(record: tuple[Any, ...], enrolments: list[EnrolmentRecord]) -> WorklistRow:
    (worker_id, nik, name, birth_date, kecamatan, kelurahan, occupation, decile, dukcapil,
     registered_at) = record[:10]
    return WorklistRow(worker_id=worker_id, nik=nik, name=name, birth_date=birth_date,
                       kecamatan=kecamatan, kelurahan=kelurahan, occupation=occupation,
                       decile=decile, dukcapil=dukcapil, registered_at=registered_at,
                       enrolments=enrolments)


def _summed(groups: list[CoverageCount], column: str) -> dict[str, int]:
    """Workers per value of `column`, by value (the groups are finer: summing is exact)."""
    totals: dict[str, int] = {}
    for group in groups:
        key = str(group_value(group, column))
        totals[key] = totals.get(key, 0) + group["workers"]
    return dict(sorted(totals.items()))


def _target(stored: Any) -> Target:
    """A recorded coverage target (JSON: year, percent_hundredths, source) with its
    percent."""
    return Target(year=stored["year"], percent_hundredths=stored["percent_hundredths"],
                  source=stored["source"], percent=int(stored["percent_hundredths"]) / 100)


def _bpjs_coverage(stored: Any) -> BpjsCoverage:
    """BPJS's recorded coverage of a year (JSON: year, percent_hundredths, covered,
    source) with its percent."""
    return BpjsCoverage(year=stored["year"], percent_hundredths=stored["percent_hundredths"],
                        covered=stored["covered"], source=stored["source"],
                        percent=int(stored["percent_hundredths"]) / 100)


def _count(bucket: dict[str, int], key: str) -> None:
    bucket[key] = bucket.get(key, 0) + 1


def mark_replaced(agreements: list[AgreementRow], on: date) -> list[AgreementRow]:
    """A PKS (or MoU) that ended while a successor of the same kind under the same parent
    was already in force on `on` is "diganti" (replaced), not expired: the dashboard, the
    MoU page and the reports all read it so."""
    out = []
    for agreement in agreements:
        successor = next((
            other["number"] for other in agreements
            if other is not agreement and other["kind"] == agreement["kind"]
            and other.get("parent") == agreement.get("parent")
            and other["valid_from"] > agreement["valid_from"]
            and other["valid_from"] <= on.isoformat()), None)
        if successor and agreement["status"] in ("kedaluwarsa", "perlu_diperpanjang") and \
                agreement["valid_to"] < on.isoformat():
            agreement = agreement.copy()
            agreement["status"], agreement["replaced_by"] = "diganti", successor
        out.append(agreement)
    return out


def _quota_row(record: tuple[Any, ...], rates: list[Rate], figures: QuotaMoney) -> QuotaRow:
    (code, year, programmes, label, basis, seats, used, start, end, changes, retro, opening,
     opened_by) = record
    programmes = json.loads(programmes)
    stored: dict[str, StoredChange] = json.loads(changes)
    months = months_between(date.fromisoformat(start), date.fromisoformat(end))
    try:
        per_seat = [monthly_cost(rates, programmes, month) for month in months]
    except RuleViolationError:  # a programme without a tariff yet: cost unknown, not zero
        per_seat = []
    listed = [_listed(k, v) for k, v in stored.items()]
    return QuotaRow(
        quota=code, year=int(year), programmes=programmes, label=label,
        basis=basis, seats=int(seats), used=int(used), free=int(seats) - int(used),
        pending_changes=[PendingChange(change=c["change"], delta=c["delta"], reason=c["reason"],
                                       proposed_by=c["proposed_by"], effective=c["effective"])
                         for c in listed if c["state"] == "diusulkan"],
        # Each month's price of one seat (rupiah; empty while a programme has no tariff):
        # what a pending change would cost from the month it takes effect.
        per_seat_by_month=({f"{m:%Y-%m}": cost for m, cost in zip(months, per_seat,
                                                                    strict=True)}
                           if per_seat else {}),
        approved_changes=[c for c in listed if c["state"] == "disetujui"],
        refused_changes=[c for c in listed if c["state"] == "ditolak"],
        monthly_cost_per_seat=per_seat[0] if per_seat else None,
        monthly_cost=int(seats) * per_seat[0] if per_seat else None,
        yearly_cost=int(seats) * sum(per_seat) if per_seat else None,
        period_start=start, period_end=end, retroactive=int(retro),
        # A second person for every seat (issue 23): not confirmed while it waits or after
        # a refusal (`opening` says which).
        confirmed=opening == "dikonfirmasi", opening=opening, opened_by=opened_by,
        seat_months=figures["seat_months"], need=figures["need"],
        member_months=figures["member_months"], cost=figures["cost"],
        committed=figures["committed"],
    )


def _listed(change: str, stored: StoredChange) -> ListedChange:
    """A stored change with its code first (the order the console prints)."""
    return ListedChange(change=change, delta=stored["delta"], reason=stored["reason"],
                        proposed_by=stored["proposed_by"], state=stored["state"],
                        decided_by=stored["decided_by"], effective=stored["effective"])


def _claim_where(since: date | None, until: date | None) -> tuple[str, list[Any]]:
    where, params = " WHERE 1 = 1", []
    if since:
        where += " AND c.incident_date >= ?"
        params.append(since.isoformat())
    if until:
        where += " AND c.incident_date <= ?"
        params.append(until.isoformat())
    return where, params


CLAIM_SELECT = (
    "c.code, c.nik, m.name, m.kecamatan, c.programme, c.incident_date, c.state, "
    "c.documents, c.reported_at, c.submitted_on, c.bpjs_reference, c.amount_paid, "
    "c.paid_on, c.rejected_on, c.rejection_reason, c.outcome, c.benefits, "
    "c.proposed_amount, c.masa_iur, c.heir, c.state_since")


def _claim_search(where: str, params: list[Any], search: str) -> tuple[str, list[Any]]:
    """A claim code, a NIK (or its start), or words of the member's name."""
    text = " ".join(search.split())
    words = [w for w in name_key(text).split() if w]
    clauses = ["UPPER(c.code) LIKE ?", "c.nik LIKE ?"]
    values: list[Any] = [f"%{text.upper()}%", f"%{text}%"]
    if words:
        clauses.append("(" + " AND ".join("m.name_key LIKE ?" for _ in words) + ")")
        values += [f"%{w}%" for w in words]
    return f"{where} AND ({' OR '.join(clauses)})", [*params, *values]


def _opened_claim(codec: PersonalCodec, record: tuple[Any, ...]) -> tuple[Any, ...]:
    """A claim record (`CLAIM_SELECT`, aggregate id, worker id) with its NIK, its member's
    name and its heir opened."""
    claim, worker = str(record[-2]), str(record[-1])
    opened = list(record)
    opened[1] = codec.open(place("rm_claim", "nik", claim), record[1])
    opened[2] = codec.open(place("rm_member", "name", worker), record[2])
    opened[19] = codec.open(place("rm_claim", "heir", claim), record[19])
    return tuple(opened)


def _claim_found(record: tuple[Any, ...], search: str) -> bool:
    """`_claim_search` on an opened record: the code, a part of the NIK, or every word of
    the search in the member's name."""
    text = " ".join(search.split())
    words = [w for w in name_key(text).split() if w]
    key = name_key(str(record[2] or ""))
    return (text.upper() in str(record[0]).upper() or text in str(record[1])
            or (bool(words) and all(w in key for w in words)))


def _claim_row(record: tuple[Any, ...], rules: BenefitRules, on: date) -> ClaimRow:
    (code, nik, name, kecamatan, programme, incident, state, documents, reported_at,
     submitted_on, reference, amount, paid_on, rejected_on, rejection_reason, outcome,
     benefits, proposed, masa_iur, heir, state_since) = record
    documents = json.loads(documents)
    reported_on = _wita_day(reported_at)
    since = _wita_day(state_since)
    step = waiting_for(state)
    limit = overdue_after(rules, state, on)
    return ClaimRow(
        claim=code, nik=nik, name=name, kecamatan=kecamatan,
        programme=programme, incident_date=incident, state=state,
        documents=documents, missing_documents=[d for d, ok in documents.items() if not ok],
        reported_at=reported_at, submitted_on=submitted_on, bpjs_reference=reference,
        amount_paid=int(amount), paid_on=paid_on, rejected_on=rejected_on,
        rejection_reason=rejection_reason, outcome=outcome,
        benefits=json.loads(benefits),
        proposed_amount=None if proposed is None else int(proposed),
        masa_iur_months=None if masa_iur is None else int(masa_iur),
        heir=json.loads(heir),
        reported_on=reported_on.isoformat(),
        days_open=(on - reported_on).days if step else None,
        waiting_for=step, state_since=since.isoformat(),
        days_in_state=(on - since).days,
        overdue=limit is not None and (on - since).days > limit,
    )


def _wita_day(recorded: str) -> date:
    return as_timestamp(recorded).astimezone(WITA).date()


def paid_components(claim: ClaimRow) -> dict[str, int]:
    """What a paid claim paid, by component: the proposed amounts, and any difference
    between BPJS's payment and the proposal as its own line ('selisih_pembayaran')."""
    paid = {b["component"]: int(b["amount"]) for b in claim["benefits"]
            if b["amount"] is not None}
    difference = claim["amount_paid"] - sum(paid.values())
    if difference:
        paid["selisih_pembayaran"] = difference
    return paid


def _agreement_row(record: tuple[Any, ...], on: date, window_days: int) -> AgreementRow:
    (number, kind, subject, parties, signed_on, valid_from, valid_to, programmes, quotas,
     parent, renewals, proposed_to, terminated_on) = record
    ends = date.fromisoformat(valid_to)
    status = agreement_status(date.fromisoformat(valid_from), ends,
                              date.fromisoformat(terminated_on) if terminated_on else None,
                              on, window_days)
    return AgreementRow(
        number=number, kind=kind, subject=subject, parties=json.loads(parties),
        signed_on=signed_on, valid_from=valid_from, valid_to=valid_to,
        status=status, days_left=days_left(ends, on), quotas=json.loads(quotas),
        programmes=json.loads(programmes), parent=parent,
        renewals=json.loads(renewals), renewal_proposed_to=proposed_to,
        terminated_on=terminated_on,
    )


def _nik_column(codec: PersonalCodec | None, nik: str) -> tuple[str, Any]:
    """The column a NIK is looked up by, and the value: sealed, its keyed hash."""
    return ("nik", nik) if codec is None else ("nik_hash", codec.lookup(nik))


def _audit_row(record: tuple[Any, ...]) -> AuditRow:
    # The columns' order (AUDIT_COLUMNS), the time moved after them: the printed order.
    (position, recorded, actor, workstation, event_type, aggregate_id, worker_id, nik, code,
     params, reason) = record
    return AuditRow(
        position=int(position), actor=actor, workstation=workstation, event_type=event_type,
        aggregate_id=aggregate_id, worker_id=worker_id, nik=nik, code=code,
        params=unpack(str(code), params), reason=reason, time=recorded,
        aggregate_type=str(event_type).rpartition(".")[0])
