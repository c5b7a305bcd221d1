"""Peak memory of the console reading files a user names that could be endless (issue 22):
`audit verify --checkpoint /dev/zero` and `key import /dev/zero` must be refused after
reading at most the 64 KiB cap, in bounded memory.

    python bench/bench_bounded_files.py [--limit-mb 500]

Each command runs in its own process on a small store; its peak RSS (the kernel's
maximum resident set of the child) is printed and asserted under the limit. Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "rahasia-bench-123"


def store(folder: Path) -> str:
    from berjasa.bootstrap import open_store

    url = f"sqlite:///{(folder / 'bench.db').as_posix()}"
    app = open_store(url)
    app.initialise_store("admin", PASSWORD, "bench-01")
    app.close()
    return url


def peak_of(argv: list[str], env: dict[str, str]) -> tuple[int, str, float, float]:
    """(exit status, error code, peak RSS in MB, seconds) of one console command in a
    fresh process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "desktop.console.main", *argv],
                          cwd=ROOT, env=env, input="frasa-sandi-bench\n",
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    # ru_maxrss of the children is the largest of any child so far, in KiB on Linux:
    # each command runs after the previous one, so it is measured on its own when larger.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines = done.stdout.strip().splitlines()
    error = str(json.loads(lines[-1]).get("error", "")) if lines else ""
    return done.returncode, error, peak, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit-mb", type=float, default=500.0)
    args = parser.parse_args()
    if not Path("/dev/zero").exists():
        sys.exit("needs /dev/zero")
    with tempfile.TemporaryDirectory() as folder:
        url = store(Path(folder))
        env = {**os.environ, "BERJASA_KEY_PASSPHRASE": "frasa-sandi-bench",
               "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
        results = {}
        for name, argv in (
                ("verify --checkpoint /dev/zero",
                 ["--store", url, "audit", "verify", "--checkpoint", "/dev/zero", "--json"]),
                ("key import /dev/zero",
                 ["--store", url, "key", "import", "/dev/zero", "--json"])):
            status, error, peak, seconds = peak_of(argv, env)
            results[name] = {"exit": status, "error": error, "peak_rss_mb": round(peak, 1),
                             "seconds": round(seconds, 2)}
            assert status == 1 and error in ("audit.checkpoint_invalid", "key.file_invalid"), (
                f"{name}: exit {status} {error}, expected the file refused")
            assert peak < args.limit_mb, f"{name}: peak RSS {peak:.0f} MB"
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
