from __future__ import annotations

import pytest

from importer.headers import field_of_header, guess_mapping, unmapped_required

ALIASES = [
    ("NIK", "nik"), ("No. NIK", "nik"), ("Nomor Induk Kependudukan", "nik"),
    ("Nama", "name"), ("Nama Lengkap", "name"),
    ("JK", "sex"), ("L/P", "sex"), ("Jenis Kelamin", "sex"),
    ("Tanggal Lahir", "birth_date"), ("Tgl Lahir", "birth_date"), ("Tgl. Lahir", "birth_date"),
    ("Kecamatan", "kecamatan"), ("Kec.", "kecamatan"),
    ("Kelurahan", "kelurahan"), ("Kel.", "kelurahan"), ("Kel./Desa", "kelurahan"),
    ("Desa/Kelurahan", "kelurahan"),
    ("Pekerjaan", "occupation"), ("Jenis Pekerjaan", "occupation"),
    ("Desil", "decile"), ("Desil DTSEN", "decile"),
    ("No HP", "phone"), ("No. HP/WA", "phone"), ("Telepon", "phone"),
]


@pytest.mark.parametrize(("header", "field"), ALIASES)
def test_each_alias_names_its_field(header: str, field: str) -> None:
    assert field_of_header(header) == field


@pytest.mark.parametrize("header", ["nik", " NIK ", "n.i.k", "NO_NIK", "tgl_lahir"])
def test_case_spacing_and_punctuation_do_not_matter(header: str) -> None:
    assert field_of_header(header) in ("nik", "birth_date")


def test_unknown_headers_map_to_nothing() -> None:
    assert field_of_header("No") is None
    assert field_of_header("Keterangan") is None


def test_first_column_naming_a_field_wins_and_missing_required_are_listed() -> None:
    mapping = guess_mapping(["No", "NIK", "Nama", "Nama Lengkap", "Kec."])
    assert mapping == {"nik": 1, "name": 2, "kecamatan": 4}
    assert unmapped_required(mapping) == ["sex", "birth_date", "kelurahan", "occupation"]
