"""The import's cheaper paths give exactly what the plain computations give."""

from __future__ import annotations

import calendar
import uuid

import pytest

from domain.errors import ValidationError
from domain.model.ids import name_uuid, worker_id
from domain.model.indeks import index_id
from domain.nik import check_date_exists, check_digits_only
from domain.wilayah import Kecamatan, all_kecamatan, find_kelurahan

_NAMESPACE = uuid.UUID("6c0f9a52-3f0e-4d1a-9a55-b3a1f1e0b7a1")


@pytest.mark.parametrize("name", ["", "peserta:7371014107800001", "ü€𝄞 nama", "x" * 500])
def test_name_uuid_is_the_standard_uuid5(name: str) -> None:
    ours, standard = name_uuid(_NAMESPACE, name), uuid.uuid5(_NAMESPACE, name)
    assert ours == standard
    assert (ours.version, ours.variant, ours.bytes) == (5, uuid.RFC_4122, standard.bytes)


def test_worker_and_index_ids_are_the_standard_uuid5() -> None:
    for n in range(1, 2000, 37):
        nik = f"73710141078{n:05d}"
        assert worker_id(nik) == uuid.uuid5(_NAMESPACE, f"peserta:{nik}")
        assert index_id("nik", nik) == uuid.uuid5(
            uuid.UUID("0d3f3c8e-8d7b-4f63-a7a3-1b1f3f57c0de"), f"nik:{nik}")


def test_nik_dates_exist_exactly_when_either_century_has_them() -> None:
    for yy in range(100):
        for month in range(1, 13):
            for day in range(1, 32):
                exists = any(day <= calendar.monthrange(c + yy, month)[1] for c in (1900, 2000))
                if exists:
                    check_date_exists("x", day, month, yy)
                else:
                    with pytest.raises(ValidationError) as raised:
                        check_date_exists("x", day, month, yy)
                    assert raised.value.code == "nik.date"


@pytest.mark.parametrize("value, bad", [("12a4", "a"), ("1٣3", "٣"), ("1²", "²"), ("", None)])
def test_digit_check_still_names_every_bad_character(value: str, bad: str | None) -> None:
    if bad is None:
        check_digits_only(value)
        return
    with pytest.raises(ValidationError) as raised:
        check_digits_only(value)
    assert raised.value.code == "nik.not_digits"
    assert raised.value.params["bad"] == bad


def test_kelurahan_lookup_takes_the_first_of_two_same_keys() -> None:
    kecamatan = Kecamatan("99", "Uji", ("Baru", "BARU.", "Lama"))
    assert find_kelurahan(kecamatan, " baru ") == "Baru"
    assert find_kelurahan(kecamatan, "Kel. Lama") == "Lama"
    with pytest.raises(ValidationError) as refused:
        find_kelurahan(kecamatan, "Tallo")
    assert refused.value.code == "worker.kelurahan_unknown"


def test_every_kelurahan_is_found_in_its_own_kecamatan_only() -> None:
    kecamatan = all_kecamatan()
    for home in kecamatan:
        for name in home.kelurahan:
            assert find_kelurahan(home, f"  {name.upper()} ") == name
            for other in kecamatan:
                if other is not home and name not in other.kelurahan:
                    with pytest.raises(ValidationError) as refused:
                        find_kelurahan(other, name)
                    assert refused.value.code == "worker.kelurahan_unknown"
