"""Rows of a SQLite store edited, deleted, inserted and reordered behind the application's
back: `berjasa-admin audit verify` exits 3 and names the first broken position."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.console.main import main
from tests.security_helpers import populated_store, raw

Tamper = Callable[[Path], None]


def _edit(path: Path) -> None:
    with raw(path) as c:
        c.execute("UPDATE stored_events SET state = CAST(replace(state, CAST('Siti' AS BLOB), "
                  "CAST('Sito' AS BLOB)) AS BLOB) WHERE rowid = 10")


def _edit_as_text(path: Path) -> None:
    with raw(path) as c:
        c.execute("UPDATE stored_events SET state = CAST(state AS TEXT) WHERE rowid = 10")


def _delete(path: Path) -> None:
    with raw(path) as c:
        c.execute("DELETE FROM stored_events WHERE rowid = 6")


def _delete_last(path: Path) -> None:
    with raw(path) as c:
        c.execute("DELETE FROM stored_events WHERE rowid = (SELECT MAX(rowid) FROM "
                  "stored_events)")


def _insert(path: Path) -> None:
    with raw(path) as c:
        c.execute("INSERT INTO stored_events SELECT '0123456789abcdef0123456789abcdef', "
                  "originator_version, topic, state FROM stored_events WHERE rowid = 9")


def _insert_in_middle(path: Path) -> None:
    """Make room at position 8 by moving later events up, then forge an event there."""
    with raw(path) as c:
        for rowid in range(13, 7, -1):
            c.execute("UPDATE stored_events SET rowid = rowid + 1 WHERE rowid = ?", (rowid,))
        c.execute("INSERT INTO stored_events (rowid, originator_id, originator_version, topic,"
                  " state) SELECT 8, '0123456789abcdef0123456789abcdef', originator_version, "
                  "topic, state FROM stored_events WHERE rowid = 9")


def _reorder(path: Path) -> None:
    with raw(path) as c:
        c.execute("UPDATE stored_events SET rowid = -1 WHERE rowid = 7")
        c.execute("UPDATE stored_events SET rowid = 7 WHERE rowid = 8")
        c.execute("UPDATE stored_events SET rowid = 8 WHERE rowid = -1")


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "berjasa.db"
    populated_store(path).close()
    return path


def verify(path: Path, capsys: pytest.CaptureFixture[str], *extra: str
           ) -> tuple[int, dict[str, object]]:
    capsys.readouterr()
    status = main(["--store", f"sqlite:///{path.as_posix()}", "audit", "verify", "--json",
                   *extra])
    return status, json.loads(capsys.readouterr().out)


def test_untouched_store_verifies(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, result = verify(store, capsys)
    assert status == 0 and result["intact"] is True and result["first_broken"] is None
    assert result["checked"] == result["head_position"]


@pytest.mark.parametrize(("tamper", "position", "problem"), [
    (_edit, 10, "altered"), (_edit_as_text, 10, "altered"), (_delete, 6, "deleted"),
    (_delete_last, 13, "deleted"),
    (_insert, 14, "inserted"), (_insert_in_middle, 8, "altered"), (_reorder, 7, "altered"),
])
def test_tampering_is_caught_at_its_position(
    store: Path, capsys: pytest.CaptureFixture[str], tamper: Tamper, position: int,
    problem: str,
) -> None:
    status, before = verify(store, capsys)
    assert before["head_position"] == 13  # the positions below refer to this history
    tamper(store)
    status, result = verify(store, capsys)
    assert status == 3
    assert (result["intact"], result["first_broken"], result["problem"]) == (
        False, position, problem)
    assert str(position) in str(result["message"])


def test_text_output_names_the_position(store: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    _delete(store)
    status = main(["--store", f"sqlite:///{store.as_posix()}", "audit", "verify"])
    captured = capsys.readouterr()
    assert status == 3 and "posisi 6" in captured.err and "Traceback" not in captured.err


def test_a_write_after_the_newest_event_was_deleted_is_refused(store: Path) -> None:
    from berjasa.bootstrap import open_store
    from domain.errors import StoreError
    from tests.conftest import PASSWORD
    from tests.factories import worker_fields

    _delete_last(store)
    app = open_store(f"sqlite:///{store.as_posix()}")
    try:
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        with pytest.raises(StoreError) as refused:
            app.workers.register_worker(admin, **worker_fields(9))
        assert refused.value.code == "audit.chain_conflict"
    finally:
        app.close()


def test_checkpoint_export_then_rewrite_of_the_chain_is_caught(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mark = tmp_path / "titik.json"
    url = f"sqlite:///{store.as_posix()}"
    assert main(["--store", url, "audit", "checkpoint", "-o", str(mark), "--json"]) == 0
    saved = json.loads(mark.read_text(encoding="utf-8"))
    assert saved["position"] == 13 and len(saved["hash"]) == 64
    _rewrite_with_fresh_chain(store)
    status, _ = verify(store, capsys)
    assert status == 0  # a forger who recomputes an unkeyed chain fools the bare check...
    status, result = verify(store, capsys, "--checkpoint", str(mark))
    assert status == 3 and result["problem"] == "checkpoint"  # ...but not the checkpoint


def _rewrite_with_fresh_chain(path: Path) -> None:
    from infra.chain import GENESIS, EventRow, chain_links

    _edit(path)
    with raw(path) as c:
        rows = [EventRow(r[0], r[1], r[2], r[3], bytes(r[4])) for r in c.execute(
            "SELECT rowid, originator_id, originator_version, topic, state FROM "
            "stored_events ORDER BY rowid")]
        c.execute("DELETE FROM berjasa_chain")
        links = chain_links(GENESIS, rows)
        c.executemany("INSERT INTO berjasa_chain VALUES (?, ?)", links)
        # On a store without a chain key the head recorded in the metadata carries no
        # tag: a forger who knows of it rewrites it too.
        c.execute("UPDATE berjasa_meta SET value = ? WHERE name = 'chain_head'",
                  (f"{links[-1][0]}:{links[-1][1].hex()}:",))
