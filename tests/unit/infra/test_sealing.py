"""Encrypted payloads bound to their aggregate and version (issue 22), with the payloads
sealed before the binding still opened."""

from __future__ import annotations

import base64
from uuid import UUID

import pytest
from cryptography.exceptions import InvalidTag
from eventsourcing.cryptography import AESCipher
from eventsourcing.utils import Environment

from infra.sealing import SEALED, BoundAESCipher, associated_data

KEY = base64.b64encode(bytes(range(32))).decode()
QUOTA, OTHER = UUID(int=1), UUID(int=2)


def _ciphers() -> tuple[AESCipher, BoundAESCipher]:
    env = Environment("Berjasa", {"CIPHER_KEY": KEY})
    return AESCipher(env), BoundAESCipher(env)


def test_a_bound_payload_opens_only_for_its_aggregate_and_version() -> None:
    _, bound = _ciphers()
    sealed = bound.encrypt_bound(b'{"seats":43}', associated_data(QUOTA, 4))
    assert sealed.startswith(SEALED)
    assert bound.decrypt_bound(sealed, associated_data(QUOTA, 4)) == b'{"seats":43}'
    for elsewhere in (associated_data(QUOTA, 5), associated_data(OTHER, 4)):
        with pytest.raises((InvalidTag, ValueError)):
            bound.decrypt_bound(sealed, elsewhere)
    with pytest.raises((InvalidTag, ValueError)):
        bound.decrypt_bound(sealed[len(SEALED):], associated_data(QUOTA, 4))  # marker cut


def test_payloads_sealed_before_the_binding_still_open() -> None:
    old, bound = _ciphers()
    legacy = old.encrypt(b'{"seats":13}')
    assert bound.decrypt_bound(legacy, associated_data(QUOTA, 1)) == b'{"seats":13}'


def test_the_associated_data_is_unambiguous() -> None:
    assert associated_data("ab", 1) != associated_data("a", 1)
    assert associated_data(QUOTA, 1) == associated_data(QUOTA.hex, 1)
