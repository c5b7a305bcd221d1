"""The recorded history's span and its key moments, for a timeline of time travel.

Read from the audit trail (`ReadModels.audit_trail`), so the live read models answer it
in a few indexed queries: the first recorded event, and the events an auditor steers by
(quotas opened or changed, MoU/PKS registered, renewed or ended, invoices reconciled,
months closed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from projections.api import AuditRow, ReadModels

# The event types of key moments, in the order a timeline lists kinds.
KEY_EVENT_TYPES = (
    "Kuota.Opened",
    "Kuota.ChangeApproved",
    "Perjanjian.Registered",
    "Perjanjian.Renewed",
    "Perjanjian.RenewalProposed",
    "Perjanjian.Terminated",
    "Tagihan.InvoiceReconciled",
    "PeriodeTertutup.Closed",
)
MOST_PER_TYPE = 500  # a timeline's marks: the latest of each kind beyond that are enough


@dataclass(frozen=True)
class KeyMoment:
    """An event to steer by: when it was recorded, where in the log, and its audit row."""

    moment: datetime
    position: int
    event_type: str
    row: AuditRow


def first_recorded(models: ReadModels) -> datetime | None:
    """When the first event in the read models was recorded (None: no event yet)."""
    total = models.audit_trail(limit=0).total
    if not total:
        return None
    oldest = models.audit_trail(offset=total - 1, limit=1).rows
    return datetime.fromisoformat(str(oldest[0]["time"])) if oldest else None


def key_moments(models: ReadModels) -> list[KeyMoment]:
    """The key moments of the history, oldest first."""
    found = [KeyMoment(datetime.fromisoformat(str(row["time"])), int(row["position"]),
                       event_type, row)
             for event_type in KEY_EVENT_TYPES
             for row in models.audit_trail(event_type=event_type, limit=MOST_PER_TYPE).rows]
    return sorted(found, key=lambda key: key.position)
