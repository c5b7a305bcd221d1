"""The shape of a snapshot found wrong (and dropped) as plain values, without the
`Pemeliharaan` aggregate: verification, the maintenance service and the console share it."""

from __future__ import annotations

from typing import TypedDict


class SnapshotFacts(TypedDict):
    aggregate_id: str
    aggregate_type: str
    version: int
    problem: str
