"""The demo's history happens over time: its steps run in the order of their moments, the
clock never goes back nor past the build's start, and only the demo's builder is given
the clock new events are stamped with."""

from __future__ import annotations

import re
import threading
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import eventsourcing.domain

from domain.demo_clock import STEP, Agenda, DemoClock, office_moment
from infra.eventsourcing_compat import events_stamped_by

ROOT = Path(__file__).resolve().parents[3]
END = datetime(2026, 12, 2, 2, tzinfo=UTC)


def test_office_moments_are_makassar_time() -> None:
    assert office_moment(date(2024, 1, 1)) == datetime(2024, 1, 1, 0, tzinfo=UTC)  # 08.00
    assert office_moment(date(2025, 7, 14), time(15, 30)) == datetime(
        2025, 7, 14, 7, 30, tzinfo=UTC)


def test_the_clock_never_goes_back_nor_past_the_end() -> None:
    clock = DemoClock(END)
    clock.move_to(office_moment(date(2025, 1, 1)))
    assert clock.today() == date(2025, 1, 1)
    clock.move_to(office_moment(date(2024, 6, 1)))  # earlier: a step after instead
    assert clock.now() == office_moment(date(2025, 1, 1)) + STEP
    clock.move_to(datetime(2027, 1, 1, tzinfo=UTC))
    assert clock.now() == END
    clock.move_to(datetime(2028, 1, 1, tzinfo=UTC))
    assert clock.now() == END


def test_the_agenda_runs_by_moment_then_by_plan_and_steps_may_plan_more() -> None:
    clock = DemoClock(END)
    agenda, done = Agenda(clock), []

    def remember(name: str) -> None:
        done.append((name, clock.today()))

    agenda.on(date(2025, 3, 1), lambda: remember("march"))
    agenda.on(date(2024, 1, 1), lambda: (remember("first"), agenda.on(
        date(2024, 2, 1), lambda: remember("planned by first"))))
    agenda.on(date(2024, 1, 1), lambda: remember("second, same moment"))
    agenda.on(date(2024, 1, 1), lambda: remember("earlier hour"), at=time(7, 0))
    agenda.run()
    assert done == [("earlier hour", date(2024, 1, 1)), ("first", date(2024, 1, 1)),
                    ("second, same moment", date(2024, 1, 1)),
                    ("planned by first", date(2024, 2, 1)), ("march", date(2025, 3, 1))]


def test_events_are_stamped_by_the_demo_clock_in_its_thread_only() -> None:
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    elsewhere: list[datetime] = []
    real = eventsourcing.domain.datetime_now_with_tzinfo
    with events_stamped_by(lambda: moment):
        stamped = eventsourcing.domain.DomainEvent.create_timestamp()
        other = threading.Thread(
            target=lambda: elsewhere.append(eventsourcing.domain.DomainEvent.create_timestamp()))
        other.start()
        other.join()
    assert stamped == moment
    assert datetime.now(UTC) - elsewhere[0] < timedelta(minutes=5)  # the real clock
    assert eventsourcing.domain.datetime_now_with_tzinfo is real  # put back


def test_only_the_demo_builder_is_given_the_event_clock() -> None:
    """A clerk's command can never record a chosen time: the seam is named in the
    composition root's `build_demo` only (and defined in infra's compat module)."""
    users = []
    for package in ("berjasa", "desktop", "domain", "infra", "projections", "reports",
                    "billing", "importer"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if re.search(r"\bevents_stamped_by\b", path.read_text(encoding="utf-8")):
                users.append(path.relative_to(ROOT).as_posix())
    assert users == ["berjasa/bootstrap.py", "infra/eventsourcing_compat.py"]
