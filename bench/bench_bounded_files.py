"""Peak memory of the console reading files a user names that could be endless (issue 22):
`audit verify --checkpoint /dev/zero` and `key import /dev/zero` must be refused after
reading at most the 64 KiB cap, in bounded memory; and of the importer reading a large
`.xlsx` worker list, up to the row limit (python-calamine loads a sheet whole, so its
memory grows with the sheet, bounded by `importer.limits`), and of a 1.5 KB `.xlsx` whose
two cells (A1, IV499999) would make calamine allocate a 4 GB grid: refused first.

    python bench/bench_bounded_files.py [--limit-mb 500] [--xlsx-rows 100000,200000,333332]

Each command runs in its own process on a small store; its peak RSS (the kernel's
maximum resident set of the child) is printed and asserted under the limit. Linux only.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "rahasia-bench-123"


def store(folder: Path) -> str:
    from berjasa.bootstrap import open_store

    url = f"sqlite:///{(folder / 'bench.db').as_posix()}"
    app = open_store(url)
    app.users.initialise_store("admin", PASSWORD, "bench-01")
    app.close()
    return url


def peak_of(argv: list[str], env: dict[str, str]) -> tuple[int, str, float, float]:
    """(exit status, error code, peak RSS in MB, seconds) of one console command in a
    fresh process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "desktop.console.main", *argv],
                          cwd=ROOT, env=env, input="frasa-sandi-bench\n",
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    # ru_maxrss of the children is the largest of any child so far, in KiB on Linux:
    # each command runs after the previous one, so it is measured on its own when larger.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines = done.stdout.strip().splitlines()
    error = str(json.loads(lines[-1]).get("error", "")) if lines else ""
    return done.returncode, error, peak, seconds


_XLSX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
        '.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType'
        '="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
        '//schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats'
        '.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="Pekerja" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
        '//schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>'),
}
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_HEADER = ("NIK", "Nama", "JK", "Tanggal Lahir", "Kecamatan", "Kelurahan", "Pekerjaan",
           "No HP", "Desil", "Agen", "Disabilitas", "KK")


def _row_xml(number: int, values: tuple[str, ...]) -> str:
    """A row as spreadsheet programs write it: every cell with its reference."""
    cells = "".join(f'<c r="{_LETTERS[i]}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
                    for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


def big_xlsx(path: Path, rows: int) -> int:
    """A worker list of `rows` rows of 12 text columns (as an office's list is), written
    straight as sheet XML (openpyxl would take minutes); returns the file's size."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, text in _XLSX_PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://'
                        b'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            sheet.write(_row_xml(1, _HEADER).encode())
            for n in range(rows):
                nik = f"737101{(n % 28) + 1:02d}0890{n % 10000:04d}"
                sheet.write(_row_xml(n + 2, (
                    nik, f"Pekerja Contoh Nomor {n}", "L", "1990-08-01", "Mariso",
                    "Bontorannu", "Pedagang", f"0812{n:08d}", str(n % 10 + 1), "",
                    "Tidak", f"737101{n:010d}")).encode())
            sheet.write(b"</sheetData></worksheet>")
    return path.stat().st_size


def far_apart_xlsx(path: Path) -> int:
    """Two cells, A1 and IV499999: a grid of 128 million cells for calamine."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _XLSX_PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", (
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            "<sheetData>" + _row_xml(1, ("NIK", "Nama")) +
            '<row r="499999"><c r="IV499999" t="inlineStr"><is><t>x</t></is></c></row>'
            "</sheetData></worksheet>"))
    return path.stat().st_size


_READ_ALL = """
import sys
from importer.reading import read_table
try:
    table = read_table(sys.argv[1])
    print(sum(1 for _ in table.rows()))
except Exception as error:
    print(getattr(error, "code", type(error).__name__))
"""


def read_peak(file: Path) -> tuple[int, float, float]:
    """(rows read, peak RSS in MB, seconds) of the importer reading every row of `file`
    (finding its header, then its rows: what an import's reading does) in a fresh
    process."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _READ_ALL, str(file)], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    answer = done.stdout.strip()
    if done.returncode != 0 or not answer.isdigit():
        return (-1 if answer == "import.too_many_cells" else -2), peak, seconds
    return int(answer), peak, seconds


def workbook_peaks(sizes: list[int], limit_mb: float) -> dict[str, dict[str, float]]:
    """Peak RSS against file size for `.xlsx` lists of each size (smallest first: the
    children's peak is the largest so far)."""
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        bomb = Path(folder) / "jauh.xlsx"
        size = far_apart_xlsx(bomb)
        read, peak, seconds = read_peak(bomb)
        assert read == -1, "the far-apart cells were not refused as too many cells"
        results["xlsx A1 + IV499999"] = {"file_mb": round(size / 1e6, 4), "unzipped_mb": 0.0,
                                         "peak_rss_mb": round(peak, 1),
                                         "seconds": round(seconds, 2)}
        for rows in sorted(sizes):
            file = Path(folder) / f"daftar-{rows}.xlsx"
            size = big_xlsx(file, rows)
            with zipfile.ZipFile(file) as archive:
                unzipped = sum(m.file_size for m in archive.infolist())
            read, peak, seconds = read_peak(file)
            file.unlink()
            assert read == rows, f"{rows} rows written, {read} read"
            results[f"xlsx {rows} rows"] = {
                "file_mb": round(size / 1e6, 2), "unzipped_mb": round(unzipped / 1e6, 1),
                "peak_rss_mb": round(peak, 1), "seconds": round(seconds, 2)}
            print(json.dumps({f"xlsx {rows} rows": results[f"xlsx {rows} rows"]}),
                  file=sys.stderr, flush=True)
    over = [f"{name}: {r['peak_rss_mb']:.0f} MB" for name, r in results.items()
            if r["peak_rss_mb"] >= limit_mb]
    assert not over, f"peak RSS over {limit_mb:.0f} MB: {', '.join(over)}"
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit-mb", type=float, default=500.0)
    # 333,332 rows under a header, of 12 columns: 3,999,996 cells, the importer's limit.
    parser.add_argument("--xlsx-rows", default="100000,200000,333332",
                        help="sizes of the .xlsx lists read, comma-separated ('' for none)")
    args = parser.parse_args()
    if not Path("/dev/zero").exists():
        sys.exit("needs /dev/zero")
    with tempfile.TemporaryDirectory() as folder:
        url = store(Path(folder))
        env = {**os.environ, "BERJASA_KEY_PASSPHRASE": "frasa-sandi-bench",
               "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
        results = {}
        for name, argv in (
                ("verify --checkpoint /dev/zero",
                 ["--store", url, "audit", "verify", "--checkpoint", "/dev/zero", "--json"]),
                ("key import /dev/zero",
                 ["--store", url, "key", "import", "/dev/zero", "--json"])):
            status, error, peak, seconds = peak_of(argv, env)
            results[name] = {"exit": status, "error": error, "peak_rss_mb": round(peak, 1),
                             "seconds": round(seconds, 2)}
            assert status == 1 and error in ("audit.checkpoint_invalid", "key.file_invalid"), (
                f"{name}: exit {status} {error}, expected the file refused")
            assert peak < args.limit_mb, f"{name}: peak RSS {peak:.0f} MB"
    sizes = [int(n) for n in args.xlsx_rows.split(",") if n.strip()]
    results.update(workbook_peaks(sizes, args.limit_mb))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
