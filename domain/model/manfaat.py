"""AturanManfaat: the benefit figures of JKK and JKM (and the claim follow-up rules),
each with the date it takes effect and its legal basis; every change is an event."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.model.common import Stamp
from domain.model.ids import benefit_rules_id

if TYPE_CHECKING:  # the shipped figures' module (and its CSV reading) loads when used
    from domain.reference import FigureData

CONFIRMED, UNCONFIRMED = "terkonfirmasi", "belum_dikonfirmasi"
FIGURE_STATUSES = (CONFIRMED, UNCONFIRMED)


class AturanManfaat(Aggregate):
    """The one benefit-rule schedule of the store (seeded from `manfaat-klaim.csv`)."""

    @staticmethod
    def create_id(**_: Any) -> UUID:
        return benefit_rules_id()

    @event("Created")
    def __init__(self, stamp: Stamp) -> None:
        self.figures: list[FigureData] = []

    def set_figure(self, figure: FigureData, stamp: Stamp) -> None:
        self._figure_set(
            programme=figure["programme"],
            component=figure["component"],
            effective_from=figure["effective_from"],
            kind=figure["kind"],
            value=figure["value"],
            basis=figure["basis"],
            status=figure["status"],
            stamp=stamp,
        )

    @event("FigureSet")
    def _figure_set(
        self,
        programme: str,
        component: str,
        effective_from: date,
        kind: str,
        value: int,
        basis: str,
        status: str,
        stamp: Stamp,
    ) -> None:
        key = (programme, component, effective_from)
        self.figures = [
            f for f in self.figures
            if (f["programme"], f["component"], f["effective_from"]) != key
        ]
        self.figures.append(
            {
                "programme": programme,
                "component": component,
                "effective_from": effective_from,
                "kind": kind,
                "value": value,
                "basis": basis,
                "status": status,
            }
        )
        self.figures.sort(key=lambda f: (f["programme"], f["component"], f["effective_from"]))
