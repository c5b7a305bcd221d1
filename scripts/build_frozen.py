"""Build the frozen Berjasa programs for this OS with one command.

    python scripts/build_frozen.py                     dist/berjasa/ (berjasa + berjasa-admin)
    python scripts/build_frozen.py --dist DIR --work DIR --if-stale

It makes sure `.venv` holds the project with its `build` extra (PyInstaller), runs
PyInstaller on `packaging/berjasa.spec`, and prints the output folder, its size and the
build time. With `--if-stale` it does nothing when the folder was built from the same
sources (a fingerprint of every file that goes into the bundle) — the smoke test uses this
so the suite builds once and reuses the result.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "berjasa.spec"
BUNDLE_NAME = "berjasa"
STAMP_NAME = "berjasa-build.json"
SOURCE_DIRS = ("berjasa", "domain", "infra", "projections", "importer", "reports", "billing",
               "desktop", "packaging")
SOURCE_SUFFIXES = {".py", ".csv", ".json", ".qm", ".ttf", ".txt", ".spec"}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output parent folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--if-stale", action="store_true", help="skip an up-to-date build")
    return parser.parse_args(argv)


def has_pyinstaller() -> bool:
    return importlib.util.find_spec("PyInstaller") is not None


def reexec_in_venv(argv: list[str]) -> int:
    """Run this script again with `.venv`'s Python after installing `.[build]` there
    (also when this Python is `.venv`'s own: the new process sees the new packages)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import dev

    dev.ensure_venv("build")
    return subprocess.call([str(dev.venv_python()), str(Path(__file__).resolve()), *argv])


def source_fingerprint() -> str:
    """A hash of everything that goes into the bundle: our sources, the spec, the
    installed packages' versions and the Python that freezes them."""
    digest = hashlib.sha256(sys.version.encode())
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update("\n".join(installed).encode())
    for path in sorted(_source_files()):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _source_files() -> list[Path]:
    files = [ROOT / "pyproject.toml"]
    for folder in SOURCE_DIRS:
        files += [
            path
            for path in (ROOT / folder).rglob("*")
            if path.suffix in SOURCE_SUFFIXES and "__pycache__" not in path.parts
        ]
    return files


def bundle_dir(dist: Path) -> Path:
    return dist / BUNDLE_NAME


def is_up_to_date(dist: Path, fingerprint: str) -> bool:
    stamp = bundle_dir(dist) / STAMP_NAME
    try:
        return bool(json.loads(stamp.read_text("utf-8"))["fingerprint"] == fingerprint)
    except (OSError, ValueError, KeyError):
        return False


def folder_size(folder: Path) -> int:
    """Bytes on disk; PyInstaller's symlinks to shared libraries are not counted twice."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def run_pyinstaller(dist: Path, work: Path) -> None:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(SPEC),
    ]
    print("$", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def build(dist: Path, work: Path, if_stale: bool) -> dict[str, object]:
    fingerprint = source_fingerprint()
    if if_stale and is_up_to_date(dist, fingerprint):
        summary = json.loads((bundle_dir(dist) / STAMP_NAME).read_text("utf-8"))
        return {**summary, "reused": True}
    started = time.perf_counter()
    run_pyinstaller(dist.resolve(), work.resolve())
    summary = {
        "fingerprint": fingerprint,
        "folder": str(bundle_dir(dist).resolve()),
        "size_bytes": folder_size(bundle_dir(dist)),
        "build_seconds": round(time.perf_counter() - started, 1),
        "platform": sys.platform,
    }
    (bundle_dir(dist) / STAMP_NAME).write_text(json.dumps(summary, indent=2), "utf-8")
    return {**summary, "reused": False}


def main(argv: list[str]) -> int:
    if not has_pyinstaller():
        return reexec_in_venv(argv)
    args = parse_args(argv)
    try:
        summary = build(args.dist, args.work, args.if_stale)
    except subprocess.CalledProcessError as error:
        print(f"PyInstaller gagal (status {error.returncode}); lihat pesan di atas.")
        return 1
    size_mb = int(str(summary["size_bytes"])) / 1_000_000
    state = "dipakai ulang (sumber tidak berubah)" if summary["reused"] else "dibangun"
    print(f"Berjasa beku {state}: {summary['folder']}")
    print(f"  ukuran {size_mb:.1f} MB, waktu build {summary['build_seconds']} s")
    print(json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
