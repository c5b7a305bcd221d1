"""Deterministic aggregate ids: the same natural key always names the same aggregate.

That makes uniqueness a storage fact: two workstations creating the same NIK, user or
agreement number collide on version 1 of one aggregate, and one of them is refused.
"""

from __future__ import annotations

from uuid import UUID, uuid5

_ROOT = UUID("6c0f9a52-3f0e-4d1a-9a55-b3a1f1e0b7a1")


def _id(kind: str, key: str) -> UUID:
    return uuid5(_ROOT, f"{kind}:{key}")


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


def policy_id(key: str) -> UUID:
    return _id("kebijakan", key)
