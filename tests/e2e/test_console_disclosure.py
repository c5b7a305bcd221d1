"""What each role's console output discloses: no secret for anyone, no whole NIK and no
birth date for the auditor, on every command that reads personal data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.console.main import main

DEMO_PASSWORD = "demo-berjasa-2026"
ROLES = {"admin": "admin", "ani": "operator", "budi": "supervisor", "dewi": "auditor"}
SECRET_SHAPES = (re.compile(r"scrypt\$\d+\$"), re.compile(r'"password_hash":\s*"[^"\[]'))
# Not inside a hexadecimal aggregate id, which may hold 16 decimal digits in a row.
WHOLE_NIK = re.compile(r"(?<![0-9a-f])\d{16}(?![0-9a-f])")
ISO_DATE = re.compile(r"(?<!\d)(19|20)\d\d-\d\d-\d\d")


class DemoConsole:
    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url = url
        self.capsys = capsys

    def __call__(self, user: str, *argv: str) -> tuple[int, str]:
        self.capsys.readouterr()
        code = main(["--store", self.url, "--user", user, *argv])
        out, err = self.capsys.readouterr()
        return code, out + err


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BERJASA_PASSWORD", DEMO_PASSWORD)
        url = f"sqlite:///{(tmp_path_factory.mktemp('demo') / 'demo.db').as_posix()}"
        assert main(["--store", url, "demo", "--workers", "30", "--json"]) == 0
    return url


@pytest.fixture
def console(
    demo_store: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> DemoConsole:
    monkeypatch.setenv("BERJASA_PASSWORD", DEMO_PASSWORD)
    return DemoConsole(demo_store, capsys)


def a_worker_nik(console: DemoConsole) -> str:
    code, out = console("admin", "events")
    assert code == 0
    for line in out.splitlines():
        event = json.loads(line)
        if event["type"] == "Peserta.Registered":
            return str(event["data"]["nik"])
    raise AssertionError("the demo registered nobody")


def reading_commands(nik: str) -> list[tuple[str, ...]]:
    return [
        ("events",),
        ("events", "--nik", nik),
        ("worker", "show", nik, "--json"),
        ("stats", "--json"),
        ("quota", "list", "--json"),
        ("policy", "list", "--json"),
        ("user", "list", "--json"),
        ("audit", "exports", "--json"),
    ]


@pytest.mark.parametrize("user", sorted(ROLES))
def test_no_output_shows_a_password_hash(console: DemoConsole, user: str) -> None:
    for argv in reading_commands(a_worker_nik(console)):
        _, output = console(user, *argv)
        for shape in SECRET_SHAPES:
            assert not shape.search(output), (user, argv)


def test_the_auditor_sees_no_whole_nik_and_no_birth_date(console: DemoConsole) -> None:
    nik = a_worker_nik(console)
    for argv in reading_commands(nik):
        code, output = console("dewi", *argv)
        if code != 0:
            continue  # refused for auditors: nothing disclosed
        assert not WHOLE_NIK.search(output), (argv, WHOLE_NIK.search(output))
        for line in output.splitlines():
            if '"birth_date"' in line:
                assert not re.search(r'"birth_date":\s*"\d{4}-', line), argv


def test_the_operator_still_sees_what_the_work_needs(console: DemoConsole) -> None:
    nik = a_worker_nik(console)
    code, output = console("ani", "worker", "show", nik, "--json")
    assert code == 0
    shown = json.loads(output)
    assert shown["nik"] == nik and ISO_DATE.fullmatch(shown["birth_date"])


def test_index_events_mask_their_key_for_the_auditor(console: DemoConsole) -> None:
    code, output = console("dewi", "events")
    assert code == 0
    keys = [json.loads(line)["data"]["key"] for line in output.splitlines()
            if json.loads(line)["type"] == "Indeks.Indexed"
            and json.loads(line)["data"].get("kind") == "nik"]
    assert keys and all(key.startswith("*") and key[-4:].isdigit() for key in keys)


def test_user_events_carry_a_marker_instead_of_the_hash(console: DemoConsole) -> None:
    code, output = console("admin", "events")
    assert code == 0
    created = [json.loads(line) for line in output.splitlines()
               if json.loads(line)["type"] == "Pengguna.Created"]
    assert created and all(event["data"]["password_hash"] == "[disembunyikan]"
                           for event in created)


def test_a_store_without_birth_dates_in_the_auditors_view_keeps_the_year(
    console: DemoConsole,
) -> None:
    nik = a_worker_nik(console)
    code, output = console("dewi", "worker", "show", nik, "--json")
    assert code == 0
    shown = json.loads(output)
    assert re.fullmatch(r"\d{4}", shown["birth_date"]) and shown["birth_date"] != ""


def test_raw_events_are_json_lines_for_every_role(console: DemoConsole, tmp_path: Path) -> None:
    for user in ROLES:
        code, output = console(user, "events")
        assert code == 0
        assert all(isinstance(json.loads(line), dict) for line in output.splitlines())
