"""Every public service command of `Berjasa`, called by every role: the allowed/refused
matrix holds, the auditor changes nothing, and a refusal writes nothing.

The command list comes from introspection, so a new command without a row here fails.
"""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest

from berjasa.bootstrap import open_store
from domain.errors import BerjasaError, PermissionDeniedError
from domain.model.kuota import APPROVED
from domain.model.tagihan_rules import RECONCILIATION_FIGURES
from domain.reference import claim_checklists
from domain.registration import Registration, validate_registration
from domain.services.facts import WorkerFact
from domain.services.session import Session
from tests.conftest import PASSWORD, fixed_clock
from tests.event_clock import EventClock
from tests.factories import context_services, letters, worker_fields
from tests.opening import confirmed

ALL = frozenset({"admin", "supervisor", "operator", "auditor"})
STAFF = frozenset({"admin", "supervisor", "operator"})
SUPERVISION = frozenset({"admin", "supervisor"})
ADMIN = frozenset({"admin"})
NOT_COMMANDS = {"authorise", "may", "shown_to", "reader"}  # the authorisation machinery itself

Args = Callable[["World", str], dict[str, Any]]


class World:
    """A store with a quota, enrolled workers, a claim and an agreement; `fresh_*` make
    new targets so each call finds the state it needs."""

    def __init__(self) -> None:
        self.app = fixed_clock(open_store("memory:"))
        self.app.users.initialise_store("admin", PASSWORD, "uji-01")
        self.admin = self.app.users.sign_in("admin", PASSWORD, "uji-01")
        self.sessions = {"admin": self.admin}
        for name, role in (("budi", "supervisor"), ("ani", "operator"), ("dewi", "auditor")):
            self.app.users.add_user(self.admin, name, role, PASSWORD)
            self.sessions[role] = self.app.users.sign_in(name, PASSWORD, "uji-02")
        self.app.users.add_user(self.admin, "kepala", "supervisor", PASSWORD)
        self.head = self.app.users.sign_in("kepala", PASSWORD, "uji-03")
        # Who types the paper lists in (retroactively): none of the roles below, so any of
        # them may verify a claim that coverage pays (`claim.own_enrolment`).
        self.app.users.add_user(self.admin, "pendaftar", "supervisor", PASSWORD)
        self.enroller = self.app.users.sign_in("pendaftar", PASSWORD, "uji-04")
        self.quota = confirmed(self.app,
                               self.app.quotas.open_quota(self.admin, 2026, "JKK,JKM",
                                                          500))["quota"]
        self.serials = itertools.count(100)
        self.numbers = itertools.count(1)
        self.agreement = self.fresh_agreement()

    def fresh_worker(self, enrolled: bool = True) -> str:
        nik = str(worker_fields(next(self.serials))["nik"])
        serial = int(nik[-4:])  # a name of its own: a lookalike's death would wait
        self.app.workers.register_worker(self.admin, **worker_fields(
            serial, name=f"Pekerja Uji {letters(serial)}"))
        if enrolled:
            self.app.quotas.enrol(self.enroller, nik, self.quota, date(2026, 1, 1),
                                  retroactive=True, reason="daftar kertas Januari")
        return nik

    def fresh_unverified_claim(self, **details: str) -> str:
        """A claim inside coverage recorded after the incident, reported by the operator."""
        return str(self.app.claims.report_claim(self.sessions["operator"], self.fresh_worker(),
                                                "JKK",
                                         date(2026, 3, 1), place="Pasar", **details)["claim"])

    def fresh_claim(self, documents: bool = False, **details: str) -> str:
        code = self.fresh_unverified_claim(**details)
        self.app.claims.verify_claim(self.head, code, True, "daftar kertas diperiksa")
        if documents:
            self.app.claims.receive_claim_documents(self.admin, code, list(
                claim_checklists()["JKK"]))
        return str(code)

    def fresh_submitted_claim(self, **details: str) -> str:
        code = self.fresh_claim(documents=True, **details)
        self.app.claims.submit_claim(self.admin, code, date(2026, 4, 1), "BPJS-1")
        return code

    def fresh_payment_to_confirm(self) -> str:
        """Paid by BPJS far from the proposal (Rp1.000.000 for 30 days off work), as
        recorded by a supervisor no role below is."""
        code = self.fresh_submitted_claim(days_unable="30")
        self.app.claims.pay_claim(self.head, code, 9_000_000, "2026-05-01", reason="putusan BPJS")
        return code

    def fresh_agreement(self) -> str:
        number = f"PKS/{next(self.numbers)}/2026"
        self.app.agreements.register_agreement(
            self.admin, number, "PKS", "Perlindungan pekerja rentan",
            ["Pemkot Makassar", "BPJS Ketenagakerjaan"], date(2026, 1, 5), date(2026, 1, 1),
            date(2026, 12, 31))
        return number

    def fresh_proposal(self) -> str:
        # Proposed by the operator, so no role below decides its own proposal.
        return str(self.app.quotas.propose_quota_change(self.sessions["operator"], self.quota, 5,
                                                        "tambahan APBD-P")["change"])

    def fresh_unconfirmed_quota(self) -> str:
        # Opened by the head of office, so no role below decides its own opening.
        return str(self.app.quotas.open_quota(self.head, 2026, "JKK,JKM", 3)["quota"])

    def fresh_regulation(self) -> str:
        number = f"{next(self.numbers)}/2026"
        self.app.policies.record_regulation(self.admin, "Perwali", number, "2026-02-01", "Jamsos")
        return number

    def fresh_registration(self) -> list[Registration]:
        return [validate_registration(today=date(2026, 11, 21),
                                      **worker_fields(next(self.serials)))]

    def fresh_month(self) -> str:
        """A month long past, closed by nobody yet."""
        number = next(self.numbers)
        return f"{2016 + number // 12}-{number % 12 + 1:02d}"

    def closed_month(self) -> str:
        month = self.fresh_month()
        self.app.periods.close_period(self.admin, month, "rekonsiliasi selesai")
        return month

    def fresh_correction(self) -> str:
        # Proposed by the operator, so no role below decides its own proposal.
        return str(self.app.periods.propose_period_correction(
            self.sessions["operator"], self.closed_month(), "tanggal mulai salah")["correction"])
    def fresh_lookalikes(self) -> tuple[str, str]:
        """Two records of one person (same name, birth date, kelurahan), the first enrolled."""
        first = next(self.serials)
        fields = worker_fields(first, name=f"Kembar {first}")
        self.app.workers.register_worker(self.admin, **fields)
        self.app.quotas.enrol(self.admin, str(fields["nik"]), self.quota, date(2026, 1, 1),
                              retroactive=True, reason="roster lama")
        other = worker_fields(next(self.serials), name=f"Kembar {first}")
        self.app.workers.register_worker(self.admin, **other)
        return str(fields["nik"]), str(other["nik"])

    def fresh_user(self) -> str:
        name = f"user{next(self.numbers)}"
        self.app.users.add_user(self.admin, name, "operator", PASSWORD)
        return name


def _new_user(w: World, role: str) -> dict[str, Any]:
    return {"username": f"baru{next(w.numbers)}", "role": "operator", "password": PASSWORD}


def _change_password(w: World, role: str) -> dict[str, Any]:
    return {"old_password": PASSWORD, "new_password": PASSWORD}


MATRIX: dict[str, tuple[frozenset[str], Args]] = {
    "add_user": (ADMIN, _new_user),
    "allocate_budget": (SUPERVISION, lambda w, r: {"year": 2026, "amount": 16_400_000_000,
                                                   "document": "APBD 2026"}),
    "enrol_batch": (STAFF, lambda w, r: {"registrations": w.fresh_registration(),
                                         "quota": w.quota}),
    "register_batch": (STAFF, lambda w, r: {"registrations": w.fresh_registration()}),
    "policy_facts": (ALL, lambda w, r: {}),
    "record_budget_payment": (SUPERVISION, lambda w, r: {
        "year": 2026, "amount": 1_000_000, "paid_on": "2026-03-01",
        "reference": f"SP2D-{next(w.numbers)}"}),
    "record_head_of_office": (SUPERVISION, lambda w, r: {"name": "Kepala Dinas",
                                                         "nip": "1" * 18}),
    "record_regulation": (SUPERVISION, lambda w, r: {
        "kind": "SE", "number": f"SE/{next(w.numbers)}", "issued_on": "2026-01-10",
        "subject": "Perlindungan pekerja rentan"}),
    "record_workforce": (SUPERVISION, lambda w, r: {"year": 2026, "count": 700_000,
                                                    "source": "BPS Sakernas"}),
    "revoke_regulation": (SUPERVISION, lambda w, r: {"kind": "Perwali",
                                                     "number": w.fresh_regulation(),
                                                     "reason": "diganti"}),
    "set_coverage_target": (SUPERVISION, lambda w, r: {"year": 2026, "percent": "72.5"}),
    # --- the dossier's indicators and letterhead (issue 19)
    "record_bpjs_coverage": (SUPERVISION, lambda w, r: {"year": 2025, "percent": "63,47",
                                                        "source": "BPJS Ketenagakerjaan"}),
    "record_pbpu_universe": (SUPERVISION, lambda w, r: {"year": 2025, "count": 176_900,
                                                        "source": "BPS Sakernas"}),
    "record_letterhead": (SUPERVISION, lambda w, r: {"address": "Jl. Ahmad Yani No. 2",
                                                     "phone": "(0411) 000000"}),
    "record_emblem": (SUPERVISION, lambda w, r: {"image": b"\x89PNG\r\n\x1a\n" + bytes(8)}),
    "assign_kpj": (STAFF, lambda w, r: {"nik": w.fresh_worker(False),
                                        "kpj": f"{next(w.numbers):011d}"}),
    "change_password": (ALL, _change_password),
    "change_role": (ADMIN, lambda w, r: {"username": w.fresh_user(), "role": "auditor"}),
    "correct_worker": (STAFF, lambda w, r: {"nik": w.fresh_worker(False),
                                            "changes": {"name": "Nama Koreksi"},
                                            "reason": "salah ketik"}),
    "decide_quota_change": (SUPERVISION, lambda w, r: {"change": w.fresh_proposal(),
                                                       "approve": True, "reason": "ok"}),
    "enrol": (STAFF, lambda w, r: {"nik": w.fresh_worker(False), "quota": w.quota}),
    "enrol_workers": (STAFF, lambda w, r: {"niks": [w.fresh_worker(False)], "quota": w.quota}),
    "close_period": (SUPERVISION, lambda w, r: {"month": w.fresh_month(),
                                                "reason": "rekonsiliasi selesai"}),
    "list_periods": (ALL, lambda w, r: {}),
    "propose_period_correction": (STAFF, lambda w, r: {"month": w.closed_month(),
                                                       "reason": "tanggal salah"}),
    "decide_period_correction": (SUPERVISION, lambda w, r: {
        "correction": w.fresh_correction(), "approve": True, "reason": "benar"}),
    "authorise_verification": (ALL, lambda w, r: {}),
    "authorise_comparison": (ALL, lambda w, r: {}),
    "authorise_read_models": (ALL, lambda w, r: {}),
    "authorise_duplicate_review": (ALL, lambda w, r: {}),
    "authorise_claim_listing": (ALL, lambda w, r: {}),
    "authorise_report": (SUPERVISION | {"auditor"}, lambda w, r: {"personal": True}),
    "authorise_report_check": (ALL, lambda w, r: {}),
    "authorise_key_export": (ADMIN, lambda w, r: {}),
    "authorise_bill": (ALL, lambda w, r: {}),
    "authorise_bill_export": (SUPERVISION | {"auditor"}, lambda w, r: {}),
    "authorise_reconciliation": (STAFF, lambda w, r: {}),
    "authorise_import": (STAFF, lambda w, r: {"retroactive": False, "reason": ""}),
    "authorise_migration": (ADMIN, lambda w, r: {}),
    "worklist": (ALL, lambda w, r: {"quota": w.quota, "candidates": [], "limit": 5}),
    "confirm_claim_payment": (SUPERVISION, lambda w, r: {"code": w.fresh_payment_to_confirm()}),
    "verify_claim": (SUPERVISION, lambda w, r: {"code": w.fresh_unverified_claim(),
                                                "confirm": True, "reason": "diperiksa"}),
    "list_benefit_rules": (ALL, lambda w, r: {}),
    "set_benefit_rule": (ADMIN, lambda w, r: {
        "programme": "JKM", "component": "biaya_pemakaman", "effective_from": "2027-01-01",
        "value": 10_000_000, "basis": "PP uji"}),
    "record_heir": (STAFF, lambda w, r: {"nik": w.fresh_worker(False), "name": "Siti",
                                         "heir_nik": "7371095505800002",
                                         "relation": "istri"}),
    "get_claim": (ALL, lambda w, r: {"code": w.fresh_claim()}),
    "get_quota": (ALL, lambda w, r: {"code": w.quota}),
    # A second person for every seat (issue 23): the admin confirms, a supervisor refuses.
    "decide_quota_opening": (SUPERVISION, lambda w, r: {
        "quota": w.fresh_unconfirmed_quota(), "confirm": r == "admin", "reason": "DPA"}),
    "unconfirmed_quotas": (ALL, lambda w, r: {}),
    # Backups and restores are an admin's, and recorded (issue 23).
    "authorise_backup": (ADMIN, lambda w, r: {}),
    "record_backup": (ADMIN, lambda w, r: {"file": "cadangan.db", "sha256": "0" * 64,
                                           "events": 1, "head_position": 1}),
    "record_restore": (ADMIN, lambda w, r: {"file": "cadangan.db", "sha256": "0" * 64,
                                            "events": 1, "head_position": 1}),
    "get_worker": (ALL, lambda w, r: {"nik": w.fresh_worker(False)}),
    "history": (ALL, lambda w, r: {"nik": w.fresh_worker(False)}),
    "list_agreements": (ALL, lambda w, r: {}),
    "list_exports": (ALL, lambda w, r: {}),
    "list_quotas": (ALL, lambda w, r: {}),
    "list_tariffs": (ALL, lambda w, r: {}),
    "list_users": (ALL, lambda w, r: {}),
    "open_quota": (SUPERVISION, lambda w, r: {"year": 2027, "programmes": "JKK",
                                              "seats": 10}),
    "pay_claim": (SUPERVISION, lambda w, r: {"code": w.fresh_submitted_claim(),
                                             "amount": 1_000_000, "paid_on": "2026-05-01"}),
    "propose_quota_change": (STAFF, lambda w, r: {"quota": w.quota, "delta": 3,
                                                  "reason": "tambahan"}),
    "propose_renewal": (SUPERVISION, lambda w, r: {"number": w.fresh_agreement(),
                                                   "proposed_to": "2027-12-31"}),
    "receive_claim_documents": (STAFF, lambda w, r: {
        "code": w.fresh_claim(), "documents": list(claim_checklists()["JKK"])[:1]}),
    "record_death": (STAFF, lambda w, r: {"nik": w.fresh_worker(), "died_on": "2026-06-01"}),
    "record_decile": (STAFF, lambda w, r: {"nik": w.fresh_worker(False), "decile": 3,
                                           "as_of": "2026-11-21"}),
    "record_dukcapil": (STAFF, lambda w, r: {"nik": w.fresh_worker(False),
                                             "status": "padan"}),
    "record_export": (SUPERVISION | {"auditor"}, lambda w, r: {
        "kind": "csv", "description": "daftar", "rows": 3}),
    "record_reconciliation": (STAFF, lambda w, r: {
        "month": "2026-03", "file_name": "tagihan-bpjs-2026-03.xlsx", "sha256": "ab" * 32,
        "figures": dict.fromkeys(RECONCILIATION_FIGURES, 0)}),
    "record_key_export": (ADMIN, lambda w, r: {"file_name": "kunci.json"}),
    "record_snapshots_dropped": (ADMIN, lambda w, r: {"reason": "dipalsukan", "snapshots": [
        {"aggregate_id": "x", "aggregate_type": "Kuota", "version": 50, "problem": "altered"}]}),
    "register_agreement": (SUPERVISION, lambda w, r: {
        "number": f"MOU/{next(w.numbers)}/2026", "kind": "MOU", "subject": "Kerja sama",
        "parties": ["Pemkot", "BPJS"], "signed_on": "2026-01-02",
        "valid_from": "2026-01-02", "valid_to": "2028-01-01"}),
    "register_worker": (STAFF, lambda w, r: worker_fields(next(w.serials))),
    "reject_claim": (SUPERVISION, lambda w, r: {"code": w.fresh_claim(),
                                                "reason": "bukan kecelakaan kerja"}),
    "renew_agreement": (SUPERVISION, lambda w, r: {"number": w.fresh_agreement(),
                                                   "valid_to": "2027-12-31"}),
    "report_claim": (STAFF, lambda w, r: {"nik": w.fresh_worker(), "programme": "JKK",
                                          "incident_date": "2026-03-02"}),
    "reset_password": (ADMIN, lambda w, r: {"username": w.fresh_user(),
                                            "new_password": PASSWORD}),
    "set_tariff": (ADMIN, lambda w, r: {"programme": "JKM", "effective_from": "2027-01-01",
                                        "monthly_amount": 6800, "basis": "PP uji"}),
    "set_user_active": (ADMIN, lambda w, r: {"username": w.fresh_user(), "active": False}),
    "submit_claim": (SUPERVISION, lambda w, r: {"code": w.fresh_claim(documents=True),
                                                "submitted_on": "2026-04-01"}),
    "terminate": (STAFF, lambda w, r: {"nik": w.fresh_worker(), "quota": w.quota,
                                       "reason_code": "moved", "end": "2026-06-30",
                                       "domicile": "Kabupaten Gowa"}),
    "record_facts": (STAFF, lambda w, r: {"kind": "dukcapil", "facts": [WorkerFact(
        w.fresh_worker(False), "padan", date(2026, 2, 1))]}),
    "resolve_duplicate": (SUPERVISION, lambda w, r: dict(zip(
        ("nik", "survivor"), w.fresh_lookalikes(), strict=True), reason="NIK rusak")),
    "confirm_distinct": (SUPERVISION, lambda w, r: {"niks": list(w.fresh_lookalikes()),
                                                    "reason": "orang berbeda"}),
    "terminate_agreement": (SUPERVISION, lambda w, r: {"number": w.fresh_agreement(),
                                                       "terminated_on": "2026-06-30",
                                                       "reason": "diganti"}),
}


def service_commands() -> dict[str, str]:
    """Public methods of Berjasa's context services whose first parameter is the caller's
    session, each with the context it belongs to (no name is in two contexts)."""
    found: dict[str, str] = {}
    for context, service in context_services().items():
        for name, function in inspect.getmembers(service, inspect.isfunction):
            parameters = list(inspect.signature(function).parameters)
            if (not name.startswith("_") and parameters[1:2] == ["session"]
                    and name not in NOT_COMMANDS):
                assert name not in found, f"{name} in {found[name]} and {context}"
                found[name] = context
    return found


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    # Every event is recorded on the fixed day (21 November 2026): enrolments from January
    # are retroactive, so claims in them wait for verification.
    with pytest.MonkeyPatch.context() as patch:
        EventClock(patch).set("2026-11-21")
        w = World()
        yield w
        w.app.close()


def test_every_command_has_a_matrix_row() -> None:
    assert sorted(service_commands()) == sorted(MATRIX)


def _call(w: World, command: str, session: Session, args: dict[str, Any]) -> Any:
    service = getattr(w.app, service_commands()[command])
    result = getattr(service, command)(session, **args)
    return list(result) if inspect.isgenerator(result) else result


@pytest.mark.parametrize("command", sorted(MATRIX))
def test_role_matrix(world: World, command: str) -> None:
    allowed, build = MATRIX[command]
    for role, session in world.sessions.items():
        args = build(world, role)
        head = world.app.application.head_position()
        if role in allowed:
            _call(world, command, session, args)  # allowed calls with valid input succeed
            if role == "auditor" and command not in ("change_password", "record_export"):
                assert world.app.application.head_position() == head, f"auditor wrote via {command}"
        else:
            with pytest.raises(PermissionDeniedError) as refused:
                _call(world, command, session, args)
            assert refused.value.code == "permission.denied"
            assert world.app.application.head_position() == head, (
                f"{role} refused but {command} wrote")


def test_supervisor_cannot_approve_own_proposal(world: World) -> None:
    supervisor = world.sessions["supervisor"]
    change = world.app.quotas.propose_quota_change(supervisor, world.quota, 4, "usulan sendiri")
    head = world.app.application.head_position()
    with pytest.raises(BerjasaError) as refused:
        world.app.quotas.decide_quota_change(supervisor, change["change"], True)
    assert refused.value.code == "quota.own_proposal"
    assert world.app.application.head_position() == head
    decided = world.app.quotas.decide_quota_change(world.admin, change["change"], True, "disetujui")
    assert decided["state"] == APPROVED


def test_a_deactivated_user_is_refused_at_once(world: World) -> None:
    name = world.fresh_user()
    session = world.app.users.sign_in(name, PASSWORD, "uji-03")
    world.app.users.set_user_active(world.admin, name, False, "pindah tugas")
    with pytest.raises(PermissionDeniedError) as refused:
        world.app.quotas.list_quotas(session)
    assert refused.value.code == "permission.denied"


@pytest.mark.parametrize("role", ["admin", "supervisor", "operator", "auditor"])
def test_retroactive_enrolment_is_for_supervision(world: World, role: str) -> None:
    """`--retroactive` (a start before the day of recording): supervisor and admin only;
    an operator is told whom to ask (`enrol.retroactive`), an auditor may not enrol."""
    nik = world.fresh_worker(False)
    head = world.app.application.head_position()
    session = world.sessions[role]
    call = lambda: world.app.quotas.enrol(session, nik, world.quota, date(2026, 2, 1),  # noqa: E731
                                          retroactive=True, reason="roster lama")
    if role in SUPERVISION:
        assert call()["retroactive"] is True
        return
    with pytest.raises(BerjasaError) as refused:
        call()
    expected = "enrol.retroactive" if role == "operator" else "permission.denied"
    assert refused.value.code == expected
    if role == "operator":
        assert "budi" in refused.value.message("en") and "admin" in refused.value.message("en")
    assert world.app.application.head_position() == head
