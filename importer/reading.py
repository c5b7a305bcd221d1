"""Reading a list (.xlsx, .xlsm, .xls, .ods or .csv) row by row, wherever its header is.

A CSV is streamed; a workbook's sheet is read by python-calamine (`importer.sheets`), whole
but within `importer.limits`. Delimiter, encoding, sheet and header row are detected,
never asked for.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TypedDict

from domain.errors import ValidationError
from importer import limits
from importer.headers import WORKER_COLUMNS, ColumnSet
from importer.sheets import WORKBOOK_SUFFIXES, Sheet, Workbook, check_workbook_file

CSV_SUFFIXES = (".csv", ".txt")
HEADER_SEARCH_ROWS = 30
MIN_HEADER_FIELDS = 2
DELIMITERS = (";", ",", "\t", "|")
_COLUMN_NUMBER = re.compile(r"^\(?[0-9]{1,2}\)?$")

Cells = list[Any]


class TableFacts(TypedDict):
    """A list as read: its header, the columns guessed, and how it was decoded."""

    file: str
    kind: str
    headers: list[str]
    header_row: int
    guessed_mapping: dict[str, int]
    unmapped_required: list[str]
    delimiter: str | None
    encoding: str | None
    sheet: str | None
    total_rows: int | None


# How many first rows `Table.check_not_rounded` looks at (read again: a few ms).
ROUNDING_SAMPLE = 50
_NIK_SEPARATORS = re.compile(r"[\s.'\u00a0]+")

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
    columns: ColumnSet = WORKER_COLUMNS
    _skip_numbering: bool = field(default=True, repr=False)

    def rows(self) -> Iterator[tuple[int, Cells]]:
        """(row number in the file, raw cells) of every non-blank row below the header."""
        source = _csv_records(self) if self.kind == "csv" else _workbook_records(self)
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

    def numeric_columns(self, mapping: dict[str, int], fields: Sequence[str],
                        rows: Sequence[Cells]) -> list[int]:
        """The columns of `fields` (identity numbers, phones) that hold a number cell in
        `rows`: a spreadsheet kept 15 digits of them, or dropped their leading 0."""
        found = []
        for name in fields:
            index = mapping.get(name)
            if index is None:
                continue
            if any(index < len(cells) and isinstance(cells[index], int | float)
                   and not isinstance(cells[index], bool) for cells in rows):
                found.append(index)
        return found

    def check_not_rounded(self, column: int, sample: int = ROUNDING_SAMPLE) -> None:
        """Refuse the whole list when its first `sample` rows' NIKs, as text, look rounded
        by a spreadsheet: a number cell keeps 15 digits, so every 16-digit NIK that went
        through one ends in 0, while a real NIK ends in 0 one time in ten. Five or more
        ending in 0 and none otherwise, or twenty or more and half of them, is refused
        (`import.nik_column_rounded`; by chance: about 1 in 100,000 lists): each such NIK
        would be someone else's, or no one's. A workbook's number cells are refused row by
        row (`nik.numeric_cell`); a CSV keeps only their text, so a CSV is looked at here
        (its first rows only: a workbook's whole sheet would be parsed again)."""
        if self.kind != "csv":
            return
        niks = [text for cells in self.preview(sample) if column < len(cells)
                and isinstance(cells[column], str)
                and len(text := _NIK_SEPARATORS.sub("", cells[column])) == 16
                and text.isdigit()]
        rounded = sum(1 for nik in niks if nik.endswith("0"))
        if (len(niks) >= 5 and rounded == len(niks)) or (len(niks) >= 20
                                                          and 2 * rounded >= len(niks)):
            raise ValidationError("import.nik_column_rounded", file=self.path.name,
                                  rows=len(niks), rounded=rounded)

    def describe(self) -> TableFacts:
        return TableFacts(
            file=str(self.path), kind=self.kind, headers=self.headers,
            header_row=self.header_row, guessed_mapping=dict(self.guessed_mapping),
            unmapped_required=list(self.unmapped_required), delimiter=self.delimiter,
            encoding=self.encoding, sheet=self.sheet, total_rows=self.total_rows,
        )


def read_table(path: str | Path, columns: ColumnSet = WORKER_COLUMNS) -> Table:
    """Open a list (a worker list unless `columns` says otherwise) and find its header;
    ValidationError names what is wrong."""
    file = Path(path)
    if not file.is_file():
        raise ValidationError("import.file_missing", file=str(file))
    suffix = file.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return _read_csv_table(file, columns)
    if suffix in WORKBOOK_SUFFIXES:
        return _read_workbook_table(file, columns)
    raise ValidationError("import.file_type", file=str(file))


def _is_blank(cells: Sequence[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _is_column_numbering(cells: Sequence[Any]) -> bool:
    filled = [str(c).strip() for c in cells if c is not None and str(c).strip()]
    return len(filled) >= 3 and all(_COLUMN_NUMBER.match(c) for c in filled)


def _find_header(rows: Sequence[tuple[int, Cells]], columns: ColumnSet
                 ) -> tuple[int, Cells] | None:
    best: tuple[int, Cells] | None = None
    best_score = MIN_HEADER_FIELDS - 1
    for number, cells in rows:
        score = columns.header_score(cells)
        if score > best_score:
            best, best_score = (number, cells), score
    return best


def _table(file: Path, kind: str, header: tuple[int, Cells], columns: ColumnSet,
           **extra: Any) -> Table:
    number, cells = header
    headers = [("" if c is None else str(c)).strip() for c in cells]
    while headers and not headers[-1]:
        headers.pop()
    mapping = columns.guess_mapping(headers)
    return Table(file, kind, headers, number, mapping, columns.unmapped_required(mapping),
                 columns=columns, **extra)


def _no_header(file: Path, columns: ColumnSet) -> ValidationError:
    expected = ", ".join(columns.label(name) for name in (*columns.required, *columns.either))
    return ValidationError("import.no_header", file=str(file), rows=HEADER_SEARCH_ROWS,
                           expected=expected)


# --- CSV ------------------------------------------------------------------------------------


def detect_encoding(file: Path) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes as such, else Windows-1252;
    a file with some lines in UTF-8 and others not is refused naming those lines, since
    reading it either way would garble part of its names."""
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
            _refuse_mixed_encodings(file)
            return "cp1252"
    return "utf-8"


def _refuse_mixed_encodings(file: Path) -> None:
    """Lines with non-ASCII bytes, sorted into those that are UTF-8 and those that are not;
    both kinds in one file is refused."""
    utf8: list[int] = []
    other: list[int] = []
    with file.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                other.append(number)
            else:
                utf8.append(number)
    if utf8 and other:
        raise ValidationError("import.mixed_encoding", file=str(file),
                              utf8_rows=_some(utf8), other_rows=_some(other))


def _some(numbers: list[int], shown: int = 5) -> str:
    text = ", ".join(str(n) for n in numbers[:shown])
    return text + (f" (+{len(numbers) - shown})" if len(numbers) > shown else "")


def _open_text(file: Path, encoding: str) -> io.TextIOWrapper:
    # cp1252 leaves five bytes undefined; a stray one must not stop a whole import.
    errors = "replace" if encoding == "cp1252" else "strict"
    return file.open(encoding=encoding, errors=errors, newline="")


def _head_records(file: Path, encoding: str, delimiter: str) -> list[tuple[int, Cells]]:
    with _open_text(file, encoding) as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        return list(islice(enumerate(reader, start=1), HEADER_SEARCH_ROWS))


def _read_csv_table(file: Path, columns: ColumnSet) -> Table:
    size = file.stat().st_size
    if size > limits.MAX_FILE_BYTES:
        raise ValidationError("import.file_too_large", file=str(file),
                              size=f"{size / 1048576:.0f} MiB",
                              limit=f"{limits.MAX_FILE_BYTES / 1048576:.0f} MiB")
    encoding = detect_encoding(file)
    try:
        candidates = []
        for delimiter in DELIMITERS:
            head = _head_records(file, encoding, delimiter)
            header = _find_header(head, columns)
            score = columns.header_score(header[1]) if header else 0
            width = max((len(cells) for _n, cells in head), default=0)
            candidates.append((score, width, delimiter, header))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ValidationError("import.file_unreadable", file=str(file), detail=str(error)) from None
    score, _width, delimiter, header = max(candidates, key=lambda c: (c[0], c[1]))
    if header is None or score < MIN_HEADER_FIELDS:
        raise _no_header(file, columns)
    table = _table(file, "csv", header, columns, delimiter=delimiter, encoding=encoding)
    lines = _count_csv_lines(file)
    if lines > limits.MAX_ROWS:
        raise ValidationError("import.too_many_rows", file=str(file), rows=lines,
                              limit=limits.MAX_ROWS)
    table.total_rows = lines - table.header_row
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


# --- workbooks (.xlsx, .xlsm, .xls, .ods) --------------------------------------------------


def _read_workbook_table(file: Path, columns: ColumnSet) -> Table:
    kind = check_workbook_file(file)
    with Workbook(file) as book:
        best: tuple[int, Sheet, tuple[int, Cells]] | None = None
        for name in book.sheet_names:
            sheet = book.sheet(name)
            header = _find_header(list(islice(sheet.rows(), HEADER_SEARCH_ROWS)), columns)
            score = columns.header_score(header[1]) if header else 0
            if header is not None and (best is None or score > best[0]):
                best = (score, sheet, header)
        if best is None:
            raise _no_header(file, columns)
        _score, chosen, header = best
        table = _table(file, kind, header, columns, sheet=chosen.name)
        table.total_rows = max(chosen.last_row - table.header_row, 0)
    return table


def _workbook_records(table: Table) -> Iterator[tuple[int, Cells]]:
    with Workbook(table.path) as book:
        yield from book.sheet(table.sheet or book.sheet_names[0]).rows()
