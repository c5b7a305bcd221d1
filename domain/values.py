"""Parsing plain input values (from forms, the console, spreadsheets) into checked ones."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

from domain.errors import ValidationError
from domain.limits import check_in_calendar

WITA = timezone(timedelta(hours=8), "WITA")
_PHONE_SEPARATORS = re.compile(r"[\s\-().]+")
_PHONE = re.compile(r"^(\+62|62|0)[0-9]{7,13}$")
_NOT_LETTER = re.compile(r"[^A-Z]")
_GROUPED = re.compile(r"[+-]?[0-9]{1,3}(?:\.[0-9]{3})+")
_SEX = {
    "L": "L",
    "LAKILAKI": "L",
    "PRIA": "L",
    "LK": "L",
    "M": "L",
    "P": "P",
    "PEREMPUAN": "P",
    "WANITA": "P",
    "PR": "P",
    "F": "P",
}


def as_date(value: date | str, field: str = "tanggal") -> date:
    """A date from a `date` or an ISO `YYYY-MM-DD` string, inside the application's
    calendar (`domain.limits`): a year-9999 date would be stored for ever and break every
    computation that walks months from it."""
    if isinstance(value, datetime):
        return check_in_calendar(value.date(), field)
    if isinstance(value, date):
        return check_in_calendar(value, field)
    try:
        day = date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError("date.invalid", value=str(value), field=field) from None
    return check_in_calendar(day, field)


def as_optional_date(value: date | str | None, field: str = "tanggal") -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return as_date(value, field)


def as_timestamp(value: datetime | str) -> datetime:
    """An aware datetime; naive input is taken as Makassar time (WITA)."""
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value).strip().replace(" ", "T", 1)
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ValidationError("timestamp.invalid", value=str(value)) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=WITA)


def as_int(value: int | str, field: str) -> int:
    if isinstance(value, bool):
        raise ValidationError("number.invalid", value=str(value), field=field)
    if isinstance(value, int):
        return value
    text = str(value).strip().replace("_", "")
    # A dot groups thousands ("16.800", "1.000.000"), never marks a fraction: "42000000.50"
    # read with its dot dropped would be a hundred times the rupiah meant.
    if "." in text and not _GROUPED.fullmatch(text):
        raise ValidationError("number.invalid", value=str(value), field=field)
    text = text.replace(".", "")
    if not re.fullmatch(r"[+-]?[0-9]{1,15}", text):
        raise ValidationError("number.invalid", value=str(value), field=field)
    return int(text)


def as_sex(value: str) -> str:
    key = _NOT_LETTER.sub("", str(value).upper())
    if key not in _SEX:
        raise ValidationError("worker.sex_invalid", value=str(value).strip())
    return _SEX[key]


def as_phone(value: str | None) -> str:
    if value is None:
        return ""
    text = _PHONE_SEPARATORS.sub("", str(value).strip().lstrip("'"))
    if not text:
        return ""
    if not _PHONE.match(text):
        raise ValidationError("worker.phone_invalid", value=str(value).strip())
    return text


def as_decile(value: int | str | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        decile = int(float(str(value).strip().replace(",", ".")))
    except (ValueError, OverflowError):  # OverflowError: "1e999" is infinity
        raise ValidationError("worker.decile_range", value=str(value).strip()) from None
    if str(value).strip() not in (str(decile), f"{decile}.0") or not 1 <= decile <= 10:
        raise ValidationError("worker.decile_range", value=str(value).strip())
    return decile


def as_text(value: str | None, field: str, *, limit: int = 200, required: bool = False) -> str:
    text = " ".join(str(value or "").split())
    if required and not text:
        raise ValidationError("text.required", field=field)
    if len(text) > limit:
        raise ValidationError("text.too_long", field=field, limit=limit)
    return text


def now_utc() -> datetime:
    return datetime.now(UTC)


def today_wita() -> date:
    """Today in Makassar (WITA, UTC+8, no daylight saving)."""
    return datetime.now(WITA).date()
