"""Reading a workbook (.xlsx, .xlsm, .xls, .ods) with python-calamine, after checking that
the file is what its name says and will not take more memory than the limits allow.

Cells keep the types calamine gives: `str` for text, `float` (or `int`) for numbers,
`date`/`datetime` for date cells, `bool` for booleans; an empty cell is `''`. The
numeric-cell rules (`importer.cells`) need the distinction between text and number.
"""

from __future__ import annotations

import mmap
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from domain.errors import ValidationError
from importer import limits

WORKBOOK_SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods"}
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .xlsx/.ods is an OLE2 container holding this stream (MS-OFFCRYPTO).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
# The member every workbook of a kind has.
_WORKBOOK_MEMBER = {"xlsx": "xl/workbook.xml", "ods": "content.xml"}
# The grid calamine allocates for an .xlsx sheet reaches its largest cell reference
# (`<c r="IV499999"`) and, for cells and rows written without one, their count.
_WORKSHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")
# Patterns that start with their literal `r="` (found at C speed; `\sr=` is 5x slower).
_REF_ROW = re.compile(rb'r="[A-Z]{1,3}([0-9]+)"')
_REF_WIDE = re.compile(rb'r="([A-Z]{2,3})[0-9]')
_REF_1 = re.compile(rb'r="([A-Z])[0-9]')
_REF_1_FROM = [re.compile(rb'r="[%c-Z][0-9]' % (ord("A") + n)) for n in range(26)]
# A cell written without its reference (`<c>`, `<c/>`, `<c t="s">`): placed after the
# one before it, so the grid is as wide as the most of them in a row.
_UNREFERENCED_CELL = re.compile(rb'<c(?:>|/>|\s(?!r="))')
_ROW_STARTS = (b"<row ", b"<row>", b"<row/>")
_ROW_START = re.compile(rb"<row[\s>/]")
_CELL_STARTS = (b"<c ", b"<c>", b"<c/>")
_SCAN_CHUNK = 1 << 20

Cells = list[Any]


def check_workbook_file(file: Path) -> str:
    """The file's format ('xlsx', 'xls' or 'ods') once its content is seen to be that
    workbook, small enough to read; else ValidationError naming the file and the fault."""
    kind = WORKBOOK_SUFFIXES[file.suffix.lower()]
    size = file.stat().st_size
    if size > limits.MAX_FILE_BYTES:
        raise ValidationError("import.file_too_large", file=str(file), size=_mib(size),
                              limit=_mib(limits.MAX_FILE_BYTES))
    with file.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(_OLE2_MAGIC):
        if kind != "xls" and _holds_encrypted_package(file):
            raise ValidationError("import.password_protected", file=str(file))
        if kind != "xls":
            raise ValidationError("import.content_mismatch", file=str(file),
                                  suffix=file.suffix, found=".xls")
        return kind
    if head.startswith(_ZIP_MAGIC):
        if kind == "xls":
            raise ValidationError("import.content_mismatch", file=str(file),
                                  suffix=file.suffix, found="zip (.xlsx/.ods)")
        _check_zip(file, kind)
        return kind
    raise ValidationError("import.not_a_workbook", file=str(file), suffix=file.suffix)


def _holds_encrypted_package(file: Path) -> bool:
    with file.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as m:
        return m.find(_ENCRYPTED_PACKAGE) >= 0


def _check_zip(file: Path, kind: str) -> None:
    try:
        with zipfile.ZipFile(file) as archive:
            members = archive.infolist()
    except (OSError, zipfile.BadZipFile) as error:
        raise ValidationError("import.file_unreadable", file=str(file),
                              detail=str(error) or type(error).__name__) from None
    names = {member.filename for member in members}
    if _WORKBOOK_MEMBER[kind] not in names:
        raise ValidationError("import.not_a_workbook", file=str(file), suffix=file.suffix)
    total = sum(member.file_size for member in members)
    if total > limits.MAX_UNCOMPRESSED_BYTES:
        raise ValidationError("import.zip_too_large", file=str(file), size=_mib(total),
                              limit=_mib(limits.MAX_UNCOMPRESSED_BYTES))
    for member in members:
        if (member.file_size > limits.RATIO_CHECKED_ABOVE_BYTES
                and member.file_size > limits.MAX_RATIO * max(member.compress_size, 1)):
            raise ValidationError("import.zip_bomb", file=str(file), member=member.filename,
                                  ratio=member.file_size // max(member.compress_size, 1))
    if kind == "xlsx":
        for member in members:
            if _WORKSHEET.match(member.filename):
                _check_extent(file, *_sheet_extent(file, member.filename))


def _sheet_extent(file: Path, member: str) -> tuple[int, int]:
    """(last row, last column) an .xlsx sheet's grid reaches, read in chunks (the sheet
    XML is never held whole: it is what the limits are for). Each chunk is cut after its
    last `>`, so no tag is split between two."""
    extent = _Extent()
    with zipfile.ZipFile(file) as archive, archive.open(member) as sheet:
        carry = b""
        while chunk := sheet.read(_SCAN_CHUNK):
            text = carry + chunk
            cut = text.rfind(b">") + 1
            extent.read(text[:cut])
            carry = text[cut:]
            if len(carry) > _SCAN_CHUNK:  # no `>` in a whole chunk: not a sheet's XML
                raise ValidationError("import.file_unreadable", file=str(file),
                                      detail=f"{member}: no markup")
        extent.read(carry)
    return extent.rows, extent.columns


class _Extent:
    """The largest row and column a sheet's XML reaches, by reference or by count. Read
    with the bytes methods and one pattern per chunk where it can (a 100,000-row sheet
    has 1.2 million references): a reference's row is compared as text among those with
    the most digits, its column as letters."""

    def __init__(self) -> None:
        self.referenced_row, self.referenced_column = 0, 0
        self.counted_rows, self.cells_in_row, self.widest_row = 0, 0, 0

    def read(self, text: bytes) -> None:
        self.referenced_row = max(self.referenced_row, _largest_row(text))
        self.referenced_column = _largest_column(text, self.referenced_column)
        if not _UNREFERENCED_CELL.search(text):  # each cell here has its reference
            if _ROW_START.search(text):
                self.cells_in_row = 0
            return
        self.counted_rows += sum(text.count(start) for start in _ROW_STARTS)
        first, *rows = _ROW_START.split(text)
        self.cells_in_row += _cells(first)
        for piece in rows:
            self.widest_row = max(self.widest_row, self.cells_in_row)
            self.cells_in_row = _cells(piece)
        self.widest_row = max(self.widest_row, self.cells_in_row)

    @property
    def rows(self) -> int:
        return max(self.referenced_row, self.counted_rows)

    @property
    def columns(self) -> int:
        return max(self.referenced_column, self.widest_row)


def _largest_row(text: bytes) -> int:
    found = _REF_ROW.findall(text)
    if not found:
        return 0
    digits = max(map(len, found))  # the most digits; among those, text order is numeric
    return int(max(row for row in found if len(row) == digits))


def _largest_column(text: bytes, known: int) -> int:
    """The larger of `known` and the largest column a reference in `text` names."""
    wide = _REF_WIDE.findall(text)
    if wide:
        return max(known, *(_column_number(letters) for letters in set(wide)))
    if known >= 26 or not _REF_1_FROM[known].search(text):  # none beyond `known`
        return known
    return max(known, _column_number(max(_REF_1.findall(text))))


def _cells(text: bytes) -> int:
    return sum(text.count(start) for start in _CELL_STARTS)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - ord("A") + 1
    return number


def _check_extent(file: Path, rows: int, columns: int) -> None:
    """The grid calamine would allocate for a sheet, refused before it does when it is
    beyond the limits."""
    if rows > limits.MAX_ROWS:
        raise ValidationError("import.too_many_rows", file=str(file), rows=rows,
                              limit=limits.MAX_ROWS)
    if columns > limits.MAX_COLUMNS:
        raise ValidationError("import.too_many_columns", file=str(file), columns=columns,
                              limit=limits.MAX_COLUMNS)
    if rows * columns > limits.MAX_CELLS:
        raise ValidationError("import.too_many_cells", file=str(file), rows=rows,
                              columns=columns, limit=limits.MAX_CELLS)


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MiB"


class Workbook:
    """An open workbook; `sheet_rows(name)` loads one sheet (whole, within the limits)."""

    def __init__(self, file: Path) -> None:
        from python_calamine import CalamineWorkbook

        self.file = file
        try:
            self._book = CalamineWorkbook.from_path(str(file))
        except Exception as error:  # calamine's errors share no base class but Exception
            raise _unreadable(file, error) from None
        self.sheet_names: list[str] = list(self._book.sheet_names)

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._book.close()

    def sheet(self, name: str) -> Sheet:
        try:
            loaded = self._book.get_sheet_by_name(name)
        except Exception as error:
            raise _unreadable(self.file, error) from None
        return Sheet(self.file, name, loaded)


class Sheet:
    """One sheet's rows, numbered as the spreadsheet numbers them (1 = the first row)."""

    def __init__(self, file: Path, name: str, loaded: Any) -> None:
        self.file, self.name, self._loaded = file, name, loaded
        first_row, _first_column = loaded.start or (0, 0)
        self.height = int(loaded.height)
        self.width = int(loaded.width)
        self.last_row = int(first_row) + self.height if self.height else 0
        if self.last_row > limits.MAX_ROWS:
            raise ValidationError("import.too_many_rows", file=str(file), rows=self.last_row,
                                  limit=limits.MAX_ROWS)
        if self.width > limits.MAX_COLUMNS:
            raise ValidationError("import.too_many_columns", file=str(file),
                                  columns=self.width, limit=limits.MAX_COLUMNS)
        if self.last_row * self.width > limits.MAX_CELLS:  # an .ods or .xls: read already
            raise ValidationError("import.too_many_cells", file=str(file), rows=self.last_row,
                                  columns=self.width, limit=limits.MAX_CELLS)

    def rows(self) -> Iterator[tuple[int, Cells]]:
        # calamine gives every row from the sheet's first (blank ones too), but only the
        # columns from the first used one: a header and its data share that offset.
        try:
            yield from enumerate(self._loaded.iter_rows(), start=1)
        except Exception as error:
            raise _unreadable(self.file, error) from None


def _unreadable(file: Path, error: Exception) -> ValidationError:
    if type(error).__name__ == "PasswordError":
        return ValidationError("import.password_protected", file=str(file))
    return ValidationError("import.file_unreadable", file=str(file),
                           detail=str(error) or type(error).__name__)
