"""The SQL adapter's dialect: one text for SQLite and PostgreSQL."""

from __future__ import annotations

from projections.sqlstore import Database


def test_placeholders_and_modulo_in_postgresql_text() -> None:
    database = Database(None, None, "postgresql")
    assert database.sql("SELECT 1 WHERE position % ? <> 0 AND a = ?") == (
        "SELECT 1 WHERE position %% %s <> 0 AND a = %s")
    assert Database(None, None, "sqlite").sql("position % ? <> 0") == "position % ? <> 0"
