"""How fast the console starts, beside Python's own start, in one run.

    python bench/bench_console.py [--runs 15] [--workers 200]

Each command is a fresh process, as a clerk's or a script's call is, timed from spawn to
exit (the median and the fastest of `--runs`):

1. `python -c pass`: the floor (the interpreter alone).
2. `python -c "import desktop.console.main"`: what importing the console costs.
3. `berjasa-admin --version`.
4. `berjasa-admin stats --json`, warm: on a demo store of `--workers` workers (built
   once, its read models caught up by a first `stats` before timing).

`--baseline CHECKOUT` alternates, run by run, the code of another checkout (say a git
worktree of the commit before a change: `git worktree add /tmp/before HEAD~1`) with this
one, so both are measured under the same load; each row then says which code ran. The
wall and the CPU (user + system) seconds are reported: the machine is shared.

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
from dataclasses import dataclass, field
from pathlib import Path

if sys.platform != "win32":
    import resource

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 0.3
PASSWORD = "bench-console-2026"


@dataclass(frozen=True)
class Code:
    """The code a command runs: this checkout, or another one (`--baseline`) put first on
    the import path, so the old and the new code alternate in one window of load."""

    label: str
    root: Path
    env: dict[str, str]


@dataclass
class Samples:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # the child's user + system time


def timed_run(command: list[str], code: Code, samples: Samples | None = None) -> None:
    """Runs `command` once as a fresh process; adds its wall and CPU seconds to `samples`."""
    before = children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, env=code.env, cwd=code.root, capture_output=True,
                          check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): "
                         f"{done.stderr.decode(errors='replace')[-800:]}")
    if samples is not None:
        samples.wall.append(elapsed)
        samples.cpu.append(children_cpu() - before)


def children_cpu() -> float:
    """User + system seconds of the finished children (CPU time is less inflated than the
    wall time by the other engineers' load; nan where the OS does not say)."""
    if sys.platform == "win32":
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(command: list[str], runs: int, codes: list[Code]) -> list[Samples]:
    """`runs` fresh processes of each code, the codes alternated run by run, after one
    unmeasured run of each (the OS's file cache warm, as on a clerk's second call)."""
    for code in codes:
        timed_run(command, code)
    samples = [Samples() for _ in codes]
    for _ in range(runs):
        for code, taken in zip(codes, samples, strict=True):
            timed_run(command, code, taken)
    return samples


def console() -> list[str]:
    """`berjasa-admin` as installed beside this interpreter (the venv's entry point)."""
    script = Path(sys.executable).with_name("berjasa-admin")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop.console.main"]


def demo_store(folder: Path, workers: int, code: Code) -> str:
    url = f"sqlite:///{(folder / 'demo.sqlite3').as_posix()}"
    timed_run([*console(), "--store", url, "demo", "--workers", str(workers), "--json"], code)
    return url


def load() -> str:
    """The 1, 5 and 15 minute load averages: the machine is shared, and its load is in
    every figure (python -c pass included)."""
    return " ".join(f"{figure:.2f}" for figure in os.getloadavg())


def codes_to_run(baseline: str | None) -> list[Code]:
    env = {**os.environ, "BERJASA_PASSWORD": PASSWORD, "BERJASA_KEY": "",
           "BERJASA_USER": "admin"}
    env.pop("BERJASA_STORE", None)
    # Any non-empty PYTHONDONTWRITEBYTECODE ("0" included) stops Python writing .pyc
    # files, so every run would compile the modules again (+0.14 s a `stats`): a clerk's
    # installed console has its .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # Each checkout first on the import path, ahead of the one the virtual environment
    # has installed (an editable install's finder comes after it).
    this = Code("after" if baseline else "", ROOT, {**env, "PYTHONPATH": str(ROOT)})
    if baseline is None:
        return [this]
    root = Path(baseline).resolve()
    return [Code("before", root, {**env, "PYTHONPATH": str(root)}), this]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_console")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--workers", type=int, default=200)
    parser.add_argument("--baseline", metavar="CHECKOUT",
                        help="another checkout of the code (e.g. a git worktree of the "
                             "commit before a change), alternated run by run with this one")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="berjasa-bench-console-"))
    codes = codes_to_run(args.baseline)
    url = demo_store(folder, args.workers, codes[-1])
    cases = [
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("import desktop.console.main", [sys.executable, "-c", "import desktop.console.main"]),
        ("berjasa-admin --version", [*console(), "--version"]),
        (f"berjasa-admin stats (warm, {args.workers} workers)",
         [*console(), "--store", url, "stats", "--json"]),
    ]
    print(f"{time.strftime('%H:%M:%S', time.gmtime())} UTC, load average {load()}")
    print(f"{'command':<44} {'code':<6} {'median':>8} {'fastest':>8} {'CPU med':>8}  target")
    floor: dict[str, float] = {}
    for name, command in cases:
        for code, taken in zip(codes, measure(command, args.runs, codes), strict=True):
            median, fastest = statistics.median(taken.wall), min(taken.wall)
            floor.setdefault(code.label, median)
            target = "" if name.startswith(("python", "import")) else (
                "met" if median < TARGET_SECONDS else f"missed (> {TARGET_SECONDS} s)")
            print(f"{name:<44} {code.label:<6} {median:8.3f} {fastest:8.3f} "
                  f"{statistics.median(taken.cpu):8.3f}  {target}"
                  f"  ({median / floor[code.label]:.1f}x python)", flush=True)
    print(f"{time.strftime('%H:%M:%S', time.gmtime())} UTC, load average {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
