"""The audit trail's summaries in the viewer's language, from a code and its parameters.

The read models store what happened as a stable message code and JSON parameters (facts:
codes, numbers, ISO dates, ids and the names recorded in the events), never a sentence, so
a screen or a report shows the same line in Indonesian or in English
(`render_summary(code, params, language)`). Every code has both texts (a unit test
enumerates them); a code this version does not know (written by a newer one) still shows,
as the code and its facts.

Dates print `02-12-2026` and money `Rp16.800` in both languages (the application's one
format for tables); status codes inside a line are printed as words of the language.
This module is below the presentation layers (the GUI, the console and the reports all
import it) and imports only the domain's formatting.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import orjson

from domain.formatting import format_number, format_rupiah

Params = Mapping[str, Any]

# code: (Indonesian, English). The parameters a template names are the handler's facts,
# formatted by `_shown`; `_EXTRA` adds the parts that depend on several facts.
SUMMARIES: dict[str, tuple[str, str]] = {
    # --- Peserta ---
    "worker.registered": (
        "Mendaftarkan pekerja {name} (NIK {nik}), {kelurahan}, {kecamatan}",
        "Registered worker {name} (NIK {nik}), {kelurahan}, {kecamatan}"),
    "worker.corrected": (
        "Mengoreksi data {name}: {changed}",
        "Corrected the details of {name}: {changed}"),
    "worker.decile_recorded": (
        "Mencatat desil {decile} ({source}, per {as_of}) untuk {name}",
        "Recorded decile {decile} ({source}, as of {as_of}) for {name}"),
    "worker.death_recorded": (
        "Mencatat kematian {name} pada {died_on}",
        "Recorded the death of {name} on {died_on}"),
    "worker.heir_recorded": (
        "Mencatat ahli waris {heir} ({relation}) untuk {name}",
        "Recorded heir {heir} ({relation}) for {name}"),
    "worker.dukcapil_recorded": (
        "Mencatat status Dukcapil {name}: {dukcapil} ({checked_on})",
        "Recorded the Dukcapil status of {name}: {dukcapil} ({checked_on})"),
    "worker.kpj_assigned": (
        "Mencatat nomor KPJ {kpj} untuk {name}",
        "Recorded KPJ number {kpj} for {name}"),
    "worker.enrolled": (
        "Mendaftarkan {name} ke kuota {quota} ({programmes}) mulai {start}{retro}",
        "Enrolled {name} in quota {quota} ({programmes}) from {start}{retro}"),
    "worker.enrolment_terminated": (
        "Menghentikan kepesertaan {name} di kuota {quota} per {end} (alasan: {reason}{noted})",
        "Ended the enrolment of {name} in quota {quota} as of {end} (reason: {reason}{noted})"),
    "worker.duplicate_recorded": (
        "Mencatat {name} (NIK {nik}) sebagai data ganda dari NIK {survivor_nik}",
        "Recorded {name} (NIK {nik}) as a duplicate of NIK {survivor_nik}"),
    "worker.distinct_confirmed": (
        "Menyatakan {name} (NIK {nik}) orang yang berbeda dari NIK {other_nik}",
        "Confirmed {name} (NIK {nik}) as a different person from NIK {other_nik}"),
    # --- Indeks ---
    "index.indexed": (
        "Mencatat {index} {key} sebagai milik {owner}",
        "Recorded {index} {key} as belonging to {owner}"),
    "index.released": (
        "Melepas indeks (NIK/KPJ lama tidak lagi dipakai)",
        "Released an index (an old NIK/KPJ no longer in use)"),
    "index.reassigned": (
        "Mengalihkan indeks ke {owner}",
        "Reassigned an index to {owner}"),
    # --- Kuota ---
    "quota.opened": (
        "Membuka kuota {code} ({label}) tahun {year}: {seats} kursi {programmes}, "
        "{period_start} s.d. {period_end}",
        "Opened quota {code} ({label}) for {year}: {seats} seats {programmes}, "
        "{period_start} to {period_end}"),
    "quota.opening_confirmed": (
        "Mengonfirmasi pembukaan kuota {code}",
        "Confirmed the opening of quota {code}"),
    "quota.opening_refused": (
        "Menolak pembukaan kuota {code}: kursi kosong ditutup, kini {seats} kursi",
        "Refused the opening of quota {code}: empty seats closed, now {seats} seats"),
    "quota.change_proposed": (
        "Mengusulkan perubahan {change}: {delta} kursi kuota {code}",
        "Proposed change {change}: {delta} seats in quota {code}"),
    "quota.change_approved": (
        "Menyetujui perubahan {change}; kuota {code} kini {seats} kursi",
        "Approved change {change}; quota {code} now has {seats} seats"),
    "quota.change_refused": (
        "Menolak perubahan {change} pada kuota {code}",
        "Refused change {change} to quota {code}"),
    "quota.seats_taken": (
        "Memakai {n} kursi kuota {code} ({who}); terpakai {used} dari {seats}",
        "Took {n} seat(s) of quota {code} ({who}); {used} of {seats} used"),
    "quota.seats_released": (
        "Membebaskan {n} kursi kuota {code} ({who}); terpakai {used} dari {seats}",
        "Released {n} seat(s) of quota {code} ({who}); {used} of {seats} used"),
    "quota.rules_set": (
        "Menetapkan aturan kelayakan kuota {code}: {rules}",
        "Set the eligibility rules of quota {code}: {rules}"),
    # --- PeriodeTertutup ---
    "period.started": (
        "Memulai daftar periode tertutup",
        "Started the list of closed periods"),
    "period.closed": (
        "Menutup periode {month}",
        "Closed period {month}"),
    "period.correction_proposed": (
        "Mengusulkan koreksi {correction} untuk periode tertutup {month}",
        "Proposed correction {correction} for closed period {month}"),
    "period.correction_approved": (
        "Menyetujui koreksi periode tertutup {correction}",
        "Approved closed-period correction {correction}"),
    "period.correction_refused": (
        "Menolak koreksi periode tertutup {correction}",
        "Refused closed-period correction {correction}"),
    "period.correction_used": (
        "Memakai koreksi {correction} untuk perubahan per {day}",
        "Used correction {correction} for a change as of {day}"),
    # --- Klaim (each line names the claim: code, programme, worker) ---
    "claim.reported": (
        "Melaporkan klaim kejadian {incident_date}{claim_of}",
        "Reported a claim for an incident on {incident_date}{claim_of}"),
    "claim.benefits_proposed": (
        "Mengusulkan manfaat {amount} (masa iur {masa_iur} bulan){claim_of}",
        "Proposed benefits of {amount} ({masa_iur} months of contributions){claim_of}"),
    "claim.benefits_proposed_at_cost": (
        "Mengusulkan manfaat sesuai biaya (masa iur {masa_iur} bulan){claim_of}",
        "Proposed benefits at cost ({masa_iur} months of contributions){claim_of}"),
    "claim.verification_required": (
        "Klaim perlu verifikasi: kepesertaan {quota} dicatat {recorded_on}, sesudah "
        "kejadian{claim_of}",
        "Claim needs verification: enrolment in {quota} recorded {recorded_on}, after the "
        "incident{claim_of}"),
    "claim.coverage_confirmed": (
        "Memverifikasi kepesertaan pada tanggal kejadian{claim_of}",
        "Verified the enrolment on the day of the incident{claim_of}"),
    "claim.document_received": (
        "Menerima dokumen '{document}'{claim_of}",
        "Received document '{document}'{claim_of}"),
    "claim.documents_completed": (
        "Dokumen klaim lengkap{claim_of}",
        "Claim documents complete{claim_of}"),
    "claim.submitted": (
        "Mengajukan klaim ke BPJS pada {submitted_on}{claim_of}",
        "Submitted the claim to BPJS on {submitted_on}{claim_of}"),
    "claim.payment_proposed": (
        "Mencatat pembayaran {amount} pada {paid_on}, menunggu konfirmasi supervisor"
        "{claim_of}",
        "Recorded a payment of {amount} on {paid_on}, awaiting a supervisor's confirmation"
        "{claim_of}"),
    "claim.paid": (
        "Mencatat pembayaran {amount} pada {paid_on}{claim_of}",
        "Recorded a payment of {amount} on {paid_on}{claim_of}"),
    "claim.rejected": (
        "Mencatat penolakan klaim pada {rejected_on}{claim_of}",
        "Recorded the claim's rejection on {rejected_on}{claim_of}"),
    "claim_numbering.started": (
        "Membuka penomoran klaim tahun {year}",
        "Started claim numbering for {year}"),
    "claim_numbering.issued": (
        "Memberi nomor klaim {code}",
        "Issued claim number {code}"),
    # --- AturanManfaat ---
    "benefit_rules.created": (
        "Membuat jadwal aturan manfaat klaim",
        "Created the schedule of claim benefit rules"),
    "benefit_rules.figure_set": (
        "Menetapkan aturan manfaat {programme} {component} = {value} ({kind}) mulai "
        "{effective_from} ({basis})",
        "Set benefit rule {programme} {component} = {value} ({kind}) from "
        "{effective_from} ({basis})"),
    # --- Perjanjian ---
    "agreement.registered": (
        "Mencatat {kind} {number} ({subject}), berlaku {valid_from} s.d. {valid_to}",
        "Recorded {kind} {number} ({subject}), valid {valid_from} to {valid_to}"),
    "agreement.renewal_proposed": (
        "Mengusulkan perpanjangan {number} sampai {proposed_to}",
        "Proposed renewing {number} until {proposed_to}"),
    "agreement.renewed": (
        "Memperpanjang {number} sampai {valid_to}{reference_note}",
        "Renewed {number} until {valid_to}{reference_note}"),
    "agreement.terminated": (
        "Mengakhiri {number} per {terminated_on}",
        "Terminated {number} as of {terminated_on}"),
    "agreement.quotas_linked": (
        "Menautkan kuota {quotas} ke {number}",
        "Linked quotas {quotas} to {number}"),
    # --- TarifIuran ---
    "tariff.created": (
        "Membuat jadwal tarif iuran",
        "Created the contribution tariff schedule"),
    "tariff.rate_set": (
        "Menetapkan iuran {programme} {amount}/bulan mulai {effective_from} ({basis})",
        "Set the {programme} contribution to {amount}/month from {effective_from} ({basis})"),
    # --- Pengguna ---
    "user.created": (
        "Membuat pengguna {username} ({full_name}) dengan peran {role}",
        "Created user {username} ({full_name}) with role {role}"),
    "user.role_changed": (
        "Mengubah peran {username} dari {before} menjadi {role}",
        "Changed the role of {username} from {before} to {role}"),
    "user.password_changed": (
        "Mengganti kata sandi pengguna {username}",
        "Changed the password of user {username}"),
    "user.deactivated": (
        "Menonaktifkan pengguna {username}",
        "Deactivated user {username}"),
    "user.reactivated": (
        "Mengaktifkan kembali pengguna {username}",
        "Reactivated user {username}"),
    "user.sign_in_failed": (
        "Gagal masuk sebagai {username}",
        "Failed to sign in as {username}"),
    "user.locked_out": (
        "Mengunci akun {username} setelah gagal masuk berulang",
        "Locked account {username} after repeated failed sign-ins"),
    "user.sign_in_succeeded": (
        "Berhasil masuk sebagai {username} setelah gagal sebelumnya",
        "Signed in as {username} after earlier failures"),
    # --- Direktori ---
    "directory.created": (
        "Menyiapkan penyimpanan untuk {office}, {city}",
        "Set up the store for {office}, {city}"),
    "directory.quota_listed": (
        "Mendaftarkan kode kuota {code} di direktori",
        "Listed quota code {code} in the directory"),
    "directory.agreement_listed": (
        "Mendaftarkan perjanjian {number} di direktori",
        "Listed agreement {number} in the directory"),
    "directory.user_listed": (
        "Mendaftarkan pengguna {username} di direktori",
        "Listed user {username} in the directory"),
    # --- Kebijakan ---
    "policy.created": (
        "Membuka catatan kebijakan (bahan dossier Paritrana)",
        "Opened the policy record (material for the Paritrana dossier)"),
    "policy.regulation_recorded": (
        "Mencatat {kind} {number} tanggal {issued_on} tentang {subject} ({regulation})",
        "Recorded {kind} {number} of {issued_on} on {subject} ({regulation})"),
    "policy.regulation_revoked": (
        "Mencatat pencabutan {key}",
        "Recorded the revocation of {key}"),
    "policy.budget_allocated": (
        "Mencatat pagu iuran {year} {amount} ({document})",
        "Recorded the {year} contribution budget of {amount} ({document})"),
    "policy.budget_paid": (
        "Mencatat pembayaran iuran {year} {amount} tanggal {paid_on} ({reference})",
        "Recorded a {year} contribution payment of {amount} on {paid_on} ({reference})"),
    "policy.workforce_recorded": (
        "Mencatat jumlah pekerja {year}: {count} ({source})",
        "Recorded the {year} workforce: {count} ({source})"),
    "policy.target_set": (
        "Menetapkan target cakupan {year}: {percent}",
        "Set the {year} coverage target: {percent}"),
    "policy.head_recorded": (
        "Mencatat kepala dinas {name} ({title}{rank_note})",
        "Recorded the head of office {name} ({title}{rank_note})"),
    "policy.bpjs_coverage_recorded": (
        "Mencatat cakupan universal {year} menurut BPJS: {percent} ({source})",
        "Recorded BPJS's {year} universal coverage: {percent} ({source})"),
    "policy.pbpu_recorded": (
        "Mencatat semesta PBPU {year}: {count} ({source})",
        "Recorded the {year} PBPU universe: {count} ({source})"),
    "policy.letterhead_recorded": (
        "Mencatat kop surat: {address}, telepon {phone}",
        "Recorded the letterhead: {address}, phone {phone}"),
    "policy.emblem_recorded": (
        "Mencatat lambang daerah untuk kop surat ({media_type}, SHA-256 {sha256})",
        "Recorded the regional emblem for the letterhead ({media_type}, SHA-256 {sha256})"),
    # --- Tagihan ---
    "bill.opened": (
        "Membuka catatan tagihan iuran bulan {month}",
        "Opened the contribution bill record for {month}"),
    "bill.invoice_reconciled": (
        "Merekonsiliasi tagihan BPJS {file_name} (SHA-256 {sha256}…): {lines} baris, "
        "{matched} cocok",
        "Reconciled BPJS invoice {file_name} (SHA-256 {sha256}…): {lines} lines, "
        "{matched} matched"),
    # --- Ekspor, Pemeliharaan, Pencadangan, Pemulihan, RantaiIntegritas ---
    "export.made": (
        "Mengekspor {personal}ke {kind}: {description} ({rows} baris)",
        "Exported {personal}to {kind}: {description} ({rows} rows)"),
    "maintenance.snapshots_dropped": (
        "Menghapus {count} snapshot yang tidak cocok dengan peristiwanya: {listed}{more}",
        "Deleted {count} snapshot(s) that did not match their events: {listed}{more}"),
    "backup.made": (
        "Mencadangkan penyimpanan ke {file} ({events} peristiwa, SHA-256 {sha256})",
        "Backed up the store to {file} ({events} events, SHA-256 {sha256})"),
    "store.restored": (
        "Memulihkan penyimpanan dari {file} ({events} peristiwa, SHA-256 {sha256})",
        "Restored the store from {file} ({events} events, SHA-256 {sha256})"),
    "chain.keyed": (
        "Rantai integritas mulai memakai kunci ({scheme})",
        "The integrity chain started using a key ({scheme})"),
    # --- an event type no handler knows (added later by another area) ---
    "event.unknown": (
        "Peristiwa {type}",
        "Event {type}"),
}

# Each code's facts, in the order the read models store them: `params` is a JSON array of
# these values (a name per row would double the trail's size: the prose summaries it
# replaces took 68 bytes a line, the named facts 98, the array 66 on the benchmark's
# history); `unpack` gives the named facts back.
_CLAIM = ("claim", "programme", "name")
_USER = ("username",)
PARAMS: dict[str, tuple[str, ...]] = {
    "worker.registered": ("name", "nik", "kelurahan", "kecamatan"),
    "worker.corrected": ("name", "changes"),
    "worker.decile_recorded": ("name", "decile", "source", "as_of"),
    "worker.death_recorded": ("name", "died_on"),
    "worker.heir_recorded": ("name", "heir", "relation"),
    "worker.dukcapil_recorded": ("name", "dukcapil", "checked_on"),
    "worker.kpj_assigned": ("name", "kpj"),
    "worker.enrolled": ("name", "quota", "programmes", "start", "retroactive"),
    "worker.enrolment_terminated": ("name", "quota", "end", "reason", "details"),
    "worker.duplicate_recorded": ("name", "nik", "survivor_nik"),
    "worker.distinct_confirmed": ("name", "nik", "other_nik"),
    "index.indexed": ("index", "key", "owner"),
    "index.released": (),
    "index.reassigned": ("owner",),
    "quota.opened": ("code", "label", "year", "seats", "programmes", "period_start",
                     "period_end"),
    "quota.opening_confirmed": ("code",),
    "quota.opening_refused": ("code", "seats"),
    "quota.change_proposed": ("change", "delta", "code"),
    "quota.change_approved": ("change", "code", "seats"),
    "quota.change_refused": ("change", "code"),
    "quota.seats_taken": ("n", "code", "name", "used", "seats"),
    "quota.seats_released": ("n", "code", "name", "used", "seats"),
    "quota.rules_set": ("code", "rules"),
    "period.started": (),
    "period.closed": ("month",),
    "period.correction_proposed": ("correction", "month"),
    "period.correction_approved": ("correction",),
    "period.correction_refused": ("correction",),
    "period.correction_used": ("correction", "day"),
    "claim.reported": (*_CLAIM, "incident_date"),
    "claim.benefits_proposed": (*_CLAIM, "amount", "masa_iur"),
    "claim.benefits_proposed_at_cost": (*_CLAIM, "masa_iur"),
    "claim.verification_required": (*_CLAIM, "quota", "recorded_on"),
    "claim.coverage_confirmed": _CLAIM,
    "claim.document_received": (*_CLAIM, "document"),
    "claim.documents_completed": _CLAIM,
    "claim.submitted": (*_CLAIM, "submitted_on"),
    "claim.payment_proposed": (*_CLAIM, "amount", "paid_on"),
    "claim.paid": (*_CLAIM, "amount", "paid_on"),
    "claim.rejected": (*_CLAIM, "rejected_on"),
    "claim_numbering.started": ("year",),
    "claim_numbering.issued": ("code",),
    "benefit_rules.created": (),
    "benefit_rules.figure_set": ("programme", "component", "value", "kind", "effective_from",
                                 "basis"),
    "agreement.registered": ("kind", "number", "subject", "valid_from", "valid_to"),
    "agreement.renewal_proposed": ("number", "proposed_to"),
    "agreement.renewed": ("number", "valid_to", "reference"),
    "agreement.terminated": ("number", "terminated_on"),
    "agreement.quotas_linked": ("quotas", "number"),
    "tariff.created": (),
    "tariff.rate_set": ("programme", "amount", "effective_from", "basis"),
    "user.created": ("username", "full_name", "role"),
    "user.role_changed": ("username", "before", "role"),
    "user.password_changed": _USER,
    "user.deactivated": _USER,
    "user.reactivated": _USER,
    "user.sign_in_failed": _USER,
    "user.locked_out": _USER,
    "user.sign_in_succeeded": _USER,
    "directory.created": ("office", "city"),
    "directory.quota_listed": ("code",),
    "directory.agreement_listed": ("number",),
    "directory.user_listed": ("username",),
    "policy.created": (),
    "policy.regulation_recorded": ("kind", "number", "issued_on", "subject", "regulation"),
    "policy.regulation_revoked": ("key",),
    "policy.budget_allocated": ("year", "amount", "document"),
    "policy.budget_paid": ("year", "amount", "paid_on", "reference"),
    "policy.workforce_recorded": ("year", "count", "source"),
    "policy.target_set": ("year", "percent_hundredths"),
    "policy.head_recorded": ("name", "title", "rank"),
    "policy.bpjs_coverage_recorded": ("year", "percent_hundredths", "source"),
    "policy.pbpu_recorded": ("year", "count", "source"),
    "policy.letterhead_recorded": ("address", "phone"),
    "policy.emblem_recorded": ("media_type", "sha256"),
    "bill.opened": ("month",),
    "bill.invoice_reconciled": ("file_name", "sha256", "lines", "matched"),
    "export.made": ("personal", "kind", "description", "rows"),
    "maintenance.snapshots_dropped": ("count", "listed"),
    "backup.made": ("file", "events", "sha256"),
    "store.restored": ("file", "events", "sha256"),
    "chain.keyed": ("scheme",),
    "event.unknown": ("type",),
}
_PARAM_SETS = {code: frozenset(names) for code, names in PARAMS.items()}


def pack(code: str, params: Mapping[str, Any]) -> str:
    """`params` as the read models store them: a JSON array in `PARAMS[code]`'s order
    (`[]` without facts). A fact the code does not declare is a programming error."""
    names = PARAMS[code]
    if params.keys() != _PARAM_SETS[code]:
        raise ValueError(f"{code}: facts {sorted(params)}, declared {sorted(names)}")
    return orjson.dumps([params[name] for name in names]).decode() if names else "[]"


def unpack(code: str, stored: str | None) -> dict[str, Any]:
    """The named facts of a stored `params` (see `pack`)."""
    values = orjson.loads(stored or "[]")
    if isinstance(values, dict):
        return values
    names = PARAMS.get(code) or tuple(f"p{i}" for i in range(len(values)))
    return dict(zip(names, values, strict=False))


# Status and reason codes inside a line, as words: parameter name → code → (id, en). The
# Indonesian side prints what the prose read models printed (and the audit extract, whose
# fingerprint an issued PDF keeps, showed: `status_words`), so a document made before
# this change still verifies; an unknown code prints as its words.
WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "dukcapil": {"padan": ("padan", "matched"),
                 "tidak_ditemukan": ("tidak ditemukan", "not found"),
                 "menunggu": ("menunggu", "pending")},
    "reason": {"death": ("death", "died"), "moved": ("moved", "moved away"),
               "formal": ("formal", "became a formal worker"),
               "duplicate": ("duplicate", "duplicate record"),
               "error": ("error", "entry error"),
               "jkk_jkm_ended": ("jkk jkm ended", "JKK/JKM ended")},
    "regulation": {"berlaku": ("berlaku", "in force"), "rancangan": ("rancangan", "draft"),
                   "dicabut": ("dicabut", "revoked")},
    "index": {"nik": ("NIK", "NIK"), "kpj": ("KPJ", "KPJ"), "kk": ("kk", "family card")},
}

# A corrected field's name (Indonesian: the field's identifier, as before) and a
# termination's details, as words.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("name", "name"), "sex": ("sex", "sex"),
    "birth_date": ("birth_date", "birth date"), "kecamatan": ("kecamatan", "kecamatan"),
    "kelurahan": ("kelurahan", "kelurahan"), "occupation": ("occupation", "occupation"),
    "agent": ("agent", "agent"), "disability": ("disability", "disability"),
    "phone": ("phone", "phone"), "nik": ("nik", "NIK"),
}
DETAIL_LABELS: dict[str, tuple[str, str]] = {
    "employer": ("pemberi kerja", "employer"), "kpj": ("KPJ baru", "new KPJ"),
    "domicile": ("domisili baru", "new domicile"),
    "survivor_nik": ("data yang dipertahankan NIK", "record kept: NIK"),
}

DATE_KEYS = frozenset({
    "as_of", "died_on", "checked_on", "start", "end", "period_start", "period_end", "day",
    "incident_date", "recorded_on", "submitted_on", "paid_on", "rejected_on",
    "effective_from", "valid_from", "valid_to", "proposed_to", "terminated_on", "issued_on",
})
MONEY_KEYS = frozenset({"amount"})
COUNT_KEYS = frozenset({"count", "rows"})  # with thousands marks (others print plain)


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "en" else pair[0]


def dmy(value: Any) -> str:
    """An ISO date as `dd-mm-yyyy` (the tables' date format in both languages)."""
    if not value:
        return "-"
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return f"{text[8:10]}-{text[5:7]}-{text[:4]}"
    try:
        return date.fromisoformat(text[:10]).strftime("%d-%m-%Y")
    except ValueError:
        return text


def _value(key: str, value: Any, language: str) -> Any:
    if value is None:
        return "-"
    if key in DATE_KEYS:
        return dmy(value)
    if key in MONEY_KEYS and isinstance(value, int):
        return format_rupiah(value)
    if key in COUNT_KEYS and isinstance(value, int):
        return format_number(value)
    if key in WORDS:
        words = WORDS[key].get(str(value))
        return _pick(words, language) if words else str(value).replace("_", " ")
    if isinstance(value, list):
        return "+".join(str(v) for v in value) if key == "programmes" else ", ".join(
            str(v) for v in value)
    return value


def _percent(hundredths: Any, language: str) -> str:
    whole, part = divmod(int(hundredths), 100)
    return f"{whole}{'.' if language == 'en' else ','}{part:02d}%"


def _claim_of(p: Params, language: str) -> str:
    claim = "claim" if language == "en" else "klaim"
    return f" ({claim} {p.get('claim')}, {p.get('programme')}, {p.get('name')})"


def _changed(p: Params, language: str) -> str:
    return ", ".join(
        f"{_pick(FIELD_LABELS[f], language) if f in FIELD_LABELS else f}: {before} → {after}"
        for f, before, after in p.get("changes") or [])


def _noted(p: Params, language: str) -> str:
    details = p.get("details") or {}
    return "".join(f", {_pick(DETAIL_LABELS[k], language)}: {v}" for k, v in details.items()
                   if k in DETAIL_LABELS)


def _who(p: Params, language: str) -> str:
    if p.get("name"):
        return str(p["name"])
    workers = "workers" if language == "en" else "pekerja"
    return f"{format_number(int(p.get('n') or 0))} {workers}"


def _listed(p: Params, language: str) -> str:
    if language == "en":
        return ", ".join(f"{aggregate_name(str(kind or '?'))} version {number}"
                         for kind, number in p.get("listed") or [])
    return ", ".join(f"{kind or '?'} versi {number}" for kind, number in p.get("listed") or [])


def aggregate_name(aggregate: str) -> str:
    """An aggregate type's English name ("Kuota" → "Quota"), from its events' names."""
    for qualname, (_, english) in EVENT_NAMES.items():
        if qualname.startswith(aggregate + ".") and ": " in english:
            return english.partition(": ")[0]
    return aggregate


def _more(p: Params, language: str) -> str:
    more = int(p.get("count") or 0) - len(p.get("listed") or [])
    if more <= 0:
        return ""
    return f" and {more} more" if language == "en" else f" dan {more} lainnya"


_EXTRA: dict[str, Callable[[Params, str], dict[str, str]]] = {
    "worker.corrected": lambda p, lang: {"changed": _changed(p, lang)},
    "worker.enrolled": lambda p, lang: {"retro": (
        (" (RETROACTIVE)" if lang == "en" else " (BERLAKU SURUT)")
        if p.get("retroactive") else "")},
    "worker.enrolment_terminated": lambda p, lang: {"noted": _noted(p, lang)},
    "quota.change_proposed": lambda p, lang: {"delta": f"{int(p.get('delta') or 0):+d}"},
    "quota.seats_taken": lambda p, lang: {"who": _who(p, lang)},
    "quota.seats_released": lambda p, lang: {"who": _who(p, lang)},
    "quota.rules_set": lambda p, lang: {"rules": ", ".join(
        f"{k}={v}" for k, v in (p.get("rules") or {}).items())},
    "agreement.renewed": lambda p, lang: {"reference_note": (
        f" ({p['reference']})" if p.get("reference") else "")},
    "policy.target_set": lambda p, lang: {"percent": _percent(p.get("percent_hundredths"),
                                                               lang)},
    "policy.bpjs_coverage_recorded": lambda p, lang: {
        "percent": _percent(p.get("percent_hundredths"), lang)},
    "policy.head_recorded": lambda p, lang: {"rank_note": (
        f", {p['rank']}" if p.get("rank") else "")},
    "export.made": lambda p, lang: {"personal": (
        ("personal data " if lang == "en" else "data pribadi ") if p.get("personal") else ""),
        "kind": str(p.get("kind") or "").upper()},
    "maintenance.snapshots_dropped": lambda p, lang: {"listed": _listed(p, lang),
                                                      "more": _more(p, lang)},
}


def _shown(code: str, params: Params, language: str) -> dict[str, Any]:
    shown = {key: _value(key, value, language) for key, value in params.items()}
    if code.startswith("claim."):
        shown["claim_of"] = _claim_of(params, language)
    extra = _EXTRA.get(code)
    if extra is not None:
        shown.update(extra(params, language))
    return shown


def render_summary(code: str, params: Params, language: str = "id") -> str:
    """The line for `code` with `params`, in `language` ("id" or "en")."""
    texts = SUMMARIES.get(code)
    if texts is None:  # written by a newer version: the facts, unworded
        facts = ", ".join(f"{k}={v}" for k, v in params.items())
        return f"{code} ({facts})" if facts else code
    template = _pick(texts, language)
    try:
        return template.format(**_shown(code, params, language))
    except (KeyError, IndexError, ValueError):  # a parameter missing: the facts too
        return f"{template} {dict(params)}"


def audit_summary(row: Mapping[str, Any], language: str = "id") -> str:
    """An audit-trail row's (`ReadModels.audit_trail`) summary in `language`."""
    return render_summary(str(row.get("code") or "event.unknown"),
                          row.get("params") or {"type": row.get("event_type")}, language)


# Recorded event types in words (the log keeps the permanent identifiers; readers get
# words): qualified name → (Indonesian, English).
EVENT_NAMES: dict[str, tuple[str, str]] = {
    "AturanManfaat.Created": ("Aturan manfaat: dibuat", "Benefit rules: created"),
    "AturanManfaat.FigureSet": ("Aturan manfaat: angka ditetapkan",
                                "Benefit rules: figure set"),
    "Direktori.AgreementListed": ("Direktori: perjanjian didaftarkan",
                                  "Directory: agreement listed"),
    "Direktori.Created": ("Direktori: penyimpanan disiapkan", "Directory: store set up"),
    "Direktori.QuotaListed": ("Direktori: kode kuota didaftarkan",
                              "Directory: quota code listed"),
    "Direktori.UserListed": ("Direktori: pengguna didaftarkan", "Directory: user listed"),
    "Ekspor.DataExported": ("Ekspor data", "Data export"),
    "Indeks.Indexed": ("Indeks: NIK dicatat", "Index: NIK recorded"),
    "Indeks.Reassigned": ("Indeks: NIK dialihkan", "Index: NIK reassigned"),
    "Indeks.Released": ("Indeks: NIK dilepas", "Index: NIK released"),
    "Kebijakan.BpjsCoverageRecorded": ("Kebijakan: cakupan menurut BPJS dicatat",
                                       "Policy: BPJS coverage recorded"),
    "Kebijakan.BudgetAllocated": ("Kebijakan: pagu anggaran dicatat",
                                  "Policy: budget allocated"),
    "Kebijakan.BudgetPaymentRecorded": ("Kebijakan: pembayaran iuran dicatat",
                                        "Policy: contribution payment recorded"),
    "Kebijakan.CoverageTargetSet": ("Kebijakan: target cakupan ditetapkan",
                                    "Policy: coverage target set"),
    "Kebijakan.Created": ("Kebijakan: catatan dibuka", "Policy: record opened"),
    "Kebijakan.EmblemRecorded": ("Kebijakan: lambang daerah dicatat",
                                 "Policy: regional emblem recorded"),
    "Kebijakan.HeadOfOfficeRecorded": ("Kebijakan: kepala dinas dicatat",
                                       "Policy: head of office recorded"),
    "Kebijakan.LetterheadRecorded": ("Kebijakan: kop surat dicatat",
                                     "Policy: letterhead recorded"),
    "Kebijakan.PbpuUniverseRecorded": ("Kebijakan: semesta PBPU dicatat",
                                       "Policy: PBPU universe recorded"),
    "Kebijakan.RegulationRecorded": ("Kebijakan: regulasi dicatat",
                                     "Policy: regulation recorded"),
    "Kebijakan.RegulationRevoked": ("Kebijakan: regulasi dicabut",
                                    "Policy: regulation revoked"),
    "Kebijakan.WorkforceRecorded": ("Kebijakan: jumlah pekerja dicatat",
                                    "Policy: workforce recorded"),
    "Klaim.BenefitsProposed": ("Klaim: manfaat diusulkan", "Claim: benefits proposed"),
    "Klaim.CoverageConfirmed": ("Klaim: kepesertaan dikonfirmasi",
                                "Claim: enrolment confirmed"),
    "Klaim.DocumentReceived": ("Klaim: dokumen diterima", "Claim: document received"),
    "Klaim.DocumentsCompleted": ("Klaim: dokumen lengkap", "Claim: documents complete"),
    "Klaim.Paid": ("Klaim: dibayar", "Claim: paid"),
    "Klaim.PaymentProposed": ("Klaim: pembayaran diusulkan", "Claim: payment proposed"),
    "Klaim.Rejected": ("Klaim: ditolak", "Claim: rejected"),
    "Klaim.Reported": ("Klaim: dilaporkan", "Claim: reported"),
    "Klaim.SubmittedToBpjs": ("Klaim: diajukan ke BPJS", "Claim: submitted to BPJS"),
    "Klaim.VerificationRequired": ("Klaim: perlu verifikasi", "Claim: needs verification"),
    "Kuota.ChangeApproved": ("Kuota: perubahan disetujui", "Quota: change approved"),
    "Kuota.ChangeProposed": ("Kuota: perubahan diusulkan", "Quota: change proposed"),
    "Kuota.ChangeRefused": ("Kuota: perubahan ditolak", "Quota: change refused"),
    "Kuota.Opened": ("Kuota: dibuka", "Quota: opened"),
    "Kuota.OpeningConfirmed": ("Kuota: pembukaan dikonfirmasi", "Quota: opening confirmed"),
    "Kuota.OpeningRefused": ("Kuota: pembukaan ditolak", "Quota: opening refused"),
    "Kuota.SeatsReleased": ("Kuota: kursi dilepas", "Quota: seats released"),
    "Kuota.SeatsTaken": ("Kuota: kursi dipakai", "Quota: seats taken"),
    "Kuota.RulesSet": ("Kuota: aturan kelayakan ditetapkan", "Quota: eligibility rules set"),
    "Pemeliharaan.SnapshotsDropped": ("Pemeliharaan: snapshot dihapus",
                                      "Maintenance: snapshots deleted"),
    "Pencadangan.BackupMade": ("Cadangan dibuat", "Backup made"),
    "Pemulihan.StoreRestored": ("Penyimpanan dipulihkan dari cadangan",
                                "Store restored from a backup"),
    "PeriodeTertutup.Closed": ("Periode tertutup: ditutup", "Closed periods: period closed"),
    "PeriodeTertutup.CorrectionDecided": ("Periode tertutup: koreksi diputuskan",
                                          "Closed periods: correction decided"),
    "PeriodeTertutup.CorrectionProposed": ("Periode tertutup: koreksi diusulkan",
                                           "Closed periods: correction proposed"),
    "PeriodeTertutup.CorrectionUsed": ("Periode tertutup: koreksi dipakai",
                                       "Closed periods: correction used"),
    "PeriodeTertutup.Started": ("Periode tertutup: dimulai", "Closed periods: started"),
    "Pengguna.Created": ("Pengguna: dibuat", "User: created"),
    "Pengguna.Deactivated": ("Pengguna: dinonaktifkan", "User: deactivated"),
    "Pengguna.LockedOut": ("Pengguna: dikunci", "User: locked out"),
    "Pengguna.PasswordChanged": ("Pengguna: kata sandi diganti", "User: password changed"),
    "Pengguna.Reactivated": ("Pengguna: diaktifkan kembali", "User: reactivated"),
    "Pengguna.RoleChanged": ("Pengguna: peran diubah", "User: role changed"),
    "Pengguna.SignInFailed": ("Pengguna: gagal masuk", "User: sign-in failed"),
    "Pengguna.SignInSucceeded": ("Pengguna: berhasil masuk", "User: signed in"),
    "PenomoranKlaim.NumberIssued": ("Penomoran klaim: nomor diterbitkan",
                                    "Claim numbering: number issued"),
    "PenomoranKlaim.Started": ("Penomoran klaim: dimulai", "Claim numbering: started"),
    "Perjanjian.QuotasLinked": ("Perjanjian: kuota dikaitkan", "Agreement: quotas linked"),
    "Perjanjian.Registered": ("Perjanjian: dicatat", "Agreement: recorded"),
    "Perjanjian.RenewalProposed": ("Perjanjian: perpanjangan diusulkan",
                                   "Agreement: renewal proposed"),
    "Perjanjian.Renewed": ("Perjanjian: diperpanjang", "Agreement: renewed"),
    "Perjanjian.Terminated": ("Perjanjian: diakhiri", "Agreement: terminated"),
    "Peserta.DeathRecorded": ("Peserta: kematian dicatat", "Worker: death recorded"),
    "Peserta.DecileRecorded": ("Peserta: desil dicatat", "Worker: decile recorded"),
    "Peserta.DetailsCorrected": ("Peserta: data dikoreksi", "Worker: details corrected"),
    "Peserta.DistinctPersonConfirmed": ("Peserta: dipastikan orang berbeda",
                                        "Worker: confirmed a different person"),
    "Peserta.DukcapilMatchRecorded": ("Peserta: hasil padan Dukcapil dicatat",
                                      "Worker: Dukcapil match recorded"),
    "Peserta.DuplicateRecorded": ("Peserta: duplikat dicatat", "Worker: duplicate recorded"),
    "Peserta.Enrolled": ("Peserta: didaftarkan ke kuota", "Worker: enrolled in a quota"),
    "Peserta.EnrolmentTerminated": ("Peserta: kepesertaan diakhiri",
                                    "Worker: enrolment ended"),
    "Peserta.HeirRecorded": ("Peserta: ahli waris dicatat", "Worker: heir recorded"),
    "Peserta.KpjAssigned": ("Peserta: nomor KPJ dicatat", "Worker: KPJ number recorded"),
    "Peserta.Registered": ("Peserta: didaftarkan", "Worker: registered"),
    "RantaiIntegritas.ChainKeyed": ("Rantai integritas: kunci dipasang",
                                    "Integrity chain: key installed"),
    "Tagihan.InvoiceReconciled": ("Tagihan: tagihan BPJS dicocokkan",
                                  "Bill: BPJS invoice reconciled"),
    "Tagihan.Opened": ("Tagihan: dibuka", "Bill: opened"),
    "TarifIuran.Created": ("Tarif iuran: dibuat", "Contribution tariffs: created"),
    "TarifIuran.RateSet": ("Tarif iuran: tarif ditetapkan", "Contribution tariffs: rate set"),
}


def event_name(event_type: str, language: str = "id") -> str:
    """An event type in words; an unlisted one as "Aggregate: words of its name"."""
    known = EVENT_NAMES.get(event_type)
    if known:
        return _pick(known, language)
    aggregate, _, name = str(event_type).partition(".")
    words = "".join(f" {c}" if c.isupper() and i else c for i, c in enumerate(aggregate))
    spaced = "".join(f" {c}" if c.isupper() and i else c for i, c in enumerate(name))
    return f"{words.capitalize()}: {spaced.lower()}" if name else str(event_type)
