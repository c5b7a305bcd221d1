"""What a role may see of a person's identifiers, applied by every view.

The read models hold whole NIKs and phone numbers (membership rows, audit summaries, claim
rows). Roles without `Action.VIEW_FULL_NIK` (auditors) see them masked with
`domain.privacy`, including NIKs and phone numbers written inside free text such as an
event's summary or reason — in the present and while travelling in time.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from domain.formatting import format_date
from domain.i18n import current_language
from domain.privacy import mask_nik, mask_phone
from domain.services.app import Berjasa
from domain.services.permissions import Action
from domain.services.session import Session

# A NIK or KK inside text: 16 digits not part of a longer number.
_SIXTEEN_DIGITS = re.compile(r"(?<!\d)\d{16}(?!\d)")
# An Indonesian phone number inside text: 08… or +62…/62…, 9 to 13 digits after the prefix.
_PHONE = re.compile(r"(?<![\d+])(?:\+?62|0)8\d{7,11}(?!\d)")


class Masker:
    """Shows identifiers whole or masked, by the signed-in role."""

    def __init__(self, full: bool) -> None:
        self.full = full

    @classmethod
    def for_session(cls, app: Berjasa, session: Session) -> Masker:
        return cls(app.authoriser.may(session, Action.VIEW_FULL_NIK))

    def nik(self, value: Any) -> str:
        text = "" if value is None else str(value)
        return text if self.full or not text else mask_nik(text)

    def birth_date(self, value: Any) -> str:
        """The whole date for those who may see NIKs; the year only for auditors, since
        day and month beside the last digits, sex and kecamatan rebuild a NIK."""
        text = str(value or "")
        if not text:
            return ""
        return (format_date(date.fromisoformat(text[:10]), current_language()) if self.full
                else text[:4])

    def phone(self, value: Any) -> str:
        text = "" if value is None else str(value)
        return text if self.full or not text else mask_phone(text)

    def text(self, value: Any) -> str:
        """Free text with every NIK-like run of 16 digits and phone number masked."""
        text = "" if value is None else str(value)
        if self.full or not text:
            return text
        text = _SIXTEEN_DIGITS.sub(lambda m: mask_nik(m.group(0)), text)
        return _PHONE.sub(lambda m: mask_phone(m.group(0)), text)
