"""Render the sample pages in docs/reports/ from a real demo store. One command:

    python scripts/report_samples.py [--workers 2000] [--out docs/reports]

Builds a demo history (`domain.demo.build_demo`) in a temporary SQLite store, writes the
six reports as the demo auditor (NIKs masked) and renders, with poppler's `pdftoppm` at
60 dpi, the first page of each, the roster's second page (the listing), the dossier's second
page and its growth-chart page.
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
from reports.service import generate_report

PARAMS = {"paritrana": ReportParams(year=2025), "roster": ReportParams(),
          "quota": ReportParams(), "claims": ReportParams(year=2026), "mou": ReportParams(),
          "audit": ReportParams()}
CHARTS = "Pertumbuhan peserta aktif per bulan"


def render_page(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--workers", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=Path("docs/reports"))
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm (poppler-utils) is needed")
    folder = Path(tempfile.mkdtemp(prefix="berjasa-samples-"))
    app = open_store(f"sqlite:///{(folder / 'demo.db').as_posix()}")
    build_demo(app, args.workers)
    auditor = app.sign_in("dewi", DEMO_PASSWORD, "samples")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, params in PARAMS.items():
        pdf = folder / f"{name}.pdf"
        info = generate_report(app, auditor, name, params, pdf)
        render_page(pdf, 1, args.out / f"{name}.png")
        print(f"{name}: {info.pages} pages -> {args.out / (name + '.png')}")
    render_page(folder / "roster.pdf", 2, args.out / "roster-2.png")
    dossier = folder / "paritrana.pdf"
    render_page(dossier, 2, args.out / "paritrana-2.png")
    pages = [p.extract_text() for p in PdfReader(dossier).pages]
    charts = next(i for i, text in enumerate(pages, start=1) if CHARTS in text)
    render_page(dossier, charts, args.out / "paritrana-3.png")
    app.close()


if __name__ == "__main__":
    main()
