"""Finding the worker a form is about by NIK or by part of the name, and saying who it is
before anything is saved (claims, and any form that names a worker)."""

from __future__ import annotations

from typing import Any

from desktop.gui.forms import Values
from desktop.gui.qt import QCoreApplication
from domain.errors import ValidationError
from projections.api import MembershipFilter

NIK_DIGITS = 16
MIN_NAME_PART = 3


def find_worker(models: Any, text: str) -> dict[str, Any] | None:
    """The one worker whose whole NIK is `text`, or whose name is the only one containing
    `text`; None when nothing or more than one matches (the clerk types more)."""
    wanted = " ".join(str(text or "").split())
    if wanted.isdigit() and len(wanted) == NIK_DIGITS:
        row: dict[str, Any] | None = models.membership_row(wanted)
        return row
    if len(wanted) < MIN_NAME_PART or wanted.isdigit():
        return None
    page = models.membership_page(MembershipFilter(search=wanted), limit=2)
    return dict(page.rows[0]) if page.total == 1 else None


def describe_worker(row: dict[str, Any] | None, masked_nik: str) -> str:
    if row is None:
        return ""
    text = QCoreApplication.translate("worker_lookup",
                                      "{name} · NIK {nik} · {kelurahan}, {kecamatan}")
    return text.format(
        name=row.get("name", ""), nik=masked_nik, kelurahan=row.get("kelurahan", ""),
        kecamatan=row.get("kecamatan", ""))


def require_worker(models: Any, values: Values, key: str = "worker") -> dict[str, Any]:
    row = find_worker(models, values.get(key) or "")
    if row is None:
        raise ValidationError("gui.worker_not_found", text=str(values.get(key) or ""))
    return row
