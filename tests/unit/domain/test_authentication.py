"""Sign-in lockout recorded as events, expiry on the application's clock, password change
and admin reset, and hashes that survive hostile input."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.errors import AuthenticationError
from domain.passwords import hash_password, verify_password
from domain.services.app import Berjasa
from domain.services.session import Session
from tests.conftest import PASSWORD


def _fail(app: Berjasa, name: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationError) as refused:
            app.users.sign_in(name, "bukan-sandinya", "ws-9")
        assert refused.value.code == "auth.failed"


def _events(app: Berjasa, admin: Session, name: str) -> list[str]:
    return [row["event"] for row in app.history.history(admin)
            if row["aggregate_type"] == "Pengguna" and row["data"].get("workstation") == "ws-9"]


def test_five_failures_lock_for_fifteen_minutes_recorded_as_events(
    app: Berjasa, admin: Session, operator: Session
) -> None:
    # The clock stands still while the lockout is recorded: read after it, a slow machine's
    # second between the lockout and the reading made 14:59 later fall after its end.
    start = app.application.clock()
    app.application.clock = lambda: start
    _fail(app, "ani", 5)
    assert _events(app, admin, "ani") == ["SignInFailed"] * 5 + ["LockedOut"]
    app.application.clock = lambda: start + timedelta(minutes=14, seconds=59)
    with pytest.raises(AuthenticationError) as locked:
        app.users.sign_in("ani", PASSWORD, "ws-9")
    # The right password while locked gets the answer a wrong one gets, and is not counted.
    assert locked.value.code == "auth.failed"
    assert _events(app, admin, "ani") == ["SignInFailed"] * 5 + ["LockedOut"]
    app.application.clock = lambda: start + timedelta(minutes=15)
    assert app.users.sign_in("ani", PASSWORD, "ws-9").username == "ani"


def test_after_expiry_failures_count_from_one_again(app: Berjasa, operator: Session) -> None:
    _fail(app, "ani", 5)
    start = app.application.clock()
    app.application.clock = lambda: start + timedelta(minutes=20)
    _fail(app, "ani", 4)
    assert app.users.sign_in("ani", PASSWORD, "ws-9").username == "ani"


def test_admin_reset_lifts_a_lockout(app: Berjasa, admin: Session, operator: Session) -> None:
    _fail(app, "ani", 5)
    app.users.reset_password(admin, "ani", "sandi-baru-123")
    assert app.users.sign_in("ani", "sandi-baru-123", "ws-9").username == "ani"
    with pytest.raises(AuthenticationError) as refused:
        app.users.sign_in("ani", PASSWORD, "ws-9")
    assert refused.value.code == "auth.failed"


def test_wrong_old_password_on_change_counts_towards_lockout(
    app: Berjasa, operator: Session
) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationError) as refused:
            app.users.change_password(operator, "tebakan-salah", "sandi-baru-123")
        assert refused.value.code == "auth.failed"
    with pytest.raises(AuthenticationError) as locked:
        app.users.change_password(operator, PASSWORD, "sandi-baru-123")
    assert locked.value.code == "auth.locked"


def test_password_change_needs_the_old_password(app: Berjasa, operator: Session) -> None:
    app.users.change_password(operator, PASSWORD, "sandi-baru-456")
    assert app.users.sign_in("ani", "sandi-baru-456", "ws").username == "ani"
    with pytest.raises(AuthenticationError) as refused:
        app.users.sign_in("ani", PASSWORD, "ws")
    assert refused.value.code == "auth.failed"


def test_unknown_user_is_refused_like_a_wrong_password(app: Berjasa) -> None:
    with pytest.raises(AuthenticationError) as unknown:
        app.users.sign_in("siapa", PASSWORD, "ws")
    with pytest.raises(AuthenticationError) as wrong:
        app.users.sign_in("admin", "salah-sandi", "ws")
    assert unknown.value.code == wrong.value.code == "auth.failed"
    assert str(unknown.value) == str(wrong.value)


def test_a_locked_account_answers_like_an_unknown_one(app: Berjasa, operator: Session) -> None:
    _fail(app, "ani", 5)
    with pytest.raises(AuthenticationError) as locked:
        app.users.sign_in("ani", PASSWORD, "ws")
    with pytest.raises(AuthenticationError) as unknown:
        app.users.sign_in("tidak-ada", PASSWORD, "ws")
    assert locked.value.code == unknown.value.code == "auth.failed"
    assert locked.value.message("en") == unknown.value.message("en")


def test_each_failure_waits_a_little_longer(app: Berjasa, operator: Session) -> None:
    waited: list[float] = []
    app.users.pause = waited.append
    _fail(app, "ani", 5)
    assert waited == sorted(waited) and waited[0] == 0 and waited[-1] > waited[1] > 0
    assert len(waited) == 5


@pytest.mark.parametrize("stored", ["", "scrypt$x$8$1$AA$AA", "bcrypt$1$2$3$4$5",
                                    "scrypt$16384$8$1$!!$??", "scrypt$3$8$1$AAAA$AAAA"])
def test_malformed_stored_hash_never_matches(stored: str) -> None:
    assert verify_password(PASSWORD, stored) is False


def test_hostile_passwords_hash_and_verify() -> None:
    for password in ("\udcff\udc80-surrogat", "\x00" * 9, "😀" * 40, "x" * 10_000):
        assert verify_password(password, hash_password(password))
        assert not verify_password(password + "!", hash_password(password))
