"""Clerk processes for the multi-workstation tests: each opens its own store connection.

They run in separate interpreters (multiprocessing, spawn), like clerks at several PCs.
Each waits on a shared barrier before its timed phase, so the phases really overlap.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from berjasa.bootstrap import open_store
from domain.errors import BerjasaError, ConcurrencyError
from domain.model.common import Stamp
from domain.registration import validate_registration
from domain.services.app import Berjasa
from domain.services.session import Session
from domain.services.workers import claim_key, new_worker
from tests.factories import worker_fields

TODAY = date(2026, 11, 21)


def open_clerk_store(url: str, env: dict[str, str]) -> Berjasa:
    app = open_store(url, extra_env=env)
    app.application.calendar = lambda: TODAY
    return app


def clerk_session(clerk: int) -> Session:
    # Services re-read the role from the store; the user `ani` exists as an operator.
    return Session("ani", "operator", f"pc-{clerk:02d}")


def preregister(app: Berjasa, serials: range, chunk: int = 250) -> list[str]:
    """Set-up only: register many valid workers quickly, `chunk` per transaction."""
    stamp = Stamp("admin", "server", "data uji")
    niks: list[str] = []
    for first in range(0, len(serials), chunk):
        aggregates: list[Any] = []
        for serial in serials[first:first + chunk]:
            registration = validate_registration(today=TODAY, **worker_fields(serial))
            # The store's ids (keyed for new stores), as the clerks' look-ups use them.
            worker = new_worker(registration, stamp, app.application.ids.worker(registration.nik))
            aggregates += [worker, claim_key(None, worker, stamp, app.application.ids)]
            niks.append(registration.nik)
        app.application.save(*aggregates)
    return niks


def enrol_clerk(url: str, env: dict[str, str], clerk: int, niks: list[str], quota: str,
                barrier: Any, results: Any) -> None:
    """Wait for every clerk, then enrol `niks` into `quota` as fast as the store allows."""
    outcome: dict[str, Any] = {"clerk": clerk, "enrolled": [], "refused": {}, "retried": 0}
    try:
        app = open_clerk_store(url, env)
        session = clerk_session(clerk)
        app.quotas.quota(quota)  # connected and warm before the start
    except BaseException as error:
        barrier.abort()  # the others must not wait for a clerk who never comes
        results.put({**outcome, "crashed": repr(error)})
        raise
    barrier.wait()
    try:
        for nik in niks:
            outcome["retried"] += enrol_until_decided(app, session, nik, quota, outcome)
    except BaseException as error:
        outcome["crashed"] = repr(error)
        raise
    finally:
        app.close()
        results.put(outcome)


def enrol_until_decided(app: Berjasa, session: Session, nik: str, quota: str,
                        outcome: dict[str, Any]) -> int:
    """Enrol like a clerk does: on "changed elsewhere" retry; returns how many retries."""
    retries = 0
    while True:
        try:
            app.quotas.enrol(session, nik, quota)
        except ConcurrencyError:
            retries += 1
            continue
        except BerjasaError as error:
            outcome["refused"][error.code] = outcome["refused"].get(error.code, 0) + 1
            return retries
        outcome["enrolled"].append(nik)
        return retries


def register_until_stopped(url: str, env: dict[str, str], stop: Any, acks: Any) -> None:
    """Register workers one by one; report each as acknowledged or as failed (offline)."""
    app = open_clerk_store(url, env)
    session = clerk_session(0)
    serial = 0
    try:
        while not stop.is_set() and serial < 9000:
            serial += 1
            try:
                nik = app.workers.register_worker(session, **worker_fields(serial))["nik"]
            except BerjasaError as error:
                acks.put(("refused", error.code, serial))
                continue
            acks.put(("committed", nik, serial))
    finally:
        app.close()
        acks.put(("done", "", serial))


def register_one_when_told(url: str, env: dict[str, str], go: Any, done: Any) -> None:
    """Another workstation: register one worker when told, then report its position."""
    app = open_clerk_store(url, env)
    try:
        app.application.head_position()  # connected before the signal
        go.wait()
        app.workers.register_worker(clerk_session(7), **worker_fields(4242, name="Daeng Tutu"))
        done.put(app.application.head_position())
    finally:
        app.close()
