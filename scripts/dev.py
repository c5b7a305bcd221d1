"""One command to set up and run Berjasa, on Windows or Linux.

    python scripts/dev.py app [--demo]    install what is needed, then start the desktop app
    python scripts/dev.py test [ARGS]     install what is needed, then run every check and test
    python scripts/dev.py admin ARGS      install, then run berjasa-admin ARGS

It creates `.venv` beside this repository, installs the project into it, and on Linux
installs the few system libraries Qt needs through apt-get when they are missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
# Debian packages Qt (offscreen and xcb), the PDF renderer and the frozen build need.
APT_PACKAGES = (
    "libgl1",
    "libegl1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "fonts-dejavu-core",
    "poppler-utils",
)
LIBRARIES = (
    "libEGL.so.1",
    "libGL.so.1",
    "libxkbcommon.so.0",
    "libfontconfig.so.1",
    "libdbus-1.so.3",
    "libglib-2.0.so.0",
)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_script(name: str) -> Path:
    return (
        VENV
        / ("Scripts" if os.name == "nt" else "bin")
        / (f"{name}.exe" if os.name == "nt" else name)
    )


def run(*command: str | Path, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(c) for c in command], cwd=ROOT, env=env)


def ensure_venv(extras: str) -> None:
    if not venv_python().exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    marker = VENV / f".installed-{extras or 'app'}"
    stamp = (ROOT / "pyproject.toml").stat().st_mtime_ns
    if marker.exists() and marker.read_text() == str(stamp):
        return
    python = venv_python()
    check(run(python, "-m", "pip", "install", "-q", "--upgrade", "pip"))
    target = f".[{extras}]" if extras else "."
    check(run(python, "-m", "pip", "install", "-q", "-e", target))
    marker.write_text(str(stamp))


def ensure_system_libraries() -> None:
    if not sys.platform.startswith("linux") or not shutil.which("apt-get"):
        return
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    missing_lib = [lib for lib in LIBRARIES if lib not in listing]
    if not missing_lib and shutil.which("pdftoppm"):
        return
    if os.geteuid() != 0:
        print(f"Pasang paket sistem ini dulu: sudo apt-get install {' '.join(APT_PACKAGES)}")
        return
    quiet = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run("apt-get", "update", "-qq", env=quiet)
    check(run("apt-get", "install", "-y", "-qq", *APT_PACKAGES, env=quiet))


def check(code: int) -> None:
    if code != 0:
        sys.exit(code)


def test(args: list[str]) -> int:
    ensure_system_libraries()
    ensure_venv("test")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    python = str(venv_python())
    for step in ([python, "-m", "ruff", "check", "."], [python, "-m", "mypy"]):
        print("$", " ".join(step[2:]), flush=True)
        check(run(*step, env=env))
    return run(python, "-m", "pytest", *args, env=env)


def app(args: list[str]) -> int:
    ensure_system_libraries()
    ensure_venv("")
    return run(venv_script("berjasa"), *args)


def admin(args: list[str]) -> int:
    ensure_venv("")
    return run(venv_script("berjasa-admin"), *args)


def main() -> int:
    commands = {"test": test, "app": app, "admin": admin}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
