"""Encrypted payloads bound to their event (issue 22): AES-GCM with the aggregate id and
version as associated data, so a payload copied onto another aggregate or version (an
event or a snapshot) no longer decrypts there, even though its bytes are genuine.

Payloads sealed this way start with `SEALED`; those written before carry none and are
still opened the old way (history is never rewritten). The position cannot be bound
here, as the database assigns it when the event is inserted: the keyed hash chain covers
it (`infra.chain`).
"""

from __future__ import annotations

import struct
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from eventsourcing.cryptography import AESCipher
from eventsourcing.persistence import Mapper, StoredEvent

from infra.chain import originator_text

SEALED = b"BJs1"
_NONCE, _TAG = 12, 16
_VERSION = struct.Struct(">q")


def associated_data(originator_id: Any, version: int) -> bytes:
    """What a payload is bound to: its aggregate id and version."""
    return (b"berjasa event\x00" + originator_text(originator_id).encode() + b"\x00"
            + _VERSION.pack(version))


class BoundAESCipher(AESCipher):
    """eventsourcing's AES-GCM cipher, plus sealing with associated data."""

    def encrypt_bound(self, plaintext: bytes, associated: bytes) -> bytes:
        nonce = AESCipher.random_bytes(_NONCE)
        sealed = AESGCM(self.key).encrypt(nonce, plaintext, associated)
        return SEALED + nonce + sealed[-_TAG:] + sealed[:-_TAG]

    def decrypt_bound(self, ciphertext: bytes, associated: bytes) -> bytes:
        if ciphertext[:len(SEALED)] == SEALED:
            body = ciphertext[len(SEALED):]
            nonce, tag, data = body[:_NONCE], body[_NONCE:_NONCE + _TAG], body[_NONCE + _TAG:]
            try:
                return AESGCM(self.key).decrypt(nonce, data + tag, associated)
            except InvalidTag:
                # One old payload in 2^32 starts with the marker by chance (its nonce is
                # random); anything else is a payload moved from another event.
                pass
        return self.decrypt(ciphertext)  # sealed before payloads were bound


class BoundMapper(Mapper[Any]):
    """The mapper that seals and opens payloads bound to their event when the store's
    cipher can (`unseal` is also what the read models' decoder calls, as it decodes
    beside the mapper)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._unsealed = Mapper[Any](transcoder=self.transcoder, compressor=self.compressor)

    @property
    def binds(self) -> bool:
        return isinstance(self.cipher, BoundAESCipher)

    def unseal(self, state: bytes, originator_id: Any, version: int) -> bytes:
        """The plaintext (decrypted, decompressed) of a stored payload."""
        if isinstance(self.cipher, BoundAESCipher):
            state = self.cipher.decrypt_bound(state, associated_data(originator_id, version))
        elif self.cipher:
            state = self.cipher.decrypt(state)
        return self.compressor.decompress(state) if self.compressor else state

    def to_stored_event(self, domain_event: Any) -> StoredEvent:
        if not self.binds:
            return super().to_stored_event(domain_event)
        plain = self._unsealed.to_stored_event(domain_event)
        # `_unsealed` compressed already: only the cipher step is left.
        assert isinstance(self.cipher, BoundAESCipher)
        state = self.cipher.encrypt_bound(plain.state, associated_data(
            plain.originator_id, plain.originator_version))
        return StoredEvent(plain.originator_id, plain.originator_version, plain.topic, state)

    def to_domain_event(self, stored_event: StoredEvent) -> Any:
        if not self.binds:
            return super().to_domain_event(stored_event)
        assert isinstance(self.cipher, BoundAESCipher)
        try:
            state = self.cipher.decrypt_bound(stored_event.state, associated_data(
                stored_event.originator_id, stored_event.originator_version))
        except Exception as error:
            from eventsourcing.persistence import MapperDeserialisationError

            raise MapperDeserialisationError(
                f"Failed to decrypt the stored event of '{stored_event.originator_id}' "
                f"version {stored_event.originator_version}: {error!r}") from error
        return self._unsealed.to_domain_event(StoredEvent(
            stored_event.originator_id, stored_event.originator_version,
            stored_event.topic, state))
