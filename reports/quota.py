"""Rekap kuota: seats, use, free seats and cost of every quota (or one year's)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from domain.formatting import format_number, format_percent, format_rupiah
from projections.api import ReadModels
from reports.blocks import gap, heading, table, text
from reports.common import avail_width, day_text, programmes_text
from reports.params import ReportParams, StoreFacts

TITLE = "Rekap Kuota"
WIDE = True
COVER = False
N, RP = format_number, format_rupiah


def collect(read_models: ReadModels, params: ReportParams, facts: StoreFacts) -> dict[str, Any]:
    quotas = [q for q in read_models.quotas() if params.year is None or q["year"] == params.year]
    return {"year": params.year, "quotas": sorted(quotas, key=lambda q: q["quota"])}


def _changes(quotas: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for q in quotas:
        for kind, items in (("menunggu", q.get("pending_changes") or []),
                            ("disetujui", q.get("approved_changes") or [])):
            for c in items:
                delta = int(c.get("delta", 0))
                rows.append([q["quota"], str(c.get("change", "-")), f"{delta:+,}".replace(",", "."),
                             kind.capitalize(), str(c.get("proposed_by") or "-"),
                             str(c.get("decided_by") or "-"), str(c.get("reason") or "-")])
    return rows


def story(data: dict[str, Any], facts: StoreFacts) -> list[Flowable]:
    quotas = data["quotas"]
    width = avail_width(WIDE)
    rows = [[q["quota"], str(q.get("year")), q.get("label") or "-",
             programmes_text(q["programmes"]),
             f"{day_text(q['period_start'])} – {day_text(q['period_end'])}",
             N(int(q["seats"])), N(int(q["used"])), N(int(q["free"])),
             format_percent(100.0 * int(q["used"]) / int(q["seats"]), 1) if q["seats"] else "-",
             RP(int(q.get("monthly_cost") or 0)), RP(int(q.get("yearly_cost") or 0))]
            for q in quotas]
    total = ["Jumlah", "", "", "", "", N(sum(int(q["seats"]) for q in quotas)),
             N(sum(int(q["used"]) for q in quotas)), N(sum(int(q["free"]) for q in quotas)), "",
             RP(sum(int(q.get("monthly_cost") or 0) for q in quotas)),
             RP(sum(int(q.get("yearly_cost") or 0) for q in quotas))]
    scope = f"tahun anggaran {data['year']}" if data["year"] else "semua tahun"
    return [
        heading(f"Rekap Kuota — {scope}"),
        table(["Kuota", "Tahun", "Nama", "Program", "Periode", "Kursi", "Terpakai", "Sisa",
               "% pakai", "Biaya/bulan", "Biaya/tahun"], rows,
              [11, 7, 20, 9, 24, 9, 9, 8, 8, 14, 15], numeric=(5, 6, 7, 8, 9, 10), total=total,
              avail=width),
        text("Biaya per bulan: semua kursi pada bulan pertama periode, menurut tarif iuran "
             "yang berlaku.", "note"),
        gap(), heading("Perubahan kursi (maker-checker)", 2),
        table(["Kuota", "Usulan", "Perubahan", "Status", "Diusulkan oleh", "Diputuskan oleh",
               "Alasan"], _changes(quotas), [12, 14, 10, 10, 12, 12, 40], numeric=(2,),
              avail=width),
    ]
