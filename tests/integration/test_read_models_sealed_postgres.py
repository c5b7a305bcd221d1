"""An encrypted store's read models on PostgreSQL (issue 23): the personal columns of the
shared `rm_*` tables hold sealed values, so a `select` by the server's administrator shows
no NIK, name or birth date, while the application's searches, statistics, reports and
verification work as before."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest

from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from domain.services.session import Session
from infra.keys import new_key
from infra.storeurl import parse_store_url
from projections import open_read_models, replay_through
from projections.api import MembershipFilter
from projections.digest import check_digest
from projections.live import LiveReadModels
from projections.replay import make_checkpoints
from projections.verify import verify_read_models
from reports.api import generate
from reports.params import ReportParams
from tests.conftest import PASSWORD, POSTGRES_URL, enrol_from, fixed_clock
from tests.factories import worker_fields
from tests.opening import confirmed
from tests.pg_test import require_server

pytestmark = pytest.mark.postgres
WORKERS = 6
KPJ = "26057788991"
HEIR = {"heir_name": "Siti Aminah Daeng", "heir_nik": "7371095505800002",
        "heir_relation": "istri"}


def _connect() -> psycopg.Connection[tuple[Any, ...]]:
    address = parse_store_url(POSTGRES_URL)
    return psycopg.connect(host=address.host, port=address.port, user=address.user,
                           dbname=address.database, autocommit=True)


def person(serial: int) -> dict[str, Any]:
    birth = date(1980 + serial, 1 + serial, 10 + serial)
    return worker_fields(serial, birth=birth, name=f"Rahmawati Daeng Ngai {serial}",
                         kk=f"737109010101{serial:04d}")


@pytest.fixture
def sealed(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Berjasa, str, LiveReadModels]]:
    """An encrypted PostgreSQL store with a few workers enrolled, one JKM claim with an
    heir, and its read models caught up."""
    require_server(POSTGRES_URL)
    monkeypatch.setenv("BERJASA_KEY", new_key())
    schema = f"uji_seal_{uuid.uuid4().hex[:12]}"
    with _connect() as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    app = fixed_clock(open_store(POSTGRES_URL, extra_env={"POSTGRES_SCHEMA": schema}))
    models: LiveReadModels | None = None
    try:
        assert app.application.store_info["encrypted"]
        app.users.initialise_store("admin", PASSWORD, "uji-01")
        admin = Session("admin", "admin", "uji-01")
        quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", WORKERS))["quota"])
        for serial in range(1, WORKERS + 1):
            app.workers.register_worker(admin, **person(serial))
            enrol_from(app, admin, person(serial)["nik"], quota, start="2026-03-01")
        app.workers.assign_kpj(admin, person(2)["nik"], KPJ)
        app.claims.report_claim(admin, person(1)["nik"], "JKM", "2026-05-05", **HEIR)
        models = open_read_models(app.application)
        models.catch_up()
        yield app, schema, models
    finally:
        if models is not None:
            models.close()
        app.close()
        with _connect() as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


def table_text(schema: str, table: str) -> str:
    with _connect() as connection:
        rows = connection.execute(f'SELECT * FROM "{schema}".{table}').fetchall()
    assert rows
    return "\n".join(repr(row) for row in rows)


def test_a_select_on_the_read_models_shows_no_nik_name_or_birth_date(
    sealed: tuple[Berjasa, str, LiveReadModels]
) -> None:
    _app, schema, _models = sealed
    dumped = {t: table_text(schema, t) for t in ("rm_member", "rm_claim", "rm_audit")}
    for serial in range(1, WORKERS + 1):
        fields = person(serial)
        for value in (fields["nik"], fields["name"], fields["birth_date"], fields["kk"],
                      "Rahmawati", "rahmawati"):
            for table, text in dumped.items():
                assert value not in text, (table, value)
    for value in (HEIR["heir_name"], HEIR["heir_nik"]):
        assert value not in dumped["rm_claim"]
    assert KPJ not in dumped["rm_member"]
    assert "bjs1:" in dumped["rm_member"]  # sealed, not empty


def test_searches_find_workers_by_nik_name_part_and_family(
    sealed: tuple[Berjasa, str, LiveReadModels]
) -> None:
    _app, _schema, models = sealed
    nik = person(3)["nik"]
    row = models.membership_row(nik)
    assert row is not None and row["name"] == "Rahmawati Daeng Ngai 3"
    assert row["birth_date"] == person(3)["birth_date"] and row["status"] == "aktif"
    page = models.membership_page(MembershipFilter(search="daeng NGAI 4"))
    assert [r["nik"] for r in page.rows] == [person(4)["nik"]] and page.total == 1
    part = models.membership_page(MembershipFilter(search=nik[-6:]))
    assert [r["nik"] for r in part.rows] == [nik]
    whole_only = MembershipFilter(search=nik[-6:], nik_match="whole")
    assert models.membership_page(whole_only).total == 0
    whole = models.membership_page(MembershipFilter(search=nik, nik_match="whole"))
    assert [r["name"] for r in whole.rows] == ["Rahmawati Daeng Ngai 3"]
    assert models.family_niks(person(2)["kk"]) == [person(2)["nik"]]
    assert models.membership_row(person(2)["nik"])["kpj"] == KPJ  # type: ignore[index]
    assert models.membership_row("7371000000000000") is None


def test_sorting_and_paging_follow_the_opened_values(
    sealed: tuple[Berjasa, str, LiveReadModels]
) -> None:
    _app, _schema, models = sealed
    everyone = MembershipFilter(search="rahmawati")
    by_name = models.membership_page(everyone, sort="name", descending=True, limit=2,
                                     offset=1)
    assert by_name.total == WORKERS
    assert [r["name"][-1] for r in by_name.rows] == ["5", "4"]
    by_age = models.membership_page(everyone, sort="age", limit=WORKERS)
    ages = [r["age"] for r in by_age.rows]
    assert ages == sorted(ages) and len(set(ages)) == WORKERS  # youngest first


def test_statistics_claims_audit_duplicates_and_a_report_work(
    sealed: tuple[Berjasa, str, LiveReadModels], tmp_path: Path
) -> None:
    _app, _schema, models = sealed
    stats = models.stats(date(2026, 4, 1))  # before the JKM claim's death
    assert stats["registered_workers"] == WORKERS and stats["active_members"] == WORKERS
    claims = models.claims(search="daeng ngai 1")
    assert [c["nik"] for c in claims] == [person(1)["nik"]]
    assert claims[0]["heir"]["name"] == HEIR["heir_name"]
    assert models.claims(search=person(1)["nik"][:8])[0]["name"] == "Rahmawati Daeng Ngai 1"
    trail = models.audit_trail(nik=person(2)["nik"])
    assert trail.total >= 2 and {r["nik"] for r in trail.rows} <= {person(2)["nik"], None}
    assert models.possible_duplicates() == []
    money = models.bill("2026-04")
    assert len(money.lines) == WORKERS
    info = generate("roster", models, ReportParams(on=date(2026, 6, 1), full_nik=True),
                    tmp_path / "roster.pdf")
    assert Path(info.file).stat().st_size > 1000


def test_verification_opens_the_sealed_values_and_finds_a_doctored_one(
    sealed: tuple[Berjasa, str, LiveReadModels]
) -> None:
    app, schema, models = sealed
    assert verify_read_models(app.application, models).intact
    digest = check_digest(models.database)  # of the opened values, as a replay has them
    assert digest.recorded and digest.intact
    with _connect() as connection:
        connection.execute(  # a name moved from one worker's row onto another's
            f'UPDATE "{schema}".rm_member SET name = (SELECT name FROM "{schema}".rm_member '
            f"ORDER BY worker_id LIMIT 1) WHERE worker_id = (SELECT max(worker_id) FROM "
            f'"{schema}".rm_member)')
    assert check_digest(models.database).tables == ["rm_member"]
    result = verify_read_models(app.application, models)
    assert not result.intact and result.table == "rm_member"
    assert result.row is not None and "does not open" in result.row["name"]


def test_plain_read_models_of_an_encrypted_store_are_rebuilt_sealed(
    sealed: tuple[Berjasa, str, LiveReadModels]
) -> None:
    app, schema, models = sealed
    models.close()
    # As written before issue 23.
    key, app.application.read_models_key = app.application.read_models_key, None
    plain = open_read_models(app.application)
    plain.rebuild()
    plain.close()
    assert person(1)["nik"] in table_text(schema, "rm_member")
    app.application.read_models_key = key
    again = open_read_models(app.application)
    try:
        assert not again.upgrading  # plain rows cannot be served sealed: rebuilt
        again.catch_up()
        assert again.membership_row(person(1)["nik"]) is not None
        assert again.stats()["registered_workers"] == WORKERS
    finally:
        again.close()
    dumped = table_text(schema, "rm_member")
    assert person(1)["nik"] not in dumped and person(1)["name"] not in dumped


def test_possible_duplicates_are_grouped_on_opened_birth_dates(
    sealed: tuple[Berjasa, str, LiveReadModels]
) -> None:
    app, _schema, models = sealed
    twin = person(5)
    birth = date.fromisoformat(twin["birth_date"])
    again = worker_fields(99, birth=birth, name="Rahmawati Dg. Ngai 5")
    app.workers.register_worker(Session("admin", "admin", "uji-01"), **again)
    models.catch_up()
    groups = models.possible_duplicates()
    assert [sorted(g["niks"]) for g in groups] == [sorted([twin["nik"], again["nik"]])]
    assert groups[0]["birth_date"] == twin["birth_date"]


def test_another_workstation_reads_the_sealed_rows_this_one_wrote(
    sealed: tuple[Berjasa, str, LiveReadModels]
) -> None:
    _app, schema, models = sealed
    other = open_store(POSTGRES_URL, extra_env={"POSTGRES_SCHEMA": schema})
    there = open_read_models(other.application)
    try:
        assert there.position() == models.position()  # shared: nothing to apply again
        row = there.membership_row(person(4)["nik"])
        assert row is not None and row["name"] == person(4)["name"]
        assert there.membership_page(MembershipFilter(search="ngai 6")).total == 1
    finally:
        there.close()
        other.close()


def test_as_of_from_a_checkpoint_opens_the_sealed_audit_lines_it_borrows(
    sealed: tuple[Berjasa, str, LiveReadModels],
) -> None:
    """The checkpoints leave the audit trail out: the as-of read models take the lines
    before the checkpoint from the sealed live ones, opened, and answer as the replay."""
    app, _schema, _models = sealed
    head = app.application.head_position()
    assert make_checkpoints(app.application, every=4) == list(range(4, head + 1, 4))
    fast, oracle = (replay_through(app.application, head - 1, datetime.now(UTC)),
                    replay_through(app.application, head - 1, datetime.now(UTC), checkpoints=False))
    try:
        assert fast.audit_parts()[-1].lent  # the checkpoint served, lines lent
        for query in ({}, {"nik": person(2)["nik"]}, {"event_type": "Peserta"},
                      {"offset": 5, "limit": 4}, {"actor": "admin"}):
            assert fast.audit_trail(**query) == oracle.audit_trail(**query), query
        assert fast.audit_trail(nik=person(2)["nik"]).total >= 2
        assert fast.audit_options() == oracle.audit_options()
    finally:
        fast.close()
        oracle.close()
