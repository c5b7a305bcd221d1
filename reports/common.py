"""Helpers the report modules share: paging through queries, NIKs, months, widths."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, KeepTogether

from domain.formatting import format_date, format_month_short, format_number
from domain.privacy import mask_nik
from projections.api import MemberRow, MembershipFilter, ReadModels
from reports.document import MARGIN

PAGE_ROWS = 2000


def avail_width(wide: bool = False) -> float:
    return float((landscape(A4) if wide else A4)[0] - 2 * MARGIN)


def all_members(read_models: ReadModels, flt: MembershipFilter,
                sort: str = "name", on: date | None = None) -> Iterator[MemberRow]:
    """Every membership row matching `flt`, a page at a time, as of day `on` (its
    programmes, start and last day are those of the enrolment covering that day; None:
    the read models' today)."""
    offset = 0
    while True:
        page = read_models.membership_page(flt, sort=sort, offset=offset, limit=PAGE_ROWS,
                                           on=on)
        yield from page.rows
        offset += len(page.rows)
        if not page.rows or offset >= page.total:
            return


def shown_nik(nik: str | None, full: bool) -> str:
    """The NIK as this reader may see it: whole, or masked except its last 4 digits."""
    if not nik:
        return "-"
    return nik if full else mask_nik(nik)


NIK_IN_TEXT = re.compile(r"(?<!\d)\d{16}(?!\d)")


def shown_niks(text: str, full: bool) -> str:
    """`text` (an audit summary) with every 16-digit number masked unless `full`: the
    summaries name workers and heirs by NIK."""
    return text if full else NIK_IN_TEXT.sub(lambda m: mask_nik(m.group(0)), text)


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


def days_left_text(days: int) -> str:
    """`771`, or `lewat 325` for an agreement that ended 325 days ago."""
    return format_number(days) if days >= 0 else f"lewat {format_number(-days)}"


def keep(*flowables: Flowable) -> KeepTogether:
    """A heading kept on the same page as its (short) table."""
    return KeepTogether(list(flowables))
