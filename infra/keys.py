"""Encryption keys: one AES-256 key per store, kept in the OS keyring (Windows Credential
Manager) under service `berjasa`, entry `key|<store id>`; `BERJASA_KEY` where no keyring
exists. A key file for another workstation is protected by a passphrase (scrypt + AES-GCM).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from domain.errors import ValidationError
from infra.smallfiles import read_small_text

KEYRING_SERVICE = "berjasa"
KEY_ENV = "BERJASA_KEY"
KEY_BYTES = 32
FILE_FORMAT = "berjasa-key/1"
MINIMUM_PASSPHRASE = 10
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1


@dataclass(frozen=True)
class FoundKey:
    key: str
    source: str  # "keyring" or "env"


def key_entry(store_id: str) -> str:
    return f"key|{store_id}"


# --- chain keys -------------------------------------------------------------------------
# The links of the hash chain are HMACs under a chain key. An encrypted store derives it
# from its encryption key (one secret to keep); an unencrypted store keeps its own chain
# key in the keyring (entry `chain|<store id>`) or `BERJASA_CHAIN_KEY`, checked against
# `chain_check` in the metadata like the encryption key against `key_check`.
CHAIN_KEY_ENV = "BERJASA_CHAIN_KEY"


def chain_entry(store_id: str) -> str:
    return f"chain|{store_id}"


def derived_chain_key(cipher_key: str, store_id: str) -> bytes:
    """The chain key of an encrypted store: an HMAC of its encryption key, so neither
    reveals the other."""
    return hmac.new(_key_bytes(cipher_key), f"berjasa chain key {store_id}".encode(),
                    hashlib.sha256).digest()


def derived_id_secret(cipher_key: str, store_id: str) -> bytes:
    """The secret an encrypted store derives its aggregate ids with (issue 23): an HMAC
    of its encryption key, kept nowhere else, so the ids are as secret as the payloads."""
    return hmac.new(_key_bytes(cipher_key), f"berjasa aggregate ids {store_id}".encode(),
                    hashlib.sha256).digest()


def derived_read_models_key(cipher_key: str, store_id: str) -> bytes:
    """The key of an encrypted store's read models (the SQLCipher file beside a SQLite
    store, the personal columns on PostgreSQL): an HMAC of its encryption key under its
    own label, so a key that leaks from the read models reveals neither the events' key
    nor the chain key (issue 23)."""
    return hmac.new(_key_bytes(cipher_key), f"berjasa read models key {store_id}".encode(),
                    hashlib.sha256).digest()


def chain_key_of(key: str) -> bytes:
    """The bytes of a chain key kept as base64 text (keyring or environment)."""
    return _key_bytes(key)


def find_chain_key(store_id: str, check: str) -> str | None:
    """The unencrypted store's chain key, from the keyring then `BERJASA_CHAIN_KEY`,
    that matches `check`."""
    candidates = (read_secret(KEYRING_SERVICE, chain_entry(store_id)),
                  os.environ.get(CHAIN_KEY_ENV, ""))
    for key in candidates:
        if key and is_valid_key(key) and hmac.compare_digest(key_check(key, store_id), check):
            return key.strip()
    return None


def offered_chain_key(store_id: str) -> str | None:
    """A chain key for a new unencrypted store: `BERJASA_CHAIN_KEY`, else a new one kept
    in the keyring; None where neither can be kept."""
    key = os.environ.get(CHAIN_KEY_ENV, "").strip()
    if key and is_valid_key(key):
        return key
    candidate = new_key()
    try:
        write_secret(KEYRING_SERVICE, chain_entry(store_id), candidate)
    except Exception:
        return None
    return candidate if read_secret(KEYRING_SERVICE, chain_entry(store_id)) == candidate else None


def new_key() -> str:
    return base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode("ascii")


def key_check(key: str, store_id: str) -> str:
    """A value stored beside the data that tells a right key from a wrong one without
    revealing anything about the key."""
    return hmac.new(_key_bytes(key), f"berjasa key check {store_id}".encode(),
                    hashlib.sha256).hexdigest()


def is_valid_key(key: str) -> bool:
    try:
        return len(_key_bytes(key)) == KEY_BYTES
    except ValueError:
        return False


def _key_bytes(key: str) -> bytes:
    try:
        return base64.b64decode(key.strip().encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise ValueError(str(error)) from None


def find_key(store_id: str, check: str) -> FoundKey | None:
    """The first key, from the keyring then `BERJASA_KEY`, that matches `check`."""
    candidates = [(read_secret(KEYRING_SERVICE, key_entry(store_id)), "keyring"),
                  (os.environ.get(KEY_ENV, ""), "env")]
    for key, source in candidates:
        if key and is_valid_key(key) and hmac.compare_digest(key_check(key, store_id), check):
            return FoundKey(key.strip(), source)
    return None


def offered_key() -> str | None:
    """`BERJASA_KEY` when it holds a well-formed key."""
    key = os.environ.get(KEY_ENV, "").strip()
    return key if key and is_valid_key(key) else None


def save_key(store_id: str, key: str) -> bool:
    """Store the key in the keyring; False when no working keyring exists here (the
    null backend accepts a secret and forgets it, so the key is read back to be sure)."""
    try:
        write_secret(KEYRING_SERVICE, key_entry(store_id), key)
    except Exception:
        return False
    return read_secret(KEYRING_SERVICE, key_entry(store_id)) == key


def forget_key(store_id: str) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, key_entry(store_id))
    except Exception:
        return


def read_secret(service: str, entry: str) -> str | None:
    """The keyring's secret, or None when absent or when no usable keyring exists."""
    try:
        import keyring

        secret = keyring.get_password(service, entry)
    except Exception:
        return None
    return secret if isinstance(secret, str) else None


def write_secret(service: str, entry: str, secret: str) -> None:
    import keyring

    keyring.set_password(service, entry, secret)


# --- key files --------------------------------------------------------------------------

def seal_key(store_id: str, key: str, passphrase: str) -> str:
    """The JSON text of a key file: the key encrypted with a passphrase-derived key."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # loaded here: see open_key_file

    if len(passphrase) < MINIMUM_PASSPHRASE:
        raise ValidationError("key.passphrase_weak", minimum=MINIMUM_PASSPHRASE)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = AESGCM(_derive(passphrase, salt)).encrypt(nonce, key.encode(), store_id.encode())
    return json.dumps({
        "format": FILE_FORMAT, "store_id": store_id, "kdf": "scrypt",
        "n": _SCRYPT_N, "r": _SCRYPT_R, "p": _SCRYPT_P, "salt": _b64(salt),
        "nonce": _b64(nonce), "key": _b64(sealed),
    }, indent=2) + "\n"


def key_file_store(path: Path) -> str | None:
    """The store id a Berjasa key file at `path` names (no passphrase needed), or None
    when it is no key file."""
    try:
        data = json.loads(read_small_text(path))
        if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
            return None
        return str(data["store_id"]) if all(k in data for k in ("salt", "nonce", "key")) \
            else None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None


def open_key_file(path: Path, passphrase: str) -> tuple[str, str]:
    """(store id, key) from a key file, or a clear refusal."""
    # The cipher's native library loads only for a key file: every command opens a store
    # through this module, and an unencrypted one needs no cipher at all (the console's
    # start, docs/BENCHMARKS.md).
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        data = json.loads(read_small_text(path))
        if data.get("format") != FILE_FORMAT:
            raise ValueError("not a Berjasa key file")
        salt, nonce, sealed = (base64.b64decode(data[k]) for k in ("salt", "nonce", "key"))
        params = (int(data["n"]), int(data["r"]), int(data["p"]))
        store_id = str(data["store_id"])
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError,
            binascii.Error) as error:
        raise ValidationError("key.file_invalid", file=str(path), detail=str(error)) from None
    try:
        derived = _derive(passphrase, salt, *params)
        key = AESGCM(derived).decrypt(nonce, sealed, store_id.encode()).decode()
    except (InvalidTag, ValueError, MemoryError, UnicodeError):
        raise ValidationError("key.passphrase_wrong", file=str(path)) from None
    return store_id, key


def _derive(passphrase: str, salt: bytes, n: int = _SCRYPT_N, r: int = _SCRYPT_R,
            p: int = _SCRYPT_P) -> bytes:
    if not (2 <= n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 16):
        raise ValueError("unreasonable scrypt parameters")
    return hashlib.scrypt(passphrase.encode("utf-8", "surrogatepass"), salt=salt, n=n, r=r,
                          p=p, maxmem=512 * 1024 * 1024, dklen=32)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
