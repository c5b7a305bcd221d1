"""A write at one workstation reaches another workstation's views within 2 seconds."""

from __future__ import annotations

import multiprocessing

import pytest

from berjasa.bootstrap import open_store
from projections import open_read_models
from projections.api import MembershipFilter
from tests.conftest import PASSWORD, POSTGRES_URL, fixed_clock
from tests.integration.clerks import register_one_when_told

pytestmark = pytest.mark.postgres
FOLLOW_SECONDS = 2.0  # the office's promise: another PC's write shows within 2 seconds


def test_a_second_workstation_process_sees_the_first_ones_write(
    postgres_schema: dict[str, str]
) -> None:
    app = fixed_clock(open_store(POSTGRES_URL, extra_env=postgres_schema))
    app.users.initialise_store("admin", PASSWORD, "server")
    admin = app.users.sign_in("admin", PASSWORD, "server")
    app.users.add_user(admin, "ani", "operator", PASSWORD)
    models = open_read_models(app.application)
    models.start()
    context = multiprocessing.get_context("spawn")
    go, done = context.Event(), context.Queue()
    other = context.Process(target=register_one_when_told,
                            args=(POSTGRES_URL, postgres_schema, go, done))
    other.start()
    try:
        assert models.wait_for(app.application.head_position(), timeout=30)
        go.set()
        written = done.get(timeout=60)  # acknowledged at the other workstation
        assert models.wait_for(written, timeout=FOLLOW_SECONDS)
        page = models.membership_page(MembershipFilter(search="daeng tutu"))
        assert [row["name"] for row in page.rows] == ["Daeng Tutu"]
    finally:
        other.join(timeout=60)
        models.close()
        app.close()
