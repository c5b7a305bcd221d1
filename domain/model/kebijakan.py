"""Kebijakan: the policy facts the Paritrana dossier needs that no other record holds.

Regulations (Perda, Perwali, SK, SE), the APBD budget for contributions and what was
actually paid from it, the workforce denominator per year (from BPS), the universal-
coverage target, and the head of office who signs. One aggregate per store: these facts
change a few times a year, and a single stream keeps their order plain for auditors.

Version 2 of `BudgetPaymentRecorded` names the months (`YYYY-MM`) the payment covers (one
SP2D may pay several); version 1 payments are read with no months.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.errors import RuleViolationError
from domain.model.common import Stamp
from domain.model.ids import policy_id
from domain.model.kebijakan_rules import (
    LOCAL_KINDS,
    NATIONAL_KINDS,
    POLICY_KEY,
    REGULATION_KINDS,
    REGULATION_STATUSES,
    Allocation,
    CoverageFigure,
    Emblem,
    HeadOfOffice,
    Letterhead,
    RecordedPayment,
    RecordedRegulation,
    TargetFigure,
    YearCount,
    regulation_key,
    regulation_level,
)

# The plain rules live in `kebijakan_rules` (the read models load them without this
# aggregate's event classes); the services and forms still find them here.
__all__ = ["LOCAL_KINDS", "NATIONAL_KINDS", "POLICY_KEY", "REGULATION_KINDS",
           "REGULATION_STATUSES", "Kebijakan", "regulation_key", "regulation_level"]


def _no_rank(state: dict[str, Any]) -> None:
    """HeadOfOfficeRecorded v1 had no rank (pangkat/golongan): unknown."""
    state["rank"] = ""


def _no_months(state: dict[str, Any]) -> None:
    state["months"] = []


def _payments_without_months(state: dict[str, Any]) -> None:
    for payment in state.get("payments", []):
        payment.setdefault("months", [])


class Kebijakan(Aggregate):
    class_version = 2  # payments carry the months they pay
    upcast_v1_v2 = staticmethod(_payments_without_months)

    class BudgetPaymentRecorded(Aggregate.Event):
        class_version = 2
        year: int
        paid_on: date
        amount: int
        reference: str
        note: str
        months: list[str]
        stamp: Stamp
        upcast_v1_v2 = staticmethod(_no_months)

    @staticmethod
    def create_id(**_: Any) -> UUID:
        return policy_id(POLICY_KEY)

    @event("Created")
    def __init__(self, stamp: Stamp) -> None:
        self.regulations: dict[str, RecordedRegulation] = {}
        self.allocations: list[Allocation] = []
        self.payments: list[RecordedPayment] = []
        self.workforce: dict[str, YearCount] = {}
        self.targets: dict[str, TargetFigure] = {}
        self.head: HeadOfOffice | None = None
        # The dossier's indicators and letterhead (issue 19).
        self.bpjs_coverage: dict[str, CoverageFigure] = {}
        self.pbpu: dict[str, YearCount] = {}
        self.letterhead: Letterhead | None = None
        self.emblem: Emblem | None = None

    # --- commands -------------------------------------------------------------------------

    def record_regulation(self, kind: str, number: str, issued_on: date, subject: str,
                          status: str, stamp: Stamp) -> None:
        key = regulation_key(kind, number)
        if key in self.regulations and self.regulations[key]["status"] != "dicabut":
            raise RuleViolationError("policy.regulation_exists", regulation=key)
        self._regulation_recorded(kind=kind, number=number, issued_on=issued_on,
                                  subject=subject, status=status, stamp=stamp)

    def revoke_regulation(self, kind: str, number: str, stamp: Stamp) -> None:
        key = regulation_key(kind, number)
        if key not in self.regulations or self.regulations[key]["status"] == "dicabut":
            raise RuleViolationError("policy.regulation_not_found", regulation=key)
        self._regulation_revoked(key=key, stamp=stamp)

    def record_payment(self, year: int, paid_on: date, amount: int, reference: str,
                       note: str, stamp: Stamp, months: list[str] | None = None) -> None:
        self.check_payment_not_recorded(year, reference)
        self.check_months_not_paid(list(months or []), stamp)
        self._payment_recorded(year=year, paid_on=paid_on, amount=amount,
                               reference=reference, note=note, months=list(months or []),
                               stamp=stamp)

    def pagu(self, year: int) -> int | None:
        """The year's recorded APBD budget for contributions (APBD plus APBD-P), or None."""
        amounts = [int(a["amount"]) for a in self.allocations if a["year"] == year]
        return sum(amounts) if amounts else None

    def check_payment_not_recorded(self, year: int, reference: str) -> None:
        wanted = reference.upper()
        if any(p["year"] == year and p["reference"].upper() == wanted for p in self.payments):
            raise RuleViolationError("policy.payment_exists", reference=reference, year=year)

    def check_months_not_paid(self, months: list[str], stamp: Stamp) -> None:
        """A month an earlier payment names is paid (the year's view counts it paid, out
        of arrears): naming it again pays it twice unless the payment says why (a top-up
        of a partial SP2D, BPJS's invoice above the bill, a correction): `--reason`."""
        if stamp.reason:
            return
        for month in months:
            earlier = [p["reference"] for p in self.payments if month in p["months"]]
            if earlier:
                raise RuleViolationError("policy.month_paid", month=month,
                                         references=", ".join(earlier))

    # --- events ---------------------------------------------------------------------------

    @event("RegulationRecorded")
    def _regulation_recorded(self, kind: str, number: str, issued_on: date, subject: str,
                             status: str, stamp: Stamp) -> None:
        self.regulations[regulation_key(kind, number)] = RecordedRegulation(
            kind=kind, number=number, issued_on=issued_on, subject=subject, status=status)

    @event("RegulationRevoked")
    def _regulation_revoked(self, key: str, stamp: Stamp) -> None:
        self.regulations[key]["status"] = "dicabut"

    @event("BudgetAllocated")
    def allocate_budget(self, year: int, amount: int, document: str, stamp: Stamp) -> None:
        self.allocations.append(Allocation(year=year, amount=amount, document=document))

    @event(BudgetPaymentRecorded)
    def _payment_recorded(self, year: int, paid_on: date, amount: int, reference: str,
                          note: str, months: list[str], stamp: Stamp) -> None:
        self.payments.append(RecordedPayment(year=year, paid_on=paid_on, amount=amount,
                                             reference=reference, note=note,
                                             months=list(months)))

    @event("WorkforceRecorded")
    def record_workforce(self, year: int, count: int, source: str, stamp: Stamp) -> None:
        self.workforce[str(year)] = YearCount(year=year, count=count, source=source)

    @event("CoverageTargetSet")
    def set_target(self, year: int, percent_hundredths: int, source: str,
                   stamp: Stamp) -> None:
        self.targets[str(year)] = TargetFigure(year=year, percent_hundredths=percent_hundredths,
                                               source=source)

    class HeadOfOfficeRecorded(Aggregate.Event):
        class_version = 2  # v2 adds the rank (pangkat/golongan)
        name: str
        nip: str
        title: str
        rank: str
        stamp: Stamp
        upcast_v1_v2 = staticmethod(_no_rank)

    @event(HeadOfOfficeRecorded)
    def record_head(self, name: str, nip: str, title: str, rank: str, stamp: Stamp) -> None:
        self.head = HeadOfOffice(name=name, nip=nip, title=title, rank=rank)

    @event("BpjsCoverageRecorded")
    def record_bpjs_coverage(self, year: int, percent_hundredths: int, covered: int,
                             source: str, stamp: Stamp) -> None:
        self.bpjs_coverage[str(year)] = CoverageFigure(
            year=year, percent_hundredths=percent_hundredths, covered=covered, source=source)

    @event("PbpuUniverseRecorded")
    def record_pbpu(self, year: int, count: int, source: str, stamp: Stamp) -> None:
        self.pbpu[str(year)] = YearCount(year=year, count=count, source=source)

    @event("LetterheadRecorded")
    def record_letterhead(self, address: str, phone: str, email: str, website: str,
                          stamp: Stamp) -> None:
        self.letterhead = Letterhead(address=address, phone=phone, email=email,
                                     website=website)

    @event("EmblemRecorded")
    def record_emblem(self, media_type: str, data: str, sha256: str, stamp: Stamp) -> None:
        self.emblem = Emblem(media_type=media_type, data=data, sha256=sha256)
