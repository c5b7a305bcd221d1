"""The reader process checks rows only while the saving process is behind; either way
each row's outcome is the one checking it here gives."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any

import pytest

from domain.errors import ValidationError
from importer import checking
from importer.reading import read_table
from tests.conftest import TODAY
from tests.integration.test_import import sample


class FakeQueue:
    """What `check_in_child` sends, with the queue sizes the saving process would leave."""

    def __init__(self, sizes: Iterator[int] | None) -> None:
        self.sizes = sizes
        self.sent: list[Any] = []

    def qsize(self) -> int:
        if self.sizes is None:
            raise NotImplementedError  # as on macOS
        return next(self.sizes)

    def put(self, item: Any, timeout: float | None = None) -> None:
        self.sent.append(pickle.loads(pickle.dumps(item)))  # as the real queue carries it


def comparable(outcome: Any) -> Any:
    if isinstance(outcome, ValidationError):
        return type(outcome), outcome.code, outcome.params
    return outcome


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_rows_checked_there_or_here_have_the_same_outcome(
    suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = read_table(sample(suffix))
    columns = table.guessed_mapping
    expected = [(n, c, comparable(o))
                for n, c, o in checking._checked_here(table, columns, TODAY, after=0)]
    monkeypatch.setattr(checking, "CHUNK_ROWS", 25)
    behind, ahead = checking.QUEUE_CHUNKS // 2, checking.QUEUE_CHUNKS // 2 - 1
    queue = FakeQueue(iter([behind, ahead] * 1000))
    checking.check_in_child(table, columns, TODAY, queue)
    assert queue.sent[-1] == checking._END
    chunks = queue.sent[:-1]
    checked = [chunk for chunk in chunks if all(o is not None for _n, _c, o in chunk)]
    unchecked = [chunk for chunk in chunks if all(o is None for _n, _c, o in chunk)]
    assert len(checked) == len(unchecked) == len(chunks) / 2 >= 2
    assert chunks[0] in checked and chunks[1] in unchecked  # behind, then ahead
    got = [(n, c, comparable(checking._revived(o, c, columns, TODAY)))
           for chunk in chunks for n, c, o in chunk]
    assert got == expected
    assert any(isinstance(o, tuple) for _n, _c, o in expected)  # refusals crossed too


def test_without_a_queue_size_the_reader_checks_every_row() -> None:
    table = read_table(sample(".csv"))
    queue = FakeQueue(None)
    checking.check_in_child(table, table.guessed_mapping, TODAY, queue)
    rows = [row for chunk in queue.sent[:-1] for row in chunk]
    assert rows and all(outcome is not None for _n, _c, outcome in rows)
