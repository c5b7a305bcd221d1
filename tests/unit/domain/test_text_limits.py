"""Every free-text value a command accepts is bounded by `domain/data/batas-masukan.csv`,
refused `text.too_long` before anything is saved (issue 22), and every text parameter of
every command is either such a free text or a value checked some other way."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from domain.errors import BerjasaError
from domain.limits import (
    ADDRESS,
    BASIS,
    FIELD_KEYS,
    NAME,
    NOTE,
    PARTIES,
    SUBJECT,
    field_limit,
    limit,
)
from domain.services.app import Berjasa
from domain.services.session import Session
from tests.conftest import PASSWORD
from tests.factories import context_services

# Text parameters that are not free text: identifiers looked up (NIK, codes, numbers of
# records), choices from a list, dates, amounts and formats checked on their own, and what
# the application itself writes (file names it made, digests, passwords hashed).
NOT_FREE_TEXT = {
    "nik", "niks", "kpj", "heir_nik", "survivor", "username", "role", "password",
    "old_password", "new_password", "code", "quota", "change", "correction", "month",
    "year", "seats", "delta", "amount", "value", "percent", "count", "rows", "kind",
    "programme", "programmes", "component", "status", "relation", "reason_code",
    "effective", "effective_from", "start", "end", "since", "until", "as_of", "paid_on",
    "issued_on", "signed_on", "valid_from", "valid_to", "proposed_to", "terminated_on",
    "rejected_on", "submitted_on", "checked_on", "died_on", "period_start", "period_end",
    "incident_date", "decile", "nip", "sha256", "covered", "limit", "candidates",
    "documents", "quotas", "parent", "registrations", "changes", "details", "facts",
    "filters", "figures", "snapshots", "monthly_amount",
    # Bounded by the file system (a name of at most 255 characters), recorded after the
    # file was written: `teks.berkas` is the same bound.
    "file", "file_name",
}
# Free texts named otherwise in a command than in the forms.
FREE_TEXT_ALIASES = {"bpjs_reference": "reference"}


def service_functions() -> list[tuple[str, Callable[..., Any]]]:
    """Every function of Berjasa's context services (their shared base's included)."""
    found: list[tuple[str, Callable[..., Any]]] = []
    for service in context_services().values():
        found += inspect.getmembers(service, inspect.isfunction)
    return found


def _text_parameters() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, function in service_functions():
        parameters = list(inspect.signature(function).parameters.values())[1:]
        if name.startswith("_") or not parameters or parameters[0].name != "session":
            continue
        texts = [p.name for p in parameters[1:]
                 if isinstance(p.annotation, str) and "str" in p.annotation]
        if texts:
            found[name] = texts
    return found


def test_every_text_parameter_of_every_command_is_classified() -> None:
    """A new command's free text must get a limit (FIELD_KEYS), or be listed above as a
    value checked some other way: nothing is recorded unbounded by oversight."""
    commands = _text_parameters()
    assert len(commands) > 50 and "reason" in commands["reject_claim"]
    unclassified = {
        f"{command}.{parameter}"
        for command, parameters in commands.items()
        for parameter in parameters
        if parameter not in NOT_FREE_TEXT
        and FREE_TEXT_ALIASES.get(parameter, parameter) not in FIELD_KEYS
        # The emblem's file name, shown only in an error message (the image is stored).
        and not (command == "record_emblem" and parameter == "name")
    }
    assert unclassified == set()
    assert field_limit("reason") == limit("teks.alasan") == 500
    assert field_limit("nik") is None


def _events(app: Berjasa) -> int:
    return app.application.recorder.max_notification_id() or 0


Command = Callable[[Berjasa, Session, str], Any]
COMMANDS: dict[str, tuple[str, Command]] = {
    "user's full name": (NAME, lambda app, s, text: app.users.add_user(
        s, "baru", "operator", PASSWORD, full_name=text)),
    "regulation subject": (SUBJECT, lambda app, s, text: app.policies.record_regulation(
        s, "perwali", "1 Tahun 2026", "2026-01-02", text)),
    "budget document": (BASIS, lambda app, s, text: app.policies.allocate_budget(s, 2026, 1000,
                                                                                 text)),
    "payment note": (NOTE, lambda app, s, text: app.policies.record_budget_payment(
        s, 2026, 1000, "2026-01-05", "SP2D-1", note=text)),
    "head's title": (NAME, lambda app, s, text: app.policies.record_head_of_office(
        s, "Nama Kepala", "1" * 18, title=text)),
    "office address": (ADDRESS, lambda app, s, text: app.policies.record_letterhead(
        s, text, "(0411) 123")),
    "agreement subject": (SUBJECT, lambda app, s, text: app.agreements.register_agreement(
        s, "MoU-1/2026", "MOU", text, ["Disnaker", "BPJS"], "2026-01-02", "2026-01-02",
        "2026-12-31")),
    "agreement party": (NAME, lambda app, s, text: app.agreements.register_agreement(
        s, "MoU-1/2026", "MOU", "Perihal", [text, "BPJS"], "2026-01-02", "2026-01-02",
        "2026-12-31")),
    "tariff basis": (BASIS, lambda app, s, text: app.tariffs.set_tariff(
        s, "JKK", "2027-01-01", 1000, text)),
}


@pytest.mark.parametrize("case", sorted(COMMANDS))
def test_a_text_over_its_limit_is_refused_before_anything_is_saved(
        app: Berjasa, case: str) -> None:
    key, command = COMMANDS[case]
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    before = _events(app)
    with pytest.raises(BerjasaError) as refused:
        command(app, admin, "x" * (limit(key) + 1))
    assert refused.value.code == "text.too_long"
    assert refused.value.params["limit"] == limit(key)
    assert _events(app) == before


@pytest.mark.parametrize("case", ["user's full name", "office address", "agreement subject"])
def test_a_text_of_exactly_its_limit_is_recorded(app: Berjasa, case: str) -> None:
    key, command = COMMANDS[case]
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    before = _events(app)
    command(app, admin, "y" * limit(key))
    assert _events(app) > before


def test_all_parties_together_are_bounded(app: Berjasa) -> None:
    admin = app.users.sign_in("admin", PASSWORD, "uji-01")
    parties = [f"{n}" * limit(NAME) for n in range(5)]  # each within teks.nama
    assert len("; ".join(parties)) > limit(PARTIES)
    with pytest.raises(BerjasaError) as refused:
        app.agreements.register_agreement(admin, "MoU-2/2026", "MOU", "Perihal", parties,
                                          "2026-01-02",
                               "2026-01-02", "2026-12-31")
    assert (refused.value.code, refused.value.params["limit"]) == ("text.too_long",
                                                                   limit(PARTIES))
