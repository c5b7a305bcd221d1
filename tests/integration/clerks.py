"""Clerk processes for the multi-workstation tests: each opens its own store connection.

They run in separate interpreters (multiprocessing, spawn), like clerks at several PCs.
Each waits on a shared barrier before its timed phase, so the phases really overlap.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from domain.errors import BerjasaError, ConcurrencyError
from domain.services.app import Berjasa
from domain.services.session import Session
from domain.store import open_store
from tests.factories import worker_fields

TODAY = date(2026, 11, 21)


def open_clerk_store(url: str, env: dict[str, str]) -> Berjasa:
    app = open_store(url, extra_env=env)
    app.calendar = lambda: TODAY
    return app


def clerk_session(clerk: int) -> Session:
    # Services re-read the role from the store; the user `ani` exists as an operator.
    return Session("ani", "operator", f"pc-{clerk:02d}")


def clerk_serial(clerk: int, index: int) -> int:
    """Serials unique across clerks (1..9999 for up to 9 clerks of 1,000 workers)."""
    return clerk * 1000 + index + 1


def enrol_clerk(url: str, env: dict[str, str], clerk: int, count: int, quota: str,
                barrier: Any, results: Any) -> None:
    """Register `count` workers, wait for every clerk, then enrol them all into `quota`."""
    app = open_clerk_store(url, env)
    session = clerk_session(clerk)
    niks = [app.register_worker(session, **worker_fields(clerk_serial(clerk, i)))["nik"]
            for i in range(count)]
    barrier.wait()
    outcome: dict[str, Any] = {"clerk": clerk, "enrolled": [], "refused": {}, "retried": 0}
    for nik in niks:
        outcome["retried"] += enrol_until_decided(app, session, nik, quota, outcome)
    app.close()
    results.put(outcome)


def enrol_until_decided(app: Berjasa, session: Session, nik: str, quota: str,
                        outcome: dict[str, Any]) -> int:
    """Enrol like a clerk does: on "changed elsewhere" retry; returns how many retries."""
    retries = 0
    while True:
        try:
            app.enrol(session, nik, quota)
        except ConcurrencyError:
            retries += 1
            continue
        except BerjasaError as error:
            outcome["refused"][error.code] = outcome["refused"].get(error.code, 0) + 1
            return retries
        outcome["enrolled"].append(nik)
        return retries
