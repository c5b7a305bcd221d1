"""Auditors see NIKs and phone numbers masked in every view, now and in the past."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from desktop.gui.models import RowsModel
from desktop.gui.pages.audit import AuditPage
from desktop.gui.pages.peserta import PesertaPage
from desktop.gui.privacy import Masker
from desktop.gui.qt import Qt
from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from tests.conftest import PASSWORD
from tests.factories import worker_fields
from tests.gui.helpers import sign_in

SIXTEEN = re.compile(r"\d{16}")
PHONE = "081234567890"


def test_masking_free_text() -> None:
    masked = Masker(full=False).text(f"NIK 7371094112850001, KK 7371090101010002, HP {PHONE}")
    assert "7371094112850001" not in masked and "************0001" in masked
    assert "************0002" in masked and PHONE not in masked and masked.endswith("890")
    assert Masker(full=True).text(f"NIK 7371094112850001 {PHONE}").count("*") == 0


def _shown(model: RowsModel) -> list[str]:
    return [str(model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole))
            for r in range(model.rowCount()) for c in range(model.columnCount())]


def _register(store: Berjasa) -> str:
    operator = store.users.sign_in("ani", PASSWORD, "uji-02")
    fields = worker_fields(1, name="Hasnah Bakri", phone=PHONE)
    store.workers.register_worker(operator, **fields)
    store.workers.correct_worker(operator, fields["nik"], {"name": "Hasnah Bakri Dg. Tene"},
                                 f"koreksi atas laporan {fields['nik']} via {PHONE}")
    return str(fields["nik"])


def _assert_masked(page: PesertaPage, audit: AuditPage, nik: str) -> None:
    for text in _shown(page.model) + _shown(audit.model) + [page.detail.toPlainText()]:
        assert not SIXTEEN.search(text), text
        assert PHONE not in text, text
    assert "************" + nik[-4:] in _shown(page.model)


def test_the_auditor_sees_masked_identifiers(qtbot: QtBot, shell: Shell,
                                             store: Berjasa) -> None:
    nik = _register(store)
    moment = datetime.now(UTC) + timedelta(seconds=1)
    window = sign_in(qtbot, shell, "dewi")
    page, audit = window.pages["peserta"], window.pages["audit"]
    assert isinstance(page, PesertaPage) and isinstance(audit, AuditPage)
    window.show_section("peserta")
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "Hasnah" in page.detail.toPlainText(), timeout=30_000)
    assert "*********890" in page.detail.toPlainText()
    window.show_section("audit")
    assert audit.model.total >= 2
    assert any(nik[-4:] in text for text in _shown(audit.model))
    _assert_masked(page, audit, nik)
    audit.set_moment(moment)
    with qtbot.waitSignal(shell.source.travelled, timeout=30_000):  # type: ignore[union-attr]
        audit.travel_button.click()
    window.show_section("peserta")
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "Hasnah" in page.detail.toPlainText(), timeout=30_000)
    window.show_section("audit")
    _assert_masked(page, audit, nik)


def test_the_operator_sees_whole_identifiers(qtbot: QtBot, shell: Shell,
                                             store: Berjasa) -> None:
    nik = _register(store)
    page = sign_in(qtbot, shell, "ani").show_section("peserta")
    assert isinstance(page, PesertaPage)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: PHONE in page.detail.toPlainText(), timeout=30_000)
    assert nik in _shown(page.model)
