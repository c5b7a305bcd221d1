"""Helpers the report modules share: paging through queries, NIKs, months, widths."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4, landscape

from domain.formatting import format_date, format_month_short
from domain.privacy import mask_nik
from projections.api import MembershipFilter, ReadModels
from reports.document import MARGIN

PAGE_ROWS = 2000


def avail_width(wide: bool = False) -> float:
    return float((landscape(A4) if wide else A4)[0] - 2 * MARGIN)


def all_members(read_models: ReadModels, flt: MembershipFilter,
                sort: str = "name") -> Iterator[dict[str, Any]]:
    """Every membership row matching `flt`, a page at a time."""
    offset = 0
    while True:
        page = read_models.membership_page(flt, sort=sort, offset=offset, limit=PAGE_ROWS)
        yield from page.rows
        offset += len(page.rows)
        if not page.rows or offset >= page.total:
            return


def shown_nik(nik: str | None, full: bool) -> str:
    """The NIK as this reader may see it: whole, or masked except its last 4 digits."""
    if not nik:
        return "-"
    return nik if full else mask_nik(nik)


def iso_day(value: Any) -> date | None:
    if not value:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def day_text(value: Any) -> str:
    day = iso_day(value)
    return format_date(day) if day else "-"


def short_day(value: Any) -> str:
    """`21-11-2026`: compact dates for dense tables."""
    day = iso_day(value)
    return f"{day:%d-%m-%Y}" if day else "-"


def month_label(month: str) -> str:
    """`2026-03` → `Mar 26`."""
    return format_month_short(date.fromisoformat(f"{month}-01"))


def programmes_text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "+".join(str(v) for v in value) or "-"
    return str(value or "-")


def sorted_counts(counts: dict[str, int]) -> list[tuple[str, int]]:
    """(key, count) by count, largest first, then key: the same order on every run."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
