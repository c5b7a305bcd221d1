from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.console.main import main
from desktop.version import about_lines, build_info, load_build_info, version_text


def test_a_build_file_names_version_commit_and_date(tmp_path: Path) -> None:
    path = tmp_path / "build-info.json"
    path.write_text(json.dumps(
        {"version": "1.2.3", "commit": "abc123def456", "built_at": "2026-11-21 08:00 UTC"}
    ))
    info = load_build_info(path)
    assert (info.version, info.commit) == ("1.2.3", "abc123def456")
    assert info.build_label == "abc123def456 · 2026-11-21 08:00 UTC"


@pytest.mark.parametrize("content", [None, "not json", "[1, 2]"])
def test_without_a_readable_build_file_it_says_source(tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "build-info.json"
    if content is not None:
        path.write_text(content)
    info = load_build_info(path)
    assert info.commit == "" and info.version
    assert "sumber" in info.build_label


def test_console_version_shows_version_and_build(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps long lines
    assert out == version_text()
    assert f"berjasa {build_info().version} (build {build_info().build_label};" in out


def test_about_lines_carry_version_and_build() -> None:
    rows = dict(about_lines())
    assert rows["Versi"] == build_info().version
    assert rows["Build"] == build_info().build_label
