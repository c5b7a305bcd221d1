"""The regulation kinds and keys of the policy facts, without the `Kebijakan` aggregate
(whose event classes eventsourcing builds as dataclasses at import): a plain module the
read models, reports and forms use, re-exported by `domain.model.kebijakan`."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

# National legal basis first (laws and regulations of the central government), then the
# city's own; `regulation_level` tells them apart for the dossier.
NATIONAL_KINDS = ("UU", "PP", "Perpres", "Inpres", "Permenaker", "Permendagri")
LOCAL_KINDS = ("Perda", "Perwali", "SK", "SE")
REGULATION_KINDS = (*LOCAL_KINDS, "Lainnya", *NATIONAL_KINDS)
REGULATION_STATUSES = ("berlaku", "rancangan", "dicabut")
POLICY_KEY = "kebijakan"


def regulation_key(kind: str, number: str) -> str:
    return f"{kind} {' '.join(number.upper().split())}"


def regulation_level(kind: str) -> str:
    """"nasional" for a law or regulation of the central government, else "daerah"."""
    return "nasional" if kind in NATIONAL_KINDS else "daerah"


# --- the policy facts as plain values (the aggregate's, and the read models' where the
# same; the read models write days as ISO text: `projections.api`) -----------------------


class RecordedRegulation(TypedDict):
    kind: str
    number: str
    issued_on: date
    subject: str
    status: str  # one of REGULATION_STATUSES


class Allocation(TypedDict):
    """APBD budget for contributions of a year (APBD, APBD-P: one each)."""

    year: int
    amount: int
    document: str


class RecordedPayment(TypedDict):
    year: int
    paid_on: date
    amount: int
    reference: str  # the SP2D
    note: str
    months: list[str]  # YYYY-MM paid (none before version 2)


class YearCount(TypedDict):
    """A count of a year and its source: the workforce (BPS), the PBPU universe."""

    year: int
    count: int
    source: str


class TargetFigure(TypedDict):
    year: int
    percent_hundredths: int
    source: str


class CoverageFigure(TypedDict):
    """BPJS's universal coverage of a year."""

    year: int
    percent_hundredths: int
    covered: int
    source: str


class HeadOfOffice(TypedDict):
    name: str
    nip: str
    title: str
    rank: str  # pangkat/golongan (empty before version 2)


class Letterhead(TypedDict):
    address: str
    phone: str
    email: str
    website: str


class Emblem(TypedDict):
    media_type: str
    data: str  # base64
    sha256: str


# The same as the read models and the services give them: days as ISO text.


class Regulation(TypedDict):
    """A regulation as the read models keep it (`issued_on`: ISO date)."""

    kind: str
    number: str
    issued_on: str
    subject: str
    status: str


class Payment(TypedDict):
    """A budget payment as the read models keep it (`paid_on`: ISO date)."""

    year: int
    paid_on: str
    amount: int
    reference: str
    note: str
    months: list[str]


class Target(TargetFigure):
    percent: float


class BpjsCoverage(CoverageFigure):
    percent: float
