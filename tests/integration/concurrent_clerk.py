"""A clerk process for the concurrency tests: signs in, waits for the others, enrols."""

from __future__ import annotations

from typing import Any

from berjasa.bootstrap import open_store
from domain.errors import BerjasaError
from tests.conftest import enrol_from


def enrol_all(
    url: str, password: str, niks: list[str], quota: str, start: Any, results: Any
) -> None:
    app = open_store(url)
    session = app.users.sign_in("admin", password, "proses-uji")
    start.wait()
    outcome: dict[str, int] = {}
    for nik in niks:
        try:
            enrol_from(app, session, nik, quota, "2026-01-01")
            outcome["enrolled"] = outcome.get("enrolled", 0) + 1
        except BerjasaError as error:
            outcome[error.code] = outcome.get(error.code, 0) + 1
    results.put(outcome)
    app.close()
