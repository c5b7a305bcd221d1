"""What an import did: its counts, the rows it could not enrol and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

REJECTED, DUPLICATE, OVER_QUOTA = "rejected", "duplicate", "over_quota"
KIND_LABELS = {REJECTED: "ditolak", DUPLICATE: "duplikat", OVER_QUOTA: "melebihi kuota"}


class IssueFacts(TypedDict):
    """A row not enrolled, as printed: its number, kind, code, field, column, message."""

    row: int
    kind: str
    code: str
    field: str | None
    column: str | None
    message: str


class WarningFacts(TypedDict):
    row: int
    code: str
    nik: str
    field: str | None
    column: str | None
    message: str


class ImportCounts(TypedDict):
    """What `berjasa-admin import --json` prints."""

    rows: int
    enrolled: int
    rejected: int
    duplicates: int
    over_quota: int
    report: str | None  # the rejection workbook
    warnings: int  # enrolled rows with a warning
    warnings_by_code: dict[str, int]


@dataclass(frozen=True)
class RowIssue:
    """A row that was not enrolled: its number in the file, kind, reason and cells."""

    row: int
    kind: str
    code: str
    message: str
    field: str | None = None
    column: str | None = None
    cells: tuple[Any, ...] = ()
    nik: str = ""

    def as_dict(self) -> IssueFacts:
        return IssueFacts(row=self.row, kind=self.kind, code=self.code, field=self.field,
                          column=self.column, message=self.message)


@dataclass(frozen=True)
class RowWarning:
    """An enrolled row with something worth a look (issue 16): a NIK issued outside
    Makassar or with an unknown kecamatan code, an occupation in no segment."""

    row: int
    code: str
    message: str
    nik: str
    field: str | None = None
    column: str | None = None

    def as_dict(self) -> WarningFacts:
        return WarningFacts(row=self.row, code=self.code, nik=self.nik, field=self.field,
                            column=self.column, message=self.message)


@dataclass
class ImportResult:
    """The outcome of `run_import`; `rows = enrolled + rejected + duplicates + over_quota`."""

    file: Path
    quota: str
    rows: int = 0
    enrolled: int = 0
    rejected: int = 0
    duplicates: int = 0
    over_quota: int = 0
    registered: int = 0
    report: Path | None = None
    cancelled: bool = False
    issues: list[RowIssue] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    # What a cancelled import kept: its committed batches, of how many (None: unknown).
    batches_saved: int = 0
    batches: int | None = None

    @property
    def warned(self) -> int:
        """Enrolled rows with at least one warning."""
        return len({w.row for w in self.warnings})

    @property
    def warnings_by_code(self) -> dict[str, int]:
        return dict(Counter(w.code for w in self.warnings))

    @property
    def rejected_by_code(self) -> dict[str, int]:
        return dict(Counter(i.code for i in self.issues if i.kind == REJECTED))

    def add_issue(self, issue: RowIssue) -> None:
        self.issues.append(issue)
        self.rows += 1
        if issue.kind == REJECTED:
            self.rejected += 1
        elif issue.kind == DUPLICATE:
            self.duplicates += 1
        else:
            self.over_quota += 1

    def add_enrolled(self, count: int, registered: int) -> None:
        self.rows += count
        self.enrolled += count
        self.registered += registered

    def summary(self) -> list[tuple[str, Any]]:
        """The rejection workbook's summary sheet."""
        return [("Berkas", str(self.file)), ("Kuota", self.quota), ("Baris dibaca", self.rows),
                ("Didaftarkan", self.enrolled), ("Ditolak", self.rejected),
                ("Duplikat", self.duplicates), ("Melebihi kuota", self.over_quota),
                ("Didaftarkan dengan peringatan", self.warned)]

    def as_dict(self) -> ImportCounts:
        """Exactly the fields `berjasa-admin import --json` prints."""
        return ImportCounts(
            rows=self.rows, enrolled=self.enrolled, rejected=self.rejected,
            duplicates=self.duplicates, over_quota=self.over_quota,
            report=str(self.report) if self.report else None,
            warnings=self.warned, warnings_by_code=self.warnings_by_code,
        )
