<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/audit.py" line="99" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="100" />
        <source>Perjalanan waktu: lihat data seperti pada suatu saat (WITA)</source>
        <translation>Time travel: see the data as it was at a moment (WITA)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="108" />
        <source>Tampilkan keadaan saat itu</source>
        <translation>Show that moment</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="110" />
        <source>Kembali ke saat ini</source>
        <translation>Back to the present</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="116" />
        <source>Periksa keutuhan riwayat</source>
        <translation>Verify history integrity</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="138" />
        <source>Bandingkan dua saat…</source>
        <translation>Compare two moments…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="154" />
        <location filename="../pages/audit.py" line="170" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="156" />
        <source>Jenis peristiwa (mis. Peserta.Registered)</source>
        <translation>Event type (e.g. Peserta.Registered)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="158" />
        <source>NIK pekerja</source>
        <translation>Worker NIK</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="159" />
        <source>Saring</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="169" />
        <source>Waktu (WITA)</source>
        <translation>Time (WITA)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="171" />
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="172" />
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="173" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="174" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="175" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="216" />
        <source>{n} peristiwa</source>
        <translation>{n} events</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="348" />
        <source>Memeriksa rantai hash riwayat dan snapshot…</source>
        <translation>Checking the history's hash chain and snapshots…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="387" />
        <location filename="../pages/audit.py" line="393" />
        <source>PERINGATAN: </source>
        <translation>WARNING: </translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="377" />
        <source>Riwayat utuh: {n} peristiwa diperiksa, tidak ada yang diubah, dihapus atau disisipkan.</source>
        <translation>History intact: {n} events checked, none altered, deleted or inserted.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="295" />
        <source>Memuat keadaan pada {moment}…</source>
        <translation>Loading the state at {moment}…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="381" />
        <source>PERINGATAN: riwayat tidak utuh mulai peristiwa #{p} ({problem}). Laporkan ke admin dan inspektorat.</source>
        <translation>WARNING: history not intact from event #{p} ({problem}). Report it to the admin and the inspectorate.</translation>
    </message>
</context>
<context>
    <name>BerandaPage</name>
    <message>
        <location filename="../pages/beranda.py" line="131" />
        <source>Beranda</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="141" />
        <source>Pemakaian kuota</source>
        <translation>Quota use</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="144" />
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="148" />
        <source>Tagihan iuran</source>
        <translation>Contribution bill</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="152" />
        <source>Peserta aktif per bulan</source>
        <translation>Active members per month</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="153" />
        <source>Peserta aktif per kecamatan</source>
        <translation>Active members per kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="209" />
        <source>belum dicatat</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="210" />
        <source>target cakupan {t}</source>
        <translation>coverage target {t}</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="212" />
        <source>{p} dari {w} pekerja; target {t}</source>
        <translation>{p} of {w} workers; target {t}</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="215" />
        <source>Peserta aktif</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="219" />
        <source>dari {s} kursi kuota {y}</source>
        <translation>of {s} quota seats {y}</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="226" />
        <source>Kebutuhan iuran {y}</source>
        <translation>Contribution need {y}</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="229" />
        <source>pagu {y} belum dicatat</source>
        <translation>no {y} budget recorded</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="231" />
        <source>pagu {p}; terealisasi {c}; dibayar {b}</source>
        <translation>budget {p}; realised {c}; paid {b}</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="241" />
        <source>Tagihan iuran {y}: ditagih · rekonsiliasi · dibayar</source>
        <translation>Contributions {y}: billed · reconciled · paid</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="243" />
        <source>Ditagih</source>
        <translation>Billed</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="243" />
        <source>Rekonsiliasi</source>
        <translation>Reconciled</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="243" />
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="252" />
        <source>Tunggakan: belum dibayar, jatuh tempo {d}</source>
        <translation>Arrears: not paid, due {d}</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="272" />
        <source>{u} / {s} kursi</source>
        <translation>{u} / {s} seats</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="276" />
        <source>Belum ada kuota.</source>
        <translation>No quotas yet.</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="294" />
        <source>{n} keputusan menunggu di Kotak masuk</source>
        <translation>{n} decisions waiting in the Inbox</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="298" />
        <source>{n} berakhir dalam {d} hari — perlu diperpanjang</source>
        <translation>{n} ends in {d} days — renew it</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="301" />
        <source>{n} sudah kedaluwarsa</source>
        <translation>{n} has expired</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="308" />
        <source>{n} klaim terlambat ditindaklanjuti</source>
        <translation>{n} claims overdue for follow-up</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="310" />
        <source>{n} klaim menunggu tindak lanjut</source>
        <translation>{n} claims awaiting action</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="312" />
        <source>Pagu iuran {y} belum dicatat (Kebijakan → Anggaran)</source>
        <translation>No {y} contribution budget recorded (Policy → Budget)</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="316" />
        <source>Tunggakan iuran: {m} ({a})</source>
        <translation>Contribution arrears: {m} ({a})</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="319" />
        <source>Tidak ada yang perlu ditindaklanjuti.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="328" />
        <source>Belum ada peserta aktif.</source>
        <translation>No active members yet.</translation>
    </message>
</context>
<context>
    <name>CadanganPanel</name>
    <message>
        <location filename="../pages/cadangan.py" line="42" />
        <source>Cadangan data</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <location filename="../pages/cadangan.py" line="48" />
        <source>Salin seluruh riwayat penyimpanan ke satu berkas, lalu simpan di disk lain atau flashdisk. Berkas itu dapat dibuka dan diperiksa di workstation mana pun, dan tetap terenkripsi bila penyimpanannya terenkripsi.</source>
        <translation>Copy the store's whole history into one file, then keep it on another disk or a USB drive. The file opens and can be checked on any workstation, and stays encrypted when the store is encrypted.</translation>
    </message>
    <message>
        <location filename="../pages/cadangan.py" line="55" />
        <source>Buat cadangan…</source>
        <translation>Make a backup…</translation>
    </message>
    <message>
        <location filename="../pages/cadangan.py" line="78" />
        <source>Simpan cadangan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <location filename="../pages/cadangan.py" line="78" />
        <source>Penyimpanan Berjasa (*.db)</source>
        <translation>Berjasa store (*.db)</translation>
    </message>
    <message>
        <location filename="../pages/cadangan.py" line="93" />
        <source>Membuat cadangan ke {f}…</source>
        <translation>Backing up to {f}…</translation>
    </message>
    <message>
        <location filename="../pages/cadangan.py" line="105" />
        <source>Cadangan tersimpan di {f}: {n} peristiwa, rantai integritas utuh.</source>
        <translation>Backup saved to {f}: {n} events, integrity chain intact.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../compare.py" line="62" />
        <source>Bandingkan dua saat</source>
        <translation>Compare two moments</translation>
    </message>
    <message>
        <location filename="../compare.py" line="69" />
        <source>Peserta aktif</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../compare.py" line="70" />
        <source>Pekerja terdaftar</source>
        <translation>Registered workers</translation>
    </message>
    <message>
        <location filename="../compare.py" line="71" />
        <source>Peserta per program</source>
        <translation>Members by programme</translation>
    </message>
    <message>
        <location filename="../compare.py" line="72" />
        <source>Peserta per kecamatan</source>
        <translation>Members by kecamatan</translation>
    </message>
    <message>
        <location filename="../compare.py" line="73" />
        <source>Peserta per segmen</source>
        <translation>Members by segment</translation>
    </message>
    <message>
        <location filename="../compare.py" line="74" />
        <source>Peserta per jenis kelamin</source>
        <translation>Members by sex</translation>
    </message>
    <message>
        <location filename="../compare.py" line="75" />
        <source>Kuota (kursi, terpakai)</source>
        <translation>Quotas (seats, used)</translation>
    </message>
    <message>
        <location filename="../compare.py" line="76" />
        <source>Klaim per status</source>
        <translation>Claims by state</translation>
    </message>
    <message>
        <location filename="../compare.py" line="87" />
        <source>Tanggal dan jam WITA, mis. 15-01-2025 10.30</source>
        <translation>Date and time in WITA, e.g. 15-01-2025 10.30</translation>
    </message>
    <message>
        <location filename="../compare.py" line="89" />
        <source>Saat pertama (WITA):</source>
        <translation>First moment (WITA):</translation>
    </message>
    <message>
        <location filename="../compare.py" line="90" />
        <source>Saat kedua (WITA):</source>
        <translation>Second moment (WITA):</translation>
    </message>
    <message>
        <location filename="../compare.py" line="92" />
        <source>Satu tanggal cakupan untuk keduanya:</source>
        <translation>One coverage date for both:</translation>
    </message>
    <message>
        <location filename="../compare.py" line="101" />
        <source>Bandingkan</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../compare.py" line="106" />
        <source>Tanpa tanggal cakupan, angka tiap saat dihitung pada tanggalnya sendiri.</source>
        <translation>Without a coverage date, each moment's figures are counted on its own date.</translation>
    </message>
    <message>
        <location filename="../compare.py" line="110" />
        <source>Angka</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../compare.py" line="110" />
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../compare.py" line="110" />
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../compare.py" line="110" />
        <source>Menjadi</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../compare.py" line="111" />
        <source>Dijelaskan oleh</source>
        <translation>Explained by</translation>
    </message>
    <message>
        <location filename="../compare.py" line="113" />
        <source>Waktu (WITA)</source>
        <translation>Time (WITA)</translation>
    </message>
    <message>
        <location filename="../compare.py" line="113" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../compare.py" line="113" />
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../compare.py" line="114" />
        <location filename="../compare.py" line="115" />
        <source>Angka yang berubah</source>
        <translation>Figures that changed</translation>
    </message>
    <message>
        <location filename="../compare.py" line="114" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../compare.py" line="117" />
        <source>Peristiwa yang menjelaskannya</source>
        <translation>The events that explain them</translation>
    </message>
    <message>
        <location filename="../compare.py" line="121" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../compare.py" line="169" />
        <source>Menyusun keadaan kedua saat…</source>
        <translation>Building the state at both moments…</translation>
    </message>
    <message>
        <location filename="../compare.py" line="183" />
        <source>{events} peristiwa tercatat di antara kedua saat (posisi {a} sampai {b}); {changed} angka berubah.</source>
        <translation>{events} events recorded between the two moments (positions {a} to {b}); {changed} figures changed.</translation>
    </message>
    <message>
        <location filename="../compare.py" line="194" />
        <source>tanggal cakupan</source>
        <translation>the coverage date</translation>
    </message>
    <message>
        <location filename="../compare.py" line="195" />
        <source>peristiwa di bawah</source>
        <translation>the events below</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../forms.py" line="49" />
        <source>Wajib diisi: {fields}.</source>
        <translation>Required: {fields}.</translation>
    </message>
    <message>
        <location filename="../forms.py" line="137" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../forms.py" line="140" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../forms.py" line="198" />
        <source>paling banyak {n} karakter</source>
        <translation>at most {n} characters</translation>
    </message>
    <message>
        <location filename="../forms.py" line="216" />
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>ImporPage</name>
    <message>
        <location filename="../pages/impor.py" line="97" />
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="98" />
        <location filename="../pages/impor.py" line="351" />
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="121" />
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="124" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="127" />
        <source>Daftarkan ke kuota</source>
        <translation>Enrol in quota</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="261" />
        <source>Batalkan impor</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="281" />
        <source>Buka buku kerja penolakan</source>
        <translation>Open rejection workbook</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="293" />
        <source>Impor berkas lain</source>
        <translation>Import another file</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="331" />
        <source>{q} — {label} (sisa {free} kursi)</source>
        <translation>{q} — {label} ({free} seats free)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="343" />
        <source>Langkah 1 dari 4: pilih berkas dan kuota</source>
        <translation>Step 1 of 4: file and quota</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="344" />
        <source>Langkah 2 dari 4: periksa pratinjau dan pemetaan kolom</source>
        <translation>Step 2 of 4: check the preview and the column mapping</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="345" />
        <source>Langkah 3 dari 4: mengimpor</source>
        <translation>Step 3 of 4: importing</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="346" />
        <source>Langkah 4 dari 4: hasil</source>
        <translation>Step 4 of 4: result</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="351" />
        <source>Mulai impor</source>
        <translation>Start import</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="373" />
        <source>Belum ada kuota terbuka; minta supervisor membuka kuota lebih dulu.</source>
        <translation>No quota is open yet; ask a supervisor to open one first.</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="408" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="464" />
        <source>Pilih kolom untuk: {f}</source>
        <translation>Choose a column for: {f}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="514" />
        <source>Membaca dan memeriksa {name}…</source>
        <translation>Reading and checking {name}…</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="535" />
        <source>{d} baris diproses</source>
        <translation>{d} rows processed</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="540" />
        <source>{d} dari {t} baris diproses</source>
        <translation>{d} of {t} rows processed</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="546" />
        <source>Menghentikan setelah kelompok baris ini…</source>
        <translation>Stopping after this batch of rows…</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="553" />
        <source>Baris dibaca: {n}</source>
        <translation>Rows read: {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="563" />
        <source>Didaftarkan ke kuota: {n}</source>
        <translation>Enrolled: {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="559" />
        <location filename="../pages/impor.py" line="564" />
        <source>Ditolak: {n}</source>
        <translation>Rejected: {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="82" />
        <source>Impor berkas</source>
        <translation>Import a file</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="115" />
        <source>Jenis berkas</source>
        <translation>Kind of file</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="119" />
        <source>Berkas Excel atau LibreOffice (.xlsx, .xls, .ods) atau CSV</source>
        <translation>Excel or LibreOffice file (.xlsx, .xls, .ods) or CSV</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="131" />
        <source>&lt;b&gt;Sebelum menyimpan berkas:&lt;/b&gt; format kolom NIK, KK, KPJ dan No HP sebagai &lt;b&gt;Teks&lt;/b&gt;. Excel dan LibreOffice menyimpan angka hanya sampai 15 digit, sehingga NIK 16 digit yang diketik di sel angka kehilangan digit terakhirnya dan nomor HP kehilangan angka 0 di depannya. Baris seperti itu ditolak, tidak pernah ditebak.</source>
        <translation>&lt;b&gt;Before saving the file:&lt;/b&gt; format the NIK, KK, KPJ and phone columns as &lt;b&gt;Text&lt;/b&gt;. Excel and LibreOffice keep only 15 digits of a number, so a 16-digit NIK typed into a number cell loses its last digit and a phone number loses its leading 0. Such rows are refused, never guessed.</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="141" />
        <source>Baris yang salah tidak diimpor dan dicatat di buku kerja penolakan beserta alasannya, di samping berkas yang diimpor.</source>
        <translation>Rows with errors are not imported; they are listed with their reasons in a rejection workbook next to the imported file.</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="151" />
        <source>Pendaftaran mundur (retroaktif)</source>
        <translation>Backdated enrolment (retroactive)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="155" />
        <source>Untuk memindahkan daftar lama (kertas atau aplikasi lain): kepesertaan dimulai pada tanggal di bawah, sebelum hari ini. Pendaftaran langsung tercatat, tanpa menunggu keputusan di Kotak masuk, dan ditandai BERLAKU SURUT di Audit beserta alasannya. Hanya supervisor dan admin.</source>
        <translation>To move an existing roster in (paper or another application): coverage starts on the date below, before today. The enrolments are recorded at once, without waiting for a decision in the Inbox, and marked RETROACTIVE in the Audit with the reason. Supervisors and admins only.</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="170" />
        <source>Mulai kepesertaan</source>
        <translation>Coverage starts</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="178" />
        <source>wajib; paling banyak {n} karakter</source>
        <translation>required; at most {n} characters</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="179" />
        <source>Alasan *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="209" />
        <source>Daftar pekerja (didaftarkan ke kuota)</source>
        <translation>Worker list (enrolled in a quota)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="210" />
        <source>Nomor KPJ dari BPJS (NIK, KPJ, tanggal)</source>
        <translation>KPJ numbers from BPJS (NIK, KPJ, date)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="211" />
        <source>Hasil padan Dukcapil (NIK, status, tanggal)</source>
        <translation>Dukcapil matching results (NIK, status, date)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="212" />
        <source>Desil DTSEN (NIK, desil, data per tanggal)</source>
        <translation>DTSEN deciles (NIK, decile, as-of date)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="217" />
        <source>Nomor Induk Kependudukan (NIK)</source>
        <translation>National ID number (NIK)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="217" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="218" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="218" />
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="219" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="219" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="220" />
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="220" />
        <source>Desil DTSEN</source>
        <translation>DTSEN decile</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="221" />
        <source>Nomor HP/WA</source>
        <translation>Phone/WhatsApp number</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="221" />
        <source>Agen Perisai</source>
        <translation>Perisai agent</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="222" />
        <source>Penyandang disabilitas</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="222" />
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="223" />
        <source>Nomor Kartu Keluarga (KK)</source>
        <translation>Family card number (KK)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="223" />
        <source>Status padan</source>
        <translation>Matching status</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="225" />
        <source>Tanggal terbit KPJ</source>
        <translation>KPJ issue date</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="225" />
        <source>Tanggal padan</source>
        <translation>Match date</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="226" />
        <source>Data per tanggal</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="283" />
        <source>Buka foldernya</source>
        <translation>Open its folder</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="356" />
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="357" />
        <source>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="439" />
        <source>⚠ {h} (angka)</source>
        <translation>⚠ {h} (number)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="447" />
        <source>⚠ Kolom {c} disimpan sebagai angka di berkas ini. NIK, KK atau KPJ dari sel angka yang mungkin sudah dibulatkan (16 digit berakhiran 0) akan ditolak; nomor HP hanya diberi 0 di depan bila pasti nomor seluler. Sebaiknya format kolom itu sebagai Teks dan ketik ulang nomornya dari sumber.</source>
        <translation>⚠ Column(s) {c} are stored as numbers in this file. A NIK, KK or KPJ from a number cell that may have been rounded (16 digits ending in 0) will be refused; a phone number gets its leading 0 back only when it is surely a mobile number. Better format those columns as Text and type the numbers again from the source.</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="476" />
        <source>Memeriksa baris berkas…</source>
        <translation>Checking the file's rows…</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="491" />
        <source>Berkas ini berisi {v} baris yang lolos pemeriksaan, tetapi kuota {q} hanya dapat menampung {f} pekerja lagi. {f} baris pertama didaftarkan; sisanya dicatat "melebihi kuota" di buku kerja penolakan.</source>
        <translation>This file has {v} rows that pass the checks, but quota {q} can take only {f} more workers. The first {f} rows are enrolled; the rest are listed as "over quota" in the rejection workbook.</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="498" />
        <source>{v} baris lolos pemeriksaan; kuota masih cukup.</source>
        <translation>{v} rows pass the checks; the quota has room for them.</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="556" />
        <source>Dicatat: {n}</source>
        <translation>Recorded: {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="557" />
        <source>Sudah tercatat sebelumnya (tidak diubah): {n}</source>
        <translation>Already recorded (unchanged): {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="565" />
        <source>Ganda: {n}</source>
        <translation>Duplicates: {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="566" />
        <source>Melebihi kuota: {n}</source>
        <translation>Over quota: {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="569" />
        <source>Didaftarkan dengan peringatan (lihat lembar Peringatan): {n}</source>
        <translation>Enrolled with a warning (see the Peringatan sheet): {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="574" />
        <source>Impor dihentikan oleh pengguna: {s} dari {b} kelompok baris tersimpan utuh. Impor berkas yang sama lagi untuk menyelesaikannya; baris yang sudah tersimpan tidak didaftarkan dua kali.</source>
        <translation>Import stopped by the user: {s} of {b} batches of rows were saved whole. Import the same file again to finish it; rows already saved are not recorded twice.</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="582" />
        <source>Buku kerja penolakan disimpan di:&lt;br&gt;&lt;b&gt;{p}&lt;/b&gt;</source>
        <translation>The rejection workbook was saved at:&lt;br&gt;&lt;b&gt;{p}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="583" />
        <source>Tidak ada baris yang ditolak; tidak ada buku kerja penolakan.</source>
        <translation>No row was refused; there is no rejection workbook.</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="599" />
        <source>Tidak ada program di komputer ini yang dapat membuka berkas .xlsx (pasang LibreOffice Calc atau Excel). Buku kerja tersimpan di: {p}</source>
        <translation>No program on this computer opens .xlsx files (install LibreOffice Calc or Excel). The workbook is saved at: {p}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="606" />
        <source>Folder tidak dapat dibuka. Buku kerja tersimpan di: {p}</source>
        <translation>The folder cannot be opened. The workbook is saved at: {p}</translation>
    </message>
</context>
<context>
    <name>KebijakanPanel</name>
    <message>
        <location filename="../pages/kebijakan.py" line="116" />
        <location filename="../pages/kebijakan.py" line="238" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="116" />
        <location filename="../pages/kebijakan.py" line="240" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="117" />
        <location filename="../pages/kebijakan.py" line="123" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="118" />
        <location filename="../pages/kebijakan.py" line="242" />
        <source>Tentang</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="117" />
        <location filename="../pages/kebijakan.py" line="243" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="121" />
        <location filename="../pages/kebijakan.py" line="127" />
        <location filename="../pages/kebijakan.py" line="297" />
        <location filename="../pages/kebijakan.py" line="309" />
        <location filename="../pages/kebijakan.py" line="336" />
        <location filename="../pages/kebijakan.py" line="350" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="121" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="122" />
        <source>Nilai</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="123" />
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="132" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="148" />
        <location filename="../pages/kebijakan.py" line="313" />
        <source>Target cakupan</source>
        <translation>Coverage target</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="133" />
        <location filename="../pages/kebijakan.py" line="311" />
        <source>Dasar target</source>
        <translation>Basis of target</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="149" />
        <location filename="../pages/kebijakan.py" line="342" />
        <source>Cakupan menurut BPJS</source>
        <translation>Coverage reported by BPJS</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="150" />
        <location filename="../pages/kebijakan.py" line="355" />
        <source>Semesta PBPU</source>
        <translation>PBPU universe</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="143" />
        <location filename="../pages/kebijakan.py" line="246" />
        <source>Catat regulasi</source>
        <translation>Record regulation</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="124" />
        <source>Bulan dibayar</source>
        <translation>Months paid</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="128" />
        <source>Pekerja (BPS)</source>
        <translation>Workers (BPS)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="129" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="130" />
        <source>Cakupan BPJS</source>
        <translation>BPJS coverage</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="131" />
        <source>PBPU</source>
        <translation>PBPU</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="144" />
        <source>Cabut regulasi</source>
        <translation>Revoke regulation</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="145" />
        <location filename="../pages/kebijakan.py" line="269" />
        <source>Catat pagu APBD</source>
        <translation>Record APBD budget</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="146" />
        <location filename="../pages/kebijakan.py" line="288" />
        <source>Catat realisasi bayar</source>
        <translation>Record payment made</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="147" />
        <location filename="../pages/kebijakan.py" line="302" />
        <source>Jumlah pekerja (BPS)</source>
        <translation>Workforce (BPS)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="151" />
        <location filename="../pages/kebijakan.py" line="329" />
        <source>Kepala dinas</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="162" />
        <source>Regulasi</source>
        <translation>Regulations</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="163" />
        <source>Anggaran APBD: pagu dan realisasi</source>
        <translation>APBD budget: allocated and paid</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="168" />
        <source>Cakupan semesta: penyebut, target, indikator</source>
        <translation>Coverage: denominator, target, indicators</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="174" />
        <source>Penandatangan dossier</source>
        <translation>Dossier signatory</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="192" />
        <source>Pagu</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="195" />
        <source>Realisasi</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="210" />
        <source>{name}
{rank}
NIP {nip}
{title}</source>
        <translation>{name}
{rank}
NIP {nip}
{title}</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="213" />
        <source>Belum dicatat. Dossier Paritrana memerlukan nama dan NIP kepala dinas untuk blok tanda tangan.</source>
        <translation>Not recorded yet. The Paritrana dossier needs the head of office's name and NIP for its signature block.</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="241" />
        <source>Tanggal ditetapkan</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="244" />
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="244" />
        <source>Rancangan</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="256" />
        <source>Cabut {kind} {number}</source>
        <translation>Revoke {kind} {number}</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="257" />
        <source>Alasan pencabutan</source>
        <translation>Reason for revoking</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="264" />
        <location filename="../pages/kebijakan.py" line="276" />
        <source>Tahun anggaran</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="266" />
        <source>Pagu (rupiah)</source>
        <translation>Budget (rupiah)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="267" />
        <source>Dokumen (DPA/APBD-P)</source>
        <translation>Document (DPA/APBD-P)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="278" />
        <source>Nilai dibayar (rupiah)</source>
        <translation>Amount paid (rupiah)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="279" />
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="280" />
        <source>Nomor SP2D/bukti bayar</source>
        <translation>SP2D/receipt number</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="283" />
        <source>Bulan yang dibayar (TTTT-BB, pisahkan koma)</source>
        <translation>Months paid (YYYY-MM, separated by commas)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="285" />
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="286" />
        <source>Alasan, bila bulan itu sudah dibayar SP2D lain</source>
        <translation>Reason, if another SP2D already paid that month</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="298" />
        <source>Jumlah seluruh pekerja</source>
        <translation>All workers in the city</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="300" />
        <location filename="../pages/kebijakan.py" line="339" />
        <location filename="../pages/kebijakan.py" line="353" />
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="310" />
        <source>Target cakupan (%)</source>
        <translation>Coverage target (%)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="322" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="323" />
        <source>NIP (18 digit)</source>
        <translation>NIP (18 digits)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="324" />
        <source>Jabatan</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="326" />
        <source>Pangkat/golongan</source>
        <translation>Rank (pangkat/golongan)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="337" />
        <source>Cakupan seluruh pekerja menurut BPJS (%)</source>
        <translation>Coverage of all workers as BPJS reports it (%)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="351" />
        <source>Jumlah pekerja bukan penerima upah</source>
        <translation>Number of non-wage earners</translation>
    </message>
</context>
<context>
    <name>KlaimPage</name>
    <message>
        <location filename="../pages/klaim.py" line="45" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="45" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="46" />
        <location filename="../pages/klaim.py" line="238" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="47" />
        <location filename="../pages/klaim.py" line="240" />
        <source>Tanggal kejadian</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="52" />
        <location filename="../pages/klaim.py" line="66" />
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="62" />
        <source>Perlu verifikasi</source>
        <translation>Needs verification</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="63" />
        <source>Dilaporkan</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="64" />
        <source>Dokumen lengkap</source>
        <translation>Documents complete</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="64" />
        <source>Diajukan ke BPJS</source>
        <translation>Submitted to BPJS</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="65" />
        <source>Menunggu konfirmasi bayar</source>
        <translation>Payment awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="66" />
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="70" />
        <source>Verifikasi supervisor</source>
        <translation>Supervisor's verification</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="71" />
        <source>Pengajuan ke BPJS</source>
        <translation>Submission to BPJS</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="72" />
        <source>Pembayaran BPJS</source>
        <translation>BPJS payment</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="73" />
        <source>Konfirmasi supervisor</source>
        <translation>Supervisor's confirmation</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="80" />
        <source>Santunan sekaligus</source>
        <translation>Lump sum</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="81" />
        <source>Santunan berkala</source>
        <translation>Periodic benefit (paid at once)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="82" />
        <source>Biaya pemakaman</source>
        <translation>Funeral costs</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="83" />
        <source>Beasiswa (per jenjang per tahun)</source>
        <translation>Scholarship (per school level per year)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="84" />
        <source>Santunan kematian</source>
        <translation>Death benefit</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="85" />
        <source>Perawatan (sesuai biaya)</source>
        <translation>Medical care (at cost)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="86" />
        <source>Santunan tidak mampu bekerja</source>
        <translation>Income replacement (unable to work)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="87" />
        <source>Santunan cacat</source>
        <translation>Disability benefit</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="92" />
        <source>Klaim</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="96" />
        <source>Cari kode klaim, NIK atau nama…</source>
        <translation>Search claim code, NIK or name…</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="100" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="109" />
        <location filename="../pages/klaim.py" line="272" />
        <source>Laporkan klaim</source>
        <translation>Report claim</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="110" />
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="111" />
        <source>Catat dokumen diterima</source>
        <translation>Record documents received</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="112" />
        <source>Ajukan ke BPJS</source>
        <translation>Submit to BPJS</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="113" />
        <source>Catat pembayaran</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="114" />
        <source>Konfirmasi pembayaran</source>
        <translation>Confirm payment</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="115" />
        <source>Catat penolakan</source>
        <translation>Record refusal</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="235" />
        <source>Peserta (NIK atau nama)</source>
        <translation>Worker (NIK or name)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="236" />
        <source>NIK 16 digit atau bagian nama</source>
        <translation>16-digit NIK or part of the name</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="237" />
        <source>Peserta yang dipilih</source>
        <translation>Selected worker</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="243" />
        <source>Akibat (JKK)</source>
        <translation>Outcome (JKK)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="244" />
        <source>Cedera / sakit</source>
        <translation>Injury / illness</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="245" />
        <source>Meninggal karena kecelakaan kerja</source>
        <translation>Died in a work accident</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="246" />
        <source>Hari tidak mampu bekerja (JKK)</source>
        <translation>Days unable to work (JKK)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="248" />
        <source>Persentase cacat (JKK)</source>
        <translation>Disability percentage (JKK)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="250" />
        <source>Nama ahli waris (kematian)</source>
        <translation>Heir's name (death)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="251" />
        <source>NIK ahli waris (kematian)</source>
        <translation>Heir's NIK (death)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="71" />
        <location filename="../pages/klaim.py" line="143" />
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="49" />
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="50" />
        <source>Menunggu</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="51" />
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="134" />
        <source>Manfaat diusulkan</source>
        <translation>Proposed benefits</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="198" />
        <source>sesuai ketentuan</source>
        <translation>as the rules provide</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="205" />
        <source>Usulan: {a}</source>
        <translation>Proposed: {a}</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="207" />
        <source>Masa iur: {n} bulan</source>
        <translation>Contribution period: {n} months</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="210" />
        <source>Ahli waris: {n} ({r})</source>
        <translation>Heir: {n} ({r})</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="213" />
        <source>Umur {d} hari; menunggu: {s}</source>
        <translation>Open {d} days; waiting for: {s}</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="216" />
        <source>Terlambat ditindaklanjuti</source>
        <translation>Overdue for follow-up</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="241" />
        <source>Tempat kejadian</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="242" />
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="252" />
        <source>Hubungan ahli waris</source>
        <translation>Heir's relation</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="254" />
        <source>Alasan bila ahli waris bukan urutan pertama</source>
        <translation>Reason when the heir is not first in the legal order</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="273" />
        <source>Laporkan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="282" />
        <source>Dokumen diterima untuk {c}</source>
        <translation>Documents received for {c}</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="292" />
        <source>Tanggal pengajuan</source>
        <translation>Submission date</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="294" />
        <source>Nomor referensi BPJS</source>
        <translation>BPJS reference</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="295" />
        <source>Ajukan {c} ke BPJS</source>
        <translation>Submit {c} to BPJS</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="304" />
        <source>Nilai dibayar (Rp)</source>
        <translation>Amount paid (Rp)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="306" />
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="307" />
        <source>Alasan bila berbeda dari usulan</source>
        <translation>Reason when it differs from the proposal</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="308" />
        <source>Pembayaran {c}</source>
        <translation>Payment {c}</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="316" />
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="317" />
        <source>Kepesertaan terbukti: lanjutkan</source>
        <translation>Coverage proven: continue</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="318" />
        <source>Tolak klaim</source>
        <translation>Reject the claim</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="319" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="320" />
        <source>Verifikasi {c}</source>
        <translation>Verify {c}</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="328" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="329" />
        <source>Konfirmasi pembayaran {c}</source>
        <translation>Confirm the payment of {c}</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="338" />
        <source>Alasan penolakan</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="339" />
        <source>Tanggal penolakan</source>
        <translation>Refusal date</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="341" />
        <source>Penolakan {c}</source>
        <translation>Refusal {c}</translation>
    </message>
</context>
<context>
    <name>KopSuratPanel</name>
    <message>
        <location filename="../pages/kopsurat.py" line="34" />
        <source>Kop surat laporan</source>
        <translation>Report letterhead</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="44" />
        <source>Pilih lambang…</source>
        <translation>Choose emblem…</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="45" />
        <source>Gambar PNG atau JPEG lambang daerah (paling besar 256 KB)</source>
        <translation>PNG or JPEG image of the city's emblem (256 KB at most)</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="50" />
        <source>Lambang daerah</source>
        <translation>City emblem</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="59" />
        <source>Alamat kantor</source>
        <translation>Office address</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="60" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="61" />
        <source>Surel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="62" />
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="63" />
        <source>Simpan kop surat</source>
        <translation>Save letterhead</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="87" />
        <source>netral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="95" />
        <source>Pilih lambang daerah</source>
        <translation>Choose the city's emblem</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="95" />
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="112" />
        <source>Lambang dicatat; laporan berikutnya memakainya.</source>
        <translation>Emblem recorded; the next reports use it.</translation>
    </message>
    <message>
        <location filename="../pages/kopsurat.py" line="123" />
        <source>Kop surat dicatat.</source>
        <translation>Letterhead recorded.</translation>
    </message>
</context>
<context>
    <name>KotakPage</name>
    <message>
        <location filename="../pages/kotak.py" line="107" />
        <location filename="../pages/kotak.py" line="204" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="108" />
        <location filename="../pages/kotak.py" line="205" />
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="109" />
        <location filename="../pages/kotak.py" line="206" />
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="110" />
        <location filename="../pages/kotak.py" line="212" />
        <source>Diusulkan oleh</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="117" />
        <source>Kotak masuk</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="138" />
        <source>Buka untuk diputuskan</source>
        <translation>Open to decide</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="142" />
        <source>Setujui koreksi</source>
        <translation>Approve the correction</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="143" />
        <source>Tolak koreksi</source>
        <translation>Refuse the correction</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="178" />
        <source>{n} keputusan menunggu</source>
        <translation>{n} decisions waiting</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="209" />
        <source>Kursi sekarang</source>
        <translation>Seats now</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="210" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="214" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="215" />
        <source>Usulan Anda sendiri: supervisor lain yang memutuskan.</source>
        <translation>Your own proposal: another supervisor decides.</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="231" />
        <source>Setujui koreksi {c}</source>
        <translation>Approve correction {c}</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="231" />
        <source>Tolak koreksi {c}</source>
        <translation>Refuse correction {c}</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="233" />
        <source>Catatan / alasan</source>
        <translation>Note / reason</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="235" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="235" />
        <source>Tolak</source>
        <translation>Refuse</translation>
    </message>
</context>
<context>
    <name>KuotaPage</name>
    <message>
        <location filename="../pages/kuota.py" line="57" />
        <source>belum dikonfirmasi</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="58" />
        <source>pembukaan ditolak</source>
        <translation>opening refused</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="68" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="68" />
        <location filename="../pages/kuota.py" line="87" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="69" />
        <location filename="../pages/kuota.py" line="237" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="70" />
        <source>Kursi</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="71" />
        <source>Terpakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="72" />
        <source>Sisa</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="73" />
        <source>Biaya per bulan</source>
        <translation>Cost per month</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="74" />
        <source>Biaya setahun</source>
        <translation>Cost per year</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="75" />
        <source>Dasar anggaran</source>
        <translation>Budget basis</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="76" />
        <source>Pembukaan</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="79" />
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="80" />
        <source>Perubahan kursi</source>
        <translation>Seat change</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="82" />
        <location filename="../pages/kuota.py" line="252" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="83" />
        <source>Diusulkan oleh</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="86" />
        <source>Urutan</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="87" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="88" />
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="90" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="90" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="100" />
        <source>Kuota</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="102" />
        <location filename="../pages/kuota.py" line="244" />
        <source>Buka kuota baru</source>
        <translation>Open new quota</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="103" />
        <source>Usulkan perubahan kursi</source>
        <translation>Propose seat change</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="104" />
        <location filename="../pages/kuota.py" line="272" />
        <location filename="../pages/kuota.py" line="290" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="105" />
        <location filename="../pages/kuota.py" line="272" />
        <location filename="../pages/kuota.py" line="290" />
        <source>Tolak</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="107" />
        <source>Setujui pembukaan</source>
        <translation>Confirm opening</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="108" />
        <source>Tolak pembukaan</source>
        <translation>Refuse opening</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="120" />
        <source>Usulan perubahan yang menunggu keputusan</source>
        <translation>Proposed changes awaiting a decision</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="124" />
        <source>Daftar kerja: pekerja layak yang belum terdaftar</source>
        <translation>Worklist: eligible workers not yet enrolled</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="126" />
        <source>Daftarkan N berikutnya</source>
        <translation>Enrol the next N</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="197" />
        <source>Daftar kerja {q}: {n} pekerja layak belum terdaftar, {f} kursi sisa</source>
        <translation>Worklist {q}: {n} eligible workers not yet enrolled, {f} seats left</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="225" />
        <source>Jumlah pekerja</source>
        <translation>Number of workers</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="227" />
        <source>Daftarkan pekerja berikutnya ke kuota {q}</source>
        <translation>Enrol the next workers into quota {q}</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="235" />
        <source>Tahun anggaran</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="239" />
        <source>Jumlah kursi</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="241" />
        <source>Nama kuota</source>
        <translation>Quota name</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="242" />
        <source>Dasar anggaran (APBD/APBD-P)</source>
        <translation>Budget basis (APBD/APBD-P)</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="250" />
        <source>Tambah (+) atau kurangi (−) kursi</source>
        <translation>Add (+) or remove (−) seats</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="253" />
        <source>Usulkan perubahan kuota {q}</source>
        <translation>Propose a change to quota {q}</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="262" />
        <source>Setujui usulan {c}</source>
        <translation>Approve proposal {c}</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="262" />
        <source>Tolak usulan {c}</source>
        <translation>Refuse proposal {c}</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="269" />
        <location filename="../pages/kuota.py" line="287" />
        <source>Catatan / alasan</source>
        <translation>Note / reason</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="280" />
        <source>Setujui pembukaan kuota {q}</source>
        <translation>Confirm the opening of quota {q}</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="281" />
        <source>Tolak pembukaan kuota {q}</source>
        <translation>Refuse the opening of quota {q}</translation>
    </message>
</context>
<context>
    <name>LaporanPage</name>
    <message>
        <location filename="../pages/laporan.py" line="121" />
        <location filename="../pages/laporan.py" line="128" />
        <location filename="../pages/laporan.py" line="152" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="156" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="137" />
        <source>Kebijakan (Paritrana)</source>
        <translation>Policy (Paritrana)</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="157" />
        <source>Cakupan per tanggal</source>
        <translation>Coverage on date</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="162" />
        <source>Data seperti pada</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="170" />
        <source>Seluruh kota</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="173" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="175" />
        <source>semua pekerja</source>
        <translation>all workers</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="177" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="178" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="189" />
        <source>Buat laporan</source>
        <translation>Generate report</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="191" />
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="192" />
        <source>Simpan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="196" />
        <source>Periksa keaslian laporan…</source>
        <translation>Check a report's authenticity…</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="198" />
        <source>Pilih berkas PDF laporan Berjasa: laporan dibuat ulang dari riwayat dengan parameter yang tersimpan di dalamnya lalu dibandingkan.</source>
        <translation>Pick a Berjasa report PDF: the report is regenerated from the history with the parameters stored in it, then compared.</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="230" />
        <source>Pratinjau laporan tampil di sini.</source>
        <translation>The report preview appears here.</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="255" />
        <source>Dossier Paritrana Award</source>
        <translation>Paritrana Award dossier</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="256" />
        <source>Daftar Peserta Makassar Berjasa</source>
        <translation>Makassar Berjasa worker roster</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="257" />
        <source>Rekap Kuota</source>
        <translation>Quota summary</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="258" />
        <source>Laporan Klaim</source>
        <translation>Claims report</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="259" />
        <source>Status MoU/PKS</source>
        <translation>MoU/PKS status</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="260" />
        <source>Ekstrak Jejak Audit</source>
        <translation>Audit trail extract</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="358" />
        <source>{pages} halaman · data per {as_of} · posisi {position}
Sidik: {fp}</source>
        <translation>{pages} pages · data as of {as_of} · position {position}
Fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="386" />
        <source>Periksa keaslian laporan</source>
        <translation>Check a report's authenticity</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="386" />
        <source>Laporan PDF (*.pdf)</source>
        <translation>PDF reports (*.pdf)</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="401" />
        <source>Memeriksa {f}…</source>
        <translation>Checking {f}…</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="409" />
        <source>ASLI: {report}, posisi peristiwa #{position}, kode verifikasi {fp}. Laporan yang dibuat ulang dari riwayat sama persis.</source>
        <translation>GENUINE: {report}, event position #{position}, verification code {fp}. The report regenerated from the history is identical.</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="414" />
        <source>TIDAK ASLI: {report}. {why}</source>
        <translation>NOT GENUINE: {report}. {why}</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="431" />
        <source>Cetak laporan</source>
        <translation>Print report</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="444" />
        <source>{n} halaman dikirim ke pencetak.</source>
        <translation>{n} pages sent to the printer.</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="342" />
        <source>Menyusun laporan…</source>
        <translation>Generating the report…</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="451" />
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="461" />
        <source>Tidak dapat menyimpan ke {f}: {e}</source>
        <translation>Cannot save to {f}: {e}</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="464" />
        <source>Disimpan ke {f}</source>
        <translation>Saved to {f}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="67" />
        <location filename="../main_window.py" line="179" />
        <source>Berjasa — Makassar Berjasa</source>
        <translation>Berjasa — Makassar Berjasa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92" />
        <source>Beranda</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93" />
        <location filename="../main_window.py" line="220" />
        <source>Kotak masuk</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="95" />
        <source>Peserta</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="97" />
        <source>Tinjauan data</source>
        <translation>Data review</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="99" />
        <source>Kuota</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100" />
        <source>Tagihan</source>
        <translation>Billing</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="101" />
        <source>Klaim</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="102" />
        <source>MoU/PKS</source>
        <translation>MoU/PKS</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="103" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="105" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184" />
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="188" />
        <source>Keluar / ganti pengguna</source>
        <translation>Sign out / switch user</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="284" />
        <source>MODE WAKTU LAMPAU — semua tampilan menunjukkan keadaan pada {moment} (hanya baca). Kembali ke saat ini di bagian Audit.</source>
        <translation>PAST VIEW — every screen shows the state as of {moment} (read-only). Return to the present in Audit.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297" />
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="299" />
        <source>Penyimpanan: {store}</source>
        <translation>Store: {store}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="304" />
        <source>Data terkini</source>
        <translation>Data up to date</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305" />
        <source>Memperbarui… ({n} perubahan)</source>
        <translation>Updating… ({n} changes)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="319" />
        <source>Menyiapkan data tampilan… {percent}% ({position} dari {target} perubahan)</source>
        <translation>Preparing the views' data… {percent}% ({position} of {target} changes)</translation>
    </message>
</context>
<context>
    <name>MouPage</name>
    <message>
        <location filename="../pages/mou.py" line="31" />
        <location filename="../pages/mou.py" line="79" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="31" />
        <location filename="../pages/mou.py" line="80" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="32" />
        <location filename="../pages/mou.py" line="81" />
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="33" />
        <location filename="../pages/mou.py" line="85" />
        <source>Berlaku mulai</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="34" />
        <location filename="../pages/mou.py" line="86" />
        <location filename="../pages/mou.py" line="105" />
        <source>Berlaku sampai</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="35" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="36" />
        <source>Sisa hari</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="39" />
        <source>MoU/PKS</source>
        <translation>MoU/PKS</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="41" />
        <location filename="../pages/mou.py" line="96" />
        <source>Catat MoU/PKS</source>
        <translation>Record MoU/PKS</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="42" />
        <source>Perpanjang</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="57" />
        <source>Belum berlaku</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="57" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="58" />
        <source>Perlu diperpanjang</source>
        <translation>Due for renewal</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="59" />
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="59" />
        <source>Diakhiri</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="60" />
        <source>Diganti</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="82" />
        <source>Para pihak (pisahkan dengan ;)</source>
        <translation>Parties (separate with ;)</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="84" />
        <source>Tanggal tanda tangan</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="107" />
        <source>Tanggal tanda tangan adendum</source>
        <translation>Addendum signing date</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="109" />
        <source>Nomor adendum</source>
        <translation>Addendum number</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="110" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="112" />
        <source>Perpanjang {n}</source>
        <translation>Renew {n}</translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../pages/pengaturan.py" line="79" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="92" />
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="97" />
        <source>Tampilan dan sesi</source>
        <translation>Display and session</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="105" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="106" />
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="107" />
        <source>Kunci sesi setelah tidak aktif</source>
        <translation>Lock the session when idle for</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="108" />
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="109" />
        <source>Peringatan perpanjangan MoU/PKS</source>
        <translation>MoU/PKS renewal warning</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="96" />
        <source>Akun pengguna</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="56" />
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="57" />
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="58" />
        <source>sumber (bukan build resmi)</source>
        <translation>source (not an official build)</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="59" />
        <source>dari kode sumber</source>
        <translation>from source code</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="60" />
        <source>terpasang (beku)</source>
        <translation>installed (frozen)</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="110" />
        <source>Target cakupan dan jumlah pekerja kota (BPS) dicatat di Laporan → Kebijakan, dengan sumbernya.</source>
        <translation>The coverage target and the city's workforce (BPS) are recorded under Reports → Policy, with their sources.</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="118" />
        <source>Penyimpanan data (berlaku saat aplikasi dibuka lagi)</source>
        <translation>Data store (takes effect when the application is opened again)</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="122" />
        <source>kosong: berkas SQLite di folder data pengguna; atau postgresql://user@host/db</source>
        <translation>empty: the SQLite file in the user's data folder; or postgresql://user@host/db</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="123" />
        <source>Alamat penyimpanan</source>
        <translation>Store address</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="127" />
        <source>hanya PostgreSQL; disimpan di keyring Windows</source>
        <translation>PostgreSQL only; kept in the Windows keyring</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="128" />
        <source>Kata sandi server</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="129" />
        <source>Penyimpanan saat ini</source>
        <translation>Current store</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="131" />
        <source>Enkripsi</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="137" />
        <source>Tentang Berjasa</source>
        <translation>About Berjasa</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="139" />
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="153" />
        <source>TIDAK terenkripsi.</source>
        <translation>NOT encrypted.</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="156" />
        <source>Terenkripsi (AES); kuncinya di keyring atau BERJASA_KEY. Simpan salinan kunci: berjasa-admin key export BERKAS.</source>
        <translation>Encrypted (AES); the key is in the keyring or BERJASA_KEY. Keep a copy of the key: berjasa-admin key export FILE.</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="159" />
        <source>Tidak terenkripsi (penyimpanan sementara di memori).</source>
        <translation>Not encrypted (a temporary store in memory).</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="195" />
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>PenggunaPanel</name>
    <message>
        <location filename="../pages/pengguna.py" line="40" />
        <location filename="../pages/pengguna.py" line="119" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="40" />
        <location filename="../pages/pengguna.py" line="119" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="41" />
        <location filename="../pages/pengguna.py" line="120" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="42" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="43" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="43" />
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="44" />
        <source>Terkunci sampai</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="50" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="50" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="51" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="51" />
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="59" />
        <location filename="../pages/pengguna.py" line="131" />
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="60" />
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="61" />
        <source>Reset kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="62" />
        <location filename="../pages/pengguna.py" line="111" />
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="81" />
        <source>Akun tidak pernah dihapus: akun yang dinonaktifkan tetap tercatat di riwayat. Admin terakhir tidak dapat dinonaktifkan.</source>
        <translation>Accounts are never deleted: a disabled account stays in the history. The last admin cannot be disabled.</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="111" />
        <source>Aktifkan</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="121" />
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="122" />
        <location filename="../pages/pengguna.py" line="150" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="138" />
        <source>Peran baru</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="140" />
        <location filename="../pages/pengguna.py" line="170" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="141" />
        <source>Ubah peran {u}</source>
        <translation>Change role of {u}</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="149" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="157" />
        <source>Sampaikan kata sandi baru langsung kepada pemilik akun; minta ia menggantinya setelah masuk.</source>
        <translation>Give the new password to the account's owner in person; ask them to change it after signing in.</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="159" />
        <source>Reset kata sandi {u}</source>
        <translation>Reset password of {u}</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="168" />
        <source>Aktifkan {u}</source>
        <translation>Enable {u}</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="168" />
        <source>Nonaktifkan {u}</source>
        <translation>Disable {u}</translation>
    </message>
</context>
<context>
    <name>PesertaPage</name>
    <message>
        <location filename="../pages/peserta.py" line="105" />
        <source>Peserta</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="127" />
        <source>Cari NIK atau nama…</source>
        <translation>Search NIK or name…</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="130" />
        <source>Semua kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="131" />
        <source>Semua program</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="132" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="133" />
        <source>Semua pekerjaan</source>
        <translation>All occupations</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="134" />
        <source>Semua desil</source>
        <translation>All deciles</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="154" />
        <location filename="../pages/peserta.py" line="376" />
        <source>Daftarkan pekerja</source>
        <translation>Register worker</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="155" />
        <source>Koreksi data</source>
        <translation>Correct details</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="156" />
        <location filename="../pages/peserta.py" line="433" />
        <source>Daftarkan ke kuota</source>
        <translation>Enrol in quota</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="157" />
        <source>Hentikan</source>
        <translation>Terminate</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="158" />
        <location filename="../pages/peserta.py" line="464" />
        <source>Catat kematian</source>
        <translation>Record death</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="159" />
        <location filename="../pages/peserta.py" line="475" />
        <source>Ahli waris</source>
        <translation>Heirs</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="160" />
        <location filename="../pages/peserta.py" line="484" />
        <source>Padan Dukcapil</source>
        <translation>Dukcapil match</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="161" />
        <location filename="../pages/peserta.py" line="491" />
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="174" />
        <location filename="../pages/peserta.py" line="327" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="175" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="176" />
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="177" />
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="178" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="179" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="180" />
        <location filename="../pages/peserta.py" line="331" />
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="181" />
        <location filename="../pages/peserta.py" line="332" />
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="182" />
        <location filename="../pages/peserta.py" line="336" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="183" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="231" />
        <source>{n} pekerja</source>
        <translation>{n} workers</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="301" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="301" />
        <source>Berhenti</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="302" />
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="303" />
        <source>Belum terdaftar</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="308" />
        <source>Pilih seorang pekerja untuk melihat data dan riwayatnya.</source>
        <translation>Select a worker to see their details and history.</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="328" />
        <source>Jenis kelamin / lahir</source>
        <translation>Sex / born</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="330" />
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="333" />
        <source>Dukcapil</source>
        <translation>Dukcapil</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="334" />
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="335" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="339" />
        <source>Data ganda dari NIK</source>
        <translation>Duplicate of NIK</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="343" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="346" />
        <source> · berhenti {d} ({r})</source>
        <translation> · ended {d} ({r})</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="381" />
        <location filename="../pages/peserta.py" line="437" />
        <source>Daftarkan</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="388" />
        <source>Tersimpan: {name}, NIK {nik}.</source>
        <translation>Saved: {name}, NIK {nik}.</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="400" />
        <source>Alasan koreksi</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="410" />
        <source>Koreksi data pekerja</source>
        <translation>Correct worker details</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="427" />
        <source>Kuota</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="426" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="76" />
        <source>L</source>
        <comment>sex: laki-laki</comment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="77" />
        <source>P</source>
        <comment>sex: perempuan</comment>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="343" />
        <location filename="../pages/peserta.py" line="444" />
        <source>Kepesertaan</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="429" />
        <source>Berlaku surut (mulai sebelum hari ini)</source>
        <translation>Retroactive (starts before today)</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="431" />
        <source>Alasan (wajib bila berlaku surut)</source>
        <translation>Reason (required when retroactive)</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="445" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="446" />
        <source>Tanggal berhenti</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="448" />
        <source>Pemberi kerja baru (formal)</source>
        <translation>New employer (formal)</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="449" />
        <source>Nomor KPJ baru (formal)</source>
        <translation>New KPJ number (formal)</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="450" />
        <source>Domisili baru (pindah)</source>
        <translation>New domicile (moved)</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="451" />
        <source>NIK data yang dipertahankan (data ganda)</source>
        <translation>NIK of the record kept (duplicate)</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="452" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="453" />
        <source>Hentikan kepesertaan</source>
        <translation>Terminate enrolment</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="461" />
        <source>Tanggal meninggal</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="463" />
        <source>Sumber keterangan</source>
        <translation>Source of the record</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="471" />
        <source>Nama ahli waris</source>
        <translation>Heir's name</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="472" />
        <source>NIK ahli waris</source>
        <translation>Heir's NIK</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="473" />
        <source>Hubungan ahli waris</source>
        <translation>Heir's relation</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="482" />
        <source>Hasil padan</source>
        <translation>Match result</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="483" />
        <source>Tanggal padan</source>
        <translation>Match date</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="490" />
        <source>Nomor KPJ (11 digit)</source>
        <translation>KPJ number (11 digits)</translation>
    </message>
</context>
<context>
    <name>TagihanPage</name>
    <message>
        <location filename="../pages/tagihan.py" line="67" />
        <source>Tagihan iuran</source>
        <translation>Contribution bill</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="69" />
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="73" />
        <source>Ekspor daftar tagihan…</source>
        <translation>Export bill list…</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="75" />
        <source>Impor tagihan BPJS…</source>
        <translation>Import BPJS invoice…</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="88" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="89" />
        <location filename="../pages/tagihan.py" line="93" />
        <source>Pekerja</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="90" />
        <location filename="../pages/tagihan.py" line="94" />
        <source>Iuran</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="92" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="97" />
        <source>Anggaran tahun ini</source>
        <translation>This year's budget</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="101" />
        <source>Rekonsiliasi tagihan BPJS</source>
        <translation>Reconciliation of BPJS's invoice</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="104" />
        <location filename="../pages/tagihan.py" line="186" />
        <source>Belum ada tagihan BPJS yang diimpor untuk bulan ini.</source>
        <translation>No BPJS invoice has been imported for this month yet.</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="110" />
        <source>Semua selisih</source>
        <translation>All discrepancies</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="111" />
        <source>Cocok</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="112" />
        <source>Hanya di tagihan BPJS</source>
        <translation>Only in BPJS's invoice</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="113" />
        <source>Hanya di tagihan kita</source>
        <translation>Only in our bill</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="114" />
        <source>Iuran berbeda</source>
        <translation>Amount differs</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="119" />
        <source>Baris</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="119" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="120" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="120" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="121" />
        <source>Iuran BPJS</source>
        <translation>BPJS amount</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="122" />
        <source>Iuran kita</source>
        <translation>Our amount</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="123" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="167" />
        <source>{m}: {w} pekerja ditagihkan, {a}</source>
        <translation>{m}: {w} workers billed, {a}</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="171" />
        <source>Anggaran {y}</source>
        <translation>Budget {y}</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="173" />
        <source>Kebutuhan</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="174" />
        <source>Pagu</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="175" />
        <source>Terealisasi</source>
        <translation>Realised</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="176" />
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="176" />
        <source>Belum ada kuota.</source>
        <translation>No quotas yet.</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="188" />
        <source>Terakhir direkonsiliasi: {f} oleh {u} — {n} baris, {c} cocok, {i} hanya di BPJS, {o} hanya di kita, {d} iuran berbeda</source>
        <translation>Last reconciled: {f} by {u} — {n} lines, {c} matched, {i} only at BPJS, {o} only ours, {d} amounts differ</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="225" />
        <source>Simpan daftar tagihan</source>
        <translation>Save bill list</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="226" />
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="238" />
        <source>diekspor ke {f}</source>
        <translation>exported to {f}</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="244" />
        <source>Pilih tagihan dari BPJS</source>
        <translation>Choose BPJS's invoice</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="245" />
        <source>Tagihan BPJS (*.xlsx *.xls *.ods *.csv)</source>
        <translation>BPJS invoice (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../pages/tagihan.py" line="260" />
        <source>{f}: {n} baris, {c} cocok, {i} hanya di BPJS, {o} hanya di kita, {d} iuran berbeda; BPJS {a}, kita {b}. Selisih: {r}</source>
        <translation>{f}: {n} lines, {c} matched, {i} only at BPJS, {o} only ours, {d} amounts differ; BPJS {a}, ours {b}. Discrepancies: {r}</translation>
    </message>
</context>
<context>
    <name>TimelineControl</name>
    <message>
        <location filename="../timeline.py" line="151" />
        <source>Geser untuk melihat data seperti pada saat itu</source>
        <translation>Slide to see the data as it stood at that moment</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="158" />
        <source>Saat (WITA):</source>
        <translation>Moment (WITA):</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="161" />
        <source>hh-bb-tttt jj.mm</source>
        <translation>dd-mm-yyyy hh.mm</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="163" />
        <source>Ketik tanggal dan jam WITA, mis. 15-01-2025 10.30, lalu tekan Enter</source>
        <translation>Type a date and time in WITA, e.g. 15-01-2025 10.30, then press Enter</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="200" />
        <source>saat ini</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="206" />
        <source>Lompat ke peristiwa penting…</source>
        <translation>Jump to a key event…</translation>
    </message>
</context>
<context>
    <name>TinjauanPage</name>
    <message>
        <location filename="../pages/tinjauan.py" line="38" />
        <source>Tinjauan data</source>
        <translation>Data review</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="40" />
        <source>Kemungkinan data ganda</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="41" />
        <source>Pekerjaan tidak dikenal</source>
        <translation>Unknown occupations</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="54" />
        <source>Nama, tanggal lahir dan kelurahan sama dengan NIK berbeda: biasanya NIK yang dirusak spreadsheet. Periksa KTP/KK, lalu catat satu data sebagai ganda atau nyatakan mereka orang yang berbeda.</source>
        <translation>Same name, birth date and kelurahan under different NIKs: usually a NIK damaged by a spreadsheet. Check the ID and family cards, then record one as a duplicate or state that they are different people.</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="60" />
        <source>Catat sebagai data ganda…</source>
        <translation>Record as a duplicate…</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="62" />
        <source>Orang yang berbeda…</source>
        <translation>Different people…</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="72" />
        <location filename="../pages/tinjauan.py" line="96" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="73" />
        <location filename="../pages/tinjauan.py" line="97" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="74" />
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="75" />
        <location filename="../pages/tinjauan.py" line="99" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="76" />
        <location filename="../pages/tinjauan.py" line="100" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="77" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="87" />
        <source>Pekerjaan ini tidak ada di daftar pekerjaan dan sinonimnya, sehingga tidak dihitung dalam segmen mana pun. Koreksi pekerjaannya di Peserta, atau minta admin menambahkan sebutan itu ke daftar.</source>
        <translation>These occupations are not in the list of occupations and their other names, so they count in no segment. Correct the occupation in Workers, or ask an admin to add the name to the list.</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="98" />
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="101" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="120" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="120" />
        <source>Berhenti</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="121" />
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="122" />
        <source>Belum terdaftar</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="126" />
        <source>Nama, tanggal lahir, kelurahan sama</source>
        <translation>Same name, birth date, kelurahan</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="147" />
        <source>{n} kelompok</source>
        <translation>{n} groups</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="150" />
        <source>{n} pekerja dengan pekerjaan tidak dikenal</source>
        <translation>{n} workers with an unknown occupation</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="177" />
        <source>Data yang ganda (kepesertaannya berakhir)</source>
        <translation>Duplicate record (its enrolments end)</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="179" />
        <source>Data yang dipertahankan</source>
        <translation>Record to keep</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="181" />
        <source>Tanggal berhenti</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="182" />
        <location filename="../pages/tinjauan.py" line="193" />
        <source>Alasan (bukti yang diperiksa)</source>
        <translation>Reason (evidence checked)</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="184" />
        <source>Catat sebagai data ganda</source>
        <translation>Record as a duplicate</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="194" />
        <source>Nyatakan {names} sebagai orang yang berbeda.</source>
        <translation>State that {names} are different people.</translation>
    </message>
    <message>
        <location filename="../pages/tinjauan.py" line="196" />
        <source>Orang yang berbeda</source>
        <translation>Different people</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../dialogs.py" line="24" />
        <source>PERHATIAN: tidak ada kunci enkripsi di komputer ini (tidak ada keyring, tidak ada BERJASA_KEY), jadi data pribadi pekerja akan tersimpan TANPA enkripsi. Untuk membuat kunci: jalankan Berjasa di akun Windows yang memakai Credential Manager, atau isi variabel BERJASA_KEY, atau impor kunci kantor dengan 'berjasa-admin key import BERKAS'; lalu buka Berjasa lagi.</source>
        <translation>WARNING: there is no encryption key on this computer (no keyring, no BERJASA_KEY), so the workers' personal data would be stored WITHOUT encryption. To make a key: run Berjasa in a Windows account that uses the Credential Manager, or set the BERJASA_KEY variable, or import the office's key with 'berjasa-admin key import FILE'; then open Berjasa again.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="38" />
        <source>Instansi</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="40" />
        <source>Nama pengguna admin</source>
        <translation>Admin user name</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="41" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="42" />
        <location filename="../dialogs.py" line="92" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="43" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="48" />
        <source>Saya mengerti: buat penyimpanan TANPA enkripsi</source>
        <translation>I understand: create the store WITHOUT encryption</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="69" />
        <source>Penyimpanan ini masih kosong. Buat akun admin pertama; admin kemudian menambahkan akun operator, supervisor dan auditor.</source>
        <translation>This store is empty. Create the first admin account; the admin then adds the operator, supervisor and auditor accounts.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="77" />
        <source>Penyiapan pertama Berjasa</source>
        <translation>Setting up Berjasa</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="88" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="103" />
        <source>Sesi terkunci</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="105" />
        <source>Masuk ke Berjasa</source>
        <translation>Sign in to Berjasa</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="108" />
        <source>Sesi dikunci karena tidak ada aktivitas. Masukkan kata sandi untuk melanjutkan.</source>
        <translation>The session was locked after a period without activity. Enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="119" />
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="120" />
        <source>Keluar / ganti pengguna</source>
        <translation>Sign out / switch user</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="122" />
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="122" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="36" />
        <source>Terjadi kesalahan yang tidak terduga. Perubahan Anda tidak disimpan. Coba lagi; jika terulang, kirim berkas log dari folder {folder} ke admin.</source>
        <translation>An unexpected error occurred. Your change was not saved. Try again; if it happens again, send the log file in {folder} to the admin.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="44" />
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>kotak</name>
    <message>
        <location filename="../pages/kotak.py" line="37" />
        <source>Perubahan kursi kuota</source>
        <translation>Change of quota seats</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="38" />
        <source>Pembukaan kuota</source>
        <translation>Quota opening</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="39" />
        <source>Tagihan belum dicocokkan</source>
        <translation>Bill not reconciled</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="40" />
        <source>Verifikasi klaim</source>
        <translation>Claim verification</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="41" />
        <source>Konfirmasi pembayaran klaim</source>
        <translation>Confirmation of a claim payment</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="42" />
        <source>Kemungkinan data ganda</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="43" />
        <source>Koreksi bulan yang ditutup</source>
        <translation>Correction of a closed month</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="56" />
        <source>{delta:+} kursi mulai {day}, biaya {cost}</source>
        <translation>{delta:+} seats from {day}, cost {cost}</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="60" />
        <source>{seats} kursi belum dikonfirmasi</source>
        <translation>{seats} seats not confirmed</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="63" />
        <source>Tagihan {amount}{late}</source>
        <translation>Bill {amount}{late}</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="65" />
        <source>, tertunggak</source>
        <translation>, in arrears</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="67" />
        <source>{name}, {programme}, usulan {amount}</source>
        <translation>{name}, {programme}, proposed {amount}</translation>
    </message>
    <message>
        <location filename="../pages/kotak.py" line="71" />
        <source>Bulan {month}: {reason}</source>
        <translation>Month {month}: {reason}</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../main.py" line="84" />
        <source>Menyiapkan penyimpanan demo (sekali saja, sekitar setengah menit)…</source>
        <translation>Preparing the demo store (once only, about half a minute)…</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../main_window.py" line="46" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="47" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="48" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="49" />
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>worker_forms</name>
    <message>
        <location filename="../worker_forms.py" line="40" />
        <source>NIK (16 digit)</source>
        <translation>NIK (16 digits)</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="45" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="49" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="55" />
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="56" />
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="61" />
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="69" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="78" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="87" />
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="97" />
        <source>Desil DTSEN</source>
        <translation>DTSEN decile</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="104" />
        <source>No HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="108" />
        <source>Agen Perisai</source>
        <translation>Perisai agent</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="110" />
        <source>Nomor Kartu Keluarga (KK)</source>
        <translation>Family card number (KK)</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="143" />
        <source>Meninggal dunia</source>
        <translation>Died</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="144" />
        <source>Pindah domisili</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="145" />
        <source>Menjadi pekerja formal</source>
        <translation>Became a formal worker</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="146" />
        <source>Data ganda</source>
        <translation>Duplicate record</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="147" />
        <source>Salah input</source>
        <translation>Entry error</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="154" />
        <source>Padan</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="155" />
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="156" />
        <source>Menunggu</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>worker_lookup</name>
    <message>
        <location filename="../worker_lookup.py" line="30" />
        <source>{name} · NIK {nik} · {kelurahan}, {kecamatan}</source>
        <translation>{name} · NIK {nik} · {kelurahan}, {kecamatan}</translation>
    </message>
</context>
</TS>