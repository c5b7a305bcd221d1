"""`scripts/dev.py app` on a Linux desktop: Qt's xcb plugin finds every library it needs."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None,
    reason="the xcb platform plugin exists on Linux only",
)


def load_dev_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "scripts" / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def xcb_plugin() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


@linux_only
def test_the_xcb_plugin_finds_every_shared_library() -> None:
    listing = subprocess.run(["ldd", str(xcb_plugin())], capture_output=True, text=True)
    assert listing.returncode == 0, listing.stderr
    assert "not found" not in listing.stdout, listing.stdout


@linux_only
def test_dev_script_looks_at_the_plugin_it_installs() -> None:
    dev = load_dev_script()
    plugin = dev.xcb_plugin()
    assert plugin is not None and plugin.resolve() == xcb_plugin().resolve()
    assert dev.missing_system_libraries() == []


@pytest.mark.parametrize(
    ("environment", "blocked"),
    [
        ({}, True),
        ({"DISPLAY": ":1"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ],
)
def test_no_display_is_said_before_qt_starts(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], blocked: bool
) -> None:
    dev = load_dev_script()
    monkeypatch.setattr(dev.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    problem = dev.display_problem()
    assert (problem is not None) == blocked
    if blocked:
        assert "DISPLAY" in problem and "Tidak ada layar" in problem
