"""The audit trail's codes: every code a handler writes has an Indonesian and an English
text naming the same facts, and the English texts contain no Indonesian word."""

from __future__ import annotations

import re
from pathlib import Path
from string import Formatter

import pytest

from projections import handlers
from projections.audit_texts import (
    EVENT_NAMES,
    PARAMS,
    SUMMARIES,
    WORDS,
    audit_summary,
    event_name,
    pack,
    render_summary,
    unpack,
)
from tests.indonesian_words import indonesian_words_in

# A code is a quoted lower-case "area.what" literal in the handlers' source.
_CODE = re.compile(r'"([a-z_]+\.[a-z_]+)"')


def written_codes() -> set[str]:
    return set(_CODE.findall(Path(handlers.__file__).read_text(encoding="utf-8")))


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def test_every_code_a_handler_writes_has_both_texts() -> None:
    codes = written_codes()
    assert len(codes) >= 80  # the regex finds them (a failing lookup would find none)
    assert codes - set(SUMMARIES) == set()
    for code, (indonesian, english) in SUMMARIES.items():
        assert indonesian.strip() and english.strip(), code
        assert indonesian != english, code
        assert fields(indonesian) == fields(english), code


def test_no_code_is_left_unused() -> None:
    assert set(SUMMARIES) - written_codes() == set()


def test_every_code_declares_its_facts_and_they_round_trip() -> None:
    assert set(PARAMS) == set(SUMMARIES)
    facts = {"name": "Ahmad Bakri", "quota": "2026-JKK", "programmes": ["JKK", "JKM"],
             "start": "2026-02-01", "retroactive": False}
    stored = pack("worker.enrolled", facts)
    assert stored == '["Ahmad Bakri","2026-JKK",["JKK","JKM"],"2026-02-01",false]'
    assert unpack("worker.enrolled", stored) == facts
    assert (pack("index.released", {}), unpack("index.released", "[]")) == ("[]", {})
    with pytest.raises(ValueError, match=r"worker\.kpj_assigned"):
        pack("worker.kpj_assigned", {"name": "Ahmad Bakri", "kpj": "1", "extra": 1})
    assert unpack("worker.flew", '["Bali"]') == {"p0": "Bali"}  # a newer version's code


# Facts of the shapes the handlers write, for the texts that compute a part from them.
SHAPED = {"count": 7, "listed": [["Kuota", 50]], "changes": [["name", "A", "B"]],
          "details": {"domicile": "Maros"}, "rules": {"min_age": 18}, "delta": 2, "n": 1,
          "percent_hundredths": 1234, "amount": 1000, "personal": True, "reference": "R1",
          "rank": "IV/a", "retroactive": True}


@pytest.mark.parametrize("code", sorted(SUMMARIES))
def test_the_english_text_has_no_indonesian_word(code: str) -> None:
    # Only the declared facts: a text naming anything else (not computed) fails here.
    params: dict[str, object] = {name: SHAPED.get(name, f"x{i}")
                                 for i, name in enumerate(PARAMS[code])}
    english = render_summary(code, params, "en")
    assert "{" not in english and indonesian_words_in(english) == [], english
    assert render_summary(code, params, "id") != english


def test_status_words_are_english_in_english() -> None:
    for words in WORDS.values():
        for indonesian, english in words.values():
            assert indonesian and indonesian_words_in(english) == [], english


def test_a_line_in_both_languages() -> None:
    params = {"name": "Ahmad Bakri", "quota": "2026-JKK", "programmes": ["JKK", "JKM"],
              "start": "2026-02-01", "retroactive": True}
    assert render_summary("worker.enrolled", params, "id") == (
        "Mendaftarkan Ahmad Bakri ke kuota 2026-JKK (JKK+JKM) mulai 01-02-2026 "
        "(BERLAKU SURUT)")
    assert render_summary("worker.enrolled", params, "en") == (
        "Enrolled Ahmad Bakri in quota 2026-JKK (JKK+JKM) from 01-02-2026 (RETROACTIVE)")
    ended = {"name": "Ahmad Bakri", "quota": "2026-JKK", "end": "2026-06-30",
             "reason": "moved", "details": {"domicile": "Kabupaten Maros"}}
    assert render_summary("worker.enrolment_terminated", ended, "en") == (
        "Ended the enrolment of Ahmad Bakri in quota 2026-JKK as of 30-06-2026 "
        "(reason: moved away, new domicile: Kabupaten Maros)")
    paid = {"claim": "KLM-2026-0001", "programme": "JKK", "name": "Ahmad Bakri",
            "amount": 2_500_000, "paid_on": "2026-03-10"}
    assert render_summary("claim.paid", paid, "en") == (
        "Recorded a payment of Rp2.500.000 on 10-03-2026 (claim KLM-2026-0001, JKK, "
        "Ahmad Bakri)")
    assert render_summary("claim.paid", paid, "id") == (
        "Mencatat pembayaran Rp2.500.000 pada 10-03-2026 (klaim KLM-2026-0001, JKK, "
        "Ahmad Bakri)")


def test_an_unknown_code_or_a_missing_fact_still_shows_the_facts() -> None:
    assert render_summary("worker.flew", {"to": "Bali"}, "en") == "worker.flew (to=Bali)"
    assert "Bali" in render_summary("worker.death_recorded", {"to": "Bali"}, "en")
    row = {"code": "event.unknown", "params": {"type": "Baru.Terjadi"}}
    assert audit_summary(row, "en") == "Event Baru.Terjadi"


def test_event_names_in_both_languages() -> None:
    assert set(handlers.HANDLERS) - set(EVENT_NAMES) == set()
    for qualname in EVENT_NAMES:
        english = event_name(qualname, "en")
        assert english != event_name(qualname, "id"), qualname
        assert indonesian_words_in(english) == [], english
    assert event_name("PeriodeTertutup.Reopened", "id") == "Periode tertutup: reopened"
