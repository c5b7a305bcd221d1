"""The import wizard on the shared sample: preview, mapping, progress, counts."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui import importing
from desktop.gui.pages import impor
from desktop.gui.pages.impor import ImporPage
from desktop.gui.qt import QDate, QLabel
from desktop.gui.shell import Shell
from domain.errors import ValidationError
from domain.limits import REASON, limit
from domain.services.app import Berjasa
from importer import run_import
from tests.conftest import PASSWORD
from tests.factories import make_nik, worker_fields
from tests.gui.conftest import WORK_AREA
from tests.gui.helpers import sign_in
from tests.opening import confirmed
from tests.unit.importer.helpers import worker_row, write_csv

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "contoh-daftar-pekerja.csv"


def test_importing_the_sample_shows_the_counts(qtbot: QtBot, shell: Shell, store: Berjasa,
                                               tmp_path: Path) -> None:
    expected = json.loads(SAMPLE.with_suffix(".expected.json").read_text(encoding="utf-8"))
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    confirmed(store, store.quotas.open_quota(admin, 2026, ["JKK", "JKM"], 1000, "APBD 2026"))
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


FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"


def test_mapping_shows_indonesian_labels_and_marks_number_columns(
    qtbot: QtBot, shell: Shell, store: Berjasa, tmp_path: Path
) -> None:
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    confirmed(store, store.quotas.open_quota(admin, 2026, ["JKK", "JKM"], 3, "APBD 2026"))
    source = tmp_path / "angka.xlsx"
    shutil.copy(FORMATS / "openpyxl-angka.xlsx", source)
    page = sign_in(qtbot, shell, "ani").show_section("impor")
    assert isinstance(page, ImporPage)
    assert "Teks" in page.findChild(QLabel, "numeric-warning").text()  # before reading
    page.path.setText(str(source))
    page.next_button.click()
    assert page.steps.currentIndex() == 1, page.message.text()
    labels = {label.objectName(): label.text() for label in page.findChildren(QLabel)
              if label.objectName().startswith("label-")}
    assert labels["label-nik"] == "Nomor Induk Kependudukan (NIK)"
    assert labels["label-sex"] == "Jenis kelamin" and labels["label-name"] == "Nama lengkap"
    assert not any(text in {"nik", "name", "sex", "birth_date"} for text in labels.values())
    assert page.numeric_columns == [0, 8]  # NIK and No HP hold number cells
    assert page.preview.horizontalHeaderItem(0).text().startswith("⚠")
    assert "NIK" in page.numeric_note.text() and "No HP" in page.numeric_note.text()
    # The quota has 3 seats left, fewer than the rows that pass: the wizard says so
    # before importing. The rows that pass, counted from the source: a name, and a NIK
    # not ending in 0 (in a number cell such a NIK may be a rounding), once each.
    lines = (FORMATS / "daftar.csv").read_text(encoding="utf-8").splitlines()[1:]
    passing = {line.split(",")[0] for line in lines
               if line.split(",")[1] and not line.split(",")[0].endswith("0")}
    qtbot.waitUntil(lambda: page.valid_rows is not None, timeout=10_000)
    assert page.valid_rows == len(passing)
    text = page.capacity_note.text()
    assert f"{len(passing)} baris" in text and "3 pekerja lagi" in text


def test_result_page_names_the_workbook_and_opens_it_or_says_why_not(
    qtbot: QtBot, shell: Shell, store: Berjasa, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    confirmed(store, store.quotas.open_quota(admin, 2026, ["JKK", "JKM"], 100, "APBD 2026"))
    source = tmp_path / "daftar.csv"
    shutil.copy(FORMATS / "daftar.csv", source)
    page = sign_in(qtbot, shell, "ani").show_section("impor")
    assert isinstance(page, ImporPage)
    page.path.setText(str(source))
    page.next_button.click()
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.next_button.click()
    report = page.result.report
    assert report is not None and report.exists()
    assert re.fullmatch(r"daftar-ditolak-\d{8}-\d{6}\.xlsx", report.name)
    assert str(report) in page.report_label.text()
    opened: list[str] = []
    monkeypatch.setattr(impor, "open_local", lambda p: opened.append(str(p)) or False)
    page.open_report.click()
    assert opened == [str(report)]
    assert ".xlsx" in page.open_note.text() and str(report) in page.open_note.text()
    page.open_folder.click()
    assert opened[-1] == str(report.parent)


def test_a_dukcapil_file_is_recorded_through_the_same_wizard(
    qtbot: QtBot, shell: Shell, store: Berjasa, tmp_path: Path
) -> None:
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    store.workers.register_worker(admin, **worker_fields(1))
    source = write_csv(tmp_path / "padan.csv", [[make_nik(date(1985, 4, 12), "L", 1), "padan",
                                                 "2026-03-01"], ["7371", "padan", "2026-03-01"]],
                       headers=["NIK", "Status Padan", "Tanggal Padan"])
    page = sign_in(qtbot, shell, "ani").show_section("impor")
    assert isinstance(page, ImporPage)
    page.kind.setCurrentIndex(page.kind.findData("dukcapil"))
    assert not page.quota.isVisibleTo(page)
    page.path.setText(str(source))
    page.next_button.click()
    assert page.steps.currentIndex() == 1, page.message.text()
    assert set(page.mapping_boxes) == {"nik", "status", "day"}
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.next_button.click()
    assert page.result.as_dict()["applied"] == 1 and page.result.as_dict()["rejected"] == 1
    assert "Dicatat: 1" in page.counts.text()


def _worker_file(tmp_path: Path, serials: range) -> Path:
    return write_csv(tmp_path / "roster.csv", [worker_row(s) for s in serials])


def test_a_supervisor_imports_retroactively_with_a_reason_and_an_operator_cannot(
    qtbot: QtBot, shell: Shell, store: Berjasa, tmp_path: Path
) -> None:
    """Issue 20: `import --retroactive --reason` in the wizard, for those who may."""
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    quota = str(confirmed(store, store.quotas.open_quota(admin, 2026, ["JKK", "JKM"], 10,
                                                         "APBD 2026"))["quota"])
    source = _worker_file(tmp_path, range(1, 4))
    page = sign_in(qtbot, shell, "budi").show_section("impor")
    assert isinstance(page, ImporPage)
    assert page.retroactive.isVisibleTo(page)
    assert not page.retro_reason.isVisibleTo(page)  # only once the option is chosen
    page.retroactive.setChecked(True)
    assert page.retro_reason.isVisibleTo(page) and page.retro_start.isVisibleTo(page)
    assert page.retro_reason.maxLength() == limit(REASON)
    window = shell.window
    assert window is not None  # the fuller step still fits a 1366x728 work area
    assert window.minimumSizeHint().height() <= WORK_AREA[1]
    assert window.minimumSizeHint().width() <= WORK_AREA[0]
    page.retro_start.setDate(QDate(2026, 2, 1))
    page.path.setText(str(source))
    page.next_button.click()  # no reason: refused as the domain refuses it
    assert page.steps.currentIndex() == 0
    assert page.message.text() == ValidationError("reason.required").message("id")
    qtbot.keyClicks(page.retro_reason, "Migrasi daftar kertas Februari")
    page.next_button.click()
    assert page.steps.currentIndex() == 1, page.message.text()
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.next_button.click()
    assert page.result.as_dict()["enrolled"] == 3
    for serial in range(1, 4):
        enrolment = store.workers.get_worker(admin, worker_row(serial)[0])["enrolments"][0]
        assert (enrolment["quota"], enrolment["start"], enrolment["retroactive"]) == (
            quota, "2026-02-01", True)
    live = page.ctx.source.live
    qtbot.waitUntil(lambda: len(live.audit_trail(event_type="Peserta.Enrolled").rows) == 3,
                    timeout=10_000)
    reasons = {row["reason"] for row in live.audit_trail(event_type="Peserta.Enrolled").rows}
    assert reasons == {"Impor roster.csv: Migrasi daftar kertas Februari"}


def test_an_operator_is_not_offered_the_retroactive_import(
    qtbot: QtBot, shell: Shell, store: Berjasa
) -> None:
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    confirmed(store, store.quotas.open_quota(admin, 2026, ["JKK", "JKM"], 10, "APBD 2026"))
    page = sign_in(qtbot, shell, "ani").show_section("impor")
    assert isinstance(page, ImporPage)
    assert not page.retroactive.isVisibleTo(page) and not page.retroactive.isChecked()
    page.retroactive.setChecked(True)  # even forced, the import is not backdated
    assert page.retroactive_choice() == (False, None, "")
    assert not page.retro_reason.isVisibleTo(page)


def test_the_importer_refuses_a_retroactive_import_without_a_reason(
    store: Berjasa, tmp_path: Path
) -> None:
    """The console's `import --retroactive` without `--reason` as well: nothing saved."""
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    quota = str(confirmed(store, store.quotas.open_quota(admin, 2026, ["JKK", "JKM"], 10,
                                                         "APBD 2026"))["quota"])
    with pytest.raises(ValidationError) as refused:
        run_import(store, admin, _worker_file(tmp_path, range(1, 3)), quota,
                   start="2026-02-01", retroactive=True, reason="  ")
    assert refused.value.code == "reason.required"
    assert store.quotas.get_quota(admin, quota)["used"] == 0


def test_cancelling_the_import_keeps_whole_batches_and_says_how_many(
    qtbot: QtBot, shell: Shell, store: Berjasa, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 22: "Batalkan impor" during the second batch of three stops there; the first
    batch (1,000 rows, the wizard's batch size) stays, and the result says so."""
    admin = store.users.sign_in("admin", PASSWORD, "uji-01")
    quota = str(confirmed(store, store.quotas.open_quota(admin, 2026, ["JKK", "JKM"], 3000,
                                                         "APBD 2026"))["quota"])
    source = _worker_file(tmp_path, range(1, 2501))
    page = sign_in(qtbot, shell, "ani").show_section("impor")
    assert isinstance(page, ImporPage)
    real = importing.run_import

    def clerk_cancels_after_the_first_batch(*args: Any, **kwargs: Any) -> Any:
        progress = kwargs["progress"]

        def reported(done: int, total: int | None) -> None:
            progress(done, total)
            page.cancel_event.wait(30)  # the import thread waits for the click below

        return real(*args, **{**kwargs, "progress": reported})

    monkeypatch.setattr(importing, "run_import", clerk_cancels_after_the_first_batch)
    page.path.setText(str(source))
    page.next_button.click()
    assert page.steps.currentIndex() == 1, page.message.text()
    page.next_button.click()
    qtbot.waitUntil(lambda: page.progress.value() == 1000, timeout=30_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.cancel_button.click()
    assert page.result.cancelled and page.result.as_dict()["enrolled"] == 1000
    assert store.quotas.get_quota(admin, quota)["used"] == 1000
    assert "1 dari 3 kelompok baris tersimpan utuh" in page.counts.text()
