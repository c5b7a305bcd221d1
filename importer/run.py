"""`run_import`: read a worker list, check every row, enrol the valid ones batch by batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

from domain.errors import BerjasaError, PartlyDoneError, ValidationError
from domain.i18n import current_language
from domain.registration import Registration, warning_texts
from domain.services.app import Berjasa
from domain.services.imports import BatchOutcome
from domain.services.session import Session
from importer.checking import Checked, CheckedRows, checked_rows
from importer.headers import FIELD_LABELS, FIELDS, unmapped_required
from importer.reading import Cells, Table, read_table
from importer.report import RejectionReport, default_report_path
from importer.result import (
    DUPLICATE,
    OVER_QUOTA,
    REJECTED,
    ImportResult,
    IssueFacts,
    RowIssue,
    RowWarning,
)
from importer.rows import field_at_fault, registration_of

BATCH_SIZE_RANGE = (1, 5000)
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class _Valid:
    row: int
    cells: Cells
    registration: Registration


def resolve_mapping(table: Table, mapping: dict[str, int] | None) -> dict[str, int]:
    """The user's mapping over the guessed one; every required field must be mapped."""
    chosen = dict(table.guessed_mapping)
    for name, column in (mapping or {}).items():
        if name not in FIELDS:
            raise ValidationError("import.mapping_invalid", file=str(table.path),
                                  detail=f"kolom '{name}' tidak dikenal")
        if not isinstance(column, int) or not 0 <= column < max(len(table.headers), 1):
            raise ValidationError("import.mapping_invalid", file=str(table.path),
                                  detail=f"{name} → kolom {column} tidak ada")
        chosen[name] = column
    missing = unmapped_required(chosen)
    if missing:
        raise ValidationError("import.columns_missing", file=str(table.path),
                              columns=", ".join(FIELD_LABELS[m] for m in missing))
    return chosen


def count_valid_rows(table: Table, mapping: dict[str, int] | None, today: date) -> int:
    """How many rows of the file pass the checks, once each NIK (the import wizard says,
    before importing, when the quota cannot take them all). Rows already enrolled are
    found only while importing, so this is an upper bound of what the quota must take."""
    columns = resolve_mapping(table, mapping)
    niks = set()
    for _number, cells in table.rows():
        try:
            niks.add(registration_of(cells, columns, today).nik)
        except ValidationError:
            continue
    return len(niks)


def run_import(
    app: Berjasa, session: Session, path: str | Path, quota: str, *,
    start: date | str | None = None, mapping: dict[str, int] | None = None,
    batch_size: int = 1000, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None, report_path: str | Path | None = None,
    retroactive: bool = False, reason: str = "",
) -> ImportResult:
    """Import a worker list into `quota`; each batch of rows is one transaction.

    `progress(done_rows, total_rows_or_None)` is called after each batch; `cancelled()` is
    asked between batches, and a cancelled import stops there with whole batches saved.
    `retroactive` with `reason`: a supervisor's or admin's backdated start (moving an
    existing roster into Berjasa), recorded as such.
    """
    # A backdated import needs its own reason (`--reason` with `--retroactive`).
    app.imports.authorise_import(session, retroactive, reason)
    if not BATCH_SIZE_RANGE[0] <= batch_size <= BATCH_SIZE_RANGE[1]:
        raise ValidationError("import.batch_size", value=batch_size, low=BATCH_SIZE_RANGE[0],
                              high=BATCH_SIZE_RANGE[1])
    table = read_table(path)
    columns = resolve_mapping(table, mapping)
    table.check_not_rounded(columns["nik"])  # before anything is recorded
    target = app.quotas.quota(quota).code
    result = ImportResult(table.path, target)
    report = RejectionReport(
        Path(report_path) if report_path else default_report_path(table.path,
                                                                  app.application.clock()),
        table.headers, [columns["nik"]],
    )
    report.check_writable()  # before the first batch: a late failure would leave half
    importer = _Importer(app, session, table, columns, result, report)
    importer.retroactive = retroactive
    if reason.strip():
        importer.reason = f"{importer.reason}: {' '.join(reason.split())}"
    importer.run(start, batch_size, progress, cancelled)
    result.report = report.close(result.summary())
    return result


class _Importer:
    def __init__(self, app: Berjasa, session: Session, table: Table, columns: dict[str, int],
                 result: ImportResult, report: RejectionReport) -> None:
        self.app, self.session, self.table = app, session, table
        self.columns, self.result, self.report = columns, result, report
        self.first_row_of: dict[str, int] = {}
        self.today = app.application.calendar()
        self.language = current_language()
        self.reason = f"Impor {table.path.name}"
        self.retroactive = False
        self.batches_saved = 0
        self.rows_saved = 0
        self.unsaved_from = table.header_row + 1  # the first row of the batch under way
        self.batch_size = 1

    def run(self, start: date | str | None, batch_size: int, progress: Progress | None,
            cancelled: Callable[[], bool] | None) -> None:
        rows = checked_rows(self.table, self.columns, self.today)
        self.batch_size = batch_size
        try:
            self._run_batches(rows, start, batch_size, progress, cancelled)
        except Exception as error:
            if self.batches_saved == 0:
                raise  # nothing was written: the error is the whole story
            raise partly_saved(self.table, error, self.language, saved=self.batches_saved,
                               batch_size=self.batch_size, rows=self.rows_saved,
                               row=self.unsaved_from) from error
        finally:
            rows.close()  # a cancelled import stops the second process now

    def _run_batches(self, rows: CheckedRows, start: date | str | None,
                     batch_size: int, progress: Progress | None,
                     cancelled: Callable[[], bool] | None) -> None:
        assume_new = False
        self.result.batches = batch_count(self.table, batch_size)
        for batch in _batches(rows, batch_size):
            self.unsaved_from = batch[0][0]
            if cancelled is not None and cancelled():  # asked while the rows were read
                self.result.cancelled = True
                return
            valid = self._check_rows(batch)
            outcome = self.app.imports.enrol_batch(
                self.session, [v.registration for v in valid], self.result.quota, start,
                assume_new=assume_new, reason=self.reason, retroactive=self.retroactive)
            self._record(valid, outcome)
            self.batches_saved += 1
            self.result.batches_saved = self.batches_saved
            self.rows_saved = self.result.rows
            self.unsaved_from = batch[-1][0] + 1
            # Once a batch finds no known worker, later ones skip the per-row look-up; the
            # store still refuses any clash, and enrol_batch then looks up after all.
            assume_new = bool(valid) and outcome.already_registered == 0
            if progress is not None:
                progress(self.result.rows, self.table.total_rows)
            if cancelled is not None and cancelled():
                self.result.cancelled = True
                return

    def _check_rows(self, batch: list[Checked]) -> list[_Valid]:
        valid = []
        for number, cells, registration in batch:
            if isinstance(registration, ValidationError):
                self._issue(number, cells, REJECTED, registration)
                continue
            first = self.first_row_of.setdefault(registration.nik, number)
            if first != number:
                self._issue(number, cells, DUPLICATE, ValidationError(
                    "import.duplicate_in_file", nik=registration.nik, first_row=first),
                    registration.nik)
                continue
            valid.append(_Valid(number, cells, registration))
        return valid

    def _record(self, valid: list[_Valid], outcome: BatchOutcome) -> None:
        self.result.add_enrolled(len(outcome.enrolled), outcome.registered)
        for position in outcome.enrolled:
            if valid[position].registration.warnings:  # rare: no work for a clean row
                self._warn(valid[position])
        for position in outcome.duplicates:
            row = valid[position]
            self._issue(row.row, row.cells, DUPLICATE, ValidationError(
                "import.already_enrolled", nik=row.registration.nik, quota=outcome.quota),
                row.registration.nik)
        for position in outcome.over_quota:
            row = valid[position]
            self._issue(row.row, row.cells, OVER_QUOTA, ValidationError(
                "import.over_quota", nik=row.registration.nik, quota=outcome.quota,
                seats=outcome.seats), row.registration.nik)
        for position, error in outcome.refused:
            row = valid[position]
            self._issue(row.row, row.cells, REJECTED, error, row.registration.nik)

    def _issue(self, number: int, cells: Cells, kind: str, error: BerjasaError,
               nik: str = "") -> None:
        name = field_at_fault(error) if kind == REJECTED else None
        column_index = self.columns.get(name) if name else None
        headers = self.table.headers
        if column_index is None and isinstance(error.params.get("column"), int):
            column_index = int(error.params["column"]) - 1  # a check of any cell (rows.py)
        column = headers[column_index] if column_index is not None and column_index < len(
            headers) else None
        issue = RowIssue(number, kind, error.code, error.message(self.language), name,
                         column, tuple(cells), nik)
        self.result.add_issue(issue)
        self.report.add(issue)


    def _warn(self, row: _Valid) -> None:
        """An enrolled row's warnings, in the result and on the workbook's own sheet."""
        registration = row.registration
        texts = warning_texts(registration, self.language)
        for code, text in zip(registration.warnings, texts, strict=True):
            name = WARNING_FIELDS.get(code.partition(".")[0])
            index = self.columns.get(name) if name else None
            headers = self.table.headers
            column = headers[index] if index is not None and index < len(headers) else None
            warning = RowWarning(row.row, code, text, registration.nik, name, column)
            self.result.warnings.append(warning)
            self.report.add_warning(warning)


# The field a warning is about, by its code's first part (`nik.kecamatan_unknown`).
WARNING_FIELDS = {"nik": "nik", "occupation": "occupation"}


def partly_saved(table: Table, error: Exception, language: str, *, saved: int,
                 batch_size: int, rows: int, row: int) -> PartlyDoneError:
    """What an import that failed after `saved` committed batches kept: those batches and
    their `rows`; `row` is the first row not saved. Running the import again finishes it."""
    detail = (error.message(language) if isinstance(error, BerjasaError)
              else f"{type(error).__name__}: {error}".rstrip(": ")).rstrip(".")
    batches = batch_count(table, batch_size)
    return PartlyDoneError(
        "import.partly_saved", file=str(table.path), row=row, detail=detail, saved=saved,
        batches="?" if batches is None else batches, rows=rows)


def batch_count(table: Table, batch_size: int) -> int | None:
    """How many batches the whole file takes (None: its row count is not known)."""
    total = table.total_rows
    return -(-total // batch_size) if total else None


def _batches(rows: Iterable[Checked], size: int) -> Iterator[list[Checked]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def describe_issues(result: ImportResult) -> list[IssueFacts]:
    return [issue.as_dict() for issue in result.issues]
