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
from typing import TYPE_CHECKING, Any, TypedDict, TypeGuard, cast

from projections.api import Stats

if TYPE_CHECKING:  # the services are loaded by `changes_between` only, when it runs
    from domain.services.history import EventRecord

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


class Seats(TypedDict):
    seats: int
    used: int


class Figures(TypedDict):
    """The comparable figures of a `stats` answer."""

    active_members: int
    registered_workers: int
    by_programme: dict[str, int]
    by_kecamatan: dict[str, int]
    by_segment: dict[str, int]
    by_sex: dict[str, int]
    quotas: dict[str, Seats]
    claims: dict[str, int]  # by state


# A figure's move: {"from", "to"} (a number's, or one key's of a breakdown).
Move = TypedDict("Move", {"from": object, "to": object})
# What changed of a figure: a number's move, or a breakdown's moves by key.
FigureChange = Move | dict[str, Move]


class ExplainingEvent(TypedDict):
    position: int
    time: str
    actor: str | None
    workstation: str | None
    type: str
    aggregate_id: str
    reason: str
    figures: list[str]  # the changed figures its type can move


Changes = TypedDict("Changes", {
    "from": str, "to": str, "on": str | None, "positions": dict[str, int], "events": int,
    "figures": dict[str, FigureChange], "explained_by": list[ExplainingEvent],
    "by_time": list[str]})


def is_move(change: FigureChange) -> TypeGuard[Move]:
    """A number's move (not a breakdown's: whose values are moves themselves)."""
    return "from" in change and "to" in change and not isinstance(change["from"], dict)


def moves(change: FigureChange) -> list[tuple[str, Move]]:
    """What moved: ("", move) for a number, (key, move) for each key of a breakdown."""
    if is_move(change):
        return [("", change)]
    return list(cast(dict[str, Move], change).items())  # not a move: a breakdown


def figures_of(stats: Stats) -> Figures:
    """The comparable figures of a `stats` answer."""
    return Figures(
        active_members=stats["active_members"],
        registered_workers=stats["registered_workers"],
        by_programme=dict(stats["by_programme"]),
        by_kecamatan=dict(stats["by_kecamatan"]),
        by_segment=dict(stats["by_segment"]),
        by_sex=dict(stats["by_sex"]),
        quotas={q["quota"]: Seats(seats=q["seats"], used=q["used"]) for q in stats["quotas"]},
        claims=dict(stats["claims"]["by_state"]),
    )


def compare(before: Mapping[str, object], after: Mapping[str, object]
            ) -> dict[str, FigureChange]:
    """Each figure that differs: a number as {"from", "to"}; a breakdown as the keys that
    differ, each {"from", "to"} (a key absent on one side counts as 0 or nothing)."""
    changed: dict[str, FigureChange] = {}
    for name, old in before.items():
        new = after[name]
        if isinstance(old, dict) and isinstance(new, dict):
            keys = sorted(set(old) | set(new))
            moved = {k: Move({"from": old.get(k, _empty(new.get(k))),
                              "to": new.get(k, _empty(old.get(k)))})
                     for k in keys if old.get(k) != new.get(k)}
            if moved:
                changed[name] = moved
        elif old != new:
            changed[name] = Move({"from": old, "to": new})
    return changed


def _empty(other: object) -> int | None:
    return 0 if isinstance(other, int) else None


def figures_moved_by(event_type: str) -> tuple[str, ...]:
    exact = MOVES.get(event_type)
    if exact is not None:
        return exact
    aggregate = event_type.split(".", 1)[0] + "."
    return MOVES.get(aggregate, ())


def explain(changed: Mapping[str, object], events: Iterable[EventRecord]
            ) -> tuple[list[ExplainingEvent], list[str]]:
    """(the events that explain a changed figure, the changed figures no event explains)."""
    explained: list[ExplainingEvent] = []
    covered: set[str] = set()
    for event in events:
        moved = [f for f in figures_moved_by(str(event["type"])) if f in changed]
        if moved:
            covered.update(moved)
            explained.append(ExplainingEvent(
                position=event["position"], time=event["time"], actor=event["actor"],
                workstation=event["workstation"], type=event["type"],
                aggregate_id=event["aggregate_id"], reason=event["reason"] or "",
                figures=moved))
    return explained, sorted(set(changed) - covered)


def changes_between(app: Any, start: datetime, end: datetime, on: date | None = None
                    ) -> Changes:
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
    return Changes({"from": start.isoformat(), "to": end.isoformat(),
                    "on": on.isoformat() if on else None,
                    "positions": {"from": first, "to": last}, "events": len(events),
                    "figures": changed, "explained_by": explained, "by_time": by_time})
