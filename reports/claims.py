"""Laporan klaim: claims in a period by state and programme, and the list of claims."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from domain.formatting import format_number, format_rupiah
from projections.api import ReadModels
from reports.blocks import heading, table, text
from reports.common import avail_width, day_text, short_day, shown_nik
from reports.grid import Column, Grid
from reports.params import ReportParams, StoreFacts

TITLE = "Laporan Klaim"
WIDE = True
COVER = False
N, RP = format_number, format_rupiah
STATES = ("dilaporkan", "dokumen_lengkap", "diajukan", "dibayar", "ditolak")
STATE_TEXT = {"dilaporkan": "Dilaporkan", "dokumen_lengkap": "Dokumen lengkap",
              "diajukan": "Diajukan ke BPJS", "dibayar": "Dibayar", "ditolak": "Ditolak"}
COLUMNS = (Column("Klaim", 12), Column("NIK", 13), Column("Nama", 19),
           Column("Kecamatan", 12),
           Column("Program", 6, "C"), Column("Kejadian", 8, "C"), Column("Status", 12),
           Column("Dibayar", 10, "R"), Column("Tgl bayar", 8, "C"),
           Column("Keterangan", 20, wrap=True))


def period(params: ReportParams, facts: StoreFacts) -> tuple[date, date]:
    if params.since or params.until:
        return (params.since or date(2015, 1, 1), params.until or facts.as_of_date)
    year = params.year or facts.as_of_date.year
    return date(year, 1, 1), min(date(year, 12, 31), facts.as_of_date)


def collect(read_models: ReadModels, params: ReportParams, facts: StoreFacts) -> dict[str, Any]:
    since, until = period(params, facts)
    claims = read_models.claims(since=since, until=until)
    rows = [(c["claim"], shown_nik(c.get("nik"), params.full_nik), str(c.get("name") or "-"),
             str(c.get("kecamatan") or "-"), c["programme"], short_day(c.get("incident_date")),
             STATE_TEXT.get(c["state"], c["state"]),
             RP(int(c.get("amount_paid") or 0)) if c.get("amount_paid") else "-",
             short_day(c.get("paid_on")), str(c.get("rejection_reason") or ""))
            for c in sorted(claims, key=lambda c: (str(c.get("incident_date")), c["claim"]))]
    return {"since": since.isoformat(), "until": until.isoformat(),
            "summary": read_models.claims_summary(since=since, until=until), "rows": rows}


def story(data: dict[str, Any], facts: StoreFacts) -> list[Flowable]:
    summary, width = data["summary"], avail_width(WIDE)
    by_state = summary.get("by_state", {})
    states = [s for s in STATES if s in by_state] + sorted(set(by_state) - set(STATES))
    programmes = summary.get("by_programme", {})
    return [
        heading(f"Laporan Klaim {day_text(data['since'])} – {day_text(data['until'])}"),
        heading("Menurut status", 2),
        table(["Status", "Jumlah klaim"], [[STATE_TEXT.get(s, str(s)), N(int(by_state[s]))]
                                           for s in states], [70, 30], numeric=(1,),
              total=["Jumlah", N(sum(int(v) for v in by_state.values()))], avail=width * 0.5),
        heading("Menurut program", 2),
        table(["Program", "Klaim", "Dibayar", "Nilai dibayar"],
              [[p, N(int(v.get("count", 0))), N(int(v.get("paid_count", 0))),
                RP(int(v.get("amount_paid", 0)))] for p, v in sorted(programmes.items())],
              [25, 20, 20, 35], numeric=(1, 2, 3),
              total=["Jumlah", N(sum(int(v.get("count", 0)) for v in programmes.values())),
                     N(sum(int(v.get("paid_count", 0)) for v in programmes.values())),
                     RP(int(summary.get("amount_paid", 0)))], avail=width * 0.6),
        heading("Daftar klaim", 2),
        Grid(COLUMNS, data["rows"]) if data["rows"] else text("Tidak ada klaim pada periode ini."),
    ]
