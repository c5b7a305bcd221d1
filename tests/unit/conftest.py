"""The unit tier runs alone: the in-memory store only, no PostgreSQL, no Qt.

`app` (tests/conftest.py gives it on every kind of store) is the memory store here; the
same services on SQLite and PostgreSQL are the integration tier's (tests/integration),
Qt is the GUI tier's (tests/gui). A unit test that reaches for either fails at once.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from domain.services.app import Berjasa
from tests.conftest import PASSWORD, fixed_clock


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Berjasa]:
    """A fresh, initialised application with admin `admin`, on the memory store."""
    application = fixed_clock(open_store("memory:"))
    try:
        application.users.initialise_store("admin", PASSWORD, "uji-01")
        yield application
    finally:
        application.close()


def _refused(*_: Any, **__: Any) -> Any:
    raise AssertionError("a unit test connected to PostgreSQL: move it to tests/integration")


@pytest.fixture(autouse=True)
def _no_postgres(monkeypatch: pytest.MonkeyPatch) -> None:
    import psycopg

    monkeypatch.setattr(psycopg.Connection, "connect", classmethod(_refused))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # A Qt application means a GUI test ran in this tier (when the unit tier runs alone;
    # pytest-qt itself imports Qt, but starts no application).
    if not all("tests/unit" in str(item.path) for item in getattr(session, "items", [])):
        return
    core = sys.modules.get("PySide6.QtCore")
    if core is not None and core.QCoreApplication.instance() is not None:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        print("\nunit tier: a Qt application was started; GUI tests belong in tests/gui",
              file=sys.stderr)
