"""The digest of a bulk catch-up's rows, summed in a second process (issue 14).

A rebuild records the digest (`projections.digest`) of every row it wrote; summed at its
end in the rebuilding process, that cost about a quarter of a 1M-event rebuild (the audit
trail alone is a row per event). The rows are final long before the end, though: the audit
trail is only ever appended to, and the other row tables are final once the last batch has
committed. So a `Digester` runs beside the rebuild in another process (the second core),
reading the committed rows through its own connection (WAL: readers never wait for the
writer, nor the writer for them):

- after each committed batch the runner calls `committed(position)`, and the digester sums
  the audit lines up to it;
- after the last batch, `request_rest()` asks it for the other row tables while the runner
  recomputes the coverage and builds the indexes, and `sums()` collects every sum.

The coverage tables are written in the rebuild's final transaction, so the runner digests
them itself, from the counts it writes (`coverage.recompute` returns them). Only a plain
SQLite file is digested this way (an encrypted file's key is not handed to another process;
PostgreSQL is another server's work anyway); any failure of the helper process falls back
to summing in the rebuilding process.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from projections.digest import MODULUS, row_hash
from projections.rows import ROW_TABLES

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

log = logging.getLogger("berjasa.projections")
# Fewer events than this, and the helper process's start (~0.3 s to import) costs more
# than it saves.
DIGESTER_FROM_EVENTS = 100_000
_PAGE = 20_000
AUDIT = "rm_audit"


class Digester:
    """A helper process summing the row digests of the read-model file `path`."""

    def __init__(self, path: Path) -> None:
        # Imported here, not above: every command that reads the read models loads this
        # module, and only a long catch-up starts the helper (the console's start).
        import multiprocessing

        context = multiprocessing.get_context("spawn")  # Windows has no other
        self._connection, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(str(path), child), daemon=True,
                                        name="berjasa-digester")
        self._process.start()
        child.close()

    def committed(self, position: int) -> None:
        """The audit lines up to `position` are committed: sum them meanwhile."""
        self._send(("audit", position))

    def request_rest(self) -> None:
        """No more batches: sum the other row tables too (committed and final now)."""
        self._send(("rest", None))

    def _send(self, message: tuple[str, int | None]) -> None:
        # The helper may have stopped: its error is the reply `sums` reads.
        with suppress(OSError):
            self._connection.send(message)

    def sums(self) -> dict[str, int]:
        """Every row table's sum (after `request_rest`); raises if the helper failed."""
        reply: Any = self._connection.recv()
        if not isinstance(reply, dict):
            raise RuntimeError(f"digester failed: {reply}")
        self.close()
        return reply

    def close(self) -> None:
        """Stop the helper (a closed pipe ends it; it has ended after `sums`)."""
        self._connection.close()
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()


def start_digester(path: Path | None, behind: int) -> Digester | None:
    """A digester for the plain SQLite file `path` when a catch-up of `behind` events is
    worth one; None otherwise or when it cannot start (the runner sums the rows itself)."""
    if path is None or behind < DIGESTER_FROM_EVENTS:
        return None
    try:
        return Digester(path)
    except Exception:  # no process can be started here: the slower path still works
        log.exception("the digest helper process did not start")
        return None


# --- the helper process -------------------------------------------------------------------


def _serve(path: str, connection: Connection) -> None:
    try:
        reply: Any = _digest(sqlite3.connect(f"file:{path}?mode=ro", uri=True), connection)
    except EOFError:
        return  # the runner stopped (killed, or a stop was requested): nothing to reply
    except Exception as error:  # reported to the runner, which falls back to itself
        reply = repr(error)
    connection.send(reply)


def _digest(database: sqlite3.Connection, connection: Connection) -> dict[str, int]:
    audit, done = 0, 0
    while True:
        what, position = connection.recv()
        if what == "rest":
            break
        for page in _audit_after(database, done, position):
            audit += sum(map(row_hash, page))
            done = page[-1][0]
    for page in _audit_after(database, done, None):  # whatever the last batches added
        audit += sum(map(row_hash, page))
        done = page[-1][0]
    sums = {AUDIT: audit % MODULUS}
    for table, columns in ROW_TABLES.items():
        if table != AUDIT:
            cursor = database.execute(f"SELECT {', '.join(columns)} FROM {table}")
            total = 0
            while rows := cursor.fetchmany(_PAGE):
                total += sum(map(row_hash, rows))
            sums[table] = total % MODULUS
    return sums


def _audit_after(database: sqlite3.Connection, after: int, through: int | None
                 ) -> Iterator[list[Any]]:
    """The audit lines after position `after` (up to `through`), a page at a time."""
    select = f"SELECT {', '.join(ROW_TABLES[AUDIT])} FROM {AUDIT} WHERE position > ?"
    while True:
        if through is None:
            rows = database.execute(f"{select} ORDER BY position LIMIT ?",
                                    (after, _PAGE)).fetchall()
        else:
            rows = database.execute(f"{select} AND position <= ? ORDER BY position LIMIT ?",
                                    (after, through, _PAGE)).fetchall()
        if not rows:
            return
        yield rows
        after = rows[-1][0]
