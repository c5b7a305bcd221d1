"""Opening quotas, changing their seats under maker-checker, enrolling and terminating."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypedDict

from eventsourcing.domain import Aggregate

from domain.eligibility import (
    check_eligible,
    check_not_backdated,
    default_rules,
    rules_with,
)
from domain.errors import BerjasaError, RuleViolationError, ValidationError
from domain.formatting import format_rupiah
from domain.limits import BASIS, LABEL, QUOTA_MONTHS_MAX, SEATS_MAX, limit
from domain.model.common import Stamp, normalise_programmes, require_reason
from domain.model.ids import policy_id, quota_id, tariff_schedule_id, user_id
from domain.model.kebijakan import POLICY_KEY, Kebijakan
from domain.model.kuota import Kuota
from domain.model.kuota_rules import ListedChange, QuotaChange, QuotaRulesData
from domain.model.pengguna import ADMIN, SUPERVISOR, Pengguna
from domain.model.peserta import TERMINATION_REASONS, Peserta, TerminationDetails
from domain.model.tarif import TarifIuran, monthly_cost, months_between
from domain.money import month_text, quota_need
from domain.services.authoriser import Authoriser
from domain.services.base import BerjasaApplication
from domain.services.context import ContextService
from domain.services.lifecycle import LifecycleService
from domain.services.periods import PeriodService
from domain.services.permissions import Action
from domain.services.session import Session
from domain.services.workers import WorkerService
from domain.values import as_int, as_optional_date, as_text
from domain.worklist import Worklist, WorklistQuota, WorklistRow, worklist


def listed_change(change: str, recorded: QuotaChange) -> ListedChange:
    """A change of seats as listed: its code first, the effective day as ISO text."""
    effective = recorded["effective"]
    return ListedChange(change=change, delta=recorded["delta"], reason=recorded["reason"],
                        proposed_by=recorded["proposed_by"], state=recorded["state"],
                        decided_by=recorded["decided_by"],
                        effective=effective.isoformat() if effective else None)

class NeedFigures(TypedDict):
    """A quota's seat-months and rupiah needed over its period (None: no tariff known)."""

    seat_months: int | None
    need: int | None


class QuotaView(NeedFigures):
    """A quota as the services describe it (`describe_quota`); dates in ISO text."""

    quota: str
    year: int
    programmes: list[str]
    label: str
    basis: str
    seats: int
    used: int
    free: int
    period_start: str
    period_end: str
    monthly_cost_per_seat: int | None
    yearly_cost: int | None
    changes: list[ListedChange]
    retroactive: int  # seats taken with a backdated start
    rules: QuotaRulesData
    confirmed: bool
    opening: str
    opened_by: str | None  # None: opened before openings were confirmed
    opening_decided_by: str | None


class QuotaWorklist(Worklist):
    free: int  # the quota's seats left


class QuotaChangeProposed(TypedDict):
    change: str
    quota: str
    delta: int
    effective: str | None


class QuotaChangeDecided(QuotaView):
    change: str
    state: str


class UnconfirmedQuota(TypedDict):
    quota: str
    year: int
    label: str
    seats: int
    opened_by: str | None


class Enrolled(TypedDict):
    nik: str
    quota: str
    start: str
    until: str
    free: int
    retroactive: bool
    recorded_on: str


class RefusedWorker(TypedDict):
    nik: str
    code: str  # the refusal's error code


class WorkersEnrolled(TypedDict):
    quota: str
    start: str
    enrolled: list[str]
    refused: list[RefusedWorker]
    free: int


class Terminated(TypedDict):
    nik: str
    quota: str
    end: str
    reason: str
    details: TerminationDetails
    free: int
    also_ended: list[str]


class QuotaService(ContextService):
    """Quotas (opening, seat changes under maker-checker, budgets) and enrolment into them."""

    def __init__(self, application: BerjasaApplication, authoriser: Authoriser,
                 workers: WorkerService, periods: PeriodService,
                 lifecycle: LifecycleService) -> None:
        super().__init__(application, authoriser)
        self.workers, self.periods, self.lifecycle = workers, periods, lifecycle

    def open_quota(
        self,
        session: Session,
        year: int | str,
        programmes: object,
        seats: int | str,
        basis: str = "",
        label: str = "",
        period_start: date | str | None = None,
        period_end: date | str | None = None,
        *,
        segments: object = None,
        deciles: object = None,
        priority: object = None,
        min_age: object = None,
        max_age: object = None,
    ) -> QuotaView:
        """Open a quota with its eligibility rules: the defaults of the rules file in force
        on its first day, narrowed by the options given (segments, deciles, ages) and the
        order its worklist ranks candidates in (`priority`)."""
        stamp = self.authorise(session, Action.OPEN_QUOTA)
        fiscal_year = as_int(year, "tahun")
        if not 2015 <= fiscal_year <= 2100:
            raise ValidationError("quota.year_range", value=fiscal_year)
        codes = normalise_programmes(programmes)
        count = as_int(seats, "kursi")
        if count <= 0:
            raise ValidationError("quota.seats_positive", value=count)
        check_seats(count, "kursi")
        start = as_optional_date(period_start, "awal periode") or date(fiscal_year, 1, 1)
        end = as_optional_date(period_end, "akhir periode") or date(fiscal_year, 12, 31)
        if end < start:
            raise ValidationError("quota.period_order", start=start, end=end)
        self.check_quota_period(codes, start, end)
        basis_text = as_text(basis, "dasar anggaran", limit=limit(BASIS))
        label_text = as_text(label, "nama kuota", limit=limit(LABEL))
        rules = rules_with(default_rules(start), segments=segments, deciles=deciles,
                           priority=priority, min_age=min_age, max_age=max_age)

        def attempt() -> QuotaView:
            directory = self.directory()
            code = directory.next_quota_code(fiscal_year)
            quota = Kuota(
                code=code,
                year=fiscal_year,
                programmes=codes,
                seats=count,
                basis=basis_text,
                label=label_text or f"Kuota {' + '.join(codes)}",
                period_start=start,
                period_end=end,
                stamp=stamp,
            )
            quota.set_rules(rules, stamp)
            directory.list_quota(code, stamp)
            self.check_budget(quota)
            self.save(directory, quota)
            return self.describe_quota(quota)

        return self.with_retries(attempt)

    def propose_quota_change(
        self, session: Session, quota: str, delta: int | str, reason: str,
        effective: date | str | None = None,
    ) -> QuotaChangeProposed:
        """Propose a seat change; `effective` is the day it takes effect if approved
        (default: the day of approval)."""
        stamp = self.authorise(session, Action.PROPOSE_QUOTA_CHANGE, reason)
        require_reason(stamp)
        amount = as_int(delta, "perubahan kursi")
        check_seats(abs(amount), "perubahan kursi")
        day = as_optional_date(effective, "tanggal berlaku")

        def attempt() -> QuotaChangeProposed:
            target = self.quota(quota)
            change = target.propose_change(amount, stamp, day)
            self.save(target)
            return {"change": change, "quota": target.code, "delta": amount,
                    "effective": day.isoformat() if day else None}

        return self.with_retries(attempt)

    def decide_quota_change(
        self, session: Session, change: str, approve: bool, reason: str = "",
        correction: str | None = None,
    ) -> QuotaChangeDecided:
        """Approve or refuse a proposed change of seats. An approval effective in a closed
        month needs an approved correction (`period.closed`): the money of a billed,
        reconciled and paid month does not move."""
        stamp = self.authorise(session, Action.DECIDE_QUOTA_CHANGE, reason)
        code = str(change or "").strip().upper()

        def attempt() -> QuotaChangeDecided:
            target = self.quota(code.split("/")[0])
            periods: list[Any] = []
            if approve:
                effective = target.pending_change(code).get("effective") or self.calendar()
                periods = self.periods.check_period_open(effective, correction, stamp)
                target.approve_change(code, stamp, self.calendar())
                if int(target.changes[code]["delta"]) > 0:
                    self.check_budget(target)
            else:
                target.refuse_change(code, stamp)
            self.save(target, *periods)
            return {
                "change": code,
                "state": target.changes[code]["state"],
                **self.describe_quota(target),
            }

        return self.with_retries(attempt)

    def decide_quota_opening(
        self, session: Session, quota: str, confirm: bool, reason: str = ""
    ) -> QuotaView:
        """A second supervisor or admin confirms a quota's opening (enrolment may start) or
        refuses it (a reason is required; its free seats close). The opener may not."""
        stamp = self.authorise(session, Action.DECIDE_QUOTA_CHANGE, reason)
        if not confirm:
            require_reason(stamp)

        def attempt() -> QuotaView:
            target = self.quota(quota)
            if confirm:
                target.confirm_opening(stamp)
            else:
                target.refuse_opening(stamp)
            self.save(target)
            return {"opening": target.opening, **self.describe_quota(target)}

        return self.with_retries(attempt)

    def check_quota_confirmed(self, quota: Kuota) -> None:
        """Refused `quota.unconfirmed` (naming who may confirm) until a second person
        confirmed the quota's opening."""
        if not quota.confirmed:
            quota.check_confirmed(self.approvers(excluding=quota.opened_by))

    def unconfirmed_quotas(self, session: Session) -> list[UnconfirmedQuota]:
        """Quotas whose opening waits for a second person (the supervisors' inbox)."""
        self.authorise(session, Action.READ)
        waiting: list[UnconfirmedQuota] = []
        for code in self.directory().quotas:
            quota = self.quota(code)
            if quota.awaiting_confirmation:
                waiting.append({"quota": quota.code, "year": quota.year,
                                "label": quota.label, "seats": quota.seats,
                                "opened_by": quota.opened_by})
        return waiting

    def check_quota_period(self, programmes: list[str], start: date, end: date) -> None:
        """Refused before saving: a period longer than the data allows, or a month no
        recorded tariff covers (its cost could never be computed)."""
        months = months_between(start, end)
        if len(months) > limit(QUOTA_MONTHS_MAX):
            raise ValidationError("quota.period_too_long", start=start.isoformat(),
                                  end=end.isoformat(), months=limit(QUOTA_MONTHS_MAX))
        tariffs = self.find(tariff_schedule_id(), TarifIuran)
        if tariffs is not None:
            for month in months:
                monthly_cost(tariffs.rates, programmes, month)

    def list_quotas(self, session: Session) -> list[QuotaView]:
        self.authorise(session, Action.READ)
        return [self.describe_quota(self.quota(code)) for code in self.directory().quotas]

    def get_quota(self, session: Session, code: str) -> QuotaView:
        self.authorise(session, Action.READ)
        return self.describe_quota(self.quota(code))

    def worklist(self, session: Session, quota: str, candidates: Sequence[WorklistRow],
                 limit: int | str | None = None) -> QuotaWorklist:
        """The quota's worklist from `candidates` (the membership read model's rows, see
        `projections.queries.ReadModels.candidates`): readable by every role."""
        self.authorise(session, Action.READ)
        count = None if limit in (None, "") else as_int(limit, "batas")
        if count is not None and count < 0:
            raise ValidationError("worklist.limit", value=count)
        target = self.quota(quota)
        ranked = worklist(WorklistQuota(
            target.code, tuple(target.programmes), target.eligibility,
            self.default_start(target), target.period_end), candidates, count)
        result: QuotaWorklist = {**ranked, "free": target.free}
        return self.shown_to(session, result)

    def quota(self, code: str) -> Kuota:
        key = str(code or "").strip().upper()
        return self.require(quota_id(key), Kuota, "quota.not_found", quota=key)

    # --- money ------------------------------------------------------------------------------

    def quota_need(self, quota: Kuota) -> dict[str, tuple[int, int]]:
        """Per month (`YYYY-MM`) of the quota's period: (seats counted, rupiah needed)."""
        tariffs = self.find(tariff_schedule_id(), TarifIuran)
        rates = tariffs.rates if tariffs else []
        need = quota_need(quota.seat_steps(), quota.period_start, quota.period_end,
                          quota.programmes, rates)
        return {month_text(month): figures for month, figures in need.items()}

    def check_budget(self, changed: Kuota) -> None:
        """With a pagu recorded for the quota's year, the year's quotas (with `changed` as
        it would be saved) must not need more than it: refused `budget.exceeded` naming
        the shortfall. Without a pagu nothing is checked (the dashboard says it is missing)."""
        policy = self.find(policy_id(POLICY_KEY), Kebijakan)
        pagu = policy.pagu(changed.year) if policy else None
        if pagu is None:
            return
        others = 0
        for code in self.directory().quotas:
            if code != changed.code and code.startswith(f"KU-{changed.year}-"):
                other = self.quota(code)
                if other.year == changed.year:
                    others += sum(rp for _seats, rp in self.quota_need(other).values())
        need = sum(rp for _seats, rp in self.quota_need(changed).values())
        remaining = pagu - others
        if need > remaining:
            raise RuleViolationError(
                "budget.exceeded", quota=changed.code, year=changed.year,
                need=format_rupiah(need), remaining=format_rupiah(remaining),
                pagu=format_rupiah(pagu), shortfall=format_rupiah(need - remaining))

    def describe_quota(self, quota: Kuota) -> QuotaView:
        tariffs = self.find(tariff_schedule_id(), TarifIuran)
        months = months_between(quota.period_start, quota.period_end)
        try:
            per_worker = (
                [monthly_cost(tariffs.rates, quota.programmes, m) for m in months]
                if tariffs else [])
        except RuleViolationError:  # stored before periods were checked: cost unknown
            per_worker = []
        return {
            "quota": quota.code,
            "year": quota.year,
            "programmes": list(quota.programmes),
            "label": quota.label,
            "basis": quota.basis,
            "seats": quota.seats,
            "used": quota.used,
            "free": quota.free,
            "period_start": quota.period_start.isoformat(),
            "period_end": quota.period_end.isoformat(),
            "monthly_cost_per_seat": per_worker[0] if per_worker else None,
            "yearly_cost": quota.seats * sum(per_worker) if per_worker else None,
            "changes": [listed_change(k, v) for k, v in quota.changes.items()],
            **self._need_figures(quota, tariffs is not None),
            "retroactive": quota.retroactive,
            "rules": quota.eligibility.as_dict(),
            "confirmed": quota.confirmed,
            "opening": quota.opening,
            "opened_by": quota.opened_by,
            "opening_decided_by": quota.opening_decided_by,
        }

    def _need_figures(self, quota: Kuota, priced: bool) -> NeedFigures:
        if not priced:
            return {"seat_months": None, "need": None}
        try:
            need = self.quota_need(quota)
        except RuleViolationError:  # a programme without a tariff: unknown, not zero
            return {"seat_months": None, "need": None}
        except (OverflowError, ValueError):  # a period stored before dates were bounded
            return {"seat_months": None, "need": None}
        return {"seat_months": sum(seats for seats, _rp in need.values()),
                "need": sum(rp for _seats, rp in need.values())}

    # --- enrolment ------------------------------------------------------------------------

    def enrol(
        self, session: Session, nik: str, quota: str, start: date | str | None = None,
        *, retroactive: bool = False, reason: str = "", correction: str | None = None,
    ) -> Enrolled:
        """Enrol a worker into a quota; the worker and the seat are saved in one transaction.

        A start before the day of recording (beyond the days the rules file allows) needs
        `retroactive` from a supervisor or admin, with a reason; a start in a closed month
        needs an approved `correction` of that month."""
        stamp = self.authorise(session, Action.ENROL, reason)
        from_day = as_optional_date(start, "tanggal mulai")
        may_backdate = self.authoriser.may_backdate(session, retroactive, stamp)

        def attempt() -> Enrolled:
            worker = self.workers.worker_by_nik(nik)
            with self.serialised(quota_id(str(quota or "").strip().upper())):
                target, day = self.quota_open_for(quota, from_day)
                today = self.calendar()
                backdated = check_not_backdated(day, today, may_backdate, self.approvers())
                touched = self.periods.check_period_open(day, correction, stamp)
                check_eligible(worker.person, target.eligibility, day)
                worker.enrol(target.code, target.programmes, day, target.period_end, stamp,
                             retroactive=backdated, recorded_on=today)
                target.take_seats([worker.id.hex], stamp, retroactive=backdated)
                self.save(worker, target, *touched)
            enrolment = worker.enrolments[-1]
            return {
                "nik": worker.nik,
                "quota": target.code,
                "start": day.isoformat(),
                "until": enrolment["until"].isoformat(),
                "free": target.free,
                "retroactive": backdated,
                "recorded_on": today.isoformat(),
            }

        return self.with_retries(attempt)

    def approvers(self, excluding: str | None = None) -> str:
        """Whom an operator asks for a retroactive enrolment (or a quota's confirmation:
        then without its opener, `excluding`): the active supervisors and admins."""
        names = []
        for name in self.directory().users:
            if name == excluding:
                continue
            user = self.find(user_id(name), Pengguna)
            if user is not None and user.active and user.role in (SUPERVISOR, ADMIN):
                names.append(name)
        return ", ".join(names)

    def enrol_workers(
        self, session: Session, niks: list[str], quota: str, start: date | str | None = None,
    ) -> WorkersEnrolled:
        """Enrol registered workers (the worklist's next N) in ONE transaction: the seats
        the quota has left are respected; a worker a rule refuses is reported, not saved."""
        stamp = self.authorise(session, Action.ENROL)
        from_day = as_optional_date(start, "tanggal mulai")

        def attempt() -> WorkersEnrolled:
            with self.serialised(quota_id(str(quota or "").strip().upper())):
                target, day = self.quota_open_for(quota, from_day)
                today = self.calendar()
                check_not_backdated(day, today, False, self.approvers())
                touched: list[Aggregate] = list(self.periods.check_period_open(day))
                enrolled, refused = self._enrol_each(niks, target, day, today, stamp, touched)
                if enrolled:
                    target.take_seats([w.id.hex for w in enrolled], stamp)
                    self.save(*enrolled, target, *touched)
            return {"quota": target.code, "start": day.isoformat(),
                    "enrolled": [w.nik for w in enrolled], "refused": refused,
                    "free": target.free}

        return self.with_retries(attempt)

    def _enrol_each(self, niks: list[str], target: Kuota, day: date, today: date,
                    stamp: Stamp, touched: list[Aggregate]
                    ) -> tuple[list[Peserta], list[RefusedWorker]]:
        enrolled: list[Peserta] = []
        refused: list[RefusedWorker] = []
        for nik in niks:
            if len(enrolled) >= target.free:
                refused.append({"nik": nik, "code": "quota.full"})
                continue
            try:
                worker = self.workers.worker_by_nik(nik)
                check_eligible(worker.person, target.eligibility, day)
                worker.enrol(target.code, target.programmes, day, target.period_end, stamp,
                             recorded_on=today)
            except BerjasaError as error:
                refused.append({"nik": nik, "code": error.code})
                continue
            enrolled.append(worker)
        return enrolled, refused

    def quota_open_for(self, quota: str, from_day: date | None) -> tuple[Kuota, date]:
        """The quota an enrolment goes into and its start day (the quota's default when
        none is given), refused unless the opening is confirmed and the day in its
        period. Called inside the quota's serialised section."""
        target = self.quota(quota)
        self.check_quota_confirmed(target)
        day = from_day or self.default_start(target)
        self.check_start_in_period(target, day)
        return target, day

    def default_start(self, quota: Kuota) -> date:
        today = self.calendar()
        return min(max(today, quota.period_start), quota.period_end)

    @staticmethod
    def check_start_in_period(quota: Kuota, day: date) -> None:
        if not quota.covers(day):
            raise RuleViolationError(
                "quota.period_outside",
                start=day.isoformat(),
                quota=quota.code,
                period_start=quota.period_start.isoformat(),
                period_end=quota.period_end.isoformat(),
            )

    @staticmethod
    def check_enrolment_to_end(worker: Peserta, quota: str) -> None:
        if worker.died_on is None and worker.active_enrolment(quota) is None:
            raise RuleViolationError("enrolment.not_found", nik=worker.nik, quota=quota)

    def terminate(
        self,
        session: Session,
        nik: str,
        quota: str,
        reason_code: str,
        end: date | str | None = None,
        note: str = "",
        employer: str = "",
        kpj: str = "",
        domicile: str = "",
        survivor: str = "",
        correction: str | None = None,
    ) -> Terminated:
        """End an enrolment with a coded reason; its seat is freed in the same transaction.

        `formal` needs the new membership's `employer` and/or `kpj`, `moved` the new
        `domicile`, `duplicate` the NIK of the `survivor` record (see `LifecycleService`)."""
        code = str(reason_code or "").strip().lower()
        if code not in TERMINATION_REASONS:
            raise ValidationError("enrolment.reason_unknown", value=str(reason_code))
        stamp = self.authorise(session, Action.TERMINATE, note or code)
        end_day = as_optional_date(end, "tanggal berhenti") or self.calendar()

        given = {"employer": employer, "kpj": kpj, "domicile": domicile, "survivor": survivor}

        def attempt() -> Terminated:
            worker, target = self.workers.worker_by_nik(nik), self.quota(quota)
            touched = self.periods.check_period_open(end_day, correction, stamp)
            details = self.lifecycle.termination_details(worker, code, given)
            ended: list[str] = []
            if code == "death":  # a death counts once: recorded on the worker, every quota
                self.check_enrolment_to_end(worker, target.code)
                released = self.workers.death_recorded(worker, end_day, stamp)
                self.save(worker, *released, *touched)
                target = next((q for q in released
                               if isinstance(q, Kuota) and q.code == target.code), target)
            else:
                dependants = self.lifecycle.end_enrolment(worker, target, end_day, code, details,
                                                          stamp)
                ended = [q.code for q in dependants]  # JHT ends with the JKK+JKM it rests on
                self.save(worker, target, *dependants, *touched)
            return {
                "nik": worker.nik,
                "quota": target.code,
                "end": end_day.isoformat(),
                "reason": code,
                "details": details,
                "free": target.free,
                "also_ended": ended,
            }

        return self.with_retries(attempt)


def check_seats(count: int, field: str) -> None:
    if count > limit(SEATS_MAX):
        raise ValidationError("number.too_large", field=field, value=count,
                              limit=limit(SEATS_MAX))
