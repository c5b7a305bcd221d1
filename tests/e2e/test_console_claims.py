"""Issue 18 through `berjasa-admin`: a claim proposes its benefits, a death counts once,
refusals name their rule (exit 1, nothing recorded), in Indonesian and English."""

from __future__ import annotations

import json

from tests.e2e.test_console import Console, _register, console  # noqa: F401

HEIR = ("--heir-name", "Siti Aminah", "--heir-nik", "7371095505800002",
        "--heir-relation", "istri")


def _refused(run: Console, code: str, *argv: str, user: str = "ani") -> str:
    """The command exits 1 naming `code`; the history's head does not move."""
    before = _head(run)
    status, out, err = run(*argv, "--json", user=user)
    assert status == 1 and json.loads(out)["error"] == code, (out, err)
    assert _head(run) == before
    return err


def _head(run: Console) -> int:
    status, out, _ = run("events")
    assert status == 0
    return len(out.strip().splitlines())


def test_jkm_claim_death_once_and_refusals(console: Console) -> None:  # noqa: F811
    console.json("quota", "open", "--year", "2026", "--programmes", "JKK,JKM", "--seats", "5",
                 user="budi")
    console.json("quota", "confirm", "KU-2026-01", user="admin")
    nik = _register(console, 4)
    console.json("enrol", nik, "--quota", "KU-2026-01", "--from", "2026-01-01",
                 "--retroactive", "--reason", "Daftar kertas", user="budi")
    claim = console.json("claim", "report", nik, "--programme", "JKM", "--incident-date",
                         "2026-03-02", *HEIR, user="ani")
    shown = console.json("claim", "show", str(claim["claim"]))
    assert shown["claim"] == "KL-2026-0001" and shown["nik"] == nik
    for field in ("state", "documents", "missing_documents", "amount_paid", "details"):
        assert field in shown  # the fields `claim show` always had
    assert shown["proposed_amount"] == 42_000_000
    assert {(b["component"], b["amount"]) for b in shown["benefits"]} == {
        ("santunan_sekaligus", 20_000_000), ("santunan_berkala", 12_000_000),
        ("biaya_pemakaman", 10_000_000)}
    assert console.json("worker", "show", nik)["died_on"] == "2026-03-02"
    _refused(console, "claim.second_jkm", "claim", "report", nik, "--programme", "JKM",
             "--incident-date", "2026-03-01", *HEIR)
    err = _refused(console, "claim.after_death", "claim", "report", nik, "--programme",
                   "JKK", "--incident-date", "2026-03-05")
    assert "setelah kematian" in err
    status, _, err = console("--lang", "en", "enrol", nik, "--quota", "KU-2026-01", user="ani")
    assert status == 1 and "no enrolment after death" in err
    _refused(console, "worker.death_already_recorded", "worker", "death", nik, "--on",
             "2026-03-02")
    code = str(claim["claim"])
    # budi typed the backdated coverage in: the second look at it is another supervisor's.
    _refused(console, "claim.own_enrolment", "claim", "verify", code, "--confirm", "--reason",
             "daftar kertas", user="budi")
    console.json("claim", "verify", code, "--confirm", "--reason", "daftar kertas", user="admin")
    console.json("claim", "documents", code, "--all", user="ani")
    console.json("claim", "submit", code, "--reference", "BPJS-1", user="budi")
    _refused(console, "claim.amount_differs", "claim", "pay", code, "--amount", "40000000",
             user="budi")
    paid = console.json("claim", "pay", code, "--amount", "42000000", user="budi")
    assert paid["state"] == "dibayar"
    listed = console.json("claim", "list", "--search", nik[-6:])
    assert [c["claim"] for c in listed["claims"]] == [code]  # type: ignore[index]


def test_terminate_for_death_records_the_death(console: Console) -> None:  # noqa: F811
    console.json("quota", "open", "--year", "2026", "--programmes", "JKK,JKM", "--seats", "5",
                 user="budi")
    console.json("quota", "confirm", "KU-2026-01", user="admin")
    nik = _register(console, 5)
    console.json("enrol", nik, "--quota", "KU-2026-01", "--from", "2026-01-01",
                 "--retroactive", "--reason", "Daftar kertas", user="budi")
    console.json("terminate", nik, "--quota", "KU-2026-01", "--reason", "death", "--on",
                 "2026-04-04", user="ani")
    assert console.json("worker", "show", nik)["died_on"] == "2026-04-04"
    _refused(console, "claim.death_date_differs", "claim", "report", nik, "--programme", "JKM",
             "--incident-date", "2026-04-05", *HEIR)
    rules = console.json("benefit", "list")["rules"]
    assert any(r["component"] == "batas_lapor_hari" and r["status"] == "belum_dikonfirmasi"
               for r in rules)  # type: ignore[union-attr]
