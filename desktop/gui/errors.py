"""Plain messages for users, full details for the log file; never a traceback on screen."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from desktop.gui.qt import QCoreApplication, QMessageBox, QWidget
from desktop.paths import log_dir
from domain.errors import BerjasaError

log = logging.getLogger("berjasa.gui")


def setup_logging(folder: Path | None = None) -> Path:
    """Log to `berjasa.log` in the user's log folder (rotated, 1 MB x 3)."""
    target = folder or log_dir()
    target.mkdir(parents=True, exist_ok=True)
    path = target / "berjasa.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def user_message(error: BaseException) -> str:
    """What the user reads: the domain's message, or a plain note pointing at the log."""
    if isinstance(error, BerjasaError):
        return error.message()
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    return QCoreApplication.translate(
        "errors",
        "Terjadi kesalahan yang tidak terduga. Perubahan Anda tidak disimpan. Coba lagi; "
        "jika terulang, kirim berkas log dari folder {folder} ke admin.",
    ).format(folder=str(log_dir()))


def show_error(parent: QWidget | None, error: BaseException) -> None:
    title = QCoreApplication.translate("errors", "Tidak dapat dilanjutkan")
    QMessageBox.warning(parent, title, user_message(error))


def install_excepthook() -> None:
    """Unexpected errors in slots are logged and shown plainly instead of killing the app."""

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("uncaught error", exc_info=(kind, error, trace))
        show_error(None, error)

    sys.excepthook = hook
