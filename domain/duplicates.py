"""Possible duplicates: one person registered under several NIKs.

A NIK damaged by a spreadsheet (digits lost, a typo) makes a second record of someone
already registered. Records with the same name (compared without case, spacing or
punctuation), the same birth date and the same kelurahan under different NIKs are listed
for a supervisor, who records either that one is a duplicate of another or that they are
different people. A group leaves the list once every pair in it is decided.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import TypedDict

# Why records are grouped (a code: the GUI and reports translate it).
SAME_NAME_BIRTH_KELURAHAN = "same_name_birth_kelurahan"
DUPLICATE, DISTINCT = "duplicate", "distinct"
_APOSTROPHES = re.compile(r"['\u2019`]")
# Abbreviations that are the same word in a name: "Dg." is how lists write "Daeng", the
# Makassar title that is part of many names ("Hasnah Dg. Ngalle").
_SAME_WORD = {"dg": "daeng"}
_NOT_LETTER = re.compile(r"[^\w]+|[\d_]+")


def person_name_key(name: str) -> str:
    """A name compared as people read it: "Ma'ruf  HALIM", "maruf halim" and
    "Maruf-Halim" are one name, and so are "Hasnah Dg. Ngalle" and "Hasnah Daeng Ngalle"."""
    text = _APOSTROPHES.sub("", str(name).casefold())
    return " ".join(_SAME_WORD.get(w, w) for w in _NOT_LETTER.sub(" ", text).split())


@dataclass(frozen=True)
class Candidate:
    """A registered worker as the duplicate check sees them."""

    worker_id: str
    nik: str
    name: str
    birth_date: str
    kecamatan: str
    kelurahan: str

    @property
    def person_key(self) -> tuple[str, str, str, str]:
        return (person_name_key(self.name), self.birth_date, self.kecamatan, self.kelurahan)


class DuplicateGroup(TypedDict):
    """Records that may be one person under several NIKs (NIK order)."""

    niks: list[str]
    names: list[str]
    birth_date: str
    kecamatan: str
    kelurahan: str
    reason: str


def duplicate_groups(
    candidates: Iterable[Candidate], decisions: Mapping[tuple[str, str], str]
) -> list[DuplicateGroup]:
    """Groups of two or more records of one person key with a pair still undecided.

    `decisions[(worker_id, other_id)]` is DUPLICATE (worker_id is a duplicate of other_id:
    worker_id leaves every group) or DISTINCT (the two are different people). Each group:
    {"niks": [...] sorted, "names": [...] in the same order, "birth_date", "kecamatan",
    "kelurahan", "reason": SAME_NAME_BIRTH_KELURAHAN}; groups sorted by their first NIK."""
    duplicates = {worker for (worker, _), d in decisions.items() if d == DUPLICATE}
    by_person: dict[tuple[str, str, str, str], list[Candidate]] = {}
    for candidate in candidates:
        if candidate.worker_id not in duplicates:
            by_person.setdefault(candidate.person_key, []).append(candidate)
    groups = []
    for members in by_person.values():
        if len(members) > 1 and _undecided_pair(members, decisions):
            members = sorted(members, key=lambda c: c.nik)
            first = members[0]
            groups.append(DuplicateGroup(
                niks=[c.nik for c in members], names=[c.name for c in members],
                birth_date=first.birth_date, kecamatan=first.kecamatan,
                kelurahan=first.kelurahan, reason=SAME_NAME_BIRTH_KELURAHAN,
            ))
    return sorted(groups, key=lambda g: g["niks"][0])


def _undecided_pair(members: list[Candidate], decisions: Mapping[tuple[str, str], str]) -> bool:
    return any(
        decisions.get((a.worker_id, b.worker_id)) != DISTINCT
        and decisions.get((b.worker_id, a.worker_id)) != DISTINCT
        for a, b in combinations(members, 2)
    )
