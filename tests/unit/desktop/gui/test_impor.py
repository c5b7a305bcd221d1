"""The import wizard on the shared sample: preview, mapping, progress, counts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.gui.pages.impor import ImporPage
from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from tests.conftest import PASSWORD
from tests.unit.desktop.gui.helpers import sign_in

SAMPLE = Path(__file__).resolve().parents[3] / "data" / "contoh-daftar-pekerja.csv"


def test_importing_the_sample_shows_the_counts(qtbot: QtBot, shell: Shell, store: Berjasa,
                                               tmp_path: Path) -> None:
    expected = json.loads(SAMPLE.with_suffix(".expected.json").read_text(encoding="utf-8"))
    admin = store.sign_in("admin", PASSWORD, "uji-01")
    store.open_quota(admin, 2026, ["JKK", "JKM"], 1000, "APBD 2026")
    sample = tmp_path / SAMPLE.name
    shutil.copy(SAMPLE, sample)
    page = sign_in(qtbot, shell, "ani").show_section("impor")
    assert isinstance(page, ImporPage)
    page.path.setText(str(sample))
    page.next_button.click()
    assert page.steps.currentIndex() == 1, page.message.text()
    assert page.preview.rowCount() > 0 and page.next_button.isEnabled()
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.next_button.click()
    assert page.steps.currentIndex() == 3
    counts = page.result.as_dict()
    assert counts["enrolled"] == expected["valid_unique"]
    assert counts["rejected"] == expected["rejected"]
    assert counts["duplicates"] == expected["duplicates"]
    text = page.counts.text()
    assert f"Didaftarkan ke kuota: {expected['valid_unique']}" in text
    assert page.open_report.isEnabled()
