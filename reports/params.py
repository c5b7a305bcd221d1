"""What a report is asked for, and the facts about its inputs it states on every page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from domain.values import WITA


@dataclass(frozen=True)
class ReportParams:
    """A report's parameters; which ones a report uses is listed in `reports.api.REPORTS`."""

    year: int | None = None          # paritrana (required), quota, claims
    on: date | None = None           # coverage/validity date; default the as-of date (WITA)
    kecamatan: str | None = None     # roster: one kecamatan, else the whole city
    nik: str | None = None           # audit: one worker's events
    since: date | None = None        # claims, audit: first day of the period
    until: date | None = None        # claims, audit: last day of the period
    full_nik: bool = False           # the caller's role may see whole NIKs (VIEW_FULL_NIK)

    def as_dict(self) -> dict[str, Any]:
        return {
            "year": self.year, "on": self.on.isoformat() if self.on else None,
            "kecamatan": self.kecamatan, "nik": self.nik,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "full_nik": self.full_nik,
        }


@dataclass(frozen=True)
class StoreFacts:
    """What every page states about its inputs: the recorded moment the read models reflect
    and the store's identity (both read from the read models by `reports.api.store_facts`)."""

    as_of: datetime
    office: str = "Dinas Ketenagakerjaan Kota Makassar"
    city: str = "Kota Makassar"

    @property
    def local_as_of(self) -> datetime:
        return self.as_of.astimezone(WITA)

    @property
    def as_of_date(self) -> date:
        return self.local_as_of.date()


@dataclass(frozen=True)
class ReportInfo:
    """What `generate` wrote: the console prints it with --json."""

    report: str
    file: str
    pages: int
    position: int
    fingerprint: str
    as_of: str
    rows: int = 0       # listing rows printed (roster, claims, audit): for the export log

    def as_dict(self) -> dict[str, Any]:
        """The console's --json object (the row count is not part of it)."""
        return {"report": self.report, "file": self.file, "pages": self.pages,
                "position": self.position, "fingerprint": self.fingerprint,
                "as_of": self.as_of}
