"""Every user finds the version and build in Pengaturan (support calls start there)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.qt import QGroupBox, QLabel
from desktop.gui.shell import Shell
from desktop.version import build_info
from tests.gui.helpers import sign_in


def test_a_clerk_sees_version_and_build(qtbot: QtBot, shell: Shell) -> None:
    window = sign_in(qtbot, shell, "ani")
    page = window.show_section("pengaturan")
    about = page.findChild(QGroupBox, "about")
    assert about is not None and about.title() == "Tentang Berjasa"
    version = about.findChild(QLabel, "about-versi")
    build = about.findChild(QLabel, "about-build")
    assert version is not None and version.text() == build_info().version
    assert build is not None and build.text() == build_info().build_label


def test_the_about_rows_follow_the_interface_language(qtbot: QtBot) -> None:
    from desktop.gui.language import apply_language
    from desktop.gui.pages.pengaturan import about_box
    from desktop.gui.qt import QFormLayout

    def labels() -> list[str]:
        box = about_box("x")
        qtbot.addWidget(box)
        form = box.layout()
        assert isinstance(form, QFormLayout)
        return [item.widget().text() for row in range(form.rowCount())
                if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None]

    assert labels()[:3] == ["Versi", "Build", "Paket"]
    apply_language("en")
    assert labels()[:3] == ["Version", "Build", "Package"]
