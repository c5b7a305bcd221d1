"""Benchmark: the Paritrana dossier's generation time and the 100,000-row roster's time and
peak memory, on a REAL store and its real read models. One command:

    python bench/bench_reports.py [--workers 100000] [--dir bench/.cache]

The store is a demo history (`domain.demo.build_demo(app, workers)`: quotas, enrolments,
terminations, claims, MoU/PKS, policy facts) in a SQLite file, with its live read models
next to it; the demo covers ~89,000 workers on one day, so an extra quota filled through
the import batch service (`enrol_batch`) brings the roster to `--workers` rows. It is
built once (in a child process, so its memory is not counted) and cached in `--dir`;
reruns reuse it. Targets on the 2-core machine: dossier under 5 s,
roster of 100,000 rows under 60 s and under 500 MB peak (resident memory of the whole
process, read models included). The baseline, measured in the same run, is reportlab
writing the same number of rows as bare canvas strings (the floor any PDF roster pays).
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.pdfgen.canvas import Canvas

from berjasa.bootstrap import open_store
from projections import open_read_models
from reports.api import generate
from reports.params import ReportParams
from reports.styles import NARROW, register_fonts
from tests.opening import confirmed

CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 2026


def log(message: str) -> None:
    print(message, flush=True)


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


def store_path(folder: Path, workers: int) -> Path:
    return folder / f"reports-demo-{workers}.db"


def build(path: Path, workers: int) -> None:
    """The demo history, topped up to `workers` active members, and its caught-up read
    models (run in a child process)."""
    from domain.demo import build_demo

    if not path.exists():
        partial = path.with_name(path.name + ".building")
        for stale in partial.parent.glob(partial.name + "*"):
            stale.unlink()
        app = open_store(f"sqlite:///{partial.as_posix()}")
        seconds, _ = timed(lambda: build_demo(app, workers, seed=SEED))
        events = app.application.recorder.max_notification_id()
        log(f"  demo history: {events:,} events in {seconds:.0f} s")
        app.close()
        partial.replace(path)
    app = open_store(f"sqlite:///{path.as_posix()}")
    models = open_read_models(app.application)
    seconds, applied = timed(models.catch_up)
    log(f"  read models: {applied:,} events applied in {seconds:.0f} s")
    missing = workers - int(models.stats()["active_members"])
    if missing > 0:
        seconds, _ = timed(lambda: top_up(app, missing))
        applied = models.catch_up()
        log(f"  topped up with {missing:,} enrolled workers ({applied:,} events) in "
            f"{seconds:.0f} s")
    models.close()
    app.close()


def top_up(app: Any, count: int) -> None:
    """The demo covers at most ~89,000 workers on one day (its 2026 quotas overlap), so a
    100,000-row roster needs more: an extra 2026 quota filled through the import batch
    service, with workers born in 2005-2006 (the demo's are older: no NIK collides)."""
    from domain.demo import DEMO_PASSWORD
    from domain.registration import validate_registration
    from domain.wilayah import all_kecamatan

    supervisor = app.users.sign_in("budi", DEMO_PASSWORD, "bench")
    operator = app.users.sign_in("ani", DEMO_PASSWORD, "bench")
    year = app.application.calendar().year
    opened = app.quotas.open_quota(supervisor, year, "JKK,JKM", count, basis=f"DPPA APBD-P {year}",
                                   label=f"Perluasan pekerja rentan {year}")
    quota = confirmed(app, opened)["quota"]
    places = [(k, kel) for k in all_kecamatan() for kel in k.kelurahan]
    people = []
    for serial in range(count):
        kecamatan, kelurahan = places[serial % len(places)]
        birth = date(2005, 1, 1) + timedelta(days=serial // 9000)
        sex = "LP"[serial % 2]
        day = birth.day + (40 if sex == "P" else 0)
        nik = f"7371{kecamatan.code}{day:02d}{birth:%m%y}{serial % 9000 + 1:04d}"
        people.append(validate_registration(
            nik=nik, name=f"Pekerja Perluasan {serial + 1:05d}", sex=sex, birth_date=birth,
            kecamatan=kecamatan.name, kelurahan=kelurahan, today=app.application.calendar(),
            occupation="Buruh Harian Lepas"))
    for first in range(0, count, 1000):
        app.imports.enrol_batch(operator, people[first:first + 1000], quota, date(year, 1, 1),
                                reason="Perluasan kepesertaan (benchmark)")


def bare_canvas(rows: int) -> float:
    """Baseline: the same number of rows drawn as bare strings, no layout at all."""
    register_fonts()

    def draw() -> None:
        canvas = Canvas(io.BytesIO(), invariant=1)
        for index in range(rows):
            if index and index % 60 == 0:
                canvas.showPage()
            canvas.setFont(NARROW, 7.5)
            canvas.drawString(40, 800 - (index % 60) * 12, f"{index} ************{index:04d}"
                              f" Pekerja {index:06d} L Bakung Pedagang Pasar JKK+JKM")
        canvas.save()

    return float(timed(draw)[0])


def main() -> None:
    if sys.platform == "win32":
        tracemalloc.start()
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--workers", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=CACHE, help="where the cached store goes")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    path = store_path(args.dir, args.workers)
    if args.build_only:
        build(path, args.workers)
        return
    app = open_store(f"sqlite:///{path.as_posix()}") if path.exists() else None
    models = open_read_models(app.application) if app is not None else None
    if models is not None:
        models.catch_up()
    if models is None or models.stats()["active_members"] < args.workers:
        log(f"building the demo store ({args.workers:,} active workers) into {path} (once)")
        if models is not None and app is not None:
            models.close()
            app.close()
        args.dir.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, __file__, "--workers", str(args.workers), "--dir",
                        str(args.dir), "--build-only"], check=True)
        app = open_store(f"sqlite:///{path.as_posix()}")
        models = open_read_models(app.application)
        models.catch_up()
    assert app is not None
    active = models.stats()["active_members"]
    log(f"store: {path.name}, {models.position():,} events, {active:,} active members today")
    out = Path(tempfile.mkdtemp(prefix="berjasa-bench-reports-"))
    before = peak_memory_bytes()

    seconds, info = timed(lambda: generate("roster", models, ReportParams(), out / "r.pdf"))
    peak = peak_memory_bytes()
    size = (out / "r.pdf").stat().st_size
    log(f"roster ({info.rows:,} rows): {seconds:.1f} s, {info.pages:,} pages, "
        f"{size / 1e6:.1f} MB file, peak memory {peak / 1e6:.0f} MB (before: "
        f"{before / 1e6:.0f} MB) (targets < 60 s, < 500 MB)")
    roster_seconds, rows = seconds, info.rows

    for year in (2025, 2026):
        seconds, info = timed(lambda y=year: generate("paritrana", models,
                                                      ReportParams(year=y), out / "d.pdf"))
        log(f"dossier {year}: {seconds:.2f} s, {info.pages} pages (target < 5 s)")

    baseline = bare_canvas(rows)
    log(f"baseline bare canvas ({rows:,} rows): {baseline:.1f} s; "
        f"roster / baseline = {roster_seconds / baseline:.1f}x")
    models.close()
    app.close()


if __name__ == "__main__":
    main()
