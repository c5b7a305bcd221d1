"""Secrets in the OS keyring (Windows Credential Manager); never in a file."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)
KEYRING_SERVICE = "berjasa"


def read_secret(service: str, key: str) -> str | None:
    """The stored secret, or None when absent or when no keyring backend exists here."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(service, key)
        except KeyringError as error:
            log.info("keyring unavailable: %s", error)
            return None
    except Exception as error:
        log.info("keyring unavailable: %s", error)
        return None


def write_secret(service: str, key: str, secret: str) -> None:
    import keyring

    keyring.set_password(service, key, secret)


def keyring_store_password(url: str) -> str | None:
    """A PostgreSQL store's password as kept in the keyring (None for other stores)."""
    from infra.storeurl import parse_store_url

    address = parse_store_url(url)
    if address.kind != "postgresql":
        return None
    return read_secret(KEYRING_SERVICE, f"store|{address.label}")
