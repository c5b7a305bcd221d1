"""Recorded event types in words, for the audit extract (the log keeps the permanent
identifiers; readers get words). The names live in `projections.audit_texts`, which the
GUI shares."""

from __future__ import annotations

import re

from projections.audit_texts import EVENT_NAMES as _NAMES
from projections.audit_texts import event_name as _event_name

# Indonesian names (both languages: `projections.audit_texts.EVENT_NAMES`).
EVENT_NAMES = {qualname: names[0] for qualname, names in _NAMES.items()}
# A status code in a text: `perlu_diperpanjang`.
_CODE = re.compile(r"\b([a-z]+(?:_[a-z]+)+)\b")


def event_name(event_type: str, language: str = "id") -> str:
    """The type in words; an unlisted one as "Aggregate: words of its name"."""
    return _event_name(event_type, language)


def status_words(text: str) -> str:
    """Status codes in a summary as words: `perlu_diperpanjang` → `perlu diperpanjang`."""
    return _CODE.sub(lambda m: m.group(1).replace("_", " "), text)
