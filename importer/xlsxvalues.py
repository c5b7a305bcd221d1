"""Cell and row conversions shared by the two plain-sheet readers (`importer.xlsx`'s
ElementTree reader and `importer.xlsxscan`'s byte scanner), so both give the same value
for the same cell text."""

from __future__ import annotations

from typing import Any

_DIGITS = "0123456789"
COLUMNS: dict[str, int] = {}


def number_of(value: str, style: str | None, dates: set[int], durations: set[int]) -> Any:
    """A `t="n"` cell's value: int or float as written, a datetime when its style is a date
    format (openpyxl's rule)."""
    number = float(value) if ("." in value or "E" in value or "e" in value) else int(value)
    if style and dates and int(style) in dates:
        return as_date(number, int(style) in durations)
    return number


def as_date(number: float, as_duration: bool) -> Any:
    from openpyxl.utils.datetime import WINDOWS_EPOCH, from_excel

    try:
        return from_excel(number, WINDOWS_EPOCH, timedelta=as_duration)
    except (OverflowError, ValueError):
        return "#VALUE!"  # openpyxl's value for a date-styled number outside the calendar


def row_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise
        return int(number)


def column_number(reference: str) -> int:
    letters = reference.rstrip(_DIGITS)
    number = COLUMNS.get(letters)
    if number is None:
        number = 0
        for letter in letters.upper():
            if not "A" <= letter <= "Z":
                raise ValueError(f"{reference} is not a cell reference")
            number = number * 26 + ord(letter) - 64
        COLUMNS[letters] = number
    return number
