"""Rekap kuota: one section per budget year, never summed across years: each quota's seats
and use, its need (seat-months x tariff) against what its members cost (member-months x
tariff) and the year's pagu, and the maker-checker changes of its seats.

Every money figure is the money read model's (`projections.money`), as of the coverage day
(`--on`, default the as-of date): the same figures the dashboard and the dossier print.
"""

from __future__ import annotations

from typing import Any, TypedDict

from reportlab.platypus import CondPageBreak, Flowable

from domain.formatting import format_number, format_percent, format_rupiah
from domain.model.kuota_rules import ListedChange, PendingChange
from projections.api import Bundle, QuotaRow, ReadModels
from reports.blocks import facts_table, gap, heading, table, text
from reports.common import avail_width, day_text, keep, programmes_text
from reports.params import ReportParams, StoreFacts

TITLE = "Rekap Kuota"
WIDE = True
COVER = False
N, RP = format_number, format_rupiah


class QuotaSection(TypedDict):
    """One budget year: its quotas, its programme bundles and its money."""

    year: int
    quotas: list[QuotaRow]
    bundles: list[Bundle]
    need: int | None
    cost: int | None
    committed: int | None
    pagu: int | None
    paid: int


class QuotaRecap(TypedDict):
    year: int | None  # None: every budget year
    on: str
    sections: list[QuotaSection]


def collect(read_models: ReadModels, params: ReportParams, facts: StoreFacts,
            stored_format: int) -> QuotaRecap:
    """The report's figures (`stored_format`: the format it is made in, which this report's
    words do not depend on)."""
    del stored_format
    on = params.on or facts.as_of_date
    quotas = sorted(read_models.quotas(on=on), key=lambda q: q["quota"])
    years = [params.year] if params.year else sorted({int(q["year"]) for q in quotas})
    sections = []
    for year in years:
        money = read_models.money_year(year, on)
        sections.append(QuotaSection(
            year=year, quotas=[q for q in quotas if q["year"] == year],
            bundles=money["bundles"], need=money["need"], cost=money["cost"],
            committed=money["committed"], pagu=money["pagu"], paid=money["paid"]))
    return QuotaRecap(year=params.year, on=on.isoformat(), sections=sections)


def _rupiah(value: Any) -> str:
    return RP(int(value)) if value is not None else "-"


def _changes(quotas: list[QuotaRow]) -> list[list[str]]:
    rows = []
    for q in quotas:
        # A pending change is not decided yet: no one decided it.
        decided: list[tuple[str, PendingChange | ListedChange, str | None]] = [
            *(("menunggu", c, None) for c in q["pending_changes"]),
            *(("disetujui", c, c["decided_by"]) for c in q["approved_changes"]),
            *(("ditolak", c, c["decided_by"]) for c in q["refused_changes"])]
        for kind, c, decided_by in decided:
            delta = c["delta"]
            rows.append([q["quota"], c["change"] or "-",
                         ("+" if delta > 0 else "") + N(delta), kind.capitalize(),
                         c["proposed_by"] or "-", decided_by or "-", c["reason"] or "-"])
    return rows


# How a quota's opening that is not confirmed is marked beside its name (issue 23).
OPENING_MARKS = {"belum_dikonfirmasi": "BELUM DIKONFIRMASI", "ditolak": "PEMBUKAAN DITOLAK"}


def _name(q: QuotaRow) -> str:
    mark = OPENING_MARKS.get(str(q.get("opening") or ""))
    return f"{q.get('label') or '-'} ({mark})" if mark else str(q.get("label") or "-")


def _quota_rows(quotas: list[QuotaRow]) -> list[list[str]]:
    return [[q["quota"], _name(q), programmes_text(q["programmes"]),
             f"{day_text(q['period_start'])} – {day_text(q['period_end'])}",
             N(int(q["seats"])), N(int(q["used"])), N(int(q["free"])),
             format_percent(100.0 * int(q["used"]) / int(q["seats"]), 1) if q["seats"] else "-",
             N(int(q["seat_months"] or 0)), _rupiah(q["need"]),
             N(int(q["member_months"] or 0)), _rupiah(q["cost"])] for q in quotas]


def section(data: QuotaSection, width: float, on: str) -> list[Flowable]:
    year = data["year"]
    bundles = [[programmes_text(b["programmes"]), ", ".join(b["quotas"]), N(int(b["seats"])),
                N(int(b["seat_months"] or 0)), _rupiah(b["need"]),
                N(int(b["member_months"] or 0)), _rupiah(b["cost"])] for b in data["bundles"]]
    need, cost, pagu = data["need"], data["cost"], data["pagu"]
    summary = [(f"Kebutuhan {year}", _rupiah(need)),
               (f"Realisasi {year} s.d. {on}", _rupiah(cost)),
               (f"Pagu APBD/APBD-P {year}", _rupiah(pagu) if pagu is not None
                else "belum dicatat"),
               (f"Dibayar ke BPJS {year}", _rupiah(data["paid"])),
               ("Realisasi terhadap pagu", format_percent(100.0 * int(cost) / int(pagu))
                if cost is not None and pagu else "-"),
               ("Kebutuhan terhadap pagu", format_percent(100.0 * int(need) / int(pagu))
                if need is not None and pagu else "-")]
    changes = _changes(data["quotas"])
    waiting = [q["quota"] for q in data["quotas"] if q["opening"] == "belum_dikonfirmasi"]
    return [
        CondPageBreak(60), heading(f"Tahun anggaran {year}"),
        table(["Kuota", "Nama", "Program", "Periode", "Kursi", "Terpakai", "Sisa", "% pakai",
               "Kursi-bulan", "Kebutuhan", "Peserta-bulan", "Realisasi"],
              _quota_rows(data["quotas"]), [10, 16, 8, 19, 7, 7, 6, 6, 10, 13, 11, 13],
              numeric=(4, 5, 6, 7, 8, 9, 10, 11), avail=width),
        *([text(f"Belum dikonfirmasi orang kedua (kursinya belum dapat dipakai): "
                f"{', '.join(waiting)}.", "note")] if waiting else []),
        keep(heading(f"Menurut program, {year}", 2),
             table(["Program", "Kuota", "Kursi", "Kursi-bulan", "Kebutuhan", "Peserta-bulan",
                    "Realisasi"], bundles, [12, 24, 9, 11, 16, 13, 16],
                   numeric=(2, 3, 4, 5, 6), avail=width * 0.85)),
        keep(heading(f"Kebutuhan, realisasi dan pagu {year}", 2),
             text("Kebutuhan: kursi-bulan × tarif; realisasi: peserta-bulan × tarif.", "note"),
             facts_table(summary, width * 0.6)),
        keep(heading(f"Perubahan kursi {year} (maker-checker)", 2),
             table(["Kuota", "Usulan", "Perubahan", "Status", "Diusulkan oleh",
                    "Diputuskan oleh", "Alasan"], changes, [12, 14, 10, 10, 12, 12, 40],
                   numeric=(2,), avail=width)
             if changes else text("Tidak ada perubahan kursi.", "note")),
        gap(),
    ]


def story(data: QuotaRecap, facts: StoreFacts) -> list[Flowable]:
    width = avail_width(WIDE)
    on = day_text(data["on"])
    scope = f"tahun anggaran {data['year']}" if data["year"] else "semua tahun anggaran"
    out: list[Flowable] = [
        heading(f"Rekap Kuota — {scope}"),
        text(f"Satu bagian per tahun anggaran; angka tahun yang berbeda tidak dijumlahkan. "
             f"Realisasi dihitung sampai {on}.", "note"),
    ]
    for item in data["sections"]:
        out += section(item, width, on)
    if not data["sections"]:
        out.append(text("Belum ada kuota."))
    return out
