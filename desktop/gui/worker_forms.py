"""The worker forms' fields and live checks, built on `domain.registration` rules."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.gui.forms import Field, Values
from desktop.gui.qt import QCoreApplication
from domain.errors import BerjasaError, ValidationError
from domain.limits import NAME, limit
from domain.model.peserta_rules import DUKCAPIL_STATUSES, TERMINATION_REASONS
from domain.nik import parse_nik
from domain.reference import known_occupations
from domain.registration import Registration, validate_registration
from domain.wilayah import all_kecamatan, find_kecamatan

translate = QCoreApplication.translate


def _kelurahan_choices(values: Values) -> list[tuple[str, Any]]:
    try:
        kecamatan = find_kecamatan(str(values.get("kecamatan") or ""))
    except BerjasaError:
        return []
    return [(name, name) for name in kecamatan.kelurahan]


def worker_fields(current: Mapping[str, Any] | None = None) -> list[Field]:
    """Registration fields, pre-filled from `current` (a described worker) to correct it.
    A new registration guesses nothing about the person: sex, birth date, area and
    occupation start empty (sex and birth date fill in from the NIK) and are required."""
    now = current or {}
    new = current is None
    birth = date.fromisoformat(now["birth_date"]) if now.get("birth_date") else None
    return [
        Field(
            "nik",
            translate("worker_forms", "NIK (16 digit)"),
            value=now.get("nik", ""),
            placeholder="7371xxxxxxxxxxxx",
            required=True,
        ),
        Field("name", translate("worker_forms", "Nama lengkap"), value=now.get("name", ""),
              max_length=limit(NAME), required=True),
        Field(
            "sex",
            translate("worker_forms", "Jenis kelamin"),
            "choice",
            now.get("sex"),
            blank=new,
            required=True,
            choices=[
                (translate("worker_forms", "Laki-laki"), "L"),
                (translate("worker_forms", "Perempuan"), "P"),
            ],
        ),
        Field(
            "birth_date",
            translate("worker_forms", "Tanggal lahir"),
            "date",
            birth,
            blank=new,
            required=True,
        ),
        Field(
            "kecamatan",
            translate("worker_forms", "Kecamatan"),
            "choice",
            now.get("kecamatan"),
            blank=new,
            required=True,
            choices=[(k.name, k.name) for k in all_kecamatan()],
        ),
        Field(
            "kelurahan",
            translate("worker_forms", "Kelurahan"),
            "choice",
            now.get("kelurahan"),
            blank=new,
            required=True,
            choices_from=_kelurahan_choices,
        ),
        Field(
            "occupation",
            translate("worker_forms", "Pekerjaan"),
            "choice",
            now.get("occupation"),
            editable=True,
            blank=new,
            required=True,
            choices=[(o, o) for o in known_occupations()],
        ),
        Field(
            "decile",
            translate("worker_forms", "Desil DTSEN"),
            "choice",
            now.get("decile"),
            choices=[("-", None)] + [(str(d), d) for d in range(1, 11)],
        ),
        Field(
            "phone",
            translate("worker_forms", "No HP"),
            value=now.get("phone", ""),
            placeholder="08xxxxxxxxxx",
        ),
        Field("agent", translate("worker_forms", "Agen Perisai"), value=now.get("agent", "")),
        # Optional: a DTSEN decile given by KK alone is recorded for the whole family.
        Field("kk", translate("worker_forms", "Nomor Kartu Keluarga (KK)"),
              value=now.get("kk", ""), placeholder="16 digit"),
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
    names = {
        "death": translate("worker_forms", "Meninggal dunia"),
        "moved": translate("worker_forms", "Pindah domisili"),
        "formal": translate("worker_forms", "Menjadi pekerja formal"),
        "duplicate": translate("worker_forms", "Data ganda"),
        "error": translate("worker_forms", "Salah input"),
    }
    return [(names.get(code, code), code) for code in TERMINATION_REASONS]


def dukcapil_choices() -> list[tuple[str, str]]:
    names = {
        "padan": translate("worker_forms", "Padan"),
        "tidak_ditemukan": translate("worker_forms", "Tidak ditemukan"),
        "menunggu": translate("worker_forms", "Menunggu"),
    }
    return [(names.get(code, code), code) for code in DUKCAPIL_STATUSES]
