"""Importing the files other offices send back about known workers, through the same
reader and the same row-error workbook as worker lists:

- BPJS's KPJ numbers (NIK, KPJ, date): `run_fact_import(..., KPJ, ...)`;
- Dukcapil's matching results (NIK, status `padan`/`tidak_ditemukan`, date): DUKCAPIL;
- DTSEN deciles (NIK or KK, decile, as-of date): DECILE.

Rows are checked for their form here, then recorded batch by batch, each batch one
transaction (`domain.services.facts`); a fact the worker already holds is `unchanged`,
so running a file again changes nothing.

A DTSEN decile is a family-level fact (`../shared/DOMAIN.md`: families are ranked, each
with an as-of date). A decile row that gives only a KK is recorded for every registered
worker of that family (the callers look them up in the read models: `family`), each
checked by the domain as a NIK row would be and against the KK the worker still holds.
The row counts once: applied when any of its workers changed, unchanged when none did and
at least one already held it, rejected (with its first worker's reason) when all were
refused, and `facts.kk_unmatched` when no worker has that KK.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any, TypedDict

from domain.errors import BerjasaError, ValidationError
from domain.i18n import current_language
from domain.nik import KK_DIGITS, parse_nik
from domain.services.app import Berjasa
from domain.services.facts import (
    DECILE,
    DUKCAPIL,
    DUKCAPIL_RESULTS,
    FACT_KINDS,
    KPJ,
    FactsOutcome,
    WorkerFact,
)
from domain.services.session import Session
from domain.services.workers import KPJ_DIGITS
from domain.values import as_decile
from importer.cells import day_of, decile_of, identity_of, text_of
from importer.headers import FIELD_LABELS, WORKER_ALIASES, ColumnSet
from importer.reading import Cells, Table, read_table
from importer.report import RejectionReport, default_report_path
from importer.result import DUPLICATE, REJECTED, RowIssue
from importer.rows import check_cells
from importer.run import BATCH_SIZE_RANGE, Progress, batch_count, partly_saved

_DATE_ALIASES = ("tanggal", "tgl", "tanggaldata")
_KK_DIGITS = KK_DIGITS
# The NIKs of the registered workers recorded with a KK (the read models' look-up).
FamilyLookup = Callable[[str], Sequence[str]]
COLUMNS: dict[str, ColumnSet] = {
    KPJ: ColumnSet(
        {"nik": WORKER_ALIASES["nik"],
         "kpj": ("kpj", "nokpj", "nomorkpj", "nokartu", "nomorkartu", "nomorkartupeserta",
                 "nopeserta", "nomorpeserta", "kpjbpjs"),
         "day": (*_DATE_ALIASES, "tanggalkpj", "tglkpj", "tanggalterbit", "tglterbit",
                 "tanggalditerbitkan", "tanggaldaftar", "tgldaftar", "tanggalkepesertaan",
                 "tmt", "tmtkepesertaan")},
        ("nik", "kpj", "day"),
        {"nik": FIELD_LABELS["nik"], "kpj": "Nomor KPJ", "day": "Tanggal terbit KPJ"}),
    DUKCAPIL: ColumnSet(
        {"nik": WORKER_ALIASES["nik"],
         "status": ("status", "statuspadan", "hasil", "hasilpadan", "padan", "statusdukcapil",
                    "hasilverifikasi", "hasilpemadanan", "statuspemadanan"),
         "day": (*_DATE_ALIASES, "tanggalpadan", "tglpadan", "tanggalcek", "tglcek",
                 "tanggalverifikasi", "tanggalpemadanan")},
        ("nik", "status", "day"),
        {"nik": FIELD_LABELS["nik"], "status": "Status padan", "day": "Tanggal padan"}),
    DECILE: ColumnSet(
        {"nik": WORKER_ALIASES["nik"],
         "kk": WORKER_ALIASES["kk"],
         "decile": WORKER_ALIASES["decile"],
         "day": (*_DATE_ALIASES, "per", "pertanggal", "kondisiper", "datapertanggal",
                 "tanggalberlaku", "tanggaldesil", "asof")},
        ("decile", "day"),
        {"nik": FIELD_LABELS["nik"], "kk": FIELD_LABELS["kk"],
         "decile": FIELD_LABELS["decile"], "day": "Data per tanggal"},
        either=("nik", "kk")),
}
# Which column a refusal points at.
_FIELD_OF_CODE = {
    "worker.kpj_invalid": "kpj", "kpj.numeric_cell": "kpj", "worker.kpj_taken": "kpj",
    "facts.dukcapil_result": "status", "worker.decile_range": "decile",
    "kk.numeric_cell": "kk", "facts.kk_invalid": "kk", "facts.kk_unmatched": "kk",
    "import.date_invalid": "day", "import.date_future": "day",
    "facts.older_than_recorded": "day", "worker.not_found": "nik",
}


class FactImportCounts(TypedDict):
    """What `import-kpj`, `import-dukcapil` and `import-decile` print."""

    rows: int
    applied: int
    unchanged: int
    rejected: int
    report: str | None


@dataclass
class FactImportResult:
    """What a fact import did; `rows = applied + unchanged + rejected`."""

    file: Path
    kind: str
    rows: int = 0
    applied: int = 0
    unchanged: int = 0
    rejected: int = 0
    report: Path | None = None
    cancelled: bool = False
    issues: list[RowIssue] = field(default_factory=list)
    # What a cancelled import kept: its committed batches, of how many (None: unknown).
    batches_saved: int = 0
    batches: int | None = None

    def as_dict(self) -> FactImportCounts:
        """Exactly the fields `import-kpj`, `import-dukcapil` and `import-decile` print."""
        return FactImportCounts(rows=self.rows, applied=self.applied, unchanged=self.unchanged,
                                rejected=self.rejected,
                                report=str(self.report) if self.report else None)

    def summary(self) -> list[tuple[str, Any]]:
        return [("Berkas", str(self.file)), ("Jenis", self.kind), ("Baris dibaca", self.rows),
                ("Dicatat", self.applied), ("Sudah tercatat", self.unchanged),
                ("Ditolak", self.rejected)]

    @property
    def rejected_by_code(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for issue in self.issues:
            counts[issue.code] = counts.get(issue.code, 0) + 1
        return counts


def read_fact_table(kind: str, path: str | Path, mapping: dict[str, int] | None = None
                    ) -> Table:
    """The file of `kind` facts, its header found and its columns guessed, or set by
    `mapping` (the wizard's choice, field → 0-based column) where given."""
    if kind not in FACT_KINDS:
        raise ValidationError("facts.kind", value=kind, choices=", ".join(FACT_KINDS))
    columns = COLUMNS[kind]
    table = read_table(path, columns)
    for name, column in (mapping or {}).items():
        if name not in columns.fields or not 0 <= column < max(len(table.headers), 1):
            raise ValidationError("import.mapping_invalid", file=str(table.path),
                                  detail=f"{name} → {column}")
        table.guessed_mapping[name] = column
    table.unmapped_required = columns.unmapped_required(table.guessed_mapping)
    if table.unmapped_required:
        raise ValidationError("import.columns_missing", file=str(table.path), columns=", ".join(
            columns.label(name) for name in table.unmapped_required))
    return table


def run_fact_import(
    app: Berjasa, session: Session, kind: str, path: str | Path, *,
    batch_size: int = 1000, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None, report_path: str | Path | None = None,
    mapping: dict[str, int] | None = None, family: FamilyLookup | None = None,
) -> FactImportResult:
    """Record every valid row's fact; each batch of rows is one transaction. `mapping`
    (field → 0-based column) overrides the columns guessed from the headers. `family`
    finds the workers of a KK, for decile rows without a NIK (without it, such rows are
    refused as unmatched)."""
    if not BATCH_SIZE_RANGE[0] <= batch_size <= BATCH_SIZE_RANGE[1]:
        raise ValidationError("import.batch_size", value=batch_size, low=BATCH_SIZE_RANGE[0],
                              high=BATCH_SIZE_RANGE[1])
    table = read_fact_table(kind, path, mapping)
    identity = [table.guessed_mapping[n] for n in ("nik", "kk", "kpj")
                if n in table.guessed_mapping]
    report = RejectionReport(
        Path(report_path) if report_path else default_report_path(table.path,
                                                                  app.application.clock()),
        table.headers, identity)
    report.check_writable()
    result = FactImportResult(table.path, kind)
    _FactImporter(app, session, table, result, report, family).run(batch_size, progress,
                                                                   cancelled)
    result.report = report.close(result.summary())
    return result


@dataclass(frozen=True)
class _Row:
    """A checked row and its facts: one, or one per worker of the family its KK names."""

    number: int
    cells: Cells
    facts: tuple[WorkerFact, ...]


class _FactImporter:
    def __init__(self, app: Berjasa, session: Session, table: Table,
                 result: FactImportResult, report: RejectionReport,
                 family: FamilyLookup | None = None) -> None:
        self.app, self.session, self.table = app, session, table
        self.family = family
        self.result, self.report = result, report
        self.kind = result.kind
        self.today = app.application.calendar()
        self.language = current_language()
        self.reason = f"Impor {table.path.name}"
        self.first_row_of: dict[tuple[str, object], int] = {}
        self.batches_saved = 0
        self.rows_saved = 0
        self.unsaved_from = table.header_row + 1

    def run(self, batch_size: int, progress: Progress | None,
            cancelled: Callable[[], bool] | None) -> None:
        self.result.batches = batch_count(self.table, batch_size)
        try:
            for batch in _batches(self.table.rows(), batch_size):
                self.unsaved_from = batch[0][0]
                valid = [row for row in map(self._checked, batch) if row is not None]
                if cancelled is not None and cancelled():  # asked while the rows were read
                    self.result.cancelled = True
                    return
                outcome = self.app.facts.record_facts(
                    self.session, self.kind, [f for row in valid for f in row.facts],
                    self.reason)
                self._count(valid, outcome)
                self.batches_saved += 1
                self.result.batches_saved = self.batches_saved
                self.rows_saved = self.result.rows
                self.unsaved_from = batch[-1][0] + 1
                if progress is not None:
                    progress(self.result.rows, self.table.total_rows)
                if cancelled is not None and cancelled():
                    self.result.cancelled = True
                    return
        except Exception as error:
            if self.batches_saved == 0:
                raise
            raise partly_saved(self.table, error, self.language, saved=self.batches_saved,
                               batch_size=batch_size, rows=self.rows_saved,
                               row=self.unsaved_from) from error

    def _count(self, valid: Sequence[_Row], outcome: FactsOutcome) -> None:
        """Each row's outcome from its facts' (see the module's docstring)."""
        row_of = [index for index, row in enumerate(valid) for _ in row.facts]
        applied = {row_of[p] for p in outcome.applied}
        unchanged = {row_of[p] for p in outcome.unchanged} - applied
        refused: dict[int, BerjasaError] = {}
        for position, error in outcome.refused:
            refused.setdefault(row_of[position], error)
        self.result.applied += len(applied)
        self.result.unchanged += len(unchanged)
        self.result.rows += len(applied) + len(unchanged)
        for index, error in sorted(refused.items()):  # _issue counts these rows
            if index not in applied and index not in unchanged:
                self._issue(valid[index].number, valid[index].cells, REJECTED, error)

    def _checked(self, numbered: tuple[int, Cells]) -> _Row | None:
        number, cells = numbered
        try:
            facts = self._facts(cells)
        except ValidationError as error:
            self._issue(number, cells, REJECTED, error)
            return None
        fact = facts[0]
        keys = self._unique_keys(fact)
        for key in keys:
            first = self.first_row_of.get(key)
            if first is not None:
                self._issue(number, cells, DUPLICATE, ValidationError(
                    "facts.duplicate_in_file", what=key[0], value=key[1], first_row=first))
                return None
        self.first_row_of.update(dict.fromkeys(keys, number))
        return _Row(number, cells, facts)

    def _unique_keys(self, fact: WorkerFact) -> list[tuple[str, object]]:
        keys: list[tuple[str, object]] = [("KK", fact.kk) if fact.kk else ("NIK", fact.nik)]
        if self.kind == KPJ:
            keys.append(("KPJ", fact.value))
        return keys

    def _facts(self, cells: Cells) -> tuple[WorkerFact, ...]:
        check_cells(cells)
        cell = self._cell_getter(cells)
        raw = identity_of(cell("nik"), "nik")
        if not raw.strip() and self.kind == DECILE and "kk" in self.table.guessed_mapping:
            kk = _kk(identity_of(cell("kk"), "kk"))
            value, day = self._value(cell), self._day(cell("day"))
            niks = self.family(kk) if self.family is not None else ()
            if not niks:
                raise ValidationError("facts.kk_unmatched", kk=kk)
            return tuple(WorkerFact(nik, value, day, kk=kk) for nik in niks)
        nik = parse_nik(raw).value
        return (WorkerFact(nik, self._value(cell), self._day(cell("day"))),)

    def _value(self, cell: Callable[[str], Any]) -> str | int:
        if self.kind == KPJ:
            value: str | int = _kpj(cell("kpj"))
        elif self.kind == DUKCAPIL:
            value = "_".join(text_of(cell("status")).lower().split())
            if value not in DUKCAPIL_RESULTS:
                raise ValidationError("facts.dukcapil_result", value=text_of(cell("status")),
                                      choices=", ".join(DUKCAPIL_RESULTS))
        else:
            decile = as_decile(decile_of(cell("decile")))
            if decile is None:
                raise ValidationError("worker.decile_range", value=text_of(cell("decile")))
            value = decile
        return value

    def _cell_getter(self, cells: Cells) -> Callable[[str], Any]:
        mapping = self.table.guessed_mapping

        def cell(name: str) -> Any:
            index = mapping.get(name)
            return cells[index] if index is not None and index < len(cells) else None

        return cell

    def _day(self, value: Any) -> date:
        day = day_of(value)
        if day is None:
            raise ValidationError("import.date_invalid", value=text_of(value).strip() or "-")
        if day > self.today:
            raise ValidationError("import.date_future", value=day.isoformat())
        return day

    def _issue(self, number: int, cells: Cells, kind: str, error: BerjasaError) -> None:
        name = _field_at_fault(error)
        index = self.table.guessed_mapping.get(name) if name else None
        if index is None and isinstance(error.params.get("column"), int):
            index = int(error.params["column"]) - 1
        headers = self.table.headers
        column = headers[index] if index is not None and index < len(headers) else None
        issue = RowIssue(number, kind, error.code, error.message(self.language), name, column,
                         tuple(cells))
        self.result.issues.append(issue)
        self.result.rows += 1
        self.result.rejected += 1
        self.report.add(issue)


def _field_at_fault(error: BerjasaError) -> str | None:
    if error.code in _FIELD_OF_CODE:
        return _FIELD_OF_CODE[error.code]
    return "nik" if error.code.startswith("nik.") else None


def _kpj(value: Any) -> str:
    raw = identity_of(value, "kpj")
    number = "".join(raw.replace(".", " ").replace("-", " ").split()).lstrip("'")
    if not (number.isascii() and number.isdigit() and len(number) == KPJ_DIGITS):
        raise ValidationError("worker.kpj_invalid", value=raw.strip() or "-", digits=KPJ_DIGITS)
    return number


def _kk(kk: str) -> str:
    """The KK of a row without a NIK, as 16 digits (spaces between them dropped)."""
    number = "".join(kk.split())
    if not (number.isascii() and number.isdigit() and len(number) == _KK_DIGITS):
        raise ValidationError("facts.kk_invalid", value=kk.strip() or "-", digits=_KK_DIGITS)
    return number


def _batches(rows: Iterator[tuple[int, Cells]], size: int
             ) -> Iterator[Sequence[tuple[int, Cells]]]:
    while batch := list(islice(rows, size)):
        yield batch
