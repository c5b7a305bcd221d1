"""How fast the console starts, beside Python's own start, in one run.

    python bench/bench_console.py [--runs 15] [--workers 200]

Each command is a fresh process, as a clerk's or a script's call is, timed from spawn to
exit (the median and the fastest of `--runs`):

1. `python -c pass`: the floor (the interpreter alone).
2. `python -c "import desktop.console.main"`: what importing the console costs.
3. `berjasa-admin --version`.
4. `berjasa-admin stats --json`, warm: on a demo store of `--workers` workers (built
   once, its read models caught up by a first `stats` before timing).

Target (issue 21): `--version` and a warm `stats` under 0.3 s on this machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 0.3
PASSWORD = "bench-console-2026"


def timed_run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): "
                         f"{done.stderr.decode(errors='replace')[-800:]}")
    return elapsed


def measure(command: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """(median, fastest) seconds of `runs` fresh processes, after one unmeasured run
    (the OS's file cache warm, as on a clerk's second call)."""
    timed_run(command, env)
    seconds = [timed_run(command, env) for _ in range(runs)]
    return statistics.median(seconds), min(seconds)


def console() -> list[str]:
    """`berjasa-admin` as installed beside this interpreter (the venv's entry point)."""
    script = Path(sys.executable).with_name("berjasa-admin")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop.console.main"]


def demo_store(folder: Path, workers: int, env: dict[str, str]) -> str:
    url = f"sqlite:///{(folder / 'demo.sqlite3').as_posix()}"
    timed_run([*console(), "--store", url, "demo", "--workers", str(workers), "--json"], env)
    return url


def load() -> str:
    """The 1, 5 and 15 minute load averages: the machine is shared, and its load is in
    every figure (python -c pass included)."""
    return " ".join(f"{figure:.2f}" for figure in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_console")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--workers", type=int, default=200)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="berjasa-bench-console-"))
    env = {**os.environ, "BERJASA_PASSWORD": PASSWORD, "BERJASA_KEY": "",
           "BERJASA_USER": "admin"}
    env.pop("BERJASA_STORE", None)
    # Any non-empty PYTHONDONTWRITEBYTECODE ("0" included) stops Python writing .pyc
    # files, so every run would compile the modules again (+0.14 s a `stats`): a clerk's
    # installed console has its .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    url = demo_store(folder, args.workers, env)
    cases = [
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("import desktop.console.main", [sys.executable, "-c", "import desktop.console.main"]),
        ("berjasa-admin --version", [*console(), "--version"]),
        (f"berjasa-admin stats (warm, {args.workers} workers)",
         [*console(), "--store", url, "stats", "--json"]),
    ]
    print(f"{time.strftime('%H:%M:%S', time.gmtime())} UTC, load average {load()}")
    print(f"{'command':<44} {'median':>8} {'fastest':>8}  target")
    floor = None
    for name, command in cases:
        median, fastest = measure(command, args.runs, env)
        floor = floor if floor is not None else median
        target = "" if name.startswith(("python", "import")) else (
            "met" if median < TARGET_SECONDS else f"missed (> {TARGET_SECONDS} s)")
        print(f"{name:<44} {median:8.3f} {fastest:8.3f}  {target}"
              f"  ({median / floor:.1f}x python)", flush=True)
    print(f"{time.strftime('%H:%M:%S', time.gmtime())} UTC, load average {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
