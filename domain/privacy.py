"""Personal-data helpers shared by every screen, report and export."""

from __future__ import annotations

import re
from typing import Any

from domain.nik import mask_nik

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

__all__ = [
    "mask_birth_date",
    "mask_nik",
    "mask_niks_in_text",
    "mask_personal",
    "mask_phone",
    "neutralise_formula",
    "redact_secrets",
]


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


_NIK_KEYS = frozenset({"nik", "heir_nik", "original_nik", "new_nik", "old_nik", "kk",
                       # issue 16: a duplicate's surviving record, possible duplicates
                       "survivor", "survivor_nik", "other_nik", "duplicate_of", "niks"})
_PHONE_KEYS = frozenset({"phone", "heir_phone"})
# A birth date beside the last four digits of a NIK (and the kecamatan) rebuilds the NIK:
# `PPKKSS DDMMYY NNNN` carries the birth date. Masked viewers see the year only.
_BIRTH_KEYS = frozenset({"birth_date", "heir_birth_date"})
# Never shown to anyone, whatever the role: a password hash can be attacked offline, key
# material opens the store.
SECRET_KEYS = frozenset({"password_hash", "key_material", "chain_key", "secret"})
REDACTED = "[disembunyikan]"


_SIXTEEN_DIGITS = re.compile(r"(?<!\d)\d{16}(?!\d)")


def mask_niks_in_text(text: str) -> str:
    """Free text (a reason, a note) with every 16-digit number masked like a NIK."""
    return _SIXTEEN_DIGITS.sub(lambda match: mask_nik(match.group(0)), text)


def mask_birth_date(value: str) -> str:
    """`1993-08-13` → `1993`: the year tells an age, the day and month rebuild a NIK."""
    return value[:4] if len(value) >= 4 and value[:4].isdigit() else ""


def redact_secrets(value: Any) -> Any:
    """A copy with every secret field's value replaced by a marker, however deeply nested."""
    if isinstance(value, dict):
        return {k: REDACTED if k in SECRET_KEYS else redact_secrets(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_secrets(v) for v in value]
    return value


def mask_personal(value: Any) -> Any:
    """A copy of a service result with every NIK and phone masked, however deeply nested
    (worker details, claims, the `data` and `changes` of history events)."""
    if isinstance(value, dict):
        return {k: _mask_field(k, v) for k, v in value.items()}
    if isinstance(value, list):
        return [mask_personal(v) for v in value]
    return value


def _mask_field(key: Any, value: Any) -> Any:
    if key in _NIK_KEYS and isinstance(value, list):
        return [mask_nik(v) if isinstance(v, str) else mask_personal(v) for v in value]
    if isinstance(value, str) and value:
        if key in _NIK_KEYS:
            return mask_nik(value)
        if key in _PHONE_KEYS:
            return mask_phone(value)
        if key in _BIRTH_KEYS:
            return mask_birth_date(value)
    return mask_personal(value)
