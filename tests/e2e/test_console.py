from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.console.main import main
from tests.conftest import PASSWORD
from tests.factories import worker_fields


class Console:
    """Runs `berjasa-admin` in-process against one SQLite store."""

    def __init__(self, store: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.url = f"sqlite:///{store.as_posix()}"
        self.capsys = capsys

    def __call__(self, *argv: str, user: str = "admin") -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--store", self.url, "--user", user, *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str, user: str = "admin") -> dict[str, object]:
        code, out, err = self(*argv, "--json", user=user)
        assert code == 0, err
        lines = out.strip().splitlines()
        assert len(lines) == 1
        return dict(json.loads(lines[0]))


@pytest.fixture
def console(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Console:
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)
    monkeypatch.setenv("BERJASA_NEW_PASSWORD", PASSWORD)
    run = Console(tmp_path / "konsol.db", capsys)
    assert run.json("init", "--admin", "admin")["admin"] == "admin"
    run.json("user", "add", "ani", "--role", "operator")
    run.json("user", "add", "budi", "--role", "supervisor")
    run.json("user", "add", "dewi", "--role", "auditor")
    return run


def _register(console: Console, serial: int) -> str:
    fields = worker_fields(serial)
    result = console.json(
        "worker",
        "register",
        "--nik",
        fields["nik"],
        "--name",
        fields["name"],
        "--sex",
        "L",
        "--birth-date",
        fields["birth_date"],
        "--kecamatan",
        "Panakkukang",
        "--kelurahan",
        "Pandang",
        "--occupation",
        "Nelayan",
        "--decile",
        "2",
        user="ani",
    )
    return str(result["nik"])


def test_init_refuses_an_existing_store(console: Console) -> None:
    code, out, err = console("init", "--admin", "admin", "--json")
    assert code == 1
    assert json.loads(out)["error"] == "store.exists" and "init" in err


def test_quota_enrol_and_maker_checker_flow(console: Console) -> None:
    quota = console.json(
        "quota",
        "open",
        "--year",
        "2026",
        "--programmes",
        "JKK,JKM",
        "--seats",
        "2",
        "--basis",
        "DPA 2026",
        user="budi",
    )
    assert quota["quota"] == "KU-2026-01" and quota["seats"] == 2
    assert quota["confirmed"] is False  # a second person for every seat (issue 23)
    first, second, third = (_register(console, i) for i in (1, 2, 3))
    code, out, err = console("enrol", first, "--quota", "KU-2026-01", "--json", user="ani")
    assert code == 1 and json.loads(out)["error"] == "quota.unconfirmed"
    assert "admin" in err and "budi" not in err.split("(")[-1]  # who may confirm: not budi
    code, out, _ = console("quota", "confirm", "KU-2026-01", "--json", user="budi")
    assert code == 1 and json.loads(out)["error"] == "quota.confirm_own"
    listed = console.json("quota", "list")["quotas"]
    assert isinstance(listed, list) and listed[0]["confirmed"] is False
    stats = console.json("stats")["quotas"]
    assert isinstance(stats, list) and stats[0]["confirmed"] is False
    assert console.json("quota", "confirm", "KU-2026-01", user="admin")["confirmed"] is True
    assert console.json("quota", "show", "KU-2026-01")["opening_decided_by"] == "admin"
    code, out, err = console("enrol", first, "--quota", "KU-2026-01", "--from", "2026-02-01",
                             "--json", user="ani")  # backdated: not for an operator
    assert code == 1 and json.loads(out)["error"] == "enrol.retroactive" and "budi" in err
    enrolled = console.json("enrol", first, "--quota", "KU-2026-01", "--from", "2026-02-01",
                            "--retroactive", "--reason", "Daftar kertas Februari", user="budi")
    assert enrolled["retroactive"] is True
    console.json("enrol", second, "--quota", "KU-2026-01", user="ani")
    code, out, err = console("enrol", third, "--quota", "KU-2026-01", "--json", user="ani")
    assert code == 1 and json.loads(out)["error"] == "quota.full" and "penuh" in err
    change = console.json(
        "quota", "propose", "KU-2026-01", "--delta", "5", "--reason", "APBD-P", user="ani"
    )["change"]
    code, _, err = console("quota", "approve", str(change), user="ani")
    assert code == 1 and "operator" in err
    assert console.json("quota", "approve", str(change), user="admin")["seats"] == 7
    listed = console.json("quota", "list")["quotas"]
    assert isinstance(listed, list) and listed[0]["used"] == 2


def test_claims_through_the_console(console: Console) -> None:
    console.json(
        "quota", "open", "--year", "2026", "--programmes", "JKK,JKM", "--seats", "5", user="budi"
    )
    console.json("quota", "confirm", "KU-2026-01", user="admin")
    nik = _register(console, 4)
    console.json("enrol", nik, "--quota", "KU-2026-01", "--from", "2026-01-01",
                 "--retroactive", "--reason", "Roster lama", user="budi")
    claim = console.json(
        "claim",
        "report",
        nik,
        "--programme",
        "JKK",
        "--incident-date",
        "2026-03-02",
        "--place",
        "Pelabuhan Paotere",
        user="ani",
    )["claim"]
    # Coverage from January recorded today: the claim waits for the check of a supervisor
    # other than budi, who recorded that coverage.
    console.json("claim", "verify", str(claim), "--confirm", "--reason", "daftar kertas",
                 user="admin")
    console.json("claim", "documents", str(claim), "--all", user="ani")
    console.json("claim", "submit", str(claim), "--reference", "BPJS-88", user="budi")
    # Care at cost (nothing proposed) above the threshold: a second supervisor confirms.
    waiting = console.json("claim", "pay", str(claim), "--amount", "3500000", user="budi")
    assert waiting["state"] == "menunggu_konfirmasi_bayar"
    paid = console.json("claim", "confirm-payment", str(claim), user="admin")
    assert paid["state"] == "dibayar" and paid["amount_paid"] == 3_500_000
    code, out, _ = console(
        "claim",
        "report",
        nik,
        "--programme",
        "JHT",
        "--incident-date",
        "2026-03-02",
        "--json",
        user="ani",
    )
    assert code == 1 and json.loads(out)["error"] == "claim.not_covered"


def test_mou_register_renew_list(console: Console) -> None:
    console.json(
        "mou",
        "register",
        "--number",
        "MOU/1/2025",
        "--subject",
        "Perlindungan",
        "--signed",
        "2025-01-02",
        "--from",
        "2025-01-02",
        "--to",
        "2026-12-31",
        user="budi",
    )
    listed = console.json("mou", "list")["mous"]
    assert isinstance(listed, list) and listed[0]["status"] == "perlu_diperpanjang"
    renewed = console.json("mou", "renew", "MOU/1/2025", "--to", "2028-12-31", user="budi")
    assert renewed["status"] == "aktif"


def test_auditor_is_refused_writes_and_nothing_changes(console: Console) -> None:
    before = console("events")[1]
    code, _, err = console(
        "quota", "open", "--year", "2026", "--programmes", "JKK", "--seats", "5", user="dewi"
    )
    assert code == 1 and "auditor" in err
    assert console("events")[1] == before


def test_bad_nik_is_refused_with_the_spreadsheet_message(console: Console) -> None:
    code, _, err = console(
        "worker",
        "register",
        "--nik",
        "7,37105E+15",
        "--name",
        "X",
        "--sex",
        "L",
        "--birth-date",
        "1980-01-01",
        "--kecamatan",
        "Tallo",
        "--kelurahan",
        "Lakkang",
        "--occupation",
        "Nelayan",
        user="ani",
    )
    assert code == 1 and "notasi ilmiah" in err


def test_events_are_json_lines_filtered_by_worker(console: Console) -> None:
    nik = _register(console, 5)
    _register(console, 6)
    code, out, _ = console("events", "--nik", nik)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["event"] for r in rows] == ["Registered"]
    assert rows[0]["actor"] == "ani" and rows[0]["workstation"] == "uji-01"
    assert {"position", "time", "actor", "type", "data"} <= set(rows[0])


def test_usage_errors_exit_2(console: Console) -> None:
    assert console("quota", "opn")[0] == 2
    assert console("enrol", "7371091308931417")[0] == 2


def test_english_messages(console: Console) -> None:
    code, _, err = console("--lang", "en", "quota", "show", "KU-2099-01")
    assert code == 1 and "was not found" in err


def test_wrong_password_is_refused(console: Console, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BERJASA_PASSWORD", "salah-sekali")
    code, _, err = console("quota", "list")
    assert code == 1 and "salah" in err


def test_uninitialised_store_says_how_to_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "--store",
            f"sqlite:///{(tmp_path / 'baru.db').as_posix()}",
            "--user",
            "x",
            "quota",
            "list",
        ]
    )
    assert code == 1 and "berjasa-admin init" in capsys.readouterr().err


def test_the_installed_entry_point_runs(tmp_path: Path) -> None:
    store = f"sqlite:///{(tmp_path / 'entry.db').as_posix()}"
    env = {"BERJASA_PASSWORD": PASSWORD, "PATH": "", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.console.main",
            "--store",
            store,
            "init",
            "--admin",
            "admin",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["admin"] == "admin"


def test_a_reader_that_stops_early_gets_no_error(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone, like `berjasa-admin events | head -1`
    broken = os.fdopen(write_end, "w")
    monkeypatch.setattr(sys, "stdout", broken)
    assert main(["--store", console.url, "--user", "admin", "events"]) == 0
    broken.close()


def test_closed_periods_retroactive_counts_and_the_worklist(console: Console) -> None:
    """Issue 16 through the console: `period close/list`, `period.closed`, the retroactive
    count in `quota show` and `stats`, and `worklist Q --limit N`."""
    console.json("quota", "open", "--year", "2025", "--programmes", "JKK,JKM", "--seats",
                 "5", "--priority", "decile", "--deciles", "1-5", user="budi")
    console.json("quota", "confirm", "KU-2025-01", user="admin")
    shown = console.json("quota", "show", "KU-2025-01")
    assert shown["rules"]["deciles"] == [1, 2, 3, 4, 5]
    assert shown["rules"]["priority"] == "decile" and shown["rules"]["min_age"] == 18
    niks = [_register(console, i) for i in (5, 6, 7)]
    code, out, _ = console("period", "close", "--month", "2025-03", "--reason", "lunas",
                           "--json", user="ani")
    assert code == 1 and json.loads(out)["error"] == "permission.denied"
    closed = console.json("period", "close", "--month", "2025-03", "--reason",
                          "Maret 2025 ditagih, direkonsiliasi dan dibayar", user="budi")
    assert closed["month"] == "2025-03" and closed["closed_by"] == "budi"
    listed = console.json("period", "list", user="dewi")["closed"]
    assert [(p["month"], p["closed_by"]) for p in listed] == [("2025-03", "budi")]
    code, out, err = console("enrol", niks[0], "--quota", "KU-2025-01", "--from",
                             "2025-03-10", "--retroactive", "--reason", "kertas", "--json",
                             user="budi")
    assert code == 1 and json.loads(out)["error"] == "period.closed" and "2025-03" in err
    console.json("enrol", niks[0], "--quota", "KU-2025-01", "--from", "2025-04-01",
                 "--retroactive", "--reason", "Roster April 2025", user="budi")
    assert console.json("quota", "show", "KU-2025-01")["retroactive"] == 1
    assert console.json("stats", "--on", "2025-06-01")["retroactive_enrolments"] == 1
    worklist = console.json("worklist", "KU-2025-01", "--limit", "1", user="dewi")
    assert worklist["quota"] == "KU-2025-01" and worklist["total"] == 2
    assert len(worklist["candidates"]) == 1 and worklist["candidates"][0]["rank"] == 1
    assert set(worklist["candidates"][0]) >= {"rank", "nik", "name", "decile"}
