"""Password hashing with scrypt, a memory-hard KDF from the standard library."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

MINIMUM_LENGTH = 8
_N, _R, _P = 2**14, 8, 1


def hash_password(password: str) -> str:
    """A self-describing hash: `scrypt$N$r$p$salt$digest` (base64)."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(password, salt, _N, _R, _P)
    return "$".join(["scrypt", str(_N), str(_R), str(_P), _b64(salt), _b64(digest)])


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches; a malformed stored hash never matches."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
        return hmac.compare_digest(actual, base64.b64decode(digest))
    except (ValueError, TypeError, MemoryError):
        return False


def spend_verification_time(password: str) -> None:
    """Do the work of one verification, so an unknown user name takes as long to refuse
    as a wrong password (no user-name discovery by timing)."""
    _scrypt(password, b"\x00" * 16, _N, _R, _P)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        # surrogatepass: text from a mis-encoded terminal still hashes instead of crashing.
        password.encode("utf-8", "surrogatepass"),
        salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
