"""The user's preferences, kept with QSettings (the registry on Windows). Never a password."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.gui.qt import QSettings

ORGANISATION, APPLICATION = "Disnaker Makassar", "Berjasa"
DEFAULT_IDLE_MINUTES = 15
DEFAULT_RENEWAL_WINDOW = 90
DEFAULT_COVERAGE_TARGET = 72.5


@dataclass
class Preferences:
    language: str = "id"
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    renewal_window_days: int = DEFAULT_RENEWAL_WINDOW
    store_url: str = ""             # empty: the default store in the user's data folder
    last_user: str = ""
    coverage_target: float = DEFAULT_COVERAGE_TARGET   # percent of all workers
    workforce: int = 0              # all workers in the city (BPS), the coverage denominator


def _settings() -> QSettings:
    # An INI file in the user's configuration folder on every system (not the Windows
    # registry): one place to find, back up and reset, and one a test can redirect.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                     APPLICATION)


def _int(settings: QSettings, key: str, default: int) -> int:
    try:
        return int(str(settings.value(key, default)))
    except ValueError:
        return default


def _float(settings: QSettings, key: str, default: float) -> float:
    try:
        return float(str(settings.value(key, default)))
    except ValueError:
        return default


def load_preferences() -> Preferences:
    settings = _settings()
    language = str(settings.value("language", "id"))
    return Preferences(
        language=language if language in ("id", "en") else "id",
        idle_minutes=max(1, _int(settings, "idle_minutes", DEFAULT_IDLE_MINUTES)),
        renewal_window_days=max(1, _int(settings, "renewal_window_days",
                                        DEFAULT_RENEWAL_WINDOW)),
        store_url=str(settings.value("store_url", "")),
        last_user=str(settings.value("last_user", "")),
        coverage_target=_float(settings, "coverage_target", DEFAULT_COVERAGE_TARGET),
        workforce=max(0, _int(settings, "workforce", 0)),
    )


def save_preferences(preferences: Preferences) -> None:
    settings = _settings()
    for key, value in vars(preferences).items():
        settings.setValue(key, value)
    settings.sync()
