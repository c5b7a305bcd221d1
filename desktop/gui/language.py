"""Switching the interface language: Qt translation files plus the domain's messages."""

from __future__ import annotations

from importlib import resources

from desktop.gui.qt import QCoreApplication, QTranslator
from domain.i18n import set_language

_installed: list[QTranslator] = []


def qm_path(language: str) -> str:
    return str(resources.files("desktop.gui.i18n").joinpath(f"berjasa_{language}.qm"))


def apply_language(language: str) -> bool:
    """Install the translation for `language` ("id" is the source: no file). True if done."""
    application = QCoreApplication.instance()
    for translator in _installed:
        if application is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    set_language(language)
    if language == "id":
        return True
    translator = QTranslator()
    if not translator.load(qm_path(language)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True
