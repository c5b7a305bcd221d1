"""Indonesian formats shared by the GUI and the reports: Rp16.800, 81.466, 21 November 2026.

One module so every screen and every PDF writes money, counts, dates and percentages the
same way. Babel supplies the locale rules; the language defaults to the user's choice.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal

from domain.i18n import current_language

_LOCALES = {"id": "id_ID", "en": "en_GB"}


def _locale(language: str | None) -> str:
    return _LOCALES.get(language or current_language(), "id_ID")


def format_number(value: int, language: str | None = None) -> str:
    """81466 → '81.466' (Indonesian) or '81,466' (English)."""
    return str(format_decimal(int(value), locale=_locale(language)))


def format_rupiah(value: int, language: str | None = None) -> str:
    """16800 → 'Rp16.800'; negative amounts keep their sign before the symbol."""
    amount = int(value)
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{format_number(abs(amount), language)}"


def format_date(value: date, language: str | None = None) -> str:
    """date(2026, 11, 21) → '21 November 2026' (English: '21 November 2026')."""
    return str(_babel_date(value, format="d MMMM y", locale=_locale(language)))


def format_percent(value: float, digits: int = 2, language: str | None = None) -> str:
    """63.47 → '63,47%' (the value is already a percentage, not a fraction)."""
    pattern = "#,##0." + "0" * digits if digits > 0 else "#,##0"
    text = format_decimal(round(float(value), digits), format=pattern, locale=_locale(language))
    return f"{text}%"
