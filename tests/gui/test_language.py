"""Switching the interface to English in Pengaturan rebuilds the window in English."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.pages.beranda import month_label
from desktop.gui.pages.pengaturan import PengaturanPage
from desktop.gui.settings import load_preferences
from desktop.gui.shell import Shell
from domain.errors import ValidationError
from domain.i18n import current_language, set_language
from tests.gui.helpers import sign_in


def test_switching_to_english(qtbot: QtBot, shell: Shell) -> None:
    window = sign_in(qtbot, shell, "ani")
    assert "Peserta" in window.section_names()
    page = window.show_section("pengaturan")
    assert isinstance(page, PengaturanPage)
    page.language.setCurrentIndex(page.language.findData("en"))
    with qtbot.waitSignal(shell.window_opened, timeout=30_000):
        page.save.click()
    english = shell.window
    assert english is not None and english is not window
    assert english.section_names()[:3] == ["Dashboard", "Workers", "Import"]
    assert english.current_key() == "pengaturan"
    assert "Sign" not in english.user_label.text() and "User:" in english.user_label.text()
    assert ValidationError("nik.empty").message() == "NIK is empty."
    assert load_preferences().language == "en"


def test_dashboard_month_labels_follow_the_language() -> None:
    before = current_language()
    try:
        set_language("en")
        assert [month_label(m) for m in (5, 8, 10, 12)] == ["May", "Aug", "Oct", "Dec"]
        set_language("id")
        assert [month_label(m) for m in (5, 8, 10, 12)] == ["Mei", "Agu", "Okt", "Des"]
    finally:
        set_language(before)


def test_preferences_live_in_the_folder_tests_redirect(tmp_path: object) -> None:
    from desktop.gui.settings import _settings

    assert str(tmp_path) in _settings().fileName()
