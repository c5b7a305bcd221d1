"""Which role may do what. The services enforce this; the GUI only mirrors it."""

from __future__ import annotations

from enum import Enum

from domain.model.pengguna import ADMIN, AUDITOR, OPERATOR, SUPERVISOR


class Action(Enum):
    READ = "membaca data"
    VIEW_FULL_NIK = "melihat NIK lengkap"
    REGISTER_WORKER = "mendaftarkan pekerja"
    CORRECT_WORKER = "mengoreksi data pekerja"
    RECORD_DEATH = "mencatat kematian"
    RECORD_DUKCAPIL = "mencatat padan Dukcapil"
    ASSIGN_KPJ = "mencatat nomor KPJ"
    RECORD_DECILE = "mencatat desil DTSEN"
    ENROL = "mendaftarkan kepesertaan"
    TERMINATE = "menghentikan kepesertaan"
    IMPORT = "mengimpor daftar pekerja"
    OPEN_QUOTA = "membuka kuota"
    PROPOSE_QUOTA_CHANGE = "mengusulkan perubahan kuota"
    DECIDE_QUOTA_CHANGE = "menyetujui atau menolak perubahan kuota"
    REPORT_CLAIM = "melaporkan klaim"
    RECORD_CLAIM_DOCUMENTS = "mencatat dokumen klaim"
    SUBMIT_CLAIM = "memverifikasi dan mengajukan klaim ke BPJS"
    RECORD_CLAIM_OUTCOME = "mencatat hasil klaim (bayar/tolak)"
    MANAGE_AGREEMENTS = "mengelola MoU/PKS"
    SET_TARIFF = "mengubah tarif iuran"
    RECORD_POLICY = "mencatat kebijakan, anggaran dan target"
    MANAGE_USERS = "mengelola pengguna"
    EXPORT_PERSONAL_DATA = "mengekspor data pribadi"
    MANAGE_KEYS = "mengelola kunci enkripsi dan cadangan"
    RESOLVE_DUPLICATES = "menyelesaikan data ganda"
    RECONCILE_INVOICE = "merekonsiliasi tagihan iuran BPJS"
    # --- coverage (issue 16)
    ENROL_RETROACTIVE = "mendaftarkan kepesertaan berlaku surut"
    CLOSE_PERIOD = "menutup periode (bulan)"
    PROPOSE_PERIOD_CORRECTION = "mengusulkan koreksi periode tertutup"
    DECIDE_PERIOD_CORRECTION = "menyetujui atau menolak koreksi periode tertutup"


_DATA_ENTRY = {
    Action.REGISTER_WORKER,
    Action.CORRECT_WORKER,
    Action.RECORD_DEATH,
    Action.RECORD_DUKCAPIL,
    Action.ASSIGN_KPJ,
    Action.RECORD_DECILE,
    Action.ENROL,
    Action.TERMINATE,
    Action.IMPORT,
    Action.PROPOSE_QUOTA_CHANGE,
    Action.REPORT_CLAIM,
    Action.RECORD_CLAIM_DOCUMENTS,
    Action.PROPOSE_PERIOD_CORRECTION,
    Action.RECONCILE_INVOICE,
}
_SUPERVISION = {
    Action.OPEN_QUOTA,
    Action.DECIDE_QUOTA_CHANGE,
    Action.SUBMIT_CLAIM,
    Action.RECORD_CLAIM_OUTCOME,
    Action.MANAGE_AGREEMENTS,
    Action.RECORD_POLICY,
    Action.EXPORT_PERSONAL_DATA,
    Action.ENROL_RETROACTIVE,
    Action.CLOSE_PERIOD,
    Action.DECIDE_PERIOD_CORRECTION,
    Action.RESOLVE_DUPLICATES,
}
_READING = {Action.READ}

PERMISSIONS: dict[str, frozenset[Action]] = {
    ADMIN: frozenset(Action),
    SUPERVISOR: frozenset(_READING | {Action.VIEW_FULL_NIK} | _DATA_ENTRY | _SUPERVISION),
    OPERATOR: frozenset(_READING | {Action.VIEW_FULL_NIK} | _DATA_ENTRY),
    # Auditors reproduce the reports (issue 6), listings of personal data included: NIKs
    # masked for them, and every such PDF recorded as an export (their only write besides
    # their own password).
    AUDITOR: frozenset(_READING | {Action.EXPORT_PERSONAL_DATA}),
}


def is_allowed(role: str, action: Action) -> bool:
    return action in PERMISSIONS.get(role, frozenset())
