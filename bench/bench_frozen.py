"""Frozen build figures: bundle size and cold-start times, against the source checkout.

    python bench/bench_frozen.py [--runs 5]

Builds the bundle if stale (`scripts/build_frozen.py --if-stale` into build/frozen/), then
measures, each in a fresh process:
- `berjasa-admin --version`: the first run after the build, then the median of --runs;
- `berjasa` from start to its sign-in window shown (offscreen, smoke hook), median;
and the same from the source checkout (`.venv`'s Python) as the baseline of this run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "build" / "frozen" / "dist"
WORK = ROOT / "build" / "frozen" / "work"
SUFFIX = ".exe" if sys.platform == "win32" else ""
PASSWORD = "bangku-uji-2026"
GUI_SOURCE = "import sys; from desktop.app import main; sys.exit(main())"


def build() -> Path:
    command = [sys.executable, str(ROOT / "scripts" / "build_frozen.py"), "--if-stale",
               "--dist", str(DIST), "--work", str(WORK)]
    subprocess.run(command, check=True, cwd=ROOT)
    return DIST / "berjasa"


def environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BERJASA_")}
    env.update({
        "BERJASA_STORE": f"sqlite:///{(home / 'bench.sqlite3').as_posix()}",
        "BERJASA_USER": "admin", "BERJASA_PASSWORD": PASSWORD,
        "BERJASA_NEW_PASSWORD": PASSWORD, "BERJASA_WORKSTATION": "bench-01",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
        "LOCALAPPDATA": str(home / "localappdata"), "APPDATA": str(home / "appdata"),
    })
    return env


def timed(command: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def time_to_shown(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """Seconds from starting the GUI to its first window on screen (the smoke hook's
    report), not counting the exit."""
    report = cwd / "shown.json"
    report.unlink(missing_ok=True)
    env = {**env, "BERJASA_SMOKE_EXIT_AFTER_SHOWN": "1", "BERJASA_SMOKE_REPORT": str(report)}
    started = time.time()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True, timeout=300)
    return float(json.loads(report.read_text("utf-8"))["shown_at"]) - started


def median_of(runs: int, measure: Callable[..., float], *args: object) -> float:
    return statistics.median(measure(*args) for _ in range(runs))


def folder_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1_000_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    bundle = build()
    source_python = str(ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt"
                                          else "bin/python"))
    frozen_admin = str(bundle / f"berjasa-admin{SUFFIX}")
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = environment(home)
        first = timed([frozen_admin, "--version"], env, home)
        frozen_version = median_of(runs, timed, [frozen_admin, "--version"], env, home)
        source_version = median_of(
            runs, timed, [source_python, "-m", "desktop.console.main", "--version"],
            {**env, "PYTHONPATH": str(ROOT)}, home)
        subprocess.run([frozen_admin, "init", "--admin", "admin"], env=env, cwd=home,
                       check=True, capture_output=True)
        store = ["--store", env["BERJASA_STORE"]]
        gui = [str(bundle / f"berjasa{SUFFIX}"), *store]
        frozen_gui = median_of(runs, time_to_shown, gui, env, home)
        source_gui = median_of(runs, time_to_shown, [source_python, "-c", GUI_SOURCE, *store],
                               {**env, "PYTHONPATH": str(ROOT)}, home)
    summary = json.loads((bundle / "berjasa-build.json").read_text("utf-8"))
    print(f"platform            {sys.platform}, Python {sys.version.split()[0]}")
    print(f"bundle              {folder_mb(bundle):.1f} MB on disk "
          f"(_internal {folder_mb(bundle / '_internal'):.1f} MB), "
          f"build {summary['build_seconds']} s")
    print(f"admin --version     first run {first:.2f} s; median of {runs}: frozen "
          f"{frozen_version:.2f} s, source {source_version:.2f} s "
          f"(ratio {frozen_version / source_version:.2f})")
    print(f"GUI start→shown     median of {runs}: frozen {frozen_gui:.2f} s, source "
          f"{source_gui:.2f} s (ratio {frozen_gui / source_gui:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
