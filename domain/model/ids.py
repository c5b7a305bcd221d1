"""Deterministic aggregate ids: the same natural key always names the same aggregate.

That makes uniqueness a storage fact: two workstations creating the same NIK, user or
agreement number collide on version 1 of one aggregate, and one of them is refused.

Ids derived from personal data (a worker's NIK, the index entries of a NIK, KPJ or claim)
are stored in clear beside encrypted payloads, so they must not reveal the data: a store
created since issue 23 derives them with `KeyedIds`, an HMAC-SHA256 under the store's own
secret (one hash no longer tests a NIK); a store created before keeps `AggregateIds`,
name-based uuid5 under the constants below (ids are forever). The composition root picks
one from the store's metadata and sets it as the application's `ids`; every look-up by
NIK or KPJ goes through it.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from hashlib import sha1
from uuid import UUID

_ROOT = UUID("6c0f9a52-3f0e-4d1a-9a55-b3a1f1e0b7a1")
_INDEX_ROOT = UUID("0d3f3c8e-8d7b-4f63-a7a3-1b1f3f57c0de")
# RFC 4122's version and variant bits, as `uuid.UUID(bytes=..., version=5)` sets them.
_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_SET = (5 << 76) | (0x8000 << 48)
# Version 8 (RFC 9562: "custom"), the variant as above: a keyed id is no uuid5.
_SET_KEYED = (8 << 76) | (0x8000 << 48)
UUID5, HMAC_SHA256 = "uuid5", "hmac-sha256"


def name_uuid(namespace: UUID, name: str) -> UUID:
    """`uuid.uuid5(namespace, name)`, the same id: an import computes two per row, and
    the standard function's `UUID(bytes=..., version=...)` costs more than the hash."""
    digest = sha1(namespace.bytes + name.encode("utf-8"), usedforsecurity=False).digest()
    return UUID(int=(int.from_bytes(digest[:16], "big") & _CLEAR) | _SET)


def _id(kind: str, key: str) -> UUID:
    return name_uuid(_ROOT, f"{kind}:{key}")


def worker_id(nik: str, generation: int = 1) -> UUID:
    """The id of the `generation`-th worker registered with `nik` (a NIK corrected away
    from one worker may later be registered again for another)."""
    return _id("peserta", nik if generation == 1 else f"{nik}#{generation}")


def index_id(kind: str, key: str) -> UUID:
    """The uuid5 id of the index entry for `key` (a NIK, a KPJ, ...) of `kind`."""
    return name_uuid(_INDEX_ROOT, f"{kind}:{key}")


@dataclass(frozen=True)
class AggregateIds:
    """The ids of workers and index entries as stores made before issue 23 derive them:
    uuid5 of the key under a constant published in the source (`worker_id`, `index_id`).
    A plain value (it is compared and sent to an import's reader process)."""

    @property
    def scheme(self) -> str:
        return UUID5

    def worker(self, nik: str, generation: int = 1) -> UUID:
        """The id of the `generation`-th worker registered with `nik`."""
        return worker_id(nik, generation)

    def index(self, kind: str, key: str) -> UUID:
        """The id of the index entry holding `key` of `kind` ('nik', 'kpj', ...)."""
        return index_id(kind, key)


@dataclass(frozen=True)
class KeyedIds(AggregateIds):
    """The same ids keyed by the store's secret: HMAC-SHA256 of the same names, cut to
    a UUID (version 8). Without the secret, an id says nothing of the NIK it stands for."""

    secret: bytes = field(repr=False)

    @property
    def scheme(self) -> str:
        return HMAC_SHA256

    def worker(self, nik: str, generation: int = 1) -> UUID:
        name = nik if generation == 1 else f"{nik}#{generation}"
        return keyed_uuid(self.secret, f"peserta:{name}")

    def index(self, kind: str, key: str) -> UUID:
        return keyed_uuid(self.secret, f"indeks:{kind}:{key}")


def keyed_uuid(secret: bytes, name: str) -> UUID:
    """The first 128 bits of HMAC-SHA256(secret, name), marked as a version 8 UUID."""
    digest = hmac.digest(secret, name.encode("utf-8"), "sha256")
    return UUID(int=(int.from_bytes(digest[:16], "big") & _CLEAR) | _SET_KEYED)


def quota_id(code: str) -> UUID:
    return _id("kuota", code.upper())


def claim_id(code: str) -> UUID:
    return _id("klaim", code.upper())


def agreement_id(number: str) -> UUID:
    return _id("perjanjian", " ".join(number.upper().split()))


def user_id(username: str) -> UUID:
    return _id("pengguna", username.lower())


def directory_id() -> UUID:
    return _id("direktori", "berjasa")


def tariff_schedule_id() -> UUID:
    return _id("tarif", "iuran")


def closed_periods_id() -> UUID:
    return _id("periode", "tertutup")


def policy_id(key: str) -> UUID:
    return _id("kebijakan", key)


def benefit_rules_id() -> UUID:
    return _id("manfaat", "aturan")


def claim_numbering_id(year: int) -> UUID:
    return _id("nomor-klaim", str(year))


def billing_month_id(month: str) -> UUID:
    """The bill of one month (`YYYY-MM`): its reconciliations with BPJS's invoices."""
    return _id("tagihan", month)
