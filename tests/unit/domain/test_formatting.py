from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from domain.formatting import (
    format_date,
    format_datetime,
    format_month_short,
    format_number,
    format_percent,
    format_rupiah,
)


@pytest.mark.parametrize(("value", "text"), [
    (0, "0"), (999, "999"), (1000, "1.000"), (81466, "81.466"), (1234567, "1.234.567"),
    (-1500, "-1.500"),
])
def test_numbers_use_dots_between_thousands(value: int, text: str) -> None:
    assert format_number(value) == text


@pytest.mark.parametrize(("value", "text"), [
    (16800, "Rp16.800"), (16_423_545_600, "Rp16.423.545.600"), (0, "Rp0"), (-5000, "-Rp5.000"),
])
def test_rupiah(value: int, text: str) -> None:
    assert format_rupiah(value) == text


@pytest.mark.parametrize(("value", "digits", "text"), [
    (63.4712, 2, "63,47%"), (72.5, 2, "72,50%"), (1234.5, 1, "1.234,5%"), (50, 0, "50%"),
])
def test_percent_uses_a_decimal_comma(value: float, digits: int, text: str) -> None:
    assert format_percent(value, digits) == text


def test_dates_are_spelled_in_indonesian() -> None:
    assert format_date(date(2026, 11, 21)) == "21 November 2026"
    assert format_date(date(2025, 8, 1)) == "1 Agustus 2025"
    assert format_month_short(date(2025, 5, 1)) == "Mei 25"


def test_datetime_names_the_zone() -> None:
    wita = timezone(timedelta(hours=8), "WITA")
    assert format_datetime(datetime(2026, 1, 2, 9, 5, 7, tzinfo=wita)) == (
        "2 Januari 2026 09.05.07 WITA")
