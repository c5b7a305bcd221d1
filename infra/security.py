"""Securing a store as it opens: the hash-chained recorders, and the encryption key.

`secure_env(kind, path, env)` is called by `berjasa.bootstrap.open_store` before the
application is built. A new store gets an id and, when a key can be kept (OS keyring or
`BERJASA_KEY`), encryption; an existing encrypted store opens only with its right key.
Nothing is written before the key is known to be right.
"""

from __future__ import annotations

import logging
import os
import secrets
import sqlite3
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

from domain.errors import StoreError
from domain.model.ids import HMAC_SHA256, AggregateIds, KeyedIds
from domain.services.base import StoreInfo
from infra.chain import (
    CHAIN_KEY_SETTING,
    CHAIN_STORE_SETTING,
    COPY_INCOMPLETE_ENTRY,
    COPYING_SETTING,
    KEYED_FROM_ENTRY,
)
from infra.factories import CHAINED_FACTORIES
from infra.keys import (
    CHAIN_KEY_ENV,
    KEY_ENV,
    KEYRING_SERVICE,
    chain_key_of,
    derived_chain_key,
    derived_id_secret,
    derived_read_models_key,
    find_chain_key,
    find_key,
    forget_key,
    is_valid_key,
    key_check,
    key_entry,
    new_key,
    offered_chain_key,
    offered_key,
    read_secret,
    save_key,
)
from infra.meta import MemoryMeta, MetaTable, PostgresMeta, SQLiteMeta

log = logging.getLogger(__name__)
AES = "aes-256-gcm"
# How the store derives aggregate ids from a NIK (`domain.model.ids`): absent for stores
# made before issue 23 (uuid5, kept for ever), "hmac-sha256" for stores made since, under
# `id_secret` (an unencrypted store, whose payloads hold the NIKs in clear anyway) or a
# secret derived from the encryption key (never stored).
ID_SCHEME_ENTRY, ID_SECRET_ENTRY = "id_scheme", "id_secret"
# The secret reaches the bootstrap as this environment addition, which it takes out
# before the application is built (`aggregate_ids`): it never reaches eventsourcing.
IDS_SETTING = "BERJASA_AGGREGATE_IDS"
# eventsourcing's AES-GCM cipher, with payloads bound to their event (`infra.sealing`).
CIPHER_TOPIC = "infra.sealing:BoundAESCipher"
MAPPER_TOPIC = "infra.sealing:BoundMapper"


def meta_table(kind: str, path: Path | None, env: Mapping[str, str]) -> MetaTable:
    if kind == "sqlite" and path is not None:
        return SQLiteMeta(path)
    if kind == "postgresql":
        return PostgresMeta(env)
    return MemoryMeta()


def secure_env(kind: str, path: Path | None, env: Mapping[str, str]
               ) -> tuple[dict[str, str], StoreInfo]:
    """(environment additions, store info) for opening the store."""
    # Like eventsourcing itself, settings not given explicitly come from os.environ.
    env = {**os.environ, **env}
    try:
        return _secure_env(meta_table(kind, path, env), kind, env)
    except (sqlite3.Error, OSError) as error:
        raise StoreError("store.unavailable", store=str(path or kind), detail=str(error)
                         ) from None
    except Exception as error:
        if type(error).__module__.startswith("psycopg"):
            # A server that cannot be reached is "offline" (the GUI says so and retries).
            code = ("store.offline" if type(error).__name__ == "OperationalError"
                    else "store.unavailable")
            raise StoreError(code, store=kind, detail=str(error).strip()) from None
        raise


def _secure_env(meta: MetaTable, kind: str, env: Mapping[str, str]
                ) -> tuple[dict[str, str], StoreInfo]:
    module = env.get("PERSISTENCE_MODULE", "eventsourcing.popo")
    additions = {"PERSISTENCE_MODULE": CHAINED_FACTORIES.get(module, module)}
    values, created = meta.read(), False
    if not values.get("store_id"):
        if kind != "memory" and meta.has_events():
            # The metadata was deleted behind the application's back: starting a new,
            # unencrypted identity over an existing history would hide that.
            raise StoreError("store.meta_missing", store=kind)
        values, created = _initialise(meta, kind), True
    if values.get(COPY_INCOMPLETE_ENTRY) and not env.get(COPYING_SETTING):
        # A migration or backup that was interrupted: working on a part of the history
        # would look like working on all of it.
        raise StoreError("store.copy_incomplete", store=kind)
    info = StoreInfo(
        store_id=values["store_id"], encrypted=values.get("encryption") == AES,
        created=created, key_source=None, key_created=values.get("_key_created") == "1",
        warning=None,
    )
    if not info["encrypted"]:
        info["warning"] = None if kind == "memory" else "store.unencrypted"
        chain = _unencrypted_chain_key(meta, values)
        info["chain_keyed"] = chain is not None
        return {**additions, **chain_env(values["store_id"], chain),
                **ids_env(values, None)}, info
    found = find_key(values["store_id"], values.get("key_check", ""))
    if found is None:
        raise StoreError(_why_no_key(values["store_id"]), store_id=values["store_id"],
                         env=KEY_ENV)
    info["key_source"] = found.source
    info["chain_keyed"] = True
    chain = derived_chain_key(found.key, values["store_id"])
    return {**additions, "CIPHER_TOPIC": CIPHER_TOPIC, "MAPPER_TOPIC": MAPPER_TOPIC,
            "CIPHER_KEY": found.key, **chain_env(values["store_id"], chain),
            **ids_env(values, found.key)}, info


CHAIN_SCHEME = "hmac-sha256"


def read_models_key(env: Mapping[str, str], store_id: str) -> bytes | None:
    """The key of the read models of a store opened with `env` (the additions of
    `secure_env` or `reading_env`): derived from its encryption key, None when the store
    is not encrypted (its read models stay plain, like its events)."""
    cipher_key = env.get("CIPHER_KEY")
    return derived_read_models_key(cipher_key, store_id) if cipher_key else None


def chain_switch_pending(recorder: Any) -> bool:
    """A store with events whose chain has not switched to keyed links yet."""
    meta = recorder.chain_meta() if hasattr(recorder, "chain_meta") else {}
    return KEYED_FROM_ENTRY not in meta and bool(recorder.max_notification_id())


def ids_env(values: Mapping[str, str], cipher_key: str | None) -> dict[str, str]:
    """The store's id secret as an environment addition (`IDS_SETTING`, hex), or {} for
    a store that derives its ids by uuid5. An encrypted store's secret comes from its key
    (None: not here, and then nothing of the store can be read or written anyway)."""
    if values.get(ID_SCHEME_ENTRY) != HMAC_SHA256:
        return {}
    secret = values.get(ID_SECRET_ENTRY, "")
    if not secret and cipher_key is not None:
        secret = derived_id_secret(cipher_key, values["store_id"]).hex()
    return {IDS_SETTING: secret} if secret else {}


def aggregate_ids(env: dict[str, str]) -> AggregateIds:
    """The ids the store derives (and takes `IDS_SETTING` out of `env`)."""
    secret = env.pop(IDS_SETTING, "")
    return KeyedIds(bytes.fromhex(secret)) if secret else AggregateIds()


def chain_env(store_id: str, chain: bytes | None) -> dict[str, str]:
    """What the chained recorders read to key their links (see `infra.factories`)."""
    return {CHAIN_KEY_SETTING: chain.hex(), CHAIN_STORE_SETTING: store_id} if chain else {}


def _unencrypted_chain_key(meta: MetaTable, values: Mapping[str, str]) -> bytes | None:
    """The chain key of an unencrypted store: refused when the store has one and it is
    not here (a write would break the chain); a store without one takes
    `BERJASA_CHAIN_KEY` when it is given (recorded as `chain_check`)."""
    store_id, check = values["store_id"], values.get("chain_check", "")
    if not check:
        offered = os.environ.get(CHAIN_KEY_ENV, "").strip()
        if not offered or not is_valid_key(offered):
            return None
        check = meta.initialise({"chain_check": key_check(offered, store_id)}).get(
            "chain_check", "")
    found = find_chain_key(store_id, check)
    if found is None:
        raise StoreError("store.chain_key_missing", store_id=store_id, env=CHAIN_KEY_ENV)
    return chain_key_of(found)


def reading_env(values: Mapping[str, str]) -> tuple[dict[str, str], str | None]:
    """The cipher settings to read a store whose metadata is `values`, without opening
    it for writing: (environment additions, None) when its payloads can be decoded here,
    ({}, "key_missing" or "key_wrong") when the store is encrypted and no right key is
    in the keyring or `BERJASA_KEY`. Unlike `secure_env` this never initialises."""
    store_id = values.get("store_id", "")
    if values.get("encryption") != AES:
        check = values.get("chain_check", "")
        found_chain = find_chain_key(store_id, check) if check else None
        return {**chain_env(store_id, chain_key_of(found_chain) if found_chain else None),
                **ids_env(values, None)}, None
    found = find_key(store_id, values.get("key_check", ""))
    if found is None:
        return {}, _why_no_key(store_id).removeprefix("store.")
    return {"CIPHER_TOPIC": CIPHER_TOPIC, "MAPPER_TOPIC": MAPPER_TOPIC,
            "CIPHER_KEY": found.key,
            **chain_env(store_id, derived_chain_key(found.key, store_id)),
            **ids_env(values, found.key)}, None


def _env_chain_key() -> str | None:
    key = os.environ.get(CHAIN_KEY_ENV, "").strip()
    return key if key and is_valid_key(key) else None


def _why_no_key(store_id: str) -> str:
    offered = read_secret(KEYRING_SERVICE, key_entry(store_id)) or os.environ.get(KEY_ENV)
    return "store.key_wrong" if offered else "store.key_missing"


def _initialise(meta: MetaTable, kind: str) -> dict[str, str]:
    store_id = uuid4().hex
    values = {"store_id": store_id, "format": "1",
              "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
              "encryption": "none", ID_SCHEME_ENTRY: HMAC_SHA256}
    key, created_key = None, False
    if kind != "memory" and not meta.has_events():
        key = offered_key()
        if key is None:
            candidate = new_key()
            created_key = save_key(store_id, candidate)
            key = candidate if created_key else None
    if key is not None:
        values.update(encryption=AES, key_check=key_check(key, store_id))
    else:
        values[ID_SECRET_ENTRY] = secrets.token_hex(32)
        if kind != "memory":
            log.warning("store %s is not encrypted: no keyring and no %s", store_id, KEY_ENV)
        chain = offered_chain_key(store_id) if kind != "memory" else _env_chain_key()
        if chain is not None:
            values["chain_check"] = key_check(chain, store_id)
    stored = meta.initialise(values)
    if stored.get("store_id") != store_id:
        # Another workstation initialised the same store first: its values hold.
        if created_key:
            forget_key(store_id)
        return stored
    return {**stored, "_key_created": "1" if created_key else "0"}
