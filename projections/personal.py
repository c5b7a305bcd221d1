"""Personal columns of the read models sealed on a shared database server (issue 23).

An encrypted store's read models on PostgreSQL live in the office server's `rm_*` tables,
which its administrator (or any `pg_dump`) reads. There the columns that name a person
hold AES-256-GCM ciphertext instead of the value (`SEALED`), each bound to its table,
column and row key as associated data, so a value copied onto another row or column no
longer opens; and the columns an exact look-up needs have a keyed hash beside them
(`LOOKUPS`: HMAC-SHA256), which tells only which rows share a value. What SQL can no
longer do on ciphertext (a name or NIK search by part, sorting by name or age, grouping
by birth date) the queries do in the application after opening the candidates.

The codec's key is the store's read-model key (`infra.keys.derived_read_models_key`),
split here into a sealing key and a look-up key so neither reveals the other. A SQLite
file is encrypted whole (SQLCipher, `projections.sqlstore`): no codec there.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Sequence
from typing import Any

PREFIX = "bjs1:"
NONCE_BYTES = 12
# Opened values kept per (place, sealed value), so a search typed letter by letter opens
# each name once (~300 bytes each: ~60 MB at the limit, then it starts again). A sealed
# value moved to another row has another place: it is opened, and refused, again.
OPENED_LIMIT = 200_000
# table → its sealed personal columns.
SEALED: dict[str, tuple[str, ...]] = {
    "rm_member": ("nik", "kk", "name", "name_key", "birth_date", "kpj"),
    "rm_claim": ("nik", "heir"),
    "rm_audit": ("nik", "params"),
}
# table → the column its sealed values are bound to (the row's key).
ROW_KEYS = {"rm_member": "worker_id", "rm_claim": "aggregate_id", "rm_audit": "position"}
# table → (look-up column, the sealed column it hashes).
LOOKUPS: dict[str, tuple[tuple[str, str], ...]] = {
    "rm_member": (("nik_hash", "nik"), ("kk_hash", "kk")),
    "rm_claim": (("nik_hash", "nik"),),
    "rm_audit": (("nik_hash", "nik"),),
}


class PersonalCodec:
    """Seals and opens personal values; `lookup` is the keyed hash for exact matches."""

    def __init__(self, key: bytes) -> None:
        # Loaded here, not at import: a read model without a key (an unencrypted store)
        # never seals, and `cryptography`'s native part is a noticeable share of the
        # console's start (docs/BENCHMARKS.md, Console start).
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(_subkey(key, "seal"))
        self._lookup_key = _subkey(key, "lookup")
        self._opened: dict[tuple[str, str], str] = {}

    def seal(self, place: str, value: Any) -> str | None:
        """`value` (text, or None which stays None) sealed for `place` (table.column|row)."""
        if value is None:
            return None
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, str(value).encode(), place.encode())
        return PREFIX + base64.b64encode(nonce + sealed).decode("ascii")

    def open(self, place: str, value: Any) -> Any:
        """The value sealed for `place`; None stays None. A value that is not sealed or was
        sealed for another place raises (a doctored row must not read as genuine)."""
        if value is None:
            return None
        text = str(value)
        known = self._opened.get((place, text))
        if known is not None:
            return known
        if not text.startswith(PREFIX):
            raise ValueError(f"{place}: not a sealed value")
        raw = base64.b64decode(text[len(PREFIX):])
        opened = self._aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:],
                                    place.encode()).decode()
        if len(self._opened) >= OPENED_LIMIT:
            self._opened.clear()
        self._opened[(place, text)] = opened
        return opened

    def lookup(self, value: Any) -> str | None:
        if value is None or value == "":
            return None
        return hmac.new(self._lookup_key, str(value).encode(), hashlib.sha256).hexdigest()

    # --- rows -----------------------------------------------------------------------------

    def seal_row(self, table: str, columns: Sequence[str], values: Sequence[Any],
                 row_key: str) -> tuple[Any, ...]:
        """`values` (of `columns`) with the sealed columns sealed, then the look-up hashes
        (in the order of `LOOKUPS[table]`) appended."""
        sealed = SEALED.get(table, ())
        plain = dict(zip(columns, values, strict=True))
        out = [self.seal(place(table, c, row_key), v) if c in sealed else v
               for c, v in zip(columns, values, strict=True)]
        return (*out, *(self.lookup(plain[source]) for _, source in LOOKUPS.get(table, ())))

    def open_row(self, table: str, columns: Sequence[str], values: Sequence[Any],
                 row_key: str) -> tuple[Any, ...]:
        sealed = SEALED.get(table, ())
        return tuple(self.open(place(table, c, row_key), v) if c in sealed else v
                     for c, v in zip(columns, values, strict=True))


def checked_row(codec: PersonalCodec, table: str, columns: Sequence[str],
                values: Sequence[Any], hashes: Sequence[Any]) -> tuple[Any, ...]:
    """For a verification: the row of `columns` (which hold the table's row key) opened,
    a value that does not open shown as such, and a source value whose look-up hash
    (`hashes`, in the order of `LOOKUPS[table]`) does not match marked, so the row
    differs from the replayed one and is named."""
    if table not in SEALED:
        return tuple(values)
    out = dict(zip(columns, opened_as_found(codec, table, columns, values), strict=True))
    for (hashed, source), found in zip(LOOKUPS.get(table, ()), hashes, strict=True):
        if found != codec.lookup(out[source]):
            out[source] = f"{out[source]} ({hashed} differs)"
    return tuple(out[c] for c in columns)


def opened_as_found(codec: PersonalCodec, table: str, columns: Sequence[str],
                    values: Sequence[Any]) -> tuple[Any, ...]:
    """The row of `columns` (which hold the table's row key) opened; a value that does not
    open (doctored: edited, not sealed, or moved from another row) is shown as found,
    marked, never raised: a verification names it."""
    if table not in SEALED:
        return tuple(values)
    row_key = str(values[list(columns).index(ROW_KEYS[table])])
    out = dict(zip(columns, values, strict=True))
    for column in SEALED[table]:
        if column in out:
            try:
                out[column] = codec.open(place(table, column, row_key), out[column])
            except Exception:  # InvalidTag, a value that is not sealed
                out[column] = f"{out[column]} (does not open)"
    return tuple(out[c] for c in columns)


def place(table: str, column: str, row_key: str) -> str:
    return f"{table}.{column}|{row_key}"


def lookup_columns(table: str) -> tuple[str, ...]:
    return tuple(column for column, _ in LOOKUPS.get(table, ()))


def _subkey(key: bytes, purpose: str) -> bytes:
    return hmac.new(key, f"berjasa read models {purpose}".encode(), hashlib.sha256).digest()
