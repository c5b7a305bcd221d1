"""Showing and printing a generated PDF inside the application.

PySide6-Essentials has no QtPdf, so pages are rasterised with pypdfium2 (PDFium, a wheel
with no system dependencies) into QImages: shown in a scroll area, and painted onto a
QPrinter for printing. QImage (unlike QPixmap) may be made off the GUI thread, so a
report's preview is rendered by the same background task that generated it.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from desktop.gui.qt import QImage, QPainter, QPrinter, QRectF

PREVIEW_DPI = 96
PRINT_DPI = 200
POINTS_PER_INCH = 72

_FORMATS = {3: QImage.Format.Format_RGB888, 4: QImage.Format.Format_RGBX8888}


def render_pages(path: Path, dpi: int = PREVIEW_DPI,
                 pages: range | None = None) -> list[QImage]:
    """Every page of the PDF at `path` (or those in `pages`) as an image at `dpi`."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        wanted = pages if pages is not None else range(len(document))
        return [_page_image(document[i], dpi) for i in wanted if 0 <= i < len(document)]
    finally:
        document.close()


def page_count(path: Path) -> int:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def _page_image(page: pypdfium2.PdfPage, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
    try:
        channels = bitmap.stride // bitmap.width if bitmap.width else 4
        image_format = _FORMATS.get(channels, QImage.Format.Format_RGBX8888)
        # copy(): the QImage must own its pixels once the PDFium bitmap is freed.
        return QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                      image_format).copy()
    finally:
        bitmap.close()
        page.close()


def print_pdf(path: Path, printer: QPrinter, dpi: int = PRINT_DPI) -> int:
    """Print every page of the PDF, each scaled to fit the printable area; returns pages."""
    count = page_count(path)
    first = max(printer.fromPage(), 1) - 1 if printer.fromPage() else 0
    last = min(printer.toPage(), count) if printer.toPage() else count
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for index in range(first, last):
            if printed:
                printer.newPage()
            image = render_pages(path, dpi, range(index, index + 1))[0]
            area = painter.viewport()
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed
