"""Recognising a worker list's columns by their headers, as offices actually write them."""

from __future__ import annotations

import re
from collections.abc import Sequence

REQUIRED_FIELDS = ("nik", "name", "sex", "birth_date", "kecamatan", "kelurahan", "occupation")
OPTIONAL_FIELDS = ("decile", "phone", "agent", "disability")
FIELDS = REQUIRED_FIELDS + OPTIONAL_FIELDS

# Header texts are compared lower-case with everything but letters and digits removed,
# so `No. NIK`, `NO NIK` and `no_nik` are one alias.
_ALIASES: dict[str, tuple[str, ...]] = {
    "nik": ("nik", "nonik", "nomornik", "nomorindukkependudukan", "noktp", "nomorktp",
            "nikktp", "nikpeserta", "niknomorindukkependudukan"),
    "name": ("nama", "namalengkap", "namapekerja", "namapeserta", "namasesuaiktp"),
    "sex": ("jk", "lp", "jeniskelamin", "kelamin", "jnskelamin", "gender"),
    "birth_date": ("tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "tgllahirddmmyyyy"),
    "kecamatan": ("kecamatan", "kec", "namakecamatan"),
    "kelurahan": ("kelurahan", "kel", "keldesa", "desakelurahan", "kelurahandesa", "desa",
                  "namakelurahan"),
    "occupation": ("pekerjaan", "jenispekerjaan", "profesi", "jenisusahapekerjaan"),
    "decile": ("desil", "desildtsen", "desilp3ke", "desilkesejahteraan", "desildtks"),
    "phone": ("nohp", "nohpwa", "telepon", "notelepon", "notelp", "telp", "hp", "nowa",
              "nomorhp", "nomortelepon", "hpwa"),
    "agent": ("agen", "agenperisai", "perisai", "namaagen", "namaagenperisai"),
    "disability": ("disabilitas", "penyandangdisabilitas", "difabel"),
}
_FIELD_OF_ALIAS = {alias: field for field, aliases in _ALIASES.items() for alias in aliases}
_NOISE = re.compile(r"[^0-9a-z]+")

FIELD_LABELS = {
    "nik": "NIK", "name": "Nama", "sex": "Jenis Kelamin", "birth_date": "Tanggal Lahir",
    "kecamatan": "Kecamatan", "kelurahan": "Kelurahan", "occupation": "Pekerjaan",
    "decile": "Desil DTSEN", "phone": "No HP", "agent": "Agen Perisai",
    "disability": "Disabilitas",
}


def header_key(text: object) -> str:
    return _NOISE.sub("", str(text or "").lower())


def field_of_header(text: object) -> str | None:
    """The field a header names (`No. HP/WA` → `phone`), or None."""
    return _FIELD_OF_ALIAS.get(header_key(text))


def guess_mapping(headers: Sequence[object]) -> dict[str, int]:
    """Field → 0-based column index; the first column naming a field wins."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        field = field_of_header(header)
        if field is not None and field not in mapping:
            mapping[field] = index
    return mapping


def header_score(cells: Sequence[object]) -> int:
    """How many distinct fields a row's cells name: a header row names several."""
    return len(guess_mapping(cells))


def unmapped_required(mapping: dict[str, int]) -> list[str]:
    return [field for field in REQUIRED_FIELDS if field not in mapping]
