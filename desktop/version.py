"""Version and build information shown by `--version` and the About dialog.

A frozen build carries `desktop/build-info.json`, written by `packaging/berjasa.spec` at
build time (version, git commit, build date). A source checkout has no such file and says
so, so a support call can always tell which program a clerk is running.
"""

from __future__ import annotations

import json
import platform
import sys
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

BUILD_INFO_FILE = "build-info.json"
UNKNOWN_VERSION = "0.0.0+lokal"


@dataclass(frozen=True)
class BuildInfo:
    """Where this program came from. `commit` and `built_at` are empty in a source checkout."""

    version: str
    commit: str = ""
    built_at: str = ""
    frozen: bool = False

    @property
    def build_label(self) -> str:
        if not self.commit:
            return "sumber (bukan build resmi)"
        return f"{self.commit} · {self.built_at}" if self.built_at else self.commit


def build_info_path() -> Path:
    return Path(__file__).with_name(BUILD_INFO_FILE)


@cache
def build_info() -> BuildInfo:
    """This program's build, read once per process."""
    return load_build_info(build_info_path())


def load_build_info(path: Path) -> BuildInfo:
    recorded = _read_build_file(path)
    frozen = bool(getattr(sys, "frozen", False))
    if recorded is None:
        return BuildInfo(version=_installed_version(), frozen=frozen)
    return BuildInfo(
        version=str(recorded.get("version") or _installed_version()),
        commit=str(recorded.get("commit") or ""),
        built_at=str(recorded.get("built_at") or ""),
        frozen=frozen,
    )


def _read_build_file(path: Path) -> dict[str, object] | None:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


def _installed_version() -> str:
    try:
        return metadata.version("berjasa")
    except metadata.PackageNotFoundError:
        return UNKNOWN_VERSION


def platform_text() -> str:
    return (
        f"Python {platform.python_version()}, {platform.system()} {platform.release()} "
        f"{platform.machine()}"
    )


def version_text() -> str:
    """One line for `berjasa-admin --version` and logs."""
    info = build_info()
    return f"berjasa {info.version} (build {info.build_label}; {platform_text()})"


def about_lines() -> list[tuple[str, str]]:
    """(label, value) rows for the About dialog; the GUI adds its Qt version itself."""
    info = build_info()
    return [
        ("Versi", info.version),
        ("Build", info.build_label),
        ("Paket", "terpasang (beku)" if info.frozen else "dari kode sumber"),
        ("Platform", platform_text()),
    ]
