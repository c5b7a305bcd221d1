"""Makassar's kecamatan and kelurahan, from the reference data shipped with the package."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from domain.errors import ValidationError

_PREFIX = re.compile(r"^(kecamatan|kec|kelurahan|kel|desa|ds)\b[.\s]*", re.IGNORECASE)
_NOISE = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Kecamatan:
    code: str
    name: str
    kelurahan: tuple[str, ...]


@lru_cache(maxsize=8192)  # imports look up the same few hundred names 100,000 times
def _key(text: str) -> str:
    stripped = _PREFIX.sub("", text.strip())
    return _NOISE.sub("", stripped.lower())


@cache
def all_kecamatan() -> tuple[Kecamatan, ...]:
    """The 15 kecamatan in code order, each with its kelurahan."""
    rows: dict[str, tuple[str, list[str]]] = {}
    source = resources.files("domain.data").joinpath("wilayah-makassar.csv")
    with io.StringIO(source.read_text(encoding="utf-8-sig"), newline="") as handle:
        for row in csv.DictReader(handle):
            code = row["kode_kecamatan"].strip()
            _name, kelurahan = rows.setdefault(code, (row["kecamatan"].strip(), []))
            kelurahan.append(row["kelurahan"].strip())
    return tuple(Kecamatan(code, name, tuple(kel)) for code, (name, kel) in sorted(rows.items()))


@cache
def _kecamatan_by_key() -> dict[str, Kecamatan]:
    return {_key(k.name): k for k in all_kecamatan()}


@lru_cache(maxsize=64)
def _kelurahan_by_key(kecamatan: Kecamatan) -> dict[str, str]:
    """Each kelurahan by its key; the first in the list wins, as a search in order would."""
    by_key: dict[str, str] = {}
    for name in kecamatan.kelurahan:
        by_key.setdefault(_key(name), name)
    return by_key


def find_kecamatan(text: str) -> Kecamatan:
    """The kecamatan named by `text` (`TALLO`, ` Tallo `, `Kec. Tallo`); ValidationError if none."""
    given = str(text or "")  # a spreadsheet cell may hold a number
    found = _kecamatan_by_key().get(_key(given))
    if found is None:
        raise ValidationError("worker.kecamatan_unknown", value=given.strip())
    return found


def find_kelurahan(kecamatan: Kecamatan, text: str) -> str:
    """The canonical kelurahan name inside `kecamatan`; ValidationError if it is not there."""
    given = str(text or "")
    found = _kelurahan_by_key(kecamatan).get(_key(given))
    if found is not None:
        return found
    raise ValidationError(
        "worker.kelurahan_unknown", value=given.strip(), kecamatan=kecamatan.name
    )


def kecamatan_names() -> list[str]:
    return [k.name for k in all_kecamatan()]
