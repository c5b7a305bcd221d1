from __future__ import annotations

import multiprocessing
from pathlib import Path

from berjasa.bootstrap import open_store
from tests.conftest import PASSWORD, fixed_clock
from tests.factories import worker_fields
from tests.integration.concurrent_clerk import enrol_all
from tests.opening import confirmed


def test_two_processes_never_over_enrol_a_quota(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'kantor.db').as_posix()}"
    app = fixed_clock(open_store(url))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    quota = confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 50))["quota"]
    niks = [app.workers.register_worker(admin, **worker_fields(i))["nik"] for i in range(1, 81)]

    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    clerks = [
        context.Process(target=enrol_all, args=(url, PASSWORD, part, quota, start, results))
        for part in (niks[:40], niks[40:])
    ]
    for clerk in clerks:
        clerk.start()
    start.set()
    outcomes = [results.get(timeout=120) for _ in clerks]
    for clerk in clerks:
        clerk.join(timeout=60)

    assert set().union(*outcomes) <= {"enrolled", "quota.full"}, outcomes
    assert sum(o.get("enrolled", 0) for o in outcomes) == 50
    assert sum(o.get("quota.full", 0) for o in outcomes) == 30
    assert set().union(*outcomes) <= {"enrolled", "quota.full"}
    assert app.quotas.get_quota(admin, quota)["used"] == 50
    enrolled = [e for e in app.history.history(admin) if e["event"] == "Enrolled"]
    assert len(enrolled) == 50
    assert len({e["aggregate_id"] for e in enrolled}) == 50
    app.close()
