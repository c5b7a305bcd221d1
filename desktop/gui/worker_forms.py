"""The worker forms' fields and live checks, built on `domain.registration` rules."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.gui.forms import Field, Values
from desktop.gui.qt import QCoreApplication
from domain.errors import BerjasaError, ValidationError
from domain.model.peserta import DUKCAPIL_STATUSES, TERMINATION_REASONS
from domain.nik import parse_nik
from domain.reference import known_occupations
from domain.registration import Registration, validate_registration
from domain.wilayah import all_kecamatan, find_kecamatan


def _tr(text: str) -> str:
    return QCoreApplication.translate("worker_forms", text)


def _kelurahan_choices(values: Values) -> list[tuple[str, Any]]:
    try:
        kecamatan = find_kecamatan(str(values.get("kecamatan") or ""))
    except BerjasaError:
        return []
    return [(name, name) for name in kecamatan.kelurahan]


def worker_fields(current: dict[str, Any] | None = None) -> list[Field]:
    """Registration fields, pre-filled from `current` (a described worker) to correct it."""
    now = current or {}
    birth = date.fromisoformat(now["birth_date"]) if now.get("birth_date") else None
    return [
        Field("nik", _tr("NIK (16 digit)"), value=now.get("nik", ""),
              placeholder="7371xxxxxxxxxxxx"),
        Field("name", _tr("Nama lengkap"), value=now.get("name", "")),
        Field("sex", _tr("Jenis kelamin"), "choice", now.get("sex", "L"),
              choices=[(_tr("Laki-laki"), "L"), (_tr("Perempuan"), "P")]),
        Field("birth_date", _tr("Tanggal lahir"), "date", birth or date(1980, 1, 1)),
        Field("kecamatan", _tr("Kecamatan"), "choice", now.get("kecamatan"),
              choices=[(k.name, k.name) for k in all_kecamatan()]),
        Field("kelurahan", _tr("Kelurahan"), "choice", now.get("kelurahan"),
              choices_from=_kelurahan_choices),
        Field("occupation", _tr("Pekerjaan"), "choice", now.get("occupation"), editable=True,
              choices=[(o, o) for o in known_occupations()]),
        Field("decile", _tr("Desil DTSEN"), "choice", now.get("decile"),
              choices=[("-", None)] + [(str(d), d) for d in range(1, 11)]),
        Field("phone", _tr("No HP"), value=now.get("phone", ""), placeholder="08xxxxxxxxxx"),
        Field("agent", _tr("Agen Perisai"), value=now.get("agent", "")),
    ]


def birth_from_nik(values: Values, today: date) -> Values:
    """Sex and birth date as the NIK encodes them, to spare the clerk typing them twice."""
    try:
        nik = parse_nik(values.get("nik"))
    except BerjasaError:
        return {}
    year = 2000 + nik.birth_yy
    if year > today.year - 10:
        year -= 100
    try:
        birth = date(year, nik.birth_month, nik.birth_day)
    except ValueError:
        return {}
    return {"sex": nik.sex, "birth_date": birth}


def check_registration(values: Values, today: date) -> Registration:
    fields = {k: v for k, v in values.items() if k != "reason"}
    return validate_registration(today=today, **fields)


def require_reason(values: Values) -> None:
    if not str(values.get("reason") or "").strip():
        raise ValidationError("gui.reason_required")


def termination_choices() -> list[tuple[str, str]]:
    names = {"death": _tr("Meninggal dunia"), "moved": _tr("Pindah domisili"),
             "formal": _tr("Menjadi pekerja formal"), "duplicate": _tr("Data ganda"),
             "error": _tr("Salah input")}
    return [(names.get(code, code), code) for code in TERMINATION_REASONS]


def dukcapil_choices() -> list[tuple[str, str]]:
    names = {"padan": _tr("Padan"), "tidak_ditemukan": _tr("Tidak ditemukan"),
             "menunggu": _tr("Menunggu")}
    return [(names.get(code, code), code) for code in DUKCAPIL_STATUSES]
