"""The texts of the infrastructure's messages, in Indonesian and English: store URLs and
location, migration, the hash chain and snapshots (audit), encryption keys, key files and
backups. `infra/__init__.py` registers them with `domain.messages`, so an error raised here
renders like a domain error.
"""

from __future__ import annotations

from domain.messages import register_messages

INFRA_MESSAGES: dict[str, tuple[str, str]] = {
    "store.url": (
        "Alamat penyimpanan '{value}' tidak dikenal (sqlite:///BERKAS, postgresql://..., memory:).",
        "Store address '{value}' is not recognised (sqlite:///FILE, postgresql://..., memory:).",
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
    # --- integrity (issue 22)
    "store.meta_missing": (
        "Penyimpanan {store} berisi peristiwa tetapi tabel metadatanya (berjasa_meta) "
        "hilang; tidak dibuka sebagai penyimpanan baru. Pulihkan dari cadangan.",
        "Store {store} holds events but its metadata table (berjasa_meta) is missing; it "
        "is not opened as a new store. Restore it from a backup.",
    ),
    "store.chain_key_missing": (
        "Rantai integritas penyimpanan {store_id} memakai kunci, tetapi kuncinya tidak ada "
        "di keyring workstation ini maupun di {env}; tidak ada yang ditulis.",
        "The integrity chain of store {store_id} is keyed, but its key is neither in this "
        "workstation's keyring nor in {env}; nothing was written.",
    ),
    "audit.chain_key_missing": (
        "Rantai integritas memakai kunci sejak posisi {position}; tanpa kunci penyimpanan "
        "(keyring, BERJASA_KEY atau BERJASA_CHAIN_KEY) riwayat tidak dapat dibuktikan utuh.",
        "The integrity chain is keyed from position {position}; without the store's key "
        "(keyring, BERJASA_KEY or BERJASA_CHAIN_KEY) the history cannot be proved intact.",
    ),
    "store.copy_incomplete": (
        "Penyimpanan {store} adalah salinan (migrasi atau cadangan) yang terputus dan belum "
        "lengkap; tidak dibuka. Jalankan lagi 'migrate' ke tujuan yang sama untuk "
        "melanjutkannya.",
        "Store {store} is an interrupted, unfinished copy (migration or backup); it is not "
        "opened. Run 'migrate' to the same target again to resume it.",
    ),
    "audit.read_models.intact": (
        "Model baca utuh: {tables} tabel ({rows} baris) sama dengan pemutaran ulang riwayat "
        "sampai posisi {position}.",
        "Read models intact: {tables} tables ({rows} rows) equal a replay of the history "
        "up to position {position}.",
    ),
    "audit.read_models.broken": (
        "Model baca TIDAK mengikuti riwayat (posisi {position}): tabel {table}, baris "
        "{row} ({problem}). Laporan dan statistik memakai data ini; bangun ulang dengan "
        "'projections rebuild'.",
        "Read models do NOT follow the history (position {position}): table {table}, row "
        "{row} ({problem}). Reports and statistics read them; rebuild them with "
        "'projections rebuild'.",
    ),
    "audit.read_models.digest": (
        "Model baca TIDAK cocok dengan sidik yang dicatat penerapnya (posisi {position}): "
        "tabel {table}. Barisnya sama dengan pemutaran ulang riwayat, tetapi sidik itu "
        "diubah di luar aplikasi; bangun ulang dengan 'projections rebuild'.",
        "Read models do NOT match the digest their runner recorded (position {position}): "
        "table {table}. Their rows equal a replay of the history, but the digest was "
        "changed outside the application; rebuild them with 'projections rebuild'.",
    ),
    "audit.read_models.digest_differs": (
        "Sidik model baca berbeda pada tabel {tables} (posisi {position}): model baca "
        "diubah di luar aplikasi. Riwayat diputar ulang untuk menunjukkan barisnya…",
        "The read models' digest differs in table {tables} (position {position}): they "
        "were changed outside the application. Replaying the history to name the row…",
    ),
    "audit.read_models.unchecked": (
        "Model baca tidak dicocokkan ({reason}).",
        "Read models not compared ({reason}).",
    ),
    "audit.broken.truncated": (
        "Riwayat RUSAK: kepala rantai yang dicatat di luar tabel rantai menunjuk lebih jauh; "
        "peristiwa sejak posisi {position} telah dihapus beserta tautannya.",
        "History BROKEN: the chain head recorded outside the chain table lies further on; "
        "the events from position {position} were removed together with their links.",
    ),
    "audit.broken.incomplete": (
        "Riwayat TIDAK LENGKAP: salinan ini berhenti sebelum posisi {position} yang harus "
        "dicapainya (cadangan atau migrasi yang terputus).",
        "History INCOMPLETE: this copy stops before position {position}, which it had to "
        "reach (an interrupted backup or migration).",
    ),
    "audit.broken.anchor": (
        "Riwayat RUSAK: catatan kepala rantai atau peralihan ke rantai berkunci di posisi "
        "{position} tidak dibuat oleh pemegang kunci.",
        "History BROKEN: the record of the chain head or of the switch to the keyed chain "
        "at position {position} was not written by the key holder.",
    ),
}

register_messages(INFRA_MESSAGES)
