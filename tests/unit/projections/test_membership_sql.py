"""The membership query's SQL pieces and the row helpers, without a database."""

from __future__ import annotations

from datetime import date

import pytest

from domain.formatting import format_rupiah as rupiah
from projections.api import MembershipFilter
from projections.audit_texts import dmy
from projections.handlers import name_key, recorded_at
from projections.membership import age_band, like_pattern, order_clause, where_clause

DAY = date(2026, 11, 21)


def test_digits_search_matches_any_part_of_a_nik() -> None:
    sql, params = where_clause(MembershipFilter(search=" 091204 "), DAY)
    assert "m.nik LIKE ?" in sql
    assert params == ["%091204%"]


def test_all_sixteen_digits_are_an_indexed_equality() -> None:
    sql, params = where_clause(MembershipFilter(search="7371091204850001"), DAY)
    assert "m.nik = ?" in sql and params == ["7371091204850001"]


def test_a_masked_viewer_finds_a_nik_only_by_all_its_digits() -> None:
    sql, params = where_clause(MembershipFilter(search="737109120485000",
                                                nik_match="whole"), DAY)
    assert "1 = 0" in sql and params == []
    sql, params = where_clause(MembershipFilter(search="7371091204850001",
                                                nik_match="whole"), DAY)
    assert "m.nik = ?" in sql and params == ["7371091204850001"]


def test_name_search_is_case_folded_and_escaped() -> None:
    sql, params = where_clause(MembershipFilter(search="  Siti_50%  "), DAY)
    assert "name_key LIKE" in sql
    assert params == ["%siti\\_50\\%%"]


def test_unknown_programme_matches_nothing_and_never_reaches_sql_as_text() -> None:
    sql, params = where_clause(MembershipFilter(programme="JKK; DROP TABLE x"), DAY)
    assert "1 = 0" in sql and "DROP" not in sql and params == []


def test_no_filter_means_no_where() -> None:
    assert where_clause(MembershipFilter(), DAY) == ("", [])


@pytest.mark.parametrize(("sort", "expected"), [
    ("name", "m.name_key ASC"), ("decile", "(m.decile IS NULL), m.decile ASC"),
    ("age", "m.birth_date DESC"), ("bogus", "m.name_key ASC"),
])
def test_sort_keys(sort: str, expected: str) -> None:
    assert expected in order_clause(sort, False, DAY)[0]


def test_status_sort_carries_the_day() -> None:
    sql, params = order_clause("status", True, DAY)
    assert "CASE" in sql and params == ["2026-11-21"] * 5


@pytest.mark.parametrize(("age", "band"), [(17, "<25"), (25, "25-34"), (44, "35-44"),
                                           (64, "55-64"), (65, "65+")])
def test_age_bands(age: int, band: str) -> None:
    assert age_band(age) == band


def test_readable_values() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    assert dmy("2026-02-01") == "01-02-2026"
    assert rupiah(2_500_000) == "Rp2.500.000"
    assert name_key("  Ahmad   BAKRI ") == "ahmad bakri"
    wita = datetime(2026, 1, 1, 8, tzinfo=timezone(timedelta(hours=8)))
    assert recorded_at(wita) == "2026-01-01T00:00:00.000000+00:00"
    assert recorded_at(datetime(2026, 1, 1, tzinfo=UTC)) < recorded_at(wita + timedelta(
        microseconds=1))
    assert like_pattern("a\\b") == "%a\\\\b%"


def _enrolment(start: str, until: str, end: str | None = None) -> dict[str, object]:
    return {"quota": "Q", "programmes": ["JKK"], "start": start, "until": until, "end": end,
            "end_reason": None}


def test_coverage_span_without_and_with_a_gap() -> None:
    from projections.handlers import coverage_span

    touching = [_enrolment("2026-01-01", "2026-12-31", "2026-03-31"),
                _enrolment("2026-04-01", "2026-12-31")]
    assert coverage_span(touching) == {"cover_start": "2026-01-01", "cover_end": "2026-12-31",
                                       "gappy": 0}
    gap = [touching[0], _enrolment("2026-06-01", "2026-12-31")]
    assert coverage_span(gap)["gappy"] == 1
    assert coverage_span([]) == {"cover_start": None, "cover_end": None, "gappy": 0}
