"""Laporan: generate a report off the GUI thread, preview it, print it, save it; the
Kebijakan tab records the Paritrana inputs (supervisors) and shows them (everyone)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop.gui.pages.kebijakan import months_text
from desktop.gui.pages.laporan import LaporanPage
from desktop.gui.qt import QPrinter, QSpinBox
from desktop.gui.shell import Shell
from domain.services.app import Berjasa
from tests.conftest import PASSWORD, enrol_from
from tests.factories import worker_fields
from tests.gui.helpers import press_enter, sign_in, type_into, visible_buttons
from tests.opening import confirmed


def _laporan(qtbot: QtBot, shell: Shell, user: str) -> LaporanPage:
    page = sign_in(qtbot, shell, user).show_section("laporan")
    assert isinstance(page, LaporanPage)
    return page


def _generate(qtbot: QtBot, page: LaporanPage, report: str) -> None:
    page.report.setCurrentIndex(page.report.findData(report))
    with qtbot.waitSignal(page.generated_signal, timeout=30_000):
        page.generate_button.click()


def test_a_roster_is_previewed_printed_and_saved(qtbot: QtBot, shell: Shell, store: Berjasa,
                                                 tmp_path: Path) -> None:
    admin, operator = (store.users.sign_in(u, PASSWORD, "uji-02") for u in ("admin", "ani"))
    quota = confirmed(store,
                      store.quotas.open_quota(admin, 2026, ["JKK", "JKM"], 10,
                                              "APBD 2026"))["quota"]
    fields = worker_fields(1, name="Hasnah Bakri")
    store.workers.register_worker(operator, **fields)
    enrol_from(store, operator, fields["nik"], quota, "2026-01-01")
    page = _laporan(qtbot, shell, "budi")
    assert not page.kecamatan.isEnabled() or page.report.currentData() == "roster"
    page.report.setCurrentIndex(page.report.findData("roster"))
    assert page.kecamatan.isEnabled() and not page.nik.isEnabled()
    _generate(qtbot, page, "roster")
    assert page.generated is not None and page.generated.info["pages"] >= 1
    assert len(page.page_labels) == page.generated.info["pages"]
    assert page.page_labels[0].pixmap().width() > 500          # a readable page image
    assert "halaman" in page.message.text()
    saved = tmp_path / "daftar.pdf"
    assert page.save_to(saved)
    assert "Hasnah Bakri" in "".join(p.extract_text() for p in PdfReader(saved).pages)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer) == page.generated.info["pages"]
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == page.generated.info["pages"]


def test_an_impossible_report_says_why(qtbot: QtBot, shell: Shell) -> None:
    page = _laporan(qtbot, shell, "budi")
    page.report.setCurrentIndex(page.report.findData("mou"))
    page.use_as_of.setChecked(True)
    page.set_as_of(datetime(2031, 1, 1, tzinfo=UTC))
    page.generate_button.click()
    qtbot.waitUntil(lambda: page.generate_button.isEnabled() and bool(page.message.text())
                    and "Menyusun" not in page.message.text(), timeout=30_000)
    assert page.generated is None and "2031" in page.message.text()


def test_a_supervisor_records_paritrana_inputs_an_auditor_reads_them(
        qtbot: QtBot, shell: Shell, store: Berjasa) -> None:
    page = _laporan(qtbot, shell, "budi")
    page.show_policy()
    assert page.tabs.currentWidget() is page.policy_scroller
    policy = page.policy
    policy.buttons["regulation"].click()
    form = policy.dialog
    assert form is not None
    type_into(qtbot, form, "number", "62 Tahun 2018")
    type_into(qtbot, form, "subject", "Jaminan sosial ketenagakerjaan pekerja rentan")
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: len(policy.regulations.rows) == 1, timeout=30_000)
    policy.buttons["allocation"].click()
    form = policy.dialog
    type_into(qtbot, form, "amount", "Rp16.425.000.000")
    type_into(qtbot, form, "document", "DPA Disnaker 2026")
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: len(policy.budget.rows) == 1, timeout=30_000)
    assert policy.budget.rows[0]["amount"] == 16_425_000_000
    policy.buttons["head"].click()
    form = policy.dialog
    type_into(qtbot, form, "name", "Nama Kepala")
    type_into(qtbot, form, "nip", "12345")
    press_enter(qtbot, form)
    assert form.isVisible() and "NIP" in form.message.text()    # refused with the reason
    type_into(qtbot, form, "nip", "197001012000031001")
    type_into(qtbot, form, "rank", "Pembina Utama Muda (IV/c)")
    press_enter(qtbot, form)
    qtbot.waitUntil(lambda: "197001012000031001" in policy.head.text(), timeout=30_000)
    assert "Pembina Utama Muda (IV/c)" in policy.head.text()
    for key, values in (("bpjs", {"percent": "63,47", "source": "BPJS Cabang Makassar"}),
                        ("pbpu", {"count": 176_900, "source": "BPS Sakernas"})):
        policy.buttons[key].click()
        form = policy.dialog
        for name, value in values.items():
            if isinstance(value, int):
                form.set_value(name, value)
            else:
                type_into(qtbot, form, name, value)
        press_enter(qtbot, form)
    qtbot.waitUntil(lambda: any(r["bpjs"] == 63.47 and r["pbpu"] == 176_900
                                for r in policy.coverage.rows), timeout=30_000)
    shell.window.close()  # type: ignore[union-attr]

    auditor = store.users.sign_in("dewi", PASSWORD, "uji-03")
    regulations = store.policies.policy_facts(auditor)["regulations"]
    assert "62 Tahun 2018" in [r["number"] for r in regulations]
    from tests.gui.conftest import make_shell

    reader = _laporan(qtbot, make_shell(store), "dewi")
    reader.show_policy()
    qtbot.waitUntil(lambda: len(reader.policy.regulations.rows) == 1, timeout=30_000)
    assert not visible_buttons(reader.policy) & {b.text() for b in policy.buttons.values()}


def test_previews_leave_no_file_behind(qtbot: QtBot, shell: Shell) -> None:
    page = _laporan(qtbot, shell, "budi")
    _generate(qtbot, page, "mou")
    assert page.generated is not None
    first = page.generated.path
    _generate(qtbot, page, "mou")
    assert page.generated.path.is_file() and not first.exists()
    folder = page.generated.path.parent
    window = page.window()
    window.close()
    assert not folder.exists()


def test_an_auditor_checks_a_report_is_genuine(qtbot: QtBot, shell: Shell,
                                               tmp_path: Path) -> None:
    """"Periksa keaslian laporan": a saved report is genuine; one with a changed byte in a
    page, or a file that is no report, is not (and says why)."""
    import pikepdf

    page = _laporan(qtbot, shell, "budi")
    _generate(qtbot, page, "quota")
    saved = tmp_path / "rekap.pdf"
    assert page.save_to(saved)
    with qtbot.waitSignal(page.verified_signal, timeout=30_000) as genuine:
        page.verify_file(saved)
    assert genuine.args[0].genuine and "ASLI" in page.verdict.text()
    changed = tmp_path / "diubah.pdf"
    with pikepdf.open(saved) as pdf:
        contents = pdf.pages[0].obj.Contents
        contents.write(contents.read_bytes().replace(b"Rekap Kuota", b"Rekap Kuoto", 1))
        pdf.save(changed)
    with qtbot.waitSignal(page.verified_signal, timeout=30_000) as altered:
        page.verify_file(changed)
    assert not altered.args[0].genuine and "TIDAK ASLI" in page.verdict.text()
    other = tmp_path / "lain.pdf"
    other.write_bytes(b"%PDF-1.4 bukan laporan")
    with qtbot.waitSignal(page.verified_signal, timeout=30_000) as refused:
        page.verify_file(other)
    assert getattr(refused.args[0], "code", "") == "report.not_berjasa"
    assert "bukan laporan Berjasa" in page.verdict.text()


def test_the_emblem_and_address_are_set_in_pengaturan_and_printed(
    qtbot: QtBot, shell: Shell, store: Berjasa, tmp_path: Path,
) -> None:
    """Pengaturan → Kop surat laporan: a supervisor picks the emblem and saves the address,
    recorded as the policy facts every report's letterhead prints."""
    from desktop.gui.pages.pengaturan import PengaturanPage
    from desktop.gui.qt import QColor, QImage

    image = QImage(40, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#b22222"))
    emblem = tmp_path / "lambang.png"
    assert image.save(str(emblem))
    settings = sign_in(qtbot, shell, "budi").show_section("pengaturan")
    assert isinstance(settings, PengaturanPage)
    panel = settings.letterhead
    assert panel.choose.isEnabled() and panel.emblem.text() == "netral"
    not_an_image = tmp_path / "bukan.png"
    not_an_image.write_text("bukan gambar")
    assert not panel.set_emblem(not_an_image) and "PNG atau JPEG" in panel.message.text()
    assert panel.set_emblem(emblem) and not panel.emblem.pixmap().isNull()
    qtbot.keyClicks(panel.address, "Jl. Ahmad Yani No. 2, Makassar")
    qtbot.keyClicks(panel.phone, "(0411) 000000")
    panel.save.click()
    supervisor = store.users.sign_in("budi", PASSWORD, "uji-02")
    facts = store.policies.policy_facts(supervisor)
    assert facts["letterhead"]["address"] == "Jl. Ahmad Yani No. 2, Makassar"
    assert facts["emblem"]["media_type"] == "image/png"
    # The letterhead printing it: tests/e2e/test_report_verify.py.


def test_a_payment_names_its_months_and_paying_one_again_needs_a_reason(
        qtbot: QtBot, shell: Shell, store: Berjasa) -> None:
    """The SP2D form ties the payment to the months it pays (else they stay in arrears on
    the dashboard); a month an earlier SP2D names is refused with its code unless the
    form says why it is paid again."""
    page = _laporan(qtbot, shell, "budi")
    page.show_policy()
    assert page.tabs.currentWidget() is page.policy_scroller
    policy = page.policy

    def pay(reference: str, months: str, reason: str = "") -> Any:
        policy.buttons["payment"].click()
        form = policy.dialog
        assert form is not None
        year = form.inputs["year"]
        assert isinstance(year, QSpinBox) and year.text() == "2026"  # not 2.026 nor 2,026
        type_into(qtbot, form, "amount", "45256800")
        type_into(qtbot, form, "reference", reference)
        type_into(qtbot, form, "months", months)
        if reason:
            form.set_value("reason", reason)
        press_enter(qtbot, form)
        return form

    pay("SP2D-001/2026", "2026-01, 2026-02")
    qtbot.waitUntil(lambda: len(policy.budget.rows) == 1, timeout=30_000)
    assert policy.budget.rows[0]["months"] == "2026-01–02"
    again = pay("SP2D-002/2026", "2026-02")
    assert again.isVisible() and "SP2D-001/2026" in again.message.text()
    again.set_value("reason", "Kekurangan bayar Februari sesuai invoice BPJS")
    press_enter(qtbot, again)
    qtbot.waitUntil(lambda: len(policy.budget.rows) == 2, timeout=30_000)
    paid = store.policies.policy_facts(store.users.sign_in("dewi", PASSWORD, "uji-03"))
    assert [p["months"] for p in paid["payments"]] == [["2026-01", "2026-02"], ["2026-02"]]


def test_the_months_a_payment_pays_are_shown_as_runs() -> None:
    assert months_text([]) == ""
    assert months_text(["2024-03", "2024-01", "2024-02", "2024-05"]) == "2024-01–03, 2024-05"
    assert months_text(["2025-12", "2026-01"]) == "2025-12, 2026-01"  # a run stays in its year
