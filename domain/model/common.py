"""Values every aggregate shares: who did a thing, from where and why; the programmes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from eventsourcing.persistence import Transcoding

from domain.errors import ValidationError

PROGRAMMES = ("JKK", "JKM", "JHT")


@dataclass(frozen=True)
class Stamp:
    """Who did it (user name), from which workstation, and the reason they gave."""

    actor: str
    workstation: str
    reason: str = ""


def no_stamp(state: dict[str, Any]) -> None:
    """Upcasts version 1 of an event recorded without the command's stamp (who, from
    which workstation, why) to version 2, which carries it: the stamp is unknown."""
    state["stamp"] = None


class StampAsDict(Transcoding):
    type = Stamp
    name = "stamp"

    def encode(self, obj: Stamp) -> dict[str, str]:
        return {"actor": obj.actor, "workstation": obj.workstation, "reason": obj.reason}

    def decode(self, data: dict[str, Any]) -> Stamp:
        return Stamp(str(data["actor"]), str(data["workstation"]), str(data.get("reason", "")))


class DateAsISO(Transcoding):
    type = date
    name = "date_iso"

    def encode(self, obj: date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> date:
        return date.fromisoformat(data)


def normalise_programmes(values: object) -> list[str]:
    """Programme codes, upper-case, known, de-duplicated, in canonical order."""
    if isinstance(values, str):
        items = [v for v in values.replace("+", ",").split(",")]
    else:
        items = [str(v) for v in values]  # type: ignore[attr-defined]
    codes = {item.strip().upper() for item in items if item.strip()}
    for code in codes:
        if code not in PROGRAMMES:
            raise ValidationError("programme.unknown", value=code)
    if not codes:
        raise ValidationError("programme.none")
    return [p for p in PROGRAMMES if p in codes]


def require_reason(stamp: Stamp) -> None:
    if not stamp.reason.strip():
        raise ValidationError("reason.required")


def event_transcodings() -> tuple[Transcoding, ...]:
    """The domain's own value types in stored events (after eventsourcing's UUID, Decimal
    and datetime, which `Application.register_transcodings` registers)."""
    return (DateAsISO(), StampAsDict())
