"""Is this PDF a genuine Berjasa report? Regenerate it from the history and compare.

Every report stores, in its document information (`reports.archival`), its name, its
effective parameters, the as-of moment and position of its data and its fingerprint. The
verdict regenerates the report from the history with exactly those and compares the bytes:
identical means genuine; otherwise it says what differs (the position or fingerprint the
history now gives, or the pages whose content was changed).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import NotRequired, TypedDict

import pikepdf

from domain.errors import ValidationError
from domain.values import as_timestamp
from projections.api import ReadModels
from reports.api import REPORT_NAMES, render, store_facts
from reports.archival import read_stored
from reports.params import ReportParams, StoredReport

# Opens the read models a stored report was made from: the log up to the position, with
# the as-of moment's day (what live read models and an as-of replay both held).
ReplayOpener = Callable[[datetime, int], ReadModels]


class VerdictFacts(TypedDict):
    """`Verdict` as `report verify --json` prints it."""

    genuine: bool
    report: str
    position: int
    fingerprint: str
    differences: NotRequired[list[str]]  # only when not genuine


@dataclass(frozen=True)
class Verdict:
    genuine: bool
    report: str
    position: int
    fingerprint: str
    differences: list[str] = field(default_factory=list)

    def as_dict(self) -> VerdictFacts:
        found = VerdictFacts(genuine=self.genuine, report=self.report, position=self.position,
                             fingerprint=self.fingerprint)
        if not self.genuine:
            found["differences"] = list(self.differences)
        return found


def stored_parameters(document: bytes) -> StoredReport:
    """What the file says it is, checked value by value (a report of format 1 stored no
    format; one made before the data moment was stored, none); refused
    (`report.not_berjasa`) when it is not a report Berjasa wrote."""
    stored = read_stored(document)
    if stored is None or stored.get("report") not in REPORT_NAMES:
        raise ValidationError("report.not_berjasa")
    try:
        as_of = str(stored["as_of"])
        as_timestamp(as_of)
        data_moment = stored.get("data_moment")
        return StoredReport(
            format=int(stored.get("format") or 1), report=str(stored["report"]),
            params=ReportParams.from_dict(dict(stored.get("params") or {})).as_dict(),
            as_of=as_of, position=int(stored["position"]),
            fingerprint=str(stored.get("fingerprint") or ""),
            data_moment=None if data_moment is None else str(data_moment))
    except (KeyError, TypeError, ValueError, ValidationError):
        raise ValidationError("report.not_berjasa") from None


def _page_streams(document: bytes) -> list[bytes]:
    with pikepdf.open(io.BytesIO(document)) as pdf:
        return [page.obj.Contents.read_bytes() if "/Contents" in page.obj else b""
                for page in pdf.pages]


def _page_differences(given: bytes, regenerated: bytes) -> list[str]:
    try:
        mine, theirs = _page_streams(given), _page_streams(regenerated)
    except pikepdf.PdfError:
        return ["berkas PDF tidak dapat dibaca utuh"]
    if len(mine) != len(theirs):
        return [f"jumlah halaman {len(mine)}, seharusnya {len(theirs)}"]
    pages = [str(i) for i, (a, b) in enumerate(zip(mine, theirs, strict=True), 1) if a != b]
    if pages:
        return [f"isi halaman {', '.join(pages)} berbeda dari yang dihasilkan riwayat"]
    return ["berkas berbeda dari yang dihasilkan riwayat (di luar isi halaman)"]


def verify_report(document: bytes, open_replay: ReplayOpener,
                  link_at: Callable[[int], str | None] | None = None) -> Verdict:
    """The verdict on `document`: regenerated through `open_replay` (closed afterwards),
    with the chain link `link_at` gives (printed beside the position)."""
    stored = stored_parameters(document)
    name, position = stored["report"], stored["position"]
    moment = as_timestamp(stored["as_of"])
    params = ReportParams.from_dict(stored["params"])
    models = open_replay(moment, position)
    try:
        regenerated, info, _data = render(name, models, params, store_facts(models, moment),
                                          link_at, stored["format"])
    finally:
        close = getattr(models, "close", None)
        if callable(close):
            close()
    fingerprint = stored["fingerprint"]
    if regenerated == document:
        return Verdict(True, name, position, fingerprint)
    differences = []
    if info.position != position:
        differences.append(f"posisi peristiwa tercetak #{position}, riwayat memberi "
                           f"#{info.position}")
    if info.fingerprint != fingerprint:
        differences.append(f"kode verifikasi tercetak {fingerprint}, riwayat memberi "
                           f"{info.fingerprint}")
    if not differences:
        differences = _page_differences(document, regenerated)
    return Verdict(False, name, position, fingerprint, differences)
