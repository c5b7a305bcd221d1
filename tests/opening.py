"""Quotas opened in tests, confirmed by a second person (issue 23: enrolment into a quota
waits for another supervisor's or admin's confirmation of its opening)."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any, TypeVar

from domain.model.ids import user_id
from domain.model.pengguna import ADMIN, SUPERVISOR, Pengguna
from domain.services.app import Berjasa
from domain.services.session import Session

CONFIRMER = "pengesah"
Opened = TypeVar("Opened", bound=Mapping[str, Any])


def confirmed(app: Berjasa, opened: Opened) -> Opened:
    """`opened` (what `open_quota` returned), after a second person confirmed it: an active
    supervisor or admin other than the opener, else a new admin `pengesah`."""
    code = str(opened["quota"])
    opener = app.quotas.quota(code).opened_by
    app.quotas.decide_quota_opening(_second_person(app, opener), code, True, "Dikonfirmasi (uji)")
    return opened


def _second_person(app: Berjasa, opener: str | None) -> Session:
    admin = None
    for name in app.application.directory().users:
        user = app.application.find(user_id(name), Pengguna)
        if user is None or not user.active or user.role not in (SUPERVISOR, ADMIN):
            continue
        if name != opener:
            return Session(name, user.role, "uji-konfirmasi")
        if user.role == ADMIN:
            admin = Session(name, ADMIN, "uji-konfirmasi")
    if admin is None:
        raise LookupError("no admin to add a second person")
    app.users.add_user(admin, CONFIRMER, ADMIN, secrets.token_urlsafe(16))
    return Session(CONFIRMER, ADMIN, "uji-konfirmasi")
