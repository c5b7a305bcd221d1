"""Which programme segment an occupation belongs to: the one mapping every count uses.

Occupations are written many ways ("Ketua RT/RW", "ketua rt - rw", "Guru Ngaji"). Both the
occupations (`segmen-pekerjaan.csv`: occupation → segment) and their other names
(`sinonim-pekerjaan.csv`: name → occupation) are data. A name is compared by its key:
case, spacing and punctuation ignored. An occupation that matches neither list is in no
segment: its segment is `UNKNOWN_SEGMENT`, never silently "Pekerja Rentan", so the
office sees it (`occupation.unknown` warnings, the "pekerjaan tidak dikenal" list) and
either corrects the worker or adds the name to the data.

The API, for projections, reports and the GUI alike:
- `segment_of(occupation)` → a segment name, or `UNKNOWN_SEGMENT`;
- `occupation_of(text)` → the listed occupation a name stands for, or None;
- `is_known_occupation(text)`, `known_occupations()`, `known_segments()`.
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache, lru_cache
from importlib import resources

# The segment of an occupation the data does not know (stored in the read models like any
# segment, so every count by segment shows it as its own line).
UNKNOWN_SEGMENT = "Tidak Dikenal"
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def _rows(name: str) -> list[dict[str, str]]:
    source = resources.files("domain.data").joinpath(name)
    with io.StringIO(source.read_text(encoding="utf-8-sig"), newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle)]


@lru_cache(maxsize=4096)  # an import looks up the same few dozen names 100,000 times
def occupation_key(text: str) -> str:
    """`text` compared without case, spacing or punctuation: "Ketua RT/RW", "ketua rt-rw"
    and "KETUA  RT . RW" all give "ketua rt rw"."""
    return _NOT_ALNUM.sub(" ", str(text).casefold()).strip()


@cache
def _segment_by_occupation() -> dict[str, str]:
    return {row["pekerjaan"]: row["segmen"] for row in _rows("segmen-pekerjaan.csv")}


@cache
def _occupation_by_key() -> dict[str, str]:
    """Every listed occupation and every other name of one, by key → the occupation."""
    occupations = _segment_by_occupation()
    by_key = {occupation_key(name): name for name in occupations}
    for row in _rows("sinonim-pekerjaan.csv"):
        if row["pekerjaan"] not in occupations:
            raise ValueError(f"sinonim-pekerjaan.csv: '{row['pekerjaan']}' is not an "
                             "occupation of segmen-pekerjaan.csv")
        by_key.setdefault(occupation_key(row["sebutan"]), row["pekerjaan"])
    return by_key


def occupation_of(text: str) -> str | None:
    """The listed occupation `text` names (itself, or the one it is another name of)."""
    return _occupation_by_key().get(occupation_key(text))


def is_known_occupation(text: str) -> bool:
    return occupation_of(text) is not None


def segment_of(occupation: str) -> str:
    """The programme segment of an occupation, or `UNKNOWN_SEGMENT` if no list names it."""
    listed = occupation_of(occupation)
    return UNKNOWN_SEGMENT if listed is None else _segment_by_occupation()[listed]


def known_occupations() -> list[str]:
    """The listed occupations (not their other names), in the data file's order."""
    return list(_segment_by_occupation())


def known_segments() -> list[str]:
    """The segments occupations map to, in the data file's order of first appearance."""
    return list(dict.fromkeys(_segment_by_occupation().values()))
