"""Thirty sign-ins racing on one account, as an attacker would fire them from several
workstations: at most the lockout's number of passwords is ever checked, and every
refusal reads the same."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from berjasa.bootstrap import open_store
from domain.errors import AuthenticationError
from domain.model.pengguna import MAX_FAILED_ATTEMPTS
from domain.services.app import Berjasa
from tests.conftest import PASSWORD, fixed_clock
from tests.pg_test import fresh_schema

RACERS = 30


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'kantor.db').as_posix()}"
        return
    from tests.conftest import POSTGRES_URL

    with fresh_schema(POSTGRES_URL) as env:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        yield POSTGRES_URL


def workstations(url: str) -> list[Berjasa]:
    first = fixed_clock(open_store(url))
    first.users.initialise_store("admin", PASSWORD, "server")
    admin = first.users.sign_in("admin", PASSWORD, "server")
    first.users.add_user(admin, "ani", "operator", PASSWORD)
    return [first] + [fixed_clock(open_store(url)) for _ in range(3)]


def race(apps: list[Berjasa], guesses: list[str]) -> list[str]:
    start = threading.Barrier(len(guesses))
    answers: list[str] = [""] * len(guesses)

    def attempt(index: int) -> None:
        app = apps[index % len(apps)]
        start.wait()
        try:
            app.users.sign_in("ani", guesses[index], f"ws-{index}")
            answers[index] = "signed-in"
        except AuthenticationError as refused:
            answers[index] = f"{refused.code}|{refused.message('id')}"

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(len(guesses))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every password the application checks, in order."""
    import domain.services.users as users

    seen: list[str] = []
    real_verify = users.verify_password
    lock = threading.Lock()

    def counting_verify(password: str, stored: str) -> bool:
        with lock:
            seen.append(password)
        return real_verify(password, stored)

    monkeypatch.setattr(users, "verify_password", counting_verify)
    return seen


def test_racing_wrong_guesses_check_no_more_passwords_than_the_lockout_allows(
    store: str, checked: list[str]
) -> None:
    apps = workstations(store)
    checked.clear()
    answers = race(apps, [f"tebakan-{i:02d}" for i in range(RACERS)])
    assert 0 < len(checked) <= MAX_FAILED_ATTEMPTS, checked
    assert len(set(answers)) == 1 and answers[0].startswith("auth.failed|")
    for app in apps:
        app.close()


def test_the_right_password_in_a_race_gets_in_only_within_the_allowed_attempts(
    store: str, checked: list[str]
) -> None:
    apps = workstations(store)
    checked.clear()
    answers = race(apps, [f"tebakan-{i:02d}" for i in range(RACERS - 1)] + [PASSWORD])
    refusals = {answer for answer in answers if answer != "signed-in"}
    assert len(refusals) == 1 and next(iter(refusals)).startswith("auth.failed|")
    if PASSWORD in checked:
        # Got in before the lockout; the failures after its success start a new count.
        assert checked.index(PASSWORD) < MAX_FAILED_ATTEMPTS
        assert len(checked) - checked.index(PASSWORD) - 1 <= MAX_FAILED_ATTEMPTS
        assert answers.count("signed-in") == 1
    else:
        assert len(checked) <= MAX_FAILED_ATTEMPTS and "signed-in" not in answers
    for app in apps:
        app.close()
