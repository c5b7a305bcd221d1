"""As-of answers from read-model checkpoints (issue 21): on a SQLite file store they equal
the full replay; a checkpoint that does not match the log or this program is discarded
and the answer is still the replay's; an encrypted store's checkpoints are sealed with its
cipher; the live runner makes them; the console makes them and `stats --as-of` uses them."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import zstandard

from berjasa.bootstrap import open_store
from desktop.console.main import main
from domain.services.app import Berjasa
from domain.services.session import Session
from infra.keys import new_key
from projections import checkpoints, open_read_models, replay_as_of, replay_through
from projections.api import MembershipFilter
from projections.checkpoints import TABLE, Mark, Sealer, link_at
from projections.replay import make_checkpoints, open_checkpoints
from projections.schema import TABLES, clear_rows
from projections.sqlstore import open_sqlite_image
from tests.conftest import PASSWORD, enrol_from, fixed_clock
from tests.factories import worker_fields
from tests.opening import confirmed

EVERY = 5


def fill(app: Berjasa, workers: int, first: int = 1) -> None:
    admin = Session("admin", "admin", "uji-01")
    quota = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 50))["quota"])
    for serial in range(first, first + workers):
        nik = app.workers.register_worker(admin, **worker_fields(serial,
                                                                 name=f"Warga {serial}"))["nik"]
        enrol_from(app, admin, nik, quota, start="2026-03-01")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Berjasa]:
    app = fixed_clock(open_store(f"sqlite:///{(tmp_path / 'berjasa.db').as_posix()}"))
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    yield app
    app.close()


def dump(models: Any) -> dict[str, list[Any]]:
    """Every table; the audit trail through the queries: as-of read models made from a
    checkpoint hold only its tail, the earlier lines being the live read models'."""
    tables: dict[str, list[Any]] = {
        name: models.database.query(f"SELECT * FROM {name} ORDER BY 1, 2")
        for name in TABLES if name != "rm_audit"}
    trail = models.audit_trail(limit=10**6)
    assert trail.total == len(trail.rows)
    tables["rm_audit"] = trail.rows
    return tables


def caught_up(app: Berjasa) -> None:
    """The live read models at the log's head: they lend the audit lines before each
    checkpoint (the images leave the trail out)."""
    models = open_read_models(app.application)
    try:
        models.catch_up()
    finally:
        models.close()


def assert_equals_full_replay(app: Berjasa, position: int | None = None,
                              moment: datetime | None = None) -> None:
    now = datetime.now(UTC)
    if position is not None:
        pair = (replay_through(app.application, position, now),
                replay_through(app.application, position, now, checkpoints=False))
    else:
        assert moment is not None
        pair = (replay_as_of(app.application, moment),
                replay_as_of(app.application, moment, checkpoints=False))
    try:
        assert pair[0].position() == pair[1].position()
        assert dump(pair[0]) == dump(pair[1])
        assert pair[0].stats() == pair[1].stats()
    finally:
        for models in pair:
            models.close()


def positions(app: Berjasa) -> list[int]:
    store = open_checkpoints(app.application)
    try:
        return [position for position, _image, _stored in store.sizes()]
    finally:
        store.close()


def test_as_of_from_checkpoints_equals_the_full_replay_on_a_file_store(store: Berjasa) -> None:
    fill(store, 4)
    moment = datetime.now(UTC)
    fill(store, 3, first=5)
    head = store.application.head_position()
    caught_up(store)
    assert make_checkpoints(store.application, every=EVERY) == list(range(EVERY, head + 1, EVERY))
    assert make_checkpoints(store.application, every=EVERY) == []  # none due: nothing made again
    for position in (1, EVERY, EVERY + 2, head // 2, head):
        assert_equals_full_replay(store, position=position)
    assert_equals_full_replay(store, moment=moment)
    replayed = replay_as_of(store.application, moment)
    try:
        assert replayed.stats()["registered_workers"] == 4
    finally:
        replayed.close()


def test_a_long_tail_is_written_in_parts_and_still_answers_as_the_replay(
    store: Berjasa, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A tail longer than a batch (no checkpoint made near the moment yet) is written every
    batch, each part without the audit lines the live read models lend but its last."""
    fill(store, 3)
    caught_up(store)
    newest = make_checkpoints(store.application, every=EVERY)[-1]
    fill(store, 3, first=4)  # no checkpoint for these: a tail of a dozen events or more
    caught_up(store)
    head = store.application.head_position()
    monkeypatch.setattr(checkpoints, "REBUILD_BATCH", 3)
    monkeypatch.setattr(checkpoints, "MOMENT_PAGE", 2)
    for position in (head - 1, head):
        assert_equals_full_replay(store, position=position)
    assert_equals_full_replay(store, moment=datetime.now(UTC))
    replayed = replay_through(store.application, head, datetime.now(UTC))
    try:  # the image's line, and the last line of each part of the tail
        own = replayed.database.query("SELECT position FROM rm_audit ORDER BY position")
        assert own[0] == (newest,) and own[-1] == (head,)
        assert len(own) <= 2 + (head - newest) // 3 < head - newest
    finally:
        replayed.close()


def _tamper_link(store: Any) -> None:
    with store.database.batch() as writer:
        writer.execute(f"UPDATE {TABLE} SET link = 'chain:00'")


def _tamper_image(store: Any) -> None:
    rows = store.database.query(f"SELECT position, image FROM {TABLE}")
    with store.database.batch() as writer:
        for position, image in rows:
            damaged = bytearray(image)
            damaged[len(damaged) // 2] ^= 0xFF
            writer.execute(f"UPDATE {TABLE} SET image = ? WHERE position = ?",
                           (bytes(damaged), position))


def _tamper_schema(store: Any) -> None:
    with store.database.batch() as writer:
        writer.execute(f"UPDATE {TABLE} SET schema_version = 'old'")


@pytest.mark.parametrize("tamper", [_tamper_link, _tamper_image, _tamper_schema])
def test_a_checkpoint_that_does_not_match_is_never_used(store: Berjasa, tamper: Any) -> None:
    fill(store, 3)
    caught_up(store)
    made = make_checkpoints(store.application, every=EVERY)
    assert made
    opened = open_checkpoints(store.application)
    try:
        tamper(opened)
    finally:
        opened.close()
    assert_equals_full_replay(store, position=store.application.head_position())
    if tamper is _tamper_schema:  # another program's: left alone, then replaced
        assert make_checkpoints(store.application, every=EVERY) == made
    else:  # no longer the log's: deleted when met
        assert positions(store) == []


@pytest.mark.parametrize("image", [b"", b"not a database" * 500, b"SQLite format 3\x00" * 300])
def test_an_image_that_is_no_sound_database_is_discarded(store: Berjasa, image: bytes) -> None:
    fill(store, 3)
    caught_up(store)
    head = store.application.head_position()
    link = link_at(store.application, head)
    assert link is not None
    opened = open_checkpoints(store.application)
    try:
        opened.save(Mark(head, "", link), image)
    finally:
        opened.close()
    assert positions(store) == [head]
    assert_equals_full_replay(store, position=head)
    assert positions(store) == []


def test_checkpoints_of_an_encrypted_store_are_sealed_with_its_cipher(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BERJASA_KEY", new_key())
    app = fixed_clock(open_store(f"sqlite:///{(tmp_path / 'rahasia.db').as_posix()}"))
    try:
        app.users.initialise_store("admin", PASSWORD, "uji-01")
        cipher = app.application.mapper.cipher
        assert cipher is not None
        fill(app, 3)
        caught_up(app)
        assert make_checkpoints(app.application, every=EVERY)
        opened = open_checkpoints(app.application)
        try:
            stored = opened.database.query(f"SELECT image FROM {TABLE}")
        finally:
            opened.close()
        for (image,) in stored:
            assert Sealer(cipher).unseal(bytes(image)).startswith(b"berjasa-asof-checkpoint")
            # Without the key the bytes are no compressed image: unreadable.
            with pytest.raises((ValueError, zlib.error, zstandard.ZstdError)):
                Sealer(None).unseal(bytes(image))
        assert_equals_full_replay(app, position=app.application.head_position())
    finally:
        app.close()


def test_the_live_runner_makes_the_checkpoints_one_at_a_time(store: Berjasa) -> None:
    fill(store, 3)
    models = open_read_models(store.application)
    models.checkpoint_every = EVERY
    try:
        models.catch_up()
        due = list(range(EVERY, store.application.head_position() + 1, EVERY))
        made = [models.make_checkpoint() for _ in due]
        assert made == [[position] for position in due]
        assert models.make_checkpoint() == []
        models.checkpoint_every = 0
        fill(store, 2, first=4)
        models.catch_up()
        assert models.make_checkpoint() == []
        assert positions(store) == due
    finally:
        models.close()


def run(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> dict[str, Any]:
    code = main(["--store", f"sqlite:///{path.as_posix()}", *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, (out, err)
    result: dict[str, Any] = json.loads(out)
    return result


def test_console_makes_checkpoints_and_stats_as_of_uses_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "berjasa.db"
    app = open_store(f"sqlite:///{path.as_posix()}")
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    fill(app, 3)
    moment = datetime.now(UTC)
    fill(app, 2, first=4)
    head = app.application.head_position()
    app.close()
    monkeypatch.setenv("BERJASA_USER", "admin")
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    both_axes = ("--as-of", moment.isoformat(), "--on", "2026-02-28")
    before = run(capsys, path, "stats", "--as-of", moment.isoformat())
    before_on = run(capsys, path, "stats", *both_axes)
    made = run(capsys, path, "projections", "checkpoints", "--every", str(EVERY))
    assert made["made"] == made["positions"] == list(range(EVERY, head + 1, EVERY))
    assert made["stored_bytes"] > 0
    after = run(capsys, path, "stats", "--as-of", moment.isoformat())
    assert after == before
    assert after["registered_workers"] == 3
    # Both axes: as recorded then, on a coverage day before every enrolment's start.
    after_on = run(capsys, path, "stats", *both_axes)
    assert after_on == before_on
    assert after_on["active_members"] == 0 < after["active_members"]
    # At most one: the spacing doubled until one is enough, the others deleted.
    bounded = run(capsys, path, "projections", "checkpoints", "--every", str(EVERY),
                  "--keep", "1")
    assert bounded["keep"] == bounded["checkpoints"] == 1
    assert run(capsys, path, "stats", "--as-of", moment.isoformat()) == before


def test_the_offices_spacing_is_kept_for_every_workstations_live_runner(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`projections checkpoints --every/--keep` is the office's choice, kept in the store:
    later runs without options and every live runner space the checkpoints so (with this
    program's defaults a history this small would have none)."""
    path = tmp_path / "berjasa.db"
    app = open_store(f"sqlite:///{path.as_posix()}")
    app.users.initialise_store("admin", PASSWORD, "uji-01")
    fill(app, 3)
    app.close()
    monkeypatch.setenv("BERJASA_USER", "admin")
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    chosen = run(capsys, path, "projections", "checkpoints", "--every", "4", "--keep", "0")
    assert (chosen["every"], chosen["keep"]) == (4, 0)
    assert chosen["positions"] == list(range(4, chosen["positions"][-1] + 1, 4))
    app = open_store(f"sqlite:///{path.as_posix()}")
    try:
        fill(app, 2, first=4)
        head = app.application.head_position()
        models = open_read_models(app.application)  # another workstation's, by default
        try:
            models.catch_up()
            while models.make_checkpoint():
                pass
        finally:
            models.close()
        assert positions(app) == list(range(4, head + 1, 4))
    finally:
        app.close()
    again = run(capsys, path, "projections", "checkpoints")
    assert (again["every"], again["keep"], again["made"]) == (4, 0, [])


def test_past_their_number_the_spacing_doubles_and_answers_stay_the_replays(
    store: Berjasa,
) -> None:
    fill(store, 4)
    head = store.application.head_position()
    caught_up(store)
    make_checkpoints(store.application, every=2, keep=0)
    assert positions(store) == list(range(2, head + 1, 2))
    make_checkpoints(store.application, every=2, keep=3)
    spacing = 2
    while head // spacing > 3:
        spacing *= 2
    assert spacing > 2
    assert positions(store) == list(range(spacing, head + 1, spacing))
    for position in (spacing - 1, spacing, spacing + 1, head):
        assert_equals_full_replay(store, position=position)


def test_a_smaller_spacing_fills_the_gaps_below_the_newest_checkpoint(store: Berjasa) -> None:
    """An upgrade that halves the spacing makes the checkpoints between the old ones too
    (not only those after the newest), one call's `limit` at a time, newest part first;
    a checkpoint discarded meanwhile is made again; and the answers stay the replay's."""
    fill(store, 4)
    head = store.application.head_position()
    caught_up(store)
    assert make_checkpoints(store.application, every=4, keep=0) == list(range(4, head + 1, 4))
    newest = positions(store)[-1]
    gaps = list(range(2, newest, 4))
    assert len(gaps) >= 2
    assert make_checkpoints(store.application, every=2, keep=0, limit=1) == (
        [newest + 2] if newest + 2 <= head else gaps[:1])
    make_checkpoints(store.application, every=2, keep=0)
    assert positions(store) == list(range(2, head + 1, 2))
    opened = open_checkpoints(store.application)
    try:
        opened.discard(gaps[1])
    finally:
        opened.close()
    assert make_checkpoints(store.application, every=2, keep=0) == [gaps[1]]
    for position in (gaps[0], gaps[1], gaps[1] + 1, newest - 1, head):
        assert_equals_full_replay(store, position=position)


def test_images_leave_the_audit_trail_to_the_live_read_models(store: Berjasa) -> None:
    """An image holds the audit line at its own position only; the as-of read models take
    the earlier ones, and their tail's, from the live read models, and when those no
    longer reach that far (rebuilt meanwhile) they replay the log whole and still answer
    as the replay."""
    fill(store, 4)
    caught_up(store)
    head = store.application.head_position()
    made = make_checkpoints(store.application, every=EVERY)
    opened = open_checkpoints(store.application)
    try:
        mark = opened.marks(made[-1])[0]
        image = opened.image(mark)
        assert image is not None
        held = open_sqlite_image(image)
        try:
            assert held.query("SELECT position FROM rm_audit") == [(mark.position,)]
        finally:
            held.close()
    finally:
        opened.close()
    position = made[-1] + 1 if made[-1] < head else made[-1]
    fast = replay_through(store.application, position, datetime.now(UTC))
    oracle = replay_through(store.application, position, datetime.now(UTC), checkpoints=False)
    try:
        # The tail's lines are the live read models' too: only the last one is written.
        parts = fast.audit_parts()
        assert [(p.after, p.through, p.lent) for p in parts] == [
            (position, None, False), (None, position, True)]
        assert fast.database.query("SELECT position FROM rm_audit ORDER BY position") == [
            (line,) for line in sorted({made[-1], position})]
        worker = oracle.membership_page(MembershipFilter()).rows[0]
        for query in ({}, {"nik": worker["nik"]}, {"event_type": "peserta"},
                      {"offset": 2, "limit": 3}, {"actor": "admin", "limit": 0}):
            assert fast.audit_trail(**query) == oracle.audit_trail(**query), query
        assert fast.audit_options() == oracle.audit_options()
        assert fast.position_time() == oracle.position_time()
        live = open_read_models(store.application)
        try:  # emptied, as a rebuild does first: they no longer reach the checkpoint
            with live.database.batch() as writer:
                clear_rows(writer)
        finally:
            live.close()
        assert fast.audit_trail(limit=10**6) == oracle.audit_trail(limit=10**6)
        assert not fast.audit_parts()[-1].lent
        assert dump(fast) == dump(oracle)
    finally:
        fast.close()
        oracle.close()


def test_the_tail_read_ahead_while_the_image_loads_answers_as_the_replay(
    store: Berjasa, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The tail after the checkpoint is read and decoded in a thread while its image
    loads (`ReadAhead`), in pages that do not grow; read ahead or not, whole or stopped
    short (the rest read from the log after it), the answer is the full replay's."""
    fill(store, 3)
    caught_up(store)
    newest = make_checkpoints(store.application, every=EVERY)[-1]
    fill(store, 3, first=4)  # a tail of a dozen events or more after the newest checkpoint
    caught_up(store)
    head = store.application.head_position()
    monkeypatch.setattr(checkpoints, "MOMENT_FIRST_PAGE", 2)
    pages = checkpoints.ReadAhead(store.application, newest, moment=datetime.now(UTC)).pages()
    assert [event.position for page in pages for event in page] == list(
        range(newest + 1, head + 1))
    assert {len(page) for page in pages[:-1]} == {2}
    short = checkpoints.ReadAhead(store.application, newest, moment=datetime.now(UTC),
                                  limit=1).pages()
    assert [event.position for page in short for event in page] == [newest + 1, newest + 2]
    for read_ahead, limit in ((True, 10**6), (True, 1), (False, 10**6)):
        monkeypatch.setattr(checkpoints, "READ_AHEAD", read_ahead)
        monkeypatch.setattr(checkpoints, "READ_AHEAD_LIMIT", limit)
        assert_equals_full_replay(store, moment=datetime.now(UTC))
        assert_equals_full_replay(store, position=head - 1)
