"""Laporan klaim: claims of a period by state and programme, what was paid by benefit
component, how long the open ones have been open, and the list of claims with their
components, days open and heir (ahli waris)."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from domain.formatting import format_number, format_rupiah
from projections.api import ClaimRow, ClaimsSummary, ProgrammeClaims, ReadModels
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
              "diajukan": "Diajukan ke BPJS", "dibayar": "Dibayar", "ditolak": "Ditolak",
              "perlu_verifikasi": "Perlu verifikasi", "verifikasi": "Perlu verifikasi"}
# The summary's figures that do not depend on the day they are read (not "overdue").
AGEING = ((0, 30, "0–30 hari"), (31, 60, "31–60 hari"), (61, 90, "61–90 hari"),
          (91, None, "lebih dari 90 hari"))
COLUMNS = (Column("Klaim", 15), Column("NIK", 12), Column("Nama", 13, wrap=True),
           Column("Kecamatan", 9), Column("Prog.", 5, "C"), Column("Kejadian", 9, "C"),
           Column("Status", 10, wrap=True), Column("Hari", 5, "R"),
           Column("Komponen manfaat", 20, wrap=True), Column("Dibayar", 10, "R"),
           Column("Ahli waris", 15, wrap=True), Column("Keterangan", 11, wrap=True))


def period(params: ReportParams, facts: StoreFacts) -> tuple[date, date]:
    if params.since or params.until:
        return (params.since or date(2015, 1, 1), params.until or facts.as_of_date)
    year = params.year or facts.as_of_date.year
    return date(year, 1, 1), min(date(year, 12, 31), facts.as_of_date)


def component_text(code: str) -> str:
    """`santunan_sekaligus` → `Santunan sekaligus`."""
    words = str(code).replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _components(claim: ClaimRow) -> str:
    parts = []
    for item in claim["benefits"]:
        amount = item["amount"]
        parts.append(f"{component_text(item['component'])} "
                     + (RP(int(amount)) if amount is not None else "sesuai biaya"))
    return "; ".join(parts) or "-"


def _heir(claim: ClaimRow, full_nik: bool) -> str:
    heir = claim["heir"]
    if not heir:
        return "-"
    relation = str(heir.get("relation") or "").replace("_", " ")
    nik = f" NIK {shown_nik(heir['nik'], full_nik)}" if heir.get("nik") else ""
    return f"{heir.get('name') or '-'}" + (f" ({relation})" if relation else "") + nik


def _row(c: ClaimRow, full_nik: bool) -> tuple[str, ...]:
    days_open = c["days_open"]
    return (c["claim"], shown_nik(c["nik"], full_nik), str(c["name"] or "-"),
            str(c["kecamatan"] or "-"), c["programme"], short_day(c["incident_date"]),
            STATE_TEXT.get(c["state"], str(c["state"]).replace("_", " ").capitalize()),
            N(days_open) if days_open is not None else "-", _components(c),
            RP(c["amount_paid"]) if c["amount_paid"] else "-",
            _heir(c, full_nik), str(c["rejection_reason"] or ""))


def _ageing(claims: list[ClaimRow]) -> list[tuple[str, int]]:
    open_days = [c["days_open"] for c in claims if c["days_open"] is not None]
    return [(label, sum(1 for d in open_days if low <= d and (high is None or d <= high)))
            for low, high, label in AGEING]


class ClaimFigures(TypedDict):
    """The claims summary's figures a report prints (not "overdue": it depends on the day
    the summary is read, which a regenerated report could not repeat)."""

    count: int
    by_state: dict[str, int]
    by_programme: dict[str, ProgrammeClaims]
    amount_paid: int
    paid_by_component: dict[str, int]


def claim_figures(summary: ClaimsSummary) -> ClaimFigures:
    return ClaimFigures(count=summary["count"], by_state=summary["by_state"],
                        by_programme=summary["by_programme"],
                        amount_paid=summary["amount_paid"],
                        paid_by_component=summary["paid_by_component"])


class ClaimsData(TypedDict):
    since: str
    until: str
    days_to: str  # days open are counted to this day (the as-of date)
    summary: ClaimFigures
    ageing: list[tuple[str, int]]
    rows: list[tuple[str, ...]]


def collect(read_models: ReadModels, params: ReportParams, facts: StoreFacts,
            stored_format: int) -> ClaimsData:
    """The report's figures (`stored_format`: the format it is made in, which this report's
    words do not depend on)."""
    del stored_format
    since, until = period(params, facts)
    # Days open are counted to the as-of date: the same figure whenever it is regenerated.
    claims = read_models.claims(since=since, until=until, on=facts.as_of_date)
    ordered = sorted(claims, key=lambda c: (c["incident_date"], c["claim"]))
    summary = read_models.claims_summary(since=since, until=until)
    return ClaimsData(since=since.isoformat(), until=until.isoformat(),
                      days_to=facts.as_of_date.isoformat(), summary=claim_figures(summary),
                      ageing=_ageing(claims), rows=[_row(c, params.full_nik) for c in ordered])


def story(data: ClaimsData, facts: StoreFacts) -> list[Flowable]:
    summary, width = data["summary"], avail_width(WIDE)
    by_state = summary["by_state"]
    states = [s for s in STATES if s in by_state] + sorted(set(by_state) - set(STATES))
    programmes = summary["by_programme"]
    components = summary["paid_by_component"]
    return [
        heading(f"Laporan Klaim {day_text(data['since'])} – {day_text(data['until'])}"),
        text("Klaim dengan tanggal kejadian dalam periode ini. Hari: lama klaim terbuka, sejak "
             f"dilaporkan sampai {day_text(data['days_to'])}, untuk klaim yang belum selesai.",
             "note"),
        heading("Menurut status", 2),
        table(["Status", "Jumlah klaim"],
              [[STATE_TEXT.get(s, str(s).replace("_", " ").capitalize()), N(by_state[s])]
               for s in states], [70, 30], numeric=(1,),
              total=["Jumlah", N(sum(by_state.values()))], avail=width * 0.5),
        heading("Menurut program", 2),
        table(["Program", "Klaim", "Dibayar", "Nilai dibayar"],
              [[p, N(v["count"]), N(v["paid_count"]), RP(v["amount_paid"])]
               for p, v in sorted(programmes.items())],
              [25, 20, 20, 35], numeric=(1, 2, 3),
              total=["Jumlah", N(sum(v["count"] for v in programmes.values())),
                     N(sum(v["paid_count"] for v in programmes.values())),
                     RP(summary["amount_paid"])], avail=width * 0.6),
        heading("Dibayar menurut komponen manfaat", 2),
        table(["Komponen", "Nilai dibayar"],
              [[component_text(k), RP(v)] for k, v in components.items()], [70, 30],
              numeric=(1,), total=["Jumlah", RP(sum(components.values()))],
              avail=width * 0.5) if components else text("Belum ada klaim dibayar.", "note"),
        heading("Klaim yang belum selesai menurut lama terbuka", 2),
        table(["Lama terbuka", "Klaim"], [[label, N(n)] for label, n in data["ageing"]],
              [70, 30], numeric=(1,), total=["Jumlah", N(sum(n for _l, n in data["ageing"]))],
              avail=width * 0.4),
        CondPageBreak(60 * mm), heading("Daftar klaim", 2),
        Grid(COLUMNS, data["rows"]) if data["rows"] else text("Tidak ada klaim pada periode ini."),
    ]
