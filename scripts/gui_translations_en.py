"""Fill `desktop/gui/i18n/berjasa_en.ts` from this glossary, then compile the `.qm`.

Run after `pyside6-lupdate` added new strings:
    python scripts/gui_translations_en.py
Qt Linguist can edit the `.ts` as well; this glossary only fills unfinished entries.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "desktop" / "gui" / "i18n" / "berjasa_en.ts"

EN = {
    # --- import wizard: a retroactive import (issue 20)
    "Pendaftaran mundur (retroaktif)": "Backdated enrolment (retroactive)",
    "Untuk memindahkan daftar lama (kertas atau aplikasi lain): kepesertaan dimulai "
    "pada tanggal di bawah, sebelum hari ini. Pendaftaran langsung tercatat, tanpa "
    "menunggu keputusan di Kotak masuk, dan ditandai BERLAKU SURUT di Audit beserta "
    "alasannya. Hanya supervisor dan admin.":
        "To move an existing roster in (paper or another application): coverage starts on "
        "the date below, before today. The enrolments are recorded at once, without waiting "
        "for a decision in the Inbox, and marked RETROACTIVE in the Audit with the reason. "
        "Supervisors and admins only.",
    "Mulai kepesertaan": "Coverage starts",
    "wajib; paling banyak {n} karakter": "required; at most {n} characters",
    "Alasan *": "Reason *",
    # --- reports: authenticity, letterhead (issue 19)
    "Periksa keaslian laporan…": "Check a report's authenticity…",
    "Periksa keaslian laporan": "Check a report's authenticity",
    "Pilih berkas PDF laporan Berjasa: laporan dibuat ulang dari riwayat dengan parameter "
    "yang tersimpan di dalamnya lalu dibandingkan.":
        "Pick a Berjasa report PDF: the report is regenerated from the history with the "
        "parameters stored in it, then compared.",
    "Laporan PDF (*.pdf)": "PDF reports (*.pdf)",
    "Memeriksa {f}…": "Checking {f}…",
    "ASLI: {report}, posisi peristiwa #{position}, kode verifikasi {fp}. Laporan yang dibuat "
    "ulang dari riwayat sama persis.":
        "GENUINE: {report}, event position #{position}, verification code {fp}. The report "
        "regenerated from the history is identical.",
    "TIDAK ASLI: {report}. {why}": "NOT GENUINE: {report}. {why}",
    "Kop surat laporan": "Report letterhead",
    "Pilih lambang…": "Choose emblem…",
    "Gambar PNG atau JPEG lambang daerah (paling besar 256 KB)":
        "PNG or JPEG image of the city's emblem (256 KB at most)",
    "Lambang daerah": "City emblem",
    "Alamat kantor": "Office address",
    "Surel": "Email",
    "Laman": "Website",
    "Simpan kop surat": "Save letterhead",
    "netral": "neutral",
    "Pilih lambang daerah": "Choose the city's emblem",
    "Gambar (*.png *.jpg *.jpeg)": "Images (*.png *.jpg *.jpeg)",
    "Lambang dicatat; laporan berikutnya memakainya.":
        "Emblem recorded; the next reports use it.",
    "Kop surat dicatat.": "Letterhead recorded.",
    "Cakupan menurut BPJS": "Coverage reported by BPJS",
    "Semesta PBPU": "PBPU universe",
    "Pekerja (BPS)": "Workers (BPS)", "Cakupan BPJS": "BPJS coverage", "PBPU": "PBPU",
    "Target": "Target",
    "Cakupan semesta: penyebut, target, indikator": "Coverage: denominator, target, indicators",
    "Pangkat/golongan": "Rank (pangkat/golongan)",
    "Cakupan seluruh pekerja menurut BPJS (%)": "Coverage of all workers as BPJS reports it (%)",
    "Jumlah pekerja bukan penerima upah": "Number of non-wage earners",
    "{name}\n{rank}\nNIP {nip}\n{title}": "{name}\n{rank}\nNIP {nip}\n{title}",
    # --- coverage: worklist (issue 16)
    "Urutan": "Rank",
    "Daftar kerja: pekerja layak yang belum terdaftar":
        "Worklist: eligible workers not yet enrolled",
    "Daftarkan N berikutnya": "Enrol the next N",
    "Daftar kerja {q}: {n} pekerja layak belum terdaftar, {f} kursi sisa":
        "Worklist {q}: {n} eligible workers not yet enrolled, {f} seats left",
    "Jumlah pekerja": "Number of workers",
    "Berlaku surut (mulai sebelum hari ini)": "Retroactive (starts before today)",
    "Alasan (wajib bila berlaku surut)": "Reason (required when retroactive)",
    "Daftarkan pekerja berikutnya ke kuota {q}": "Enrol the next workers into quota {q}",
    " hari": " days", " menit": " minutes", " · berhenti {d} ({r})": " · ended {d} ({r})",
    "(tidak ada)": "(none)", "< Kembali": "< Back", "Ajukan ke BPJS": "Submit to BPJS",
    "Ajukan {c} ke BPJS": "Submit {c} to BPJS", "Aktif": "Active",
    "Alamat penyimpanan": "Store address", "Alasan": "Reason",
    "Alasan koreksi": "Reason for the correction", "Alasan penolakan": "Reason for refusal",
    "Audit": "Audit", "Bahasa": "Language", "Baris dibaca: {n}": "Rows read: {n}",
    "Batalkan impor": "Cancel import",
    "Belum ada kuota terbuka; minta supervisor membuka kuota lebih dulu.":
        "No quota is open yet; ask a supervisor to open one first.",
    "Belum ada kuota.": "No quotas yet.", "Belum ada peserta aktif.": "No active members yet.",
    "Belum berlaku": "Not yet valid", "Belum terdaftar": "Not enrolled", "Beranda": "Dashboard",
    "Berhenti": "Ended", "Berjasa — Makassar Berjasa": "Berjasa — Makassar Berjasa",
    "Berkas": "File", "Berkas CSV atau Excel (.xlsx)": "CSV or Excel file (.xlsx)",
    "Berlaku mulai": "Valid from", "Berlaku sampai": "Valid to",
    "Biaya per bulan": "Cost per month", "Biaya setahun": "Cost per year",
    "Buat laporan": "Generate report", "Buka buku kerja penolakan": "Open rejection workbook",
    "Buka kuota baru": "Open new quota", "Cari NIK atau nama…": "Search NIK or name…",
    "Catat MoU/PKS": "Record MoU/PKS", "Catat dokumen diterima": "Record documents received",
    "Catat kematian": "Record death", "Catat pembayaran": "Record payment",
    "Catat penolakan": "Record refusal", "Catatan": "Note", "Catatan / alasan": "Note / reason",
    "Daftar pekerja (*.csv *.xlsx)": "Worker lists (*.csv *.xlsx)",
    "Daftarkan ke kuota": "Enrol in quota", "Daftarkan pekerja": "Register worker",
    "Dasar anggaran": "Budget basis", "Dasar anggaran (APBD/APBD-P)": "Budget basis (APBD/APBD-P)",
    "Data terkini": "Data up to date", "Desil": "Decile", "Diajukan ke BPJS": "Submitted to BPJS",
    "Diakhiri": "Terminated", "Dibayar": "Paid", "Didaftarkan ke kuota: {n}": "Enrolled: {n}",
    "Dilaporkan": "Reported", "Disimpan ke {f}": "Saved to {f}", "Ditolak": "Refused",
    "Ditolak: {n}": "Rejected: {n}", "Diusulkan oleh": "Proposed by", "Dokumen": "Documents",
    "Dokumen diterima untuk {c}": "Documents received for {c}",
    "Dokumen kurang": "Missing documents", "Dokumen lengkap": "Documents complete",
    "Dukcapil": "Dukcapil", "Ganda: {n}": "Duplicates: {n}", "Hasil padan": "Match result",
    "Hentikan": "Terminate", "Hentikan kepesertaan": "Terminate enrolment",
    "Hubungan ahli waris": "Heir's relation", "Impor": "Import",
    "Impor berkas lain": "Import another file", "Impor daftar pekerja": "Import worker list",
    "Impor dihentikan oleh pengguna: {s} dari {b} kelompok baris tersimpan utuh. Impor "
    "berkas yang sama lagi untuk menyelesaikannya; baris yang sudah tersimpan tidak "
    "didaftarkan dua kali.":
        "Import stopped by the user: {s} of {b} batches of rows were saved whole. Import "
        "the same file again to finish it; rows already saved are not recorded twice.",
    "JK": "Sex", "Jenis": "Kind", "Jenis kelamin / lahir": "Sex / born",
    "Jenis peristiwa (mis. Peserta.Registered)": "Event type (e.g. Peserta.Registered)",
    "Jumlah kursi": "Seats", "Jumlah pekerja kota (BPS)": "City workforce (BPS)", "KPJ": "KPJ",
    "Kata sandi server": "Server password", "Keadaan per tanggal": "As of date",
    "Kecamatan": "Kecamatan", "Kedaluwarsa": "Expired", "Kelurahan": "Kelurahan",
    "Kembali ke saat ini": "Back to the present", "Kepesertaan": "Enrolments",
    "Klaim": "Claims", "Kode": "Code",
    "Kolom NIK harus berformat Teks di Excel. Baris yang salah tidak diimpor dan dicatat di "
    "buku kerja penolakan beserta alasannya.":
        "The NIK column must be formatted as Text in Excel. Faulty rows are not imported; "
        "they are listed with their reasons in the rejection workbook.",
    "Koreksi data": "Correct details", "Koreksi data pekerja": "Correct worker details",
    "Kunci sesi setelah tidak aktif": "Lock the session when idle for", "Kuota": "Quotas",
    "Kursi": "Seats", "Langkah 1 dari 4: pilih berkas dan kuota": "Step 1 of 4: file and quota",
    "Langkah 2 dari 4: periksa pratinjau dan pemetaan kolom":
        "Step 2 of 4: check the preview and the column mapping",
    "Langkah 3 dari 4: mengimpor": "Step 3 of 4: importing", "Langkah 4 dari 4: hasil":
        "Step 4 of 4: result", "Lanjut >": "Next >", "Laporan": "Reports",
    "Laporan dan parameternya": "Report and parameters", "Laporan siap: {f}": "Report ready: {f}",
    "Laporkan klaim": "Report claim",
    "MODE WAKTU LAMPAU — semua tampilan menunjukkan keadaan pada {moment} (hanya baca). "
    "Kembali ke saat ini di bagian Audit.":
        "PAST VIEW — every screen shows the state as of {moment} (read-only). "
        "Return to the present in Audit.",
    "Melebihi kuota: {n}": "Over quota: {n}", "Membaca dan memeriksa {name}…":
        "Reading and checking {name}…", "Memperbarui… ({n} perubahan)": "Updating… ({n} changes)",
    "Menyiapkan data tampilan… {percent}% ({position} dari {target} perubahan)":
        "Preparing the views' data… {percent}% ({position} of {target} changes)",
    "Menghentikan setelah kelompok baris ini…": "Stopping after this batch of rows…",
    "Meninggal": "Deceased",
    "Memuat keadaan pada {moment}…": "Loading the state at {moment}…",
    "Menyusun laporan…": "Generating the report…", "MoU/PKS": "MoU/PKS",
    "Modul laporan belum terpasang di versi ini.": "Reports are not installed in this version.",
    "Mulai": "Start", "Mulai impor": "Start import", "NIK": "NIK",
    "NIK ahli waris (JKM)": "Heir's NIK (JKM)", "NIK pekerja": "Worker NIK",
    "NIK peserta": "Member NIK", "Nama": "Name", "Nama ahli waris (JKM)": "Heir's name (JKM)",
    "Nama kuota": "Quota name", "Nilai dibayar (Rp)": "Amount paid (Rp)", "Nomor": "Number",
    "Nomor KPJ": "KPJ number", "Nomor KPJ (11 digit)": "KPJ number (11 digits)",
    "Nomor adendum": "Addendum number", "Nomor referensi BPJS": "BPJS reference",
    "PERINGATAN: riwayat tidak utuh. {d}": "WARNING: the history is not intact. {d}",
    "Padan Dukcapil": "Dukcapil match",
    "Para pihak (pisahkan dengan ;)": "Parties (separate with ;)",
    "Pekerjaan": "Occupation", "Pemakaian kuota": "Quota use", "Pembayaran {c}": "Payment {c}",
    "Pemeriksaan keutuhan (rantai hash) belum tersedia di versi ini.":
        "Integrity verification (hash chain) is not available in this version.",
    "Pengaturan": "Settings", "Pengaturan disimpan.": "Settings saved.", "Pengguna": "User",
    "Pengguna: {name} ({role})": "User: {name} ({role})", "Penolakan {c}": "Refusal {c}",
    "Penyimpanan data (berlaku saat aplikasi dibuka lagi)":
        "Data store (takes effect when the application is opened again)",
    "Penyimpanan saat ini": "Current store", "Penyimpanan: {store}": "Store: {store}",
    "Perihal": "Subject", "Periksa keutuhan riwayat": "Verify history integrity",
    "Peringatan perpanjangan MoU/PKS": "MoU/PKS renewal warning", "Peristiwa": "Event",
    "Perjalanan waktu: lihat data seperti pada suatu saat (WITA)":
        "Time travel: see the data as it was at a moment (WITA)",
    "Perlu diperpanjang": "Due for renewal", "Perlu perhatian": "Needs attention",
    "Perpanjang": "Renew", "Perpanjang {n}": "Renew {n}", "Perubahan kursi": "Seat change",
    "Peserta": "Workers", "Peserta aktif": "Active members",
    "Peserta aktif per bulan": "Active members per month",
    "Peserta aktif per kecamatan": "Active members per kecamatan",
    "Pilih berkas…": "Choose file…", "Pilih daftar pekerja": "Choose a worker list",
    "Pilih kolom untuk: {f}": "Choose a column for: {f}",
    "Pilih seorang pekerja untuk melihat data dan riwayatnya.":
        "Select a worker to see their details and history.",
    "Pratinjau / cetak": "Preview / print", "Program": "Programme", "Ringkasan": "Summary",
    "Riwayat utuh: tidak ada peristiwa yang diubah.": "History intact: no event was altered.",
    "Saring": "Filter", "Seluruh kota": "Whole city", "Semua desil": "All deciles",
    "Semua kecamatan": "All kecamatan", "Semua pekerjaan": "All occupations",
    "Semua program": "All programmes", "Semua status": "All statuses", "Setujui": "Approve",
    "Setujui usulan {c}": "Approve proposal {c}", "Simpan laporan": "Save report",
    "Simpan pengaturan": "Save settings", "Simpan sebagai…": "Save as…", "Sisa": "Free",
    "Sisa hari": "Days left", "Status": "Status", "Sumber keterangan": "Source of the record",
    "Tahun": "Year", "Tahun anggaran": "Fiscal year",
    "Tambah (+) atau kurangi (−) kursi": "Add (+) or remove (−) seats",
    "Tampilan dan sesi": "Display and session", "Tampilkan keadaan saat itu": "Show that moment",
    "Tanggal bayar": "Payment date", "Tanggal berhenti": "End date",
    "Tanggal kejadian": "Incident date", "Tanggal meninggal": "Date of death",
    "Tanggal padan": "Match date", "Tanggal pengajuan": "Submission date",
    "Tanggal penolakan": "Refusal date", "Tanggal tanda tangan": "Signing date",
    "Tanggal tanda tangan adendum": "Addendum signing date",
    "Target cakupan semesta": "Universal coverage target", "Tempat kejadian": "Place",
    "Terjadi kesalahan yang tidak terduga. Perubahan Anda tidak disimpan. Coba lagi; jika "
    "terulang, kirim berkas log dari folder {folder} ke admin.":
        "An unexpected error occurred. Your change was not saved. Try again; if it happens "
        "again, send the log file in {folder} to the admin.",
    "Terpakai": "Used", "Tidak ada yang perlu ditindaklanjuti.": "Nothing needs attention.",
    "Tidak dapat dilanjutkan": "Cannot continue", "Tolak": "Refuse",
    "Tolak usulan {c}": "Refuse proposal {c}", "Umur": "Age", "Uraian": "Description",
    "Usulan": "Proposal", "Usulan perubahan yang menunggu keputusan":
        "Proposed changes awaiting a decision",
    "Usulkan perubahan kuota {q}": "Propose a change to quota {q}",
    "Usulkan perubahan kursi": "Propose seat change", "Waktu (WITA)": "Time (WITA)",
    "Wilayah": "Area", "Workstation": "Workstation", "dari {s} kursi kuota": "of {s} quota seats",
    "hanya PostgreSQL; disimpan di keyring Windows":
        "PostgreSQL only; kept in the Windows keyring",
    "kosong: berkas SQLite di folder data pengguna; atau postgresql://user@host/db":
        "empty: the SQLite file in the user's data folder; or postgresql://user@host/db",
    "target cakupan {t}": "coverage target {t}",
    "{d} dari {t} baris diproses": "{d} of {t} rows processed",
    "{n} berakhir dalam {d} hari — perlu diperpanjang": "{n} ends in {d} days — renew it",
    "{n} klaim menunggu tindak lanjut": "{n} claims awaiting action",
    "{n} pekerja": "{n} workers",
    "{d} baris diproses": "{d} rows processed",
    "{n} sudah kedaluwarsa": "{n} has expired",
    "{p} dari {w} pekerja; target {t}": "{p} of {w} workers; target {t}",
    "{q} — {label} (sisa {free} kursi)": "{q} — {label} ({free} seats free)",
    "{u} / {s} kursi": "{u} / {s} seats",
    "Agen Perisai": "Perisai agent", "Batal": "Cancel", "Data ganda": "Duplicate record",
    "Desil DTSEN": "DTSEN decile", "Instansi": "Office", "Jenis kelamin": "Sex",
    "Kata sandi": "Password", "Laki-laki": "Male", "Masuk ke Berjasa": "Sign in to Berjasa",
    "Meninggal dunia": "Died", "Menjadi pekerja formal": "Became a formal worker",
    "Menunggu": "Pending", "NIK (16 digit)": "NIK (16 digits)", "Nama lengkap": "Full name",
    "Nama pengguna": "User name", "Nama pengguna admin": "Admin user name", "No HP": "Phone",
    "Padan": "Matched", "Penyiapan pertama Berjasa": "Setting up Berjasa",
    "Penyimpanan ini masih kosong. Buat akun admin pertama; admin kemudian menambahkan akun "
    "operator, supervisor dan auditor.":
        "This store is empty. Create the first admin account; the admin then adds the "
        "operator, supervisor and auditor accounts.",
    "Perempuan": "Female", "Pindah domisili": "Moved away", "Salah input": "Entry error",
    "Sesi dikunci karena tidak ada aktivitas. Masukkan kata sandi untuk melanjutkan.":
        "The session was locked after a period without activity. Enter your password to "
        "continue.",
    "Sesi terkunci": "Session locked", "Simpan": "Save", "Tanggal lahir": "Date of birth",
    "Tidak ditemukan": "Not found", "Riwayat": "History", "Ulangi kata sandi": "Repeat password",
    # --- second round: Laporan preview, Kebijakan, Pengguna, integrity check ---
    "Akun pengguna": "User accounts", "belum dicatat": "not recorded",
    "Tentang Berjasa": "About Berjasa",
    ("Target cakupan dan jumlah pekerja kota (BPS) dicatat di Laporan → Kebijakan, "
     "dengan sumbernya."):
        "The coverage target and the city's workforce (BPS) are recorded under Reports → "
        "Policy, with their sources.",
    'Memeriksa rantai hash riwayat…':
        "Checking the history's hash chain…",
    'Riwayat utuh: {n} peristiwa diperiksa, tidak ada yang diubah, dihapus atau disisipkan.':
        'History intact: {n} events checked, none altered, deleted or inserted.',
    ('PERINGATAN: riwayat tidak utuh mulai peristiwa #{p} ({problem}). '
     'Laporkan ke admin dan inspektorat.'):
        ('WARNING: history not intact from event #{p} ({problem}). Report it to '
         'the admin and the inspectorate.'),
    'Tanggal':
        'Date',
    'Tentang':
        'Subject',
    'Nilai':
        'Amount',
    'Pekerja (penyebut)':
        'Workers (denominator)',
    'Sumber':
        'Source',
    'Target cakupan':
        'Coverage target',
    'Dasar target':
        'Basis of target',
    'Catat regulasi':
        'Record regulation',
    'Cabut regulasi':
        'Revoke regulation',
    'Catat pagu APBD':
        'Record APBD budget',
    'Catat realisasi bayar':
        'Record payment made',
    'Jumlah pekerja (BPS)':
        'Workforce (BPS)',
    'Kepala dinas':
        'Head of office',
    'Regulasi':
        'Regulations',
    'Anggaran APBD: pagu dan realisasi':
        'APBD budget: allocated and paid',
    'Cakupan semesta: penyebut dan target':
        'Universal coverage: denominator and target',
    'Penandatangan dossier':
        'Dossier signatory',
    'Pagu':
        'Allocated',
    'Realisasi':
        'Paid',
    '{name}\nNIP {nip}\n{title}':
        '{name}\nNIP {nip}\n{title}',
    ('Belum dicatat. Dossier Paritrana memerlukan nama dan NIP kepala dinas '
     'untuk blok tanda tangan.'):
        ("Not recorded yet. The Paritrana dossier needs the head of office's "
         'name and NIP for its signature block.'),
    'Tanggal ditetapkan':
        'Date issued',
    'Berlaku':
        'In force',
    'Rancangan':
        'Draft',
    'Cabut {kind} {number}':
        'Revoke {kind} {number}',
    'Alasan pencabutan':
        'Reason for revoking',
    'Pagu (rupiah)':
        'Budget (rupiah)',
    'Dokumen (DPA/APBD-P)':
        'Document (DPA/APBD-P)',
    'Nilai dibayar (rupiah)':
        'Amount paid (rupiah)',
    'Nomor SP2D/bukti bayar':
        'SP2D/receipt number',
    'Bulan yang dibayar (TTTT-BB, pisahkan koma)':
        'Months paid (YYYY-MM, separated by commas)',
    'Alasan, bila bulan itu sudah dibayar SP2D lain':
        'Reason, if another SP2D already paid that month',
    'Bulan dibayar':
        'Months paid',
    'Keterangan':
        'Note',
    'Jumlah seluruh pekerja':
        'All workers in the city',
    'Sumber data':
        'Data source',
    'Target cakupan (%)':
        'Coverage target (%)',
    'NIP (18 digit)':
        'NIP (18 digits)',
    'Jabatan':
        'Title',
    'Kebijakan (Paritrana)':
        'Policy (Paritrana)',
    'Cakupan per tanggal':
        'Coverage on date',
    'Data seperti pada':
        'Data as of',
    'semua pekerja':
        'all workers',
    'Periode':
        'Period',
    'Cetak…':
        'Print…',
    'Simpan…':
        'Save…',
    'Pratinjau laporan tampil di sini.':
        'The report preview appears here.',
    '{pages} halaman · data per {as_of} · posisi {position}\nSidik: {fp}':
        '{pages} pages · data as of {as_of} · position {position}\nFingerprint: {fp}',
    'Cetak laporan':
        'Print report',
    '{n} halaman dikirim ke pencetak.':
        '{n} pages sent to the printer.',
    'Tidak dapat menyimpan ke {f}: {e}':
        'Cannot save to {f}: {e}',
    'Umum':
        'General',
    'Peran':
        'Role',
    'Nonaktif':
        'Disabled',
    'Terkunci sampai':
        'Locked until',
    'Admin':
        'Admin',
    'Supervisor':
        'Supervisor',
    'Operator':
        'Operator',
    'Auditor':
        'Auditor',
    'Tambah pengguna':
        'Add user',
    'Ubah peran':
        'Change role',
    'Reset kata sandi':
        'Reset password',
    'Nonaktifkan':
        'Disable',
    ('Akun tidak pernah dihapus: akun yang dinonaktifkan tetap tercatat di '
     'riwayat. Admin terakhir tidak dapat dinonaktifkan.'):
        ('Accounts are never deleted: a disabled account stays in the history. '
         'The last admin cannot be disabled.'),
    'Aktifkan':
        'Enable',
    'Kata sandi awal':
        'Initial password',
    'Peran baru':
        'New role',
    'Ubah peran {u}':
        'Change role of {u}',
    'Kata sandi baru':
        'New password',
    'Sampaikan kata sandi baru langsung kepada pemilik akun; minta ia menggantinya setelah masuk.':
        ("Give the new password to the account's owner in person; ask them to "
         'change it after signing in.'),
    'Reset kata sandi {u}':
        'Reset password of {u}',
    'Aktifkan {u}':
        'Enable {u}',
    'Nonaktifkan {u}':
        'Disable {u}',
    'Telepon':
        'Phone',
    'Menyiapkan penyimpanan demo (sekali saja, sekitar setengah menit)…':
        'Preparing the demo store (once only, about half a minute)…',
    'Memeriksa rantai hash riwayat dan snapshot…':
        "Checking the history's hash chain and snapshots…",
    'PERINGATAN: ':
        'WARNING: ',
    'Cadangan data':
        'Data backup',
    'Versi':
        'Version',
    'Paket':
        'Package',
    'sumber (bukan build resmi)':
        'source (not an official build)',
    'dari kode sumber':
        'from source code',
    'terpasang (beku)':
        'installed (frozen)',
    ('Salin seluruh riwayat penyimpanan ke satu berkas, lalu simpan di disk lain atau '
     'flashdisk. Berkas itu dapat dibuka dan diperiksa di workstation mana pun, dan '
     'tetap terenkripsi bila penyimpanannya terenkripsi.'):
        ("Copy the store's whole history into one file, then keep it on another disk or "
         'a USB drive. The file opens and can be checked on any workstation, and stays '
         'encrypted when the store is encrypted.'),
    'Buat cadangan…':
        'Make a backup…',
    'Simpan cadangan':
        'Save backup',
    'Penyimpanan Berjasa (*.db)':
        'Berjasa store (*.db)',
    'Membuat cadangan ke {f}…':
        'Backing up to {f}…',
    'Cadangan tersimpan di {f}: {n} peristiwa, rantai integritas utuh.':
        'Backup saved to {f}: {n} events, integrity chain intact.',
    # --- money/billing (issue 17)
    "Tagihan": "Billing", "Tagihan iuran": "Contribution bill", "Bulan": "Month",
    "Ekspor daftar tagihan…": "Export bill list…",
    "Impor tagihan BPJS…": "Import BPJS invoice…",
    "Pekerja": "Workers", "Iuran": "Contribution",
    "Anggaran tahun ini": "This year's budget",
    "Rekonsiliasi tagihan BPJS": "Reconciliation of BPJS's invoice",
    "Belum ada tagihan BPJS yang diimpor untuk bulan ini.":
        "No BPJS invoice has been imported for this month yet.",
    "Semua selisih": "All discrepancies", "Cocok": "Matched",
    "Hanya di tagihan BPJS": "Only in BPJS's invoice", "Hanya di tagihan kita": "Only in our bill",
    "Iuran berbeda": "Amount differs", "Baris": "Line",
    "Iuran BPJS": "BPJS amount", "Iuran kita": "Our amount",
    "{m}: {w} pekerja ditagihkan, {a}": "{m}: {w} workers billed, {a}",
    "Anggaran {y}": "Budget {y}", "Kebutuhan": "Need",
    "Terealisasi": "Realised",
    ("Terakhir direkonsiliasi: {f} oleh {u} — {n} baris, {c} cocok, {i} hanya di BPJS, "
     "{o} hanya di kita, {d} iuran berbeda"):
        ("Last reconciled: {f} by {u} — {n} lines, {c} matched, {i} only at BPJS, "
         "{o} only ours, {d} amounts differ"),
    "Simpan daftar tagihan": "Save bill list",
    "Buku kerja Excel (*.xlsx)": "Excel workbook (*.xlsx)",
    "diekspor ke {f}": "exported to {f}", "Pilih tagihan dari BPJS": "Choose BPJS's invoice",
    "Tagihan BPJS (*.xlsx *.xls *.ods *.csv)": "BPJS invoice (*.xlsx *.xls *.ods *.csv)",
    ("{f}: {n} baris, {c} cocok, {i} hanya di BPJS, {o} hanya di kita, {d} iuran berbeda; "
     "BPJS {a}, kita {b}. Selisih: {r}"):
        ("{f}: {n} lines, {c} matched, {i} only at BPJS, {o} only ours, {d} amounts differ; "
         "BPJS {a}, ours {b}. Discrepancies: {r}"),
    "Tagihan iuran {y}: ditagih · rekonsiliasi · dibayar":
        "Contributions {y}: billed · reconciled · paid",
    "Ditagih": "Billed", "Rekonsiliasi": "Reconciled",
    "Tunggakan: belum dibayar, jatuh tempo {d}": "Arrears: not paid, due {d}",
    "dari {s} kursi kuota {y}": "of {s} quota seats {y}",
    "Kebutuhan iuran {y}": "Contribution need {y}",
    "pagu {y} belum dicatat": "no {y} budget recorded",
    "pagu {p}; terealisasi {c}; dibayar {b}": "budget {p}; realised {c}; paid {b}",
    "Pagu iuran {y} belum dicatat (Kebijakan → Anggaran)":
        "No {y} contribution budget recorded (Policy → Budget)",
    "Tunggakan iuran: {m} ({a})": "Contribution arrears: {m} ({a})",
    # --- import wizard (issue 15)
    'Impor berkas':
        'Import a file',
    'Jenis berkas':
        'Kind of file',
    'Berkas Excel atau LibreOffice (.xlsx, .xls, .ods) atau CSV':
        'Excel or LibreOffice file (.xlsx, .xls, .ods) or CSV',
    ('<b>Sebelum menyimpan berkas:</b> format kolom NIK, KK, KPJ dan No HP '
     'sebagai <b>Teks</b>. Excel dan LibreOffice menyimpan angka hanya '
     'sampai 15 digit, sehingga NIK 16 digit yang diketik di sel angka '
     'kehilangan digit terakhirnya dan nomor HP kehilangan angka 0 di '
     'depannya. Baris seperti itu ditolak, tidak pernah ditebak.'):
        ('<b>Before saving the file:</b> format the NIK, KK, KPJ and phone '
         'columns as <b>Text</b>. Excel and LibreOffice keep only 15 digits of a'
         ' number, so a 16-digit NIK typed into a number cell loses its last '
         'digit and a phone number loses its leading 0. Such rows are refused, '
         'never guessed.'),
    ('Baris yang salah tidak diimpor dan dicatat di buku kerja penolakan '
     'beserta alasannya, di samping berkas yang diimpor.'):
        ('Rows with errors are not imported; they are listed with their reasons '
         'in a rejection workbook next to the imported file.'),
    'Daftar pekerja (didaftarkan ke kuota)':
        'Worker list (enrolled in a quota)',
    'Nomor KPJ dari BPJS (NIK, KPJ, tanggal)':
        'KPJ numbers from BPJS (NIK, KPJ, date)',
    'Hasil padan Dukcapil (NIK, status, tanggal)':
        'Dukcapil matching results (NIK, status, date)',
    'Desil DTSEN (NIK, desil, data per tanggal)':
        'DTSEN deciles (NIK, decile, as-of date)',
    'Nomor Induk Kependudukan (NIK)':
        'National ID number (NIK)',
    'Nomor HP/WA':
        'Phone/WhatsApp number',
    'Penyandang disabilitas':
        'Person with a disability',
    'Nomor Kartu Keluarga (KK)':
        'Family card number (KK)',
    'Status padan':
        'Matching status',
    'Tanggal terbit KPJ':
        'KPJ issue date',
    'Data per tanggal':
        'Data as of',
    'Buka foldernya':
        'Open its folder',
    'Pilih berkas':
        'Choose a file',
    'Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)':
        'Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)',
    '⚠ {h} (angka)':
        '⚠ {h} (number)',
    ('⚠ Kolom {c} disimpan sebagai angka di berkas ini. NIK, KK atau KPJ '
     'dari sel angka yang mungkin sudah dibulatkan (16 digit berakhiran 0) '
     'akan ditolak; nomor HP hanya diberi 0 di depan bila pasti nomor '
     'seluler. Sebaiknya format kolom itu sebagai Teks dan ketik ulang '
     'nomornya dari sumber.'):
        ('⚠ Column(s) {c} are stored as numbers in this file. A NIK, KK or KPJ '
         'from a number cell that may have been rounded (16 digits ending in 0) '
         'will be refused; a phone number gets its leading 0 back only when it '
         'is surely a mobile number. Better format those columns as Text and '
         'type the numbers again from the source.'),
    'Memeriksa baris berkas…':
        "Checking the file's rows…",
    ('Berkas ini berisi {v} baris yang lolos pemeriksaan, tetapi kuota {q} '
     'hanya dapat menampung {f} pekerja lagi. {f} baris pertama didaftarkan;'
     ' sisanya dicatat "melebihi kuota" di buku kerja penolakan.'):
        ('This file has {v} rows that pass the checks, but quota {q} can take '
         'only {f} more workers. The first {f} rows are enrolled; the rest are '
         'listed as "over quota" in the rejection workbook.'),
    '{v} baris lolos pemeriksaan; kuota masih cukup.':
        '{v} rows pass the checks; the quota has room for them.',
    'Dicatat: {n}':
        'Recorded: {n}',
    'Sudah tercatat sebelumnya (tidak diubah): {n}':
        'Already recorded (unchanged): {n}',
    'Buku kerja penolakan disimpan di:<br><b>{p}</b>':
        'The rejection workbook was saved at:<br><b>{p}</b>',
    'Tidak ada baris yang ditolak; tidak ada buku kerja penolakan.':
        'No row was refused; there is no rejection workbook.',
    ('Tidak ada program di komputer ini yang dapat membuka berkas .xlsx '
     '(pasang LibreOffice Calc atau Excel). Buku kerja tersimpan di: {p}'):
        ('No program on this computer opens .xlsx files (install LibreOffice '
         'Calc or Excel). The workbook is saved at: {p}'),
    'Folder tidak dapat dibuka. Buku kerja tersimpan di: {p}':
        'The folder cannot be opened. The workbook is saved at: {p}',
    # --- Tinjauan data, termination details, import warnings (issue 16) ---
    "Tinjauan data": "Data review",
    "Kemungkinan data ganda": "Possible duplicates",
    "Pekerjaan tidak dikenal": "Unknown occupations",
    "Nama, tanggal lahir dan kelurahan sama dengan NIK berbeda: biasanya NIK yang dirusak "
    "spreadsheet. Periksa KTP/KK, lalu catat satu data sebagai ganda atau nyatakan mereka "
    "orang yang berbeda.":
        "Same name, birth date and kelurahan under different NIKs: usually a NIK damaged by "
        "a spreadsheet. Check the ID and family cards, then record one as a duplicate or "
        "state that they are different people.",
    "Catat sebagai data ganda…": "Record as a duplicate…",
    "Catat sebagai data ganda": "Record as a duplicate",
    "Orang yang berbeda…": "Different people…",
    "Orang yang berbeda": "Different people",
    "Pekerjaan ini tidak ada di daftar pekerjaan dan sinonimnya, sehingga tidak dihitung "
    "dalam segmen mana pun. Koreksi pekerjaannya di Peserta, atau minta admin menambahkan "
    "sebutan itu ke daftar.":
        "These occupations are not in the list of occupations and their other names, so "
        "they count in no segment. Correct the occupation in Workers, or ask an admin to add "
        "the name to the list.",
    "Nama, tanggal lahir, kelurahan sama": "Same name, birth date, kelurahan",
    "{n} kelompok": "{n} groups",
    "{n} pekerja dengan pekerjaan tidak dikenal": "{n} workers with an unknown occupation",
    "Data yang ganda (kepesertaannya berakhir)": "Duplicate record (its enrolments end)",
    "Data yang dipertahankan": "Record to keep",
    "Alasan (bukti yang diperiksa)": "Reason (evidence checked)",
    "Nyatakan {names} sebagai orang yang berbeda.": "State that {names} are different people.",
    "Pemberi kerja baru (formal)": "New employer (formal)",
    "Nomor KPJ baru (formal)": "New KPJ number (formal)",
    "Domisili baru (pindah)": "New domicile (moved)",
    "NIK data yang dipertahankan (data ganda)": "NIK of the record kept (duplicate)",
    "Data ganda dari NIK": "Duplicate of NIK",
    "Didaftarkan dengan peringatan (lihat lembar Peringatan): {n}":
        "Enrolled with a warning (see the Peringatan sheet): {n}",
    # --- claims: benefits, deaths, heirs, follow-up (issue 18)
    "{n} klaim terlambat ditindaklanjuti": "{n} claims overdue for follow-up",
    "Perlu verifikasi": "Needs verification",
    "Menunggu konfirmasi bayar": "Payment awaiting confirmation",
    "Verifikasi supervisor": "Supervisor's verification",
    "Pengajuan ke BPJS": "Submission to BPJS", "Pembayaran BPJS": "BPJS payment",
    "Konfirmasi supervisor": "Supervisor's confirmation",
    "Santunan sekaligus": "Lump sum", "Santunan berkala": "Periodic benefit (paid at once)",
    "Biaya pemakaman": "Funeral costs",
    "Beasiswa (per jenjang per tahun)": "Scholarship (per school level per year)",
    "Santunan kematian": "Death benefit", "Perawatan (sesuai biaya)": "Medical care (at cost)",
    "Santunan tidak mampu bekerja": "Income replacement (unable to work)",
    "Santunan cacat": "Disability benefit",
    "Cari kode klaim, NIK atau nama…": "Search claim code, NIK or name…",
    "Verifikasi": "Verify", "Konfirmasi pembayaran": "Confirm payment",
    "Akibat (JKK)": "Outcome (JKK)", "Cedera / sakit": "Injury / illness",
    "Meninggal karena kecelakaan kerja": "Died in a work accident",
    "Hari tidak mampu bekerja (JKK)": "Days unable to work (JKK)",
    "Persentase cacat (JKK)": "Disability percentage (JKK)",
    "Nama ahli waris (kematian)": "Heir's name (death)",
    "NIK ahli waris (kematian)": "Heir's NIK (death)",
    "Hari": "Days", "Manfaat diusulkan": "Proposed benefits",
    "sesuai ketentuan": "as the rules provide", "Usulan: {a}": "Proposed: {a}",
    "Masa iur: {n} bulan": "Contribution period: {n} months",
    "Ahli waris: {n} ({r})": "Heir: {n} ({r})",
    "Umur {d} hari; menunggu: {s}": "Open {d} days; waiting for: {s}",
    "Terlambat ditindaklanjuti": "Overdue for follow-up",
    "Alasan bila ahli waris bukan urutan pertama":
        "Reason when the heir is not first in the legal order",
    "Alasan bila berbeda dari usulan": "Reason when it differs from the proposal",
    "Keputusan": "Decision", "Kepesertaan terbukti: lanjutkan": "Coverage proven: continue",
    "Tolak klaim": "Reject the claim", "Verifikasi {c}": "Verify {c}",
    "Konfirmasi pembayaran {c}": "Confirm the payment of {c}",
    "Ahli waris": "Heirs", "Nama ahli waris": "Heir's name", "NIK ahli waris": "Heir's NIK",
    # --- shell, forms, encryption (issue 20) ---
    "Keluar / ganti pengguna": "Sign out / switch user", "{name} · {role}": "{name} · {role}",
    "Buka kunci": "Unlock", "Masuk": "Sign in", "Tutup": "Close",
    "paling banyak {n} karakter": "at most {n} characters",
    "Daftarkan": "Register", "Tersimpan: {name}, NIK {nik}.": "Saved: {name}, NIK {nik}.",
    "— pilih —": "— choose —", "Wajib diisi: {fields}.": "Required: {fields}.",
    "Saya mengerti: buat penyimpanan TANPA enkripsi":
        "I understand: create the store WITHOUT encryption",
    "PERHATIAN: tidak ada kunci enkripsi di komputer ini (tidak ada keyring, tidak ada "
    "BERJASA_KEY), jadi data pribadi pekerja akan tersimpan TANPA enkripsi. Untuk "
    "membuat kunci: jalankan Berjasa di akun Windows yang memakai Credential Manager, "
    "atau isi variabel BERJASA_KEY, atau impor kunci kantor dengan "
    "'berjasa-admin key import BERKAS'; lalu buka Berjasa lagi.":
        "WARNING: there is no encryption key on this computer (no keyring, no "
        "BERJASA_KEY), so the workers' personal data would be stored WITHOUT encryption. "
        "To make a key: run Berjasa in a Windows account that uses the Credential "
        "Manager, or set the BERJASA_KEY variable, or import the office's key with "
        "'berjasa-admin key import FILE'; then open Berjasa again.",
    "Enkripsi": "Encryption", "TIDAK terenkripsi.": "NOT encrypted.",
    "Terenkripsi (AES); kuncinya di keyring atau BERJASA_KEY. "
    "Simpan salinan kunci: berjasa-admin key export BERKAS.":
        "Encrypted (AES); the key is in the keyring or BERJASA_KEY. "
        "Keep a copy of the key: berjasa-admin key export FILE.",
    "Tidak terenkripsi (penyimpanan sementara di memori).":
        "Not encrypted (a temporary store in memory).",
    # --- Kotak masuk (issue 20) ---
    "Kotak masuk": "Inbox", "Perubahan kursi kuota": "Change of quota seats",
    "Tagihan belum dicocokkan": "Bill not reconciled", "Verifikasi klaim": "Claim verification",
    "Konfirmasi pembayaran klaim": "Confirmation of a claim payment",
    "{delta:+} kursi mulai {day}, biaya {cost}": "{delta:+} seats from {day}, cost {cost}",
    "Tagihan {amount}{late}": "Bill {amount}{late}", ", tertunggak": ", in arrears",
    "{name}, {programme}, usulan {amount}": "{name}, {programme}, proposed {amount}",
    "Rincian": "Details", "Buka untuk diputuskan": "Open to decide",
    "{n} keputusan menunggu": "{n} decisions waiting", "Kursi sekarang": "Seats now",
    "Usulan Anda sendiri: supervisor lain yang memutuskan.":
        "Your own proposal: another supervisor decides.",
    "{n} keputusan menunggu di Kotak masuk": "{n} decisions waiting in the Inbox",
    # A second person for every seat (issue 23)
    "belum dikonfirmasi": "not confirmed", "pembukaan ditolak": "opening refused",
    "Pembukaan": "Opening", "Setujui pembukaan": "Confirm opening",
    "Tolak pembukaan": "Refuse opening", "Pembukaan kuota": "Quota opening",
    "Setujui pembukaan kuota {q}": "Confirm the opening of quota {q}",
    "Tolak pembukaan kuota {q}": "Refuse the opening of quota {q}",
    "{seats} kursi belum dikonfirmasi": "{seats} seats not confirmed",
    # --- worker lookup, decisions (issue 20) ---
    "Peserta (NIK atau nama)": "Worker (NIK or name)",
    "Peserta yang dipilih": "Selected worker",
    "NIK 16 digit atau bagian nama": "16-digit NIK or part of the name",
    "{name} · NIK {nik} · {kelurahan}, {kecamatan}":
        "{name} · NIK {nik} · {kelurahan}, {kecamatan}",
    "Laporkan": "Report",
    "Diganti": "Replaced",
    "Koreksi bulan yang ditutup": "Correction of a closed month",
    "Setujui koreksi": "Approve the correction", "Tolak koreksi": "Refuse the correction",
    "Setujui koreksi {c}": "Approve correction {c}", "Tolak koreksi {c}": "Refuse correction {c}",
    "Bulan {month}: {reason}": "Month {month}: {reason}",
    # --- time travel: the timeline, "Bandingkan dua saat" (issue 21)
    "Geser untuk melihat data seperti pada saat itu":
        "Slide to see the data as it stood at that moment",
    "Saat (WITA):": "Moment (WITA):",
    "hh-bb-tttt jj.mm": "dd-mm-yyyy hh.mm",
    "Ketik tanggal dan jam WITA, mis. 15-01-2025 10.30, lalu tekan Enter":
        "Type a date and time in WITA, e.g. 15-01-2025 10.30, then press Enter",
    "saat ini": "now",
    "Lompat ke peristiwa penting…": "Jump to a key event…",
    "Bandingkan dua saat…": "Compare two moments…",
    "Bandingkan dua saat": "Compare two moments",
    "Pekerja terdaftar": "Registered workers",
    "Peserta per program": "Members by programme",
    "Peserta per kecamatan": "Members by kecamatan",
    "Peserta per segmen": "Members by segment",
    "Peserta per jenis kelamin": "Members by sex",
    "Kuota (kursi, terpakai)": "Quotas (seats, used)",
    "Klaim per status": "Claims by state",
    "Tanggal dan jam WITA, mis. 15-01-2025 10.30": "Date and time in WITA, e.g. 15-01-2025 10.30",
    "Saat pertama (WITA):": "First moment (WITA):",
    "Saat kedua (WITA):": "Second moment (WITA):",
    "Satu tanggal cakupan untuk keduanya:": "One coverage date for both:",
    "Bandingkan": "Compare",
    "Tanpa tanggal cakupan, angka tiap saat dihitung pada tanggalnya sendiri.":
        "Without a coverage date, each moment's figures are counted on its own date.",
    "Angka": "Figure",
    "Dari": "From",
    "Menjadi": "To",
    "Dijelaskan oleh": "Explained by",
    "Angka yang berubah": "Figures that changed",
    "Peristiwa yang menjelaskannya": "The events that explain them",
    "Menyusun keadaan kedua saat…": "Building the state at both moments…",
    "{events} peristiwa tercatat di antara kedua saat (posisi {a} sampai {b}); "
    "{changed} angka berubah.":
        "{events} events recorded between the two moments (positions {a} to {b}); "
        "{changed} figures changed.",
    "tanggal cakupan": "the coverage date",
    "peristiwa di bawah": "the events below",

    # --- report names in the interface (the documents are Indonesian; issue 20) ---
    "Dossier Paritrana Award": "Paritrana Award dossier",
    "Daftar Peserta Makassar Berjasa": "Makassar Berjasa worker roster",
    "Rekap Kuota": "Quota summary", "Laporan Klaim": "Claims report",
    "Status MoU/PKS": "MoU/PKS status", "Ekstrak Jejak Audit": "Audit trail extract",
    "L": "M", "P": "F",  # the recorded sex code: laki-laki / perempuan
}


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in EN:
            translation.text = EN[source]
            translation.attrib.pop("type", None)
        elif translation.attrib.get("type") == "unfinished":
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   check=True)
    for source in missing:
        print("untranslated:", source, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
