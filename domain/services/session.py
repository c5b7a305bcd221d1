"""Who is calling a service: the signed-in user and their workstation."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass


@dataclass(frozen=True)
class Session:
    """A signed-in user. Services re-read the user's role from the store on every call,
    so a role change or a disabled account takes effect at once."""

    username: str
    role: str
    workstation: str
    full_name: str = ""


def this_workstation() -> str:
    """The name events record as the workstation: `BERJASA_WORKSTATION`, else the host name
    (`platform.node()`: the system's own record of it, as `socket.gethostname()` gives it,
    without loading the socket module, which nothing else a command does needs)."""
    return os.environ.get("BERJASA_WORKSTATION") or platform.node() or "tidak-diketahui"
