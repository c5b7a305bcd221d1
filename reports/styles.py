"""Fonts shipped with the package and the paragraph styles every report uses.

DejaVu (Bitstream Vera licence, see fonts/LICENSE-DejaVu.txt) is embedded and subset in
every PDF, so a report looks the same on any Windows PC, whatever fonts it has.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab.graphics import shapes
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import tables

SANS, SANS_BOLD = "BerjasaSans", "BerjasaSans-Bold"
NARROW, NARROW_BOLD = "BerjasaNarrow", "BerjasaNarrow-Bold"
_FILES = {
    SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf",
    NARROW: "DejaVuSansCondensed.ttf", NARROW_BOLD: "DejaVuSansCondensed-Bold.ttf",
}

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
ACCENT = colors.HexColor("#0b5394")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#dde7f3")
ZEBRA = colors.HexColor("#f5f7fa")
# Chart series: dark, light, mid, ... alternately, so neighbours differ in grey too.
SERIES = (colors.HexColor("#0b3d6b"), colors.HexColor("#f1a340"), colors.HexColor("#5b8f3a"),
          colors.HexColor("#b3b3b3"), colors.HexColor("#7a1f1f"), colors.HexColor("#8fb9d9"))


@cache
def register_fonts() -> None:
    """Register the embedded fonts once per process."""
    package = resources.files("reports.fonts")
    for name, filename in _FILES.items():
        with resources.as_file(package.joinpath(filename)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS,
                                  boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(NARROW, normal=NARROW, bold=NARROW_BOLD, italic=NARROW,
                                  boldItalic=NARROW_BOLD)
    # A chart's drawing starts in the graphics' default font, an unembedded Helvetica
    # (not allowed in PDF/A); every drawing of ours starts in an embedded one instead.
    shapes.STATE_DEFAULTS["fontName"] = NARROW
    # Likewise a table cell without a FONTNAME command.
    tables.CellStyle.fontname = NARROW


def _style(name: str, size: float, font: str = SANS, **extra: object) -> ParagraphStyle:
    settings: dict[str, object] = {"textColor": INK, **extra}
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, **settings)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "cover_title": _style("cover_title", 24, SANS_BOLD, alignment=TA_CENTER,
                              textColor=ACCENT, spaceAfter=12),
        "cover_sub": _style("cover_sub", 14, SANS, alignment=TA_CENTER, spaceAfter=8),
        "title": _style("title", 15, SANS_BOLD, textColor=ACCENT, spaceAfter=6),
        "h1": _style("h1", 12.5, SANS_BOLD, textColor=ACCENT, spaceBefore=10, spaceAfter=5),
        "h2": _style("h2", 10.5, SANS_BOLD, spaceBefore=7, spaceAfter=3),
        "body": _style("body", 9.5, spaceAfter=4),
        "note": _style("note", 8, textColor=MUTED, spaceAfter=3),
        "cell": _style("cell", 8, NARROW, alignment=TA_LEFT),
        "cell_right": _style("cell_right", 8, NARROW, alignment=TA_RIGHT),
        "cell_head": _style("cell_head", 8, NARROW_BOLD, alignment=TA_LEFT),
        "cell_head_right": _style("cell_head_right", 8, NARROW_BOLD, alignment=TA_RIGHT),
        "sign": _style("sign", 10, alignment=TA_LEFT),
        "sign_name": _style("sign_name", 10, SANS_BOLD, alignment=TA_LEFT),
        "kop_city": _style("kop_city", 13, SANS_BOLD, alignment=TA_CENTER),
        "kop_office": _style("kop_office", 15, SANS_BOLD, alignment=TA_CENTER, spaceAfter=2),
        "kop_line": _style("kop_line", 8.5, alignment=TA_CENTER),
        "toc": _style("toc", 10.5, spaceBefore=3),
        "fact_label": _style("fact_label", 11, SANS),
        "fact_value": _style("fact_value", 11, SANS_BOLD, alignment=TA_RIGHT),
    }
