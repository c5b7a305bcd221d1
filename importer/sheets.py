"""Reading a workbook (.xlsx, .xlsm, .xls, .ods) with python-calamine, after checking that
the file is what its name says and will not take more memory than the limits allow.

Cells keep the types calamine gives: `str` for text, `float` (or `int`) for numbers,
`date`/`datetime` for date cells, `bool` for booleans; an empty cell is `''`. The
numeric-cell rules (`importer.cells`) need the distinction between text and number.
"""

from __future__ import annotations

import mmap
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
