"""Render every main screen at 1366x768, in Indonesian and English, into docs/screenshots/.

    python -m desktop.gui.screenshots [--out docs/screenshots] [--workers 3000]

Uses the demo store (built once with `domain.demo.build_demo`) in a temporary folder and
the real read models. Screens are grabbed offscreen, so it also runs on a server.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SECTIONS = ("beranda", "peserta", "impor", "kuota", "klaim", "mou", "laporan", "audit",
            "pengaturan")
SIZE = (1366, 768)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="screenshots")
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--workers", type=int, default=3000)
    parser.add_argument("--store", default="", help="an existing store instead of the demo")
    parser.add_argument("--user", default="", help="with --store: admin user name")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.gui.demo import DEMO_ADMIN, DEMO_PASSWORD, open_demo_store
    from desktop.gui.language import apply_language
    from desktop.gui.qt import QApplication, QSettings
    from desktop.gui.settings import Preferences
    from desktop.gui.shell import Shell

    application = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="berjasa-screens-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    if args.store:
        from domain.store import open_store

        app = open_store(args.store)
        user, password = args.user, os.environ.get("BERJASA_PASSWORD", "")
    else:
        app = open_demo_store(folder, workers=args.workers)
        user, password = DEMO_ADMIN, DEMO_PASSWORD
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    session = app.sign_in(user, password, "layar")
    for language in ("id", "en"):
        shell = Shell(app, Preferences(language=language))
        window = shell.sign_in_as(session)
        window.resize(*SIZE)
        for key in SECTIONS:
            page = window.show_section(key)
            if key == "peserta":
                page.table.selectRow(0)  # type: ignore[attr-defined]
            application.processEvents()
            path = out / f"{key}-{language}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        shell.source.stop() if shell.source else None
    apply_language("id")
    return 0


if __name__ == "__main__":
    sys.exit(main())
