"""`berjasa-admin report NAME ... -o FILE.pdf` on a demo store, as a supervisor runs it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from domain.demo import DEMO_PASSWORD
from domain.values import WITA
from reports.api import REPORT_NAMES
from reports.params import whole_second
from tests.demo_stores import built_once, copied
from tests.e2e.test_console import Console

EXTRA = {"paritrana": ("--year", "2025"), "roster": ("--kecamatan", "Tallo"),
         "quota": (), "claims": ("--since", "2025-01-01", "--until", "2026-12-31"),
         "mou": ("--on", "2026-06-30"), "audit": ("--since", "2024-01-01")}


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_once(tmp_path_factory, 60, DEMO_PASSWORD)


@pytest.fixture
def demo(demo_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
         monkeypatch: pytest.MonkeyPatch) -> Console:
    """This test's own copy of the module's demo store (60 workers)."""
    monkeypatch.setenv("BERJASA_PASSWORD", DEMO_PASSWORD)
    copied(demo_store, tmp_path / "demo.db")
    return Console(tmp_path / "demo.db", capsys)


def test_the_same_as_of_gives_the_same_bytes(demo: Console, tmp_path: Path) -> None:
    moment = datetime.now(UTC).isoformat()
    demo.json("policy", "regulation", "add", "--kind", "SE", "--number", "7/2025", "--date",
              "2025-02-01", "--subject", "Dicatat sesudahnya", user="budi")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    one = demo.json("report", "paritrana", "--year", "2025", "--as-of", moment, "-o",
                    str(first), user="budi")
    two = demo.json("report", "paritrana", "--year", "2025", "--as-of", moment, "-o",
                    str(second), user="budi")
    assert set(one) == {"report", "file", "pages", "position", "fingerprint", "as_of"}
    assert first.read_bytes() == second.read_bytes()
    assert {**one, "file": ""} == {**two, "file": ""}
    assert one["file"] == str(first) and one["report"] == "paritrana"
    # The moment used is the one every page prints: whole seconds.
    assert datetime.fromisoformat(str(one["as_of"])) == whole_second(
        datetime.fromisoformat(moment))
    assert str(one["as_of"]).endswith("+08:00")  # stated in Makassar time (WITA)
    reader = PdfReader(first)
    assert one["pages"] == len(reader.pages) >= 5
    assert "7/2025" not in "".join(page.extract_text() for page in reader.pages)
    assert reader.metadata is not None
    created = datetime.fromisoformat(str(one["as_of"])).astimezone(WITA)
    assert reader.metadata["/CreationDate"].startswith(f"D:{created:%Y%m%d%H%M%S}")


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_report_from_the_console(demo: Console, tmp_path: Path, name: str) -> None:
    target = tmp_path / f"{name}.pdf"
    info = demo.json("report", name, *EXTRA[name], "-o", str(target), user="dewi")
    assert info["report"] == name and int(str(info["pages"])) >= 1
    assert target.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob("*.part"))


def test_a_future_as_of_is_refused(demo: Console, tmp_path: Path) -> None:
    later = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    code, _out, err = demo("report", "mou", "--as-of", later, "-o", str(tmp_path / "m.pdf"))
    assert code == 1 and err.strip() and "Traceback" not in err
    assert not (tmp_path / "m.pdf").exists()
