"""Builders of valid test data: NIKs that pass every rule, and worker fields."""

from __future__ import annotations

from datetime import date
from typing import Any

from berjasa.bootstrap import assemble
from domain.services.app import Berjasa
from domain.services.base import BerjasaApplication
from domain.services.context import ContextService


def make_nik(
    birth: date, sex: str = "L", serial: int = 1, kecamatan: str = "09", district: str = "7371"
) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    return f"{district}{kecamatan}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def letters(serial: int) -> str:
    """`serial` in letters (1 A, 26 Z, 27 AA): names told apart as people read them, which
    ignore digits ("Pekerja Uji 1" and "Pekerja Uji 2" are lookalikes: `domain.duplicates`)."""
    text = ""
    while serial > 0:
        serial, digit = divmod(serial - 1, 26)
        text = chr(ord("A") + digit) + text
    return text


def worker_fields(
    serial: int = 1, sex: str = "L", birth: date = date(1985, 4, 12), **overrides: Any
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "nik": make_nik(birth, sex, serial),
        "name": f"Pekerja Uji {serial}",
        "sex": sex,
        "birth_date": birth.isoformat(),
        "kecamatan": "Panakkukang",
        "kelurahan": "Pandang",
        "occupation": "Pedagang Pasar",
        "decile": 2,
    }
    fields.update(overrides)
    return fields


def context_services() -> dict[str, type[ContextService]]:
    """Berjasa's context services' classes by name. Each is built on first use, so a
    throwaway in-memory application builds every one to tell its class."""
    app = assemble(BerjasaApplication())
    try:
        return {name: type(getattr(app, name)) for name in Berjasa.contexts()}
    finally:
        app.close()
