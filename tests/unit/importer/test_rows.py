from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from domain.errors import ValidationError
from importer.headers import guess_mapping
from importer.rows import field_at_fault, registration_of
from tests.unit.importer.helpers import HEADERS, worker_row

TODAY = date(2026, 11, 21)
MAPPING = guess_mapping(HEADERS)


def check(row: list[Any]) -> Any:
    return registration_of(row, MAPPING, TODAY)


@pytest.mark.parametrize("written", ["TALLO", " Tallo ", "Kec. Tallo", "kecamatan tallo"])
def test_kecamatan_as_offices_write_it(written: str) -> None:
    registration = check(worker_row(1, Kecamatan=written, Kelurahan="Kel. Kalukuang"))
    assert (registration.kecamatan, registration.kelurahan) == ("Tallo", "Kalukuang")


@pytest.mark.parametrize(("written", "sex"), [
    ("L", "L"), ("P", "P"), ("Laki-laki", "L"), ("Perempuan", "P"), ("laki laki", "L"),
])
def test_sex_values(written: str, sex: str) -> None:
    registration = check(worker_row(1, sex=sex, JK=written))
    assert registration.sex == sex


def test_a_valid_row_is_normalised() -> None:
    registration = check(worker_row(7, **{"No HP": "0812 3456 7890", "Desil": 3.0}))
    assert registration.nik.endswith("0007")
    assert registration.decile == 3 and registration.decile_as_of == TODAY
    assert registration.phone == "081234567890"


REFUSALS = [
    ({"NIK": "7371134310O94153"}, "nik.not_digits", "nik"),
    ({"NIK": "7371091204850000"}, "nik.serial_zero", "nik"),
    ({"NIK": "737109120485001"}, "nik.length", "nik"),
    ({"NIK": "7,37109E+15"}, "nik.scientific", "nik"),
    ({"NIK": "7371093204850001"}, "nik.day", "nik"),
    ({"NIK": "7371091213850001"}, "nik.month", "nik"),
    ({"NIK": "7371093002850001"}, "nik.date", "nik"),
    ({"JK": "P"}, "nik.sex_mismatch", "sex"),
    ({"Tanggal Lahir": "13-04-1985"}, "nik.birth_mismatch", "birth_date"),
    ({"Tanggal Lahir": "kemarin"}, "import.birth_date_invalid", "birth_date"),
    ({"Nama": "  "}, "worker.name_missing", "name"),
    ({"JK": "X"}, "worker.sex_invalid", "sex"),
    ({"Kecamatan": "Somba Opu"}, "worker.kecamatan_unknown", "kecamatan"),
    ({"Kelurahan": "Kalukuang"}, "worker.kelurahan_unknown", "kelurahan"),
    ({"Desil": 11}, "worker.decile_range", "decile"),
    ({"Desil": "0"}, "worker.decile_range", "decile"),
    ({"Pekerjaan": ""}, "worker.occupation_missing", "occupation"),
    ({"No HP": "12345"}, "worker.phone_invalid", "phone"),
]


@pytest.mark.parametrize(("overrides", "code", "field"), REFUSALS)
def test_each_refusal_has_its_code_column_and_indonesian_reason(
    overrides: dict[str, Any], code: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        check(worker_row(1, **overrides))
    assert caught.value.code == code
    assert field_at_fault(caught.value) == field
    assert caught.value.message("id") != caught.value.message("en")


def test_birth_date_after_today_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check(worker_row(1, birth=date(2027, 1, 5)))
    assert caught.value.code == "worker.birth_future"


def test_missing_cells_at_the_end_of_a_short_row_are_empty() -> None:
    with pytest.raises(ValidationError) as caught:
        check(worker_row(1)[:6])
    assert caught.value.code == "worker.occupation_missing"
