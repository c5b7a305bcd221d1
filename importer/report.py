"""The rejection workbook: every row not enrolled, with its number, kind, column and reason.

The original cells follow under the original headers, so a clerk fixes the cells in place
and imports this workbook again (the extra columns are ignored on import).
"""

from __future__ import annotations

import tempfile
from collections.abc import Collection, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from domain.errors import ValidationError
from domain.outputs import WORKBOOK_CREATOR, replacing
from domain.privacy import neutralise_formula
from importer.result import KIND_LABELS, RowIssue, RowWarning

REPORT_COLUMNS = ("Baris", "Jenis", "Kolom", "Alasan")
# Enrolled rows with a warning, on their own sheet (issue 16): the row, its NIK, the code
# (stable, for filtering), the column at fault and the sentence.
WARNING_COLUMNS = ("Baris", "NIK", "Kode", "Kolom", "Peringatan")
# What makes Excel or LibreOffice read typed text as a formula (tab and CR too, OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def default_report_path(source: Path, moment: datetime) -> Path:
    """`<name>-ditolak-<timestamp>.xlsx` beside the imported file; `-2`, `-3`, ... after
    the time when an earlier import in the same second left that name."""
    stem = f"{source.stem}-ditolak-{moment:%Y%m%d-%H%M%S}"
    path, number = source.with_name(f"{stem}.xlsx"), 1
    while path.exists():
        number += 1
        path = source.with_name(f"{stem}-{number}.xlsx")
    return path


class RejectionReport:
    """A write-only workbook opened at the first issue, so clean imports leave no file."""

    def __init__(self, path: Path, headers: list[str], identity_columns: Collection[int]
                 ) -> None:
        self.path = path
        self.headers = headers
        self.identity_columns = frozenset(identity_columns)
        self._workbook: Any = None
        self._sheet: Any = None
        self._warnings: Any = None

    def check_writable(self) -> None:
        """Refuse now, before anything is imported, a place the workbook cannot go."""
        try:
            if self.path.is_dir():
                raise IsADirectoryError(f"{self.path} is a folder")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=self.path.parent):
                pass
        except OSError as error:
            raise ValidationError("import.report_unwritable", path=str(self.path),
                                  detail=error.strerror or str(error)) from None

    def add(self, issue: RowIssue) -> None:
        if self._sheet is None:
            self._open()
        cells = [self._text_cell(self._cell(i, c)) for i, c in enumerate(issue.cells)]
        reason = [issue.row, KIND_LABELS[issue.kind], issue.column or "", issue.message]
        self._sheet.append([self._text_cell(v) for v in reason] + cells)

    def add_warning(self, warning: RowWarning) -> None:
        if self._sheet is None:
            self._open()
        if self._warnings is None:
            self._warnings = self._workbook.create_sheet("Peringatan")
            for letter, width in (("A", 8), ("B", 20), ("C", 24), ("D", 16), ("E", 90)):
                self._warnings.column_dimensions[letter].width = width
            self._warnings.freeze_panes = "A2"
            self._warnings.append(list(WARNING_COLUMNS))
        values = [warning.row, warning.nik, warning.code, warning.column or "", warning.message]
        self._warnings.append([self._text_cell(v) for v in values])

    def _cell(self, index: int, value: Any) -> Any:
        # A NIK (KK, KPJ) written back as a number would be rounded by Excel: keep it text.
        if index in self.identity_columns and isinstance(value, int | float):
            whole = isinstance(value, int) or value.is_integer()
            return str(int(value)) if whole else format(value, ".15g")
        return value

    def _text_cell(self, value: Any) -> Any:
        """Text that a spreadsheet would run as a formula (= + - @ ...) goes in as a text
        cell: shown exactly as the clerk's file had it, never evaluated."""
        if not isinstance(value, str):
            return value
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        # A control character cannot be stored in a workbook: shown by its code instead.
        value = ILLEGAL_CHARACTERS_RE.sub(lambda m: f"[U+{ord(m.group()):04X}]", value)
        if value.startswith(FORMULA_STARTS):
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(self._sheet, value=value)
            cell.data_type = "s"
            return cell
        return value

    def _open(self) -> None:
        from openpyxl import Workbook

        self._workbook = Workbook(write_only=True)
        self._workbook.properties.creator = WORKBOOK_CREATOR  # `--force` may replace it
        self._sheet = self._workbook.create_sheet("Ditolak")
        for letter, width in (("A", 8), ("B", 15), ("C", 16), ("D", 70)):
            self._sheet.column_dimensions[letter].width = width
        self._sheet.freeze_panes = "A2"
        header = list(REPORT_COLUMNS) + [h or f"Kolom {i + 1}" for i, h in enumerate(self.headers)]
        self._sheet.append([self._text_cell(h) for h in header])

    def close(self, summary: Sequence[tuple[str, Any]]) -> Path | None:
        """Write the workbook, with `summary` (label, value) on its own sheet; None (and
        no file) when no row was added."""
        if self._workbook is None:
            return None
        sheet = self._workbook.create_sheet("Ringkasan")
        for label, value in summary:
            shown = value if isinstance(value, int) else str(value)
            sheet.append([label, neutralise_formula(shown)])
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(self.path) as partial:
            self._workbook.save(partial)
        self._workbook = None
        self._warnings = None
        return self.path
