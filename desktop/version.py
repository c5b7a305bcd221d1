"""Version and build information shown by `--version` and the About dialog."""

from __future__ import annotations

import platform
from importlib import metadata


def app_version() -> str:
    try:
        return metadata.version("berjasa")
    except metadata.PackageNotFoundError:
        return "0.0.0+lokal"


def version_text() -> str:
    return (
        f"berjasa {app_version()} (Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})"
    )
