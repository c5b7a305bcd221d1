"""Personal-data helpers shared by every screen, report and export."""

from __future__ import annotations

from typing import Any

from domain.nik import mask_nik

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

__all__ = ["mask_nik", "mask_phone", "neutralise_formula"]


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
