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
SUBJECT, PARTIES, ADDRESS, CONTACT, OCCUPATION, FILE_NAME = (
    "teks.perihal", "teks.para_pihak", "teks.alamat", "teks.kontak", "teks.pekerjaan",
    "teks.berkas")
EARLIEST, LATEST = "tanggal.paling_awal", "tanggal.paling_akhir"
SEATS_MAX, QUOTA_MONTHS_MAX = "kuota.kursi_maksimum", "kuota.bulan_maksimum"

# The limit of each free-text field, by the name the commands and the GUI's forms give it:
# a form's text field of one of these names takes no more characters than its command
# accepts (`desktop.gui.forms.Field.length_limit`).
FIELD_KEYS: dict[str, str] = {
    "reason": REASON, "heir_reason": REASON,
    "note": NOTE, "description": NOTE, "place": NOTE,
    "name": NAME, "full_name": NAME, "heir_name": NAME, "employer": NAME, "domicile": NAME,
    "agent": NAME, "title": NAME,
    "basis": BASIS, "source": BASIS, "document": BASIS,
    "label": LABEL, "number": LABEL, "reference": LABEL, "rank": LABEL,
    "subject": SUBJECT, "parties": PARTIES, "address": ADDRESS,
    "phone": CONTACT, "email": CONTACT, "website": CONTACT,
    "occupation": OCCUPATION, "file": FILE_NAME, "file_name": FILE_NAME,
}


@cache
def _table() -> dict[str, str]:
    source = resources.files("domain.data").joinpath("batas-masukan.csv")
    with io.StringIO(source.read_text(encoding="utf-8-sig"), newline="") as handle:
        return {row["kunci"]: row["nilai"].strip() for row in csv.DictReader(handle)}


def limit(key: str) -> int:
    """A whole-number bound (a text length, a count) by its key in the data file."""
    return int(_table()[key])


def field_limit(name: str) -> int | None:
    """The most characters the free-text field `name` takes (None: not a free text)."""
    key = FIELD_KEYS.get(name)
    return limit(key) if key is not None else None


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
