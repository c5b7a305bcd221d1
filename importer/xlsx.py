"""A fast reader for plain .xlsx worksheets: the values openpyxl's read-only
`iter_rows(values_only=True)` gives, at a fraction of its cost per row.

openpyxl builds a dict and runs several lookups per cell (~124 µs per 11-cell row here);
this walks the sheet XML with the C `ElementTree.iterparse` and turns each cell into its
value directly. Its row and padding rules copy openpyxl's `ReadOnlyWorksheet._cells_by_row`
and `_get_row` (the `<dimension>` pads rows and stops at its last row; missing rows and
cells are None). Number formats are classified once per workbook by openpyxl's own
stylesheet code and dates converted by its `from_excel`, so a date-formatted number is the
same datetime either way.

Anything unusual makes `open_plain_workbook` return None and the caller use openpyxl:
a file that is not a plain zip package, a 1904-epoch workbook, a sheet part or relation
that is not where the package says, a stylesheet openpyxl would warn about.
"""

from __future__ import annotations

import logging
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError, fromstring, iterparse

from importer.xlsxscan import UnscannableError, scanned_rows
from importer.xlsxvalues import column_number as _column_number
from importer.xlsxvalues import number_of
from importer.xlsxvalues import row_number as _row_number

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
_ROW, _CELL, _VALUE = f"{_MAIN}row", f"{_MAIN}c", f"{_MAIN}v"
_INLINE, _TEXT, _RUN = f"{_MAIN}is", f"{_MAIN}t", f"{_MAIN}r"
_DIMENSION, _SHEET_DATA = f"{_MAIN}dimension", f"{_MAIN}sheetData"
log = logging.getLogger(__name__)

Row = tuple[Any, ...]


class NotPlainError(Exception):
    """The workbook needs openpyxl (see the module's docstring)."""


# What a damaged sheet raises part way through (bad XML, a string index out of range...).
PLAIN_READ_ERRORS = (ParseError, ValueError, IndexError, KeyError, OSError, zipfile.BadZipFile,
                     EOFError)


@dataclass(frozen=True)
class Sheet:
    title: str
    part: str  # its path inside the zip
    max_row: int | None  # from `<dimension>`, as openpyxl's read-only `max_row`
    max_column: int | None


class PlainWorkbook:
    """An open .xlsx read without openpyxl's per-cell machinery; close it after use."""

    scan = True  # off: ElementTree reads every row (tests compare the two)

    def __init__(self, path: Path) -> None:
        self._archive = zipfile.ZipFile(path)
        try:
            self.sheets = _worksheets(self._archive)
            self._strings = _shared_strings(self._archive)
            self._dates, self._durations = _date_styles(self._archive)
        except Exception:
            self._archive.close()
            raise

    def close(self) -> None:
        self._archive.close()

    def __enter__(self) -> PlainWorkbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def sheet(self, title: str) -> Sheet:
        for sheet in self.sheets:
            if sheet.title == title:
                return sheet
        raise KeyError(title)

    def values(self, sheet: Sheet) -> Iterator[Row]:
        """Every row's values from row 1, as openpyxl's `iter_rows(values_only=True)`."""
        max_row, max_col = sheet.max_row, sheet.max_column
        empty_row: Row = (None,) * max_col if max_col is not None else ()
        counter = idx = 1
        for idx, cells in self._rows(sheet):
            if max_row is not None and idx > max_row:
                break
            while counter < idx:  # rows the file leaves out
                counter += 1
                yield empty_row
            if counter <= idx:
                counter += 1
                yield _padded(cells, max_col)
        if max_row is not None and max_row < idx:
            for _ in range(counter, max_row + 1):
                yield empty_row

    def count_rows(self, sheet: Sheet) -> int:
        """The `<row>` elements of a sheet, counted in its bytes without parsing them:
        a progress bar's total when the file states no dimensions."""
        count, tail = 0, b""
        with self._archive.open(sheet.part) as source:
            while chunk := source.read(1 << 20):
                data = tail + chunk
                count += data.count(b"<row ") + data.count(b"<row>")
                tail = data[-4:]  # a tag split across chunks is counted once, in `data`
        return count

    def _rows(self, sheet: Sheet) -> Iterator[tuple[int, list[tuple[int, Any]]]]:
        """Every `<row>`'s number and cells: by the byte scanner (`importer.xlsxscan`)
        while the sheet keeps to its grammar, then by ElementTree from the first row it
        does not vouch for (the rows before are the same either way)."""
        done = 0
        if self.scan:
            try:
                with self._archive.open(sheet.part) as source:
                    for row in scanned_rows(source, self._strings, self._dates,
                                            self._durations):
                        yield row
                        done += 1
                return
            except UnscannableError as reason:
                log.debug("sheet %s read by ElementTree after %d rows: %s", sheet.title,
                          done, reason)
        with self._archive.open(sheet.part) as source:
            yield from islice(self._parsed_rows(source), done, None)

    def _parsed_rows(self, source: IO[bytes]) -> Iterator[tuple[int, list[tuple[int, Any]]]]:
        row_number = 0
        for _event, element in iterparse(source):
            if element.tag != _ROW:
                continue
            number = element.get("r")
            row_number = _row_number(number) if number else row_number + 1
            column, cells = 0, []
            for cell in element:
                if cell.tag != _CELL:
                    continue
                reference = cell.get("r")
                column = _column_number(reference) if reference else column + 1
                cells.append((column, self._value(cell)))
            element.clear()
            yield row_number, cells

    def _value(self, cell: Element) -> Any:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(_INLINE)
            if inline is None:
                return None
            if len(inline) == 1 and inline[0].tag == _TEXT:  # the usual `<is><t>…</t></is>`
                return inline[0].text or ""
            return _text_of(inline)
        value = cell.findtext(_VALUE) or None
        if value is None:
            return None
        if kind == "n":
            return number_of(value, cell.get("s"), self._dates, self._durations)
        if kind == "s":
            return self._strings[int(value)]
        if kind == "b":
            return bool(int(value))
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            return from_ISO8601(value)
        return value  # "str" (a formula's cached text), "e" (an error such as #N/A)


def open_plain_workbook(path: Path) -> PlainWorkbook | None:
    """The workbook for the fast reader, or None when it needs openpyxl."""
    try:
        return PlainWorkbook(path)
    except (NotPlainError, *PLAIN_READ_ERRORS):
        return None


def _padded(cells: list[tuple[int, Any]], max_col: int | None) -> Row:
    if not cells and not max_col:
        return ()
    width = max_col or cells[-1][0]  # openpyxl: the last cell's column, not the largest
    row: list[Any] = [None] * width
    for column, value in cells:
        if 1 <= column <= width:
            row[column - 1] = value
    return tuple(row)


def _text_of(element: Element) -> str:
    """A string item's text without its formatting: `<t>` and each run's `<t>`, as
    openpyxl's `Text.content` (phonetic guides left out)."""
    parts = [element.findtext(_TEXT) or ""]
    parts.extend(run.findtext(_TEXT) or "" for run in element.iterfind(_RUN))
    return "".join(parts)


def _read_xml(archive: zipfile.ZipFile, part: str) -> Element:
    return fromstring(archive.read(part))


def _worksheets(archive: zipfile.ZipFile) -> list[Sheet]:
    """The workbook's worksheets in its order (openpyxl's `workbook.worksheets`)."""
    package = _read_xml(archive, "_rels/.rels")
    office = [rel.get("Target", "") for rel in package.iter(f"{_PKG_REL}Relationship")
              if rel.get("Type", "").endswith("/officeDocument")]
    if [target.lstrip("/") for target in office] != ["xl/workbook.xml"]:
        raise NotPlainError("the workbook part is not xl/workbook.xml")
    workbook = _read_xml(archive, "xl/workbook.xml")
    properties = workbook.find(f"{_MAIN}workbookPr")
    if properties is not None and properties.get("date1904") in ("1", "true"):
        raise NotPlainError("1904 date system")
    targets = {}
    for rel in _read_xml(archive, "xl/_rels/workbook.xml.rels").iter(f"{_PKG_REL}Relationship"):
        if rel.get("Type") == _WORKSHEET_REL and rel.get("TargetMode") != "External":
            targets[rel.get("Id")] = _part_path(rel.get("Target", ""))
    names = set(archive.namelist())
    sheets = []
    for entry in workbook.iter(f"{_MAIN}sheet"):
        part = targets.get(entry.get(f"{_REL}id"))
        if part is None:
            continue  # a chartsheet or dialog sheet: not in openpyxl's `worksheets` either
        if part not in names:
            raise NotPlainError(f"missing sheet part {part}")
        sheets.append(Sheet(entry.get("name", ""), part, *_dimensions(archive, part)))
    if not sheets:
        raise NotPlainError("no worksheets")
    return sheets


def _part_path(target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join("xl", target))


def _dimensions(archive: zipfile.ZipFile, part: str) -> tuple[int | None, int | None]:
    """The sheet's stated last row and column, read only up to `<sheetData>`."""
    from openpyxl.utils.cell import range_boundaries

    # Start events: `<sheetData>`'s end would come only after every row had been parsed
    # (what makes openpyxl's own check cost seconds on a sheet without dimensions).
    with archive.open(part) as source:
        for _event, element in iterparse(source, events=("start",)):
            if element.tag == _SHEET_DATA:
                break
            if element.tag == _DIMENSION:
                _min_col, _min_row, max_col, max_row = range_boundaries(element.get("ref", ""))
                return max_row, max_col
    return None, None


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    part = "xl/sharedStrings.xml"
    if part not in archive.namelist():
        return []
    strings = []
    with archive.open(part) as source:
        for _event, element in iterparse(source):
            if element.tag == f"{_MAIN}si":
                # openpyxl drops the escape of an escaped underscore the same way
                strings.append(_text_of(element).replace("x005F_", ""))
                element.clear()
    return strings


def _date_styles(archive: zipfile.ZipFile) -> tuple[set[int], set[int]]:
    """The cell styles (indices) whose number format is a date, and of those a duration,
    classified by openpyxl's own stylesheet code so both readers agree."""
    if "xl/styles.xml" not in archive.namelist():
        return set(), set()
    import warnings

    from openpyxl.styles.stylesheet import Stylesheet

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a stylesheet openpyxl warns about: let it read it
        try:
            stylesheet = Stylesheet.from_tree(_read_xml(archive, "xl/styles.xml"))
        except (Warning, TypeError) as error:
            raise NotPlainError(f"stylesheet: {error}") from None
    return set(stylesheet.date_formats), set(stylesheet.timedelta_formats)
