"""`berjasa-admin billing ...`, `quota propose --effective` and `policy budget pay --month`
end to end: one JSON object each, findings exit 0, refusals exit 1 and change nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests import billing_fixture as fx
from tests.e2e.test_console import Console, console
from tests.factories import worker_fields

__all__ = ["console"]


def _setup(console: Console) -> str:
    quota = str(console.json("quota", "open", "--year", "2026", "--programmes", "JKK,JKM",
                             "--seats", "20", user="budi")["quota"])
    console.json("quota", "confirm", quota, user="admin")  # a second person (issue 23)
    change = console.json("quota", "propose", quota, "--delta", "5", "--effective",
                          "2026-07-01", "--reason", "APBD-P 2026", user="ani")
    assert change["effective"] == "2026-07-01"
    console.json("quota", "approve", str(change["change"]), user="budi")
    for serial in range(1, 10):
        fields = worker_fields(serial)
        console.json("worker", "register", "--nik", fields["nik"], "--name", fields["name"],
                     "--sex", fields["sex"], "--birth-date", fields["birth_date"],
                     "--kecamatan", fields["kecamatan"], "--kelurahan", fields["kelurahan"],
                     "--occupation", fields["occupation"], user="ani")
        console.json("enrol", fields["nik"], "--quota", quota, "--from", "2026-01-01",
                     "--retroactive", "--reason", "Daftar Januari terlambat dicatat",
                     user="budi")
    console.json("terminate", fx.nik(8), "--quota", quota, "--reason", "error",
                 "--on", "2026-02-10", user="ani")
    console.json("worker", "kpj", fx.nik(9), "--kpj", fx.KPJ, user="ani")
    return quota


def test_billing_through_the_console(console: Console, tmp_path: Path) -> None:
    quota = _setup(console)
    stats = console.json("stats", "--on", "2026-03-31", user="dewi")
    found = next(q for q in stats["quotas"] if q["quota"] == quota)  # type: ignore[union-attr]
    assert found["seat_months"] == 20 * 12 + 5 * 6
    assert found["need"] == found["seat_months"] * 16_800
    shown = console.json("billing", "show", "--month", "2026-03", user="dewi")
    assert shown == {"month": "2026-03", "workers": 8,
                     "by_programme": {"JKK": {"workers": 8, "amount": 80_000},
                                      "JKM": {"workers": 8, "amount": 54_400}},
                     "amount": 8 * 16_800}
    invoice = tmp_path / f"{fx.STEM}.xlsx"
    shutil.copy(fx.FOLDER / invoice.name, invoice)
    checked = console.json("billing", "reconcile", str(invoice), "--month", "2026-03",
                           user="ani")
    # The console's object, every field and their order (a public interface).
    assert list(checked.items()) == [("month", "2026-03"), *fx.EXPECTED.items(),
                                     ("report", checked["report"])]
    assert Path(str(checked["report"])).is_file()
    code, _out, err = console("billing", "reconcile", str(invoice), "--month", "2026-04",
                              user="ani")
    assert code == 1 and "bukan 2026-04" in err
    exported = console.json("billing", "export", "--month", "2026-03", "-o",
                            str(tmp_path / "tagihan.xlsx"), user="dewi")
    assert exported["rows"] == 8 and exported["masked"] is True
    paid = console.json("policy", "budget", "pay", "--year", "2026", "--amount", "268800",
                        "--paid-on", "2026-02-14", "--reference", "SP2D-1", "--month",
                        "2026-01", "--month", "2026-02", user="budi")
    assert paid["payments"][0]["months"] == ["2026-01", "2026-02"]  # type: ignore[index]


def test_budget_exceeded_exits_1(console: Console) -> None:
    console.json("policy", "budget", "allocate", "--year", "2026", "--amount", "1000000",
                 "--document", "DPA 2026", user="budi")
    code, _out, err = console("quota", "open", "--year", "2026", "--programmes", "JKK,JKM",
                              "--seats", "10", user="budi")
    assert code == 1 and "kurang Rp1.016.000" in err
