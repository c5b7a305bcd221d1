"""The dossier's pages, from the figures `reports.paritrana.collect` gathered."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Table, TableStyle

from domain.formatting import (
    format_date,
    format_number,
    format_percent,
    format_rupiah,
)
from reports.blocks import facts_table, gap, heading, table, text
from reports.charts import bar_chart, line_chart
from reports.common import (
    avail_width,
    day_text,
    days_left_text,
    keep,
    month_label,
    programmes_text,
    short_day,
)
from reports.params import StoreFacts
from reports.styles import RULE

N, RP = format_number, format_rupiah
STATUS = {"aktif": "Aktif", "perlu_diperpanjang": "Perlu diperpanjang",
          "kedaluwarsa": "Kedaluwarsa", "diakhiri": "Diakhiri", "belum_berlaku": "Belum berlaku"}


def _months_in(start: str, end: str) -> int:
    a, b = date.fromisoformat(start), date.fromisoformat(end)
    return (b.year - a.year) * 12 + b.month - a.month + 1


def coverage_percent(data: dict[str, Any]) -> float | None:
    workforce = data["workforce"]
    if not workforce or not workforce["count"]:
        return None
    return 100.0 * int(data["active_members"]) / int(workforce["count"])


def cover(data: dict[str, Any], facts: StoreFacts) -> list[Flowable]:
    year, width = data["year"], avail_width()
    pct = coverage_percent(data)
    key_figures = [
        (f"Peserta aktif per {day_text(data['on'])}", N(data["active_members"])),
        (f"Terlindungi selama tahun {year}", N(data["protected"]["total"])),
        ("Cakupan universal", format_percent(pct) if pct is not None else "belum ada data"),
        ("Manfaat dibayar", RP(int(data["claims"].get("amount_paid", 0)))),
    ]
    return [
        gap(35 * mm), text(f"PEMERINTAH {facts.city.upper()}", "cover_sub"),
        text(facts.office, "cover_sub"), gap(18 * mm),
        text(f"DOSSIER PARITRANA AWARD {year}", "cover_title"),
        text("Komitmen Pemerintah Daerah dalam Perlindungan Jaminan Sosial "
             "Ketenagakerjaan bagi Pekerja Rentan — Program Makassar Berjasa", "cover_sub"),
        gap(10 * mm),
        text(f"Periode penilaian: 1 Januari {year} – 31 Desember {year}", "cover_sub"),
        text(f"Keadaan data per {format_date(date.fromisoformat(data['on']))}", "cover_sub"),
        gap(14 * mm), facts_table(key_figures, width * 0.8, large=True), PageBreak(),
    ]


def identity(data: dict[str, Any], facts: StoreFacts) -> list[Flowable]:
    year, head = data["year"], data["head_of_office"] or {}
    pairs = [("Pemerintah daerah", facts.city), ("Perangkat daerah pengusul", facts.office),
             ("Periode penilaian", f"1 Januari {year} – 31 Desember {year}"),
             ("Keadaan data per", day_text(data["on"])),
             ("Kepala perangkat daerah", head.get("name", "belum dicatat")),
             ("Program", "Makassar Berjasa (Berbagi Jaminan Sosial): iuran BPJS "
                         "Ketenagakerjaan pekerja rentan dibayar dari APBD")]
    return [heading("1. Identitas Daerah dan Periode"), facts_table(pairs, avail_width())]


def regulations(data: dict[str, Any]) -> list[Flowable]:
    rows = [[r["kind"], r["number"], day_text(r["issued_on"]), r["subject"],
             r["status"].capitalize()] for r in data["regulations"]]
    if not rows:
        return [heading("2. Regulasi dan Kebijakan"),
                text("Belum ada regulasi yang dicatat sampai "
                     f"{day_text(data['regulations_until'])}.")]
    return [heading("2. Regulasi dan Kebijakan"),
            text(f"{N(len(rows))} regulasi dan kebijakan yang ditetapkan sampai "
                 f"{day_text(data['regulations_until'])} tercatat dalam sistem."),
            table(["Jenis", "Nomor", "Tanggal", "Tentang", "Status"], rows,
                  [10, 22, 18, 55, 13], avail=avail_width())]


def budget(data: dict[str, Any]) -> list[Flowable]:
    rows, allocation = [], 0
    for q in data["quotas"]:
        seats, months = int(q["seats"]), _months_in(q["period_start"], q["period_end"])
        per_seat = int(q.get("monthly_cost") or 0) // seats if seats else 0
        allocation += int(q.get("yearly_cost") or 0)
        rows.append([q["quota"], q.get("label") or "-", programmes_text(q["programmes"]),
                     N(seats), RP(per_seat), N(months), RP(int(q.get("yearly_cost") or 0))])
    documented = sum(int(a["amount"]) for a in data["allocations"])
    paid = sum(int(p["amount"]) for p in data["payments"])
    base = documented or allocation
    out: list[Flowable] = [
        heading("3. Anggaran APBD untuk Iuran dan Realisasinya"),
        heading("Kebutuhan iuran menurut kuota", 2),
        text("Kursi × iuran per kursi per bulan × jumlah bulan periode kuota.", "note"),
        table(["Kuota", "Nama", "Program", "Kursi", "Iuran/kursi/bln", "Bulan", "Kebutuhan"],
              rows, [16, 30, 14, 13, 17, 9, 22], numeric=(3, 4, 5, 6),
              total=["Jumlah", "", "", "", "", "", RP(allocation)], avail=avail_width()),
    ]
    if data["allocations"]:
        out.append(keep(heading("Pagu APBD/APBD-P untuk iuran", 2), table(
            ["Dokumen anggaran", "Pagu"],
            [[a["document"], RP(int(a["amount"]))] for a in data["allocations"]],
            [70, 30], numeric=(1,), total=["Jumlah", RP(documented)], avail=avail_width())))
    pay_rows = [[day_text(p["paid_on"]), p["reference"], p.get("note") or "-",
                 RP(int(p["amount"]))] for p in data["payments"]]
    out.append(keep(heading("Realisasi pembayaran iuran", 2), table(
        ["Tanggal bayar", "Nomor SP2D/bukti", "Keterangan", "Nilai"], pay_rows,
        [18, 25, 37, 20], numeric=(3,), total=["Jumlah", "", "", RP(paid)],
        avail=avail_width())))
    share = format_percent(100.0 * paid / base) if base else "-"
    basis = "pagu" if documented else "kebutuhan menurut kuota"
    out.append(text(f"Realisasi {RP(paid)} dari {basis} {RP(base)} ({share})."))
    return out


def protection(data: dict[str, Any]) -> list[Flowable]:
    protected = data["protected"]
    year = data["year"]
    seg_rows = [[s, N(protected["by_segment"].get(s, 0)), N(data["active_by_segment"].get(s, 0))]
                for s in sorted(set(protected["by_segment"]) | set(data["active_by_segment"]))]
    kec_rows = [[k, N(protected["by_kecamatan"].get(k, 0)),
                 N(data["active_by_kecamatan"].get(k, 0))]
                for k in sorted(set(protected["by_kecamatan"]) | set(data["active_by_kecamatan"]))]
    occupations = list(protected["by_occupation"].items())[:15]
    active = f"Aktif per {short_day(data['on'])}"
    out: list[Flowable] = [
        keep(heading("4. Perlindungan Pekerja Rentan"),
             text(f"Terlindungi selama tahun {year}: {N(protected['total'])} pekerja. "
                  f"Aktif per {day_text(data['on'])}: {N(data['active_members'])} pekerja."),
             heading("Menurut segmen", 2),
             table(["Segmen", f"Terlindungi {year}", active], seg_rows, [60, 20, 20],
                   numeric=(1, 2), total=["Jumlah", N(protected["total"]),
                                          N(data["active_members"])], avail=avail_width())),
        keep(heading("Menurut pekerjaan (15 terbanyak)", 2),
             table(["Pekerjaan", f"Terlindungi {year}"], [[o, N(n)] for o, n in occupations],
                   [70, 30], numeric=(1,), avail=avail_width())),
        keep(heading("Menurut kecamatan", 2),
             table(["Kecamatan", f"Terlindungi {year}", active], kec_rows, [60, 20, 20],
                   numeric=(1, 2), total=["Jumlah", N(protected["total"]),
                                          N(data["active_members"])], avail=avail_width())),
    ]
    return out + growth_charts(data)


def growth_charts(data: dict[str, Any]) -> list[Flowable]:
    monthly: dict[str, dict[str, int]] = data["monthly"]
    totals = monthly.get("Semua") or next(iter(monthly.values()), {})
    months = list(totals)
    labels = [month_label(m) for m in months]
    out: list[Flowable] = [CondPageBreak(80 * mm),
                           heading("Pertumbuhan peserta aktif per bulan", 2)]
    if not months:
        return [*out, text("Belum ada data cakupan bulanan untuk tahun ini.")]
    out.append(bar_chart(f"Peserta aktif pada akhir bulan, {data['year']}", labels,
                         [totals[m] for m in months]))
    by_segment = data["monthly_by_segment"]
    ranked = sorted(by_segment, key=lambda k: (-max(by_segment[k].values(), default=0), k))
    series = [(k, [by_segment[k].get(m, 0) for m in months]) for k in ranked[:5]]
    if series:
        out += [gap(8), line_chart("Peserta aktif per segmen pada akhir bulan", labels, series)]
    return out


def coverage(data: dict[str, Any]) -> list[Flowable]:
    workforce, target = data["workforce"], data["target"]
    pct = coverage_percent(data)
    pairs = [
        ("Peserta aktif (pembilang)", N(data["active_members"])),
        ("Jumlah pekerja (penyebut)",
         f"{N(int(workforce['count']))} — sumber: {workforce['source']}" if workforce
         else "belum dicatat (berjasa-admin policy workforce set)"),
        ("Cakupan", format_percent(pct) if pct is not None else "-"),
        ("Target", format_percent(target["percent"]) if target else "belum dicatat"),
    ]
    if pct is not None and target:
        gap_pct = float(target["percent"]) - pct
        pairs.append(("Selisih terhadap target",
                      "target tercapai" if gap_pct <= 0 else format_percent(gap_pct)))
    return [keep(heading("5. Cakupan Universal (Universal Coverage)"),
                 facts_table(pairs, avail_width()), gap(4)),
            text("Cakupan dihitung dari peserta yang iurannya dibayar Pemkot melalui program "
                 "ini terhadap jumlah pekerja tahun tersebut menurut sumber yang dicatat.",
                 "note")]


def benefits(data: dict[str, Any]) -> list[Flowable]:
    claims = data["claims"]
    rows = [[p, N(int(v.get("count", 0))), N(int(v.get("paid_count", 0))),
             RP(int(v.get("amount_paid", 0)))]
            for p, v in sorted(claims.get("by_programme", {}).items())]
    counts = sum(int(v.get("count", 0)) for v in claims.get("by_programme", {}).values())
    paid = sum(int(v.get("paid_count", 0)) for v in claims.get("by_programme", {}).values())
    return [keep(heading("6. Manfaat yang Dibayarkan (Klaim)"),
                 text(f"Klaim dengan tanggal kejadian 1 Januari {data['year']} – "
                      f"{day_text(data['claims_until'])}.", "note"),
                 table(["Program", "Klaim", "Dibayar", "Nilai dibayar"], rows,
                       [40, 20, 20, 20], numeric=(1, 2, 3),
                       total=["Jumlah", N(counts), N(paid),
                              RP(int(claims.get("amount_paid", 0)))], avail=avail_width()))]


def agreements(data: dict[str, Any]) -> list[Flowable]:
    rows = [[a["kind"], a["number"], f"{short_day(a['valid_from'])} – {short_day(a['valid_to'])}",
             STATUS.get(a["status"], a["status"]), days_left_text(int(a["days_left"])),
             N(len(a.get("renewals") or []))] for a in data["agreements"]]
    title = heading("7. Nota Kesepahaman (MoU) dan Perjanjian Kerja Sama (PKS)")
    if not rows:
        return [title, text("Belum ada MoU/PKS yang dicatat.")]
    return [keep(title, text(f"Status per {day_text(data['on'])}.", "note"),
                 table(["Jenis", "Nomor", "Masa berlaku", "Status", "Sisa hari", "Adendum"],
                       rows, [7, 35, 24, 15, 10, 11], numeric=(4, 5), avail=avail_width()))]


def innovation(data: dict[str, Any]) -> list[Flowable]:
    agents = data["protected"]["agents"]
    per_kec: dict[str, tuple[set[str], int]] = {}
    for a in agents:
        names, workers = per_kec.get(a["kecamatan"], (set(), 0))
        per_kec[a["kecamatan"]] = (names | {a["agent"]}, workers + int(a["workers"]))
    kec_rows = [[k, N(len(v[0])), N(v[1])] for k, v in sorted(per_kec.items())]
    top = [[a["agent"], a["kecamatan"], N(int(a["workers"]))] for a in agents[:10]]
    return [heading("8. Inovasi: Agen Perisai"),
            text(f"{N(len({a['agent'] for a in agents}))} agen Perisai membawa "
                 f"{N(sum(int(a['workers']) for a in agents))} pekerja yang terlindungi "
                 f"tahun {data['year']}."),
            table(["Kecamatan", "Agen", "Pekerja dibawa"], kec_rows, [60, 20, 20],
                  numeric=(1, 2), avail=avail_width()),
            heading("Agen dengan pekerja terbanyak", 2),
            table(["Agen", "Kecamatan", "Pekerja"], top, [50, 30, 20], numeric=(2,),
                  avail=avail_width())]


def signature(data: dict[str, Any], facts: StoreFacts) -> list[Flowable]:
    head = data["head_of_office"] or {}
    city = facts.city.replace("Kota ", "")
    lines = [text(f"{city}, {day_text(data['on'])}", "sign"),
             text(head.get("title") or f"Kepala {facts.office}", "sign"), gap(18 * mm),
             text(head.get("name") or "(nama kepala dinas belum dicatat)", "sign"),
             text(f"NIP. {head['nip']}" if head.get("nip") else "NIP. -", "sign")]
    width = avail_width()
    block = Table([["", lines]], colWidths=[width * 0.5, width * 0.5])
    block.setStyle(TableStyle([("LINEABOVE", (1, 0), (1, 0), 0, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    closing = text("Demikian dossier ini disusun dari data yang tercatat dalam sistem Makassar "
                   "Berjasa, untuk dipergunakan sebagaimana mestinya.")
    return [gap(6 * mm), keep(closing, gap(4 * mm), block)]


def story(data: dict[str, Any], facts: StoreFacts) -> list[Flowable]:
    return [*cover(data, facts), *identity(data, facts), *regulations(data), *budget(data),
            *protection(data), *coverage(data), *benefits(data), *agreements(data),
            *innovation(data), *signature(data, facts)]
