"""What every console command needs: the store, the signed-in user, and output."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.console.output import print_json, print_text
from desktop.paths import default_store_url
from desktop.secrets import KEYRING_SERVICE, keyring_store_password, read_secret
from domain.errors import AuthenticationError, StoreError
from domain.i18n import current_language
from domain.messages import render
from domain.services.session import Session, this_workstation
from infra.storeurl import parse_store_url

if TYPE_CHECKING:
    from domain.services.app import Berjasa
    from domain.services.base import StoreInfo


@dataclass
class ConsoleContext:
    args: argparse.Namespace
    _app: Berjasa | None = field(default=None, repr=False)
    _session: Session | None = field(default=None, repr=False)

    @property
    def store_url(self) -> str:
        return str(self.args.store or default_store_url())

    @property
    def as_json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def app(self, *, must_exist: bool = True) -> Berjasa:
        if self._app is None:
            # Opening a store loads the whole application (eventsourcing, the drivers):
            # only commands that use one pay for it (`--version` and help do not).
            from berjasa.bootstrap import open_store

            self._app = open_store(self.store_url, password=store_password(self.store_url))
            announce_new_store(self._app.application.store_info)
            if must_exist and not self._app.application.is_initialised():
                raise StoreError("store.not_initialised", store=self._app.application.store_label)
        return self._app

    def session(self) -> Session:
        """Sign in with --user / BERJASA_USER and the password from env, keyring or prompt."""
        if self._session is None:
            username = self.args.user or os.environ.get("BERJASA_USER", "")
            if not username:
                raise AuthenticationError("auth.no_user")
            app = self.app()
            password = user_password(app.application.store_label, username)
            self._session = app.users.sign_in(username, password, this_workstation())
        return self._session

    def emit(self, result: Any) -> None:
        if self.as_json:
            print_json(result)
        else:
            print_text(result)

    def close(self) -> None:
        if self._app is not None:
            self._app.close()

    def reset(self) -> None:
        """Forget the open store and the sign-in (after `close`): the next `app()` and
        `session()` open the store again, as it is now (a restore replaced it)."""
        self._app, self._session = None, None


def announce_new_store(info: StoreInfo) -> None:
    """When a store was just created, say whether it is encrypted: an unencrypted store, or
    a new key that must be backed up (losing it loses the data), is worth a line."""
    if not info.get("created"):
        return
    code = info.get("warning") or ("store.key_created" if info.get("key_created") else "")
    if code:
        print(f"berjasa-admin: {render(code, current_language(), {})}", file=sys.stderr)


def user_password(store_label: str, username: str) -> str:
    secret = os.environ.get("BERJASA_PASSWORD") or read_secret(
        KEYRING_SERVICE, f"{store_label}|{username}"
    )
    if secret:
        return secret
    if sys.stdin is not None and sys.stdin.isatty():
        return ask_secret(f"Kata sandi {username}: ")
    raise AuthenticationError("auth.no_password")


def new_password(prompt: str = "Kata sandi baru") -> str:
    """The password for a new account: `BERJASA_NEW_PASSWORD`, else asked twice."""
    secret = os.environ.get("BERJASA_NEW_PASSWORD")
    if secret:
        return secret
    if sys.stdin is not None and sys.stdin.isatty():
        first = ask_secret(f"{prompt}: ")
        if first != ask_secret(f"{prompt} (ulangi): "):
            raise AuthenticationError("auth.failed")
        return first
    raise AuthenticationError("auth.no_password")


def ask_secret(prompt: str) -> str:
    """Read a secret from the terminal without echo (getpass, with its terminal modules,
    is loaded only when someone is asked: scripts pass secrets in the environment)."""
    from getpass import getpass

    return getpass(prompt)


def store_password(url: str) -> str | None:
    """A PostgreSQL store's password: `BERJASA_STORE_PASSWORD`, else the OS keyring."""
    if parse_store_url(url).kind != "postgresql":
        return None
    return os.environ.get("BERJASA_STORE_PASSWORD") or keyring_store_password(url)
