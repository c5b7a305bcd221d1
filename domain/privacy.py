"""Personal-data helpers shared by every screen, report and export."""

from __future__ import annotations

from typing import Any

from domain.nik import mask_nik

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

__all__ = ["mask_nik", "mask_personal", "mask_phone", "neutralise_formula"]


def mask_phone(phone: str) -> str:
    """Only the last three digits of a phone number stay visible."""
    digits = phone or ""
    return "*" * max(len(digits) - 3, 0) + digits[-3:] if digits else ""


def neutralise_formula(value: Any) -> Any:
    """A spreadsheet cell value that no spreadsheet will run as a formula.

    Text starting with = + - @ (or a tab/carriage return) is prefixed with an apostrophe,
    the convention Excel and LibreOffice show as plain text.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


_NIK_KEYS = frozenset({"nik", "heir_nik", "original_nik"})
_PHONE_KEYS = frozenset({"phone", "heir_phone"})


def mask_personal(value: Any) -> Any:
    """A copy of a service result with every NIK and phone masked, however deeply nested
    (worker details, claims, the `data` and `changes` of history events)."""
    if isinstance(value, dict):
        return {k: _mask_field(k, v) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_personal(v) for v in value]
    return value


def _mask_field(key: Any, value: Any) -> Any:
    if isinstance(value, str) and value:
        if key in _NIK_KEYS:
            return mask_nik(value)
        if key in _PHONE_KEYS:
            return mask_phone(value)
    return mask_personal(value)
