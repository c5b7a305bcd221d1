"""Domain errors. Each carries a stable code and the values its message needs.

The message itself comes from `domain.messages`, in Indonesian or English, so the
console, the GUI and the importer all say the same thing in the user's language.
"""

from __future__ import annotations

from typing import Any

from domain.i18n import current_language
from domain.messages import render


class BerjasaError(Exception):
    """Base of every refusal the application gives a user."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str | None = None) -> str:
        return render(self.code, language or current_language(), self.params)

    def __str__(self) -> str:
        return self.message()


class ValidationError(BerjasaError):
    """An input value is malformed or out of range."""


class RuleViolationError(BerjasaError):
    """A business rule refuses the command in the current state."""


class PermissionDeniedError(BerjasaError):
    """The signed-in user's role may not do this."""


class AuthenticationError(BerjasaError):
    """Sign-in failed."""


class NotFoundError(BerjasaError):
    """The thing named does not exist in the store."""


class ConcurrencyError(BerjasaError):
    """Another workstation changed the same records; the command can be retried."""


class StoreError(BerjasaError):
    """The store cannot be opened or is not in the state the command needs."""


class PartlyDoneError(BerjasaError):
    """A command of many transactions stopped part way: the message says what was kept."""
