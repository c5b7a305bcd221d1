"""Small building blocks: headings, paragraphs, key-value and summary tables."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from domain.formatting import format_number
from reports.styles import HEADER_FILL, NARROW, NARROW_BOLD, RULE, ZEBRA, styles


def text(value: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(value), styles()[style])


def heading(value: str, level: int = 1) -> Paragraph:
    return text(value, "h1" if level == 1 else "h2")


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


# A summary table's cell shows at most this many characters of a stored text, then a mark:
# any recorded text (a 3,000-character reason) fits on a page.
CELL_LIMIT = 600


def clipped(value: str, limit: int = CELL_LIMIT) -> str:
    if len(value) <= limit:
        return value
    return f"{value[:limit]}… [dipotong; {format_number(len(value))} karakter]"


def _cell(value: str, style: str) -> Paragraph:
    return Paragraph(escape(clipped(str(value))), styles()[style])


def table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
          numeric: Sequence[int] = (), total: Sequence[str] | None = None,
          avail: float = 180) -> Table:
    """A summary table (tens of rows): header shaded, numeric columns right-aligned.

    `widths` are shares of `avail` millimetres-free points; cells wrap as paragraphs.
    """
    scale = avail / sum(widths)
    body: list[list[Flowable]] = [[_cell(h, "cell_head_right" if i in numeric else "cell_head")
                                   for i, h in enumerate(header)]]
    for row in rows:
        body.append([_cell(v, "cell_right" if i in numeric else "cell")
                     for i, v in enumerate(row)])
    if total is not None:
        body.append([_cell(v, "cell_head_right" if i in numeric else "cell_head")
                     for i, v in enumerate(total)])
    result = Table(body, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT",
                   spaceAfter=6)
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), NARROW),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in range(2, len(body), 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    if total is not None:
        commands += [("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
                     ("FONTNAME", (0, -1), (-1, -1), NARROW_BOLD)]
    result.setStyle(TableStyle(commands))
    return result


def facts_table(pairs: Sequence[tuple[str, str]], avail: float, large: bool = False) -> Table:
    """Label: value pairs, e.g. a report's identity block (`large`: the cover's figures)."""
    label, value = ("fact_label", "fact_value") if large else ("cell_head", "cell")
    body = [[_cell(k, label), _cell(v, value)] for k, v in pairs]
    share = 0.6 if large else 0.32
    result = Table(body, colWidths=[avail * share, avail * (1 - share)], hAlign="LEFT")
    result.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4 if large else 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 if large else 2),
        ("TEXTCOLOR", (0, 0), (0, -1), colors.black),
    ]))
    return result
