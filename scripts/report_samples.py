"""Render the sample pages in docs/reports/ from a real demo store. One command:

    python scripts/report_samples.py [--workers 2000] [--out docs/reports]

Builds a demo history (`domain.demo.build_demo`) in a temporary SQLite store, writes the
six reports as the demo auditor (NIKs masked) and renders, with poppler's `pdftoppm` at
60 dpi, the first page of each, the roster's second page (the listing), the dossier's
identity and regulations page, its growth-chart (and indicators) page and its protection
tables, and the audit extract's first listing page. Each report is then checked with
`report verify`'s function (it must be genuine). `--all FOLDER` renders every page of
every report there too, to look at them all.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader

from berjasa.bootstrap import open_store
from domain.demo import DEMO_PASSWORD, build_demo
from reports.params import ReportParams
from reports.service import generate_report, verify_report_file

PARAMS = {"paritrana": ReportParams(year=2025), "roster": ReportParams(),
          "quota": ReportParams(), "claims": ReportParams(year=2025), "mou": ReportParams(),
          "audit": ReportParams()}
CHARTS = "Pertumbuhan peserta aktif per bulan"
IDENTITY = "1. Identitas Daerah dan Periode"
PROTECTION = "4. Perlindungan Pekerja Rentan"


def render_page(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--workers", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=Path("docs/reports"))
    parser.add_argument("--all", type=Path, help="also render every page into this folder")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm (poppler-utils) is needed")
    folder = Path(tempfile.mkdtemp(prefix="berjasa-samples-"))
    app = open_store(f"sqlite:///{(folder / 'demo.db').as_posix()}")
    build_demo(app, args.workers)
    auditor = app.users.sign_in("dewi", DEMO_PASSWORD, "samples")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, params in PARAMS.items():
        pdf = folder / f"{name}.pdf"
        info = generate_report(app, auditor, name, params, pdf)
        render_page(pdf, 1, args.out / f"{name}.png")
        verdict = verify_report_file(app, auditor, pdf)
        assert verdict.genuine, verdict.as_dict()
        print(f"{name}: {info.pages} pages, genuine -> {args.out / (name + '.png')}")
        if args.all:
            args.all.mkdir(parents=True, exist_ok=True)
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf),
                            str(args.all / name)], check=True)
    render_page(folder / "roster.pdf", 2, args.out / "roster-2.png")
    render_page(folder / "audit.pdf", next_page_with(folder / "audit.pdf", "Posisi", 2),
                args.out / "audit-2.png")
    dossier = folder / "paritrana.pdf"
    for title, target in ((IDENTITY, "paritrana-2.png"), (CHARTS, "paritrana-3.png"),
                          (PROTECTION, "paritrana-4.png")):
        render_page(dossier, next_page_with(dossier, title, 3), args.out / target)  # after the TOC
    app.close()


def next_page_with(pdf: Path, text: str, first: int = 1) -> int:
    """The number of the first page from `first` on whose text holds `text`."""
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    return next(i for i, page in enumerate(pages, start=1) if i >= first and text in page)


if __name__ == "__main__":
    main()
