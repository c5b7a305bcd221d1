"""Reading a worker list (.xlsx or .csv) row by row, wherever its header row is.

Files are streamed, never loaded whole: a 100,000-row DTSEN extract reads in constant
memory. Delimiter, encoding, sheet and header row are detected, never asked for.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from domain.errors import ValidationError
from importer.headers import guess_mapping, header_score, unmapped_required
from importer.xlsx import PLAIN_READ_ERRORS, Sheet, open_plain_workbook

CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
HEADER_SEARCH_ROWS = 30
MIN_HEADER_FIELDS = 2
DELIMITERS = (";", ",", "\t", "|")
_COLUMN_NUMBER = re.compile(r"^\(?[0-9]{1,2}\)?$")

Cells = list[Any]
log = logging.getLogger(__name__)


@dataclass
class Table:
    """A worker list as found: where its header is, what its columns seem to mean."""

    path: Path
    kind: str
    headers: list[str]
    header_row: int
    guessed_mapping: dict[str, int]
    unmapped_required: list[str]
    delimiter: str | None = None
    encoding: str | None = None
    sheet: str | None = None
    total_rows: int | None = None
    _skip_numbering: bool = field(default=True, repr=False)

    def rows(self) -> Iterator[tuple[int, Cells]]:
        """(row number in the file, raw cells) of every non-blank row below the header."""
        source = _csv_records(self) if self.kind == "csv" else _xlsx_records(self)
        first = True
        for number, cells in source:
            if number <= self.header_row or _is_blank(cells):
                continue
            if first and self._skip_numbering and _is_column_numbering(cells):
                first = False
                continue  # `(1) (2) (3)` under a government header is not a worker
            first = False
            yield number, cells

    def preview(self, n: int = 20) -> list[Cells]:
        """The first `n` data rows' raw cells, for the import wizard."""
        return [cells for _number, cells in islice(self.rows(), n)]

    def describe(self) -> dict[str, Any]:
        return {
            "file": str(self.path), "kind": self.kind, "headers": self.headers,
            "header_row": self.header_row, "guessed_mapping": dict(self.guessed_mapping),
            "unmapped_required": list(self.unmapped_required), "delimiter": self.delimiter,
            "encoding": self.encoding, "sheet": self.sheet, "total_rows": self.total_rows,
        }


def read_table(path: str | Path) -> Table:
    """Open a worker list and find its header; ValidationError names what is wrong."""
    file = Path(path)
    if not file.is_file():
        raise ValidationError("import.file_missing", file=str(file))
    suffix = file.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return _read_csv_table(file)
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx_table(file)
    raise ValidationError("import.file_type", file=str(file))


def _is_blank(cells: Sequence[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _is_column_numbering(cells: Sequence[Any]) -> bool:
    filled = [str(c).strip() for c in cells if c is not None and str(c).strip()]
    return len(filled) >= 3 and all(_COLUMN_NUMBER.match(c) for c in filled)


def _find_header(rows: Sequence[tuple[int, Cells]]) -> tuple[int, Cells] | None:
    best: tuple[int, Cells] | None = None
    best_score = MIN_HEADER_FIELDS - 1
    for number, cells in rows:
        score = header_score(cells)
        if score > best_score:
            best, best_score = (number, cells), score
    return best


def _table(file: Path, kind: str, header: tuple[int, Cells], **extra: Any) -> Table:
    number, cells = header
    headers = [("" if c is None else str(c)).strip() for c in cells]
    while headers and not headers[-1]:
        headers.pop()
    mapping = guess_mapping(headers)
    return Table(file, kind, headers, number, mapping, unmapped_required(mapping), **extra)


# --- CSV ------------------------------------------------------------------------------------


def detect_encoding(file: Path) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes as such, else Windows-1252."""
    with file.open("rb") as handle:
        head = handle.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def _open_text(file: Path, encoding: str) -> io.TextIOWrapper:
    # cp1252 leaves five bytes undefined; a stray one must not stop a whole import.
    errors = "replace" if encoding == "cp1252" else "strict"
    return file.open(encoding=encoding, errors=errors, newline="")


def _head_records(file: Path, encoding: str, delimiter: str) -> list[tuple[int, Cells]]:
    with _open_text(file, encoding) as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        return list(islice(enumerate(reader, start=1), HEADER_SEARCH_ROWS))


def _read_csv_table(file: Path) -> Table:
    encoding = detect_encoding(file)
    try:
        candidates = []
        for delimiter in DELIMITERS:
            head = _head_records(file, encoding, delimiter)
            header = _find_header(head)
            score = header_score(header[1]) if header else 0
            width = max((len(cells) for _n, cells in head), default=0)
            candidates.append((score, width, delimiter, header))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ValidationError("import.file_unreadable", file=str(file), detail=str(error)) from None
    score, _width, delimiter, header = max(candidates, key=lambda c: (c[0], c[1]))
    if header is None or score < MIN_HEADER_FIELDS:
        raise ValidationError("import.no_header", file=str(file), rows=HEADER_SEARCH_ROWS)
    table = _table(file, "csv", header, delimiter=delimiter, encoding=encoding)
    table.total_rows = _count_csv_lines(file) - table.header_row
    return table


def _count_csv_lines(file: Path) -> int:
    """Lines in the file: an estimate of its records for progress bars (quoted line breaks
    and blank lines make it slightly high)."""
    count, last = 0, b"\n"
    with file.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (0 if last == b"\n" else 1)


def _csv_records(table: Table) -> Iterator[tuple[int, Cells]]:
    with _open_text(table.path, table.encoding or "utf-8") as handle:
        reader = csv.reader(handle, delimiter=table.delimiter or ",")
        yield from enumerate(reader, start=1)


# --- XLSX -----------------------------------------------------------------------------------


def _load_workbook(file: Path) -> Any:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(file, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, InvalidFileException) as error:
        raise ValidationError(
            "import.file_unreadable", file=str(file), detail=str(error) or type(error).__name__
        ) from None


def _read_xlsx_table(file: Path) -> Table:
    plain = open_plain_workbook(file)
    if plain is None:
        return _read_xlsx_table_openpyxl(file)
    with plain:
        best: tuple[int, Sheet, tuple[int, Cells]] | None = None
        for sheet in plain.sheets:
            header = _find_header(list(islice(
                ((n, list(cells)) for n, cells in enumerate(plain.values(sheet), start=1)),
                HEADER_SEARCH_ROWS)))
            if header is not None and (best is None or header_score(header[1]) > best[0]):
                best = (header_score(header[1]), sheet, header)
        if best is None:
            raise ValidationError("import.no_header", file=str(file), rows=HEADER_SEARCH_ROWS)
        _score, chosen, header = best
        table = _table(file, "xlsx", header, sheet=chosen.title)
        # Without stated dimensions, count the sheet's rows in its bytes (~0.1 s per
        # 100,000 rows) rather than parse them: the total is for progress bars.
        last = chosen.max_row if chosen.max_row else plain.count_rows(chosen)
        table.total_rows = max(last - table.header_row, 0)
    return table


def _read_xlsx_table_openpyxl(file: Path) -> Table:
    workbook = _load_workbook(file)
    try:
        best: tuple[int, str, tuple[int, Cells], int | None] | None = None
        for sheet in workbook.worksheets:
            rows = list(islice(enumerate(sheet.iter_rows(values_only=True), start=1),
                               HEADER_SEARCH_ROWS))
            header = _find_header([(n, list(cells)) for n, cells in rows])
            if header is not None and (best is None or header_score(header[1]) > best[0]):
                best = (header_score(header[1]), sheet.title, header, sheet.max_row)
    finally:
        workbook.close()
    if best is None:
        raise ValidationError("import.no_header", file=str(file), rows=HEADER_SEARCH_ROWS)
    _score, title, header, max_row = best
    table = _table(file, "xlsx", header, sheet=title)
    table.total_rows = max_row - table.header_row if max_row else None
    return table


def _xlsx_records(table: Table) -> Iterator[tuple[int, Cells]]:
    """Rows by the fast reader (`importer.xlsx`) when the workbook is plain, else by
    openpyxl; should the fast reader meet something it cannot read part way, openpyxl
    carries on after the last row it gave, so the outcome is openpyxl's."""
    done = 0
    plain = open_plain_workbook(table.path)
    if plain is not None:
        try:
            with plain:
                for number, cells in enumerate(plain.values(plain.sheet(table.sheet or "")),
                                               start=1):
                    yield number, list(cells)
                    done = number
            return
        except PLAIN_READ_ERRORS as error:
            log.warning("fast xlsx reader stopped after row %d: %r", done, error)
    yield from islice(_xlsx_records_openpyxl(table), done, None)


def _xlsx_records_openpyxl(table: Table) -> Iterator[tuple[int, Cells]]:
    workbook = _load_workbook(table.path)
    try:
        sheet = workbook[table.sheet]
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(cells)
    finally:
        workbook.close()
