"""`berjasa-admin policy ...` and the `report` command's refusals, end to end."""

from __future__ import annotations

import pytest

from tests.e2e.test_console import Console, console

__all__ = ["console"]


def test_policy_inputs_through_the_console(console: Console) -> None:
    console.json("policy", "regulation", "add", "--kind", "Perwali", "--number",
                 "62 Tahun 2018", "--date", "2018-09-01", "--subject", "Jamsostek",
                 user="budi")
    console.json("policy", "budget", "pay", "--year", "2025", "--amount", "1.000.000",
                 "--paid-on", "2025-06-30", "--reference", "SP2D-001", user="budi")
    console.json("policy", "workforce", "set", "--year", "2025", "--count", "662345",
                 "--source", "BPS", user="budi")
    console.json("policy", "target", "set", "--year", "2026", "--percent", "72,50",
                 user="budi")
    facts = console.json("policy", "list", user="dewi")
    assert "62 Tahun 2018" in [r["number"] for r in facts["regulations"]]  # type: ignore[union-attr]
    assert facts["payments"][0]["amount"] == 1_000_000  # type: ignore[index]
    assert facts["targets"][0]["percent"] == 72.5  # type: ignore[index]


def test_operators_may_not_record_policy(console: Console) -> None:
    code, _out, err = console("policy", "workforce", "set", "--year", "2025", "--count", "1",
                              "--source", "BPS", user="ani")
    assert code == 1 and "tidak berwenang" in err


@pytest.mark.parametrize("argv", [
    ("report", "rahasia", "-o", "x.pdf"),
    ("report", "roster"),
])
def test_report_usage_errors_exit_2(console: Console, argv: tuple[str, ...]) -> None:
    assert console(*argv)[0] == 2
