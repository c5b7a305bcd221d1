"""`berjasa-admin duplicates` end to end (issue 16): the list, a resolution, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.factories import worker_fields
from tests.security_helpers import populated_store, run_console


def test_duplicates_listed_resolved_and_refused_with_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "uji.db"
    app = populated_store(path, workers=0)
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    app.users.add_user(admin, "ani", "operator", PASSWORD)
    kept = str(app.workers.register_worker(admin, **worker_fields(1, name="Ma'ruf Halim"))["nik"])
    copy = str(app.workers.register_worker(admin, **worker_fields(2, name="MARUF HALIM"))["nik"])
    app.close()
    monkeypatch.setenv("BERJASA_STORE", f"sqlite:///{path.as_posix()}")
    monkeypatch.setenv("BERJASA_PASSWORD", PASSWORD)

    status, listed = run_console(capsys, "--user", "ani", "duplicates")
    assert status == 0
    assert listed["groups"][0]["niks"] == sorted([kept, copy])
    assert listed["groups"][0]["reason"] == "same_name_birth_kelurahan"

    status, refused = run_console(capsys, "--user", "ani", "duplicates", "resolve", copy,
                                  "--survivor", kept, "--reason", "NIK rusak")
    assert (status, refused["error"]) == (1, "permission.denied")  # supervisors, admins
    status, refused = run_console(capsys, "--user", "admin", "duplicates", "resolve", copy,
                                  "--survivor", copy, "--reason", "NIK rusak")
    assert (status, refused["error"]) == (1, "terminate.survivor_self")
    status, done = run_console(capsys, "--user", "admin", "duplicates", "resolve", copy,
                               "--survivor", kept, "--reason", "NIK rusak")
    assert (status, done["survivor"]) == (0, kept)
    status, listed = run_console(capsys, "--user", "admin", "duplicates")
    assert (status, listed) == (0, {"groups": []})
