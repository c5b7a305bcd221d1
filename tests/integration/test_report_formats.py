"""A report is regenerated in the format it was issued in (`reports.api.STORED_FORMAT`), so
one issued before a change of wording or layout still verifies byte for byte."""

from __future__ import annotations

import pytest

from domain.services.app import Berjasa
from domain.services.session import Session
from projections import open_read_models
from reports.api import STORED_FORMAT, render
from reports.params import ReportParams

SOURCE = "BPS Kota Makassar, Sakernas Agustus 2025"


@pytest.mark.parametrize("app", ["memory"], indirect=True)
def test_format_1_audit_lines_keep_their_points_and_later_ones_the_source_as_typed(
        app: Berjasa, supervisor: Session) -> None:
    app.policies.record_workforce(supervisor, 2025, 1234, SOURCE)
    app.policies.record_pbpu_universe(supervisor, 2025, 5678, SOURCE)
    models = open_read_models(app.application)
    try:
        models.catch_up()
        lines = {stored_format: [row for row in render("audit", models, ReportParams(),
                                                       stored_format=stored_format)[2]["rows"]
                                 if "2025" in row[5]]
                 for stored_format in (1, STORED_FORMAT)}
    finally:
        models.close()
    assert [row[5] for row in lines[1]] == [
        "Mencatat jumlah pekerja 2025: 1.234 (BPS Kota Makassar. Sakernas Agustus 2025)",
        "Mencatat semesta PBPU 2025: 5.678 (BPS Kota Makassar. Sakernas Agustus 2025)"]
    assert [row[5] for row in lines[STORED_FORMAT]] == [
        f"Mencatat jumlah pekerja 2025: 1.234 ({SOURCE})",
        f"Mencatat semesta PBPU 2025: 5.678 ({SOURCE})"]
