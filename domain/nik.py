"""NIK (Nomor Induk Kependudukan) rules: `PPKKSS DDMMYY NNNN`.

Spreadsheets damage NIKs in known ways; each is refused with a message that says how,
never "repaired" (a float has lost its last digits for good).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from domain.errors import ValidationError
from domain.reference import province_codes
from domain.wilayah import all_kecamatan

MAKASSAR_DISTRICT = "7371"
_SCIENTIFIC = re.compile(r"^[0-9]+(?:[.,][0-9]*)?[eE][+-]?[0-9]+$")
_SEPARATORS = re.compile(r"[\s.\u00a0]+")


@dataclass(frozen=True)
class Nik:
    """A NIK that passed every structural rule, with the facts it encodes."""

    value: str
    sex: str
    birth_day: int
    birth_month: int
    birth_yy: int
    warnings: tuple[str, ...] = field(default=())

    @property
    def district(self) -> str:
        return self.value[:4]

    @property
    def kecamatan_code(self) -> str:
        return self.value[4:6]

    @property
    def serial(self) -> str:
        return self.value[12:]


def normalise_nik(raw: object) -> str:
    """The NIK text with spaces, dots and Excel's leading apostrophe removed."""
    text = "" if raw is None else str(raw).strip()
    text = text.lstrip("'\u2019`")
    if text.isascii() and text.isdigit():
        return text  # already clean: neither pattern below can change or refuse it
    if _SCIENTIFIC.match(text.replace(" ", "")):
        raise ValidationError("nik.scientific", value=str(raw).strip())
    return _SEPARATORS.sub("", text)


def parse_nik(raw: object) -> Nik:
    """Check a NIK's structure and return what it encodes; raise ValidationError if bad."""
    value = normalise_nik(raw)
    if not value:
        raise ValidationError("nik.empty")
    check_digits_only(value)
    check_length(value)
    check_province(value)
    day_code, month, yy = int(value[6:8]), int(value[8:10]), int(value[10:12])
    check_month(value, month)
    check_day(value, day_code)
    sex = "P" if day_code > 40 else "L"
    day = day_code - 40 if sex == "P" else day_code
    check_date_exists(value, day, month, yy)
    check_serial(value)
    return Nik(value, sex, day, month, yy, nik_warnings(value))


def nik_warnings(value: str) -> tuple[str, ...]:
    """What is odd but not wrong about a well-formed NIK: issued outside Makassar (people
    move), or a Makassar NIK whose kecamatan code is none of the city's (a typo, or a code
    this program's reference data does not know yet): recorded, and shown to the clerk."""
    if not value.startswith(MAKASSAR_DISTRICT):
        return ("nik.outside_makassar",)
    if value[4:6] not in _makassar_kecamatan_codes():
        return ("nik.kecamatan_unknown",)
    return ()


@cache
def _makassar_kecamatan_codes() -> frozenset[str]:
    return frozenset(k.code for k in all_kecamatan())


def check_digits_only(value: str) -> None:
    if value.isascii() and value.isdigit():
        return  # nearly every NIK: the set of faults below is built only for a bad one
    bad = "".join(sorted({c for c in value if not c.isascii() or not c.isdigit()}))
    if bad:
        raise ValidationError("nik.not_digits", value=value, bad=bad)


def check_length(value: str) -> None:
    if len(value) != 16:
        raise ValidationError("nik.length", value=value, length=len(value))


def check_province(value: str) -> None:
    """The first two digits are a province code that exists (`kode-provinsi.csv`)."""
    if value[:2] not in province_codes():
        raise ValidationError("nik.province_unknown", value=value, province=value[:2])


def check_month(value: str, month: int) -> None:
    if not 1 <= month <= 12:
        raise ValidationError("nik.month", value=value, month=f"{month:02d}")


def check_day(value: str, day_code: int) -> None:
    if not (1 <= day_code <= 31 or 41 <= day_code <= 71):
        raise ValidationError("nik.day", value=value, day=f"{day_code:02d}")


def check_date_exists(value: str, day: int, month: int, yy: int) -> None:
    if day > _longest_month(month, yy):
        raise ValidationError(
            "nik.date", value=value, day=f"{day:02d}", month=f"{month:02d}", year=f"{yy:02d}"
        )


@lru_cache(maxsize=1300)  # 12 months x 100 years
def _longest_month(month: int, yy: int) -> int:
    """The month's days in 19yy or 20yy, whichever is longer: the century is not encoded,
    so the date must exist in one of the two candidates."""
    return max(calendar.monthrange(century + yy, month)[1] for century in (1900, 2000))


def check_serial(value: str) -> None:
    if value.endswith("0000"):
        raise ValidationError("nik.serial_zero", value=value)


def check_matches_person(nik: Nik, sex: str, birth_date: date) -> None:
    """The NIK's encoded sex and birth date agree with the stated ones."""
    if nik.sex != sex:
        raise ValidationError("nik.sex_mismatch", value=nik.value, nik_sex=nik.sex, stated_sex=sex)
    encoded = (nik.birth_day, nik.birth_month, nik.birth_yy)
    stated = (birth_date.day, birth_date.month, birth_date.year % 100)
    if encoded != stated:
        raise ValidationError(
            "nik.birth_mismatch",
            value=nik.value,
            nik_birth=f"{nik.birth_day:02d}-{nik.birth_month:02d}-{nik.birth_yy:02d}",
            stated_birth=birth_date.strftime("%d-%m-%y"),
        )


def validate_nik_for_person(raw: object, sex: str, birth_date: date) -> Nik:
    """Every NIK rule, including agreement with the person's stated sex and birth date."""
    nik = parse_nik(raw)
    check_matches_person(nik, sex, birth_date)
    return nik


KK_DIGITS = 16


def parse_kk(raw: object) -> str:
    """A family card (KK) number: 16 digits, spaces and dots between them dropped; ''
    when none is given (a KK is optional). Nothing is checked beyond the digits: unlike
    a NIK, a KK's number encodes no facts about the person that could be compared."""
    text = str(raw or "").strip().lstrip("'")
    number = _SEPARATORS.sub("", text)
    if not number:
        return ""
    if not (number.isascii() and number.isdigit() and len(number) == KK_DIGITS):
        raise ValidationError("worker.kk_invalid", value=text, digits=KK_DIGITS)
    return number


def mask_nik(nik: str) -> str:
    """All but the last four digits hidden, for roles that may not see a NIK."""
    return "*" * max(len(nik) - 4, 0) + nik[-4:]
