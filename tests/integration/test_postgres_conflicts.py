"""Two workstations on one PostgreSQL store: collisions are detected, retried, never lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from eventsourcing.persistence import IntegrityError

from berjasa.bootstrap import open_store
from domain.model.peserta import Peserta
from domain.services.app import Berjasa
from domain.services.permissions import Action
from domain.services.session import Session
from tests.conftest import PASSWORD, POSTGRES_URL, fixed_clock
from tests.factories import worker_fields

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_workstations(postgres_schema: dict[str, str]) -> Iterator[tuple[Berjasa, Berjasa]]:
    first = fixed_clock(open_store(POSTGRES_URL, extra_env=postgres_schema))
    first.users.initialise_store("admin", PASSWORD, "pc-01")
    second = fixed_clock(open_store(POSTGRES_URL, extra_env=postgres_schema))
    yield first, second
    first.close()
    second.close()


def test_a_stale_save_is_refused_as_an_integrity_error(
    two_workstations: tuple[Berjasa, Berjasa]
) -> None:
    first, second = two_workstations
    admin = Session("admin", "admin", "pc-01")
    nik = first.workers.register_worker(admin, **worker_fields(1))["nik"]
    stale = second.workers.worker_by_nik(nik)
    first.workers.correct_worker(admin, nik, {"phone": "081234567890"}, "nomor baru")
    stamp = second.authoriser.authorise(admin, Action.CORRECT_WORKER, "pekerjaan salah ketik")
    stale.correct_details({"occupation": "Nelayan"}, stamp)
    with pytest.raises(IntegrityError):
        second.application.save(stale)
    positions = [n.id for n in second.application.recorder.select_notifications(1, 1000)]
    assert positions == list(range(1, len(positions) + 1))  # the refusal left no gap


def test_the_service_retries_on_fresh_state_so_both_corrections_survive(
    two_workstations: tuple[Berjasa, Berjasa]
) -> None:
    first, second = two_workstations
    admin = Session("admin", "admin", "pc-01")
    nik = first.workers.register_worker(admin, **worker_fields(1))["nik"]
    second.workers.worker_by_nik(nik)  # cached at the second workstation, then changed elsewhere
    first.workers.correct_worker(admin, nik, {"phone": "081234567890"}, "nomor baru")
    second.workers.correct_worker(Session("admin", "admin", "pc-02"), nik,
                                  {"occupation": "Nelayan"}, "pekerjaan salah ketik")
    worker = second.application.find(second.workers.worker_by_nik(nik).id, Peserta)
    assert worker is not None
    assert (worker.phone, worker.occupation) == ("081234567890", "Nelayan")

