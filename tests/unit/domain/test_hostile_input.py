"""Random and hostile values for the NIK and date parsers and the registration validator:
always a value or a clear refusal (a BerjasaError with a message), never a crash."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.errors import BerjasaError
from domain.i18n import set_language
from domain.messages import MESSAGES
from domain.nik import normalise_nik, parse_nik
from domain.registration import validate_registration
from domain.values import (
    as_date,
    as_decile,
    as_int,
    as_optional_date,
    as_phone,
    as_sex,
    as_text,
    as_timestamp,
)
from tests.factories import worker_fields

HOSTILE_TEXT = st.sampled_from([
    "", " ", "\x00", "7.37105E+15", "7371091204850001", "737109120485000１", "=1+1",
    "'; DROP TABLE stored_events; --", "9" * 400, "2026-02-30", "2026-13-01", "0000-00-00",
    "31/12/1999", "1e309", "NaN", "-0", "\u202e1000", "\udcff", "🙂", "null", "None",
])
ANY_TEXT = st.one_of(st.text(max_size=60), HOSTILE_TEXT)
ANY_VALUE: st.SearchStrategy[Any] = st.one_of(
    ANY_TEXT, st.none(), st.integers(), st.floats(), st.booleans(), st.binary(max_size=20),
    st.dates(), st.lists(st.integers(), max_size=3), st.dictionaries(st.text(), st.text(),
                                                                     max_size=2),
)


def _refuses_clearly(call: Any, *args: Any, **kwargs: Any) -> None:
    try:
        call(*args, **kwargs)
    except BerjasaError as error:
        assert error.code in MESSAGES  # a written message, not the code as a fallback
        for language in ("id", "en"):
            set_language(language)
            assert error.message().strip()
        set_language("id")


@given(ANY_VALUE)
def test_nik_parsers(value: Any) -> None:
    _refuses_clearly(parse_nik, value)
    _refuses_clearly(normalise_nik, value)


@given(ANY_VALUE)
def test_date_and_number_parsers(value: Any) -> None:
    for parser in (as_date, as_optional_date, as_timestamp, as_decile, as_phone, as_sex):
        _refuses_clearly(parser, value)
    _refuses_clearly(as_int, value, "angka")
    _refuses_clearly(as_text, value, "teks", limit=20)


FIELDS = ("nik", "name", "sex", "birth_date", "kecamatan", "kelurahan", "occupation",
          "decile", "decile_as_of", "phone", "agent", "disability")


@settings(max_examples=300)
@given(st.dictionaries(st.sampled_from(FIELDS), ANY_VALUE, max_size=4), st.integers(1, 9999))
def test_registration_validator(overrides: dict[str, Any], serial: int) -> None:
    fields = {**worker_fields(serial), **overrides}
    _refuses_clearly(validate_registration, today=date(2026, 11, 21), **fields)
