"""Daftar peserta: the workers covered on a date, per kecamatan or for the whole city."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from domain.formatting import format_number
from projections.api import MembershipFilter, ReadModels
from reports.blocks import heading, table, text
from reports.common import (
    all_members,
    avail_width,
    day_text,
    programmes_text,
    short_day,
    shown_nik,
)
from reports.grid import Column, Grid
from reports.params import ReportParams, StoreFacts
from reports.paritrana import coverage_spans

TITLE = "Daftar Peserta Makassar Berjasa"
WIDE = False
COVER = False
COLUMNS = (
    Column("No", 5, "R"), Column("NIK", 15), Column("Nama", 21), Column("L/P", 4, "C"),
    Column("Kelurahan", 13), Column("Pekerjaan", 14), Column("Program", 9),
    Column("Berlaku s.d.", 9, "C"),
)


def _covered_on(row: dict[str, Any], on: date) -> bool:
    """The same rule as `stats`: an enrolment started on or before `on` and covering it."""
    return any(start <= on <= end for start, end in coverage_spans(row))


def collect(read_models: ReadModels, params: ReportParams, facts: StoreFacts) -> dict[str, Any]:
    on = params.on or facts.as_of_date
    flt = MembershipFilter(kecamatan=params.kecamatan or None)
    rows: list[tuple[str, ...]] = []
    for row in all_members(read_models, flt):
        if _covered_on(row, on):
            rows.append((str(row.get("kecamatan") or "-"), str(row.get("kelurahan") or "-"),
                         str(row.get("name") or "-"), shown_nik(row.get("nik"), params.full_nik),
                         str(row.get("sex") or "-"), str(row.get("occupation") or "-"),
                         programmes_text(row.get("programmes")), short_day(row.get("covered_to"))))
    rows.sort()
    return {"on": on.isoformat(), "kecamatan": params.kecamatan, "full_nik": params.full_nik,
            "rows": rows}


def story(data: dict[str, Any], facts: StoreFacts) -> list[Flowable]:
    rows: list[tuple[str, ...]] = data["rows"]
    scope = f"Kecamatan {data['kecamatan']}" if data["kecamatan"] else facts.city
    by_kec = Counter(r[0] for r in rows)
    out: list[Flowable] = [
        heading(f"Daftar Peserta — {scope}"),
        text(f"Peserta yang terlindungi pada {day_text(data['on'])}: "
             f"{format_number(len(rows))} orang."
             + ("" if data["full_nik"] else " NIK ditampilkan tersamar kecuali 4 digit "
                "terakhir.")),
        table(["Kecamatan", "Peserta"], [[k, format_number(n)] for k, n in sorted(by_kec.items())],
              [70, 30], numeric=(1,), total=["Jumlah", format_number(len(rows))],
              avail=avail_width()),
    ]
    start = 0
    for kecamatan in sorted(by_kec):
        count = by_kec[kecamatan]
        numbered = [(format_number(i + 1), r[3], r[2], r[4], r[1], r[5], r[6], r[7])
                    for i, r in enumerate(rows[start:start + count])]
        start += count
        out += [PageBreak(), heading(f"Kecamatan {kecamatan} ({format_number(count)} peserta)", 2),
                Grid(COLUMNS, numbered)]
    return out
