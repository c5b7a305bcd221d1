"""The quota recap marks a quota whose opening is not confirmed (issue 23): beside its name
in the table, and listed under it; a confirmed quota carries no mark."""

from __future__ import annotations

from typing import Any

from reports.quota import _quota_rows

BASE: dict[str, Any] = {"programmes": ["JKK", "JKM"], "period_start": "2027-01-01",
                        "period_end": "2027-12-31", "seats": 250, "used": 0, "free": 250,
                        "seat_months": 3000, "need": 50_400_000, "member_months": 0, "cost": 0}


def test_unconfirmed_and_refused_openings_are_marked_beside_the_name() -> None:
    rows = _quota_rows([
        {**BASE, "quota": "KU-2027-01", "label": "Kader", "opening": "belum_dikonfirmasi"},
        {**BASE, "quota": "KU-2027-02", "label": "Ojek", "opening": "ditolak"},
        {**BASE, "quota": "KU-2027-03", "label": "Pasar", "opening": "dikonfirmasi"},
        {**BASE, "quota": "KU-2024-01", "label": "Lama"},  # before the rule: no mark
    ])
    assert [r[1] for r in rows] == ["Kader (BELUM DIKONFIRMASI)", "Ojek (PEMBUKAAN DITOLAK)",
                                    "Pasar", "Lama"]
