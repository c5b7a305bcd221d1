"""A keyed, anchored chain (issue 22): links are HMACs under the store's chain key, and
the head is recorded outside the chain table, so a forger with the store file but without
the key can neither append a replayed event nor cut off the newest ones unseen.

Attacks are made with raw SQL on the file, as anyone holding a copy of it could.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
from eventsourcing.persistence import MapperDeserialisationError

from berjasa.bootstrap import open_store
from domain.errors import BerjasaError
from domain.services.app import Berjasa
from infra.chain import EventRow, link_hash
from tests.conftest import PASSWORD, fixed_clock
from tests.opening import confirmed
from tests.security_helpers import raw, run_console, table_dump

KEY = base64.b64encode(bytes(range(32))).decode()
CHAIN_KEY = base64.b64encode(hashlib.sha256(b"kunci rantai uji").digest()).decode()


def _store_with_approved_change(path: Path) -> tuple[str, str]:
    """A store whose quota went from 13 seats to 43 through one approved change."""
    app = fixed_clock(open_store(f"sqlite:///{path.as_posix()}"))
    try:
        app.users.initialise_store("admin", PASSWORD, "uji-01")
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        app.users.add_user(admin, "ani", "supervisor", PASSWORD)
        ani = app.users.sign_in("ani", PASSWORD, "uji-02")
        code = str(confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 13))["quota"])
        change = str(app.quotas.propose_quota_change(ani, code, 30, "APBD-P 2026")["change"])
        app.quotas.decide_quota_change(admin, change, True, "disetujui")
        assert app.quotas.quota(code).seats == 43
        return f"sqlite:///{path.as_posix()}", code
    finally:
        app.close()


def _rows(path: Path) -> list[tuple[int, str, int, str, bytes]]:
    with raw(path) as c:
        return [(r[0], r[1], r[2], r[3], bytes(r[4])) for r in c.execute(
            "SELECT rowid, originator_id, originator_version, topic, state "
            "FROM stored_events ORDER BY rowid")]


def _verify(capsys: pytest.CaptureFixture[str], url: str) -> tuple[int, dict[str, object]]:
    return run_console(capsys, "--store", url, "audit", "verify")


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "chain-key"])
def test_a_replayed_approval_with_a_recomputed_link_is_caught(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        encrypted: bool) -> None:
    monkeypatch.setenv("BERJASA_KEY" if encrypted else "BERJASA_CHAIN_KEY",
                       KEY if encrypted else CHAIN_KEY)
    path = tmp_path / "s.db"
    url, code = _store_with_approved_change(path)
    status, before = _verify(capsys, url)
    assert status == 0 and before["keyed_from"] == 1
    # The forger appends a copy of the approval as the quota's next version, with the
    # chain link recomputed the only way open to them (the unkeyed SHA-256 scheme), and
    # moves the recorded head along: the seats would go from 43 to 73.
    approval = next(r for r in _rows(path) if r[3].endswith("ChangeApproved"))
    newest = _rows(path)[-1][0]
    quota_versions = [r[2] for r in _rows(path) if r[1] == approval[1]]
    forged = EventRow(newest + 1, approval[1], max(quota_versions) + 1, approval[3],
                      approval[4])
    with raw(path) as c:
        previous = bytes(c.execute("SELECT hash FROM berjasa_chain ORDER BY position DESC "
                                   "LIMIT 1").fetchone()[0])
        link = link_hash(previous, forged)
        c.execute("INSERT INTO stored_events (rowid, originator_id, originator_version, "
                  "topic, state) VALUES (?, ?, ?, ?, ?)",
                  (forged.position, forged.originator_id, forged.version, forged.topic,
                   forged.state))
        c.execute("INSERT INTO berjasa_chain VALUES (?, ?)", (forged.position, link))
        c.execute("UPDATE berjasa_meta SET value = ? WHERE name = 'chain_head'",
                  (f"{forged.position}:{link.hex()}:",))
    reader = open_store(url)
    try:
        if encrypted:
            # Its payload is bound to the version it was sealed for (AES-GCM associated
            # data): as the next version it does not even decrypt.
            with pytest.raises(MapperDeserialisationError):
                reader.quotas.quota(code)
        else:
            assert reader.quotas.quota(code).seats == 73  # plain JSON: the forgery is read...
    finally:
        reader.close()
    status, result = _verify(capsys, url)  # ...and verification names it
    assert (status, result["intact"], result["first_broken"], result["problem"]) == (
        3, False, newest + 1, "altered")
    assert str(newest + 1) in str(result["message"])


def test_cutting_off_the_newest_events_with_their_links_is_caught_without_a_checkpoint(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BERJASA_KEY", KEY)
    path = tmp_path / "s.db"
    url, code = _store_with_approved_change(path)
    newest = _rows(path)[-1][0]
    with raw(path) as c:
        c.execute("DELETE FROM stored_events WHERE rowid > ?", (newest - 2,))
        c.execute("DELETE FROM berjasa_chain WHERE position > ?", (newest - 2,))
    status, result = _verify(capsys, url)
    assert (status, result["first_broken"], result["problem"]) == (3, newest - 1,
                                                                   "truncated")
    assert str(newest - 1) in str(result["message"])
    # Pointing the recorded head at the new tail needs its tag, which needs the key.
    with raw(path) as c:
        link = c.execute("SELECT hash FROM berjasa_chain WHERE position = ?",
                         (newest - 2,)).fetchone()[0]
        c.execute("UPDATE berjasa_meta SET value = ? WHERE name = 'chain_head'",
                  (f"{newest - 2}:{bytes(link).hex()}:{'0' * 64}",))
    status, result = _verify(capsys, url)
    assert (status, result["first_broken"], result["problem"]) == (3, newest - 2, "anchor")
    # A write on the cut history would reuse the removed positions: refused.
    before = table_dump(path)
    app = open_store(url)
    try:
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        with pytest.raises(BerjasaError) as refused:
            app.quotas.propose_quota_change(admin, code, 1, "tambahan")
        assert refused.value.code == "audit.chain_conflict"
    finally:
        app.close()
    assert table_dump(path) == before


def test_moving_the_switch_to_keyed_links_is_caught(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BERJASA_KEY", KEY)
    path = tmp_path / "s.db"
    url, _ = _store_with_approved_change(path)
    with raw(path) as c:
        c.execute("UPDATE berjasa_meta SET value = '999999:' || substr(value, "
                  "instr(value, ':') + 1) WHERE name = 'chain_keyed_from'")
    status, result = _verify(capsys, url)
    assert status == 3 and result["problem"] in ("altered", "anchor")


def test_without_the_key_the_keyed_chain_is_not_declared_intact(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BERJASA_CHAIN_KEY", CHAIN_KEY)
    path = tmp_path / "s.db"
    url, _ = _store_with_approved_change(path)
    monkeypatch.delenv("BERJASA_CHAIN_KEY")
    status, result = _verify(capsys, url)
    assert (status, result["error"]) == (1, "audit.chain_key_missing")
    with pytest.raises(BerjasaError) as refused:
        open_store(url)  # a write without the key would break the chain
    assert refused.value.code == "store.chain_key_missing"


def test_an_old_store_keeps_its_links_and_chains_new_events_with_the_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A store created before the keyed chain (no key anywhere): its SHA-256 links are
    never rewritten; the first opening with a key records the switch as an event, which
    is the first keyed link."""
    path = tmp_path / "s.db"
    url, code = _store_with_approved_change(path)
    old = table_dump(path)
    last_old = _rows(path)[-1][0]
    monkeypatch.setenv("BERJASA_CHAIN_KEY", CHAIN_KEY)
    app: Berjasa = fixed_clock(open_store(url))
    try:
        admin = app.users.sign_in("admin", PASSWORD, "uji-01")
        app.quotas.propose_quota_change(admin, code, 1, "tambahan")
    finally:
        app.close()
    rows = _rows(path)
    assert rows[last_old][3].endswith("RantaiIntegritas.ChainKeyed")  # position last_old+1
    assert table_dump(path)[:last_old] == old[:last_old]  # old events untouched
    with raw(path) as c:
        old_links = c.execute("SELECT * FROM berjasa_chain WHERE position <= ?",
                              (last_old,)).fetchall()
    assert old_links == [r for r in old if len(r) == 2]
    status, result = _verify(capsys, url)
    assert (status, result["keyed_from"]) == (0, last_old + 1)
    assert result["checked"] == len(rows)
