"""`berjasa --demo`: the demo store is built once in the data folder, then reused."""

from __future__ import annotations

from pathlib import Path

from desktop.gui.demo import DEMO_ADMIN, DEMO_PASSWORD, ensure_demo_store, open_demo_store


def test_the_demo_store_is_built_once_with_policy_facts(tmp_path: Path) -> None:
    path = ensure_demo_store(tmp_path, workers=60)
    assert not list(path.parent.glob("*.partial*"))
    app = open_demo_store(tmp_path, workers=60)
    try:
        head = app.head_position()
        session = app.sign_in(DEMO_ADMIN, DEMO_PASSWORD, "uji")
        facts = app.policy_facts(session)
        assert facts["regulations"] and 72.5 in [t["percent"] for t in facts["targets"]]
        assert facts["head_of_office"] is not None
    finally:
        app.close()
    def identity() -> tuple[int, int, int]:
        found = path.stat()
        return found.st_ino, found.st_mtime_ns, found.st_size

    as_built = identity()
    assert ensure_demo_store(tmp_path, workers=60) == path
    assert identity() == as_built  # found, not built again (a build replaces the file)
    again = open_demo_store(tmp_path)
    try:
        assert again.head_position() == head
    finally:
        again.close()
