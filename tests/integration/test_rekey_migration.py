"""Re-keying a store made before keyed ids (issue 23): its history copied into a new store
under the new store's own ids (`infra.rekey`), every reference to a worker's id rewritten,
and the two stores' figures equal."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from desktop.console.cmd_migrate import compare_stats, store_stats
from domain.errors import BerjasaError, StoreError
from domain.model.ids import HMAC_SHA256, AggregateIds, KeyedIds, worker_id
from domain.services.app import Berjasa
from infra.audit import verify_chain
from infra.keys import new_key
from infra.meta import META_TABLE
from infra.rekey import plaintext_of, rekey_history
from tests.conftest import PASSWORD, fixed_clock
from tests.factories import make_nik, worker_fields
from tests.opening import confirmed

BIRTH = date(1985, 4, 12)
A, B, C, D = (make_nik(BIRTH, "L", n) for n in (1, 2, 3, 4))
KPJ = "12345678901"


def url_of(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def old_store(path: Path) -> Berjasa:
    """A store as the program made them before keyed ids: no id scheme in its metadata,
    so its ids are uuid5 of the NIK."""
    open_store(url_of(path)).close()
    connection = sqlite3.connect(str(path), isolation_level=None)
    connection.execute(f"DELETE FROM {META_TABLE} WHERE name IN ('id_scheme', 'id_secret')")
    connection.close()
    return fixed_clock(open_store(url_of(path)))


def office_history(app: Berjasa) -> None:
    """Workers enrolled on a quota's seats, a KPJ, a NIK corrected, a duplicate decided,
    two records confirmed distinct, a claim, a death with its heir."""
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    app.users.add_user(admin, "budi", "supervisor", PASSWORD)
    supervisor = app.users.sign_in("budi", PASSWORD, "uji-02")
    quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 10))["quota"])
    for serial in (1, 2, 3):
        app.workers.register_worker(admin, **worker_fields(serial, kk="7371090101200001"))
        app.quotas.enrol(admin, make_nik(BIRTH, "L", serial), quota, "2026-02-01",
                         retroactive=True, reason="roster")
    app.workers.assign_kpj(admin, A, KPJ)
    app.workers.correct_worker(admin, C, {"nik": D}, "salah ketik NIK")
    app.workers.register_worker(admin, **worker_fields(3, name="Pekerja Uji Tiga"))  # C again
    app.lifecycle.resolve_duplicate(supervisor, B, A, "orang yang sama", "2026-06-30")
    app.lifecycle.confirm_distinct(supervisor, [A, C], "orang berbeda")
    app.claims.report_claim(admin, A, "JKK", "2026-03-01")
    app.workers.record_death(admin, D, "2026-05-01")


@pytest.fixture(params=["plain", "encrypted"])
def stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
           ) -> Iterator[tuple[Berjasa, Berjasa]]:
    if request.param == "encrypted":  # both stores under BERJASA_KEY, each its own ids
        monkeypatch.setenv("BERJASA_KEY", new_key())
    source = old_store(tmp_path / "lama.db")
    office_history(source)
    target = fixed_clock(open_store(url_of(tmp_path / "baru.db")))
    yield source, target
    source.close()
    target.close()


def worker_ids(app: Berjasa, niks: tuple[str, ...]) -> dict[str, str]:
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    return {nik: str(app.workers.get_worker(admin, nik)["id"]) for nik in niks}


def test_the_source_is_an_old_store_with_uuid5_ids(stores: tuple[Berjasa, Berjasa]) -> None:
    source, target = stores
    assert source.application.ids == AggregateIds() and isinstance(target.application.ids, KeyedIds)
    assert worker_ids(source, (A,))[A] == worker_id(A).hex


def test_rekeying_gives_every_worker_the_new_store_s_id_and_equal_figures(
    stores: tuple[Berjasa, Berjasa],
) -> None:
    source, target = stores
    done = rekey_history(source, target)
    assert done["events"] == source.application.recorder.max_notification_id()
    assert done["last_position"] == done["events"] and done["id_scheme"] == HMAC_SHA256
    assert done["workers"] == 4  # A, B, the corrected C (now D) and C registered again
    before, after = worker_ids(source, (A, B, C, D)), worker_ids(target, (A, B, C, D))
    assert after[A] == target.application.ids.worker(A).hex != before[A]
    assert after[C] == target.application.ids.worker(C, 2).hex  # C's second registration
    assert after[D] == target.application.ids.worker(C).hex  # registered as C, corrected to D
    assert not set(before.values()) & set(after.values())
    # No event of the new store names a worker by an old id (seats, owners, claims, keys).
    for notification in target.application.recorder.select_notifications(1, 10_000):
        text = plaintext_of(target, notification).decode()
        assert not [old for old in before.values() if old in text], notification.topic
    stats = compare_stats(source, target)  # raises migrate.mismatch on any difference
    assert stats == store_stats(source)
    assert verify_chain(target).intact


def test_the_rekeyed_store_works_on_every_reference_to_a_worker(
    stores: tuple[Berjasa, Berjasa],
) -> None:
    source, target = stores
    rekey_history(source, target)
    admin = target.users.sign_in("admin", PASSWORD, "uji-01")
    a, b = target.workers.get_worker(admin, A), target.workers.get_worker(admin, B)
    assert (a["kpj"], b["duplicate_of"]) == (KPJ, A)
    assert target.workers.get_worker(admin, D)["died_on"] == "2026-05-01"
    assert target.application.repository.get(target.application.ids.index("kpj",
                                                                          KPJ)).owner.hex == a["id"]
    # The claim index (keyed by the worker's new id) still refuses the same claim twice.
    with pytest.raises(BerjasaError) as caught:
        target.claims.report_claim(admin, A, "JKK", "2026-03-01")
    assert caught.value.code == "claim.already_reported"
    # The quota's seats name the workers by their new ids, and are counted alike.
    code = str(target.quotas.list_quotas(admin)[0]["quota"])
    seats: dict[str, Any] = target.quotas.get_quota(admin, code)
    before = source.quotas.get_quota(source.users.sign_in("admin", PASSWORD, "uji-01"), code)
    assert (seats["used"], seats["seats"]) == (before["used"], before["seats"])
    assert seats["used"] == 1  # A's seat; B's ended as a duplicate, D's with the death
    # New registrations and look-ups by NIK use the new ids.
    fresh = target.workers.register_worker(admin, **worker_fields(9))
    assert fresh["id"] == target.application.ids.worker(make_nik(BIRTH, "L", 9)).hex


def test_a_target_with_a_history_is_refused(stores: tuple[Berjasa, Berjasa]) -> None:
    source, target = stores
    target.users.initialise_store("admin", PASSWORD, "uji-01")
    with pytest.raises(StoreError) as caught:
        rekey_history(source, target)
    assert caught.value.code == "migrate.target_not_empty"
