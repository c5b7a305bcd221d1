"""The page frame every report shares, and the deterministic PDF writer.

Every page carries the city's and office's names, the report title, "Halaman X dari Y",
and a footer with the as-of moment, the last event position and the data fingerprint.
The total page count is a PDF form drawn on every page and defined once at the end, so
a 2,500-page roster is written in one pass without keeping its pages in memory.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.tableofcontents import TableOfContents

from domain.formatting import format_datetime, format_number
from reports.archival import ArchivalFacts, make_archival, pdf_date
from reports.params import StoredReport
from reports.styles import ACCENT, INK, MUTED, RULE, SANS, SANS_BOLD, register_fonts

MARGIN = 15 * mm
HEADER_HEIGHT = 17 * mm
FOOTER_HEIGHT = 12 * mm
_TOTAL_FORM = "BerjasaPageTotal"
CREATOR = "Berjasa (Disnaker Kota Makassar)"


@dataclass(frozen=True)
class PageFrame:
    """What every page states about the document."""

    title: str
    city: str
    office: str
    as_of: datetime
    position: int
    fingerprint: str
    wide: bool = False
    # The start of the integrity chain's link at `position` (issue 22): what `audit verify`
    # prints as `head_hash` when the report was made from the newest event; "" when unknown.
    chain_link: str = ""

    @property
    def pagesize(self) -> tuple[float, float]:
        width, height = landscape(A4) if self.wide else A4
        return float(width), float(height)

    def footer_text(self) -> str:
        return " · ".join(self.footer_parts())

    def footer_parts(self) -> list[str]:
        """What the footer says, in order: the data's moment and position, the chain's
        link there (reports of format 2 on), the verification code."""
        parts = [f"Data per {format_datetime(self.as_of)}",
                 f"posisi peristiwa #{format_number(self.position)}"]
        if self.chain_link:
            parts.append(f"rantai {self.chain_link}")
        return [*parts, f"kode verifikasi {self.fingerprint}"]


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that writes the final page count into a form used by every page."""

    def save(self) -> None:
        total = self.getPageNumber() - 1
        self.beginForm(_TOTAL_FORM)
        self.setFont(SANS, 7.5)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


def _draw_page_number(canvas: Canvas, frame: PageFrame) -> None:
    width, _ = frame.pagesize
    prefix = f"Halaman {canvas.getPageNumber()} dari "
    canvas.setFont(SANS, 7.5)
    canvas.setFillColor(MUTED)
    # Room for up to six digits of the total, right-aligned as a block.
    x = width - MARGIN - canvas.stringWidth(prefix + "000000", SANS, 7.5)
    canvas.drawString(x, MARGIN - 2 * mm, prefix)
    canvas.saveState()
    canvas.translate(x + canvas.stringWidth(prefix, SANS, 7.5), MARGIN - 2 * mm)
    canvas.doForm(_TOTAL_FORM)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, frame: PageFrame) -> None:
    width, _ = frame.pagesize
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, MARGIN + 2 * mm, width - MARGIN, MARGIN + 2 * mm)
    canvas.setFont(SANS, 7)
    canvas.setFillColor(MUTED)
    for line, text in enumerate(_footer_lines(canvas, frame)):
        canvas.drawString(MARGIN, MARGIN - (2 + FOOTER_LEADING_MM * line) * mm, text)
    _draw_page_number(canvas, frame)


FOOTER_LEADING_MM = 3.2


def _footer_lines(canvas: Canvas, frame: PageFrame) -> list[str]:
    """The footer on one line when it fits beside the page number, else on two (a
    portrait page with the chain link: one line ran into "Halaman 1 dari 8")."""
    width, _ = frame.pagesize
    room = width - 2 * MARGIN - canvas.stringWidth("Halaman 000 dari 000000", SANS, 7.5)
    text = frame.footer_text()
    if canvas.stringWidth(text, SANS, 7) <= room - 4 * mm:
        return [text]
    parts = frame.footer_parts()
    return [" · ".join(parts[:2]), " · ".join(parts[2:])]


def _draw_header(canvas: Canvas, frame: PageFrame) -> None:
    width, height = frame.pagesize
    top = height - MARGIN
    canvas.setFillColor(INK)
    canvas.setFont(SANS_BOLD, 9)
    canvas.drawString(MARGIN, top - 3 * mm, f"PEMERINTAH {frame.city.upper()}")
    canvas.setFont(SANS, 8.5)
    canvas.drawString(MARGIN, top - 7.5 * mm, frame.office)
    canvas.setFillColor(ACCENT)
    canvas.setFont(SANS_BOLD, 8.5)
    canvas.drawRightString(width - MARGIN, top - 3 * mm, frame.title)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1)
    canvas.line(MARGIN, top - 10 * mm, width - MARGIN, top - 10 * mm)


def _templates(frame: PageFrame) -> list[PageTemplate]:
    width, height = frame.pagesize
    body = Frame(MARGIN, MARGIN + FOOTER_HEIGHT - 4 * mm, width - 2 * MARGIN,
                 height - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT + 4 * mm,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    cover = Frame(MARGIN, MARGIN + FOOTER_HEIGHT, width - 2 * MARGIN,
                  height - 2 * MARGIN - FOOTER_HEIGHT, id="cover")

    def normal_page(canvas: Canvas, _doc: Any) -> None:
        _draw_header(canvas, frame)
        _draw_footer(canvas, frame)

    def cover_page(canvas: Canvas, _doc: Any) -> None:
        _draw_footer(canvas, frame)

    return [PageTemplate("normal", [body], onPage=normal_page, pagesize=frame.pagesize),
            PageTemplate("cover", [cover], onPage=cover_page, pagesize=frame.pagesize)]


class _Document(BaseDocTemplate):  # type: ignore[misc]
    """Tells a table of contents, when the story has one, where each section begins."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab hook)
        style = getattr(flowable, "style", None)
        if isinstance(flowable, Paragraph) and getattr(style, "name", "") == "h1":
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))


def render_pdf(frame: PageFrame, story: list[Flowable], *, cover: bool = False,
               subject: str = "", stored: StoredReport | None = None) -> tuple[bytes, int]:
    """The PDF/A-2b bytes and page count, with `stored` (what regenerates the report) in
    its document information. Same frame, story and stored values → the same bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = _Document(
        buffer, pagesize=frame.pagesize, title=frame.title, author=frame.office,
        subject=subject or frame.title, creator=CREATOR, producer=CREATOR,
        invariant=1, pageCompression=1, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN, bottomMargin=MARGIN,
        # Every page starts in an embedded font: reportlab's default would reference an
        # unembedded Helvetica on every page (not allowed in PDF/A).
        initialFontName=SANS, initialFontSize=8, initialLeading=10,
    )
    templates = _templates(frame)
    doc.addPageTemplates(templates[::-1] if cover else templates)
    flowables = [NextPageTemplate("normal"), *story] if cover else story
    stamp = pdf_date(frame.as_of)

    def canvas_maker(*args: Any, **kwargs: Any) -> NumberedCanvas:
        canvas = NumberedCanvas(*args, **kwargs)
        # Creation/modification date and document id follow the as-of moment and the data,
        # never the wall clock, so a regenerated report is byte-identical.
        canvas.setDateFormatter(lambda *_parts: stamp)
        canvas._doc.updateSignature(f"{stamp}|{frame.position}|{frame.fingerprint}")
        return canvas

    if any(isinstance(f, TableOfContents) for f in story):
        doc.multiBuild(flowables, canvasmaker=canvas_maker)  # pass 2 knows the pages
    else:
        doc.build(flowables, canvasmaker=canvas_maker)
    facts = ArchivalFacts(title=frame.title, author=frame.office, subject=subject or frame.title,
                          creator=CREATOR, moment=frame.as_of, stored=stored)
    return make_archival(buffer.getvalue(), facts), doc.page - 0


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a half-written PDF never replaces a good one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    os.replace(partial, path)
