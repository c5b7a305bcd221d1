"""Kotak masuk: every decision waiting for a supervisor, gathered from the read models.

Plain values only (no widgets), so the dashboard, the navigation's count and the inbox
page agree, and tests check the list without a window. Each kind of decision names the
section where it is taken; the facts a decision needs travel with it (for a change of
seats: the quota, the seats, the effective date, its cost and who proposed it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.duplicates import DuplicateGroup
from domain.model.periode_rules import ListedCorrection
from projections.api import ClaimRow, QuotaRow, ReadModels, YearMoney

# Claim states that wait for a supervisor other than the clerk (domain.model.klaim).
CLAIM_DECISIONS = {"perlu_verifikasi": "claim_verification",
                   "menunggu_konfirmasi_bayar": "claim_payment"}


@dataclass(frozen=True)
class Decision:
    """One item waiting for a decision. `kind` is a code; `section` the page that takes
    the decision; `own` marks the viewer's own proposal (another supervisor decides)."""

    kind: str
    reference: str
    section: str
    subject: str
    proposed_by: str = ""
    since: str = ""
    own: bool = False
    # What this kind of decision names (quota seats, a claim's amount, ...): its keys
    # depend on `kind`, which the inbox page reads them by.
    details: dict[str, Any] = field(default_factory=dict)


def change_cost(quota: QuotaRow, delta: int, effective: date) -> int | None:
    """What `delta` seats cost from `effective`'s month to the quota's last month (seat-
    months x each month's price of a seat); None while a programme has no tariff."""
    prices = quota.get("per_seat_by_month") or {}
    if not prices:
        return None
    first = f"{effective:%Y-%m}"
    return delta * sum(price for month, price in prices.items() if month >= first)


def quota_decisions(quotas: list[QuotaRow], username: str,
                    today: date) -> list[Decision]:
    found = opening_decisions(quotas, username)
    for quota in quotas:
        for change in quota["pending_changes"]:
            effective = (date.fromisoformat(change["effective"]) if change["effective"]
                         else today)
            found.append(Decision(
                kind="quota_change", reference=change["change"], section="kuota",
                subject=quota["quota"], proposed_by=change["proposed_by"] or "",
                own=change["proposed_by"] == username,
                details={"delta": change["delta"], "effective": effective.isoformat(),
                         "seats": quota["seats"], "reason": change["reason"] or "",
                         "cost": change_cost(quota, change["delta"], effective)}))
    return found


def opening_decisions(quotas: list[QuotaRow], username: str) -> list[Decision]:
    """Quotas opened and waiting for a second person's confirmation (issue 23): no worker
    can be enrolled into them until another supervisor or admin confirms."""
    return [Decision(kind="quota_opening", reference=q["quota"], section="kuota",
                     subject=q["quota"], proposed_by=q["opened_by"] or "",
                     own=q["opened_by"] == username,
                     details={"seats": q["seats"], "label": q["label"] or "",
                              "year": q["year"], "yearly_cost": q["yearly_cost"]})
            for q in quotas if q["opening"] == "belum_dikonfirmasi"]


def claim_decisions(claims: list[ClaimRow]) -> list[Decision]:
    return [Decision(kind=CLAIM_DECISIONS[c["state"]], reference=c["claim"],
                     section="klaim", subject=c["nik"] or "",
                     since=c["state_since"] or "",
                     details={"name": c["name"] or "", "programme": c["programme"],
                              "proposed_amount": c["proposed_amount"],
                              "amount_paid": c["amount_paid"]})
            for c in claims if c["state"] in CLAIM_DECISIONS]


def duplicate_decisions(groups: list[DuplicateGroup]) -> list[Decision]:
    return [Decision(kind="duplicate", reference="+".join(g["niks"]), section="tinjauan",
                     subject=", ".join(g["niks"]),
                     details={"names": g["names"], "reason": g["reason"]})
            for g in groups]


def bill_decisions(money: YearMoney, today: date) -> list[Decision]:
    """Months already billed and due whose BPJS invoice has not been reconciled."""
    return [Decision(kind="bill_unreconciled", reference=m["month"], section="tagihan",
                     subject=m["month"], since=m["due"],
                     details={"billed": m["billed"], "arrears": m["arrears"]})
            for m in money["months"]
            if m["billed"] and not m["reconciled"] and m["month"] < f"{today:%Y-%m}"]


def correction_decisions(corrections: list[ListedCorrection], username: str
                         ) -> list[Decision]:
    """Corrections of a closed month proposed and waiting for another supervisor
    (`domain.services.periods`): decided in the inbox itself."""
    return [Decision(kind="period_correction", reference=c["correction"],
                     section="kotak", subject=c["month"], proposed_by=c["proposed_by"] or "",
                     own=c["proposed_by"] == username, details={"reason": c["reason"] or ""})
            for c in corrections if c["state"] == "diusulkan"]


def waiting_decisions(models: ReadModels, username: str, today: date,
                      corrections: list[ListedCorrection] | None = None) -> list[Decision]:
    """Everything waiting for a supervisor, oldest kinds of risk first: money (seats,
    closed months, bills), then claims, then data quality."""
    return [*quota_decisions(models.quotas(today), username, today),
            *correction_decisions(corrections or [], username),
            *bill_decisions(models.money_year(today.year, today), today),
            *claim_decisions(models.claims(on=today)),
            *duplicate_decisions(models.possible_duplicates())]
