"""Layout, numbering, masking and determinism of every report, on fake read models."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from domain.errors import ValidationError
from reports.api import REPORT_NAMES, render
from reports.params import ReportParams, StoreFacts
from tests.unit.reports.fakes import FakeReadModels

PARAMS = ReportParams(year=2025)


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def rendered(fake: FakeReadModels, facts: StoreFacts) -> dict[str, tuple[bytes, object]]:
    return {name: render(name, fake, PARAMS, facts) for name in REPORT_NAMES}


@pytest.fixture(scope="module")
def texts(rendered: dict[str, tuple[bytes, object]]) -> dict[str, list[str]]:
    return {name: pages_text(pdf) for name, (pdf, _info) in rendered.items()}


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_page_says_which_page_of_how_many(rendered: dict[str, tuple[bytes, object]],
                                                 texts: dict[str, list[str]], name: str) -> None:
    pages = texts[name]
    assert rendered[name][1].pages == len(pages)  # type: ignore[attr-defined]
    for number, text in enumerate(pages, start=1):
        assert re.search(rf"Halaman {number} dari\s*{len(pages)}\b", text), text[-200:]


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_page_states_its_inputs(rendered: dict[str, tuple[bytes, object]],
                                      texts: dict[str, list[str]], name: str) -> None:
    info = rendered[name][1]
    for text in texts[name]:
        assert "Data per 31 Desember 2025 23.00.00 WITA" in text
        assert "posisi peristiwa #4.321" in text
        assert f"sidik data {info.fingerprint}" in text  # type: ignore[attr-defined]


def test_headers_name_the_city_and_office(texts: dict[str, list[str]]) -> None:
    text = texts["quota"][0]
    assert "PEMERINTAH KOTA MAKASSAR" in text
    assert "Dinas Ketenagakerjaan Kota Makassar" in text


def test_roster_masks_niks_unless_the_reader_may_see_them(
    fake: FakeReadModels, facts: StoreFacts, texts: dict[str, list[str]],
) -> None:
    masked = "\n".join(texts["roster"])
    niks = [m["nik"] for m in fake.members]
    assert not any(nik in masked for nik in niks)
    assert all(f"************{nik[-4:]}" in masked for nik in niks[:20])
    full, _ = render("roster", fake, replace(PARAMS, full_nik=True), facts)
    assert all(nik in "\n".join(pages_text(full)) for nik in niks[:20])


def test_roster_lists_every_covered_worker_once(
    fake: FakeReadModels, texts: dict[str, list[str]],
) -> None:
    text = "\n".join(texts["roster"])
    for member in fake.members:
        assert text.count(member["name"]) == 1
    assert f"{len(fake.members)} orang" in text


def test_same_inputs_give_the_same_bytes(fake: FakeReadModels, facts: StoreFacts,
                                         rendered: dict[str, tuple[bytes, object]]) -> None:
    again, _ = render("paritrana", FakeReadModels(120), PARAMS, facts)
    assert again == rendered["paritrana"][0]


def test_the_pdf_dates_follow_the_as_of_moment(fake: FakeReadModels, facts: StoreFacts,
                                               rendered: dict[str, tuple[bytes, object]]) -> None:
    meta = PdfReader(io.BytesIO(rendered["mou"][0])).metadata
    assert meta is not None and meta["/CreationDate"] == "D:20251231230000+08'00'"
    later = StoreFacts(as_of=datetime(2026, 1, 31, 1, tzinfo=UTC),
                       policies=facts.policies)
    other, info = render("mou", fake, PARAMS, later)
    assert other != rendered["mou"][0]
    assert info.fingerprint != rendered["mou"][1].fingerprint  # type: ignore[attr-defined]


def test_fonts_are_embedded(rendered: dict[str, tuple[bytes, object]]) -> None:
    reader = PdfReader(io.BytesIO(rendered["quota"][0]))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [f.get_object()["/FontDescriptor"] for f in fonts.values()
                   if "/FontDescriptor" in f.get_object()]
    assert descriptors and all("/FontFile2" in d for d in descriptors)


def test_dossier_prints_figures_in_indonesian_format(texts: dict[str, list[str]]) -> None:
    text = "\n".join(texts["paritrana"])
    assert "DOSSIER PARITRANA AWARD 2025" in text
    assert "Perwali" in text and "62 Tahun 2018" in text
    assert "Rp1.000.000.000" in text  # the payment recorded
    assert "63,47%" in text  # the target
    assert "0,02%" in text  # 120 of 700.000 workers
    assert "NIP. 197001012000031001" in text


def test_an_unknown_report_is_refused(fake: FakeReadModels, facts: StoreFacts) -> None:
    with pytest.raises(ValidationError) as refused:
        render("rahasia", fake, PARAMS, facts)
    assert refused.value.code == "report.unknown"
