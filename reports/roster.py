"""Daftar peserta: the workers covered on a date, per kecamatan or for the whole city.

A list the office legalises: letterhead, a summary by kecamatan, then a page run per
kecamatan (named again on every continuation page) with each worker's NIK, KPJ, birth
date, start of coverage and Dukcapil status, a subtotal after each kecamatan, and the
legalisation block of the head of office dated on the day it is signed.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any, TypedDict

from reportlab.platypus import Flowable, PageBreak

from domain.formatting import format_number
from domain.model.kebijakan_rules import Emblem, HeadOfOffice, Letterhead
from projections.api import MemberRow, MembershipFilter, ReadModels
from reports.blocks import gap, heading, table, text
from reports.common import (
    all_members,
    avail_width,
    day_text,
    keep,
    programmes_text,
    short_day,
    shown_nik,
)
from reports.grid import Column, Grid
from reports.letter import letterhead, signature_block
from reports.params import ReportParams, StoreFacts
from reports.paritrana import coverage_spans

TITLE = "Daftar Peserta Makassar Berjasa"
WIDE = True
COVER = False
N = format_number
COLUMNS = (
    Column("No", 4, "R"), Column("NIK", 12), Column("KPJ", 9), Column("Nama", 17, wrap=True),
    Column("L/P", 3, "C"), Column("Tgl lahir", 7, "C"), Column("Kelurahan", 10),
    Column("Pekerjaan", 12), Column("Program", 7), Column("Mulai", 7, "C"),
    Column("Berlaku s.d.", 7, "C"), Column("Dukcapil", 8),
)
DUKCAPIL = {"padan": "Padan", "tidak_ditemukan": "Tidak ditemukan",
            "menunggu": "Menunggu"}
# Row fields: kecamatan, kelurahan, name, NIK, sex, occupation, programmes, covered to,
# KPJ, birth date, start, Dukcapil status.
KECAMATAN, KELURAHAN, NAME, NIK, SEX, OCCUPATION, PROGRAMMES, COVERED_TO, KPJ, BORN, \
    START, DUKCAPIL_STATUS = range(12)


def _covered_on(row: MemberRow, on: date) -> bool:
    """The same rule as `stats`: an enrolment started on or before `on` and covering it."""
    return any(start <= on <= end for start, end in coverage_spans(row))


def dukcapil_text(value: Any) -> str:
    code = str(value or "menunggu")
    return DUKCAPIL.get(code, code.replace("_", " ").capitalize())


def _row(row: MemberRow, full_nik: bool) -> tuple[str, ...]:
    return (row["kecamatan"] or "-", row["kelurahan"] or "-", row["name"] or "-",
            shown_nik(row["nik"], full_nik), row["sex"] or "-", row["occupation"] or "-",
            programmes_text(row["programmes"]), short_day(row["covered_to"]),
            row["kpj"] or "-", short_day(row["birth_date"]), short_day(row["start"]),
            dukcapil_text(row["dukcapil"]))


class RosterData(TypedDict):
    on: str
    kecamatan: str | None  # None: the whole city
    full_nik: bool
    rows: list[tuple[str, ...]]  # the row fields above (KECAMATAN, ...)
    signed_on: str
    head_of_office: HeadOfOffice | None
    letterhead: Letterhead | None
    emblem: Emblem | None


def collect(read_models: ReadModels, params: ReportParams, facts: StoreFacts,
            stored_format: int) -> RosterData:
    """The report's figures (`stored_format`: the format it is made in, which says as of
    which day its rows are read)."""
    on = params.on or facts.as_of_date
    flt = MembershipFilter(kecamatan=params.kecamatan or None)
    # From format 3 each row is read as of the roster's day: its programmes, start and
    # last day are the enrolment's covering that day (before, those of the read models'
    # own day: a worker covered on `on` showed today's enrolment, or none).
    rows = sorted(_row(row, params.full_nik)
                  for row in all_members(read_models, flt,
                                         on=on if stored_format >= 3 else None)
                  if _covered_on(row, on))
    policies = read_models.policy_facts()
    return RosterData(on=on.isoformat(), kecamatan=params.kecamatan,
                      full_nik=params.full_nik, rows=rows,
                      signed_on=(params.signed_on or facts.as_of_date).isoformat(),
                      head_of_office=policies["head_of_office"],
                      letterhead=policies["letterhead"], emblem=policies["emblem"])


def subtotal(kecamatan: str, rows: list[tuple[str, ...]]) -> Flowable:
    sexes = Counter(r[SEX] for r in rows)
    padan = sum(1 for r in rows if r[DUKCAPIL_STATUS] == "Padan")
    return table(["Jumlah Kecamatan " + kecamatan, "Peserta", "Laki-laki", "Perempuan",
                  "Padan Dukcapil"],
                 [[kecamatan, N(len(rows)), N(sexes.get("L", 0)), N(sexes.get("P", 0)),
                   N(padan)]], [40, 15, 15, 15, 15], numeric=(1, 2, 3, 4),
                 avail=avail_width(WIDE) * 0.7)


def story(data: RosterData, facts: StoreFacts) -> list[Flowable]:
    rows: list[tuple[str, ...]] = data["rows"]
    scope = f"Kecamatan {data['kecamatan']}" if data["kecamatan"] else facts.city
    by_kec = Counter(r[KECAMATAN] for r in rows)
    out: list[Flowable] = [
        *letterhead(data["letterhead"], data["emblem"], facts, wide=WIDE),
        heading(f"Daftar Peserta — {scope}"),
        text(f"Peserta yang terlindungi pada {day_text(data['on'])}: {N(len(rows))} orang."
             + ("" if data["full_nik"] else " NIK ditampilkan tersamar kecuali 4 digit "
                "terakhir.")),
        table(["Kecamatan", "Peserta"], [[k, N(n)] for k, n in sorted(by_kec.items())],
              [70, 30], numeric=(1,), total=["Jumlah", N(len(rows))],
              avail=avail_width(WIDE) * 0.5),
    ]
    start = 0
    for kecamatan in sorted(by_kec):
        count = by_kec[kecamatan]
        mine = rows[start:start + count]
        numbered = [(N(i + 1), r[NIK], r[KPJ], r[NAME], r[SEX], r[BORN], r[KELURAHAN],
                     r[OCCUPATION], r[PROGRAMMES], r[START], r[COVERED_TO], r[DUKCAPIL_STATUS])
                    for i, r in enumerate(mine)]
        start += count
        out += [PageBreak(), heading(f"Kecamatan {kecamatan} ({N(count)} peserta)", 2),
                Grid(COLUMNS, numbered, caption=f"Kecamatan {kecamatan}"), gap(4),
                subtotal(kecamatan, mine)]
    statement = text(f"Daftar ini memuat {N(len(rows))} peserta program Makassar Berjasa yang "
                     f"terlindungi pada {day_text(data['on'])} sesuai data yang tercatat "
                     "dalam sistem, dan disahkan untuk dipergunakan sebagaimana mestinya.")
    out.append(keep(gap(8), statement, gap(4),
                    signature_block(data["head_of_office"], data["signed_on"], facts,
                                    wide=WIDE, role="Mengesahkan,")))
    return out
