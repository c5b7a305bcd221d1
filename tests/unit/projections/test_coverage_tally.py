"""The coverage tally of a rebuild: workers alike are counted once, times how many, and
give exactly the counts of adding each worker on its own."""

from __future__ import annotations

from typing import Any

from projections.coverage import Changes, add_contribution, coverage_state, tally_members

GROUPS = {"kecamatan": "Tallo", "kelurahan": "Kaluku Bodoa", "occupation": "Nelayan",
          "segment": "BPU", "sex": "L", "agent": ""}


def _member(worker: str, *spans: tuple[str, str, str | None, list[str]],
            **groups: str) -> dict[str, Any]:
    enrolments = [{"start": start, "until": until, "end": end, "programmes": programmes}
                  for start, until, end, programmes in spans]
    return {"worker_id": worker, **GROUPS, **groups, "enrolments": enrolments}


def _one_by_one(members: list[dict[str, Any]]) -> tuple[Changes, Changes]:
    bounds: Changes = {}
    gaps: Changes = {}
    for member in members:
        add_contribution(coverage_state(member), 1, bounds, gaps)
    return bounds, gaps


def test_workers_alike_count_as_many_times_as_they_are() -> None:
    single = ("2026-01-01", "2026-12-31", None, ["JKK", "JKM"])
    gappy = [("2025-01-01", "2025-06-30", None, ["JKK", "JKM"]),
             ("2025-09-01", "2025-12-31", "2025-11-15", ["JKK", "JKM", "JHT"])]
    members = [_member("a", single), _member("b", single), _member("c", single),
               _member("d", single, sex="P"), _member("e", *gappy), _member("f", *gappy),
               _member("g", ("2026-03-01", "2026-02-01", None, ["JKK"]))]  # covers no day
    bounds, gaps = tally_members(members)
    assert (bounds, gaps) == _one_by_one(members)
    assert bounds[("2026-01-01", "ALL", *GROUPS.values())] == [3, 0]
    assert bounds[("2027-01-01", "JKM", *GROUPS.values())] == [0, 3]
    assert gaps[("2025-06-30", "2025-09-01", "JKK", *GROUPS.values())] == [2, 0]
