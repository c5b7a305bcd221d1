"""`berjasa`: open the store (or the demo store), sign in, run the main window."""

from __future__ import annotations

import argparse
import logging
import sys

from desktop.gui.errors import install_excepthook, setup_logging, user_message
from desktop.gui.qt import QApplication, QMessageBox
from desktop.gui.settings import load_preferences
from desktop.gui.shell import Shell
from desktop.paths import default_store_url
from desktop.secrets import read_secret
from desktop.smoke import exit_after_first_window_if_asked
from domain.services.app import Berjasa
from domain.store import open_store, parse_store_url

log = logging.getLogger("berjasa.gui")
KEYRING_SERVICE = "berjasa"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="berjasa", description="Berjasa")
    parser.add_argument("--demo", action="store_true", help="buka penyimpanan demo")
    parser.add_argument("--store", default="", help="URL penyimpanan (sqlite:///…, postgresql://…)")
    return parser.parse_args(argv[1:])


def open_configured_store(url: str) -> Berjasa:
    """The store at `url`; a PostgreSQL password comes from the OS keyring, never a file."""
    address = parse_store_url(url)
    password = (read_secret(KEYRING_SERVICE, f"store|{address.label}")
                if address.kind == "postgresql" else None)
    return open_store(url, password=password)


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    application = QApplication.instance() or QApplication(argv)
    application.setApplicationName("Berjasa")
    application.setOrganizationName("Disnaker Makassar")
    setup_logging()
    install_excepthook()
    preferences = load_preferences()
    try:
        if args.demo:
            from desktop.gui.demo import open_demo_store

            app = open_demo_store()
        else:
            app = open_configured_store(args.store or preferences.store_url
                                        or default_store_url())
    except Exception as error:
        QMessageBox.critical(None, "Berjasa", user_message(error))
        return 1
    shell = Shell(app, preferences)
    shell.stopped.connect(application.quit)
    shell.start()
    exit_after_first_window_if_asked()  # frozen-build smoke test only (desktop/smoke.py)
    code = application.exec()
    shell.shutdown()
    return int(code)


if __name__ == "__main__":
    sys.exit(run(sys.argv))
