"""The rules every worker registration passes, whether typed in a form or read from a file."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from operator import attrgetter
from typing import Any

from domain.errors import ValidationError
from domain.i18n import current_language
from domain.limits import NAME, OCCUPATION, limit
from domain.messages import render
from domain.nik import check_matches_person, parse_kk, parse_nik
from domain.segments import is_known_occupation
from domain.values import as_date, as_decile, as_optional_date, as_phone, as_sex, as_text
from domain.wilayah import find_kecamatan, find_kelurahan


@dataclass(frozen=True)
class Registration:
    """A worker's checked and normalised details, ready to be recorded."""

    nik: str
    name: str
    sex: str
    birth_date: date
    kecamatan: str
    kelurahan: str
    occupation: str
    disability: bool = False
    decile: int | None = None
    decile_as_of: date | None = None
    phone: str = ""
    agent: str = ""
    warnings: tuple[str, ...] = ()
    kk: str = ""  # the family card number, when known (DTSEN deciles are per family)

    def __reduce__(self) -> tuple[Any, tuple[tuple[Any, ...]]]:
        # Pickled as a plain tuple of values: an import's reader process sends one per
        # row, and a frozen dataclass's default unpickling looks up its fields each time.
        return _registration_of, (_values_of(self),)


_FIELDS = tuple(f.name for f in fields(Registration))
_values_of = attrgetter(*_FIELDS)


def _registration_of(values: tuple[Any, ...]) -> Registration:
    """A Registration with `values` as stored, without re-running `__init__`'s setattrs."""
    registration = object.__new__(Registration)
    registration.__dict__.update(zip(_FIELDS, values, strict=True))
    return registration


def check_name(value: str | None) -> str:
    name = " ".join(str(value or "").split())
    if not name:
        raise ValidationError("worker.name_missing")
    if len(name) > limit(NAME):
        raise ValidationError("worker.name_too_long", length=len(name))
    return name


def check_birth_date(value: date | str, today: date) -> date:
    birth = as_date(value, "tanggal lahir")
    if birth > today:
        raise ValidationError("worker.birth_future", value=birth.isoformat())
    return birth


def check_occupation(value: str | None) -> str:
    occupation = as_text(value, "pekerjaan", limit=limit(OCCUPATION))
    if not occupation:
        raise ValidationError("worker.occupation_missing")
    return occupation


def validate_registration(
    *,
    nik: object,
    name: str | None,
    sex: str,
    birth_date: date | str,
    kecamatan: str,
    kelurahan: str,
    occupation: str | None,
    today: date,
    disability: bool = False,
    decile: int | str | None = None,
    decile_as_of: date | str | None = None,
    phone: str | None = None,
    agent: str | None = None,
    kk: object = None,
) -> Registration:
    """Check every field in the order clerks read a row; the first fault is raised."""
    parsed = parse_nik(nik)
    checked_kk = parse_kk(kk)
    checked_name = check_name(name)
    checked_sex = as_sex(sex)
    birth = check_birth_date(birth_date, today)
    check_matches_person(parsed, checked_sex, birth)
    kec = find_kecamatan(kecamatan)
    kel = find_kelurahan(kec, kelurahan)
    checked_decile = as_decile(decile)
    as_of = as_optional_date(decile_as_of, "tanggal desil")
    if as_of is not None and as_of > today:
        raise ValidationError("facts.date_future", value=as_of.isoformat(),
                              today=today.isoformat())
    checked_occupation = check_occupation(occupation)
    return Registration(
        nik=parsed.value,
        name=checked_name,
        sex=checked_sex,
        birth_date=birth,
        kecamatan=kec.name,
        kelurahan=kel,
        occupation=checked_occupation,
        disability=bool(disability),
        decile=checked_decile,
        decile_as_of=as_of or (today if checked_decile is not None else None),
        phone=as_phone(phone),
        agent=as_text(agent, "agen Perisai", limit=limit(NAME)),
        warnings=parsed.warnings + occupation_warnings(checked_occupation),
        kk=checked_kk,
    )


def occupation_warnings(occupation: str) -> tuple[str, ...]:
    """An occupation no list names is accepted (the office may add it to the data) but
    reported: it belongs to no segment until then."""
    return () if is_known_occupation(occupation) else ("occupation.unknown",)


def warning_texts(registration: Registration, language: str | None = None) -> list[str]:
    """Each of the registration's warnings as a sentence in `language`."""
    params = {
        "value": registration.nik, "district": registration.nik[:4],
        "kecamatan_code": registration.nik[4:6], "occupation": registration.occupation,
    }
    return [render(code, language or current_language(), params)
            for code in registration.warnings]
