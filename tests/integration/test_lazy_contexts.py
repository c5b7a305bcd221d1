"""The application's context services are built on first use (`domain.services.app`) and
its snapshotted aggregates are named, not imported (`BerjasaApplication.SNAPSHOT_EVERY`):
what they must still do, whichever command came first."""

from __future__ import annotations

from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from domain.model.ids import quota_id
from domain.model.kuota import Kuota
from domain.services.app import Berjasa
from domain.services.base import BerjasaApplication
from infra.fastsave import FastBerjasa, application_class
from tests.conftest import PASSWORD, fixed_clock
from tests.opening import confirmed


def test_each_context_is_built_once_and_shared_by_the_contexts_that_call_it(
        app: Berjasa) -> None:
    assert app.workers is app.workers
    assert app.quotas.workers is app.workers and app.claims.workers is app.workers
    assert app.quotas.periods is app.periods is app.claims.periods
    assert app.imports.quotas is app.quotas and app.agreements.quotas is app.quotas


@pytest.mark.parametrize("fast_save", ["1", "0"])
def test_a_quota_is_snapshotted_every_50_events_through_either_save(
        fast_save: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No class known yet, as in a fresh process: the save itself must enter `Kuota`.
    monkeypatch.setattr(BerjasaApplication, "snapshotting_intervals", {})
    monkeypatch.setenv("BERJASA_FAST_SAVE", fast_save)
    expected = FastBerjasa if fast_save == "1" else BerjasaApplication
    assert application_class() is expected
    app = fixed_clock(open_store(f"sqlite:///{(tmp_path / 'uji.db').as_posix()}"))
    try:
        assert type(app.application) is expected
        app.users.initialise_store("admin", PASSWORD, "uji-01")
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        assert Kuota not in BerjasaApplication.snapshotting_intervals
        code = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 100))["quota"])
        for serial in range(59):
            app.quotas.propose_quota_change(admin, code, 1, f"usulan {serial}")
        assert BerjasaApplication.snapshotting_intervals[Kuota] == 50
        snapshots = app.application.snapshots
        assert snapshots is not None
        assert [s.originator_version for s in snapshots.get(quota_id(code))] == [50]
    finally:
        app.close()


def test_every_snapshotted_class_is_named_where_it_is() -> None:
    from eventsourcing.utils import resolve_topic

    for topic in BerjasaApplication.SNAPSHOT_EVERY:
        kind = resolve_topic(topic)
        assert f"{kind.__module__}:{kind.__qualname__}" == topic
