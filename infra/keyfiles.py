"""Key backup services for the GUI and the console: status, export to a passphrase-
protected file, and import on another workstation."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from domain.errors import StoreError, ValidationError
from domain.services.session import Session
from infra.keys import KEY_ENV, find_key, key_check, open_key_file, save_key, seal_key
from infra.meta import MetaTable

if TYPE_CHECKING:
    from domain.services.app import Berjasa


class KeyStatus(TypedDict):
    store: str
    store_id: str | None
    encrypted: bool
    key_source: str | None
    warning: str | None  # a message code (the console prints its text)


class KeyExported(TypedDict):
    store_id: str
    file: str
    exported: bool


class KeyImported(TypedDict):
    store_id: str
    imported: bool


def key_status(app: Berjasa) -> KeyStatus:
    """Whether the store is encrypted, where its key came from, and any warning."""
    info = app.application.store_info
    return KeyStatus(store=app.application.store_label, store_id=info.get("store_id"),
                     encrypted=bool(info.get("encrypted")), key_source=info.get("key_source"),
                     warning=info.get("warning"))


def export_key(app: Berjasa, session: Session, path: Path, passphrase: str,
               replace: bool = False) -> KeyExported:
    """Write the store's key to `path`, sealed with `passphrase`; the export is recorded.
    `replace`: the caller checked that the file there is a key file of this store."""
    info = app.application.store_info
    if not info.get("encrypted"):
        raise StoreError("key.not_encrypted")
    app.exports.authorise_key_export(session)
    text = seal_key(info["store_id"], str(app.application.env.get("CIPHER_KEY")), passphrase)
    if replace:
        _write_over(path, text)
    else:
        _write_new(path, text)
    app.exports.record_key_export(session, path.name)
    return KeyExported(store_id=info["store_id"], file=str(path), exported=True)


def import_key(meta: MetaTable, path: Path, passphrase: str) -> KeyImported:
    """Check the key file against the store's metadata, then keep the key in the keyring.

    No sign-in is needed: without the key the store cannot be read, and the file with its
    passphrase is the authority."""
    store_id, key = open_key_file(path, passphrase)
    values = meta.read()
    if values.get("store_id") != store_id:
        raise ValidationError("key.other_store", file_store=store_id,
                              store_id=values.get("store_id", "-"))

    if values.get("key_check") != key_check(key, store_id):
        raise StoreError("store.key_wrong", env=KEY_ENV)
    if not save_key(store_id, key):
        raise StoreError("key.no_keyring", env=KEY_ENV)
    assert find_key(store_id, values["key_check"]) is not None
    return KeyImported(store_id=store_id, imported=True)


def _write_new(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise StoreError("backup.target_exists", file=str(path)) from None
    except OSError as error:
        raise StoreError("key.write_failed", file=str(path), detail=str(error)) from None


def _write_over(path: Path, text: str) -> None:
    """Through a temporary name (created 0600) renamed over the old key file."""
    from domain.outputs import replacing

    try:
        with replacing(path) as partial:
            partial.write_text(text, encoding="utf-8")
    except OSError as error:
        raise StoreError("key.write_failed", file=str(path), detail=str(error)) from None
