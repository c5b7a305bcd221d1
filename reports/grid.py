"""A light table flowable for long listings (rosters, audit extracts).

reportlab's Table measures every cell of the whole table before it splits; one Table of
tens of thousands of rows takes minutes. A Grid keeps its rows as plain strings in one
shared list, splits at page ends by index (no copying), repeats its header on every page,
and wraps only the columns marked to wrap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from domain.formatting import format_number
from reports.styles import HEADER_FILL, INK, NARROW, NARROW_BOLD, RULE, ZEBRA

PAD = 2.2
ELLIPSIS = "…"
# A wrapped cell shows at most this many lines; a longer text (a 3,000-character reason)
# ends with a marker saying how long it was, so no row can outgrow a page.
MAX_LINES = 12


@dataclass(frozen=True)
class Column:
    title: str
    width: float            # share of the available width (all columns' shares are scaled)
    align: str = "L"        # L | R | C
    wrap: bool = False      # wrap long text over several lines instead of shortening it


@lru_cache(maxsize=65536)
def text_width(text: str, font: str, size: float) -> float:
    """Cached: dates, programmes and kelurahan names repeat across thousands of rows."""
    return float(stringWidth(text, font, size))


def fit(text: str, width: float, font: str, size: float) -> str:
    """`text` shortened with an ellipsis so it fits `width` points."""
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + ELLIPSIS


def truncation_mark(text: str) -> str:
    return f"{ELLIPSIS} [dipotong; {format_number(len(text))} karakter]"


def wrapped(text: str, width: float, font: str, size: float,
            max_lines: int = MAX_LINES) -> list[str]:
    """`text` over lines of `width` points, at most `max_lines`: a text that does not fit
    whole (too many lines, or a word wider than the column) ends with a mark saying how
    long it was."""
    split = simpleSplit(text, font, size, width) or [""]
    lines = [fit(line, width, font, size) for line in split]
    cut = len(lines) > max_lines or lines != split
    if not cut:
        return lines
    mark = simpleSplit(truncation_mark(text), font, size, width)
    keep = max(1, min(len(lines), max_lines - len(mark)))
    return [*lines[:keep], *mark]


class Grid(Flowable):  # type: ignore[misc]
    """Rows [start, stop) of a shared row list, drawn as a ruled table with a header."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Sequence[str]],
                 size: float = 7.5, start: int = 0, stop: int | None = None,
                 _heights: list[float] | None = None, _widths: list[float] | None = None,
                 caption: str = ""):
        super().__init__()
        self.columns, self.rows, self.size = list(columns), rows, size
        self.start, self.stop = start, len(rows) if stop is None else stop
        self.line = size * 1.22
        self._heights = _heights
        self._widths = _widths
        # Named above the header of every page but the first ("Kecamatan Tallo
        # (lanjutan)"), so a continuation page says what it continues.
        self.caption = caption

    # --- measuring ------------------------------------------------------------------------

    def _measure(self, avail_width: float) -> None:
        if self._widths is None:
            total = sum(c.width for c in self.columns)
            self._widths = [avail_width * c.width / total for c in self.columns]
        if self._heights is None:
            self._heights = [self._row_height(row) for row in self.rows]

    def _lines(self, text: str, index: int) -> list[str]:
        assert self._widths is not None
        inner = self._widths[index] - 2 * PAD
        if self.columns[index].wrap:
            return wrapped(text, inner, NARROW, self.size)
        return [fit(text, inner, NARROW, self.size)]

    def _row_height(self, row: Sequence[str]) -> float:
        wrapped = [len(self._lines(row[i], i)) for i, c in enumerate(self.columns) if c.wrap]
        return max([1, *wrapped]) * self.line + 2 * PAD

    @property
    def continued(self) -> bool:
        return bool(self.caption) and self.start > 0

    @property
    def header_height(self) -> float:
        return self.line + 2 * PAD + (self.line + 2 * PAD if self.continued else 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._measure(avail_width)
        assert self._heights is not None and self._widths is not None
        self.width = sum(self._widths)
        # Summing only what can matter keeps a 100,000-row grid's repeated wraps linear:
        # past the available height the exact total is not needed until the last part.
        used, index = self.header_height, self.start
        while index < self.stop and used <= avail_height:
            used += self._heights[index]
            index += 1
        self.height = used if index == self.stop else used + (self.stop - index)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._measure(avail_width)
        assert self._heights is not None
        used, cut = self.header_height, self.start
        while cut < self.stop and used + self._heights[cut] <= avail_height:
            used += self._heights[cut]
            cut += 1
        if cut == self.start:
            return []
        return [self._part(self.start, cut), self._part(cut, self.stop)]

    def _part(self, start: int, stop: int) -> Grid:
        return Grid(self.columns, self.rows, self.size, start, stop, self._heights, self._widths,
                    self.caption)

    # --- drawing --------------------------------------------------------------------------

    def draw(self) -> None:
        canvas: Canvas = self.canv
        assert self._heights is not None and self._widths is not None
        top = self.height
        if self.continued:
            canvas.setFillColor(INK)
            canvas.setFont(NARROW_BOLD, self.size + 1)
            canvas.drawString(0, top - PAD - self.size, f"{self.caption} (lanjutan)")
            top -= self.line + 2 * PAD
        row_height = self.line + 2 * PAD
        self._draw_row(canvas, [c.title for c in self.columns], top, row_height,
                       header=True, shade=True)
        top -= row_height
        for index in range(self.start, self.stop):
            height = self._heights[index]
            self._draw_row(canvas, self.rows[index], top, height, header=False,
                           shade=(index - self.start) % 2 == 1)
            top -= height
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        boxed = self.height - (self.line + 2 * PAD if self.continued else 0)
        canvas.rect(0, 0, self.width, boxed, stroke=1, fill=0)

    def _draw_row(self, canvas: Canvas, cells: Sequence[str], top: float, height: float,
                  *, header: bool, shade: bool) -> None:
        assert self._widths is not None
        if shade:
            canvas.setFillColor(HEADER_FILL if header else ZEBRA)
            canvas.rect(0, top - height, self.width, height, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.line(0, top - height, self.width, top - height)
        canvas.setFillColor(INK)
        font = NARROW_BOLD if header else NARROW
        # One text object per row: far cheaper than a drawString per cell.
        writer = canvas.beginText()
        writer.setFont(font, self.size)
        x = 0.0
        for index, column in enumerate(self.columns):
            width = self._widths[index]
            lines = ([fit(cells[index], width - 2 * PAD, font, self.size)]
                     if header else self._lines(cells[index], index))
            baseline = top - PAD - self.size
            for text in lines:
                writer.setTextOrigin(self._start(text, x, width, column.align, font), baseline)
                writer.textOut(text)
                baseline -= self.line
            x += width
        canvas.drawText(writer)

    def _start(self, text: str, x: float, width: float, align: str, font: str) -> float:
        if align == "R":
            return x + width - PAD - text_width(text, font, self.size)
        if align == "C":
            return x + (width - text_width(text, font, self.size)) / 2
        return x + PAD
