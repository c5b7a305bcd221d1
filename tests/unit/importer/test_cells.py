from __future__ import annotations

from datetime import date, datetime

import pytest

from domain.errors import ValidationError
from domain.nik import parse_nik
from importer.cells import (
    birth_date_of,
    decile_of,
    identity_of,
    nik_of,
    phone_of,
    text_of,
)

NIK = "7371091308931417"


@pytest.mark.parametrize("raw", [
    "7371 0913 0893 1417", "73.71.09.130893.1417", "'7371091308931417", int(NIK),
])
def test_nik_written_with_separators_apostrophe_or_as_number_reads_whole(raw: object) -> None:
    assert parse_nik(nik_of(raw)).value == NIK


@pytest.mark.parametrize("raw", ["7,37113E+15", "7.37109E+15"])
def test_nik_damaged_into_scientific_text_is_refused_as_scientific(raw: object) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_nik(nik_of(raw))
    assert caught.value.code == "nik.scientific"


@pytest.mark.parametrize("raw", [7.37109130893142e15, 7371091308931420, 7371091308931410.0])
def test_numeric_nik_that_may_be_rounded_is_refused(raw: object) -> None:
    with pytest.raises(ValidationError) as caught:
        nik_of(raw)
    assert caught.value.code == "nik.numeric_cell"
    assert caught.value.params["value"] == str(int(raw))  # type: ignore[call-overload]


def test_numeric_nik_with_all_sixteen_digits_reads_as_it_is() -> None:
    assert nik_of(7371091308931417.0) == "7371091308931417"


@pytest.mark.parametrize("kind", ["kk", "kpj"])
def test_kk_and_kpj_follow_the_same_rule(kind: str) -> None:
    with pytest.raises(ValidationError) as caught:
        identity_of(7371090101010100.0, kind)
    assert caught.value.code == f"{kind}.numeric_cell"
    assert identity_of(12345678901.0, kind) == "12345678901"
    assert identity_of("0012345678901", kind) == "0012345678901"


@pytest.mark.parametrize(("raw", "expected"), [
    ("17-08-1980", date(1980, 8, 17)),
    ("17/08/1980", date(1980, 8, 17)),
    ("1980-08-17", date(1980, 8, 17)),
    ("17 Agustus 1980", date(1980, 8, 17)),
    ("17 agt 1980", date(1980, 8, 17)),
    ("5 Mei 1990", date(1990, 5, 5)),
    (datetime(1980, 8, 17), date(1980, 8, 17)),
    (date(1980, 8, 17), date(1980, 8, 17)),
    (29450, date(1980, 8, 17)),
    (29450.0, date(1980, 8, 17)),
    ("29450", date(1980, 8, 17)),
])
def test_birth_dates_in_every_office_format(raw: object, expected: date) -> None:
    assert birth_date_of(raw) == expected


@pytest.mark.parametrize("raw", ["31-02-1980", "17 Agustos 1980", "kemarin", "", None, 0,
                                 29450.5])
def test_unreadable_birth_dates_are_refused(raw: object) -> None:
    with pytest.raises(ValidationError) as caught:
        birth_date_of(raw)
    assert caught.value.code == "import.birth_date_invalid"


def test_numeric_phone_gets_back_its_leading_zero_when_unambiguous() -> None:
    assert phone_of(81234567890) == "081234567890"
    assert phone_of(81234567890.0) == "081234567890"
    assert phone_of("+62 812-3456-7890") == "+62 812-3456-7890"


@pytest.mark.parametrize("raw", [6281234567890, 6221234567.0, 411123456, 8123.5])
def test_numeric_phone_that_cannot_be_told_is_refused(raw: object) -> None:
    with pytest.raises(ValidationError) as caught:
        phone_of(raw)
    assert caught.value.code == "phone.numeric_cell"


def test_numbers_read_as_text_without_a_trailing_zero() -> None:
    assert text_of(3.0) == "3"
    assert text_of(None) == ""
    assert decile_of(3.0) == 3
    assert decile_of("11") == "11"
