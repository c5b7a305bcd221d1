"""Smoke test of the frozen programs: proves `packaging/berjasa.spec` collects everything.

The bundle is built once (`scripts/build_frozen.py --if-stale` into `build/frozen/`) and
reused while the sources are unchanged. Every command runs the frozen executables in a
clean environment (no PYTHONPATH, no virtualenv, a temp working folder), so a module, a
data file or a Qt plugin the spec forgot fails here, not on a clerk's PC.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSWORD

pytestmark = [pytest.mark.slow, pytest.mark.frozen]

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "build" / "frozen" / "dist"
WORK = ROOT / "build" / "frozen" / "work"
SUFFIX = ".exe" if sys.platform == "win32" else ""
BUILD_TIMEOUT_S = 1800
RUN_TIMEOUT_S = 600
GUI_TIMEOUT_S = 120
DEMO_WORKERS = 200
# Which branch brings each command, for a clear failure while it is not merged yet.
COMMAND_OWNERS = {
    "demo": "importer (desktop/console/cmd_demo.py)",
    "stats": "projections (desktop/console/cmd_projections.py)",
    "report": "reports (desktop/console/cmd_report.py)",
    "audit": "security (desktop/console/cmd_security.py)",
    "key": "security (desktop/console/cmd_security.py)",
}


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str

    def json(self) -> dict[str, Any]:
        lines = self.out.strip().splitlines()
        assert len(lines) == 1, f"expected one JSON object, got:\n{self.out}"
        loaded = json.loads(lines[0])
        assert isinstance(loaded, dict)
        return loaded


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The frozen folder, built now or reused when built from the same sources."""
    command = [sys.executable, str(ROOT / "scripts" / "build_frozen.py"), "--if-stale",
               "--dist", str(DIST), "--work", str(WORK)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                          timeout=BUILD_TIMEOUT_S)
    assert done.returncode == 0, (
        f"frozen build failed:\n{done.stdout[-6000:]}\n{done.stderr[-6000:]}"
    )
    folder = DIST / "berjasa"
    assert (folder / f"berjasa-admin{SUFFIX}").is_file()
    assert (folder / f"berjasa{SUFFIX}").is_file()
    return folder


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("frozen-home")


def clean_environment(home: Path, store: Path) -> dict[str, str]:
    """The frozen program sees no Python of ours, and only this test's folders."""
    dropped = ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in dropped and not k.startswith("BERJASA_")}
    env.update({
        "BERJASA_STORE": f"sqlite:///{store.as_posix()}",
        "BERJASA_USER": "admin",
        "BERJASA_PASSWORD": PASSWORD,
        "BERJASA_NEW_PASSWORD": PASSWORD,
        "BERJASA_WORKSTATION": "uji-beku",
        "BERJASA_LANG": "id",
        # A fresh store is encrypted with this key (no keyring in the test).
        "BERJASA_KEY": base64.b64encode(secrets.token_bytes(32)).decode("ascii"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "LOCALAPPDATA": str(home / "localappdata"),
        "APPDATA": str(home / "appdata"),
    })
    return env


def run_frozen(bundle: Path, program: str, args: list[str], env: dict[str, str],
               cwd: Path, timeout: float = RUN_TIMEOUT_S) -> Ran:
    done = subprocess.run([str(bundle / f"{program}{SUFFIX}"), *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)
    return Ran(done.returncode, done.stdout, done.stderr)


def admin(bundle: Path, env: dict[str, str], cwd: Path, *args: str) -> dict[str, Any]:
    """`berjasa-admin ARGS --json`: exit 0 and exactly one JSON object, else a clear failure."""
    ran = run_frozen(bundle, "berjasa-admin", [*args, "--json"], env, cwd)
    if ran.code == 2 and "invalid choice" in ran.err:
        owner = COMMAND_OWNERS.get(args[0], "another branch")
        pytest.fail(f"the frozen berjasa-admin has no '{args[0]}' command: it comes with "
                    f"{owner}, not merged into this branch yet.\n{ran.err}")
    assert ran.code == 0, f"berjasa-admin {' '.join(args)} → {ran.code}\n{ran.err[-6000:]}"
    return ran.json()


@pytest.fixture(scope="module")
def demo(bundle: Path, home: Path) -> tuple[dict[str, str], dict[str, Any]]:
    """A store filled by the frozen `demo --workers 200` (demo refuses a non-empty store,
    so it gets its own store; `init` is exercised on another)."""
    env = clean_environment(home, home / "demo" / "berjasa.sqlite3")
    return env, admin(bundle, env, home, "demo", "--workers", str(DEMO_WORKERS))


def test_bundle_carries_what_is_loaded_at_run_time(bundle: Path) -> None:
    internal = bundle / "_internal"
    # PySide6/Qt/plugins on Linux, PySide6/plugins on Windows.
    plugins = next(p for p in (internal / "PySide6" / "Qt" / "plugins",
                               internal / "PySide6" / "plugins") if p.is_dir())
    offscreen = "qoffscreen.dll" if sys.platform == "win32" else "libqoffscreen.so"
    assert (plugins / "platforms" / offscreen).is_file()
    assert any((plugins / "imageformats").iterdir())
    for csv in (ROOT / "domain" / "data").glob("*.csv"):
        assert (internal / "domain" / "data" / csv.name).is_file(), csv.name
    for source in [*ROOT.glob("reports/fonts/*.ttf"), *ROOT.glob("desktop/gui/i18n/*.qm")]:
        assert (internal / source.relative_to(ROOT)).is_file(), source
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    assert (internal / "desktop" / "build-info.json").is_file()


def test_version_names_the_release_and_the_build(bundle: Path, home: Path) -> None:
    env = clean_environment(home, home / "version.sqlite3")
    ran = run_frozen(bundle, "berjasa-admin", ["--version"], env, home)
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    recorded = json.loads((bundle / "_internal" / "desktop" / "build-info.json").read_text())
    assert ran.code == 0, ran.err
    assert f"berjasa {version} " in ran.out and recorded["commit"] in ran.out


def test_init_creates_a_store(bundle: Path, home: Path) -> None:
    env = clean_environment(home, home / "init" / "berjasa.sqlite3")
    created = admin(bundle, env, home, "init", "--admin", "admin")
    assert created["admin"] == "admin"
    assert (home / "init" / "berjasa.sqlite3").is_file()


def test_demo_registers_the_workers(demo: tuple[dict[str, str], dict[str, Any]]) -> None:
    _, result = demo
    assert result["workers"] == DEMO_WORKERS


def test_demo_store_is_encrypted_with_the_offered_key(
    bundle: Path, home: Path, demo: tuple[dict[str, str], dict[str, Any]]
) -> None:
    """eventsourcing's AES cipher (by topic) and cryptography's native code are bundled."""
    env, _ = demo
    status = admin(bundle, env, home, "key", "status")
    assert status["encrypted"] is True and status["key_source"] == "env"


def test_stats_count_the_demo_workers(
    bundle: Path, home: Path, demo: tuple[dict[str, str], dict[str, Any]]
) -> None:
    env, built = demo
    stats = admin(bundle, env, home, "stats")
    assert 0 < stats["active_members"] <= stats["registered_workers"] <= built["workers"]
    assert stats["position"] > stats["registered_workers"]


def test_report_paritrana_writes_a_pdf_with_the_bundled_fonts(
    bundle: Path, home: Path, demo: tuple[dict[str, str], dict[str, Any]]
) -> None:
    env, _ = demo
    target = home / "x.pdf"
    admin(bundle, env, home, "report", "paritrana", "-o", str(target))
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert b"DejaVuSans" in pdf  # the fonts under reports/fonts/ were found and embedded


def test_audit_verify_finds_the_history_intact(
    bundle: Path, home: Path, demo: tuple[dict[str, str], dict[str, Any]]
) -> None:
    env, _ = demo
    verified = admin(bundle, env, home, "audit", "verify")
    assert verified["intact"] is True
    assert 0 < verified["checked"] <= verified["head_position"]


def test_gui_shows_its_sign_in_window_and_exits(bundle: Path, home: Path) -> None:
    store = home / "gui" / "berjasa.sqlite3"
    env = clean_environment(home, store)
    admin(bundle, env, home, "init", "--admin", "admin")
    report = home / "gui-shown.json"
    env.update({"BERJASA_SMOKE_EXIT_AFTER_SHOWN": "1", "BERJASA_SMOKE_REPORT": str(report)})
    try:
        ran = run_frozen(bundle, "berjasa", ["--store", f"sqlite:///{store.as_posix()}"], env,
                         home, timeout=GUI_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        pytest.fail("berjasa did not exit after showing its window: the smoke hook is not "
                    "called. desktop/gui/main.py must call "
                    "desktop.gui.smoke.exit_after_first_window_if_asked() right before "
                    "application.exec().")
    assert ran.code == 0, f"berjasa → {ran.code}\n{ran.out[-3000:]}\n{ran.err[-6000:]}"
    assert "Traceback" not in ran.err, ran.err
    assert report.is_file(), "the GUI exited without reporting a shown window"
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert shown["title"] == "Masuk ke Berjasa", shown
