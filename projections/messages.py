"""The texts of the read models' own refusals, in Indonesian and English, registered with
`domain.messages` when `projections.sqlstore` is imported."""

from __future__ import annotations

from domain.messages import register_messages

PROJECTION_MESSAGES: dict[str, tuple[str, str]] = {
    "store.read_models_locked": (
        "Berkas model baca {file} terenkripsi (atau bukan berkas SQLite), tetapi "
        "penyimpanannya tidak dibuka dengan kunci enkripsi. Buka penyimpanan terenkripsi "
        "dengan kuncinya; berkas ini tidak dapat dibaca tanpa kunci.",
        "The read-model file {file} is encrypted (or not a SQLite file), but its store was "
        "not opened with an encryption key. Open the encrypted store with its key; this "
        "file cannot be read without it.",
    ),
}

register_messages(PROJECTION_MESSAGES)
