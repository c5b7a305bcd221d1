"""Ekstrak jejak audit: recorded events of a period, or of one worker, oldest first.

The first page sums the events up by type and by user; event types and status codes are
printed in words (`reports.event_names`), never as identifiers, and the summaries in the
report's language (`ReportParams.language`, Indonesian unless asked)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, time
from typing import Any, NotRequired, TypedDict

from reportlab.platypus import Flowable, PageBreak

from domain.formatting import format_date, format_number
from domain.values import WITA, as_timestamp
from projections.api import ReadModels
from projections.audit_texts import audit_summary
from reports.blocks import heading, table, text
from reports.common import avail_width, iso_day, shown_nik, shown_niks, sorted_counts
from reports.event_names import event_name, status_words
from reports.grid import Column, Grid
from reports.params import ReportParams, StoreFacts

TITLE = "Ekstrak Jejak Audit"
WIDE = True
COVER = False
PAGE = 1000
COLUMNS = (Column("Posisi", 7, "R"), Column("Waktu (WITA)", 13), Column("Pengguna", 9),
           Column("Workstation", 9), Column("Peristiwa", 19), Column("Ringkasan", 33, wrap=True),
           Column("Alasan", 14, wrap=True))
# The extract's own words in English, for an extract made in English (the page frame, as
# every report's, stays Indonesian).
ENGLISH = {
    "Posisi": "Position", "Waktu (WITA)": "Time (WITA)", "Pengguna": "User",
    "Peristiwa": "Event", "Ringkasan": "Summary", "Alasan": "Reason",
    "Ekstrak Jejak Audit": "Audit Trail Extract", "periode": "period", "awal": "start",
    "sekarang": "now", "pekerja NIK": "worker NIK",
    "{total} peristiwa tercatat, urut menurut posisi dalam log (terlama lebih dulu). "
    "Ringkasan menurut jenis peristiwa dan pengguna:":
        "{total} recorded events, in log order (oldest first). Summary by event type and "
        "by user:",
    "Menurut pengguna": "By user", "Menurut jenis peristiwa": "By event type",
    "Jenis peristiwa": "Event type", "Jumlah": "Count", "Tidak ada peristiwa.": "No events.",
}


def _bounds(params: ReportParams) -> tuple[datetime | None, datetime | None]:
    since = datetime.combine(params.since, time.min, WITA) if params.since else None
    until = datetime.combine(params.until, time.max, WITA) if params.until else None
    return since, until


def _local(moment: Any) -> str:
    stamp = as_timestamp(moment) if isinstance(moment, str) else moment
    return f"{stamp.astimezone(WITA):%d-%m-%Y %H.%M.%S}"


# Reports of format 1 (issued before the trail kept codes) printed these lines with every
# comma turned into a point, the recorded source's too ("BPS Kota Makassar. Sakernas"):
# regenerated alike so that they still verify; later formats print the source as typed.
_FORMAT_1_POINTS = frozenset({"policy.workforce_recorded", "policy.pbpu_recorded"})


def _summary(row: Mapping[str, Any], language: str, stored_format: int) -> str:
    text = audit_summary(row, language)
    if stored_format == 1 and row.get("code") in _FORMAT_1_POINTS:
        return text.replace(",", ".")
    return text


class AuditExtract(TypedDict):
    since: str | None
    until: str | None
    nik: str | None  # as the reader may see it
    by_type: list[tuple[str, int]]
    by_user: list[tuple[str, int]]
    rows: list[tuple[str, ...]]
    language: NotRequired[str]  # absent for Indonesian


def collect(read_models: ReadModels, params: ReportParams, facts: StoreFacts,
            stored_format: int) -> AuditExtract:
    """The trail's lines (`stored_format`: the format the report is made in, whose words
    a regenerated report of format 1 must repeat)."""
    since, until = _bounds(params)
    rows: list[tuple[str, ...]] = []
    offset, language = 0, params.language
    while True:
        page = read_models.audit_trail(since=since, until=until, nik=params.nik or None,
                                       offset=offset, limit=PAGE)
        rows += [(str(r["position"]), _local(r["time"]), str(r.get("actor") or "-"),
                  str(r.get("workstation") or "-"),
                  event_name(str(r.get("event_type") or "-"), language),
                  status_words(shown_niks(_summary(r, language, stored_format),
                                                params.full_nik)),
                  shown_niks(str(r.get("reason") or ""), params.full_nik))
                 for r in page.rows]
        offset += len(page.rows)
        if not page.rows or offset >= page.total:
            break
    rows.sort(key=lambda r: int(r[0]))
    found = AuditExtract(
        since=params.since.isoformat() if params.since else None,
        until=params.until.isoformat() if params.until else None,
        nik=shown_nik(params.nik, params.full_nik) if params.nik else None,
        by_type=sorted_counts(dict(Counter(r[4] for r in rows))),
        by_user=sorted_counts(dict(Counter(r[2] for r in rows))),
        rows=[(format_number(int(r[0])), *r[1:]) for r in rows])
    if language != "id":  # absent for Indonesian: earlier extracts' figures unchanged
        found["language"] = language
    return found


def story(data: AuditExtract, facts: StoreFacts) -> list[Flowable]:
    english = data.get("language") == "en"

    def w(words: str) -> str:
        return ENGLISH.get(words, words) if english else words

    def day(value: Any) -> str:
        found = iso_day(value)
        return format_date(found, "en" if english else "id") if found else "-"

    scope = []
    if data["since"] or data["until"]:
        scope.append(f"{w('periode')} {day(data['since']) if data['since'] else w('awal')} – "
                     f"{day(data['until']) if data['until'] else w('sekarang')}")
    if data["nik"]:
        scope.append(f"{w('pekerja NIK')} {data['nik']}")
    width = avail_width(WIDE)
    total = format_number(len(data["rows"]))
    by_type = [[name, format_number(n)] for name, n in data["by_type"]]
    by_user = [[user, format_number(n)] for user, n in data["by_user"]]
    columns = tuple(replace(c, title=w(c.title)) for c in COLUMNS)
    # Two plain tables one after the other: each splits over pages however many types.
    return [
        heading(w("Ekstrak Jejak Audit") + (f" — {', '.join(scope)}" if scope else "")),
        text(w("{total} peristiwa tercatat, urut menurut posisi dalam log (terlama lebih "
               "dulu). Ringkasan menurut jenis peristiwa dan pengguna:").format(total=total)),
        heading(w("Menurut pengguna"), 2),
        table([w("Pengguna"), w("Jumlah")], by_user, [70, 30], numeric=(1,),
              total=[w("Jumlah"), total], avail=width * 0.4),
        heading(w("Menurut jenis peristiwa"), 2),
        table([w("Jenis peristiwa"), w("Jumlah")], by_type, [80, 20], numeric=(1,),
              total=[w("Jumlah"), total], avail=width * 0.6),
        PageBreak(),
        Grid(columns, data["rows"]) if data["rows"] else text(w("Tidak ada peristiwa.")),
    ]
