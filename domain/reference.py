"""Reference data shipped with the package: claim checklists and default tariffs."""

from __future__ import annotations

import csv
import io
from datetime import date
from functools import cache
from importlib import resources
from typing import TypedDict

# The occupation → segment mapping lives in domain.segments; re-exported for old callers.
from domain.segments import known_occupations as known_occupations
from domain.segments import segment_of as segment_of


class FigureData(TypedDict):
    """A benefit or claim follow-up figure from a day on, with its legal basis: as
    `manfaat-klaim.csv` ships it and `AturanManfaat` records it."""

    programme: str  # '*': every claim
    component: str
    effective_from: date
    kind: str
    value: int
    basis: str
    status: str  # terkonfirmasi | belum_dikonfirmasi


def _rows(name: str) -> list[dict[str, str]]:
    source = resources.files("domain.data").joinpath(name)
    with io.StringIO(source.read_text(encoding="utf-8-sig"), newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle)]


@cache
def claim_checklists() -> dict[str, tuple[str, ...]]:
    """The documents each programme's claim needs, in the order clerks check them."""
    lists: dict[str, list[str]] = {}
    for row in _rows("dokumen-klaim.csv"):
        lists.setdefault(row["program"], []).append(row["dokumen"])
    return {programme: tuple(docs) for programme, docs in lists.items()}


def default_tariffs() -> list[tuple[str, date, int, str]]:
    """(programme, effective from, monthly amount in rupiah, legal basis) seeded at init."""
    return [
        (
            row["program"],
            date.fromisoformat(row["berlaku_mulai"]),
            int(row["iuran_bulanan"]),
            row["dasar"],
        )
        for row in _rows("tarif-iuran.csv")
    ]


def default_benefit_figures() -> list[FigureData]:
    """The benefit and claim follow-up figures seeded at init (`manfaat-klaim.csv`):
    programme ('*' = every claim), component, effective from, kind, value, basis, status."""
    return [
        FigureData(
            programme=row["program"],
            component=row["komponen"],
            effective_from=date.fromisoformat(row["berlaku_mulai"]),
            kind=row["jenis"],
            value=int(row["nilai"]),
            basis=row["dasar"],
            status=row["status"],
        )
        for row in _rows("manfaat-klaim.csv")
    ]


@cache
def heir_order() -> dict[str, int]:
    """Each heir relationship and its rank in the legal order (1 comes first)."""
    return {row["hubungan"]: int(row["urutan"]) for row in _rows("ahli-waris.csv")}


HEIR_RELATIONS = tuple(heir_order())


@cache
def province_codes() -> frozenset[str]:
    """Indonesia's province codes as the Ministry of Home Affairs gives them (the first two
    digits of every NIK), with their legal basis in `kode-provinsi.csv`."""
    return frozenset(row["kode"] for row in _rows("kode-provinsi.csv"))
