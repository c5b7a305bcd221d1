"""Possible duplicates: the name key and the grouping rule, on plain values."""

from __future__ import annotations

import pytest

from domain.duplicates import (
    DISTINCT,
    DUPLICATE,
    SAME_NAME_BIRTH_KELURAHAN,
    Candidate,
    duplicate_groups,
    person_name_key,
)

# --- the name key of possible duplicates ----------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [("Ma'ruf Halim", "MARUF  HALIM"), ("Maruf-Halim", "maruf halim"),
     ("Hasnah Dg. Ngalle", "Hasnah Daeng Ngalle"), ("Sitti Aminah ", " sitti aminah")],
)
def test_one_name_written_two_ways_has_one_key(a: str, b: str) -> None:
    assert person_name_key(a) == person_name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Siti Aminah", "Sitti Aminah"), ("Baso", "Basri")])
def test_different_names_have_different_keys(a: str, b: str) -> None:
    assert person_name_key(a) != person_name_key(b)


def _person(worker: str, name: str = "Ma'ruf Halim", kelurahan: str = "Pandang",
            birth: str = "1985-04-12") -> Candidate:
    return Candidate(worker, f"73710912048500{worker}", name, birth, "Panakkukang", kelurahan)


def test_same_name_birth_and_kelurahan_make_a_group() -> None:
    people = [_person("01"), _person("02", "MARUF HALIM"), _person("03", kelurahan="Karuwisi"),
              _person("04", birth="1985-04-13"), _person("05", "Baso")]
    groups = duplicate_groups(people, {})
    assert groups == [{"niks": ["7371091204850001", "7371091204850002"],
                       "names": ["Ma'ruf Halim", "MARUF HALIM"], "birth_date": "1985-04-12",
                       "kecamatan": "Panakkukang", "kelurahan": "Pandang",
                       "reason": SAME_NAME_BIRTH_KELURAHAN}]


def test_a_recorded_duplicate_leaves_its_group() -> None:
    people = [_person("01"), _person("02"), _person("03")]
    groups = duplicate_groups(people, {("02", "01"): DUPLICATE})
    assert groups[0]["niks"] == ["7371091204850001", "7371091204850003"]
    assert duplicate_groups(people, {("02", "01"): DUPLICATE, ("03", "01"): DUPLICATE}) == []


def test_a_group_stays_until_every_pair_is_decided_distinct() -> None:
    people = [_person("01"), _person("02"), _person("03")]
    some = {("01", "02"): DISTINCT, ("02", "01"): DISTINCT, ("01", "03"): DISTINCT}
    assert len(duplicate_groups(people, some)) == 1
    assert duplicate_groups(people, {**some, ("03", "02"): DISTINCT}) == []
