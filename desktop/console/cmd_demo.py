"""`demo --workers N`: a realistic, deterministic history in a fresh store (placeholder)."""

from __future__ import annotations

from typing import Any


def register(commands: Any) -> None:
    """Registered once domain.demo exists."""
