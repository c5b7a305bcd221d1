"""Reading and checking a worker list's rows, here or in a second process.

Reading a row and checking it with the rules of a single registration (~20 µs) is a large
part of an import's time; saving is the rest, and it needs the store, so it stays in this
process. On a large file a second process reads the rows while this one saves (the
machine has two cores), and checks them too whenever this one is the slower side
(otherwise this one checks what arrives unchecked): `checked_rows` yields the same
`(row number, cells, Registration or the error that refused it)` in file order either way.

Only plain values cross between the processes (cells, Registration, an error's class,
code and parameters); everything that depends on earlier rows or on the
store (duplicates in the file, seats, saving in batches) is still decided here, in file
order. If the second process fails, the rows after the last one it delivered are read and
checked here, so the outcome, including any error the file causes, is what reading it
here would give.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import signal
import sys
from collections.abc import Generator, Iterator
from datetime import date
from itertools import islice
from typing import Any

from domain.errors import ValidationError
from domain.registration import Registration
from importer.reading import Cells, Table
from importer.rows import registration_of

log = logging.getLogger("berjasa.importer")
# Row number, cells, and the check's outcome.
Checked = tuple[int, Cells, Registration | ValidationError]
CheckedRows = Generator[Checked, None, None]
SECOND_PROCESS_MIN_ROWS = 5_000   # below this, starting a process costs more than it saves
CHUNK_ROWS = 500
QUEUE_CHUNKS = 8                  # rows in flight: bounds the memory to ~4,000 rows
POLL_SECONDS = 0.5
STALL_SECONDS = 120.0
# Diagnosis: "0" turns the second process off; "all" makes it check every row.
SECOND_PROCESS_ENV = "BERJASA_SECOND_PROCESS"
_END = "end"


def check_row(cells: Cells, columns: dict[str, int], today: date
              ) -> Registration | ValidationError:
    try:
        return registration_of(cells, columns, today)
    except ValidationError as error:
        return error


def checked_rows(table: Table, columns: dict[str, int], today: date) -> CheckedRows:
    """Every row below the header with its check, in file order."""
    if use_second_process(table):
        return _checked_in_second_process(table, columns, today)
    return _checked_here(table, columns, today, after=0)


def use_second_process(table: Table) -> bool:
    """Only for a large spreadsheet: a row takes ~30 µs to read, worth moving. A CSV row
    reads in ~5 µs; its checks alone do not pay for sending the rows across (measured:
    no gain on 100,000 rows), so a CSV is read here."""
    if os.environ.get(SECOND_PROCESS_ENV, "1") == "0":
        return False
    if getattr(sys, "frozen", False) and sys.platform != "win32":
        return False  # a frozen build re-runs itself to start a process: Windows only
    if table.kind == "csv":
        return False
    return (table.total_rows or 0) >= SECOND_PROCESS_MIN_ROWS


def _checked_here(table: Table, columns: dict[str, int], today: date, after: int
                  ) -> CheckedRows:
    for number, cells in _rows_from(table, after):
        yield number, cells, check_row(cells, columns, today)


def _checked_in_second_process(table: Table, columns: dict[str, int], today: date
                               ) -> CheckedRows:
    context = multiprocessing.get_context("spawn")  # the only way on Windows
    chunks: Any = context.Queue(maxsize=QUEUE_CHUNKS)
    process = context.Process(target=check_in_child,
                              args=(table, columns, today, chunks),
                              name="berjasa-import-reader", daemon=True)
    process.start()
    last = 0
    try:
        while True:
            chunk = _next_chunk(chunks, process)
            if chunk == _END:
                return
            if not isinstance(chunk, list):  # the reader failed: carry on here
                log.warning("import reader process stopped: %s", chunk)
                yield from _checked_here(table, columns, today, after=last)
                return
            for number, cells, outcome in chunk:
                last = number
                yield number, cells, _revived(outcome, cells, columns, today)
    finally:
        if process.is_alive():
            process.terminate()
        process.join()
        chunks.close()


def _next_chunk(chunks: Any, process: Any) -> Any:
    waited = 0.0
    while waited < STALL_SECONDS:
        try:
            return chunks.get(timeout=POLL_SECONDS)
        except queue.Empty:
            waited += POLL_SECONDS
            if not process.is_alive() and chunks.empty():
                return f"ended with exit code {process.exitcode}"
    return f"nothing for {STALL_SECONDS:.0f} s"


def _revived(outcome: Any, cells: Cells, columns: dict[str, int], today: date
             ) -> Registration | ValidationError:
    if isinstance(outcome, Registration):
        return outcome
    if outcome is None:  # sent unchecked: the reader was behind (see `check_in_child`)
        return check_row(cells, columns, today)
    kind, code, params = outcome
    error: ValidationError = kind(code, **params)
    return error


def check_in_child(table: Table, columns: dict[str, int], today: date, chunks: Any
                   ) -> None:
    """The second process: read every row and send them in chunks, then `_END`.

    It also checks a chunk's rows when the saving process has at least half the queue
    still to take (saving is then the slower side); otherwise it sends them unchecked and
    the saving process checks them, so whichever process has time to spare does the work
    (on a shared machine the reader may get only part of a core). A check gives the same
    outcome in either process."""
    # Ctrl+C reaches every process of the terminal's group; the saving process decides
    # (it stops after a whole batch, then ends this one), so the reader ignores it.
    if multiprocessing.parent_process() is not None:  # not when called in process (tests)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        rows = _rows_from(table, 0)
        while chunk := list(islice(rows, CHUNK_ROWS)):
            if _saver_is_behind(chunks):
                _send(chunks, [_checked_there(number, cells, columns, today)
                               for number, cells in chunk])
            else:
                _send(chunks, [(number, cells, None) for number, cells in chunk])
        _send(chunks, _END)
    except _SaverGoneError:
        pass
    except Exception as error:  # the parent reads the rest itself and meets it there
        with contextlib.suppress(_SaverGoneError):
            _send(chunks, f"{type(error).__name__}: {error}")
    _wait_for_the_saver(chunks)


class _SaverGoneError(Exception):
    """The saving process ended without ending this one (it was killed)."""


def _send(chunks: Any, item: Any) -> None:
    """Put `item` on the queue, waiting while it is full, but not for a saving process
    that is gone: a killed import must not leave its reader behind, blocked for ever."""
    saver = multiprocessing.parent_process()
    while True:
        try:
            chunks.put(item, timeout=POLL_SECONDS)
            return
        except queue.Full:
            if saver is not None and not saver.is_alive():
                raise _SaverGoneError from None


def _wait_for_the_saver(chunks: Any) -> None:
    """Stay until the saving process has taken everything and ends this process, or has
    ended itself: then nothing will take what is left, so leave without flushing it."""
    saver = multiprocessing.parent_process()
    if saver is None:  # called in process (tests)
        return
    saver.join()
    chunks.cancel_join_thread()


def _checked_there(number: int, cells: Cells, columns: dict[str, int], today: date
                   ) -> tuple[int, Cells, Any]:
    return number, cells, _sendable(check_row(cells, columns, today))


def _rows_from(table: Table, after: int) -> Iterator[tuple[int, Cells]]:
    return ((number, cells) for number, cells in table.rows() if number > after)


def _saver_is_behind(chunks: Any) -> bool:
    if os.environ.get(SECOND_PROCESS_ENV) == "all":
        return True
    try:
        return bool(chunks.qsize() >= QUEUE_CHUNKS // 2)
    except NotImplementedError:  # macOS has no queue size: always check here
        return True


def _sendable(outcome: Registration | ValidationError) -> Any:
    if isinstance(outcome, ValidationError):
        # An exception does not pickle with its parameters: send what rebuilds it.
        return type(outcome), outcome.code, outcome.params
    return outcome
