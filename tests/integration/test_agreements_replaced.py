"""A PKS that ended while its successor was already in force is "diganti" (replaced), not
"kedaluwarsa", for every reader of the read models (dashboard, MoU page, reports)."""

from __future__ import annotations

from datetime import date

from projections.queries import mark_replaced


def agreement(number: str, valid_from: str, valid_to: str, status: str,
              kind: str = "PKS", parent: str | None = "MOU-1") -> dict[str, object]:
    return {"number": number, "kind": kind, "parent": parent, "valid_from": valid_from,
            "valid_to": valid_to, "status": status}


def replaced_oracle(rows: list[dict[str, object]], on: date) -> set[str]:
    """Brute force: ended before `on`, and a later one of its kind and parent started."""
    day = on.isoformat()
    return {str(a["number"]) for a in rows
            if str(a["valid_to"]) < day and a["status"] in ("kedaluwarsa", "perlu_diperpanjang")
            and any(b is not a and b["kind"] == a["kind"] and b["parent"] == a["parent"]
                    and str(a["valid_from"]) < str(b["valid_from"]) <= day for b in rows)}


ROWS = [
    agreement("MOU-1", "2024-01-01", "2028-12-31", "berlaku", kind="MOU", parent=None),
    agreement("PKS-2024", "2024-01-01", "2024-12-31", "kedaluwarsa"),
    agreement("PKS-2025", "2025-01-01", "2025-12-31", "kedaluwarsa"),
    agreement("PKS-2026", "2026-01-01", "2026-12-31", "perlu_diperpanjang"),
    agreement("PKS-LAIN", "2024-01-01", "2024-12-31", "kedaluwarsa", parent="MOU-2"),
]


def test_replaced_agreements_are_marked_and_others_kept() -> None:
    on = date(2026, 12, 2)
    marked = {a["number"]: a for a in mark_replaced([dict(r) for r in ROWS], on)}
    replaced = {n for n, a in marked.items() if a["status"] == "diganti"}
    assert replaced == replaced_oracle(ROWS, on) == {"PKS-2024", "PKS-2025"}
    assert marked["PKS-2024"]["replaced_by"] == "PKS-2025"
    assert marked["PKS-LAIN"]["status"] == "kedaluwarsa"      # no successor: expired
    assert marked["PKS-2026"]["status"] == "perlu_diperpanjang"


def test_before_the_successor_starts_the_old_one_is_not_replaced() -> None:
    on = date(2024, 12, 31)
    marked = {a["number"]: a["status"] for a in mark_replaced([dict(r) for r in ROWS], on)}
    assert marked["PKS-2024"] == "kedaluwarsa" and replaced_oracle(ROWS, on) == set()
