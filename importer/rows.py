"""One row of a worker list → a checked Registration, or the reason and column at fault."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from domain.errors import BerjasaError, ValidationError
from domain.registration import Registration, validate_registration
from importer import limits
from importer.cells import (
    birth_date_of,
    decile_of,
    flag_of,
    identity_of,
    nik_of,
    phone_of,
    text_of,
)

# Tab, line feed and carriage return are whitespace a cell may hold; no other control.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Which column a refusal points at, so a clerk knows which cell to fix.
_FIELD_OF_CODE = {
    # the quota's eligibility rules (issue 16): the column the rule looked at
    "eligibility.age": "birth_date",
    "eligibility.domicile": "kelurahan",
    "eligibility.segment": "occupation",
    "eligibility.decile": "decile",
    "nik.sex_mismatch": "sex",
    "nik.birth_mismatch": "birth_date",
    "worker.name_missing": "name",
    "worker.name_too_long": "name",
    "worker.sex_invalid": "sex",
    "worker.birth_future": "birth_date",
    "import.birth_date_invalid": "birth_date",
    "worker.kecamatan_unknown": "kecamatan",
    "worker.kelurahan_unknown": "kelurahan",
    "worker.decile_range": "decile",
    "worker.phone_invalid": "phone",
    "phone.numeric_cell": "phone",
    "worker.occupation_missing": "occupation",
    "enrolment.before_birth": "birth_date",
    "worker.kk_invalid": "kk",
    "kk.numeric_cell": "kk",
    "import.nik_other_person": "nik",  # registered to another person: the NIK is suspect
}
# The mapped fields a row is read from, in the order `registration_of` unpacks them.
_FIELDS = ("nik", "name", "sex", "birth_date", "kecamatan", "kelurahan", "occupation",
           "disability", "decile", "phone", "agent", "kk")
_FIELD_OF_TEXT = {"pekerjaan": "occupation", "agen Perisai": "agent"}


def field_at_fault(error: BerjasaError) -> str | None:
    if error.code in _FIELD_OF_CODE:
        return _FIELD_OF_CODE[error.code]
    if error.code.startswith("nik."):
        return "nik"
    if error.code.startswith("text."):
        return _FIELD_OF_TEXT.get(str(error.params.get("field", "")))
    return None


def registration_of(cells: Sequence[Any], mapping: dict[str, int], today: date) -> Registration:
    """The row checked by exactly the rules of a single registration."""
    width = len(cells)
    (nik, name, sex, birth_date, kecamatan, kelurahan, occupation, disability, decile,
     phone, agent, kk) = [cells[index] if index is not None and index < width else None
                      for index in map(mapping.get, _FIELDS)]
    check_cells(cells)
    birth = _birth_date(birth_date)
    phone_error: ValidationError | None = None
    try:
        phone_text = phone_of(phone)
    except ValidationError as error:  # reported after the NIK's and the other rules
        phone_error, phone_text = error, ""
    try:
        registration = validate_registration(
            nik=nik_of(nik),
            kk=identity_of(kk, "kk"),
            name=text_of(name),
            sex=text_of(sex),
            birth_date=birth,
            kecamatan=text_of(kecamatan),
            kelurahan=text_of(kelurahan),
            occupation=text_of(occupation),
            today=today,
            disability=flag_of(disability),
            decile=decile_of(decile),
            phone=phone_text,
            agent=text_of(agent),
        )
    except ValidationError as error:
        if error.code == "date.invalid" and error.params.get("field") == "tanggal lahir":
            # The single-registration message asks for YYYY-MM-DD; a file accepts more.
            raise ValidationError("import.birth_date_invalid", value=str(birth)) from None
        raise
    if phone_error is not None:
        raise phone_error
    return registration


def check_cells(cells: Sequence[Any]) -> None:
    """A row wider, a cell longer than `importer.limits` allows, or a cell holding a
    control character (which no name or number has, and a database may refuse in the
    middle of an import) is refused here, with its row, before anything is written."""
    if len(cells) > limits.MAX_COLUMNS:
        raise ValidationError("import.too_many_columns_in_row", columns=len(cells),
                              limit=limits.MAX_COLUMNS)
    for index, cell in enumerate(cells):
        if type(cell) is str:
            if len(cell) > limits.MAX_CELL_CHARS:
                raise ValidationError("import.cell_too_long", column=index + 1,
                                      length=len(cell), limit=limits.MAX_CELL_CHARS)
            if _CONTROL.search(cell):
                raise ValidationError("import.control_character", column=index + 1,
                                      character=f"U+{ord(_CONTROL.findall(cell)[0]):04X}")


def _birth_date(value: Any) -> date | str:
    # An unreadable date goes on as text: the NIK is checked first, as for a form, and
    # the date's own reason comes only when everything before it passed.
    try:
        return birth_date_of(value)
    except ValidationError:
        return text_of(value).strip() or "-"
