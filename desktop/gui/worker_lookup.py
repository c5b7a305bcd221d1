"""Finding the worker a form is about by NIK or by part of the name, and saying who it is
before anything is saved (claims, and any form that names a worker)."""

from __future__ import annotations

from desktop.gui.forms import Values
from desktop.gui.qt import QCoreApplication
from domain.errors import ValidationError
from projections.api import MemberRow, MembershipFilter, ReadModels

NIK_DIGITS = 16
MIN_NAME_PART = 3


def find_worker(models: ReadModels, text: str) -> MemberRow | None:
    """The one worker whose whole NIK is `text`, or whose name is the only one containing
    `text`; None when nothing or more than one matches (the clerk types more)."""
    wanted = " ".join(str(text or "").split())
    if wanted.isdigit() and len(wanted) == NIK_DIGITS:
        return models.membership_row(wanted)
    if len(wanted) < MIN_NAME_PART or wanted.isdigit():
        return None
    page = models.membership_page(MembershipFilter(search=wanted), limit=2)
    return page.rows[0] if page.total == 1 else None


def describe_worker(row: MemberRow | None, masked_nik: str) -> str:
    if row is None:
        return ""
    text = QCoreApplication.translate("worker_lookup",
                                      "{name} · NIK {nik} · {kelurahan}, {kecamatan}")
    return text.format(
        name=row["name"], nik=masked_nik, kelurahan=row["kelurahan"],
        kecamatan=row["kecamatan"])


def require_worker(models: ReadModels, values: Values, key: str = "worker") -> MemberRow:
    row = find_worker(models, values.get(key) or "")
    if row is None:
        raise ValidationError("gui.worker_not_found", text=str(values.get(key) or ""))
    return row
