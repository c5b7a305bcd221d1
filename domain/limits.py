"""Bounds on what a command accepts, read from `domain/data/batas-masukan.csv`: lengths of
free text (reasons, notes, names), the calendar the application represents, seats.

Every value is checked against these *before* anything is saved, so no stored event can
hold text a report cannot lay out or a date the calendar and tariffs cannot represent.
The GUI's forms show the same limits (maximum lengths, date ranges).
"""

from __future__ import annotations

import csv
import io
from datetime import date
from functools import cache
from importlib import resources

from domain.errors import ValidationError

REASON, NOTE, NAME, BASIS, LABEL = (
    "teks.alasan", "teks.catatan", "teks.nama", "teks.dasar", "teks.label")
EARLIEST, LATEST = "tanggal.paling_awal", "tanggal.paling_akhir"
SEATS_MAX, QUOTA_MONTHS_MAX = "kuota.kursi_maksimum", "kuota.bulan_maksimum"


@cache
def _table() -> dict[str, str]:
    source = resources.files("domain.data").joinpath("batas-masukan.csv")
    with io.StringIO(source.read_text(encoding="utf-8-sig"), newline="") as handle:
        return {row["kunci"]: row["nilai"].strip() for row in csv.DictReader(handle)}


def limit(key: str) -> int:
    """A whole-number bound (a text length, a count) by its key in the data file."""
    return int(_table()[key])


def calendar_bounds() -> tuple[date, date]:
    """The first and last day the application accepts in any date."""
    table = _table()
    return date.fromisoformat(table[EARLIEST]), date.fromisoformat(table[LATEST])


def check_in_calendar(day: date, field: str) -> date:
    first, last = calendar_bounds()
    if not first <= day <= last:
        raise ValidationError("date.out_of_range", value=day.isoformat(), field=field,
                              first=first.isoformat(), last=last.isoformat())
    return day


def check_length(text: str, field: str, key: str) -> str:
    """`text` unchanged when it fits the limit `key`; refused otherwise."""
    bound = limit(key)
    if len(text) > bound:
        raise ValidationError("text.too_long", field=field, limit=bound)
    return text
