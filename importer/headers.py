"""Recognising a worker list's columns by their headers, as offices actually write them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

REQUIRED_FIELDS = ("nik", "name", "sex", "birth_date", "kecamatan", "kelurahan", "occupation")
OPTIONAL_FIELDS = ("decile", "phone", "agent", "disability", "kk")
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
    "kk": ("kk", "nokk", "nomorkk", "nomorkartukeluarga", "kartukeluarga", "nokartukeluarga"),
}
_NOISE = re.compile(r"[^0-9a-z]+")

# Shown to clerks (the import wizard's column mapping, messages): never the field names.
FIELD_LABELS = {
    "nik": "Nomor Induk Kependudukan (NIK)", "name": "Nama lengkap", "sex": "Jenis kelamin",
    "birth_date": "Tanggal lahir", "kecamatan": "Kecamatan", "kelurahan": "Kelurahan",
    "occupation": "Pekerjaan", "decile": "Desil DTSEN", "phone": "Nomor HP/WA",
    "agent": "Agen Perisai", "disability": "Penyandang disabilitas",
    "kk": "Nomor Kartu Keluarga (KK)",
}


def header_key(text: object) -> str:
    return _NOISE.sub("", str(text or "").lower())


@dataclass(frozen=True)
class ColumnSet:
    """The columns one kind of list has: each field's header aliases (compared by
    `header_key`), which fields are required, and the labels clerks see."""

    aliases: dict[str, tuple[str, ...]]
    required: tuple[str, ...]
    labels: dict[str, str]
    # When one of these is mapped, the others of the group are not required (NIK or KK).
    either: tuple[str, ...] = ()
    _by_alias: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_alias = {alias: name for name, aliases in self.aliases.items() for alias in aliases}
        object.__setattr__(self, "_by_alias", by_alias)

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.aliases)

    def field_of_header(self, text: object) -> str | None:
        """The field a header names (`No. HP/WA` → `phone`), or None."""
        return self._by_alias.get(header_key(text))

    def guess_mapping(self, headers: Sequence[object]) -> dict[str, int]:
        """Field → 0-based column index; the first column naming a field wins."""
        mapping: dict[str, int] = {}
        for index, header in enumerate(headers):
            name = self.field_of_header(header)
            if name is not None and name not in mapping:
                mapping[name] = index
        return mapping

    def header_score(self, cells: Sequence[object]) -> int:
        """How many distinct fields a row's cells name: a header row names several."""
        return len(self.guess_mapping(cells))

    def unmapped_required(self, mapping: dict[str, int]) -> list[str]:
        missing = [name for name in self.required if name not in mapping]
        if self.either and not any(name in mapping for name in self.either):
            missing.append(self.either[0])
        return missing

    def label(self, name: str) -> str:
        return self.labels.get(name, name)


WORKER_ALIASES = _ALIASES
WORKER_COLUMNS = ColumnSet(_ALIASES, REQUIRED_FIELDS, FIELD_LABELS)
# The functions of the worker list's columns, as before ColumnSet.
field_of_header = WORKER_COLUMNS.field_of_header
guess_mapping = WORKER_COLUMNS.guess_mapping
header_score = WORKER_COLUMNS.header_score
unmapped_required = WORKER_COLUMNS.unmapped_required
