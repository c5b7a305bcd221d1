"""Indonesian number, money, date and percentage formats, shared by the GUI and the reports.

Standard library only (the domain's rule), so every screen and every PDF writes figures
the same way: `Rp16.800`, `81.466`, `21 November 2026`, `63,47%`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
# English names, for screens shown in English (reports are Indonesian documents).
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt",
                "Nov", "Des")


def format_number(value: int) -> str:
    """An integer with `.` between thousands: 81466 → `81.466`, -1500 → `-1.500`."""
    return f"{int(value):,}".replace(",", ".")


def format_rupiah(value: int) -> str:
    """Whole rupiah: 16800 → `Rp16.800`, -5000 → `-Rp5.000`."""
    amount = int(value)
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{format_number(abs(amount))}"


def format_decimal(value: float, digits: int = 2) -> str:
    """A decimal number with `,` as decimal mark and `.` between thousands."""
    text = f"{float(value):,.{digits}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def format_percent(value: float, digits: int = 2) -> str:
    """A percentage given in percent units: 63.4712 → `63,47%`."""
    return f"{format_decimal(value, digits)}%"


def month_names(language: str = "id") -> tuple[str, ...]:
    return MONTHS_EN if language == "en" else MONTHS


def format_date(value: date, language: str = "id") -> str:
    """A date spelled out: 2026-11-21 → `21 November 2026` (`2 Desember` / `2 December`)."""
    return f"{value.day} {month_names(language)[value.month - 1]} {value.year}"


def format_month(value: date, language: str = "id") -> str:
    """A month: 2026-11-01 → `November 2026`."""
    return f"{month_names(language)[value.month - 1]} {value.year}"


def format_month_short(value: date) -> str:
    """A short month label for charts: 2026-11-01 → `Nov 26`."""
    return f"{MONTHS_SHORT[value.month - 1]} {value.year % 100:02d}"


def format_datetime(value: datetime, zone_label: str = "") -> str:
    """A moment: `21 November 2026 10.05.30 WITA` (Indonesian uses `.` in times)."""
    clock = f"{value.hour:02d}.{value.minute:02d}.{value.second:02d}"
    label = zone_label or (value.tzname() or "")
    return f"{format_date(value.date())} {clock}{' ' + label if label else ''}"


def format_moment_short(value: datetime, seconds: bool = False) -> str:
    """A recorded moment in tables and panes, always in WITA: `02-12-2026 10.05 WITA`
    (`10.05.30` with seconds). Naive moments are taken as UTC, as the store records them."""
    from domain.values import WITA

    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone(WITA)
    clock = f"{local:%H.%M.%S}" if seconds else f"{local:%H.%M}"
    return f"{local:%d-%m-%Y} {clock} WITA"
