"""Turning raw spreadsheet cells into the plain values a registration is checked from.

Nothing is "repaired" here: a value that cannot be read as written is passed on as text,
so the registration rules refuse it with their own reason; an identity number from a
numeric cell that may have been rounded is refused here (`identity_of`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from domain.errors import ValidationError

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 once Excel's 1900 leap bug is skipped
_SERIAL_RANGE = (1, 73050)  # up to 2099-12-31
_MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8, "agust": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nop": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]00:00(?::00)?)?$")
_D_MONTH_Y = re.compile(r"^(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.]+(\d{4})$")
_SERIAL = re.compile(r"^\d{4,5}(?:[.,]0+)?$")
# Excel and LibreOffice keep a number to 15 significant digits (IEEE doubles shown so).
DIGITS_A_NUMBER_CELL_KEEPS = 15
# Indonesian mobile numbers are 08…; stored as a number they read 8….
MOBILE_PREFIX_WITHOUT_ZERO = "8"
_YES = {"ya", "y", "yes", "1", "true", "benar", "disabilitas", "difabel", "v", "x"}


def text_of(value: Any) -> str:
    """A cell as text: numbers without a trailing `.0`, dates as ISO."""
    if type(value) is str:  # most cells: skip the checks below
        return value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value)


def nik_of(value: Any) -> str:
    """A NIK cell as text; see `identity_of`."""
    return identity_of(value, "nik")


def identity_of(value: Any, kind: str) -> str:
    """An identity number (`kind` 'nik', 'kk' or 'kpj') as text.

    A text cell is passed on as written, for the number's own rules. A numeric cell is
    read as its digits when it holds them all; one whose value could be a spreadsheet's
    rounding to 15 significant digits (more than 15 digits, ending in 0) is refused with
    `<kind>.numeric_cell`: the digits it lost cannot be known, and a guessed number would
    enrol the wrong person."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    if isinstance(value, float) and not value.is_integer():
        return format(value, ".15g")  # not a whole number: the number's rules refuse it
    digits = str(int(value))
    if len(digits) > DIGITS_A_NUMBER_CELL_KEEPS and digits.endswith("0"):
        raise ValidationError(f"{kind}.numeric_cell", value=digits)
    return digits


def phone_of(value: Any) -> str:
    """A phone cell as text. A numeric cell lost the phone's leading 0: it is put back for
    a mobile number (8…, read as 08…); a number starting 62 could be +62… or a 062…
    area code, and one that is not whole was not a phone, so those are refused."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return text_of(value)
    if isinstance(value, float) and not value.is_integer():
        raise ValidationError("phone.numeric_cell", value=format(value, ".15g"))
    digits = str(int(value))
    if digits.startswith(MOBILE_PREFIX_WITHOUT_ZERO):
        return "0" + digits
    raise ValidationError("phone.numeric_cell", value=digits)


def birth_date_of(value: Any) -> date:
    """A birth date from a date cell, an Excel serial number or the formats offices use."""
    day = day_of(value)
    if day is None:
        raise ValidationError("import.birth_date_invalid", value=str(value or "").strip())
    return day


def day_of(value: Any) -> date | None:
    """A day from a date cell, an Excel serial number or the formats offices use; None
    when the cell holds none of these."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(value)
    return _parse_text_date(" ".join(str(value or "").split()).lower())


@lru_cache(maxsize=8192)  # a list repeats the same few thousand birth dates
def _parse_text_date(text: str) -> date | None:
    parts: tuple[int, int, int] | None = None
    if match := _DMY.match(text):
        parts = (int(match[3]), int(match[2]), int(match[1]))
    elif match := _YMD.match(text):
        parts = (int(match[1]), int(match[2]), int(match[3]))
    elif (match := _D_MONTH_Y.match(text)) and match[2] in _MONTHS:
        parts = (int(match[3]), _MONTHS[match[2]], int(match[1]))
    elif _SERIAL.match(text):
        return _from_serial(float(text.replace(",", ".")))
    if parts is None:
        return None
    try:
        return date(*parts)
    except ValueError:
        return None


def _from_serial(serial: float) -> date | None:
    if not _SERIAL_RANGE[0] <= serial <= _SERIAL_RANGE[1] or not float(serial).is_integer():
        return None
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def decile_of(value: Any) -> int | str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return str(value)


def flag_of(value: Any) -> bool:
    return text_of(value).strip().lower() in _YES
