from __future__ import annotations

from datetime import date, datetime

import pytest

from domain.errors import ValidationError
from domain.registration import validate_registration
from domain.values import WITA, as_date, as_decile, as_int, as_phone, as_sex, as_timestamp
from domain.wilayah import all_kecamatan, find_kecamatan, find_kelurahan

TODAY = date(2026, 11, 21)


def test_reference_data_has_15_kecamatan_and_153_kelurahan() -> None:
    kecamatan = all_kecamatan()
    assert len(kecamatan) == 15
    assert sum(len(k.kelurahan) for k in kecamatan) == 153
    assert [k.code for k in kecamatan] == [f"{i:02d}" for i in range(1, 16)]


@pytest.mark.parametrize("text", ["TALLO", " Tallo ", "Kec. Tallo", "kecamatan tallo", "tallo"])
def test_kecamatan_spellings(text: str) -> None:
    assert find_kecamatan(text).name == "Tallo"


def test_unknown_kecamatan_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        find_kecamatan("Gowa")
    assert refused.value.code == "worker.kecamatan_unknown"


def test_kelurahan_must_be_in_its_kecamatan() -> None:
    tallo = find_kecamatan("Tallo")
    assert find_kelurahan(tallo, "kel. rappokalling") == "Rappokalling"
    with pytest.raises(ValidationError) as refused:
        find_kelurahan(tallo, "Pandang")
    assert refused.value.code == "worker.kelurahan_unknown"
    assert "Tallo" in refused.value.message()


@pytest.mark.parametrize(
    ("raw", "sex"),
    [
        ("L", "L"),
        ("P", "P"),
        ("Laki-laki", "L"),
        ("LAKI LAKI", "L"),
        ("Perempuan", "P"),
        ("wanita", "P"),
        ("pria", "L"),
    ],
)
def test_sex_values(raw: str, sex: str) -> None:
    assert as_sex(raw) == sex


@pytest.mark.parametrize("raw", ["X", "", "Laki"])
def test_bad_sex_values(raw: str) -> None:
    with pytest.raises(ValidationError) as refused:
        as_sex(raw)
    assert refused.value.code == "worker.sex_invalid"


@pytest.mark.parametrize(
    ("raw", "value"), [("1", 1), (10, 10), ("5.0", 5), (None, None), ("", None)]
)
def test_deciles(raw: object, value: int | None) -> None:
    assert as_decile(raw) == value  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["0", "11", "2.5", "tinggi", -1])
def test_bad_deciles(raw: object) -> None:
    with pytest.raises(ValidationError) as refused:
        as_decile(raw)  # type: ignore[arg-type]
    assert refused.value.code == "worker.decile_range"


@pytest.mark.parametrize(
    ("raw", "phone"),
    [("+628038836859", "+628038836859"), ("0812-3456-7890", "081234567890"), ("", ""), (None, "")],
)
def test_phones(raw: str | None, phone: str) -> None:
    assert as_phone(raw) == phone


@pytest.mark.parametrize("raw", ["12345", "abc", "+1 555 0100 999"])
def test_bad_phones(raw: str) -> None:
    with pytest.raises(ValidationError) as refused:
        as_phone(raw)
    assert refused.value.code == "worker.phone_invalid"


def test_dates_and_numbers() -> None:
    assert as_date("2026-02-01") == date(2026, 2, 1)
    assert as_int("81.466", "kursi") == 81466
    with pytest.raises(ValidationError) as refused:
        as_date("01/02/2026")
    assert refused.value.code == "date.invalid"
    with pytest.raises(ValidationError) as refused:
        as_int("sepuluh", "kursi")
    assert refused.value.code == "number.invalid"


def test_naive_timestamps_are_makassar_time() -> None:
    moment = as_timestamp("2026-06-30T23:59:59")
    assert moment == datetime(2026, 6, 30, 23, 59, 59, tzinfo=WITA)
    with pytest.raises(ValidationError) as refused:
        as_timestamp("kemarin")
    assert refused.value.code == "timestamp.invalid"


def _fields(**overrides: object) -> dict[str, object]:
    fields: dict[str, object] = {
        "nik": "7371091308931417",
        "name": " Saharuddin   Halim ",
        "sex": "L",
        "birth_date": "1993-08-13",
        "kecamatan": "Kec. Panakkukang",
        "kelurahan": "pandang",
        "occupation": "Pedagang Pasar",
        "decile": "1",
        "phone": "+628038836859",
    }
    fields.update(overrides)
    return fields


def test_registration_normalises_every_field() -> None:
    registration = validate_registration(today=TODAY, **_fields())  # type: ignore[arg-type]
    assert registration.name == "Saharuddin Halim"
    assert (registration.kecamatan, registration.kelurahan) == ("Panakkukang", "Pandang")
    assert registration.decile == 1 and registration.decile_as_of == TODAY


@pytest.mark.parametrize(
    ("override", "code"),
    [
        ({"name": "  "}, "worker.name_missing"),
        ({"sex": "P"}, "nik.sex_mismatch"),
        ({"birth_date": "1993-08-14"}, "nik.birth_mismatch"),
        ({"kecamatan": "Sungguminasa"}, "worker.kecamatan_unknown"),
        ({"kelurahan": "Tallo"}, "worker.kelurahan_unknown"),
        ({"decile": "11"}, "worker.decile_range"),
        ({"occupation": ""}, "worker.occupation_missing"),
        ({"phone": "12"}, "worker.phone_invalid"),
        ({"birth_date": "2030-08-13", "nik": "7371091308301417"}, "worker.birth_future"),
    ],
)
def test_registration_refusals(override: dict[str, object], code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_registration(today=TODAY, **_fields(**override))  # type: ignore[arg-type]
    assert refused.value.code == code


def test_every_message_exists_in_both_languages() -> None:
    from desktop.gui.messages import GUI_MESSAGES
    from domain.messages import MESSAGES
    from infra.messages import INFRA_MESSAGES

    assert GUI_MESSAGES.items() <= MESSAGES.items()  # registered
    assert INFRA_MESSAGES.items() <= MESSAGES.items()
    for code, (indonesian, english) in MESSAGES.items():
        assert indonesian and english and indonesian != english, code


def test_a_layer_cannot_give_a_code_a_second_text() -> None:
    from domain.messages import register_messages

    with pytest.raises(ValueError, match=r"nik\.length"):
        register_messages({"nik.length": ("lain", "other")})
