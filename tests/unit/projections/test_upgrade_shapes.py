"""`projections.upgrade`: the new shape's columns, and the views that let this version's
queries read old tables lacking some of them (on in-memory SQLite)."""

from __future__ import annotations

import pytest

from projections import schema
from projections.sqlstore import open_sqlite_memory
from projections.upgrade import existing_tables, needs_upgrade, new_columns, shim_views


def test_every_column_of_the_new_shape_with_an_empty_value_of_its_kind() -> None:
    columns = dict(new_columns("rm_enrolment"))
    assert list(columns)[:3] == ["worker_id", "seq", "quota"]  # key clauses left out
    assert "PRIMARY" not in columns
    assert columns["quota"] == "''" and columns["seq"] == "0"  # NOT NULL text, integer
    assert columns["end_on"] == "NULL"  # nullable
    database = open_sqlite_memory()  # every table: the columns SQLite makes of it
    with database.batch() as writer:
        schema.create_tables(writer)
    made = existing_tables(database)
    assert {name: [c for c, _ in new_columns(name)] for name in schema.TABLES} == {
        name: made[name] for name in schema.TABLES}
    database.close()


def test_an_old_table_lacking_columns_is_read_through_a_view(
        monkeypatch: pytest.MonkeyPatch) -> None:
    database = open_sqlite_memory()
    with database.batch() as writer:
        schema.ensure_schema(writer)
        writer.execute("UPDATE rm_tracking SET position = 7")
        writer.execute("INSERT INTO rm_policy (kind, key, body) VALUES ('a', 'b', 'c')")
    assert not needs_upgrade(database)  # this version's own
    monkeypatch.setattr(schema, "SCHEMA_VERSION", "next")
    monkeypatch.setitem(schema.TABLES, "rm_policy", schema.TABLES["rm_policy"] +
                        ", note TEXT NOT NULL DEFAULT '', rank INTEGER")
    assert needs_upgrade(database)
    views = shim_views(existing_tables(database), "main")
    assert views == {"rm_policy": "SELECT kind, key, body, '' AS note, NULL AS rank "
                                  "FROM main.rm_policy"}
    database.query(f"CREATE TEMP VIEW rm_policy AS {views['rm_policy']}")
    assert database.query("SELECT kind, note, rank FROM rm_policy") == [("a", "", None)]
    database.close()


def test_read_models_without_events_applied_are_not_worth_serving(
        monkeypatch: pytest.MonkeyPatch) -> None:
    database = open_sqlite_memory()
    with database.batch() as writer:
        schema.ensure_schema(writer)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", "next")
    assert not needs_upgrade(database)  # position 0: rebuilt in place, nothing to serve
    database.close()
