"""The language user-facing messages are written in (Indonesian unless told otherwise)."""

from __future__ import annotations

import os

SUPPORTED_LANGUAGES = ("id", "en")
_current: list[str] = []


def current_language() -> str:
    """The language chosen by `set_language`, else `BERJASA_LANG`, else Indonesian."""
    if _current:
        return _current[-1]
    env = os.environ.get("BERJASA_LANG", "id").strip().lower()[:2]
    return env if env in SUPPORTED_LANGUAGES else "id"


def set_language(language: str) -> None:
    code = language.strip().lower()[:2]
    if code not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language: {language!r}")
    _current[:] = [code]


def reset_language() -> None:
    """Forget `set_language`: back to `BERJASA_LANG` or Indonesian."""
    _current.clear()
