"""The dossier's pages, from the figures `reports.paritrana.collect` gathered.

A submission: letterhead and cover with the dates its figures are for, table of contents,
national legal basis beside the city's regulations, the budget's need against its pagu
and realisation, protection on the year's last day compared with the year before (by
segment, kecamatan, sex and disability), the indicators each named with its source,
benefits, MoU/PKS, innovation, and the signature block dated on the day of signing.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak
from reportlab.platypus.tableofcontents import TableOfContents

from domain.formatting import (
    format_datetime,
    format_decimal,
    format_number,
    format_percent,
    format_rupiah,
)
from reports.blocks import facts_table, gap, heading, table, text
from reports.charts import bar_chart, line_chart
from reports.claims import component_text
from reports.common import (
    avail_width,
    day_text,
    days_left_text,
    keep,
    month_label,
    programmes_text,
    short_day,
)
from reports.letter import letterhead, signature_block
from reports.params import StoreFacts
from reports.paritrana import DossierData, DossierRegulation
from reports.styles import styles

N, RP = format_number, format_rupiah
STATUS = {"aktif": "Aktif", "perlu_diperpanjang": "Perlu diperpanjang",
          "kedaluwarsa": "Kedaluwarsa", "diakhiri": "Diakhiri", "belum_berlaku": "Belum berlaku",
          "diganti": "Diganti"}
# The segments charted one by one; the others are summed as one "Lainnya" line.
CHART_SERIES = 5
OTHERS = "Lainnya"


def signed(delta: int) -> str:
    """`+1.234`, `-56`, `0`."""
    return ("+" if delta > 0 else "") + N(delta)


def growth_text(before: int, now: int) -> str:
    """The change in percent of the earlier figure, or "baru" when it was zero."""
    if before == 0:
        return "baru" if now else "-"
    change = 100.0 * (now - before) / before
    return ("+" if change > 0 else "") + format_percent(change, 1)


def points(value: float) -> str:
    """A difference of percentages, in percentage points: `+3,47 poin persentase`."""
    return ("+" if value > 0 else "") + f"{format_decimal(value, 2)} poin persentase"


def growth_rows(before: dict[str, int], now: dict[str, int],
                order: list[str] | None = None) -> list[list[str]]:
    keys = order or sorted(set(before) | set(now))
    return [[k, N(before.get(k, 0)), N(now.get(k, 0)), signed(now.get(k, 0) - before.get(k, 0)),
             growth_text(before.get(k, 0), now.get(k, 0))] for k in keys]


def programme_coverage(data: DossierData) -> float | None:
    """Members covered on the coverage day over the PBPU universe of the year, in %."""
    pbpu = data["pbpu"]
    if not pbpu or not int(pbpu["count"]):
        return None
    return 100.0 * int(data["covered"]["total"]) / int(pbpu["count"])


def cover(data: DossierData, facts: StoreFacts) -> list[Flowable]:
    year, width = data["year"], avail_width()
    now, before = data["covered"], data["covered_before"]
    bpjs = data["bpjs_coverage"]
    key_figures = [
        (f"Pekerja terlindungi per {day_text(data['on'])}", N(now["total"])),
        (f"Pertumbuhan dari {day_text(data['previous_on'])}",
         f"{signed(now['total'] - before['total'])} "
         f"({growth_text(before['total'], now['total'])})"),
        (f"Terlindungi selama tahun {year}", N(data["protected"]["total"])),
        ("Cakupan universal (dilaporkan BPJS Ketenagakerjaan)",
         format_percent(float(bpjs["percent"])) if bpjs else "belum dicatat"),
        ("Manfaat dibayar", RP(data["claims"]["amount_paid"])),
    ]
    return [
        *letterhead(data["letterhead"], data["emblem"], facts), gap(16 * mm),
        text(f"DOSSIER PARITRANA AWARD {year}", "cover_title"),
        text("Komitmen Pemerintah Daerah dalam Perlindungan Jaminan Sosial "
             "Ketenagakerjaan bagi Pekerja Rentan — Program Makassar Berjasa", "cover_sub"),
        gap(8 * mm),
        text(f"Periode penilaian: 1 Januari {year} – 31 Desember {year}", "cover_sub"),
        text(f"Kepesertaan per {day_text(data['on'])}, dibandingkan dengan "
             f"{day_text(data['previous_on'])}", "cover_sub"),
        text(f"Data tercatat sampai {format_datetime(facts.local_as_of)}", "cover_sub"),
        gap(10 * mm), facts_table(key_figures, width * 0.9, large=True), PageBreak(),
    ]


def contents() -> list[Flowable]:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [styles()["toc"]]
    return [text("Daftar Isi", "title"), gap(4 * mm), toc, PageBreak()]


def identity(data: DossierData, facts: StoreFacts) -> list[Flowable]:
    year, head, contact = data["year"], data["head_of_office"], data["letterhead"]
    pairs = [("Pemerintah daerah", facts.city), ("Perangkat daerah pengusul", facts.office),
             ("Alamat", (contact and contact["address"]) or "belum dicatat"),
             ("Periode penilaian", f"1 Januari {year} – 31 Desember {year}"),
             ("Kepesertaan dihitung per", day_text(data["on"])),
             ("Dibandingkan dengan", day_text(data["previous_on"])),
             ("Kepala perangkat daerah", head["name"] if head else "belum dicatat"),
             ("Pangkat/golongan", (head and head["rank"]) or "belum dicatat"),
             ("Program", "Makassar Berjasa (Berbagi Jaminan Sosial): iuran BPJS "
                         "Ketenagakerjaan pekerja rentan dibayar dari APBD")]
    return [heading("1. Identitas Daerah dan Periode"), facts_table(pairs, avail_width())]


def _regulation_table(items: list[DossierRegulation]) -> Flowable:
    rows = [[r["kind"], r["number"], day_text(r["issued_on"]), r["subject"],
             str(r["status"]).capitalize()] for r in items]
    return table(["Jenis", "Nomor", "Tanggal", "Tentang", "Status"], rows,
                 [11, 22, 18, 54, 13], avail=avail_width())


def regulations(data: DossierData) -> list[Flowable]:
    title = heading("2. Dasar Hukum, Regulasi dan Kebijakan")
    national = [r for r in data["regulations"] if r["level"] == "nasional"]
    local = [r for r in data["regulations"] if r["level"] != "nasional"]
    until = day_text(data["regulations_until"])
    out: list[Flowable] = [title, text(
        f"{N(len(national))} dasar hukum nasional dan {N(len(local))} regulasi/kebijakan "
        f"daerah yang ditetapkan sampai {until} tercatat dalam sistem.")]
    out.append(heading("Dasar hukum nasional", 2))
    out.append(_regulation_table(national) if national else
               text("Belum ada dasar hukum nasional yang dicatat "
                    "(berjasa-admin policy regulation add --kind UU|PP|Perpres|...)."))
    out.append(heading("Regulasi dan kebijakan daerah", 2))
    out.append(_regulation_table(local) if local else
               text("Belum ada regulasi daerah yang dicatat."))
    return out


def _rupiah(value: Any) -> str:
    return RP(int(value)) if value is not None else "tarif belum ada"


def budget(data: DossierData) -> list[Flowable]:
    year, on = data["year"], day_text(data["on"])
    rows = [[q["quota"], q["label"] or "-", programmes_text(q["programmes"]),
             N(q["seats"]), N(q["money"]["seat_months"] or 0),
             _rupiah(q["money"]["need"]), N(q["money"]["member_months"] or 0),
             _rupiah(q["money"]["cost"])] for q in data["quotas"]]
    need = sum(q["money"]["need"] or 0 for q in data["quotas"])
    cost = sum(q["money"]["cost"] or 0 for q in data["quotas"])
    documented = sum(a["amount"] for a in data["allocations"])
    paid = sum(p["amount"] for p in data["payments"])
    out: list[Flowable] = [
        heading("3. Anggaran APBD untuk Iuran dan Realisasinya"),
        heading(f"Kebutuhan dan biaya iuran {year} menurut kuota", 2),
        text("Kebutuhan: kursi kuota pada tiap bulan (perubahan yang disetujui sejak bulan "
             "berlakunya) × iuran per kursi menurut tarif bulan itu. Biaya: peserta yang "
             f"terlindungi tiap bulan × iuran, sampai bulan {on}.", "note"),
        table(["Kuota", "Nama", "Program", "Kursi", "Kursi-bulan", "Kebutuhan",
               "Peserta-bulan", "Biaya"], rows, [13, 19, 10, 8, 13, 16, 15, 16],
              numeric=(3, 4, 5, 6, 7), avail=avail_width()),
    ]
    if data["allocations"]:
        out.append(keep(heading("Pagu APBD/APBD-P untuk iuran", 2), table(
            ["Dokumen anggaran", "Pagu"],
            [[a["document"], RP(a["amount"])] for a in data["allocations"]],
            [70, 30], numeric=(1,), total=["Jumlah", RP(documented)], avail=avail_width())))
    pay_rows = [[day_text(p["paid_on"]), p["reference"], p["note"] or "-",
                 RP(p["amount"])] for p in data["payments"]]
    out.append(keep(heading("Realisasi pembayaran iuran", 2), table(
        ["Tanggal bayar", "Nomor SP2D/bukti", "Keterangan", "Nilai"], pay_rows,
        [18, 25, 37, 20], numeric=(3,), total=["Jumlah", "", "", RP(paid)],
        avail=avail_width())))
    summary = [(f"Kebutuhan menurut kuota {year}", RP(need)),
               ("Pagu APBD/APBD-P", RP(documented) if documented else "belum dicatat"),
               (f"Biaya kepesertaan sampai {on}", RP(cost)),
               ("Realisasi pembayaran", RP(paid)),
               ("Realisasi terhadap pagu",
                format_percent(100.0 * paid / documented) if documented else "-"),
               ("Pagu terhadap kebutuhan",
                format_percent(100.0 * documented / need) if documented and need else "-")]
    out.append(keep(heading("Kebutuhan, pagu, biaya dan realisasi", 2),
                    facts_table(summary, avail_width())))
    return out


def _ordered(before: dict[str, int], now: dict[str, int]) -> list[str]:
    """Largest now first (then largest before, then name): the same order every run."""
    keys = set(before) | set(now)
    return sorted(keys, key=lambda k: (-now.get(k, 0), -before.get(k, 0), k))


def protection(data: DossierData) -> list[Flowable]:
    year, now, before = data["year"], data["covered"], data["covered_before"]
    previous, current = f"Per {short_day(data['previous_on'])}", f"Per {short_day(data['on'])}"
    header = ["", previous, current, "Perubahan", "Pertumbuhan"]
    widths = [44, 14, 14, 14, 14]
    total = ["Jumlah", N(before["total"]), N(now["total"]),
             signed(now["total"] - before["total"]), growth_text(before["total"], now["total"])]

    def growth_table(title: str, old: dict[str, int], new: dict[str, int],
                     labels: dict[str, str] | None = None) -> Flowable:
        rows = growth_rows(old, new, _ordered(old, new))
        for row in rows:
            row[0] = (labels or {}).get(row[0], row[0])
        return keep(heading(title, 2), table([title.split(" ", 1)[1].capitalize(), *header[1:]],
                                             rows, widths, numeric=(1, 2, 3, 4), total=total,
                                             avail=avail_width()))

    sexes = {"L": "Laki-laki", "P": "Perempuan"}
    disabled_before, disabled_now = before["by_disability"], now["by_disability"]
    disability_rows = growth_rows(disabled_before, disabled_now,
                                  ["Penyandang disabilitas", "Bukan penyandang disabilitas"])
    occupations = list(data["protected"]["by_occupation"].items())[:15]
    return [
        heading("4. Perlindungan Pekerja Rentan"),
        text(f"Pekerja yang terlindungi per {day_text(data['on'])}: {N(now['total'])}; per "
             f"{day_text(data['previous_on'])}: {N(before['total'])} "
             f"({signed(now['total'] - before['total'])}, "
             f"{growth_text(before['total'], now['total'])}). Terlindungi pada sedikitnya satu "
             f"hari tahun {year}: {N(data['protected']['total'])} pekerja."),
        growth_table("Menurut segmen", before["by_segment"], now["by_segment"]),
        growth_table("Menurut kecamatan", before["by_kecamatan"], now["by_kecamatan"]),
        growth_table("Menurut jenis kelamin", before["by_sex"], now["by_sex"], sexes),
        keep(heading("Menurut disabilitas", 2),
             table(["Disabilitas", *header[1:]], disability_rows, widths, numeric=(1, 2, 3, 4),
                   total=total, avail=avail_width())),
        keep(heading(f"Menurut pekerjaan (15 terbanyak, terlindungi selama {year})", 2),
             table(["Pekerjaan", f"Terlindungi {year}"], [[o, N(n)] for o, n in occupations],
                   [70, 30], numeric=(1,), avail=avail_width())),
        *growth_charts(data),
    ]


def chart_series(by_key: dict[str, dict[str, int]], months: list[str],
                 limit: int = CHART_SERIES) -> list[tuple[str, list[int]]]:
    """The `limit` largest series, then every other one summed as "Lainnya": no segment
    is left out of the chart."""
    ranked = sorted(by_key, key=lambda k: (-max(by_key[k].values(), default=0), k))
    series = [(k, [by_key[k].get(m, 0) for m in months]) for k in ranked[:limit]]
    rest = ranked[limit:]
    if rest:
        series.append((OTHERS, [sum(by_key[k].get(m, 0) for k in rest) for m in months]))
    return series


def growth_charts(data: DossierData) -> list[Flowable]:
    monthly = data["monthly"]
    totals = monthly.get("Semua") or next(iter(monthly.values()), {})
    months = list(totals)
    labels = [month_label(m) for m in months]
    out: list[Flowable] = [CondPageBreak(80 * mm),
                           heading("Pertumbuhan peserta aktif per bulan", 2)]
    if not months:
        return [*out, text("Belum ada data cakupan bulanan untuk tahun ini.")]
    out.append(bar_chart(f"Peserta aktif pada akhir bulan, {data['year']}", labels,
                         [totals[m] for m in months]))
    series = chart_series(data["monthly_by_segment"], months)
    if series:
        out += [gap(8), line_chart("Peserta aktif per segmen pada akhir bulan", labels, series)]
    return out


def indicators(data: DossierData) -> list[Flowable]:
    bpjs, pbpu, workforce = data["bpjs_coverage"], data["pbpu"], data["workforce"]
    year = data["year"]
    universal = [
        ("Cakupan universal seluruh pekerja",
         format_percent(float(bpjs["percent"])) if bpjs else
         "belum dicatat (berjasa-admin policy coverage set)"),
        ("Sumber", bpjs["source"] if bpjs else "-"),
    ]
    if bpjs and bpjs["covered"]:
        universal.insert(1, ("Pekerja terlindungi menurut BPJS", N(bpjs["covered"])))
    for target in data["targets"]:
        label = f"Target {target['year']}"
        universal.append((label, format_percent(float(target["percent"]))
                          + (f" — {target['source']}" if target["source"] else "")))
        if bpjs:
            gap_points = float(bpjs["percent"]) - float(target["percent"])
            universal.append((f"Selisih terhadap target {target['year']}",
                              points(gap_points) + (" (target tercapai)"
                                                    if gap_points >= 0 else "")))
    if not data["targets"]:
        universal.append(("Target", "belum dicatat (berjasa-admin policy target set)"))
    programme_pct = programme_coverage(data)
    programme = [
        (f"Peserta APBD terlindungi per {day_text(data['on'])} (pembilang)",
         N(data["covered"]["total"])),
        ("Semesta pekerja bukan penerima upah/PBPU (penyebut)",
         f"{N(pbpu['count'])} — sumber: {pbpu['source']}" if pbpu
         else "belum dicatat (berjasa-admin policy pbpu set)"),
        ("Cakupan program", format_percent(programme_pct) if programme_pct is not None else "-"),
    ]
    if workforce:
        programme.append((f"Jumlah pekerja {year} (konteks)",
                          f"{N(workforce['count'])} — sumber: {workforce['source']}"))
    return [
        keep(heading("5. Indikator Cakupan"),
             heading("Cakupan universal jaminan sosial ketenagakerjaan (dilaporkan BPJS "
                     "Ketenagakerjaan)", 2),
             text("Indikator Paritrana: seluruh pekerja di Kota Makassar yang terlindungi "
                  "BPJS Ketenagakerjaan (semua skema dan pembiayaan) terhadap seluruh pekerja, "
                  "seperti dilaporkan BPJS Ketenagakerjaan. Selisih dalam poin persentase.",
                  "note"),
             facts_table(universal, avail_width())),
        keep(heading("Cakupan program Makassar Berjasa (APBD)", 2),
             text("Indikator program: peserta yang iurannya dibayar APBD melalui program ini "
                  "terhadap semesta pekerja bukan penerima upah (PBPU) tahun tersebut. "
                  "Bukan cakupan universal.", "note"),
             facts_table(programme, avail_width())),
    ]


def benefits(data: DossierData) -> list[Flowable]:
    claims = data["claims"]
    rows = [[p, N(v["count"]), N(v["paid_count"]), RP(v["amount_paid"])]
            for p, v in sorted(claims["by_programme"].items())]
    counts = sum(v["count"] for v in claims["by_programme"].values())
    paid = sum(v["paid_count"] for v in claims["by_programme"].values())
    components = claims["paid_by_component"]
    out: list[Flowable] = [keep(
        heading("6. Manfaat yang Dibayarkan (Klaim)"),
        text(f"Klaim dengan tanggal kejadian 1 Januari {data['year']} – "
             f"{day_text(data['claims_until'])}.", "note"),
        table(["Program", "Klaim", "Dibayar", "Nilai dibayar"], rows, [40, 20, 20, 20],
              numeric=(1, 2, 3), total=["Jumlah", N(counts), N(paid),
                                        RP(claims["amount_paid"])],
              avail=avail_width()))]
    if components:
        out.append(keep(heading("Dibayar menurut komponen manfaat", 2), table(
            ["Komponen", "Nilai dibayar"],
            [[component_text(k), RP(v)] for k, v in components.items()], [70, 30],
            numeric=(1,), total=["Jumlah", RP(sum(components.values()))],
            avail=avail_width())))
    return out


def agreements(data: DossierData) -> list[Flowable]:
    rows = [[a["kind"], a["number"], f"{short_day(a['valid_from'])} – {short_day(a['valid_to'])}",
             STATUS.get(a["status"], a["status"]) + (f" oleh {a['replaced_by']}"
                                                     if a.get("replaced_by") else ""),
             days_left_text(a["days_left"]) if a["status"] != "diganti" else "-",
             N(len(a["renewals"]))] for a in data["agreements"]]
    title = heading("7. Nota Kesepahaman (MoU) dan Perjanjian Kerja Sama (PKS)")
    if not rows:
        return [title, text("Belum ada MoU/PKS yang dicatat.")]
    return [keep(title, text(f"Status per {day_text(data['on'])}.", "note"),
                 table(["Jenis", "Nomor", "Masa berlaku", "Status", "Sisa hari", "Adendum"],
                       rows, [7, 31, 21, 21, 9, 11], numeric=(4, 5), avail=avail_width()))]


def innovation(data: DossierData) -> list[Flowable]:
    agents = data["protected"]["agents"]
    per_kec: dict[str, tuple[set[str], int]] = {}
    for a in agents:
        names, workers = per_kec.get(a["kecamatan"], (set(), 0))
        per_kec[a["kecamatan"]] = (names | {a["agent"]}, workers + a["workers"])
    kec_rows = [[k, N(len(v[0])), N(v[1])] for k, v in sorted(per_kec.items())]
    top = [[a["agent"], a["kecamatan"], N(a["workers"])] for a in agents[:10]]
    return [heading("8. Inovasi: Agen Perisai"),
            text(f"{N(len({a['agent'] for a in agents}))} agen Perisai membawa "
                 f"{N(sum(a['workers'] for a in agents))} pekerja yang terlindungi "
                 f"tahun {data['year']}."),
            table(["Kecamatan", "Agen", "Pekerja dibawa"], kec_rows, [60, 20, 20],
                  numeric=(1, 2), avail=avail_width()),
            heading("Agen dengan pekerja terbanyak", 2),
            table(["Agen", "Kecamatan", "Pekerja"], top, [50, 30, 20], numeric=(2,),
                  avail=avail_width())]


def signature(data: DossierData, facts: StoreFacts) -> list[Flowable]:
    closing = text("Demikian dossier ini disusun dari data yang tercatat dalam sistem Makassar "
                   "Berjasa, untuk dipergunakan sebagaimana mestinya.")
    return [gap(6 * mm), keep(closing, gap(4 * mm),
                              signature_block(data["head_of_office"], data["signed_on"], facts))]


def story(data: DossierData, facts: StoreFacts) -> list[Flowable]:
    return [*cover(data, facts), *contents(), *identity(data, facts), *regulations(data),
            *budget(data), *protection(data), *indicators(data), *benefits(data),
            *agreements(data), *innovation(data), *signature(data, facts)]

