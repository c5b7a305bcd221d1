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
STATES = ("perlu_verifikasi", "dilaporkan", "dokumen_lengkap", "diajukan",
          "menunggu_konfirmasi_bayar", "dibayar", "ditolak")
STATE_TEXT = {"perlu_verifikasi": "Perlu verifikasi", "dilaporkan": "Dilaporkan",
              "dokumen_lengkap": "Dokumen lengkap", "diajukan": "Diajukan ke BPJS",
              "menunggu_konfirmasi_bayar": "Menunggu konfirmasi bayar", "dibayar": "Dibayar",
              "ditolak": "Ditolak"}
# Benefit components (codes of domain/data/manfaat-klaim.csv) as the report names them.
COMPONENT_TEXT = {"santunan_sekaligus": "Santunan sekaligus (JKM)",
                  "santunan_berkala": "Santunan berkala", "biaya_pemakaman": "Biaya pemakaman",
                  "santunan_kematian": "Santunan kematian (JKK, 48 x penghasilan)",
                  "stmb": "Santunan tidak mampu bekerja (JKK)",
                  "cacat_kali_penghasilan": "Santunan cacat (JKK)",
                  "selisih_pembayaran": "Selisih bayar BPJS terhadap usulan"}
COLUMNS = (Column("Klaim", 11), Column("NIK", 13), Column("Nama", 17),
           Column("Kecamatan", 11),
           Column("Program", 6, "C"), Column("Kejadian", 8, "C"), Column("Status", 11),
           Column("Hari", 4, "R"), Column("Usulan", 10, "R"),
           Column("Dibayar", 10, "R"), Column("Tgl bayar", 8, "C"),
           Column("Keterangan", 16, wrap=True))


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
             "-" if c.get("days_open") is None else N(int(c["days_open"])),
             RP(int(c["proposed_amount"])) if c.get("proposed_amount") is not None else "-",
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
        *_by_component(summary.get("paid_by_component") or {}, width),
        heading("Daftar klaim", 2),
        Grid(COLUMNS, data["rows"]) if data["rows"] else text("Tidak ada klaim pada periode ini."),
    ]


def _by_component(paid: dict[str, int], width: float) -> list[Flowable]:
    """Paid amounts by benefit component (the proposal's components of paid claims)."""
    if not paid:
        return []
    return [
        heading("Dibayar menurut komponen manfaat", 2),
        table(["Komponen", "Nilai dibayar"],
              [[COMPONENT_TEXT.get(k, k.replace("_", " ")), RP(int(v))]
               for k, v in paid.items()], [65, 35], numeric=(1,),
              total=["Jumlah", RP(sum(int(v) for v in paid.values()))], avail=width * 0.6),
    ]
