"""The Audit page compares the read models the screens show with a replay of the history
(issue 22) and warns, naming the table, when they were doctored."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from tests.conftest import PASSWORD
from tests.gui.helpers import sign_in
from tests.opening import confirmed


def _verify(qtbot: QtBot, audit: object) -> str:
    audit.verified = None  # type: ignore[attr-defined]
    audit.verify_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: audit.verified is not None, timeout=10_000)  # type: ignore[attr-defined]
    return str(audit.note.text())  # type: ignore[attr-defined]


def test_the_audit_page_catches_a_doctored_read_model(
        qtbot: QtBot, shell: Shell, store: Berjasa) -> None:
    budi = store.users.sign_in("budi", PASSWORD, "uji-02")
    confirmed(store, store.quotas.open_quota(budi, 2026, "JKK,JKM", 13))
    audit = sign_in(qtbot, shell, "dewi").show_section("audit")
    assert "Model baca utuh" in _verify(qtbot, audit)
    live = shell.source.live  # type: ignore[union-attr]
    with live.database.batch() as writer:  # type: ignore[attr-defined]
        writer.execute("UPDATE rm_quota SET seats = 43")
    text = _verify(qtbot, audit)
    assert "PERINGATAN" in text and "rm_quota" in text


def test_the_audit_page_says_when_only_the_recorded_digest_was_edited(
        qtbot: QtBot, shell: Shell, store: Berjasa) -> None:
    """The runner's digest (projections.digest) compared first: rows that equal the replay
    under a digest edited behind the application's back are still a warning, naming it."""
    import json

    audit = sign_in(qtbot, shell, "dewi").show_section("audit")
    assert "Model baca utuh" in _verify(qtbot, audit)
    live = shell.source.live  # type: ignore[union-attr]
    with live.database.batch() as writer:  # type: ignore[attr-defined]
        body = json.loads(writer.execute(
            "SELECT value FROM rm_meta WHERE key = 'digest'")[0][0])
        body["tables"]["rm_user"] = "2a"
        writer.execute("UPDATE rm_meta SET value = ? WHERE key = 'digest'",
                       (json.dumps(body),))
    text = _verify(qtbot, audit)
    assert "PERINGATAN" in text and "sidik" in text and "rm_user" in text
