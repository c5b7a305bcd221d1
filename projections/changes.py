"""What changed between two recorded moments, and which events changed it.

Both moments are answered from the events alone (the as-of replay), on one coverage day or
on each moment's own date; the figures are the `stats` figures. An event explains a figure
when its type can move that figure (`MOVES`) and the figure did change; a figure that
changed with no such event changed with the coverage day (coverage ending, a quota's
period running out), which `by_time` says.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

ENROLMENT_FIGURES = ("active_members", "by_programme", "by_kecamatan", "by_segment", "by_sex",
                     "quotas")
# Which figures an event of a type (or of an aggregate, "Kuota.") can move.
MOVES: dict[str, tuple[str, ...]] = {
    "Peserta.Registered": ("registered_workers",),
    "Peserta.Enrolled": ENROLMENT_FIGURES,
    "Peserta.EnrolmentTerminated": ENROLMENT_FIGURES,
    "Peserta.DeathRecorded": ENROLMENT_FIGURES,
    "Peserta.DetailsCorrected": ("by_kecamatan", "by_segment", "by_sex"),
    "Kuota.": ("quotas",),
    "Klaim.": ("claims",),
}


def figures_of(stats: Mapping[str, Any]) -> dict[str, Any]:
    """The comparable figures of a `stats` answer."""
    return {
        "active_members": int(stats["active_members"]),
        "registered_workers": int(stats["registered_workers"]),
        "by_programme": dict(stats["by_programme"]),
        "by_kecamatan": dict(stats["by_kecamatan"]),
        "by_segment": dict(stats.get("by_segment") or {}),
        "by_sex": dict(stats.get("by_sex") or {}),
        "quotas": {q["quota"]: {"seats": int(q["seats"]), "used": int(q["used"])}
                   for q in stats["quotas"]},
        "claims": dict(stats["claims"].get("by_state") or {}),
    }


def compare(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """Each figure that differs: a number as {"from", "to"}; a breakdown as the keys that
    differ, each {"from", "to"} (a key absent on one side counts as 0 or nothing)."""
    changed: dict[str, Any] = {}
    for name, old in before.items():
        new = after[name]
        if isinstance(old, dict):
            keys = sorted(set(old) | set(new))
            moved = {k: {"from": old.get(k, _empty(new.get(k))),
                         "to": new.get(k, _empty(old.get(k)))}
                     for k in keys if old.get(k) != new.get(k)}
            if moved:
                changed[name] = moved
        elif old != new:
            changed[name] = {"from": old, "to": new}
    return changed


def _empty(other: Any) -> Any:
    return 0 if isinstance(other, int) else None


def figures_moved_by(event_type: str) -> tuple[str, ...]:
    exact = MOVES.get(event_type)
    if exact is not None:
        return exact
    aggregate = event_type.split(".", 1)[0] + "."
    return MOVES.get(aggregate, ())


def explain(changed: Mapping[str, Any], events: Iterable[Mapping[str, Any]]
            ) -> tuple[list[dict[str, Any]], list[str]]:
    """(the events that explain a changed figure, the changed figures no event explains)."""
    explained: list[dict[str, Any]] = []
    covered: set[str] = set()
    for event in events:
        moved = [f for f in figures_moved_by(str(event["type"])) if f in changed]
        if moved:
            covered.update(moved)
            explained.append({"position": event["position"], "time": event["time"],
                              "actor": event["actor"], "workstation": event["workstation"],
                              "type": event["type"], "aggregate_id": event["aggregate_id"],
                              "reason": event.get("reason") or "", "figures": moved})
    return explained, sorted(set(changed) - covered)


def changes_between(app: Any, start: datetime, end: datetime, on: date | None = None
                    ) -> dict[str, Any]:
    """The `changes` answer: the figures at both recorded moments (on `on`, else on each
    moment's own date) and the events recorded between them that explain each change."""
    from domain.services.history import describe_event
    from projections.replay import coverage_day, replay_as_of

    answers = []
    for moment in (start, end):
        replayed = replay_as_of(app, moment)
        try:
            stats = replayed.stats(coverage_day(moment, on, replayed.today()))
            answers.append((replayed.position(), figures_of(stats)))
        finally:
            replayed.close()
    (first, before), (last, after) = answers
    changed = compare(before, after)
    events = [describe_event(position, event)
              for position, event in app.iter_events(first + 1, last)] if last > first else []
    explained, by_time = explain(changed, events)
    return {"from": start.isoformat(), "to": end.isoformat(), "on": on.isoformat() if on
            else None, "positions": {"from": first, "to": last}, "events": len(events),
            "figures": changed, "explained_by": explained, "by_time": by_time}
