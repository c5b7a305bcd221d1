"""`berjasa --demo`: the demo store is built once in the data folder, then reused."""

from __future__ import annotations

from pathlib import Path

from desktop.gui.demo import DEMO_ADMIN, DEMO_PASSWORD, ensure_demo_store, open_demo_store
from domain.values import WITA


def test_the_demo_store_is_built_once_with_policy_facts(tmp_path: Path) -> None:
    path = ensure_demo_store(tmp_path, workers=60)
    assert not list(path.parent.glob("*.partial*"))
    app = open_demo_store(tmp_path, workers=60)
    try:
        head = app.application.head_position()
        session = app.users.sign_in(DEMO_ADMIN, DEMO_PASSWORD, "uji")
        facts = app.policies.policy_facts(session)
        assert facts["regulations"] and 72.5 in [t["percent"] for t in facts["targets"]]
        assert facts["head_of_office"] is not None
    finally:
        app.close()
    def identity() -> tuple[int, int, int]:
        found = path.stat()
        return found.st_ino, found.st_mtime_ns, found.st_size

    as_built = identity()
    assert ensure_demo_store(tmp_path, workers=60) == path
    assert identity() == as_built  # found, not built again (a build replaces the file)
    again = open_demo_store(tmp_path)
    try:
        assert again.application.head_position() == head
    finally:
        again.close()


def test_the_demos_history_happened_over_time(tmp_path: Path) -> None:
    """Recorded from January 2024 on, in order, through the chain's verification; as of
    15 January 2025 the store knew the 2024 and 2025 quotas' members, not 2026's."""
    from datetime import UTC, date, datetime

    from infra.audit import verify_store
    from projections import open_read_models, replay_as_of
    from projections.timeline import key_moments

    app = open_demo_store(tmp_path, workers=60)
    try:
        assert verify_store(app).chain.intact
        admin = app.users.sign_in(DEMO_ADMIN, DEMO_PASSWORD, "uji")
        events = sorted(app.history.history(admin), key=lambda e: int(e["position"]))
        times = [datetime.fromisoformat(e["time"]) for e in events]
        assert times == sorted(times) and times[-1] <= datetime.now(UTC)
        assert times[0].astimezone(WITA).date() == date(2024, 1, 1)
        first_day = {e["type"] for e, t in zip(events, times, strict=True)
                     if t.astimezone(WITA).date() == date(2024, 1, 1)}
        assert {"Direktori.Created", "Kuota.Opened", "Peserta.Enrolled"} <= first_day
        approved = [t for e, t in zip(events, times, strict=True)
                    if e["type"] == "Kuota.ChangeApproved"]
        assert [t.astimezone(WITA).date() for t in approved] == [date(2025, 6, 12)]
        live = open_read_models(app.application)
        try:
            live.catch_up()
            trail = live.audit_trail(limit=100_000).rows  # newest first
            assert trail[-1]["time"].startswith("2024-01-01")
            keys = key_moments(live)  # the timeline's marks
            assert {k.event_type for k in keys} >= {
                "Kuota.Opened", "Kuota.ChangeApproved", "Perjanjian.Registered",
                "Perjanjian.Renewed", "Tagihan.InvoiceReconciled", "PeriodeTertutup.Closed"}
            reconciled = [k.moment.astimezone(WITA).date() for k in keys
                          if k.event_type == "Tagihan.InvoiceReconciled"]
            assert reconciled == [date(2024 + m // 12, m % 12 + 1, 15) for m in range(1, 13)]
        finally:
            live.close()
        past = replay_as_of(app.application, "2025-01-15T12:00:00")
        try:
            stats = past.stats(date(2025, 1, 15))
        finally:
            past.close()
        years = {q["year"] for q in stats["quotas"]}
        assert years == {2024, 2025}
        seats_2025 = next(q["seats"] for q in stats["quotas"] if q["year"] == 2025)
        assert stats["active_members"] == seats_2025 > 0
    finally:
        app.close()
