"""Render every main screen at 1366x768, in Indonesian and English, into docs/screenshots/.

    python -m desktop.gui.screenshots [--out docs/screenshots] [--workers 2000]
                                      [--only audit,peserta]

Uses the demo store (built once with `domain.demo.build_demo`) in a temporary folder and
the real read models. Screens are grabbed offscreen, so it also runs on a server.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

SECTIONS = ("beranda", "kotak", "peserta", "impor", "tinjauan", "kuota", "tagihan", "klaim",
            "mou", "laporan", "audit", "pengaturan")
# A 1366x768 screen less a Windows taskbar (the clerks' usual laptop).
SIZE = (1366, 728)
REPORT_WAIT_MS = 120_000
SETTLE_MS = 200


def wait_until(condition: Callable[[], bool], timeout_ms: int) -> bool:
    """Run the event loop until `condition()` holds (False after `timeout_ms`).

    The loop is checked from a 20 ms timer rather than by spinning processEvents():
    millions of calls returning None wear out None's reference count in PySide6 on
    Python 3.11 and crash the interpreter."""
    from desktop.gui.qt import QEventLoop, QTimer

    loop, poll, deadline = QEventLoop(), QTimer(), QTimer()
    deadline.setSingleShot(True)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline.timeout.connect(loop.quit)
    poll.start(20)
    deadline.start(timeout_ms)
    if not condition():
        loop.exec()
    poll.stop()
    deadline.stop()
    return condition()


def settle(ms: int = SETTLE_MS) -> None:
    """Let layouts, deferred deletions and repaints run before a grab."""
    from desktop.gui.qt import QApplication

    wait_until(lambda: False, ms)
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="screenshots")
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--workers", type=int, default=2000)
    parser.add_argument("--store", default="", help="an existing store instead of the demo")
    parser.add_argument("--user", default="", help="with --store: admin user name")
    parser.add_argument("--only", default="", help="these sections only (comma-separated; "
                        "the sign-in dialog is left out)")
    args = parser.parse_args(argv)
    only = tuple(s.strip() for s in args.only.split(",") if s.strip())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.gui.demo import DEMO_ADMIN, DEMO_PASSWORD, open_demo_store
    from desktop.gui.language import apply_language
    from desktop.gui.qt import QApplication, QSettings

    application = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="berjasa-screens-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    if args.store:
        from berjasa.bootstrap import open_store

        app = open_store(args.store)
        user, password = args.user, os.environ.get("BERJASA_PASSWORD", "")
    else:
        app = open_demo_store(folder, workers=args.workers)
        user, password = DEMO_ADMIN, DEMO_PASSWORD
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for language in ("id", "en"):
        for name, grab in shots(app, user, password, language, only):
            path = out / f"{name}-{language}.png"
            grab().save(str(path))
            print(path, flush=True)
    apply_language("id")
    del application
    return 0


def shots(app: Any, user: str, password: str, language: str,
          only: tuple[str, ...] = ()) -> Iterator[tuple[str, Callable[[], Any]]]:
    """(name, grab) for each screen (or the sections `only`), driving the real shell on
    `app` in `language`."""
    from desktop.gui.qt import QRect
    from desktop.gui.settings import Preferences
    from desktop.gui.shell import Shell, place_at

    shell = Shell(app, Preferences(language=language, last_user=user),
                  place=place_at(QRect(0, 0, *SIZE)))
    shell.start()
    dialog = shell.dialog
    assert dialog is not None
    wait_until(dialog.isVisible, 5000)
    settle()
    if not only:
        yield "masuk", dialog.grab
    dialog.close()
    window = shell.sign_in_as(app.users.sign_in(user, password, "layar"))
    window.resize(*SIZE)
    assert shell.source is not None
    shell.source.live.catch_up()
    settle()
    for key in (k for k in SECTIONS if not only or k in only):
        page: Any = window.show_section(key)
        page.reload()
        if key in ("beranda", "kotak", "tinjauan"):  # these gather off the GUI thread
            wait_until(partial(_loaded, page), REPORT_WAIT_MS)
        if key == "peserta":
            page.table.selectRow(0)
        if key == "impor" and page.retroactive.isVisibleTo(page):
            page.retroactive.setChecked(True)  # the fullest first step (a supervisor's)
        if key == "tagihan":
            _reconcile_sample(page)
        if key == "audit":
            # Show the integrity check's verdict (events and snapshots), not an empty note.
            page.on_verify_clicked()
            wait_until(partial(_verified, page), REPORT_WAIT_MS)
            _travel_to_a_key_moment(page)
        if key == "laporan":
            page.report.setCurrentIndex(page.report.findData("paritrana"))
            page.on_generate_clicked()
            wait_until(partial(_has_report, page), REPORT_WAIT_MS)
        settle()
        yield key, window.grab
        if key == "tinjauan":
            page.tabs.setCurrentIndex(1)
            settle()
            yield "pekerjaan-tidak-dikenal", window.grab
        if key == "laporan":
            page.show_policy()
            settle()
            yield "kebijakan", window.grab
        if key == "audit":
            yield "bandingkan", _compared(page)
            page.on_present_clicked()
            settle()
        if key == "pengaturan" and page.users is not None:
            page.tabs.setCurrentWidget(page.users)
            settle()
            yield "pengguna", window.grab
    window.close()
    shell.source.stop()


def _reconcile_sample(page: Any) -> None:
    """March 2026 with an invoice made from its own bill, three lines changed: a worker
    left out, one with another amount, one NIK nobody has."""
    page.month.setCurrentIndex(page.month.findData("2026-03"))
    page.reload()
    lines = page.ctx.source.current().bill("2026-03").lines
    folder = Path(tempfile.mkdtemp(prefix="berjasa-invoice-"))
    invoice = folder / "tagihan-bpjs-2026-03.csv"
    rows = ["NIK;Nama;Program;Iuran;Bulan"]
    rows += [f"{line.nik};{line.name};{'+'.join(line.programmes)};"
             f"{line.amount + (5000 if index == 1 else 0)};2026-03"
             for index, line in enumerate(lines[1:])]
    rows.append("7371094512880099;Bukan Peserta;JKK+JKM;16.800;2026-03")
    invoice.write_text("\n".join(rows) + "\n", encoding="utf-8")
    page.reconcile(invoice)


def _travel_to_a_key_moment(page: Any) -> None:
    """The timeline at the demo's APBD-P increase (its first key moment from June 2025
    on), every page showing the past then."""
    marks = [m for m in page.timeline.marks if (m.moment.year, m.moment.month) >= (2025, 6)]
    if not marks:
        return
    page.timeline.show_moment(marks[0].moment)
    page.travel(marks[0].moment)
    wait_until(lambda: page.ctx.source.travelling, REPORT_WAIT_MS)


def _compared(page: Any) -> Callable[[], Any]:
    """Bandingkan dua saat over the APBD-P increase (June to August 2025), answered."""
    page.on_compare_clicked()
    dialog = page.comparison
    dialog.first.setText("01-06-2025 00.00")
    dialog.second.setText("31-08-2025 00.00")
    dialog.on_compare_clicked()
    wait_until(lambda: dialog.compared is not None, REPORT_WAIT_MS)
    settle()

    def grab() -> Any:
        image = dialog.grab()
        dialog.close()
        return image

    return grab


def _loaded(page: Any) -> bool:
    return not page.loading


def _verified(page: Any) -> bool:
    return page.verified is not None


def _has_report(page: Any) -> bool:
    return page.generated is not None


if __name__ == "__main__":
    sys.exit(main())
