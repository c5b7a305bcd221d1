"""The domain's application runs on eventsourcing's own save and transcoder: the
bootstrap's fast save (`infra.fastsave.FastBerjasa`) change how, never what, is stored."""

from __future__ import annotations

from typing import Any

from eventsourcing.persistence import JSONTranscoder

from berjasa.bootstrap import assemble, open_store
from domain.services.app import Berjasa
from domain.services.base import BerjasaApplication
from infra.fastsave import FastBerjasa
from tests.conftest import PASSWORD
from tests.factories import worker_fields
from tests.opening import confirmed

MEMORY = {"PERSISTENCE_MODULE": "eventsourcing.popo"}


def history(app: Berjasa) -> list[tuple[str, int, dict[str, Any]]]:
    """Every stored event: topic, version and decoded state without its timestamp."""
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    session = app.users.sign_in("admin", PASSWORD, "uji-01")
    quota = confirmed(app, app.quotas.open_quota(session, 2026, "JKK,JKM", 10))["quota"]
    worker = app.workers.register_worker(session, **worker_fields())
    app.quotas.enrol(session, worker["nik"], quota, "2026-02-01", retroactive=True, reason="roster")
    found = []
    for n in app.application.recorder.select_notifications(start=1, limit=1000):
        mapper = app.application.mapper
        state = mapper.transcoder.decode(mapper.cipher.decrypt(n.state)
                                         if mapper.cipher else n.state)
        state.pop("timestamp")
        state.pop("password_hash", None)  # salted: differs every time
        found.append((n.topic, n.originator_version, state))
    return found


def test_the_plain_application_stores_what_the_bootstrap_application_stores() -> None:
    plain = assemble(BerjasaApplication(MEMORY))
    assert type(plain.application.mapper.transcoder) is JSONTranscoder
    quick = open_store("memory:")
    assert isinstance(quick.application, FastBerjasa)
    plain.application.ids = quick.application.ids  # the new store's keyed ids (issue 23)
    assert history(plain) == history(quick)


def test_the_bootstrap_application_keeps_the_domain_application_name() -> None:
    # eventsourcing derives table names and environment prefixes from it.
    assert open_store("memory:").application.name == BerjasaApplication.name == "Berjasa"
