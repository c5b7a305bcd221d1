"""One command to set up and run Berjasa, on Windows or Linux.

    python scripts/dev.py app [--demo]    install what is needed, then start the desktop app
    python scripts/dev.py test [ARGS]     install what is needed, then run every check and test
    python scripts/dev.py frozen [ARGS]   the slow tier: build the frozen bundle, smoke-test it
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
    # Qt's xcb platform plugin (the window on a Linux desktop): the libraries Qt 6's
    # documentation lists for X11; `ldd` on the plugin names the ones still missing.
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libxrender1",
    "libsm6",
    "libice6",
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


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin inside the venv (None before PySide6 is installed)."""
    found = sorted(VENV.glob("lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so"))
    return found[0] if found else None


def missing_by_ldd(library: Path) -> list[str]:
    """The shared libraries `library` needs that the dynamic loader cannot find."""
    if not shutil.which("ldd"):
        return []
    listing = subprocess.run(["ldd", str(library)], capture_output=True, text=True).stdout
    return [line.split()[0] for line in listing.splitlines() if "not found" in line]


def missing_system_libraries() -> list[str]:
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    missing = [lib for lib in LIBRARIES if lib not in listing]
    plugin = xcb_plugin()
    if plugin is not None:
        missing += missing_by_ldd(plugin)
        missing += missing_by_ldd(plugin.parents[2] / "lib" / "libQt6XcbQpa.so.6")
    return sorted(set(missing))


def ensure_system_libraries() -> None:
    if not sys.platform.startswith("linux") or not shutil.which("apt-get"):
        return
    missing_lib = missing_system_libraries()
    if not missing_lib and shutil.which("pdftoppm"):
        return
    if os.geteuid() != 0:
        print(f"Pasang paket sistem ini dulu: sudo apt-get install {' '.join(APT_PACKAGES)}")
        return
    quiet = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run("apt-get", "update", "-qq", env=quiet)
    check(run("apt-get", "install", "-y", "-qq", *APT_PACKAGES, env=quiet))
    still_missing = missing_system_libraries()
    if still_missing:
        print("Pustaka sistem yang dibutuhkan Qt masih belum ada / Qt still lacks these "
              f"system libraries: {', '.join(still_missing)}")


def display_problem() -> str | None:
    """Why no window can be shown here (None when a display or a chosen platform exists)."""
    if not sys.platform.startswith("linux"):
        return None
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "Tidak ada layar: DISPLAY dan WAYLAND_DISPLAY kosong. Jalankan dari sesi desktop "
        "(atau `Xvfb :1 & DISPLAY=:1 python3 scripts/dev.py app`).\n"
        "No display: DISPLAY and WAYLAND_DISPLAY are empty. Start it from a desktop session "
        "(or `Xvfb :1 & DISPLAY=:1 python3 scripts/dev.py app`)."
    )


def check(code: int) -> None:
    if code != 0:
        sys.exit(code)


def test(args: list[str]) -> int:
    ensure_venv("test")
    ensure_system_libraries()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    python = str(venv_python())
    for step in ([python, "-m", "ruff", "check", "."], [python, "-m", "mypy"],
                 [str(venv_script("lint-imports"))]):
        print("$", Path(step[0]).name if len(step) == 1 else " ".join(step[2:]), flush=True)
        check(run(*step, env=env))
    return run(python, "-m", "pytest", *args, env=env)


def frozen(args: list[str]) -> int:
    """The slow tier: build the frozen bundle (when stale) and run its smoke test."""
    ensure_venv("test")
    ensure_system_libraries()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    return run(str(venv_python()), "-m", "pytest", "-m", "frozen", "tests/e2e/test_frozen.py",
               *args, env=env)


def app(args: list[str]) -> int:
    ensure_venv("")
    ensure_system_libraries()
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    return run(venv_script("berjasa"), *args)


def admin(args: list[str]) -> int:
    ensure_venv("")
    return run(venv_script("berjasa-admin"), *args)


def main() -> int:
    commands = {"test": test, "frozen": frozen, "app": app, "admin": admin}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
