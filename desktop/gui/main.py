"""`berjasa`: open the store (or the demo store), sign in, run the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from dataclasses import replace

from berjasa.bootstrap import open_store
from desktop.gui.errors import install_excepthook, setup_logging, user_message
from desktop.gui.qt import QApplication, QCoreApplication, QLabel, QMessageBox
from desktop.gui.settings import Preferences, load_preferences
from desktop.gui.shell import Shell
from desktop.gui.smoke import exit_after_first_window_if_asked
from desktop.gui.tasks import start_task
from desktop.paths import default_store_url
from desktop.secrets import keyring_store_password
from domain.services.app import Berjasa

log = logging.getLogger("berjasa.gui")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="berjasa", description="Berjasa")
    parser.add_argument("--demo", action="store_true", help="buka penyimpanan demo")
    parser.add_argument("--store", default="", help="URL penyimpanan (sqlite:///…, postgresql://…)")
    return parser.parse_args(argv[1:])


def open_configured_store(url: str) -> Berjasa:
    """The store at `url`; a PostgreSQL password comes from the OS keyring, never a file."""
    return open_store(url, password=keyring_store_password(url))


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    application = QApplication.instance() or QApplication(argv)
    application.setApplicationName("Berjasa")
    application.setOrganizationName("Disnaker Makassar")
    setup_logging()
    install_excepthook()
    preferences = load_preferences()
    shells: list[Shell] = []

    def start(app: Berjasa, prefs: Preferences) -> None:
        shell = Shell(app, prefs)
        shell.stopped.connect(application.quit)
        shells.append(shell)
        shell.start()

    if args.demo:
        if not start_demo(start, preferences):
            return 1
    else:
        try:
            app = open_configured_store(args.store or preferences.store_url
                                        or default_store_url())
        except Exception as error:
            QMessageBox.critical(None, "Berjasa", user_message(error))
            return 1
        start(app, preferences)
    exit_after_first_window_if_asked()  # frozen-build smoke test only (desktop/gui/smoke.py)
    code = application.exec()
    for shell in shells:
        shell.shutdown()
    return int(code)


def start_demo(start: Callable[[Berjasa, Preferences], None],
               preferences: Preferences) -> bool:
    """Open the demo store (building it off the GUI thread the first time), then `start`."""
    from desktop.gui.demo import DEMO_ADMIN, demo_store_path, ensure_demo_store, open_demo_store

    demo_preferences = replace(preferences, last_user=DEMO_ADMIN, store_url="")
    if demo_store_path().exists():
        try:
            start(open_demo_store(), demo_preferences)
        except Exception as error:
            QMessageBox.critical(None, "Berjasa", user_message(error))
            return False
        return True
    notice = QLabel(QCoreApplication.translate(
        "main", "Menyiapkan penyimpanan demo (sekali saja, sekitar setengah menit)…"))
    notice.setWindowTitle("Berjasa")
    notice.setMargin(24)
    notice.show()

    def built(_path: object) -> None:
        notice.close()
        start(open_demo_store(), demo_preferences)

    def failed(error: BaseException) -> None:
        notice.close()
        QMessageBox.critical(None, "Berjasa", user_message(error))
        QApplication.quit()

    start_task(lambda _progress: ensure_demo_store(), built, failed)
    return True


if __name__ == "__main__":
    sys.exit(run(sys.argv))
