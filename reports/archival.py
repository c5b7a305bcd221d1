"""PDF/A-2b post-processing, and the report's parameters stored inside the file.

reportlab writes PDF 1.4 without XMP metadata or an output intent. This step (pikepdf)
adds what archives expect of PDF/A-2b: an XMP packet naming `pdfaid:part` 2 and
conformance B with the same title, author and dates as the document information, and an
sRGB output intent (the ICC profile shipped in `reports/color`). It also stores, under
`/BerjasaReport` in the document information, what `reports.verify` needs to regenerate
the file from the history: the report's name, its effective parameters, the as-of moment
and position of its data, and the fingerprint. Every value comes from the data, never
the clock, and the file's /ID is derived from its content, so the output stays
byte-identical for the same input.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any

import pikepdf

from reports.params import StoredReport

REPORT_KEY = "/BerjasaReport"
PDF_VERSION = "1.7"  # PDF/A-2 is based on PDF 1.7
SRGB_NAME = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class ArchivalFacts:
    """What the XMP packet and the document information say about the file."""

    title: str
    author: str
    subject: str
    creator: str
    moment: datetime            # the data's moment: the file's creation and modification
    stored: StoredReport | None  # what `reports.verify` reads back (canonical JSON)


def _icc_profile() -> bytes:
    return resources.files("reports.color").joinpath("sRGB.icc").read_bytes()


def _xmp_date(moment: datetime) -> str:
    """The same instant and offset as the document information's dates."""
    return moment.replace(microsecond=0).isoformat()


def _write_xmp(pdf: pikepdf.Pdf, facts: ArchivalFacts) -> None:
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        xmp["pdfaid:part"] = "2"
        xmp["pdfaid:conformance"] = "B"
        xmp["dc:title"] = facts.title
        xmp["dc:creator"] = [facts.author]
        xmp["dc:description"] = facts.subject
        xmp["dc:format"] = "application/pdf"
        xmp["pdf:Producer"] = facts.creator
        xmp["xmp:CreatorTool"] = facts.creator
        stamp = _xmp_date(facts.moment)
        xmp["xmp:CreateDate"] = stamp
        xmp["xmp:ModifyDate"] = stamp
        xmp["xmp:MetadataDate"] = stamp


def _write_output_intent(pdf: pikepdf.Pdf) -> None:
    profile = pdf.make_stream(_icc_profile())
    profile.N = 3
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=SRGB_NAME, Info=SRGB_NAME, DestOutputProfile=profile)
    pdf.Root.OutputIntents = pdf.make_indirect(pikepdf.Array([intent]))


def pdf_date(moment: datetime) -> str:
    """`D:20251231230000+08'00'`: the moment in its own offset (UTC when it has none)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{mins:02d}'"


def _write_info(pdf: pikepdf.Pdf, facts: ArchivalFacts) -> None:
    stamp = pdf_date(facts.moment)
    info = pdf.docinfo
    for key in list(info.keys()):
        del info[key]
    info.Title = facts.title
    info.Author = facts.author
    info.Subject = facts.subject
    info.Creator = facts.creator
    info.Producer = facts.creator
    info.CreationDate = stamp
    info.ModDate = stamp
    if facts.stored:
        info[REPORT_KEY] = stored_text(facts.stored)


def stored_text(stored: StoredReport) -> str:
    return json.dumps(stored, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def make_archival(document: bytes, facts: ArchivalFacts) -> bytes:
    """`document` (reportlab's PDF) as PDF/A-2b with `facts` stored in it."""
    with pikepdf.open(io.BytesIO(document)) as pdf:
        _write_info(pdf, facts)
        _write_xmp(pdf, facts)
        _write_output_intent(pdf)
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, force_version=PDF_VERSION,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve, compress_streams=True)
    return out.getvalue()


def read_stored(document: bytes) -> dict[str, Any] | None:
    """What `make_archival` stored in a file, or None when it is no Berjasa report (not a
    PDF, or a PDF without the entry): the JSON as decoded, any file's, so not yet a
    `StoredReport` (`reports.verify.stored_parameters` checks it value by value)."""
    try:
        with pikepdf.open(io.BytesIO(document)) as pdf:
            raw = pdf.docinfo.get(REPORT_KEY)
            text = str(raw) if raw is not None else ""
    except (pikepdf.PdfError, ValueError):
        return None
    try:
        stored = json.loads(text) if text else None
    except ValueError:
        return None
    return stored if isinstance(stored, dict) and "report" in stored else None
