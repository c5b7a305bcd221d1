from __future__ import annotations

from datetime import date

import pytest

from domain.errors import ValidationError
from domain.nik import mask_nik, normalise_nik, parse_nik, validate_nik_for_person

VALID_MAN = "7371091308931417"  # 13-08-93, Panakkukang
VALID_WOMAN = "7371145502725556"  # 15-02-72 (day 55 = 15 + 40)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (VALID_MAN, VALID_MAN),
        ("7371 0913 0893 1417", VALID_MAN),
        ("73.71.09.130893.1417", VALID_MAN),
        ("'7371091308931417", VALID_MAN),
        ("  7371091308931417  ", VALID_MAN),
        ("7371\u00a009130893\u00a01417", VALID_MAN),
        (7371091308931417, VALID_MAN),
    ],
)
def test_normalisation_strips_spreadsheet_noise(raw: object, expected: str) -> None:
    assert parse_nik(raw).value == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "nik.empty"),
        ("   ", "nik.empty"),
        (None, "nik.empty"),
        ("7,37105E+15", "nik.scientific"),
        ("7.37105E+15", "nik.scientific"),
        ("7.371091308931417e15", "nik.scientific"),
        ("7371134310O94153", "nik.not_digits"),
        ("73711343109415A3", "nik.not_digits"),
        ("7371-1343-1094-1534", "nik.not_digits"),
        ("٧٣٧١٠٩١٣٠٨٩٣١٤١٧", "nik.not_digits"),
        ("737109130893141", "nik.length"),
        ("73710913089314170", "nik.length"),
        ("7371", "nik.length"),
        ("7371091300931417", "nik.month"),
        ("7371091313931417", "nik.month"),
        ("7371090008931417", "nik.day"),
        ("7371093208931417", "nik.day"),
        ("7371094008931417", "nik.day"),
        ("7371097208931417", "nik.day"),
        ("7371093102931417", "nik.date"),
        ("7371097102931417", "nik.date"),
        ("7371093104931417", "nik.date"),
        ("7371091308930000", "nik.serial_zero"),
    ],
)
def test_bad_niks_are_refused_with_their_reason(raw: object, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_nik(raw)
    assert refused.value.code == code


def test_scientific_message_says_the_spreadsheet_corrupted_it() -> None:
    with pytest.raises(ValidationError) as refused:
        parse_nik("7,37105E+15")
    assert refused.value.code == "nik.scientific"
    assert "spreadsheet" in refused.value.message("id")
    assert "spreadsheet" in refused.value.message("en")


@pytest.mark.parametrize(
    ("raw", "sex", "day"),
    [(VALID_MAN, "L", 13), (VALID_WOMAN, "P", 15), ("7371017101850001", "P", 31)],
)
def test_sex_and_day_are_decoded(raw: str, sex: str, day: int) -> None:
    nik = parse_nik(raw)
    assert (nik.sex, nik.birth_day) == (sex, day)


def test_29_february_is_accepted_when_either_century_has_it() -> None:
    assert parse_nik("7371092902001234").birth_month == 2  # 2000 was a leap year
    assert parse_nik("7371092902041234").birth_yy == 4


def test_29_february_in_a_year_no_century_has_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        parse_nik("7371092902011234")
    assert refused.value.code == "nik.date"


def test_nik_from_outside_makassar_is_accepted_with_a_warning() -> None:
    nik = parse_nik("7306091308931417")
    assert nik.district == "7306"
    assert nik.warnings == ("nik.outside_makassar",)
    assert parse_nik(VALID_MAN).warnings == ()


@pytest.mark.parametrize(
    ("sex", "birth", "code"),
    [
        ("P", date(1993, 8, 13), "nik.sex_mismatch"),
        ("L", date(1993, 8, 14), "nik.birth_mismatch"),
        ("L", date(1993, 9, 13), "nik.birth_mismatch"),
        ("L", date(1994, 8, 13), "nik.birth_mismatch"),
    ],
)
def test_nik_must_agree_with_stated_sex_and_birth_date(sex: str, birth: date, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_nik_for_person(VALID_MAN, sex, birth)
    assert refused.value.code == code


def test_century_is_not_part_of_the_birth_date_check() -> None:
    assert validate_nik_for_person("7371090101051234", "L", date(2005, 1, 1)).value
    assert validate_nik_for_person("7371090101051234", "L", date(1905, 1, 1)).value


def test_masking_keeps_only_the_last_four_digits() -> None:
    assert mask_nik(VALID_MAN) == "************1417"


def test_normalise_keeps_letters_for_the_digit_check_to_report() -> None:
    assert normalise_nik("7371 13431O 094153") == "737113431O094153"


# --- province and kecamatan codes (issue 16) ----------------------------------------------


@pytest.mark.parametrize("province", ["00", "10", "20", "39", "54", "77", "90", "97", "99"])
def test_a_province_code_that_does_not_exist_is_refused(province: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_nik(province + VALID_MAN[2:])
    assert refused.value.code == "nik.province_unknown"
    assert refused.value.params["province"] == province


@pytest.mark.parametrize("province", ["11", "21", "31", "65", "73", "91", "96"])
def test_every_listed_province_code_is_accepted(province: str) -> None:
    assert parse_nik(province + VALID_MAN[2:]).value[:2] == province


def test_the_province_list_is_indonesias_38_provinces() -> None:
    from domain.reference import province_codes

    assert len(province_codes()) == 38


@pytest.mark.parametrize("code", ["00", "16", "20", "99"])
def test_a_makassar_nik_with_an_unknown_kecamatan_code_is_a_warning(code: str) -> None:
    nik = parse_nik("7371" + code + VALID_MAN[6:])
    assert nik.warnings == ("nik.kecamatan_unknown",)


@pytest.mark.parametrize("code", [f"{n:02d}" for n in range(1, 16)])
def test_the_15_kecamatan_codes_give_no_warning(code: str) -> None:
    assert parse_nik("7371" + code + VALID_MAN[6:]).warnings == ()


def test_the_kecamatan_code_of_a_nik_from_elsewhere_is_not_checked() -> None:
    assert parse_nik("7306" + "20" + VALID_MAN[6:]).warnings == ("nik.outside_makassar",)
