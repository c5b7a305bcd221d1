"""Opening the application for a store URL: the one place the layers are wired together.

`open_store(url)` parses the URL (`infra.storeurl`), refuses a SQLite file on a network
share (`infra.storelocation`), adds the hash-chained recorders and the cipher
(`infra.security`) and constructs the domain's application on them (with the fast save of
`infra.fastsave` unless `BERJASA_FAST_SAVE=0`), with the ids the store derives from a NIK
(`domain.model.ids`: keyed by the store's secret for stores made since issue 23).
`open_for_audit(url)` does the same for an auditor: nothing created, nothing written.
`assemble(application)` gives the application its authoriser and its context services.
Nothing is opened at import time.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventsourcing.persistence import InterfaceError, OperationalError, PersistenceError
from filelock import FileLock

from domain.errors import StoreError
from domain.services.app import Berjasa
from domain.services.authoriser import Authoriser
from domain.services.base import BerjasaApplication
from infra.backup import is_store
from infra.factories import CHAINED_FACTORIES
from infra.fastsave import application_class
from infra.security import (
    CHAIN_SCHEME,
    aggregate_ids,
    chain_switch_pending,
    meta_table,
    read_models_key,
    reading_env,
    secure_env,
)
from infra.storelocation import check_local_store
from infra.storeurl import parse_store_url, persistence_env

if TYPE_CHECKING:  # the demo loads only when one is built
    from domain.demo import DemoBuilt


def assemble(application: BerjasaApplication) -> Berjasa:
    """The context services on `application`, sharing it and one authoriser; each is
    built when first used, with the services it calls (`domain.services.app`)."""
    return Berjasa(application, Authoriser(application))


def open_store(
    url: str, *, password: str | None = None, extra_env: dict[str, str] | None = None
) -> Berjasa:
    """The application on the store at `url`, its tables created if they do not exist.

    Every store keeps a hash chain over its events; a new store is encrypted when a key
    can be kept (see `infra.security`); `app.application.store_info` says which.
    """
    address = parse_store_url(url)
    if address.path is not None:
        check_local_store(address.path)
        address.path.expanduser().parent.mkdir(parents=True, exist_ok=True)
    env = {**persistence_env(address, password), **(extra_env or {})}
    secured, info = secure_env(address.kind, address.path, env)
    ids = aggregate_ids(secured)  # taken out: the id secret never reaches eventsourcing
    try:
        app = application_class()({**env, **secured}, store_label=address.label)
    except (OperationalError, InterfaceError) as error:
        raise StoreError("store.offline", store=address.label, detail=str(error)) from None
    except PersistenceError as error:
        raise StoreError("store.unavailable", store=address.label, detail=str(error)) from None
    app.store_info = info
    app.ids = ids
    app.read_models_key = read_models_key(secured, info["store_id"])
    if address.path is not None:
        app.cross_process_sign_in_lock = sign_in_file_lock(address.path)
    berjasa = assemble(app)
    if info.get("chain_keyed"):
        record_chain_switch(berjasa)
    return berjasa


def sign_in_file_lock(store: Path) -> Callable[[str], AbstractContextManager[Any]]:
    """Sign-ins to a SQLite file take turns across the processes that open it (the
    console and the desktop on one PC: a SQLite store is never shared over a network),
    through a lock file named after the store in the temporary folder, so nothing is left
    beside the store itself."""
    name = hashlib.sha256(str(store.expanduser().resolve()).encode()).hexdigest()[:24]
    lock = FileLock(Path(tempfile.gettempdir()) / f"berjasa-signin-{name}.lock")

    def turn(_username: str) -> AbstractContextManager[Any]:
        return lock

    return turn


def open_for_audit(url: str, password: str | None = None) -> Berjasa:
    """The application on an existing store for verification only: tables never created,
    nothing written, no sign-in. Its payloads are decodable when the store is not
    encrypted or its key is here; otherwise `store_info["key_problem"]` says which."""
    address = parse_store_url(url)
    if address.kind == "sqlite" and (address.path is None or not is_store(address.path)):
        raise StoreError("store.not_initialised", store=address.label)
    env = {**os.environ, **persistence_env(address, password), "CREATE_TABLE": "no"}
    env["PERSISTENCE_MODULE"] = CHAINED_FACTORIES.get(env["PERSISTENCE_MODULE"],
                                                      env["PERSISTENCE_MODULE"])
    try:
        values = meta_table(address.kind, address.path, env).read()
        cipher, key_problem = reading_env(values)
        ids = aggregate_ids(cipher)
        app = application_class()({**env, **cipher}, store_label=address.label)
    except Exception as error:
        raise StoreError("store.unavailable", store=address.label, detail=str(error)
                         ) from None
    app.read_models_key = read_models_key(cipher, values.get("store_id", ""))
    app.store_info = {"encrypted": bool(cipher) or key_problem is not None,
                      "key_problem": key_problem}
    app.ids = ids
    return assemble(app)


def record_chain_switch(app: Berjasa) -> None:
    """A store with a history opened with a chain key for the first time: the switch to
    keyed links is recorded as an event, which is itself the first keyed link (issue
    22). Old links stay as they are; history is never rewritten."""
    if chain_switch_pending(app.application.recorder):
        app.maintenance.record_chain_keyed(CHAIN_SCHEME)


def build_demo(app: Berjasa, workers: int, **options: Any) -> DemoBuilt:
    """`domain.demo.build_demo`, its history recorded at the moments it describes (2024 to
    the day of the build): the one place that gives the demo's builder the clock new
    events are stamped with. A clerk's commands never reach it: in a real store the
    recorded times come from the real clock alone."""
    from domain import demo
    from infra.eventsourcing_compat import events_stamped_by

    return demo.build_demo(app, workers, stamp_events=events_stamped_by, **options)
