"""Occupations → segments through the data files; unknown occupations stay unknown."""

from __future__ import annotations

from datetime import date

import pytest

from domain.registration import validate_registration, warning_texts
from domain.segments import (
    UNKNOWN_SEGMENT,
    is_known_occupation,
    known_occupations,
    known_segments,
    occupation_key,
    occupation_of,
    segment_of,
)
from tests.factories import worker_fields

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("occupation", "segment"),
    [
        ("Ketua RT", "Ketua RT/RW"),
        ("Ketua RW", "Ketua RT/RW"),
        ("Ketua RT/RW", "Ketua RT/RW"),
        ("ketua rt / rw", "Ketua RT/RW"),
        ("KETUA RT-RW", "Ketua RT/RW"),
        ("Ketua  RT.RW", "Ketua RT/RW"),
        ("Guru Ngaji", "Pekerja Keagamaan"),
        ("Marbot Masjid", "Pekerja Keagamaan"),
        ("Pendeta", "Pekerja Keagamaan"),
        ("guru mengaji", "Pekerja Keagamaan"),
        ("Honorer", "Pegawai Non ASN"),
        ("PPPK Paruh Waktu", "Pegawai Non ASN"),
        ("pppk paruh-waktu", "Pegawai Non ASN"),
        ("Pegawai Non-ASN", "Pegawai Non ASN"),
        ("pedagang   pasar", "Pekerja Rentan"),
        ("Ojol", "Pekerja Rentan"),
        ("Kader Posyandu", "Kader Posyandu"),
    ],
)
def test_occupations_and_their_other_names_map_to_one_segment(
    occupation: str, segment: str
) -> None:
    assert segment_of(occupation) == segment


@pytest.mark.parametrize("occupation", ["Astronot", "Wiraswasta", "", "RT"])
def test_an_unknown_occupation_is_in_no_segment_never_pekerja_rentan(occupation: str) -> None:
    assert segment_of(occupation) == UNKNOWN_SEGMENT
    assert not is_known_occupation(occupation)
    assert occupation_of(occupation) is None


def test_the_key_ignores_case_spacing_and_punctuation() -> None:
    assert occupation_key(" Ketua RT/RW ") == occupation_key("ketua rt - rw") == "ketua rt rw"


def test_every_listed_occupation_maps_to_a_listed_segment() -> None:
    assert UNKNOWN_SEGMENT not in known_segments()
    for occupation in known_occupations():
        assert occupation_of(occupation) == occupation
        assert segment_of(occupation) in known_segments()


def test_every_other_name_names_a_listed_occupation() -> None:
    from domain.segments import _rows

    for row in _rows("sinonim-pekerjaan.csv"):
        assert row["pekerjaan"] in known_occupations(), row
        assert occupation_of(row["sebutan"]) is not None


def test_a_registration_with_an_unknown_occupation_is_accepted_with_a_warning() -> None:
    registration = validate_registration(today=TODAY, **worker_fields(1, occupation="Astronot"))
    assert registration.occupation == "Astronot"
    assert registration.warnings == ("occupation.unknown",)
    assert "Astronot" in warning_texts(registration, "id")[0]
    assert "not known" in warning_texts(registration, "en")[0]


def test_a_registration_with_a_known_occupation_has_no_warning() -> None:
    registration = validate_registration(today=TODAY, **worker_fields(1, occupation="Ojol"))
    assert registration.warnings == ()


def test_warnings_of_the_nik_and_the_occupation_add_up() -> None:
    fields = worker_fields(1, occupation="Astronot")
    fields["nik"] = "737120" + str(fields["nik"])[6:]
    registration = validate_registration(today=TODAY, **fields)
    assert registration.warnings == ("nik.kecamatan_unknown", "occupation.unknown")
    assert "'20'" in warning_texts(registration, "id")[0]

