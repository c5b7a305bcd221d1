<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/audit.py" line="51" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="52" />
        <source>Perjalanan waktu: lihat data seperti pada suatu saat (WITA)</source>
        <translation>Time travel: see the data as it was at a moment (WITA)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="59" />
        <source>Tampilkan keadaan saat itu</source>
        <translation>Show that moment</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="61" />
        <source>Kembali ke saat ini</source>
        <translation>Back to the present</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="64" />
        <source>Periksa keutuhan riwayat</source>
        <translation>Verify history integrity</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="79" />
        <location filename="../pages/audit.py" line="95" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="81" />
        <source>Jenis peristiwa (mis. Peserta.Registered)</source>
        <translation>Event type (e.g. Peserta.Registered)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="83" />
        <source>NIK pekerja</source>
        <translation>Worker NIK</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="84" />
        <source>Saring</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="94" />
        <source>Waktu (WITA)</source>
        <translation>Time (WITA)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="96" />
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="97" />
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="98" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="99" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="100" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="132" />
        <source>{n} peristiwa</source>
        <translation>{n} events</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="152" />
        <source>Menyusun keadaan pada saat itu…</source>
        <translation>Rebuilding that moment…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="181" />
        <source>Memeriksa rantai hash riwayat dan snapshot…</source>
        <translation>Checking the history's hash chain and snapshots…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="211" />
        <source>PERINGATAN: </source>
        <translation>WARNING: </translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="201" />
        <source>Riwayat utuh: {n} peristiwa diperiksa, tidak ada yang diubah, dihapus atau disisipkan.</source>
        <translation>History intact: {n} events checked, none altered, deleted or inserted.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="205" />
        <source>PERINGATAN: riwayat tidak utuh mulai peristiwa #{p} ({problem}). Laporkan ke admin dan inspektorat.</source>
        <translation>WARNING: history not intact from event #{p} ({problem}). Report it to the admin and the inspectorate.</translation>
    </message>
</context>
<context>
    <name>BerandaPage</name>
    <message>
        <location filename="../pages/beranda.py" line="75" />
        <source>Beranda</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="85" />
        <source>Pemakaian kuota</source>
        <translation>Quota use</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="88" />
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="93" />
        <source>Peserta aktif per bulan</source>
        <translation>Active members per month</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="94" />
        <source>Peserta aktif per kecamatan</source>
        <translation>Active members per kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="167" />
        <source>belum dicatat</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="168" />
        <source>target cakupan {t}</source>
        <translation>coverage target {t}</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="170" />
        <source>{p} dari {w} pekerja; target {t}</source>
        <translation>{p} of {w} workers; target {t}</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="173" />
        <source>Peserta aktif</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="181" />
        <source>dari {s} kursi kuota</source>
        <translation>of {s} quota seats</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="193" />
        <source>{u} / {s} kursi</source>
        <translation>{u} / {s} seats</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="197" />
        <source>Belum ada kuota.</source>
        <translation>No quotas yet.</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="206" />
        <source>{n} berakhir dalam {d} hari — perlu diperpanjang</source>
        <translation>{n} ends in {d} days — renew it</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="209" />
        <source>{n} sudah kedaluwarsa</source>
        <translation>{n} has expired</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="214" />
        <source>{n} klaim menunggu tindak lanjut</source>
        <translation>{n} claims awaiting action</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="215" />
        <source>Tidak ada yang perlu ditindaklanjuti.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="236" />
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
    <name>FormDialog</name>
    <message>
        <location filename="../forms.py" line="106" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../forms.py" line="109" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImporPage</name>
    <message>
        <location filename="../pages/impor.py" line="59" />
        <source>Impor daftar pekerja</source>
        <translation>Import worker list</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="74" />
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="75" />
        <location filename="../pages/impor.py" line="182" />
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="89" />
        <source>Berkas CSV atau Excel (.xlsx)</source>
        <translation>CSV or Excel file (.xlsx)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="90" />
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="93" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="96" />
        <source>Daftarkan ke kuota</source>
        <translation>Enrol in quota</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="98" />
        <source>Kolom NIK harus berformat Teks di Excel. Baris yang salah tidak diimpor dan dicatat di buku kerja penolakan beserta alasannya.</source>
        <translation>The NIK column must be formatted as Text in Excel. Faulty rows are not imported; they are listed with their reasons in the rejection workbook.</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="122" />
        <source>Batalkan impor</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="137" />
        <source>Buka buku kerja penolakan</source>
        <translation>Open rejection workbook</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="139" />
        <source>Impor berkas lain</source>
        <translation>Import another file</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="166" />
        <source>{q} — {label} (sisa {free} kursi)</source>
        <translation>{q} — {label} ({free} seats free)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="174" />
        <source>Langkah 1 dari 4: pilih berkas dan kuota</source>
        <translation>Step 1 of 4: file and quota</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="175" />
        <source>Langkah 2 dari 4: periksa pratinjau dan pemetaan kolom</source>
        <translation>Step 2 of 4: check the preview and the column mapping</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="176" />
        <source>Langkah 3 dari 4: mengimpor</source>
        <translation>Step 3 of 4: importing</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="177" />
        <source>Langkah 4 dari 4: hasil</source>
        <translation>Step 4 of 4: result</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="182" />
        <source>Mulai impor</source>
        <translation>Start import</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="187" />
        <source>Pilih daftar pekerja</source>
        <translation>Choose a worker list</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="188" />
        <source>Daftar pekerja (*.csv *.xlsx)</source>
        <translation>Worker lists (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="203" />
        <source>Belum ada kuota terbuka; minta supervisor membuka kuota lebih dulu.</source>
        <translation>No quota is open yet; ask a supervisor to open one first.</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="228" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="258" />
        <source>Pilih kolom untuk: {f}</source>
        <translation>Choose a column for: {f}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="269" />
        <source>Membaca dan memeriksa {name}…</source>
        <translation>Reading and checking {name}…</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="284" />
        <source>{d} baris diproses</source>
        <translation>{d} rows processed</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="289" />
        <source>{d} dari {t} baris diproses</source>
        <translation>{d} of {t} rows processed</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="295" />
        <source>Menghentikan setelah kelompok baris ini…</source>
        <translation>Stopping after this batch of rows…</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="302" />
        <source>Baris dibaca: {n}</source>
        <translation>Rows read: {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="303" />
        <source>Didaftarkan ke kuota: {n}</source>
        <translation>Enrolled: {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="305" />
        <source>Ditolak: {n}</source>
        <translation>Rejected: {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="306" />
        <source>Ganda: {n}</source>
        <translation>Duplicates: {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="307" />
        <source>Melebihi kuota: {n}</source>
        <translation>Over quota: {n}</translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="310" />
        <source>Impor dihentikan oleh pengguna; baris yang sudah diproses tetap tersimpan.</source>
        <translation>Import stopped by the user; rows already processed stay recorded.</translation>
    </message>
</context>
<context>
    <name>KebijakanPanel</name>
    <message>
        <location filename="../pages/kebijakan.py" line="72" />
        <location filename="../pages/kebijakan.py" line="185" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="72" />
        <location filename="../pages/kebijakan.py" line="187" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="73" />
        <location filename="../pages/kebijakan.py" line="79" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="74" />
        <location filename="../pages/kebijakan.py" line="189" />
        <source>Tentang</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="73" />
        <location filename="../pages/kebijakan.py" line="190" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="77" />
        <location filename="../pages/kebijakan.py" line="82" />
        <location filename="../pages/kebijakan.py" line="235" />
        <location filename="../pages/kebijakan.py" line="247" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="77" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="78" />
        <source>Nilai</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="79" />
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="83" />
        <source>Pekerja (penyebut)</source>
        <translation>Workers (denominator)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="86" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="84" />
        <location filename="../pages/kebijakan.py" line="102" />
        <location filename="../pages/kebijakan.py" line="251" />
        <source>Target cakupan</source>
        <translation>Coverage target</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="87" />
        <location filename="../pages/kebijakan.py" line="249" />
        <source>Dasar target</source>
        <translation>Basis of target</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="97" />
        <location filename="../pages/kebijakan.py" line="193" />
        <source>Catat regulasi</source>
        <translation>Record regulation</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="98" />
        <source>Cabut regulasi</source>
        <translation>Revoke regulation</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="99" />
        <location filename="../pages/kebijakan.py" line="214" />
        <source>Catat pagu APBD</source>
        <translation>Record APBD budget</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="100" />
        <location filename="../pages/kebijakan.py" line="227" />
        <source>Catat realisasi bayar</source>
        <translation>Record payment made</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="101" />
        <location filename="../pages/kebijakan.py" line="240" />
        <source>Jumlah pekerja (BPS)</source>
        <translation>Workforce (BPS)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="103" />
        <location filename="../pages/kebijakan.py" line="264" />
        <source>Kepala dinas</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="114" />
        <source>Regulasi</source>
        <translation>Regulations</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="115" />
        <source>Anggaran APBD: pagu dan realisasi</source>
        <translation>APBD budget: allocated and paid</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="117" />
        <source>Cakupan semesta: penyebut dan target</source>
        <translation>Universal coverage: denominator and target</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="123" />
        <source>Penandatangan dossier</source>
        <translation>Dossier signatory</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="141" />
        <source>Pagu</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="144" />
        <source>Realisasi</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="158" />
        <source>{name}
NIP {nip}
{title}</source>
        <translation>{name}
NIP {nip}
{title}</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="160" />
        <source>Belum dicatat. Dossier Paritrana memerlukan nama dan NIP kepala dinas untuk blok tanda tangan.</source>
        <translation>Not recorded yet. The Paritrana dossier needs the head of office's name and NIP for its signature block.</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="188" />
        <source>Tanggal ditetapkan</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="191" />
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="191" />
        <source>Rancangan</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="202" />
        <source>Cabut {kind} {number}</source>
        <translation>Revoke {kind} {number}</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="203" />
        <source>Alasan pencabutan</source>
        <translation>Reason for revoking</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="209" />
        <location filename="../pages/kebijakan.py" line="220" />
        <source>Tahun anggaran</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="211" />
        <source>Pagu (rupiah)</source>
        <translation>Budget (rupiah)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="212" />
        <source>Dokumen (DPA/APBD-P)</source>
        <translation>Document (DPA/APBD-P)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="222" />
        <source>Nilai dibayar (rupiah)</source>
        <translation>Amount paid (rupiah)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="223" />
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="224" />
        <source>Nomor SP2D/bukti bayar</source>
        <translation>SP2D/receipt number</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="225" />
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="236" />
        <source>Jumlah seluruh pekerja</source>
        <translation>All workers in the city</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="238" />
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="248" />
        <source>Target cakupan (%)</source>
        <translation>Coverage target (%)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="260" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="261" />
        <source>NIP (18 digit)</source>
        <translation>NIP (18 digits)</translation>
    </message>
    <message>
        <location filename="../pages/kebijakan.py" line="262" />
        <source>Jabatan</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>KlaimPage</name>
    <message>
        <location filename="../pages/klaim.py" line="37" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="37" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="38" />
        <location filename="../pages/klaim.py" line="138" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="39" />
        <location filename="../pages/klaim.py" line="140" />
        <source>Tanggal kejadian</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="40" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="41" />
        <source>Dokumen kurang</source>
        <translation>Missing documents</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="42" />
        <location filename="../pages/klaim.py" line="51" />
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="49" />
        <source>Dilaporkan</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="50" />
        <source>Dokumen lengkap</source>
        <translation>Documents complete</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="50" />
        <source>Diajukan ke BPJS</source>
        <translation>Submitted to BPJS</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="51" />
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="56" />
        <source>Klaim</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="59" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="65" />
        <location filename="../pages/klaim.py" line="155" />
        <source>Laporkan klaim</source>
        <translation>Report claim</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="66" />
        <source>Catat dokumen diterima</source>
        <translation>Record documents received</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="67" />
        <source>Ajukan ke BPJS</source>
        <translation>Submit to BPJS</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="68" />
        <source>Catat pembayaran</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="69" />
        <source>Catat penolakan</source>
        <translation>Record refusal</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="87" />
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="137" />
        <source>NIK peserta</source>
        <translation>Member NIK</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="141" />
        <source>Tempat kejadian</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="142" />
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="143" />
        <source>Nama ahli waris (JKM)</source>
        <translation>Heir's name (JKM)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="144" />
        <source>NIK ahli waris (JKM)</source>
        <translation>Heir's NIK (JKM)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="145" />
        <source>Hubungan ahli waris</source>
        <translation>Heir's relation</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="162" />
        <source>Dokumen diterima untuk {c}</source>
        <translation>Documents received for {c}</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="170" />
        <source>Tanggal pengajuan</source>
        <translation>Submission date</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="171" />
        <source>Nomor referensi BPJS</source>
        <translation>BPJS reference</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="172" />
        <source>Ajukan {c} ke BPJS</source>
        <translation>Submit {c} to BPJS</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="178" />
        <source>Nilai dibayar (Rp)</source>
        <translation>Amount paid (Rp)</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="179" />
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="180" />
        <source>Pembayaran {c}</source>
        <translation>Payment {c}</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="186" />
        <source>Alasan penolakan</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="187" />
        <source>Tanggal penolakan</source>
        <translation>Refusal date</translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="188" />
        <source>Penolakan {c}</source>
        <translation>Refusal {c}</translation>
    </message>
</context>
<context>
    <name>KuotaPage</name>
    <message>
        <location filename="../pages/kuota.py" line="56" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="56" />
        <location filename="../pages/kuota.py" line="74" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="57" />
        <location filename="../pages/kuota.py" line="193" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="58" />
        <source>Kursi</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="59" />
        <source>Terpakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="60" />
        <source>Sisa</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="61" />
        <source>Biaya per bulan</source>
        <translation>Cost per month</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="62" />
        <source>Biaya setahun</source>
        <translation>Cost per year</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="63" />
        <source>Dasar anggaran</source>
        <translation>Budget basis</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="66" />
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="67" />
        <source>Perubahan kursi</source>
        <translation>Seat change</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="69" />
        <location filename="../pages/kuota.py" line="206" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="70" />
        <source>Diusulkan oleh</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="73" />
        <source>Urutan</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="74" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="75" />
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="77" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="77" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="86" />
        <source>Kuota</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="88" />
        <location filename="../pages/kuota.py" line="199" />
        <source>Buka kuota baru</source>
        <translation>Open new quota</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="89" />
        <source>Usulkan perubahan kursi</source>
        <translation>Propose seat change</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="90" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="91" />
        <source>Tolak</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="101" />
        <source>Usulan perubahan yang menunggu keputusan</source>
        <translation>Proposed changes awaiting a decision</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="105" />
        <source>Daftar kerja: pekerja layak yang belum terdaftar</source>
        <translation>Worklist: eligible workers not yet enrolled</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="107" />
        <source>Daftarkan N berikutnya</source>
        <translation>Enrol the next N</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="161" />
        <source>Daftar kerja {q}: {n} pekerja layak belum terdaftar, {f} kursi sisa</source>
        <translation>Worklist {q}: {n} eligible workers not yet enrolled, {f} seats left</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="182" />
        <source>Jumlah pekerja</source>
        <translation>Number of workers</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="184" />
        <source>Daftarkan pekerja berikutnya ke kuota {q}</source>
        <translation>Enrol the next workers into quota {q}</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="191" />
        <source>Tahun anggaran</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="195" />
        <source>Jumlah kursi</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="196" />
        <source>Nama kuota</source>
        <translation>Quota name</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="197" />
        <source>Dasar anggaran (APBD/APBD-P)</source>
        <translation>Budget basis (APBD/APBD-P)</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="204" />
        <source>Tambah (+) atau kurangi (−) kursi</source>
        <translation>Add (+) or remove (−) seats</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="207" />
        <source>Usulkan perubahan kuota {q}</source>
        <translation>Propose a change to quota {q}</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="216" />
        <source>Setujui usulan {c}</source>
        <translation>Approve proposal {c}</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="216" />
        <source>Tolak usulan {c}</source>
        <translation>Refuse proposal {c}</translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="223" />
        <source>Catatan / alasan</source>
        <translation>Note / reason</translation>
    </message>
</context>
<context>
    <name>LaporanPage</name>
    <message>
        <location filename="../pages/laporan.py" line="93" />
        <location filename="../pages/laporan.py" line="100" />
        <location filename="../pages/laporan.py" line="117" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="121" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="102" />
        <source>Kebijakan (Paritrana)</source>
        <translation>Policy (Paritrana)</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="122" />
        <source>Cakupan per tanggal</source>
        <translation>Coverage on date</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="127" />
        <source>Data seperti pada</source>
        <translation>Data as of</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="135" />
        <source>Seluruh kota</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="138" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="140" />
        <source>semua pekerja</source>
        <translation>all workers</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="142" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="143" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="154" />
        <source>Buat laporan</source>
        <translation>Generate report</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="156" />
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="157" />
        <source>Simpan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="185" />
        <source>Pratinjau laporan tampil di sini.</source>
        <translation>The report preview appears here.</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="295" />
        <source>{pages} halaman · data per {as_of} · posisi {position}
Sidik: {fp}</source>
        <translation>{pages} pages · data as of {as_of} · position {position}
Fingerprint: {fp}</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="326" />
        <source>Cetak laporan</source>
        <translation>Print report</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="339" />
        <source>{n} halaman dikirim ke pencetak.</source>
        <translation>{n} pages sent to the printer.</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="283" />
        <source>Menyusun laporan…</source>
        <translation>Generating the report…</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="346" />
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="356" />
        <source>Tidak dapat menyimpan ke {f}: {e}</source>
        <translation>Cannot save to {f}: {e}</translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="359" />
        <source>Disimpan ke {f}</source>
        <translation>Saved to {f}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="41" />
        <source>Berjasa — Makassar Berjasa</source>
        <translation>Berjasa — Makassar Berjasa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="63" />
        <source>Beranda</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="64" />
        <source>Peserta</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="65" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="66" />
        <source>Kuota</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="67" />
        <source>Klaim</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="68" />
        <source>MoU/PKS</source>
        <translation>MoU/PKS</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="69" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="71" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="166" />
        <source>MODE WAKTU LAMPAU — semua tampilan menunjukkan keadaan pada {moment} (hanya baca). Kembali ke saat ini di bagian Audit.</source>
        <translation>PAST VIEW — every screen shows the state as of {moment} (read-only). Return to the present in Audit.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="176" />
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178" />
        <source>Penyimpanan: {store}</source>
        <translation>Store: {store}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183" />
        <source>Data terkini</source>
        <translation>Data up to date</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="184" />
        <source>Memperbarui… ({n} perubahan)</source>
        <translation>Updating… ({n} changes)</translation>
    </message>
</context>
<context>
    <name>MouPage</name>
    <message>
        <location filename="../pages/mou.py" line="28" />
        <location filename="../pages/mou.py" line="75" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="28" />
        <location filename="../pages/mou.py" line="76" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="29" />
        <location filename="../pages/mou.py" line="77" />
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="30" />
        <location filename="../pages/mou.py" line="81" />
        <source>Berlaku mulai</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="31" />
        <location filename="../pages/mou.py" line="82" />
        <location filename="../pages/mou.py" line="101" />
        <source>Berlaku sampai</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="32" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="33" />
        <source>Sisa hari</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="36" />
        <source>MoU/PKS</source>
        <translation>MoU/PKS</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="38" />
        <location filename="../pages/mou.py" line="92" />
        <source>Catat MoU/PKS</source>
        <translation>Record MoU/PKS</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="39" />
        <source>Perpanjang</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="54" />
        <source>Belum berlaku</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="54" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="55" />
        <source>Perlu diperpanjang</source>
        <translation>Due for renewal</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="56" />
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="56" />
        <source>Diakhiri</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="78" />
        <source>Para pihak (pisahkan dengan ;)</source>
        <translation>Parties (separate with ;)</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="80" />
        <source>Tanggal tanda tangan</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="103" />
        <source>Tanggal tanda tangan adendum</source>
        <translation>Addendum signing date</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="105" />
        <source>Nomor adendum</source>
        <translation>Addendum number</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="106" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="108" />
        <source>Perpanjang {n}</source>
        <translation>Renew {n}</translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../pages/pengaturan.py" line="75" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="81" />
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="86" />
        <source>Tampilan dan sesi</source>
        <translation>Display and session</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="94" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="95" />
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="96" />
        <source>Kunci sesi setelah tidak aktif</source>
        <translation>Lock the session when idle for</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="97" />
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="98" />
        <source>Peringatan perpanjangan MoU/PKS</source>
        <translation>MoU/PKS renewal warning</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="85" />
        <source>Akun pengguna</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="53" />
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="54" />
        <source>Paket</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="55" />
        <source>sumber (bukan build resmi)</source>
        <translation>source (not an official build)</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="56" />
        <source>dari kode sumber</source>
        <translation>from source code</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="57" />
        <source>terpasang (beku)</source>
        <translation>installed (frozen)</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="99" />
        <source>Target cakupan dan jumlah pekerja kota (BPS) dicatat di Laporan → Kebijakan, dengan sumbernya.</source>
        <translation>The coverage target and the city's workforce (BPS) are recorded under Reports → Policy, with their sources.</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="105" />
        <source>Penyimpanan data (berlaku saat aplikasi dibuka lagi)</source>
        <translation>Data store (takes effect when the application is opened again)</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="109" />
        <source>kosong: berkas SQLite di folder data pengguna; atau postgresql://user@host/db</source>
        <translation>empty: the SQLite file in the user's data folder; or postgresql://user@host/db</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="110" />
        <source>Alamat penyimpanan</source>
        <translation>Store address</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="114" />
        <source>hanya PostgreSQL; disimpan di keyring Windows</source>
        <translation>PostgreSQL only; kept in the Windows keyring</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="115" />
        <source>Kata sandi server</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="116" />
        <source>Penyimpanan saat ini</source>
        <translation>Current store</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="122" />
        <source>Tentang Berjasa</source>
        <translation>About Berjasa</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="124" />
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="164" />
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>PenggunaPanel</name>
    <message>
        <location filename="../pages/pengguna.py" line="34" />
        <location filename="../pages/pengguna.py" line="113" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="34" />
        <location filename="../pages/pengguna.py" line="113" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="35" />
        <location filename="../pages/pengguna.py" line="114" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="36" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="37" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="37" />
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="38" />
        <source>Terkunci sampai</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="44" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="44" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="45" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="45" />
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="53" />
        <location filename="../pages/pengguna.py" line="125" />
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="54" />
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="55" />
        <source>Reset kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="56" />
        <location filename="../pages/pengguna.py" line="105" />
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="75" />
        <source>Akun tidak pernah dihapus: akun yang dinonaktifkan tetap tercatat di riwayat. Admin terakhir tidak dapat dinonaktifkan.</source>
        <translation>Accounts are never deleted: a disabled account stays in the history. The last admin cannot be disabled.</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="105" />
        <source>Aktifkan</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="115" />
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="116" />
        <location filename="../pages/pengguna.py" line="143" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="132" />
        <source>Peran baru</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="134" />
        <location filename="../pages/pengguna.py" line="163" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="135" />
        <source>Ubah peran {u}</source>
        <translation>Change role of {u}</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="142" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="150" />
        <source>Sampaikan kata sandi baru langsung kepada pemilik akun; minta ia menggantinya setelah masuk.</source>
        <translation>Give the new password to the account's owner in person; ask them to change it after signing in.</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="152" />
        <source>Reset kata sandi {u}</source>
        <translation>Reset password of {u}</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="161" />
        <source>Aktifkan {u}</source>
        <translation>Enable {u}</translation>
    </message>
    <message>
        <location filename="../pages/pengguna.py" line="161" />
        <source>Nonaktifkan {u}</source>
        <translation>Disable {u}</translation>
    </message>
</context>
<context>
    <name>PesertaPage</name>
    <message>
        <location filename="../pages/peserta.py" line="70" />
        <source>Peserta</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="88" />
        <source>Cari NIK atau nama…</source>
        <translation>Search NIK or name…</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="91" />
        <source>Semua kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="92" />
        <source>Semua program</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="93" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="94" />
        <source>Semua pekerjaan</source>
        <translation>All occupations</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="95" />
        <source>Semua desil</source>
        <translation>All deciles</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="115" />
        <location filename="../pages/peserta.py" line="319" />
        <source>Daftarkan pekerja</source>
        <translation>Register worker</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="116" />
        <source>Koreksi data</source>
        <translation>Correct details</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="117" />
        <location filename="../pages/peserta.py" line="352" />
        <source>Daftarkan ke kuota</source>
        <translation>Enrol in quota</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="118" />
        <source>Hentikan</source>
        <translation>Terminate</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="119" />
        <location filename="../pages/peserta.py" line="372" />
        <source>Catat kematian</source>
        <translation>Record death</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="120" />
        <location filename="../pages/peserta.py" line="380" />
        <source>Padan Dukcapil</source>
        <translation>Dukcapil match</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="121" />
        <location filename="../pages/peserta.py" line="387" />
        <source>Nomor KPJ</source>
        <translation>KPJ number</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="134" />
        <location filename="../pages/peserta.py" line="275" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="135" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="136" />
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="137" />
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="138" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="139" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="140" />
        <location filename="../pages/peserta.py" line="279" />
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="141" />
        <location filename="../pages/peserta.py" line="280" />
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="142" />
        <location filename="../pages/peserta.py" line="284" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="143" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="189" />
        <source>{n} pekerja</source>
        <translation>{n} workers</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="254" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="254" />
        <source>Berhenti</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="255" />
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="256" />
        <source>Belum terdaftar</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="261" />
        <source>Pilih seorang pekerja untuk melihat data dan riwayatnya.</source>
        <translation>Select a worker to see their details and history.</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="276" />
        <source>Jenis kelamin / lahir</source>
        <translation>Sex / born</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="278" />
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="281" />
        <source>Dukcapil</source>
        <translation>Dukcapil</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="282" />
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="283" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="289" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="292" />
        <source> · berhenti {d} ({r})</source>
        <translation> · ended {d} ({r})</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="331" />
        <source>Alasan koreksi</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="341" />
        <source>Koreksi data pekerja</source>
        <translation>Correct worker details</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="349" />
        <source>Kuota</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="350" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="289" />
        <location filename="../pages/peserta.py" line="360" />
        <source>Kepesertaan</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="361" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="362" />
        <source>Tanggal berhenti</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="363" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="364" />
        <source>Hentikan kepesertaan</source>
        <translation>Terminate enrolment</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="370" />
        <source>Tanggal meninggal</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="371" />
        <source>Sumber keterangan</source>
        <translation>Source of the record</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="378" />
        <source>Hasil padan</source>
        <translation>Match result</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="379" />
        <source>Tanggal padan</source>
        <translation>Match date</translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="386" />
        <source>Nomor KPJ (11 digit)</source>
        <translation>KPJ number (11 digits)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../dialogs.py" line="21" />
        <source>Instansi</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="23" />
        <source>Nama pengguna admin</source>
        <translation>Admin user name</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="24" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="25" />
        <location filename="../dialogs.py" line="66" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="26" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="45" />
        <source>Penyimpanan ini masih kosong. Buat akun admin pertama; admin kemudian menambahkan akun operator, supervisor dan auditor.</source>
        <translation>This store is empty. Create the first admin account; the admin then adds the operator, supervisor and auditor accounts.</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="51" />
        <source>Penyiapan pertama Berjasa</source>
        <translation>Setting up Berjasa</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="62" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="77" />
        <source>Sesi terkunci</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="79" />
        <source>Masuk ke Berjasa</source>
        <translation>Sign in to Berjasa</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="82" />
        <source>Sesi dikunci karena tidak ada aktivitas. Masukkan kata sandi untuk melanjutkan.</source>
        <translation>The session was locked after a period without activity. Enter your password to continue.</translation>
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
    <name>main</name>
    <message>
        <location filename="../main.py" line="84" />
        <source>Menyiapkan penyimpanan demo (sekali saja, sekitar setengah menit)…</source>
        <translation>Preparing the demo store (once only, about half a minute)…</translation>
    </message>
</context>
<context>
    <name>worker_forms</name>
    <message>
        <location filename="../worker_forms.py" line="35" />
        <source>NIK (16 digit)</source>
        <translation>NIK (16 digits)</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="39" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="42" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="46" />
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="47" />
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="52" />
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="58" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="65" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="72" />
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="80" />
        <source>Desil DTSEN</source>
        <translation>DTSEN decile</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="87" />
        <source>No HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="91" />
        <source>Agen Perisai</source>
        <translation>Perisai agent</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="123" />
        <source>Meninggal dunia</source>
        <translation>Died</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="124" />
        <source>Pindah domisili</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="125" />
        <source>Menjadi pekerja formal</source>
        <translation>Became a formal worker</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="126" />
        <source>Data ganda</source>
        <translation>Duplicate record</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="127" />
        <source>Salah input</source>
        <translation>Entry error</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="134" />
        <source>Padan</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="135" />
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../worker_forms.py" line="136" />
        <source>Menunggu</source>
        <translation>Pending</translation>
    </message>
</context>
</TS>