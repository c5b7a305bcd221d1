"""What the real-store tests (tests/integration/test_reports_figures.py) cannot reach
cheaply: a listing of thousands of pages, long cells, chart axes, the fingerprint, the
page frame's determinism. No read models here: the layout parts are fed plain rows."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from domain.errors import ValidationError
from reports.api import report_module
from reports.blocks import table
from reports.charts import _nice_top, bar_chart
from reports.document import PageFrame, render_pdf
from reports.fingerprint import fingerprint
from reports.grid import MAX_LINES, Column, Grid, text_width, wrapped
from reports.styles import NARROW, register_fonts

FRAME = PageFrame(title="Uji", city="Kota Makassar", office="Dinas Ketenagakerjaan",
                  as_of=datetime(2025, 12, 31, 15, tzinfo=UTC), position=4321,
                  fingerprint="0123456789ab", wide=False)
COLUMNS = (Column("No", 6, "R"), Column("Nama", 30), Column("Catatan", 40, wrap=True))


def listing(rows: int) -> list[tuple[str, str, str]]:
    return [(str(i + 1), f"Pekerja {i + 1:05d} " + "Daeng " * (i % 9),
             "catatan panjang " * (i % 13)) for i in range(rows)]


@pytest.fixture(scope="module")
def long_listing() -> tuple[bytes, int, list[str]]:
    pdf, pages = render_pdf(FRAME, [Grid(COLUMNS, listing(3_000))])
    return pdf, pages, [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_a_long_listing_splits_over_many_pages_and_loses_no_row(
    long_listing: tuple[bytes, int, list[str]],
) -> None:
    _pdf, pages, texts = long_listing
    assert pages == len(texts) > 60
    numbers = [int(m) for text in texts for m in re.findall(r"^\s*(\d+) Pekerja", text, re.M)]
    assert numbers == list(range(1, 3_001))
    assert all(text.count("No Nama Catatan") == 1 for text in texts)  # header on every page


def test_every_page_of_a_long_listing_knows_the_total(
    long_listing: tuple[bytes, int, list[str]],
) -> None:
    _pdf, pages, texts = long_listing
    for number, text in enumerate(texts, start=1):
        assert re.search(rf"Halaman {number} dari\s*{pages}\b", text)
        assert "posisi peristiwa #4.321 · kode verifikasi 0123456789ab" in text


def test_the_same_frame_and_rows_give_the_same_bytes() -> None:
    first, _ = render_pdf(FRAME, [Grid(COLUMNS, listing(300))])
    second, _ = render_pdf(FRAME, [Grid(COLUMNS, listing(300))])
    assert first == second
    meta = PdfReader(io.BytesIO(first)).metadata
    assert meta is not None and meta["/CreationDate"] == "D:20251231150000+00'00'"


def test_a_cell_too_long_for_its_column_is_shortened_not_spilled() -> None:
    rows = [("1", "Nama " * 40, "pendek")]
    pdf, _ = render_pdf(FRAME, [Grid(COLUMNS, rows)])
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "…" in text and text.count("Nama") < 40


def test_fonts_are_embedded() -> None:
    pdf, _ = render_pdf(FRAME, [Grid(COLUMNS, listing(5))])
    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    descriptors = [f.get_object()["/FontDescriptor"] for f in fonts.values()
                   if "/FontDescriptor" in f.get_object()]
    assert descriptors and all("/FontFile2" in d for d in descriptors)


@pytest.mark.parametrize(("value", "top"), [(0, 10), (7, 10), (107, 200), (244, 250),
                                             (81_466, 100_000), (45_000, 50_000)])
def test_chart_axes_start_at_zero_and_end_at_a_round_number(value: int, top: int) -> None:
    assert _nice_top(value) == top
    chart = bar_chart("Uji", ["Jan 25"], [value]).contents[1]
    assert (chart.valueAxis.valueMin, chart.valueAxis.valueMax) == (0, top)


def test_the_fingerprint_ignores_key_order_and_sees_every_figure() -> None:
    assert fingerprint({"a": 1, "b": [1, 2]}) == fingerprint({"b": [1, 2], "a": 1})
    assert fingerprint({"a": 1, "b": [1, 2]}) != fingerprint({"a": 1, "b": [2, 1]})
    assert re.fullmatch(r"[0-9a-f]{12}", fingerprint({}))


def test_an_unknown_report_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        report_module("rahasia")
    assert refused.value.code == "report.unknown"


def test_continuation_pages_name_what_they_continue() -> None:
    pdf, pages = render_pdf(FRAME, [Grid(COLUMNS, listing(400), caption="Kecamatan Tallo")])
    texts = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    assert pages == len(texts) > 2
    assert "Kecamatan Tallo (lanjutan)" not in texts[0]
    assert all("Kecamatan Tallo (lanjutan)" in text for text in texts[1:])


@pytest.mark.parametrize("value", ["alasan panjang " * 200, "X" * 3000, "Y" * 10])
def test_a_wrapped_cell_is_cut_with_a_mark_after_its_last_line(value: str) -> None:
    register_fonts()
    lines = wrapped(value, 90.0, NARROW, 7.5)
    assert 1 <= len(lines) <= MAX_LINES
    assert all(text_width(line, NARROW, 7.5) <= 90.0 for line in lines)
    cut = len(value) > 40
    assert ("dipotong" in " ".join(lines)) == cut
    if cut:
        assert f"{len(value):,} karakter".replace(",", ".") in " ".join(lines[-2:])


def test_a_3000_character_text_fits_every_block() -> None:
    """A recorded text of any length lays out: summary tables clip it with a mark."""
    story = [table(["Alasan", "Nilai"], [["kata " * 600, "1"], ["Z" * 3000, "2"]], [80, 20]),
             Grid(COLUMNS, [("1", "N" * 3000, "catatan " * 400)])]
    pdf, pages = render_pdf(FRAME, story)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert pages >= 1 and text.count("dipotong") >= 3


def test_every_event_type_the_read_models_know_has_indonesian_words() -> None:
    from projections.handlers import HANDLERS
    from reports.event_names import EVENT_NAMES, event_name, status_words

    # Every type the read models know prints as words, never as an identifier (a type
    # added later without a name gets the aggregate's words and its own).
    assert all("." not in event_name(t) for t in HANDLERS)
    assert len(set(HANDLERS) & set(EVENT_NAMES)) >= 70
    assert event_name("Peserta.Enrolled") == "Peserta: didaftarkan ke kuota"
    assert event_name("LaporanBaru.HalDicatat") == "Laporan baru: hal dicatat"
    assert status_words("status perlu_diperpanjang") == "status perlu diperpanjang"


def test_figures_are_read_again_while_live_read_models_move_on() -> None:
    """A background runner applies events while a report collects: the figures kept are
    ones read while the position stood still, with that position."""
    from types import SimpleNamespace

    from reports.api import _consistent
    from reports.params import ReportParams, StoreFacts

    positions = iter([10, 12, 12, 12])  # moved during the first reading, not the second
    models = SimpleNamespace(position=lambda: next(positions))
    readings: list[int] = []

    def collect(_models: object, _params: object, _facts: object,
                _stored_format: int) -> dict[str, int]:
        readings.append(len(readings) + 1)
        return {"reading": readings[-1]}

    facts = StoreFacts(as_of=datetime(2025, 12, 31, tzinfo=UTC))
    found, data, position = _consistent(SimpleNamespace(collect=collect),  # type: ignore[arg-type]
                                        models, ReportParams(), facts)  # type: ignore[arg-type]
    assert (data, position, found) == ({"reading": 2}, 12, facts)
