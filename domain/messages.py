"""The text of every domain message, in Indonesian and English.

Codes are stable (scripts and tests match on them); texts may be improved freely. The
layers above keep their own texts beside the code that shows them (`infra.messages`:
store security, keys, backup, audit, migration; `desktop.gui.messages`: the GUI's) and
add them here with `register_messages` when they are imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    # NIK
    "changes.order": (
        "Saat '--to' ({end}) lebih awal dari saat '--from' ({start}).",
        "The '--to' moment ({end}) is earlier than the '--from' moment ({start}).",
    ),
    "nik.empty": ("NIK kosong.", "NIK is empty."),
    "nik.scientific": (
        "NIK '{value}' telah dirusak oleh spreadsheet (ditulis dalam notasi ilmiah, "
        "digit terakhir hilang). Format kolom NIK sebagai Teks lalu ketik ulang NIK.",
        "NIK '{value}' was corrupted by the spreadsheet (written in scientific notation, "
        "its last digits are lost). Format the NIK column as Text and type the NIK again.",
    ),
    "nik.not_digits": (
        "NIK '{value}' mengandung karakter selain angka ('{bad}').",
        "NIK '{value}' contains characters other than digits ('{bad}').",
    ),
    "nik.length": (
        "NIK harus 16 digit, '{value}' berisi {length} digit.",
        "A NIK must have 16 digits; '{value}' has {length}.",
    ),
    "nik.month": (
        "NIK '{value}': bulan lahir '{month}' tidak valid (harus 01–12).",
        "NIK '{value}': birth month '{month}' is not valid (must be 01–12).",
    ),
    "nik.day": (
        "NIK '{value}': tanggal lahir '{day}' tidak valid (laki-laki 01–31, perempuan 41–71).",
        "NIK '{value}': birth day '{day}' is not valid (men 01–31, women 41–71).",
    ),
    "nik.date": (
        "NIK '{value}': tanggal lahir {day}-{month}-{year} tidak ada di kalender.",
        "NIK '{value}': birth date {day}-{month}-{year} does not exist.",
    ),
    "nik.serial_zero": (
        "NIK '{value}': nomor urut 0000 tidak valid.",
        "NIK '{value}': serial number 0000 is not valid.",
    ),
    "nik.sex_mismatch": (
        "NIK '{value}' menunjukkan jenis kelamin {nik_sex}, tetapi data menyebut {stated_sex}.",
        "NIK '{value}' encodes sex {nik_sex}, but the record says {stated_sex}.",
    ),
    "nik.birth_mismatch": (
        "NIK '{value}' menunjukkan tanggal lahir {nik_birth}, tetapi data menyebut {stated_birth}.",
        "NIK '{value}' encodes birth date {nik_birth}, but the record says {stated_birth}.",
    ),
    "nik.outside_makassar": (
        "NIK '{value}' diterbitkan di luar Kota Makassar (kode wilayah {district}); "
        "domisili dicatat terpisah.",
        "NIK '{value}' was issued outside Makassar (area code {district}); "
        "domicile is recorded separately.",
    ),
    # Worker data
    "worker.name_missing": ("Nama wajib diisi.", "The name is required."),
    "worker.name_too_long": (
        "Nama terlalu panjang ({length} karakter, paling banyak 150).",
        "The name is too long ({length} characters, at most 150).",
    ),
    "worker.sex_invalid": (
        "Jenis kelamin '{value}' tidak dikenal (gunakan L atau P).",
        "Sex '{value}' is not recognised (use L or P).",
    ),
    "worker.birth_future": (
        "Tanggal lahir {value} ada di masa depan.",
        "Birth date {value} is in the future.",
    ),
    "worker.kecamatan_unknown": (
        "Kecamatan '{value}' tidak ada di Kota Makassar.",
        "Kecamatan '{value}' is not in Makassar.",
    ),
    "worker.kelurahan_unknown": (
        "Kelurahan '{value}' tidak ada di Kecamatan {kecamatan}.",
        "Kelurahan '{value}' is not in Kecamatan {kecamatan}.",
    ),
    "worker.decile_range": (
        "Desil DTSEN harus 1–10, bukan '{value}'.",
        "The DTSEN decile must be 1–10, not '{value}'.",
    ),
    "worker.phone_invalid": (
        "Nomor HP '{value}' tidak valid (8–15 digit, boleh diawali +62 atau 0).",
        "Phone number '{value}' is not valid (8–15 digits, may start with +62 or 0).",
    ),
    "worker.occupation_missing": ("Pekerjaan wajib diisi.", "The occupation is required."),
    "worker.already_registered": (
        "NIK {nik} sudah terdaftar atas nama {name}.",
        "NIK {nik} is already registered, to {name}.",
    ),
    "worker.not_found": (
        "Pekerja dengan NIK {nik} tidak ditemukan.",
        "No worker with NIK {nik} was found.",
    ),
    "worker.deceased": (
        "Pekerja {nik} telah meninggal dunia pada {died_on}.",
        "Worker {nik} died on {died_on}.",
    ),
    "worker.lookalike_died": (
        "Data lain dengan nama, tanggal lahir dan kelurahan yang sama ({name}, NIK {other}) "
        "sudah tercatat meninggal pada {died_on}: satu orang hanya satu kematian. Minta "
        "supervisor memutuskan pasangan ini di Tinjauan data (data ganda, atau orang yang "
        "berbeda) sebelum kematian NIK {nik} dicatat. [worker.lookalike_died]",
        "Another record with the same name, birth date and kelurahan ({name}, NIK {other}) "
        "already has a death recorded on {died_on}: one person dies once. Ask a supervisor "
        "to decide this pair under Data review (a duplicate, or different people) before "
        "the death of NIK {nik} is recorded. [worker.lookalike_died]",
    ),
    "worker.death_already_recorded": (
        "Kematian pekerja {nik} sudah dicatat (tanggal {died_on}).",
        "The death of worker {nik} is already recorded ({died_on}).",
    ),
    "worker.death_before_birth": (
        "Tanggal meninggal {died_on} sebelum tanggal lahir {birth_date}.",
        "Date of death {died_on} is before the birth date {birth_date}.",
    ),
    "worker.nothing_to_correct": (
        "Tidak ada data yang berubah.",
        "Nothing was changed.",
    ),
    "worker.field_unknown": (
        "Kolom '{field}' tidak dapat dikoreksi.",
        "Field '{field}' cannot be corrected.",
    ),
    "worker.dukcapil_status": (
        "Status padan Dukcapil '{value}' tidak dikenal (padan, tidak_ditemukan, menunggu).",
        "Dukcapil match status '{value}' is unknown (padan, tidak_ditemukan, menunggu).",
    ),
    "worker.kk_invalid": (
        "Nomor KK '{value}' tidak valid (harus {digits} digit angka).",
        "KK number '{value}' is not valid (must be {digits} digits).",
    ),
    "worker.kpj_invalid": (
        "Nomor KPJ '{value}' tidak valid (harus {digits} digit angka).",
        "KPJ number '{value}' is not valid (must be {digits} digits).",
    ),
    "worker.kpj_taken": (
        "Nomor KPJ {kpj} sudah dipakai pekerja lain.",
        "KPJ number {kpj} already belongs to another worker.",
    ),
    # Common
    "reason.required": ("Alasan wajib diisi.", "A reason is required."),
    "date.invalid": (
        "Tanggal '{value}' tidak valid (gunakan TTTT-BB-HH).",
        "Date '{value}' is not valid (use YYYY-MM-DD).",
    ),
    "timestamp.invalid": (
        "Waktu '{value}' tidak valid (gunakan TTTT-BB-HHTjj:mm:dd, misalnya 2026-06-30T23:59:59).",
        "Time '{value}' is not valid (use YYYY-MM-DDThh:mm:ss, e.g. 2026-06-30T23:59:59).",
    ),
    "number.invalid": (
        "'{value}' bukan bilangan bulat yang valid untuk {field}.",
        "'{value}' is not a valid whole number for {field}.",
    ),
    "text.too_long": (
        "{field} terlalu panjang (paling banyak {limit} karakter).",
        "{field} is too long (at most {limit} characters).",
    ),
    "text.required": ("{field} wajib diisi.", "{field} is required."),
    # Programmes and tariffs
    "programme.unknown": (
        "Program '{value}' tidak dikenal (JKK, JKM, JHT).",
        "Programme '{value}' is unknown (JKK, JKM, JHT).",
    ),
    "programme.none": ("Pilih paling sedikit satu program.", "Choose at least one programme."),
    "tariff.missing": (
        "Tarif iuran {programme} untuk {month} belum dicatat.",
        "No contribution rate for {programme} is recorded for {month}.",
    ),
    "tariff.amount": (
        "Tarif harus lebih dari Rp0, bukan {value}.",
        "A rate must be more than Rp0, not {value}.",
    ),
    # Quotas
    "quota.not_found": ("Kuota {quota} tidak ditemukan.", "Quota {quota} was not found."),
    "quota.year_range": (
        "Tahun anggaran {value} di luar rentang 2015–2100.",
        "Fiscal year {value} is outside 2015–2100.",
    ),
    "quota.seats_positive": (
        "Jumlah kursi harus lebih dari 0, bukan {value}.",
        "The number of seats must be more than 0, not {value}.",
    ),
    "quota.period_order": (
        "Periode kuota berakhir ({end}) sebelum dimulai ({start}).",
        "The quota period ends ({end}) before it starts ({start}).",
    ),
    "quota.delta_zero": (
        "Perubahan kuota tidak boleh 0.",
        "A quota change cannot be 0.",
    ),
    "quota.below_used": (
        "Kuota {quota} tidak dapat menjadi {seats} kursi: {used} kursi sedang terpakai.",
        "Quota {quota} cannot become {seats} seats: {used} seats are in use.",
    ),
    "quota.change_not_found": (
        "Usulan perubahan {change} tidak ditemukan.",
        "Change proposal {change} was not found.",
    ),
    "quota.change_not_pending": (
        "Usulan {change} sudah {state}.",
        "Proposal {change} is already {state}.",
    ),
    "quota.own_proposal": (
        "Anda tidak dapat menyetujui usulan Anda sendiri ({change}); "
        "persetujuan harus oleh supervisor lain.",
        "You cannot approve your own proposal ({change}); another supervisor must approve it.",
    ),
    "quota.full": (
        "Kuota {quota} penuh: {seats} dari {seats} kursi terpakai.",
        "Quota {quota} is full: {seats} of {seats} seats are in use.",
    ),
    "quota.period_outside": (
        "Tanggal mulai {start} di luar periode kuota {quota} ({period_start} s.d. {period_end}).",
        "Start date {start} is outside the period of quota {quota} "
        "({period_start} to {period_end}).",
    ),
    # Enrolments
    "enrolment.already_in_quota": (
        "Pekerja {nik} sudah terdaftar aktif di kuota {quota}.",
        "Worker {nik} is already actively enrolled in quota {quota}.",
    ),
    "enrolment.programme_overlap": (
        "Pekerja {nik} sudah memiliki kepesertaan aktif program {programme} "
        "(kuota {quota}) pada periode yang sama.",
        "Worker {nik} already has an active {programme} enrolment (quota {quota}) "
        "in the same period.",
    ),
    "enrolment.not_found": (
        "Pekerja {nik} tidak memiliki kepesertaan aktif di kuota {quota}.",
        "Worker {nik} has no active enrolment in quota {quota}.",
    ),
    "enrolment.reason_unknown": (
        "Alasan berhenti '{value}' tidak dikenal (death, moved, formal, duplicate, error).",
        "Termination reason '{value}' is unknown (death, moved, formal, duplicate, error).",
    ),
    "enrolment.end_before_start": (
        "Tanggal berhenti {end} sebelum tanggal mulai kepesertaan {start}.",
        "Termination date {end} is before the enrolment started ({start}).",
    ),
    "enrolment.before_birth": (
        "Tanggal mulai {start} sebelum pekerja lahir.",
        "Start date {start} is before the worker was born.",
    ),
    # Claims
    "claim.not_found": ("Klaim {claim} tidak ditemukan.", "Claim {claim} was not found."),
    "claim.already_reported": (
        "Klaim {programme} untuk pekerja {nik} pada {incident_date} sudah dilaporkan ({claim}).",
        "A {programme} claim for worker {nik} on {incident_date} is already reported ({claim}).",
    ),
    "claim.not_covered": (
        "Klaim ditolak: pekerja {nik} tidak terlindungi program {programme} "
        "pada tanggal kejadian {incident_date}.",
        "Claim refused: worker {nik} was not covered by {programme} "
        "on the incident date {incident_date}.",
    ),
    "claim.incident_future": (
        "Tanggal kejadian {value} ada di masa depan.",
        "The incident date {value} is in the future.",
    ),
    "claim.date_future": (
        "Tanggal {value} ada di masa depan (hari ini {today}); catat langkah klaim pada hari "
        "terjadinya. [claim.date_future]",
        "The date {value} is in the future (today is {today}); record a claim's step on the "
        "day it happens. [claim.date_future]",
    ),
    "claim.state": (
        "Klaim {claim} berstatus '{state}'; tindakan ini hanya untuk status {expected}.",
        "Claim {claim} is '{state}'; this action is only for {expected}.",
    ),
    "claim.document_unknown": (
        "Dokumen '{document}' bukan bagian dari daftar periksa klaim {programme}.",
        "Document '{document}' is not on the {programme} claim checklist.",
    ),
    "claim.documents_missing": (
        "Dokumen belum lengkap: {missing}.",
        "Documents are still missing: {missing}.",
    ),
    "claim.amount": (
        "Nilai pembayaran harus lebih dari Rp0, bukan {value}.",
        "The amount paid must be more than Rp0, not {value}.",
    ),
    "claim.heir_required": (
        "Klaim JKM memerlukan nama, NIK dan hubungan ahli waris.",
        "A JKM claim needs the heir's name, NIK and relationship.",
    ),
    "claim.relation_unknown": (
        "Hubungan ahli waris '{value}' tidak dikenal ({allowed}).",
        "Heir relationship '{value}' is unknown ({allowed}).",
    ),
    "claim.date_before_incident": (
        "Tanggal {value} sebelum tanggal kejadian {incident_date}.",
        "Date {value} is before the incident date {incident_date}.",
    ),
    # MoU / PKS
    "mou.kind": (
        "Jenis perjanjian '{value}' tidak dikenal (MOU atau PKS).",
        "Agreement kind '{value}' is unknown (MOU or PKS).",
    ),
    "mou.exists": (
        "Perjanjian nomor {number} sudah terdaftar.",
        "Agreement number {number} is already registered.",
    ),
    "mou.not_found": (
        "Perjanjian nomor {number} tidak ditemukan.",
        "Agreement number {number} was not found.",
    ),
    "mou.period_order": (
        "Masa berlaku berakhir ({valid_to}) sebelum dimulai ({valid_from}).",
        "Validity ends ({valid_to}) before it starts ({valid_from}).",
    ),
    "mou.parties": (
        "Sebutkan paling sedikit dua pihak.",
        "Name at least two parties.",
    ),
    "mou.terminated": (
        "Perjanjian {number} sudah diakhiri.",
        "Agreement {number} has been terminated.",
    ),
    "mou.renewal_not_after": (
        "Masa berlaku baru harus berakhir setelah {valid_to}.",
        "The new validity must end after {valid_to}.",
    ),
    # Users
    "user.name_invalid": (
        "Nama pengguna '{value}' tidak valid (3–32 huruf kecil, angka, titik, garis bawah "
        "atau tanda hubung).",
        "Username '{value}' is not valid (3–32 lowercase letters, digits, dots, underscores "
        "or hyphens).",
    ),
    "user.exists": ("Pengguna {username} sudah ada.", "User {username} already exists."),
    "user.not_found": ("Pengguna {username} tidak ditemukan.", "User {username} was not found."),
    "user.role_unknown": (
        "Peran '{value}' tidak dikenal (admin, supervisor, operator, auditor).",
        "Role '{value}' is unknown (admin, supervisor, operator, auditor).",
    ),
    "user.password_weak": (
        "Kata sandi terlalu pendek: paling sedikit {minimum} karakter.",
        "The password is too short: at least {minimum} characters.",
    ),
    "user.inactive": (
        "Akun {username} dinonaktifkan.",
        "Account {username} is disabled.",
    ),
    "user.last_admin": (
        "Admin terakhir tidak dapat dinonaktifkan atau diturunkan perannya.",
        "The last admin cannot be disabled or demoted.",
    ),
    # One answer for a wrong password, an unknown user and a locked account: it must not
    # tell an attacker which accounts exist or that a guess was right during a lockout.
    "auth.failed": (
        "Nama pengguna atau kata sandi salah, atau akun terkunci sementara setelah terlalu "
        "sering gagal masuk. Coba lagi nanti, atau minta admin mengatur ulang kata sandi.",
        "Wrong username or password, or the account is locked for a while after too many "
        "failed sign-ins. Try again later, or ask an admin to reset the password.",
    ),
    "auth.locked": (
        "Akun {username} terkunci sampai {until} setelah {attempts} kali gagal masuk.",
        "Account {username} is locked until {until} after {attempts} failed sign-ins.",
    ),
    "auth.no_user": (
        "Sebutkan pengguna dengan --user atau variabel lingkungan BERJASA_USER.",
        "Name the user with --user or the BERJASA_USER environment variable.",
    ),
    "auth.no_password": (
        "Kata sandi tidak diberikan: isi BERJASA_PASSWORD, simpan di keyring, "
        "atau jalankan di terminal untuk diminta.",
        "No password given: set BERJASA_PASSWORD, store it in the keyring, "
        "or run in a terminal to be asked.",
    ),
    "permission.denied": (
        "Peran {role} tidak berwenang untuk {action}.",
        "Role {role} is not allowed to {action_en}.",
    ),
    # Store
    "store.exists": (
        "Penyimpanan {store} sudah berisi data; init hanya untuk penyimpanan baru.",
        "Store {store} already holds data; init is only for a new store.",
    ),
    "store.not_initialised": (
        "Penyimpanan {store} belum disiapkan: jalankan 'berjasa-admin init --admin NAMA'.",
        "Store {store} is not set up yet: run 'berjasa-admin init --admin NAME'.",
    ),
    "store.unavailable": (
        "Penyimpanan {store} tidak dapat dibuka: {detail}",
        "Store {store} cannot be opened: {detail}",
    ),
    "concurrency.retry": (
        "Data yang sama sedang diubah di workstation lain; muat ulang lalu coba lagi.",
        "The same records are being changed at another workstation; reload and try again.",
    ),
    # --- shared office (PostgreSQL), store location, migration ---
    "store.offline": (
        "Server penyimpanan {store} tidak terjangkau (offline): {detail}. Tidak ada yang "
        "setengah tersimpan; perintah terakhir tidak dicatat. Periksa jaringan lalu coba lagi.",
        "The store server {store} cannot be reached (offline): {detail}. Nothing was half "
        "written; the last command was not recorded. Check the network and try again.",
    ),
    "concurrency.busy": (
        "Server penyimpanan sedang sibuk melayani workstation lain; coba lagi sebentar lagi.",
        "The store server is busy serving other workstations; try again in a moment.",
    ),
    # --- policies (Paritrana inputs) and reports ---
    "policy.date_future": (
        "Tanggal bayar {value} ada di masa depan (hari ini {today}); catat pembayaran "
        "(SP2D) setelah dibayar. [policy.date_future]",
        "The payment date {value} is in the future (today is {today}); record a payment "
        "(SP2D) once it is made. [policy.date_future]",
    ),
    "policy.regulation_exists": (
        "Regulasi {regulation} sudah tercatat.",
        "Regulation {regulation} is already recorded.",
    ),
    "policy.regulation_not_found": (
        "Regulasi {regulation} tidak tercatat (atau sudah dicabut).",
        "Regulation {regulation} is not recorded (or already revoked).",
    ),
    "policy.payment_exists": (
        "Pembayaran dengan bukti {reference} untuk tahun {year} sudah tercatat.",
        "A payment with reference {reference} for {year} is already recorded.",
    ),
    "policy.month_paid": (
        "Bulan {month} sudah dibayar (SP2D {references}); pembayaran kedua untuk bulan itu "
        "membayarnya dua kali. Bila memang tambahan (SP2D sebelumnya sebagian, tagihan BPJS "
        "lebih besar, koreksi), tulis alasannya (--reason).",
        "Month {month} is already paid (SP2D {references}); a second payment for it pays it "
        "twice. If it really is a top-up (the earlier SP2D partial, BPJS's invoice higher, a "
        "correction), give the reason (--reason).",
    ),
    "policy.percent": (
        "Persentase '{value}' tidak valid: tulis angka di atas 0 sampai 100, mis. 72,50.",
        "Percentage '{value}' is not valid: write a number above 0 up to 100, e.g. 72.50.",
    ),
    "policy.amount": (
        "{field} harus lebih dari 0 (tertulis {value}).",
        "{field} must be more than 0 (given {value}).",
    ),
    "policy.choice": (
        "{field} '{value}' tidak dikenal; pilih salah satu: {allowed}.",
        "{field} '{value}' is not known; choose one of: {allowed}.",
    ),
    "policy.nip": (
        "NIP '{value}' tidak valid: NIP terdiri dari {digits} digit angka.",
        "NIP '{value}' is not valid: a NIP has {digits} digits.",
    ),
    "report.unknown": (
        "Laporan '{name}' tidak dikenal; pilih salah satu: {allowed}.",
        "Report '{name}' is not known; choose one of: {allowed}.",
    ),
    "report.parameter": (
        "Parameter laporan {parameter} wajib diisi untuk laporan {name}.",
        "Report parameter {parameter} is required for report {name}.",
    ),
    "report.future": (
        "Waktu as-of {as_of} berada di masa depan; laporan hanya dapat dibuat untuk "
        "waktu yang sudah lewat.",
        "As-of moment {as_of} is in the future; reports can only be made for past moments.",
    ),
    "report.output": (
        "Berkas laporan {path} tidak dapat ditulis: {detail}",
        "Report file {path} cannot be written: {detail}",
    ),
    # --- import of worker lists and demo data (issue 4) ---
    "import.file_missing": (
        "Berkas '{file}' tidak ditemukan.",
        "File '{file}' was not found.",
    ),
    "import.file_type": (
        "Berkas '{file}' bukan daftar .xlsx, .xlsm, .xls, .ods atau .csv.",
        "File '{file}' is not an .xlsx, .xlsm, .xls, .ods or .csv list.",
    ),
    "import.file_unreadable": (
        "Berkas '{file}' tidak dapat dibaca: {detail}",
        "File '{file}' cannot be read: {detail}",
    ),
    "import.no_header": (
        "Berkas '{file}': baris judul kolom ({expected}) tidak ditemukan di {rows} baris "
        "pertama.",
        "File '{file}': no header row ({expected}) in its first {rows} rows.",
    ),
    "import.columns_missing": (
        "Berkas '{file}': kolom wajib tidak ditemukan: {columns}. Ubah judul kolom atau "
        "tentukan pemetaan kolom.",
        "File '{file}': required columns not found: {columns}. Rename the headers or "
        "set the column mapping.",
    ),
    "import.mapping_invalid": (
        "Pemetaan kolom untuk berkas '{file}' tidak valid: {detail}",
        "The column mapping for file '{file}' is not valid: {detail}",
    ),
    "import.birth_date_invalid": (
        "Tanggal lahir '{value}' tidak dikenali (gunakan HH-BB-TTTT, HH/BB/TTTT, "
        "TTTT-BB-HH atau misalnya 17 Agustus 1980).",
        "Birth date '{value}' is not recognised (use DD-MM-YYYY, DD/MM/YYYY, YYYY-MM-DD "
        "or e.g. 17 Agustus 1980).",
    ),
    "import.nik_column_rounded": (
        "Berkas {file}: {rounded} dari {rows} NIK pertama berakhir dengan 0. Kolom NIK "
        "pernah berformat angka di spreadsheet (hanya 15 digit disimpan, digit terakhir "
        "menjadi 0): NIK-nya bukan NIK orang itu. Format kolom sebagai Teks, ketik ulang "
        "NIK dari KTP/KK, lalu impor lagi. Tidak ada yang dicatat. [import.nik_column_rounded]",
        "File {file}: {rounded} of its first {rows} NIKs end in 0. The NIK column was once "
        "a number column in a spreadsheet (only 15 digits kept, the last one turned to 0): "
        "these NIKs are not the people's. Format the column as Text, type the NIKs again "
        "from the ID or family cards, and import again. Nothing was recorded. "
        "[import.nik_column_rounded]",
    ),
    "import.duplicate_in_file": (
        "NIK {nik} sudah ada di baris {first_row} berkas ini.",
        "NIK {nik} already appears in row {first_row} of this file.",
    ),
    "import.already_enrolled": (
        "NIK {nik} sudah terdaftar aktif di kuota {quota}.",
        "NIK {nik} is already actively enrolled in quota {quota}.",
    ),
    "import.over_quota": (
        "Kuota {quota} penuh ({seats} kursi terpakai semua): NIK {nik} belum didaftarkan. "
        "Setelah kuota ditambah, impor ulang baris ini.",
        "Quota {quota} is full (all {seats} seats used): NIK {nik} was not enrolled. "
        "Import this row again once the quota is raised.",
    ),
    "import.batch_size": (
        "Ukuran batch harus {low}–{high}, bukan {value}.",
        "The batch size must be {low}–{high}, not {value}.",
    ),
    "demo.store_not_empty": (
        "Penyimpanan {store} sudah berisi data; data demo hanya dibuat di penyimpanan baru.",
        "Store {store} already holds data; demo data is only built in a new store.",
    ),
    "demo.workers_range": (
        "Jumlah pekerja demo harus {low}–{high}, bukan {value}.",
        "The number of demo workers must be {low}–{high}, not {value}.",
    ),
    # --- security: hash chain, encryption keys, backup, exports (issue 7) ---
    "export.kind": (
        "Jenis ekspor '{value}' tidak dikenal (pilihan: {choices}).",
        "Unknown export kind '{value}' (choices: {choices}).",
    ),
    "export.rows": (
        "Jumlah baris ekspor '{value}' harus bilangan bulat 0 atau lebih.",
        "The number of exported rows '{value}' must be a whole number, 0 or more.",
    ),
    "export.description": (
        "Ekspor perlu keterangan apa yang diekspor.",
        "An export needs a description of what was exported.",
    ),
    # --- coverage: backdating, closed periods, JHT on JKK+JKM, eligibility (issue 16)
    "enrol.retroactive": (
        "Kepesertaan tidak boleh dimulai sebelum tanggal dicatat: mulai {start}, dicatat "
        "{today} [enrol.retroactive]. Pendaftaran berlaku surut hanya oleh supervisor atau "
        "admin dengan --retroactive dan alasan; mintalah kepada: {approvers}.",
        "Coverage may not start before the day it is recorded: start {start}, recorded "
        "{today} [enrol.retroactive]. Only a supervisor or admin may enrol retroactively, "
        "with --retroactive and a reason; ask: {approvers}.",
    ),
    "enrol.jht_without_jkk_jkm": (
        "NIK {nik}: JHT hanya tambahan di atas JKK dan JKM (Permenaker 1/2016 pasal 3), "
        "tetapi pekerja tidak dilindungi JKK dan JKM pada {start} "
        "[enrol.jht_without_jkk_jkm].",
        "NIK {nik}: JHT is only an addition on top of JKK and JKM (Permenaker 1/2016 "
        "art. 3), but the worker is not covered by JKK and JKM on {start} "
        "[enrol.jht_without_jkk_jkm].",
    ),
    "eligibility.age": (
        "NIK {nik}: usia {age} tahun pada {start} di luar batas kuota (minimal {low}, "
        "maksimal {high}) [eligibility.age].",
        "NIK {nik}: aged {age} on {start}, outside the quota's limits (minimum {low}, "
        "maximum {high}) [eligibility.age].",
    ),
    "eligibility.domicile": (
        "NIK {nik}: domisili {kelurahan}, {kecamatan} bukan kelurahan Kota Makassar yang "
        "dikenal [eligibility.domicile].",
        "NIK {nik}: domicile {kelurahan}, {kecamatan} is not a known Makassar kelurahan "
        "[eligibility.domicile].",
    ),
    "eligibility.dukcapil": (
        "NIK {nik}: status Dukcapil '{status}' tidak diterima kuota ini "
        "[eligibility.dukcapil].",
        "NIK {nik}: Dukcapil status '{status}' is not accepted by this quota "
        "[eligibility.dukcapil].",
    ),
    "eligibility.segment": (
        "NIK {nik}: segmen '{segment}' tidak termasuk segmen kuota ini ({segments}) "
        "[eligibility.segment].",
        "NIK {nik}: segment '{segment}' is not one of this quota's segments ({segments}) "
        "[eligibility.segment].",
    ),
    "eligibility.decile": (
        "NIK {nik}: desil DTSEN {decile} tidak termasuk desil kuota ini ({deciles}) "
        "[eligibility.decile].",
        "NIK {nik}: DTSEN decile {decile} is not one of this quota's deciles ({deciles}) "
        "[eligibility.decile].",
    ),
    "eligibility.double_coverage": (
        "NIK {nik} sudah dilindungi program {programme} melalui kuota {quota} pada periode "
        "yang sama [eligibility.double_coverage].",
        "NIK {nik} is already covered for {programme} by quota {quota} in the same period "
        "[eligibility.double_coverage].",
    ),
    "period.month_invalid": (
        "Bulan '{value}' tidak valid: tulis TTTT-BB, mis. 2026-01.",
        "Month '{value}' is not valid: write YYYY-MM, e.g. 2026-01.",
    ),
    "period.already_closed": (
        "Periode {month} sudah ditutup oleh {closed_by}.",
        "Period {month} was already closed by {closed_by}.",
    ),
    "period.not_ended": (
        "Periode {month} belum berakhir; hanya bulan yang sudah lewat yang dapat ditutup.",
        "Period {month} has not ended; only past months can be closed.",
    ),
    "period.closed": (
        "Periode {month} sudah ditutup (oleh {closed_by}): perubahan yang berlaku {day} "
        "hanya melalui koreksi yang diusulkan satu orang dan disetujui supervisor lain "
        "(berjasa-admin period correction ...) [period.closed].",
        "Period {month} is closed (by {closed_by}): a change effective {day} needs a "
        "correction proposed by one person and approved by another supervisor "
        "(berjasa-admin period correction ...) [period.closed].",
    ),
    "period.not_closed": (
        "Periode {month} tidak ditutup; koreksi tidak diperlukan.",
        "Period {month} is not closed; no correction is needed.",
    ),
    "period.correction_not_found": (
        "Koreksi periode {correction} tidak ditemukan.",
        "Period correction {correction} not found.",
    ),
    "period.correction_not_pending": (
        "Koreksi {correction} tidak menunggu keputusan (status: {state}).",
        "Correction {correction} is not awaiting a decision (state: {state}).",
    ),
    "period.own_correction": (
        "Koreksi {correction} harus disetujui supervisor lain, bukan pengusulnya.",
        "Correction {correction} must be approved by another supervisor, not its proposer.",
    ),
    "period.correction_unusable": (
        "Koreksi {correction} tidak dapat dipakai untuk periode {month} (status: {state}) "
        "[period.closed].",
        "Correction {correction} cannot be used for period {month} (state: {state}) "
        "[period.closed].",
    ),
    "quota.age_invalid": (
        "Batas usia '{value}' tidak valid (bilangan bulat 1–129).",
        "Age limit '{value}' is not valid (a whole number 1–129).",
    ),
    "quota.deciles_invalid": (
        "Desil '{value}' tidak valid: tulis mis. 1-3 atau 1,2,3 (desil 1–10).",
        "Deciles '{value}' are not valid: write e.g. 1-3 or 1,2,3 (deciles 1–10).",
    ),
    "quota.segment_unknown": (
        "Segmen '{value}' tidak dikenal (pilihan: {choices}).",
        "Unknown segment '{value}' (choices: {choices}).",
    ),
    "quota.priority_unknown": (
        "Urutan prioritas '{value}' tidak dikenal (pilihan: {choices}).",
        "Unknown priority order '{value}' (choices: {choices}).",
    ),
    "worklist.limit": (
        "Batas daftar kerja '{value}' harus 0 atau lebih.",
        "The worklist limit '{value}' must be 0 or more.",
    ),
    # --- money/billing (issue 17)
    "billing.month": (
        "Bulan '{value}' tidak dikenali; tulis sebagai TTTT-BB, mis. 2025-07.",
        "Month '{value}' is not recognised; write it as YYYY-MM, e.g. 2025-07.",
    ),
    "billing.rule_missing": (
        "Tidak ada aturan penagihan yang berlaku untuk bulan {month}.",
        "No billing rule is in force for the month {month}.",
    ),
    "quota.effective_outside": (
        "Tanggal berlaku {effective} di luar periode kuota {quota} "
        "({period_start} s.d. {period_end}).",
        "Effective date {effective} is outside the period of quota {quota} "
        "({period_start} to {period_end}).",
    ),
    "budget.exceeded": (
        "Pagu {year} tidak cukup: kebutuhan kuota {quota} {need}, sisa pagu {remaining} "
        "(pagu {pagu}); kurang {shortfall}.",
        "The {year} budget is not enough: quota {quota} needs {need}, {remaining} of the "
        "budget remains ({pagu} in all); short by {shortfall}.",
    ),
    "billing.sha256": (
        "'{value}' bukan sidik SHA-256 (64 digit heksadesimal).",
        "'{value}' is not a SHA-256 digest (64 hexadecimal digits).",
    ),
    "invoice.columns": (
        "Berkas {file}: kolom {columns} tidak ditemukan pada baris judul (baris {row}).",
        "File {file}: column(s) {columns} not found in the header row (row {row}).",
    ),
    "invoice.other_month": (
        "Berkas {file} adalah tagihan bulan {found}, bukan {month}; tidak ada yang diubah.",
        "File {file} is the invoice for {found}, not {month}; nothing was changed.",
    ),
    "invoice.empty": (
        "Berkas {file} tidak berisi baris tagihan.",
        "File {file} contains no invoice lines.",
    ),
    "invoice.unknown_worker": (
        "NIK/KPJ {value} tidak terdaftar di Berjasa.",
        "NIK/KPJ {value} is not registered in Berjasa.",
    ),
    "invoice.not_billed": (
        "{name} tidak ditagihkan bulan {month} (tidak tercakup, berhenti atau meninggal).",
        "{name} is not billed for {month} (not covered, terminated or deceased).",
    ),
    "invoice.amount_malformed": (
        "Kolom {column}: iuran '{value}' bukan nilai rupiah.",
        "Column {column}: contribution '{value}' is not a rupiah amount.",
    ),
    "invoice.programme_unknown": (
        "Kolom {column}: program '{value}' tidak dikenal (JKK, JKM, JHT).",
        "Column {column}: programme '{value}' is unknown (JKK, JKM, JHT).",
    ),
    "invoice.month_other": (
        "Kolom {column}: bulan '{value}' bukan bulan {month}.",
        "Column {column}: month '{value}' is not {month}.",
    ),
    "invoice.no_identity": (
        "Baris tanpa NIK maupun KPJ.",
        "Line without a NIK or a KPJ.",
    ),
    "invoice.duplicate": (
        "{name} sudah ada pada baris {first}.",
        "{name} is already on line {first}.",
    ),
    "invoice.amount_differs": (
        "Iuran {name}: tagihan BPJS {invoice} ({invoice_programmes}), tagihan kita {ours} "
        "({our_programmes}).",
        "Contribution of {name}: BPJS invoices {invoice} ({invoice_programmes}), our bill "
        "{ours} ({our_programmes}).",
    ),
    "invoice.only_ours": (
        "{name} ditagihkan kita bulan {month} ({ours}) tetapi tidak ada di tagihan BPJS.",
        "{name} is on our bill for {month} ({ours}) but not on BPJS's invoice.",
    ),
    # --- life events, duplicates, segments, NIK codes (issue 16, lifecycle) ---
    "nik.province_unknown": (
        "NIK '{value}': kode provinsi '{province}' tidak ada (dua digit pertama NIK adalah "
        "kode provinsi Kemendagri).",
        "NIK '{value}': province code '{province}' does not exist (a NIK's first two digits "
        "are the Home Affairs province code).",
    ),
    "nik.kecamatan_unknown": (
        "NIK '{value}' berkode Kota Makassar, tetapi kode kecamatan '{kecamatan_code}' bukan "
        "salah satu dari 01–15; periksa NIK pada KTP.",
        "NIK '{value}' carries Makassar's code, but kecamatan code '{kecamatan_code}' is not "
        "one of 01–15; check the NIK on the ID card.",
    ),
    "terminate.detail_unexpected": (
        "Keterangan '{field}' tidak dipakai untuk alasan berhenti '{reason}'.",
        "Detail '{field}' does not apply to the termination reason '{reason}'.",
    ),
    "terminate.formal_details_missing": (
        "Berhenti karena menjadi pekerja penerima upah (formal): sebutkan pemberi kerja "
        "atau nomor KPJ kepesertaan barunya.",
        "Terminated as a wage earner (formal): name the employer or the KPJ number of the "
        "new membership.",
    ),
    "terminate.domicile_missing": (
        "Berhenti karena pindah: sebutkan domisili barunya.",
        "Terminated as moved: give the new domicile.",
    ),
    "terminate.survivor_missing": (
        "Berhenti karena data ganda: sebutkan NIK data yang dipertahankan.",
        "Terminated as a duplicate: give the NIK of the record that is kept.",
    ),
    "terminate.survivor_not_found": (
        "Data yang dipertahankan (NIK {nik}) tidak terdaftar.",
        "The record to keep (NIK {nik}) is not registered.",
    ),
    "terminate.survivor_self": (
        "Data ganda tidak dapat menunjuk dirinya sendiri (NIK {nik}) sebagai data yang "
        "dipertahankan.",
        "A duplicate cannot name itself (NIK {nik}) as the record that is kept.",
    ),
    "terminate.survivor_duplicate": (
        "NIK {nik} sendiri sudah dicatat sebagai data ganda; tunjuk data yang dipertahankan.",
        "NIK {nik} is itself recorded as a duplicate; name the record that is kept.",
    ),
    "worker.duplicate": (
        "Pekerja NIK {nik} sudah dicatat sebagai data ganda dan tidak dapat didaftarkan "
        "lagi; gunakan data yang dipertahankan.",
        "Worker NIK {nik} is recorded as a duplicate and cannot be enrolled again; use the "
        "record that is kept.",
    ),
    "duplicate.same_record": (
        "NIK {nik} disebut dua kali: pilih dua data yang berbeda.",
        "NIK {nik} is named twice: choose two different records.",
    ),
    "duplicate.too_few": (
        "Sebutkan paling sedikit dua NIK berbeda (diberikan: {count}).",
        "Name at least two different NIKs (given: {count}).",
    ),
    "occupation.unknown": (
        "Pekerjaan '{occupation}' tidak dikenal: tidak masuk segmen mana pun sampai "
        "pekerjaannya dikoreksi atau ditambahkan ke daftar pekerjaan.",
        "Occupation '{occupation}' is not known: it counts in no segment until the "
        "occupation is corrected or added to the list of occupations.",
    ),
    # --- imports: every format, numeric cells, bad input (issue 15) ---
    "nik.numeric_cell": (
        "NIK {value} dibaca dari sel angka: kolom ini disimpan sebagai angka, yang hanya "
        "menyimpan 15 digit, sehingga digit terakhir mungkin hilang. Format kolom sebagai "
        "Teks lalu ketik ulang nomornya dari sumber.",
        "NIK {value} was read from a number cell: this column was stored as a number, "
        "which keeps only 15 digits, so its last digit may be lost. Format the column as "
        "Text and type the numbers again from the source.",
    ),
    "kk.numeric_cell": (
        "Nomor KK {value} dibaca dari sel angka: kolom ini disimpan sebagai angka, yang "
        "hanya menyimpan 15 digit, sehingga digit terakhir mungkin hilang. Format kolom "
        "sebagai Teks lalu ketik ulang nomornya dari sumber.",
        "KK number {value} was read from a number cell: this column was stored as a "
        "number, which keeps only 15 digits, so its last digit may be lost. Format the "
        "column as Text and type the numbers again from the source.",
    ),
    "kpj.numeric_cell": (
        "Nomor KPJ {value} dibaca dari sel angka: kolom ini disimpan sebagai angka, yang "
        "hanya menyimpan 15 digit, sehingga digit terakhir mungkin hilang. Format kolom "
        "sebagai Teks lalu ketik ulang nomornya dari sumber.",
        "KPJ number {value} was read from a number cell: this column was stored as a "
        "number, which keeps only 15 digits, so its last digit may be lost. Format the "
        "column as Text and type the numbers again from the source.",
    ),
    "phone.numeric_cell": (
        "Nomor HP {value} disimpan sebagai angka sehingga angka 0 atau tanda + di depannya "
        "hilang, dan nomor aslinya tidak dapat dipastikan. Format kolom sebagai Teks lalu "
        "ketik ulang nomornya.",
        "Phone number {value} was stored as a number, so its leading 0 or + was lost and "
        "the original number cannot be told. Format the column as Text and type the "
        "number again.",
    ),
    "import.file_too_large": (
        "Berkas '{file}' berukuran {size}, melebihi batas {limit}.",
        "File '{file}' is {size}, over the limit of {limit}.",
    ),
    "import.zip_too_large": (
        "Berkas '{file}' berisi {size} data setelah dibuka, melebihi batas {limit}; "
        "tidak dibaca.",
        "File '{file}' holds {size} once decompressed, over the limit of {limit}; "
        "not read.",
    ),
    "import.zip_bomb": (
        "Berkas '{file}' tidak dibaca: bagian '{member}' mengembang {ratio} kali saat "
        "dibuka (bom zip, bukan buku kerja biasa).",
        "File '{file}' was not read: its part '{member}' expands {ratio} times when "
        "decompressed (a zip bomb, not an ordinary workbook).",
    ),
    "import.too_many_rows": (
        "Berkas '{file}' memiliki {rows} baris, melebihi batas {limit}. Bagi daftar "
        "menjadi beberapa berkas (atau hapus baris kosong di bawah data).",
        "File '{file}' has {rows} rows, over the limit of {limit}. Split the list into "
        "several files (or delete the empty rows below the data).",
    ),
    "import.too_many_columns": (
        "Berkas '{file}' memiliki {columns} kolom, melebihi batas {limit}.",
        "File '{file}' has {columns} columns, over the limit of {limit}.",
    ),
    "import.too_many_cells": (
        "Berkas '{file}' memiliki {rows} baris kali {columns} kolom, melebihi batas {limit} "
        "sel. Bagi daftar menjadi beberapa berkas (atau hapus isi sel jauh di luar data).",
        "File '{file}' has {rows} rows by {columns} columns, over the limit of {limit} "
        "cells. Split the list into several files (or clear cells far outside the data).",
    ),
    "import.too_many_columns_in_row": (
        "Baris ini memiliki {columns} kolom, melebihi batas {limit}.",
        "This row has {columns} columns, over the limit of {limit}.",
    ),
    "import.cell_too_long": (
        "Sel di kolom ke-{column} berisi {length} karakter, melebihi batas {limit}.",
        "The cell in column {column} holds {length} characters, over the limit of {limit}.",
    ),
    "import.control_character": (
        "Sel di kolom ke-{column} berisi karakter kendali {character} yang tidak terlihat; "
        "hapus lalu ketik ulang isinya.",
        "The cell in column {column} holds an invisible control character {character}; "
        "delete it and type the content again.",
    ),
    "import.password_protected": (
        "Berkas '{file}' dilindungi kata sandi. Buka di Excel/LibreOffice, hapus kata "
        "sandinya, simpan, lalu impor lagi.",
        "File '{file}' is password-protected. Open it in Excel/LibreOffice, remove the "
        "password, save it and import it again.",
    ),
    "import.content_mismatch": (
        "Berkas '{file}' bernama {suffix} tetapi isinya {found}. Simpan ulang dengan "
        "format yang sesuai namanya.",
        "File '{file}' is named {suffix} but holds {found}. Save it again in the format "
        "its name says.",
    ),
    "import.not_a_workbook": (
        "Berkas '{file}' bernama {suffix} tetapi bukan buku kerja spreadsheet (mungkin "
        "berkas teks atau arsip lain yang diganti namanya).",
        "File '{file}' is named {suffix} but is not a spreadsheet workbook (perhaps a "
        "text file or another archive renamed).",
    ),
    "import.mixed_encoding": (
        "Berkas '{file}' mencampur pengodean huruf: baris {utf8_rows} berformat UTF-8, "
        "baris {other_rows} tidak. Simpan ulang seluruh berkas sebagai CSV UTF-8.",
        "File '{file}' mixes text encodings: lines {utf8_rows} are UTF-8, lines "
        "{other_rows} are not. Save the whole file again as CSV UTF-8.",
    ),
    "import.partly_saved": (
        "Impor '{file}' terhenti di baris {row}: {detail}. {saved} dari {batches} batch "
        "({rows} baris) sudah tersimpan; jalankan impor yang sama lagi untuk "
        "menyelesaikannya (baris yang sudah tersimpan tidak didaftarkan dua kali).",
        "Import of '{file}' stopped at row {row}: {detail}. {saved} of {batches} batches "
        "({rows} rows) were saved; run the same import again to finish it (rows already "
        "saved are not recorded twice).",
    ),
    "import.report_unwritable": (
        "Buku kerja penolakan '{path}' tidak dapat ditulis ({detail}); tidak ada yang "
        "diimpor. Pilih lokasi lain.",
        "The rejection workbook '{path}' cannot be written ({detail}); nothing was "
        "imported. Choose another place.",
    ),
    "facts.kind": (
        "Jenis impor '{value}' tidak dikenal (pilihan: {choices}).",
        "Unknown import kind '{value}' (choices: {choices}).",
    ),
    "facts.dukcapil_result": (
        "Status padan '{value}' tidak dikenal; hasil Dukcapil adalah {choices}.",
        "Matching status '{value}' is not known; Dukcapil's results are {choices}.",
    ),
    "facts.date_future": (
        "Tanggal data {value} ada di masa depan (hari ini {today}); data yang belum ada "
        "tidak dicatat, dan akan menolak data sebenarnya sebagai lebih lama. "
        "[facts.date_future]",
        "The data's date {value} is in the future (today is {today}); data that does not "
        "exist yet is not recorded, and would refuse the real data as older. "
        "[facts.date_future]",
    ),
    "facts.older_than_recorded": (
        "Data tanggal {day} lebih lama daripada yang sudah tercatat ({recorded}); "
        "tidak menimpa data yang lebih baru.",
        "This data of {day} is older than what is recorded ({recorded}); it does not "
        "overwrite newer data.",
    ),
    "facts.duplicate_in_file": (
        "{what} {value} sudah ada di baris {first_row} berkas ini.",
        "{what} {value} already appears in row {first_row} of this file.",
    ),
    "facts.kk_invalid": (
        "Nomor KK harus {digits} digit, bukan '{value}'.",
        "A KK number must have {digits} digits, not '{value}'.",
    ),
    "facts.kk_unmatched": (
        "Baris ini hanya berisi nomor KK {kk}, dan tidak ada pekerja terdaftar dengan KK "
        "itu. Isi kolom NIK, atau catat KK pekerjanya lebih dulu (daftar pekerja dengan "
        "kolom KK, atau koreksi data pekerja).",
        "This row holds only KK number {kk}, and no registered worker has that KK. Fill "
        "in the NIK column, or record the workers' KK first (a worker list with a KK "
        "column, or a correction of the worker's details).",
    ),
    "facts.kk_changed": (
        "Pekerja NIK {nik} tidak lagi tercatat dengan KK {kk} (KK-nya {current}); desil "
        "baris ini tidak dicatat untuknya. Impor ulang berkas ini.",
        "The worker with NIK {nik} is no longer recorded with KK {kk} (their KK is "
        "{current}); this row's decile is not recorded for them. Import the file again.",
    ),
    "import.date_invalid": (
        "Tanggal '{value}' tidak dikenali (gunakan HH-BB-TTTT, HH/BB/TTTT, TTTT-BB-HH "
        "atau misalnya 17 Agustus 2026).",
        "Date '{value}' is not recognised (use DD-MM-YYYY, DD/MM/YYYY, YYYY-MM-DD or e.g. "
        "17 Agustus 2026).",
    ),
    "import.nik_other_person": (
        "NIK {nik} sudah terdaftar atas nama {registered} (lahir {registered_birth_date}), "
        "bukan {name} (lahir {birth_date}): periksa NIK di baris ini; data terdaftar "
        "dikoreksi lebih dulu bila memang orang yang sama. [import.nik_other_person]",
        "NIK {nik} is registered to {registered} (born {registered_birth_date}), not "
        "{name} (born {birth_date}): check this row's NIK; correct the registered record "
        "first if it is the same person. [import.nik_other_person]",
    ),
    "import.date_future": (
        "Tanggal {value} ada di masa depan.",
        "Date {value} is in the future.",
    ),
    # --- integrity (issue 22)
    "date.out_of_range": (
        "{field} {value} di luar kalender aplikasi ({first} sampai {last}).",
        "{field} {value} is outside the application's calendar ({first} to {last}).",
    ),
    "quota.period_too_long": (
        "Periode kuota {start} sampai {end} lebih dari {months} bulan.",
        "The quota period {start} to {end} is longer than {months} months.",
    ),
    "number.too_large": (
        "{field} {value} melebihi batas {limit}.",
        "{field} {value} exceeds the limit of {limit}.",
    ),
    # --- reports (issue 19)
    "report.not_berjasa": (
        "Berkas ini bukan laporan Berjasa (tidak ada parameter laporan di metadata PDF-nya).",
        "This file is not a Berjasa report (its PDF metadata holds no report parameters).",
    ),
    "report.input": (
        "Berkas {path} tidak dapat dibaca: {detail}",
        "File {path} cannot be read: {detail}",
    ),
    "report.position": (
        "Posisi peristiwa #{position} tidak ada dalam riwayat (posisi terakhir #{head}).",
        "Event position #{position} is not in the history (the last one is #{head}).",
    ),
    "report.emblem": (
        "Lambang {path} harus gambar PNG atau JPEG sampai {limit} KB.",
        "Emblem {path} must be a PNG or JPEG image of at most {limit} KB.",
    ),
    # --- claims: benefits, deaths, heirs, follow-up (issue 18) ---
    "enrol.after_death": (
        "Pekerja NIK {nik} tercatat meninggal pada {died_on}; tidak dapat didaftarkan lagi "
        "(aturan: tidak ada kepesertaan setelah kematian). [enrol.after_death]",
        "Worker NIK {nik} is recorded as deceased on {died_on}; they cannot be enrolled "
        "(rule: no enrolment after death). [enrol.after_death]",
    ),
    "claim.after_death": (
        "Kejadian {incident_date} sesudah kematian pekerja NIK {nik} yang tercatat pada "
        "{died_on}; klaim ditolak (aturan: tidak ada klaim setelah kematian). [claim.after_death]",
        "The incident on {incident_date} is after the recorded death of worker NIK {nik} on "
        "{died_on}; claim refused (rule: no claim after death). [claim.after_death]",
    ),
    "claim.death_date_differs": (
        "Tanggal kejadian {incident_date} tidak sama dengan tanggal meninggal NIK {nik} yang "
        "sudah tercatat ({died_on}); kematian hanya dicatat sekali. [claim.death_date_differs]",
        "The incident date {incident_date} differs from the death of NIK {nik} already "
        "recorded ({died_on}); a death is recorded once. [claim.death_date_differs]",
    ),
    "claim.second_jkm": (
        "NIK {nik} sudah memiliki klaim JKM {claim}; satu orang hanya satu klaim JKM. "
        "[claim.second_jkm]",
        "NIK {nik} already has JKM claim {claim}; one JKM claim per person. [claim.second_jkm]",
    ),
    "claim.second_death_claim": (
        "NIK {nik} sudah memiliki klaim kematian {claim} ({programme}); satu orang hanya "
        "satu klaim kematian. [claim.second_death_claim]",
        "NIK {nik} already has death claim {claim} ({programme}); one death claim per "
        "person. [claim.second_death_claim]",
    ),
    "claim.amount_differs": (
        "Nilai bayar Rp{amount} berbeda dari usulan Rp{proposed} untuk klaim {claim}; "
        "sebutkan alasannya (--reason). [claim.amount_differs]",
        "The paid amount Rp{amount} differs from the proposed Rp{proposed} for claim "
        "{claim}; give the reason (--reason). [claim.amount_differs]",
    ),
    "claim.own_payment": (
        "Pembayaran klaim {claim} yang Anda catat harus dikonfirmasi supervisor lain. "
        "[claim.own_payment]",
        "The payment of claim {claim} you recorded must be confirmed by another "
        "supervisor. [claim.own_payment]",
    ),
    "claim.own_verification": (
        "Klaim {claim} dilaporkan oleh Anda; verifikasinya harus oleh supervisor lain. "
        "[claim.own_verification]",
        "You reported claim {claim}; another supervisor must verify it. [claim.own_verification]",
    ),
    "claim.own_enrolment": (
        "Kepesertaan {quota} yang menanggung klaim {claim} dicatat oleh Anda pada "
        "{recorded_on}, sesudah kejadian; verifikasinya harus oleh supervisor lain. "
        "[claim.own_enrolment]",
        "You recorded the {quota} enrolment covering claim {claim} on {recorded_on}, after "
        "the incident; another supervisor must verify it. [claim.own_enrolment]",
    ),
    "claim.heir_order": (
        "Ahli waris '{relation}' berada di urutan sesudah '{earlier}' ({earlier_name}) yang "
        "sudah tercatat (Permenaker 5/2021); sebutkan alasannya (--heir-reason). "
        "[claim.heir_order]",
        "Heir '{relation}' comes after '{earlier}' ({earlier_name}) already recorded "
        "(Permenaker 5/2021); give the reason (--heir-reason). [claim.heir_order]",
    ),
    "claim.outcome_unknown": (
        "Akibat kecelakaan '{value}' tidak dikenal (pilihan untuk JKK: {allowed}). "
        "[claim.outcome_unknown]",
        "Unknown accident outcome '{value}' (choices for JKK: {allowed}). [claim.outcome_unknown]",
    ),
    "claim.number_range": (
        "Nilai {field} '{value}' harus antara 0 dan {top}. [claim.number_range]",
        "The value {field} '{value}' must be between 0 and {top}. [claim.number_range]",
    ),
    "benefit.rule_missing": (
        "Aturan manfaat {programme} '{component}' yang berlaku pada {day} tidak ada. "
        "[benefit.rule_missing]",
        "No {programme} benefit rule '{component}' is in force on {day}. [benefit.rule_missing]",
    ),
    "benefit.component_unknown": (
        "Komponen aturan manfaat {programme} '{component}' tidak dikenal. "
        "[benefit.component_unknown]",
        "Unknown benefit rule component {programme} '{component}'. [benefit.component_unknown]",
    ),
    "benefit.status": (
        "Status '{value}' tidak dikenal (pilihan: {allowed}). [benefit.status]",
        "Unknown status '{value}' (choices: {allowed}). [benefit.status]",
    ),
    "claim.expired": (
        "Kejadian {incident_date} sudah lewat batas klaim {months} bulan. [claim.expired]",
        "The incident on {incident_date} is past the {months}-month claim period. [claim.expired]",
    ),
    "claim.reported_late": (
        "Peringatan: kecelakaan {incident_date} dilaporkan lebih dari {days} hari sesudahnya "
        "(batas pelaporan JKK; angka belum dikonfirmasi untuk peserta BPU).",
        "Warning: the accident of {incident_date} is reported more than {days} days later "
        "(the JKK reporting deadline; unconfirmed for BPU members).",
    ),
    # --- data protection: a second person for every seat (issue 23)
    "quota.unconfirmed": (
        "Kuota {quota} belum dikonfirmasi: pembukaannya oleh {opened_by} harus dikonfirmasi "
        "supervisor atau admin lain ({approvers}) sebelum ada pendaftaran. "
        "[quota.unconfirmed]",
        "Quota {quota} is not confirmed: its opening by {opened_by} must be confirmed by "
        "another supervisor or admin ({approvers}) before any enrolment. [quota.unconfirmed]",
    ),
    "quota.confirm_own": (
        "Kuota {quota} dibuka oleh Anda sendiri: orang lain yang harus mengonfirmasi atau "
        "menolaknya. [quota.confirm_own]",
        "You opened quota {quota} yourself: someone else must confirm or refuse it. "
        "[quota.confirm_own]",
    ),
    "quota.opening_decided": (
        "Pembukaan kuota {quota} sudah diputuskan ({state}). [quota.opening_decided]",
        "The opening of quota {quota} was already decided ({state}). [quota.opening_decided]",
    ),
    "quota.opening_refused": (
        "Pembukaan kuota {quota} ditolak: kursinya ditutup. [quota.opening_refused]",
        "The opening of quota {quota} was refused: its seats are closed. "
        "[quota.opening_refused]",
    ),
    # --- data protection: no clobbering (issue 23)
    "output.exists": (
        "Berkas {file} sudah ada dan tidak ditimpa: pilih nama lain, atau --force bila "
        "berkas itu keluaran Berjasa yang sejenis. [output.exists]",
        "{file} already exists and is not overwritten: choose another name, or --force when "
        "it is a Berjasa output of the same kind. [output.exists]",
    ),
}


def register_messages(catalogue: Mapping[str, tuple[str, str]]) -> None:
    """Add a layer's texts; a code may not be given two different texts."""
    for code, texts in catalogue.items():
        if MESSAGES.setdefault(code, texts) != texts:
            raise ValueError(f"message {code} is defined twice")


def render(code: str, language: str, params: Mapping[str, Any]) -> str:
    """The message for `code` in `language`, with `params` filled in."""
    texts = MESSAGES.get(code)
    if texts is None:
        return f"{code}: {dict(params)}"
    template = texts[1] if language == "en" else texts[0]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return f"{template} {dict(params)}"
