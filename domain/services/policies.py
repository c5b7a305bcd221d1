"""Policy facts for the Paritrana dossier: regulations, budget, workforce, target, signatory.

Recorded as events like everything else (authorised with RECORD_POLICY), read back as
plain values, optionally as they stood at a recorded moment (the auditors' `--as-of`).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TypedDict

from domain.errors import ValidationError
from domain.limits import ADDRESS, BASIS, CONTACT, LABEL, NAME, NOTE, SUBJECT, limit
from domain.model.common import Stamp, require_reason
from domain.model.ids import policy_id
from domain.model.kebijakan import (
    POLICY_KEY,
    REGULATION_KINDS,
    REGULATION_STATUSES,
    Kebijakan,
)
from domain.model.kebijakan_rules import (
    Allocation,
    BpjsCoverage,
    Emblem,
    HeadOfOffice,
    Letterhead,
    Payment,
    RecordedPayment,
    RecordedRegulation,
    Regulation,
    Target,
    YearCount,
)
from domain.money import month_text, parse_month
from domain.services.context import ContextService
from domain.services.permissions import Action
from domain.services.session import Session
from domain.values import as_date, as_int, as_text, as_timestamp

NIP_DIGITS = 18
EMBLEM_LIMIT = 256 * 1024  # a letterhead emblem: a few dozen KB; stored in an event
DEFAULT_HEAD_TITLE = "Kepala Dinas Ketenagakerjaan Kota Makassar"


def emblem_media_type(image: bytes) -> str | None:
    """"image/png" or "image/jpeg" from the file's signature, else None."""
    if image.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if image.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def as_year(value: int | str) -> int:
    year = as_int(value, "tahun")
    if not 2015 <= year <= 2100:
        raise ValidationError("quota.year_range", value=year)
    return year


def as_months(values: object) -> list[str]:
    """`2025-01,2025-02` or a list of such → sorted distinct `YYYY-MM` texts."""
    items = values.split(",") if isinstance(values, str) else list(values or [])  # type: ignore[call-overload]
    found = {parse_month(item) for part in items for item in str(part).split(",")
             if str(item).strip()}
    return [month_text(month) for month in sorted(found)]


def as_percent_hundredths(value: float | str) -> int:
    """`72,50`, `72.5`, `72.5%` → 7250 (hundredths of a percent, kept exact)."""
    text = str(value).strip().rstrip("%").strip().replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError("policy.percent", value=str(value)) from None
    if not Decimal(0) < amount <= Decimal(100):
        raise ValidationError("policy.percent", value=str(value))
    return int((amount * 100).to_integral_value())


def as_positive(value: int | str, field: str) -> int:
    amount = as_int(value, field)
    if amount <= 0:
        raise ValidationError("policy.amount", field=field, value=amount)
    return amount


def _choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    wanted = str(value or "").strip().casefold()
    for option in allowed:
        if option.casefold() == wanted:
            return option
    raise ValidationError("policy.choice", field=field, value=str(value),
                          allowed=", ".join(allowed))


class PolicyView(TypedDict):
    """The policy facts as plain values (`describe_policy`), in a stable order: reports
    fingerprint them. Dates in ISO text; each list's entries as the policy records them."""

    regulations: list[Regulation]
    allocations: list[Allocation]
    payments: list[Payment]
    workforce: list[YearCount]
    targets: list[Target]
    head_of_office: HeadOfOffice | None
    bpjs_coverage: list[BpjsCoverage]
    pbpu: list[YearCount]
    letterhead: Letterhead | None
    emblem: Emblem | None


class PolicyFacts(PolicyView):
    """The store's identity and its policy facts (`policy_facts`)."""

    office: str
    city: str


class PolicyService(ContextService):
    """Policy facts for the Paritrana dossier, now or as recorded at a moment."""

    # --- commands -------------------------------------------------------------------------

    def record_regulation(
        self, session: Session, kind: str, number: str, issued_on: date | str, subject: str,
        status: str = "berlaku",
    ) -> PolicyView:
        stamp = self.authorise(session, Action.RECORD_POLICY)
        checked = (
            _choice(kind, REGULATION_KINDS, "jenis regulasi"),
            as_text(number, "nomor regulasi", limit=limit(LABEL), required=True),
            as_date(issued_on, "tanggal regulasi"),
            as_text(subject, "tentang", limit=limit(SUBJECT), required=True),
            _choice(status, REGULATION_STATUSES[:2], "status regulasi"),
        )
        return self._policy_update(stamp, lambda p: p.record_regulation(*checked, stamp))

    def revoke_regulation(self, session: Session, kind: str, number: str,
                          reason: str) -> PolicyView:
        stamp = self.authorise(session, Action.RECORD_POLICY, reason)
        require_reason(stamp)
        code = _choice(kind, REGULATION_KINDS, "jenis regulasi")
        text = as_text(number, "nomor regulasi", limit=limit(LABEL), required=True)
        return self._policy_update(stamp, lambda p: p.revoke_regulation(code, text, stamp))

    def allocate_budget(self, session: Session, year: int | str, amount: int | str,
                        document: str) -> PolicyView:
        stamp = self.authorise(session, Action.RECORD_POLICY)
        values = (as_year(year), as_positive(amount, "pagu anggaran"),
                  as_text(document, "dokumen anggaran", limit=limit(BASIS), required=True))
        return self._policy_update(stamp, lambda p: p.allocate_budget(*values, stamp=stamp))

    def record_budget_payment(
        self, session: Session, year: int | str, amount: int | str, paid_on: date | str,
        reference: str, note: str = "", months: object = (), reason: str = "",
    ) -> PolicyView:
        """`months`: the months (`YYYY-MM`, a list or comma-separated) the SP2D pays. A
        month an earlier payment names is refused (`policy.month_paid`) unless `reason`
        says why it is paid again (kept in the event's stamp)."""
        stamp = self.authorise(session, Action.RECORD_POLICY, reason)
        values = (as_year(year), as_date(paid_on, "tanggal bayar"),
                  as_positive(amount, "nilai pembayaran"),
                  as_text(reference, "nomor SP2D/bukti bayar", limit=limit(LABEL), required=True),
                  as_text(note, "keterangan", limit=limit(NOTE)))
        paid = as_months(months)
        self.not_future(values[1], "policy.date_future")  # an SP2D is recorded once paid
        return self._policy_update(
            stamp, lambda p: p.record_payment(*values, stamp, months=paid))

    def record_workforce(self, session: Session, year: int | str, count: int | str,
                         source: str) -> PolicyView:
        stamp = self.authorise(session, Action.RECORD_POLICY)
        values = (as_year(year), as_positive(count, "jumlah pekerja"),
                  as_text(source, "sumber data", limit=limit(BASIS), required=True))
        return self._policy_update(stamp, lambda p: p.record_workforce(*values, stamp=stamp))

    def set_coverage_target(self, session: Session, year: int | str, percent: float | str,
                            source: str = "") -> PolicyView:
        stamp = self.authorise(session, Action.RECORD_POLICY)
        values = (as_year(year), as_percent_hundredths(percent),
                  as_text(source, "dasar target", limit=limit(BASIS)))
        return self._policy_update(stamp, lambda p: p.set_target(*values, stamp=stamp))

    def record_head_of_office(self, session: Session, name: str, nip: str,
                              title: str = DEFAULT_HEAD_TITLE,
                              rank: str = "") -> PolicyView:
        stamp = self.authorise(session, Action.RECORD_POLICY)
        digits = re.sub(r"\s+", "", str(nip or ""))
        if not (digits.isascii() and digits.isdigit() and len(digits) == NIP_DIGITS):
            raise ValidationError("policy.nip", value=str(nip), digits=NIP_DIGITS)
        values = (as_text(name, "nama kepala dinas", limit=limit(NAME), required=True), digits,
                  as_text(title, "jabatan", limit=limit(NAME)) or DEFAULT_HEAD_TITLE,
                  as_text(rank, "pangkat/golongan", limit=limit(LABEL)))
        return self._policy_update(stamp, lambda p: p.record_head(*values, stamp=stamp))

    # --- the dossier's indicators and letterhead (issue 19) -------------------------------

    def record_bpjs_coverage(self, session: Session, year: int | str, percent: float | str,
                             source: str, covered: int | str = 0) -> PolicyView:
        """Universal coverage of all workers as BPJS Ketenagakerjaan reports it (the
        Paritrana indicator), with its source; `covered` the workers it counts, if given."""
        stamp = self.authorise(session, Action.RECORD_POLICY)
        count = as_int(covered, "jumlah pekerja terlindungi") if str(covered).strip() else 0
        if count < 0:
            raise ValidationError("policy.amount", field="jumlah pekerja terlindungi",
                                  value=count)
        values = (as_year(year), as_percent_hundredths(percent), count,
                  as_text(source, "sumber data", limit=limit(BASIS), required=True))
        return self._policy_update(stamp,
                                   lambda p: p.record_bpjs_coverage(*values, stamp=stamp))

    def record_pbpu_universe(self, session: Session, year: int | str, count: int | str,
                             source: str) -> PolicyView:
        """The universe of non-wage earners (PBPU) the APBD programme's coverage is of."""
        stamp = self.authorise(session, Action.RECORD_POLICY)
        values = (as_year(year), as_positive(count, "jumlah PBPU"),
                  as_text(source, "sumber data", limit=limit(BASIS), required=True))
        return self._policy_update(stamp, lambda p: p.record_pbpu(*values, stamp=stamp))

    def record_letterhead(self, session: Session, address: str, phone: str,
                          email: str = "", website: str = "") -> PolicyView:
        """The office's address and contacts printed in the reports' letterhead."""
        stamp = self.authorise(session, Action.RECORD_POLICY)
        values = (as_text(address, "alamat kantor", limit=limit(ADDRESS), required=True),
                  as_text(phone, "telepon", limit=limit(CONTACT), required=True),
                  as_text(email, "surel", limit=limit(CONTACT)),
                  as_text(website, "laman", limit=limit(CONTACT)))
        return self._policy_update(stamp,
                                   lambda p: p.record_letterhead(*values, stamp=stamp))

    def record_emblem(self, session: Session, image: bytes, name: str = "") -> PolicyView:
        """The city's emblem (PNG or JPEG, up to EMBLEM_LIMIT bytes) for the letterhead."""
        stamp = self.authorise(session, Action.RECORD_POLICY)
        media_type = emblem_media_type(image)
        if media_type is None or len(image) > EMBLEM_LIMIT:
            raise ValidationError("report.emblem", path=name or "-", limit=EMBLEM_LIMIT // 1024)
        values = (media_type, base64.b64encode(image).decode("ascii"),
                  hashlib.sha256(image).hexdigest())
        return self._policy_update(stamp, lambda p: p.record_emblem(*values, stamp=stamp))

    def _policy_update(self, stamp: Stamp,
                       change: Callable[[Kebijakan], None]) -> PolicyView:
        def attempt() -> PolicyView:
            policy = self.find(policy_id(POLICY_KEY), Kebijakan) or Kebijakan(stamp=stamp)
            change(policy)
            self.save(policy)
            return describe_policy(policy)

        return self.with_retries(attempt)

    # --- queries --------------------------------------------------------------------------

    def policy_facts(self, session: Session,
                     as_of: datetime | str | None = None) -> PolicyFacts:
        """The store's identity and policy facts, as recorded up to `as_of` (default: now)."""
        self.authorise(session, Action.READ)
        directory = self.directory()
        policy = self._policy_as_of(as_timestamp(as_of) if as_of else None)
        facts = describe_policy(policy) if policy else describe_policy(None)
        return {"office": directory.office, "city": directory.city, **facts}

    def _policy_as_of(self, moment: datetime | None) -> Kebijakan | None:
        if moment is None:
            return self.find(policy_id(POLICY_KEY), Kebijakan)
        known = [e for e in self.application.events.get(policy_id(POLICY_KEY))
                 if getattr(e, "timestamp", moment) <= moment]
        if not known:
            return None
        found: object = self.application.repository.get(policy_id(POLICY_KEY), version=len(known))
        return found if isinstance(found, Kebijakan) else None


def _regulation(recorded: RecordedRegulation) -> Regulation:
    return Regulation(kind=recorded["kind"], number=recorded["number"],
                      issued_on=recorded["issued_on"].isoformat(), subject=recorded["subject"],
                      status=recorded["status"])


def _payment(recorded: RecordedPayment) -> Payment:
    return Payment(year=recorded["year"], paid_on=recorded["paid_on"].isoformat(),
                   amount=recorded["amount"], reference=recorded["reference"],
                   note=recorded["note"], months=list(recorded["months"]))


def _head(recorded: HeadOfOffice) -> HeadOfOffice:
    # The rank first, as printed since version 1 heads (no rank) were read with "".
    return HeadOfOffice(rank=recorded.get("rank", ""), name=recorded["name"],
                        nip=recorded["nip"], title=recorded["title"])


def describe_policy(policy: Kebijakan | None) -> PolicyView:
    """Policy facts as plain values in a stable order (reports fingerprint them)."""
    if policy is None:
        return PolicyView(regulations=[], allocations=[], payments=[], workforce=[],
                          targets=[], head_of_office=None, bpjs_coverage=[], pbpu=[],
                          letterhead=None, emblem=None)
    return PolicyView(
        regulations=sorted(
            (_regulation(r) for r in policy.regulations.values()),
            key=lambda r: (r["issued_on"], r["kind"], r["number"]),
        ),
        allocations=[Allocation(**a) for a in policy.allocations],
        payments=sorted((_payment(p) for p in policy.payments),
                        key=lambda p: (p["paid_on"], p["reference"])),
        workforce=[YearCount(**policy.workforce[y]) for y in sorted(policy.workforce)],
        targets=[
            Target(**policy.targets[y], percent=policy.targets[y]["percent_hundredths"] / 100)
            for y in sorted(policy.targets)
        ],
        head_of_office=_head(policy.head) if policy.head else None,
        bpjs_coverage=[
            BpjsCoverage(**policy.bpjs_coverage[y],
                         percent=policy.bpjs_coverage[y]["percent_hundredths"] / 100)
            for y in sorted(policy.bpjs_coverage)
        ],
        pbpu=[YearCount(**policy.pbpu[y]) for y in sorted(policy.pbpu)],
        letterhead=Letterhead(**policy.letterhead) if policy.letterhead else None,
        emblem=Emblem(**policy.emblem) if policy.emblem else None,
    )
