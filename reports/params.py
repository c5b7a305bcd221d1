"""What a report is asked for, and the facts about its inputs it states on every page."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, NotRequired, TypedDict

from domain.values import WITA


class StoredParams(TypedDict):
    """`ReportParams` as plain values: what a report's PDF stores and its fingerprint
    covers (days as ISO text)."""

    year: int | None
    on: str | None
    kecamatan: str | None
    nik: str | None
    since: str | None
    until: str | None
    full_nik: bool
    signed_on: str | None
    language: NotRequired[str]  # absent for Indonesian


class StoredReport(TypedDict):
    """What a report's PDF stores to be regenerated and verified (`reports.verify`)."""

    format: int
    report: str
    params: StoredParams
    as_of: str
    position: int
    fingerprint: str
    data_moment: str | None  # when the last event included was recorded


class ReportSummary(TypedDict):
    """What the console prints of a report made (`--json`)."""

    report: str
    file: str
    pages: int
    position: int
    fingerprint: str
    as_of: str


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
    signed_on: date | None = None    # paritrana, roster: the day the signatory signs
    # audit: the language its summaries and event names are printed in ("id" or "en");
    # the other reports are Indonesian documents.
    language: str = "id"

    def as_dict(self) -> StoredParams:
        values = StoredParams(
            year=self.year, on=self.on.isoformat() if self.on else None,
            kecamatan=self.kecamatan, nik=self.nik,
            since=self.since.isoformat() if self.since else None,
            until=self.until.isoformat() if self.until else None,
            full_nik=self.full_nik,
            signed_on=self.signed_on.isoformat() if self.signed_on else None,
        )
        if self.language != "id":  # absent for Indonesian: earlier documents' parameters
            values["language"] = self.language
        return values

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> ReportParams:
        """The parameters `as_dict` gave (as stored in a report's PDF: read back from its
        JSON, so checked value by value)."""
        def day(key: str) -> date | None:
            value = values.get(key)
            return date.fromisoformat(str(value)) if value else None

        year = values.get("year")
        return cls(year=int(year) if year is not None else None, on=day("on"),
                   kecamatan=values.get("kecamatan") or None, nik=values.get("nik") or None,
                   since=day("since"), until=day("until"),
                   full_nik=bool(values.get("full_nik")), signed_on=day("signed_on"),
                   language=str(values.get("language") or "id"))


@dataclass(frozen=True)
class StoreFacts:
    """What every page states about its inputs: the recorded moment the read models reflect
    and the store's identity (both read from the read models by `reports.api.store_facts`)."""

    as_of: datetime
    office: str = "Dinas Ketenagakerjaan Kota Makassar"
    city: str = "Kota Makassar"
    # When the last event included was recorded, at full precision (stored in the PDF's
    # metadata, not printed: the history gives it again for the same position).
    data_moment: datetime | None = None

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

    def as_dict(self) -> ReportSummary:
        """The console's --json object (the row count is not part of it)."""
        return ReportSummary(report=self.report, file=self.file, pages=self.pages,
                             position=self.position, fingerprint=self.fingerprint,
                             as_of=self.as_of)


def whole_second(moment: datetime) -> datetime:
    """`moment` at the precision every page prints it (seconds, rounded down): the as-of
    moment a report uses is the one it prints, so what is printed regenerates it."""
    return moment - timedelta(microseconds=moment.microsecond)
