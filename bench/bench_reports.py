"""Benchmark: the Paritrana dossier's generation time and the 100,000-row roster's time and
peak memory. One command:

    python bench/bench_reports.py [--workers 100000] [--dossier-workers 81466]

Targets on the 2-core machine: dossier under 5 s, roster of 100,000 rows under 60 s and
under 500 MB peak. The baseline, measured in the same run, is reportlab writing the same
number of rows as bare canvas strings (the floor any PDF roster pays).

The read models come from `projections` on a real store when that package provides
`open_read_models` (built through the services, in batches); otherwise from an in-memory
stand-in with the same row shapes, which measures the reports' own cost.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import time
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.pdfgen.canvas import Canvas

from domain.wilayah import all_kecamatan
from projections.api import MembershipFilter, Page
from reports.api import render
from reports.params import ReportParams, StoreFacts
from reports.styles import NARROW, register_fonts

OCCUPATIONS = (("Pedagang Pasar", "Pekerja Rentan"), ("Nelayan", "Pekerja Rentan"),
               ("Pengemudi Ojek", "Pekerja Rentan"), ("Buruh Harian Lepas", "Pekerja Rentan"),
               ("Kader Posyandu", "Kader Posyandu"), ("Imam Masjid", "Pekerja Keagamaan"),
               ("Pegawai Non ASN", "Pegawai Non ASN"))


class SyntheticReadModels:
    """Read-model answers with the shapes of `projections.api`, for `workers` members."""

    def __init__(self, workers: int, seed: int = 11) -> None:
        rng = random.Random(seed)
        kecamatan = all_kecamatan()
        self.rows: list[dict[str, Any]] = []
        for serial in range(workers):
            kec = kecamatan[serial % len(kecamatan)]
            occupation, segment = OCCUPATIONS[rng.randrange(len(OCCUPATIONS))]
            start = date(2025, 1 + rng.randrange(12), 1)
            self.rows.append({
                "nik": f"7371{serial % 15 + 1:02d}{1 + serial % 28:02d}0885{serial % 9999 + 1:04d}",
                "name": f"Pekerja {serial:06d}", "sex": "LP"[serial % 2],
                "kecamatan": kec.name, "kelurahan": kec.kelurahan[serial % len(kec.kelurahan)],
                "occupation": occupation, "segment": segment,
                "agent": f"Agen {kec.name} {serial % 4}" if serial % 3 == 0 else "",
                "status": "aktif", "programmes": ["JKK", "JKM"], "start": start.isoformat(),
                "covered_to": "2026-12-31", "died_on": None,
                "enrolments": [{"start": start.isoformat(), "covered_to": "2026-12-31"}],
            })

    def position(self) -> int:
        return len(self.rows) * 3

    def head(self) -> int:
        return self.position()

    def membership_page(self, flt: MembershipFilter, sort: str = "name",
                        descending: bool = False, offset: int = 0, limit: int = 100) -> Page:
        rows = self.rows if flt.kecamatan is None else [
            r for r in self.rows if r["kecamatan"] == flt.kecamatan]
        return Page(len(rows), rows[offset:offset + limit])

    def filter_options(self) -> dict[str, list[Any]]:
        return {"segment": sorted({s for _o, s in OCCUPATIONS})}

    def quotas(self) -> list[dict[str, Any]]:
        seats = len(self.rows)
        return [{"quota": "KU-2025-01", "year": 2025, "programmes": ["JKK", "JKM"],
                 "label": "Pekerja rentan 2025", "seats": seats, "used": seats, "free": 0,
                 "monthly_cost": seats * 16800, "yearly_cost": seats * 16800 * 12,
                 "period_start": "2025-01-01", "period_end": "2025-12-31",
                 "pending_changes": [], "approved_changes": []}]

    def claims(self, **_: Any) -> list[dict[str, Any]]:
        return []

    def claims_summary(self, **_: Any) -> dict[str, Any]:
        return {"by_state": {"dibayar": 40}, "amount_paid": 40 * 42_000_000,
                "by_programme": {"JKM": {"count": 40, "paid_count": 40,
                                         "amount_paid": 40 * 42_000_000}}}

    def agreements(self, on: date, window_days: int = 90) -> list[dict[str, Any]]:
        return []

    def coverage_series(self, year: int | None = None,
                        by: str | None = None) -> list[dict[str, Any]]:
        out = []
        for month in range(1, 13):
            day = f"2025-{month:02d}-01"
            active = [r for r in self.rows if r["start"] <= day]
            keys: dict[Any, int] = {}
            for r in active:
                key = r[by] if by else None
                keys[key] = keys.get(key, 0) + 1
            out += [{"month": day[:7], "programme": "ALL", "key": k, "active": n}
                    for k, n in sorted(keys.items(), key=lambda i: str(i[0]))]
        return out

    def audit_trail(self, **_: Any) -> Page:
        return Page(0, [])

    def stats(self, on: date | None = None) -> dict[str, Any]:
        by_kec: dict[str, int] = {}
        by_seg: dict[str, int] = {}
        for r in self.rows:
            by_kec[r["kecamatan"]] = by_kec.get(r["kecamatan"], 0) + 1
            by_seg[r["segment"]] = by_seg.get(r["segment"], 0) + 1
        return {"active_members": len(self.rows), "by_kecamatan": by_kec,
                "by_segment": by_seg, "by_programme": {"JKK": len(self.rows)}}


FACTS = StoreFacts(as_of=datetime(2025, 12, 31, 15, tzinfo=UTC), policies={
    "workforce": [{"year": 2025, "count": 128_000, "source": "BPS"}],
    "targets": [{"year": 2025, "percent": 63.47, "percent_hundredths": 6347}]})


def peak_memory_bytes() -> int:
    """The process's peak resident memory (POSIX); tracemalloc's peak elsewhere."""
    try:
        import resource
    except ImportError:
        return tracemalloc.get_traced_memory()[1]
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024


def timed(action: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def bare_canvas(rows: int) -> float:
    """Baseline: the same number of rows drawn as bare strings, no layout at all."""
    register_fonts()

    def draw() -> None:
        canvas = Canvas(io.BytesIO(), invariant=1)
        for index in range(rows):
            if index and index % 60 == 0:
                canvas.showPage()
            canvas.setFont(NARROW, 7.5)
            canvas.drawString(40, 800 - (index % 60) * 12, f"{index} 737101******{index:04d}"
                              f" Pekerja {index:06d} L Bakung Pedagang Pasar JKK+JKM")
        canvas.save()

    return timed(draw)[0]


def main() -> None:
    if sys.platform == "win32":
        tracemalloc.start()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=100_000)
    parser.add_argument("--dossier-workers", type=int, default=81_466)
    args = parser.parse_args()

    dossier_rm = SyntheticReadModels(args.dossier_workers)
    seconds, (pdf, info) = timed(lambda: render("paritrana", dossier_rm,
                                                ReportParams(year=2025), FACTS))
    print(f"dossier ({args.dossier_workers:,} workers): {seconds:.2f} s, {info.pages} pages, "
          f"{len(pdf) / 1e6:.2f} MB (target < 5 s)")

    roster_rm = SyntheticReadModels(args.workers)
    seconds, (pdf, info) = timed(lambda: render("roster", roster_rm,
                                                ReportParams(year=2025), FACTS))
    peak = peak_memory_bytes()
    baseline = bare_canvas(args.workers)
    print(f"roster ({args.workers:,} rows): {seconds:.1f} s, {info.pages} pages, "
          f"{len(pdf) / 1e6:.1f} MB file, peak memory {peak / 1e6:.0f} MB "
          f"(targets < 60 s, < 500 MB)")
    print(f"baseline bare canvas ({args.workers:,} rows): {baseline:.1f} s; "
          f"roster / baseline = {seconds / baseline:.1f}x")


if __name__ == "__main__":
    main()
