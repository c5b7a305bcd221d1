"""Setting up a store, signing in, and managing user accounts."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack
from typing import Any, TypedDict

from eventsourcing.persistence import IntegrityError

from domain.errors import AuthenticationError, RuleViolationError, StoreError, ValidationError
from domain.limits import NAME, limit
from domain.model.common import Stamp
from domain.model.ids import user_id
from domain.model.pengguna import ADMIN, MAX_FAILED_ATTEMPTS, ROLES, Pengguna, failure_delay
from domain.passwords import (
    MINIMUM_LENGTH,
    hash_password,
    spend_verification_time,
    verify_password,
)
from domain.reference import default_tariffs
from domain.services.context import ContextService
from domain.services.permissions import Action
from domain.services.session import Session
from domain.values import as_text

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
DEFAULT_OFFICE = "Dinas Ketenagakerjaan Kota Makassar"
DEFAULT_CITY = "Kota Makassar"


def check_username(value: str) -> str:
    username = str(value or "").strip().lower()
    if not _USERNAME.match(username):
        raise ValidationError("user.name_invalid", value=str(value))
    return username


def check_role(value: str) -> str:
    role = str(value or "").strip().lower()
    if role not in ROLES:
        raise ValidationError("user.role_unknown", value=str(value))
    return role


def check_password(password: str) -> str:
    if len(password or "") < MINIMUM_LENGTH:
        raise ValidationError("user.password_weak", minimum=MINIMUM_LENGTH)
    return password


_LOCAL_SIGN_IN_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _local_lock(name: str) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCAL_SIGN_IN_LOCKS.setdefault(name, threading.Lock())


class StoreInitialised(TypedDict):
    admin: str
    office: str


class UserAdded(TypedDict):
    user: str
    role: str


class UserView(TypedDict):
    user: str
    full_name: str
    role: str
    active: bool
    locked_until: str | None  # ISO moment while locked out after failed sign-ins


class UserService(ContextService):
    """Setting up a store, signing in and managing user accounts."""

    # How a failed sign-in waits before it answers (tests record the delays instead).
    pause: Callable[[float], None] = staticmethod(time.sleep)

    def initialise_store(
        self,
        admin: str,
        password: str,
        workstation: str,
        full_name: str = "",
        office: str = DEFAULT_OFFICE,
        city: str = DEFAULT_CITY,
    ) -> StoreInitialised:
        """Create the store's directory, its first admin and the default tariffs at once."""
        username = check_username(admin)
        check_password(password)
        if self.application.is_initialised():
            raise StoreError("store.exists", store=self.application.store_label)
        stamp = Stamp(username, workstation, "penyiapan penyimpanan")
        # Imported here, not above: signing in (every command) needs this module, and only
        # this one-time command makes a directory and a tariff schedule (their event
        # classes load when a command reads one: `BerjasaApplication.directory`).
        from domain.model.direktori import Direktori
        from domain.model.tarif import TarifIuran

        directory = Direktori(office=office, city=city, stamp=stamp)
        user = Pengguna(
            username=username,
            full_name=full_name or username,
            role=ADMIN,
            password_hash=hash_password(password),
            stamp=stamp,
        )
        directory.list_user(username, stamp)
        tariffs = TarifIuran(stamp=stamp)
        for programme, effective_from, amount, basis in default_tariffs():
            tariffs.set_rate(programme, effective_from, amount, basis, stamp)
        try:
            self.save(directory, user, tariffs)
        except IntegrityError:
            raise StoreError("store.exists", store=self.application.store_label) from None
        return {"admin": username, "office": office}

    def sign_in(self, username: str, password: str, workstation: str) -> Session:
        """A session for the user, or AuthenticationError("auth.failed").

        Attempts on one account take turns (`sign_in_turn`): each reads the account's
        lockout state, checks the password and records a failure before the next one
        starts, so parallel sign-ins cannot test more passwords than the lockout allows.
        An unknown user, a wrong password and a locked account get the same answer (code
        and text, after the same work): an attacker learns neither which accounts exist nor
        whether a guess was right while the account is locked. A clean sign-in writes
        nothing."""
        name = str(username or "").strip().lower()
        if not _USERNAME.match(name):
            spend_verification_time(str(password or ""))
            raise AuthenticationError("auth.failed")
        with self.sign_in_turn(name):
            failed_attempt = self._checked_sign_in(name, password or "", workstation)
        if isinstance(failed_attempt, Session):
            return failed_attempt
        self.pause(failure_delay(failed_attempt))
        raise AuthenticationError("auth.failed")

    def sign_in_turn(self, name: str) -> AbstractContextManager[Any]:
        """Sign-ins to one account one at a time: in this process, and across workstations
        where the store offers a lock (the server's; a file lock beside a SQLite file, set
        by the composition root as the application's `cross_process_sign_in_lock`)."""
        stack = ExitStack()
        stack.enter_context(_local_lock(name))
        outside = self.application.cross_process_sign_in_lock
        if outside is not None:
            stack.enter_context(outside(name))
        stack.enter_context(self.serialised(user_id(name)))
        return stack

    def _checked_sign_in(self, name: str, password: str, workstation: str) -> Session | int:
        """The session, or the number of consecutive failures this attempt makes."""
        user = self.find(user_id(name), Pengguna)
        if user is None or user.is_locked(self.clock()):
            spend_verification_time(password)
            return MAX_FAILED_ATTEMPTS
        if not verify_password(password, user.password_hash):
            return self.with_retries(lambda: self._record_failure(name, workstation))
        if not user.active:
            raise AuthenticationError("user.inactive", username=name)
        now = self.clock()
        user.record_sign_in(now, workstation)
        self.save(user)
        return Session(name, user.role, workstation, user.full_name)

    def _record_failure(self, username: str, workstation: str) -> int:
        user = self.require(user_id(username), Pengguna, "user.not_found", username=username)
        user.record_failed_sign_in(self.clock(), workstation)
        self.save(user)
        return user.failed_attempts

    def add_user(
        self, session: Session, username: str, role: str, password: str, full_name: str = ""
    ) -> UserAdded:
        stamp = self.authorise(session, Action.MANAGE_USERS)
        name, checked_role = check_username(username), check_role(role)
        check_password(password)

        def attempt() -> UserAdded:
            directory = self.directory()
            if self.find(user_id(name), Pengguna) is not None:
                raise RuleViolationError("user.exists", username=name)
            user = Pengguna(
                username=name,
                full_name=as_text(full_name, "nama", limit=limit(NAME)) or name,
                role=checked_role,
                password_hash=hash_password(password),
                stamp=stamp,
            )
            directory.list_user(name, stamp)
            self.save(directory, user)
            return {"user": name, "role": checked_role}

        return self.with_retries(attempt)

    def change_password(self, session: Session, old_password: str, new_password: str) -> None:
        stamp = self.authorise(session, Action.READ, "ganti kata sandi")
        user = self._user(session.username)
        if user.is_locked(self.clock()):
            raise AuthenticationError("auth.locked", username=user.username,
                                      until=_local_time(user.locked_until),
                                      attempts=user.failed_attempts)
        if not verify_password(old_password or "", user.password_hash):
            # Counted like a failed sign-in: an unattended session must not become a way
            # to guess the password without the lockout.
            self.with_retries(lambda: self._record_failure(user.username, session.workstation))
            raise AuthenticationError("auth.failed")
        user.change_password(hash_password(check_password(new_password)), stamp)
        self.save(user)

    def reset_password(self, session: Session, username: str, new_password: str) -> None:
        stamp = self.authorise(session, Action.MANAGE_USERS, "reset kata sandi oleh admin")
        user = self._user(check_username(username))
        user.change_password(hash_password(check_password(new_password)), stamp)
        self.save(user)

    def change_role(self, session: Session, username: str, role: str, reason: str = "") -> None:
        stamp = self.authorise(session, Action.MANAGE_USERS, reason)
        user, new_role = self._user(check_username(username)), check_role(role)
        if user.role == ADMIN and new_role != ADMIN:
            self._check_not_last_admin(user.username)
        user.change_role(new_role, stamp)
        self.save(user)

    def set_user_active(
        self, session: Session, username: str, active: bool, reason: str = ""
    ) -> None:
        stamp = self.authorise(session, Action.MANAGE_USERS, reason)
        user = self._user(check_username(username))
        if active and not user.active:
            user.reactivate(stamp)
        elif not active and user.active:
            if user.role == ADMIN:
                self._check_not_last_admin(user.username)
            user.deactivate(stamp)
        self.save(user)

    def list_users(self, session: Session) -> list[UserView]:
        self.authorise(session, Action.READ)
        return [self._describe(self._user(name)) for name in self.directory().users]

    def _user(self, username: str) -> Pengguna:
        return self.require(user_id(username), Pengguna, "user.not_found", username=username)

    def _check_not_last_admin(self, username: str) -> None:
        admins = [
            name
            for name in self.directory().users
            if name != username and (u := self._user(name)).role == ADMIN and u.active
        ]
        if not admins:
            raise RuleViolationError("user.last_admin")

    @staticmethod
    def _describe(user: Pengguna) -> UserView:
        return {
            "user": user.username,
            "full_name": user.full_name,
            "role": user.role,
            "active": user.active,
            "locked_until": user.locked_until.isoformat() if user.locked_until else None,
        }


def _local_time(moment: Any) -> str:
    from domain.values import WITA

    return moment.astimezone(WITA).strftime("%Y-%m-%d %H:%M WITA") if moment else "-"
