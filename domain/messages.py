"""The text of every domain message, in Indonesian and English.

Codes are stable (scripts and tests match on them); texts may be improved freely.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    # NIK
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
    "auth.failed": (
        "Nama pengguna atau kata sandi salah.",
        "Wrong username or password.",
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
    "store.url": (
        "Alamat penyimpanan '{value}' tidak dikenal (sqlite:///BERKAS, postgresql://..., memory:).",
        "Store address '{value}' is not recognised (sqlite:///FILE, postgresql://..., memory:).",
    ),
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
    "store.network_share": (
        "Berkas penyimpanan SQLite {path} berada di folder jaringan ({where}). SQLite tidak "
        "aman di folder bersama: simpan di disk lokal, atau gunakan server PostgreSQL kantor.",
        "The SQLite store file {path} is on a network share ({where}). SQLite is not safe on "
        "a shared folder: keep it on a local disk, or use the office PostgreSQL server.",
    ),
    "migrate.source_kind": (
        "Sumber migrasi harus penyimpanan SQLite, bukan {store}.",
        "The migration source must be a SQLite store, not {store}.",
    ),
    "migrate.target_kind": (
        "Tujuan migrasi harus server PostgreSQL (postgresql://...), bukan {store}.",
        "The migration target must be a PostgreSQL server (postgresql://...), not {store}.",
    ),
    "migrate.source_empty": (
        "Penyimpanan sumber {store} kosong: tidak ada yang dipindahkan.",
        "The source store {store} is empty: there is nothing to move.",
    ),
    "migrate.target_not_empty": (
        "Penyimpanan tujuan {store} sudah berisi {count} peristiwa; migrasi hanya ke "
        "penyimpanan kosong.",
        "The target store {store} already holds {count} events; migration only goes into "
        "an empty store.",
    ),
    "migrate.mismatch": (
        "Hasil migrasi berbeda dari sumber pada posisi {position}: {detail}. Penyimpanan "
        "tujuan jangan dipakai; kosongkan lalu ulangi.",
        "The migrated store differs from the source at position {position}: {detail}. Do "
        "not use the target store; empty it and run again.",
    ),
    # --- policies (Paritrana inputs) and reports ---
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
        "Berkas '{file}' bukan daftar .xlsx atau .csv.",
        "File '{file}' is not an .xlsx or .csv list.",
    ),
    "import.file_unreadable": (
        "Berkas '{file}' tidak dapat dibaca: {detail}",
        "File '{file}' cannot be read: {detail}",
    ),
    "import.no_header": (
        "Berkas '{file}': baris judul kolom (NIK, Nama, JK, Tanggal Lahir, ...) tidak "
        "ditemukan di {rows} baris pertama.",
        "File '{file}': no header row (NIK, Nama, JK, Tanggal Lahir, ...) in its first "
        "{rows} rows.",
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
    # --- desktop GUI (issue 5) ---
    "gui.password_repeat": (
        "Kedua kata sandi tidak sama; ketik ulang.",
        "The two passwords differ; type them again.",
    ),
    "gui.sign_in_incomplete": (
        "Isi nama pengguna dan kata sandi.",
        "Enter the user name and the password.",
    ),
    "gui.reason_required": (
        "Alasan wajib diisi: jelaskan mengapa data ini diubah.",
        "A reason is required: say why this is changed.",
    ),
    "gui.choose_one": (
        "Pilih {field}.",
        "Choose {field}.",
    ),
    "gui.read_models_missing": (
        "Modul read model belum terpasang di versi ini; hubungi admin.",
        "The read-model module is not installed in this version; contact the admin.",
    ),
    "gui.module_missing": (
        "Fitur {feature} belum tersedia di versi ini.",
        "{feature} is not available in this version.",
    ),
    # --- security: hash chain, encryption keys, backup, exports (issue 7) ---
    "audit.chain_conflict": (
        "Riwayat di penyimpanan telah diubah di luar aplikasi (posisi {position} sudah "
        "tercatat dalam rantai hash). Tidak ada yang disimpan; jalankan "
        "'berjasa-admin audit verify' dan hubungi admin.",
        "The store's history was changed outside the application (position {position} is "
        "already in the hash chain). Nothing was saved; run 'berjasa-admin audit verify' "
        "and call the admin.",
    ),
    "audit.not_intact": (
        "Riwayat tidak utuh (rusak di posisi {position}); titik periksa tidak dibuat.",
        "The history is not intact (broken at position {position}); no checkpoint made.",
    ),
    "audit.no_chain": (
        "Penyimpanan ini tidak memiliki rantai hash yang dapat diperiksa.",
        "This store has no hash chain to verify.",
    ),
    "audit.checkpoint_invalid": (
        "Berkas titik periksa {file} tidak dapat dibaca: {detail}",
        "Checkpoint file {file} cannot be read: {detail}",
    ),
    "audit.broken.altered": (
        "Riwayat RUSAK: peristiwa di posisi {position} tidak sama dengan yang dicatat "
        "(diubah atau dipindahkan langsung di basis data).",
        "History BROKEN: the event at position {position} is not what was recorded "
        "(changed or moved directly in the database).",
    ),
    "audit.broken.deleted": (
        "Riwayat RUSAK: peristiwa di posisi {position} telah dihapus dari basis data.",
        "History BROKEN: the event at position {position} was deleted from the database.",
    ),
    "audit.broken.inserted": (
        "Riwayat RUSAK: peristiwa di posisi {position} disisipkan di luar aplikasi "
        "(tidak ada dalam rantai hash).",
        "History BROKEN: the event at position {position} was inserted outside the "
        "application (it is not in the hash chain).",
    ),
    "audit.broken.checkpoint": (
        "Riwayat RUSAK: sampai posisi {position} riwayat tidak lagi sama dengan titik "
        "periksa yang diberikan.",
        "History BROKEN: up to position {position} the history no longer matches the "
        "given checkpoint.",
    ),
    "audit.intact": (
        "Riwayat utuh: {checked} peristiwa diperiksa, posisi terakhir {position}.",
        "History intact: {checked} events checked, last position {position}.",
    ),
    "audit.snapshots.intact": (
        "Snapshot utuh: {compared} snapshot sama dengan keadaan hasil pemutaran ulang "
        "peristiwanya.",
        "Snapshots intact: {compared} snapshots match the state replayed from their "
        "events.",
    ),
    "audit.snapshots.none": (
        "Tidak ada snapshot tersimpan: tidak ada yang perlu dicocokkan.",
        "No snapshots are stored: there is nothing to compare.",
    ),
    "audit.snapshots.key_missing": (
        "Isi {stored} snapshot TIDAK diperiksa: penyimpanan ini terenkripsi dan kuncinya "
        "tidak ada di keyring workstation ini maupun di variabel BERJASA_KEY (hanya "
        "versinya yang diperiksa). Impor kunci dengan 'berjasa-admin key import BERKAS' "
        "lalu periksa lagi.",
        "The contents of {stored} snapshots were NOT checked: this store is encrypted and "
        "its key is neither in this workstation's keyring nor in the BERJASA_KEY variable "
        "(only their versions were checked). Import the key with 'berjasa-admin key "
        "import FILE' and verify again.",
    ),
    "audit.snapshots.key_wrong": (
        "Isi {stored} snapshot TIDAK diperiksa: kunci di keyring atau BERJASA_KEY bukan "
        "kunci penyimpanan ini (hanya versinya yang diperiksa).",
        "The contents of {stored} snapshots were NOT checked: the key in the keyring or "
        "BERJASA_KEY is not this store's key (only their versions were checked).",
    ),
    "audit.snapshots.chain_broken": (
        "Isi snapshot tidak dicocokkan karena riwayat peristiwanya sendiri tidak utuh "
        "(hanya versinya yang diperiksa).",
        "Snapshot contents were not compared because the event history itself is not "
        "intact (only their versions were checked).",
    ),
    "audit.snapshots.cancelled": (
        "Pemeriksaan snapshot dibatalkan; snapshot tidak diperiksa.",
        "The snapshot check was cancelled; snapshots were not checked.",
    ),
    "audit.snapshots.broken.altered": (
        "Snapshot RUSAK ({count} bermasalah). Pertama: snapshot {type} {id} versi "
        "{version} tidak sama dengan keadaan hasil pemutaran ulang peristiwanya (diubah "
        "langsung di basis data). Admin dapat menghapusnya: 'berjasa-admin audit "
        "drop-snapshots --reason ALASAN'.",
        "Snapshots BROKEN ({count} found). First: the snapshot of {type} {id} at version "
        "{version} differs from the state replayed from its events (changed directly in "
        "the database). An admin can delete it: 'berjasa-admin audit drop-snapshots "
        "--reason REASON'.",
    ),
    "audit.snapshots.broken.no_event": (
        "Snapshot RUSAK ({count} bermasalah). Pertama: snapshot {type} {id} versi "
        "{version} tidak punya peristiwa dengan versi itu (disisipkan di luar aplikasi). "
        "Admin dapat menghapusnya: 'berjasa-admin audit drop-snapshots --reason ALASAN'.",
        "Snapshots BROKEN ({count} found). First: the snapshot of {type} {id} at version "
        "{version} has no event with that version (inserted outside the application). "
        "An admin can delete it: 'berjasa-admin audit drop-snapshots --reason REASON'.",
    ),
    "audit.snapshots.broken.undecodable": (
        "Snapshot RUSAK ({count} bermasalah). Pertama: snapshot {type} {id} versi "
        "{version} tidak dapat dibaca (diubah langsung di basis data). Admin dapat "
        "menghapusnya: 'berjasa-admin audit drop-snapshots --reason ALASAN'.",
        "Snapshots BROKEN ({count} found). First: the snapshot of {type} {id} at version "
        "{version} cannot be read (changed directly in the database). An admin can "
        "delete it: 'berjasa-admin audit drop-snapshots --reason REASON'.",
    ),
    "store.key_missing": (
        "Penyimpanan ini terenkripsi, tetapi kuncinya tidak ada di keyring workstation ini "
        "maupun di variabel {env}. Impor berkas kunci dengan 'berjasa-admin key import "
        "BERKAS'. Tidak ada yang ditulis.",
        "This store is encrypted but its key is neither in this workstation's keyring nor "
        "in the {env} variable. Import the key file with 'berjasa-admin key import FILE'. "
        "Nothing was written.",
    ),
    "store.key_wrong": (
        "Kunci enkripsi yang tersedia (keyring atau {env}) bukan kunci penyimpanan ini. "
        "Tidak ada yang ditulis.",
        "The encryption key available (keyring or {env}) is not this store's key. "
        "Nothing was written.",
    ),
    "store.unencrypted": (
        "PERINGATAN: penyimpanan ini TIDAK terenkripsi (saat dibuat tidak ada keyring "
        "maupun BERJASA_KEY). Data pribadi tersimpan tanpa enkripsi.",
        "WARNING: this store is NOT encrypted (when it was created there was no keyring "
        "and no BERJASA_KEY). Personal data is stored unencrypted.",
    ),
    "store.key_created": (
        "Kunci enkripsi baru dibuat dan disimpan di keyring. Bila kunci hilang, data "
        "hilang: segera simpan cadangannya dengan 'berjasa-admin key export BERKAS'.",
        "A new encryption key was created and kept in the keyring. Losing the key means "
        "losing the data: back it up now with 'berjasa-admin key export FILE'.",
    ),
    "key.passphrase_weak": (
        "Frasa sandi berkas kunci minimal {minimum} karakter.",
        "A key file passphrase needs at least {minimum} characters.",
    ),
    "key.no_passphrase": (
        "Frasa sandi berkas kunci tidak diberikan (BERJASA_KEY_PASSPHRASE atau ketik).",
        "No key file passphrase given (BERJASA_KEY_PASSPHRASE or type it).",
    ),
    "key.file_invalid": (
        "Berkas kunci {file} tidak dapat dibaca: {detail}",
        "Key file {file} cannot be read: {detail}",
    ),
    "key.passphrase_wrong": (
        "Frasa sandi salah atau berkas kunci {file} rusak.",
        "Wrong passphrase or damaged key file {file}.",
    ),
    "key.not_encrypted": (
        "Penyimpanan ini tidak terenkripsi; tidak ada kunci untuk diekspor.",
        "This store is not encrypted; there is no key to export.",
    ),
    "key.other_store": (
        "Berkas kunci ini untuk penyimpanan {file_store}, bukan penyimpanan ini ({store_id}).",
        "This key file is for store {file_store}, not this store ({store_id}).",
    ),
    "key.no_keyring": (
        "Tidak ada keyring yang berfungsi di workstation ini; berikan kunci lewat {env}.",
        "No working keyring on this workstation; give the key through {env}.",
    ),
    "key.write_failed": (
        "Berkas {file} tidak dapat ditulis: {detail}",
        "File {file} cannot be written: {detail}",
    ),
    "backup.not_sqlite": (
        "Cadangan dan pemulihan untuk penyimpanan SQLite atau PostgreSQL, bukan {store}.",
        "Backup and restore are for SQLite or PostgreSQL stores, not {store}.",
    ),
    "backup.postgres_force": (
        "Penyimpanan PostgreSQL {store} tidak ditimpa: pulihkan ke basis data atau skema "
        "baru yang masih kosong (tanpa --force).",
        "The PostgreSQL store {store} is not overwritten: restore into a new, empty "
        "database or schema (without --force).",
    ),
    "backup.source_missing": (
        "Berkas cadangan {file} tidak ada atau bukan penyimpanan Berjasa.",
        "Backup file {file} does not exist or is not a Berjasa store.",
    ),
    "backup.target_exists": (
        "Berkas {file} sudah ada; pilih nama lain.",
        "File {file} already exists; choose another name.",
    ),
    "backup.store_not_empty": (
        "Penyimpanan {store} sudah berisi {events} peristiwa; pemulihan akan menimpanya. "
        "Ulangi dengan --force bila itu yang dimaksud.",
        "Store {store} already holds {events} events; restoring would overwrite them. "
        "Repeat with --force if that is what you mean.",
    ),
    "backup.failed": (
        "Pencadangan/pemulihan gagal: {detail}",
        "Backup/restore failed: {detail}",
    ),
    "backup.restored_broken": (
        "Cadangan {file} tidak utuh (rantai hash rusak di posisi {position}); "
        "tidak dipulihkan.",
        "Backup {file} is not intact (hash chain broken at position {position}); "
        "not restored.",
    ),
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
}


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
