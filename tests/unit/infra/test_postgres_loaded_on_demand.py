"""A console command on a SQLite (or in-memory) store starts without PostgreSQL's driver:
importing psycopg is half a second of a command's start (docs/BENCHMARKS.md, Console
start). The PostgreSQL recorder and factories load when a PostgreSQL store is opened."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OPENS_A_STORE = """
import sys
import desktop.console.main, berjasa.bootstrap, projections, infra.audit, infra.snapshotrows
from berjasa.bootstrap import open_store
app = open_store("memory:")
app.close()
print(sorted(m for m in ("psycopg", "eventsourcing.postgres", "infra.pgstore") if m in sys.modules))
"""


def test_no_postgres_driver_without_a_postgres_store() -> None:
    done = subprocess.run([sys.executable, "-c", OPENS_A_STORE], cwd=ROOT, capture_output=True,
                          text=True, check=True, env={"BERJASA_KEY": "", "PATH": ""})
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_postgres_factories_are_named_where_eventsourcing_finds_them() -> None:
    from eventsourcing.utils import resolve_topic

    from infra.factories import CHAINED_FACTORIES

    for topic in CHAINED_FACTORIES.values():
        assert isinstance(resolve_topic(topic), type), topic
