"""`berjasa-admin report verify FILE.pdf`: every report a demo store gives verifies (0); one
figure edited in a page's content stream, or an event the report covers tampered with,
exits 3; a file that is no Berjasa report exits 1. And the archival side: PDF/A-2b XMP
entries, an sRGB output intent, only embedded fonts (`pdffonts`), and the same bytes when
a report is regenerated from the moment and parameters printed on it."""

from __future__ import annotations

import functools
import io
import json
import re
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from desktop.console.main import main
from domain.demo import DEMO_PASSWORD
from domain.formatting import MONTHS
from domain.limits import REASON, limit
from domain.values import WITA
from reports.api import REPORT_NAMES

EXTRA = {"paritrana": ("--year", "2025", "--signed-on", "2026-01-15"),
         "roster": ("--kecamatan", "Tallo"), "quota": ("--year", "2026"),
         "claims": ("--year", "2025"), "mou": (), "audit": ("--since", "2025-01-01")}
PRINTED = re.compile(r"Data per (\d{1,2}) (\w+) (\d{4}) (\d{2})\.(\d{2})\.(\d{2}) WITA · "
                     r"posisi peristiwa #([\d.]+)")


def run(url: str, capsys: pytest.CaptureFixture[str], *argv: str,
        user: str = "budi") -> tuple[int, dict[str, object]]:
    capsys.readouterr()
    code = main(["--store", url, "--user", user, *argv, "--json"])
    out = capsys.readouterr().out.strip()
    return code, (json.loads(out.splitlines()[-1]) if out else {})


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("verifikasi")
    path = folder / "demo.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BERJASA_PASSWORD", DEMO_PASSWORD)
        patch.setattr("domain.passwords._N", 2**10)
        assert main(["--store", f"sqlite:///{path.as_posix()}", "demo", "--workers", "60",
                     "--json"]) == 0
    return path


@pytest.fixture
def url(store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A copy of the demo store each test may change (or tamper with)."""
    monkeypatch.setenv("BERJASA_PASSWORD", DEMO_PASSWORD)
    monkeypatch.setattr("domain.passwords._N", 2**10)
    copy = tmp_path / "demo.db"
    shutil.copy(store, copy)
    return f"sqlite:///{copy.as_posix()}"


def printed_moment(pdf: Path) -> tuple[datetime, int]:
    """The as-of moment and position printed in the first page's footer."""
    found = PRINTED.search(PdfReader(pdf).pages[0].extract_text())
    assert found, "the footer states the data's moment and position"
    day, month, year, hour, minute, second, position = found.groups()
    moment = datetime(int(year), MONTHS.index(month) + 1, int(day), int(hour), int(minute),
                      int(second), tzinfo=WITA)
    return moment, int(position.replace(".", ""))


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_report_verifies_and_regenerates_from_what_it_prints(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
) -> None:
    live = tmp_path / f"{name}.pdf"
    code, info = run(url, capsys, "report", name, *EXTRA[name], "-o", str(live))
    assert code == 0
    code, verdict = run(url, capsys, "report", "verify", str(live), user="dewi")
    assert (code, verdict) == (0, {"genuine": True, "report": name,
                                   "position": info["position"],
                                   "fingerprint": info["fingerprint"]})
    moment, position = printed_moment(live)
    assert position == info["position"]
    # An auditor types the printed moment: the same figures, fingerprint and bytes.
    again = tmp_path / f"{name}-lagi.pdf"
    code, second = run(url, capsys, "report", name, *EXTRA[name], "--as-of",
                       moment.isoformat(), "--position", str(position), "-o", str(again))
    assert code == 0 and second["fingerprint"] == info["fingerprint"]
    assert again.read_bytes() == live.read_bytes()
    assert run(url, capsys, "report", "verify", str(again), user="dewi")[0] == 0


def _edit_one_figure(source: Path, target: Path) -> None:
    """Change the first digit of the first figure printed alone in a cell (`35`,
    `Rp16.800`) on the first page that has one."""
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            stream = page.obj.Contents.read_bytes()
            found = re.search(rb"\((?:Rp)?(\d[\d.]*)\) Tj", stream)
            if found:
                digit = b"9" if found.group(1)[:1] != b"9" else b"8"
                changed = (stream[:found.start(1)] + digit + stream[found.start(1) + 1:])
                page.obj.Contents.write(changed)
                break
        else:
            raise AssertionError("no figure found")
        pdf.save(target)


@pytest.mark.parametrize("name", ["paritrana", "quota", "audit"])
def test_one_changed_figure_is_not_genuine(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
) -> None:
    original, edited = tmp_path / "asli.pdf", tmp_path / "ubah.pdf"
    assert run(url, capsys, "report", name, *EXTRA[name], "-o", str(original))[0] == 0
    _edit_one_figure(original, edited)
    code, verdict = run(url, capsys, "report", "verify", str(edited), user="dewi")
    assert code == 3 and verdict["genuine"] is False
    assert any("isi halaman" in str(d) for d in verdict["differences"])  # type: ignore[union-attr]


def test_a_tampered_event_makes_the_report_not_genuine(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    pdf = tmp_path / "dossier.pdf"
    assert run(url, capsys, "report", "paritrana", *EXTRA["paritrana"], "-o", str(pdf))[0] == 0
    head = run(url, capsys, "policy", "list")[1]["head_of_office"]
    name = str(head["name"])  # type: ignore[index]
    connection = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    try:
        changed = connection.execute(
            "UPDATE stored_events SET state = CAST(replace(state, CAST(? AS BLOB), "
            "CAST(? AS BLOB)) AS BLOB) WHERE topic LIKE '%HeadOfOfficeRecorded%'",
            (name, name.upper())).rowcount
    finally:
        connection.close()
    assert changed == 1
    code, verdict = run(url, capsys, "report", "verify", str(pdf), user="dewi")
    assert code == 3 and verdict["genuine"] is False and verdict["differences"]


def test_a_file_that_is_no_berjasa_report_is_refused(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    other = tmp_path / "lain.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(other)
    text = tmp_path / "bukan.pdf"
    text.write_text("bukan PDF")
    for path in (other, text):
        code, refused = run(url, capsys, "report", "verify", str(path), user="dewi")
        assert (code, refused["error"]) == (1, "report.not_berjasa")


def test_reports_are_pdf_a_2b_with_only_embedded_fonts(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    for name in REPORT_NAMES:
        pdf = tmp_path / f"{name}.pdf"
        code, info = run(url, capsys, "report", name, *EXTRA[name], "-o", str(pdf))
        assert code == 0
        with pikepdf.open(pdf) as document:
            assert document.pdf_version == "1.7"
            meta = document.open_metadata()
            assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
            created = datetime.fromisoformat(str(info["as_of"]))
            assert datetime.fromisoformat(meta["xmp:CreateDate"]) == created
            intent = document.Root.OutputIntents[0]
            assert intent.S == pikepdf.Name.GTS_PDFA1
            profile = intent.DestOutputProfile
            assert int(profile.N) == 3 and profile.read_bytes()[36:40] == b"acsp"
        if shutil.which("pdffonts"):
            listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                                     check=True).stdout.splitlines()[2:]
            assert listing and all(re.search(r"\byes\s+yes\s+yes\b", line)
                                   for line in listing), listing


def test_a_3000_character_reason_is_wrapped_and_cut_never_breaking_a_report(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Older stores hold texts longer than today's limit: one recorded with the limit
    raised still prints, wrapped and cut with a mark, in every report that shows it."""
    import domain.limits

    table = domain.limits._table()
    monkeypatch.setattr(domain.limits, "_table", lambda: {**table, "teks.alasan": "5000"})
    reason = ("Perubahan APBD-P " * 200)[:2990] + "Z" * 10  # 3,000 characters
    code, _proposed = run(url, capsys, "quota", "propose", "KU-2026-01", "--delta", "1",
                          "--reason", reason)
    assert code == 0
    word = "X" * 3000  # one unbreakable word
    assert run(url, capsys, "quota", "propose", "KU-2026-01", "--delta", "2", "--reason",
               word)[0] == 0
    for name in ("quota", "audit"):
        pdf = tmp_path / f"{name}.pdf"
        code, _info = run(url, capsys, "report", name, *EXTRA[name], "-o", str(pdf))
        assert code == 0
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
        assert "dipotong; 3.000 karakter" in text
        assert reason[-10:] not in text  # the end was cut, not spilled
        assert run(url, capsys, "report", "verify", str(pdf), user="dewi")[0] == 0


def test_the_footer_prints_the_chain_link_audit_verify_prints(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """Every page prints, beside its position, the start of the integrity chain's link
    there: made from the newest event, it is the head `audit verify` prints (issue 22);
    regenerated from the history, the same again (`report verify` exit 0)."""
    code, verified = run(url, capsys, "audit", "verify")
    assert code == 0
    head, link = int(str(verified["head_position"])), str(verified["head_hash"])
    pdf = tmp_path / "kuota.pdf"
    code, info = run(url, capsys, "report", "quota", *EXTRA["quota"], "-o", str(pdf))
    assert code == 0 and info["position"] == head
    for page in PdfReader(pdf).pages:
        text = " ".join(page.extract_text().split())
        assert f"posisi peristiwa #{head:,}".replace(",", ".") + f" · rantai {link[:16]}" in text
    assert run(url, capsys, "report", "verify", str(pdf), user="dewi")[0] == 0
    # A past position prints the link there, as the history gives it.
    earlier = tmp_path / "kuota-lalu.pdf"
    _moment, position = printed_moment(pdf)
    code, past = run(url, capsys, "report", "quota", *EXTRA["quota"], "--as-of",
                     str(info["as_of"]), "--position", str(position - 5), "-o", str(earlier))
    assert code == 0 and past["position"] == position - 5
    assert "rantai " in PdfReader(earlier).pages[0].extract_text()
    assert link[:16] not in PdfReader(earlier).pages[0].extract_text()


def test_a_maximal_reason_and_a_legacy_5000_character_one_lay_out_in_every_report(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A reason of exactly today's limit is recorded as typed; one of 5,000 characters,
    recorded before limits existed (the limit raised for it, as an older version had
    none), is wrapped and cut with a mark: `report audit` and `report quota` print both."""
    import domain.limits

    maximal = ("Tambahan kursi APBD-P " * 40)[:limit(REASON) - 4] + "AKHR"
    assert len(maximal) == limit(REASON)
    assert run(url, capsys, "quota", "propose", "KU-2026-01", "--delta", "3", "--reason",
               maximal)[0] == 0
    code, refused = run(url, capsys, "quota", "propose", "KU-2026-01", "--delta", "4",
                        "--reason", maximal + "X")
    assert (code, refused["error"]) == (1, "text.too_long")
    table = domain.limits._table()
    with monkeypatch.context() as legacy:
        legacy.setattr(domain.limits, "_table", lambda: {**table, "teks.alasan": "6000"})
        legacy_reason = ("Catatan lama tanpa batas panjang " * 200)[:4990] + "Q" * 10
        assert run(url, capsys, "quota", "propose", "KU-2026-01", "--delta", "5",
                   "--reason", legacy_reason)[0] == 0
    for name in ("audit", "quota"):
        pdf = tmp_path / f"{name}.pdf"
        assert run(url, capsys, "report", name, *EXTRA[name], "-o", str(pdf))[0] == 0
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
        assert "dipotong; 5.000 karakter" in text
        assert legacy_reason[-10:] not in text
        assert "Tambahan kursi APBD-P" in text
        assert run(url, capsys, "report", "verify", str(pdf), user="dewi")[0] == 0


def test_the_recorded_emblem_and_address_head_the_reports(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    from PIL import Image

    emblem = tmp_path / "lambang.png"
    Image.new("RGB", (40, 48), "#b22222").save(emblem)
    not_an_image = tmp_path / "lambang.txt"
    not_an_image.write_text("bukan gambar")
    code, refused = run(url, capsys, "policy", "letterhead", "emblem", str(not_an_image))
    assert (code, refused["error"]) == (1, "report.emblem")
    code, facts = run(url, capsys, "policy", "letterhead", "emblem", str(emblem))
    assert code == 0 and facts["emblem"]["media_type"] == "image/png"  # type: ignore[index]
    assert "data" not in facts["emblem"]  # type: ignore[operator]
    assert run(url, capsys, "policy", "letterhead", "set", "--address", "Jl. Uji No. 1",
               "--phone", "(0411) 123")[0] == 0
    for name in ("paritrana", "roster"):
        pdf = tmp_path / f"{name}.pdf"
        assert run(url, capsys, "report", name, *EXTRA[name], "-o", str(pdf))[0] == 0
        first = PdfReader(pdf).pages[0]
        assert "Jl. Uji No. 1" in first.extract_text() and first.images
        assert run(url, capsys, "report", "verify", str(pdf), user="dewi")[0] == 0


def test_the_signature_is_dated_on_the_day_of_signing(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    pdf = tmp_path / "dossier.pdf"
    assert run(url, capsys, "report", "paritrana", "--year", "2025", "--signed-on",
               "2026-01-15", "-o", str(pdf))[0] == 0
    last = PdfReader(pdf).pages[-1].extract_text()
    assert "Makassar, 15 Januari 2026" in last and "NIP." in last
    assert "Pembina Utama Muda (IV/c)" in last  # the head's rank
    # Coverage is of the year's last day, whatever day the data or the signature has.
    assert "Kepesertaan per 31 Desember 2025" in PdfReader(pdf).pages[0].extract_text()


def test_a_report_issued_before_the_chain_link_was_printed_still_verifies(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reports of format 1 (their footer had no chain link) are regenerated in their own
    layout: a dossier issued before still verifies byte for byte."""
    import reports.api as api
    import reports.verify  # bound to the real render before the patch below
    from reports.archival import read_stored

    assert reports.verify.render is api.render
    pdf = tmp_path / "terbit-dulu.pdf"
    with monkeypatch.context() as patch:
        patch.setattr(api, "render", functools.partial(api.render, stored_format=1))
        code, _info = run(url, capsys, "report", "quota", *EXTRA["quota"], "-o", str(pdf))
    assert code == 0
    stored = read_stored(pdf.read_bytes())
    assert stored is not None and stored["format"] == 1
    assert "rantai" not in PdfReader(pdf).pages[0].extract_text()
    assert run(url, capsys, "report", "verify", str(pdf), user="dewi")[0] == 0


def test_a_portrait_footer_with_the_chain_link_keeps_clear_of_the_page_number() -> None:
    """On A4 portrait the footer with the chain link ran into "Halaman 1 dari 8"."""
    from reportlab.pdfgen.canvas import Canvas

    from reports.document import MARGIN, SANS, PageFrame, _footer_lines

    frame = PageFrame(title="Dossier", city="Kota Makassar", office="Dinas",
                      as_of=datetime(2026, 12, 3, 0, 35, 38, tzinfo=WITA), position=1_234_567,
                      fingerprint="20ce6f0123456789", wide=False,
                      chain_link="33db7aa57d6bb48c")
    canvas = Canvas(io.BytesIO(), pagesize=frame.pagesize)
    width, _ = frame.pagesize
    number_starts = width - MARGIN - canvas.stringWidth("Halaman 1 dari 000000", SANS, 7.5)
    lines = _footer_lines(canvas, frame)
    assert len(lines) == 2 and "rantai 33db7aa57d6bb48c" in lines[1]
    assert all(MARGIN + canvas.stringWidth(line, SANS, 7) < number_starts for line in lines)
    wide = PageFrame(**{**vars(frame), "wide": True})
    assert _footer_lines(canvas, wide) == [wide.footer_text()]  # landscape: one line
