"""Pengguna: a person who signs in, with a role. Passwords are kept only as scrypt hashes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.model.common import Stamp
from domain.model.ids import user_id

ADMIN, SUPERVISOR, OPERATOR, AUDITOR = "admin", "supervisor", "operator", "auditor"
ROLES = (ADMIN, SUPERVISOR, OPERATOR, AUDITOR)
MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
# After each failed password check the answer waits a little longer (seconds), so even the
# attempts the lockout allows cannot be fired as fast as a machine can send them.
FAILURE_DELAY_STEP = 0.25
FAILURE_DELAY_MAX = 1.0


def failure_delay(attempt: int) -> float:
    """Seconds to wait before answering the `attempt`-th consecutive failed sign-in."""
    return min(FAILURE_DELAY_STEP * max(attempt - 1, 0), FAILURE_DELAY_MAX)


class Pengguna(Aggregate):
    @staticmethod
    def create_id(username: str, **_: Any) -> UUID:
        return user_id(username)

    @event("Created")
    def __init__(
        self, username: str, full_name: str, role: str, password_hash: str, stamp: Stamp
    ) -> None:
        self.username = username
        self.full_name = full_name
        self.role = role
        self.password_hash = password_hash
        self.active = True
        self.failed_attempts = 0
        self.locked_until: datetime | None = None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def record_failed_sign_in(self, at: datetime, workstation: str) -> None:
        attempts = 0 if self.locked_until and at >= self.locked_until else self.failed_attempts
        self._sign_in_failed(at=at, attempts=attempts + 1, workstation=workstation)
        if self.failed_attempts >= MAX_FAILED_ATTEMPTS:
            self._locked_out(until=at + LOCKOUT, workstation=workstation)

    def record_sign_in(self, at: datetime, workstation: str) -> None:
        if self.failed_attempts or self.locked_until:
            self._sign_in_succeeded(at=at, workstation=workstation)

    @event("PasswordChanged")
    def change_password(self, password_hash: str, stamp: Stamp) -> None:
        self.password_hash = password_hash
        self.failed_attempts = 0
        self.locked_until = None

    @event("RoleChanged")
    def change_role(self, role: str, stamp: Stamp) -> None:
        self.role = role

    @event("Deactivated")
    def deactivate(self, stamp: Stamp) -> None:
        self.active = False

    @event("Reactivated")
    def reactivate(self, stamp: Stamp) -> None:
        self.active = True

    @event("SignInFailed")
    def _sign_in_failed(self, at: datetime, attempts: int, workstation: str) -> None:
        self.failed_attempts = attempts

    @event("LockedOut")
    def _locked_out(self, until: datetime, workstation: str) -> None:
        self.locked_until = until

    @event("SignInSucceeded")
    def _sign_in_succeeded(self, at: datetime, workstation: str) -> None:
        self.failed_attempts = 0
        self.locked_until = None
