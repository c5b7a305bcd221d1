"""Deterministic aggregate ids: the same natural key always names the same aggregate.

That makes uniqueness a storage fact: two workstations creating the same NIK, user or
agreement number collide on version 1 of one aggregate, and one of them is refused.
"""

from __future__ import annotations

from hashlib import sha1
from uuid import UUID

_ROOT = UUID("6c0f9a52-3f0e-4d1a-9a55-b3a1f1e0b7a1")
# RFC 4122's version and variant bits, as `uuid.UUID(bytes=..., version=5)` sets them.
_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_SET = (5 << 76) | (0x8000 << 48)


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
