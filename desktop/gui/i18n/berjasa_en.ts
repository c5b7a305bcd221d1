<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/audit.py" line="39"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="40"/>
        <source>Perjalanan waktu: lihat data seperti pada suatu saat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="46"/>
        <source>Tampilkan keadaan saat itu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="48"/>
        <source>Kembali ke saat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="50"/>
        <source>Periksa keutuhan riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="65"/>
        <location filename="../pages/audit.py" line="79"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="67"/>
        <source>Jenis peristiwa (mis. Peserta.Registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="69"/>
        <source>NIK pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="70"/>
        <source>Saring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="78"/>
        <source>Waktu (WITA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="80"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="81"/>
        <source>Peristiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="82"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="83"/>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="84"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="115"/>
        <source>{n} peristiwa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="128"/>
        <source>Menyusun keadaan pada saat itu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="154"/>
        <source>Pemeriksaan keutuhan (rantai hash) belum tersedia di versi ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="173"/>
        <source>Riwayat utuh: tidak ada peristiwa yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="174"/>
        <source>PERINGATAN: riwayat tidak utuh. {d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerandaPage</name>
    <message>
        <location filename="../pages/beranda.py" line="40"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="44"/>
        <source>Pemakaian kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="47"/>
        <source>Perlu perhatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="52"/>
        <source>Peserta aktif per bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="53"/>
        <source>Peserta aktif per kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="85"/>
        <source>target cakupan {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="88"/>
        <source>{p} dari {w} pekerja; target {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="91"/>
        <source>Peserta aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="99"/>
        <source>dari {s} kursi kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="111"/>
        <source>{u} / {s} kursi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="115"/>
        <source>Belum ada kuota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="123"/>
        <source>{n} berakhir dalam {d} hari — perlu diperpanjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="126"/>
        <source>{n} sudah kedaluwarsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="131"/>
        <source>{n} klaim menunggu tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="132"/>
        <source>Tidak ada yang perlu ditindaklanjuti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/beranda.py" line="153"/>
        <source>Belum ada peserta aktif.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImporPage</name>
    <message>
        <location filename="../pages/impor.py" line="44"/>
        <source>Impor daftar pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="59"/>
        <source>&lt; Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="60"/>
        <location filename="../pages/impor.py" line="161"/>
        <source>Lanjut &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="74"/>
        <source>Berkas CSV atau Excel (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="75"/>
        <source>Pilih berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="78"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="81"/>
        <source>Daftarkan ke kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="83"/>
        <source>Kolom NIK harus berformat Teks di Excel. Baris yang salah tidak diimpor dan dicatat di buku kerja penolakan beserta alasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="107"/>
        <source>Batalkan impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="122"/>
        <source>Buka buku kerja penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="124"/>
        <source>Impor berkas lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="145"/>
        <source>{q} — {label} (sisa {free} kursi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="153"/>
        <source>Langkah 1 dari 4: pilih berkas dan kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="154"/>
        <source>Langkah 2 dari 4: periksa pratinjau dan pemetaan kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="155"/>
        <source>Langkah 3 dari 4: mengimpor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="156"/>
        <source>Langkah 4 dari 4: hasil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="161"/>
        <source>Mulai impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="166"/>
        <source>Pilih daftar pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="167"/>
        <source>Daftar pekerja (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="182"/>
        <source>Belum ada kuota terbuka; minta supervisor membuka kuota lebih dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="206"/>
        <source>(tidak ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="236"/>
        <source>Pilih kolom untuk: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="247"/>
        <source>Membaca dan memeriksa {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="262"/>
        <source>{d} dari {t} baris diproses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="268"/>
        <source>Menghentikan setelah kelompok baris ini…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="275"/>
        <source>Baris dibaca: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="276"/>
        <source>Didaftarkan ke kuota: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="278"/>
        <source>Ditolak: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="279"/>
        <source>Ganda: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="280"/>
        <source>Melebihi kuota: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/impor.py" line="283"/>
        <source>Impor dihentikan oleh pengguna; baris yang sudah diproses tetap tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KlaimPage</name>
    <message>
        <location filename="../pages/klaim.py" line="28"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="28"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="29"/>
        <location filename="../pages/klaim.py" line="122"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="30"/>
        <location filename="../pages/klaim.py" line="124"/>
        <source>Tanggal kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="32"/>
        <source>Dokumen kurang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="33"/>
        <location filename="../pages/klaim.py" line="42"/>
        <source>Dibayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="40"/>
        <source>Dilaporkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="41"/>
        <source>Dokumen lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="41"/>
        <source>Diajukan ke BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="42"/>
        <source>Ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="47"/>
        <source>Klaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="50"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="56"/>
        <location filename="../pages/klaim.py" line="139"/>
        <source>Laporkan klaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="57"/>
        <source>Catat dokumen diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="58"/>
        <source>Ajukan ke BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="59"/>
        <source>Catat pembayaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="60"/>
        <source>Catat penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="73"/>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="121"/>
        <source>NIK peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="125"/>
        <source>Tempat kejadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="126"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="127"/>
        <source>Nama ahli waris (JKM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="128"/>
        <source>NIK ahli waris (JKM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="129"/>
        <source>Hubungan ahli waris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="146"/>
        <source>Dokumen diterima untuk {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="154"/>
        <source>Tanggal pengajuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="155"/>
        <source>Nomor referensi BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="156"/>
        <source>Ajukan {c} ke BPJS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="162"/>
        <source>Nilai dibayar (Rp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="163"/>
        <source>Tanggal bayar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="164"/>
        <source>Pembayaran {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="170"/>
        <source>Alasan penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="171"/>
        <source>Tanggal penolakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/klaim.py" line="172"/>
        <source>Penolakan {c}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KuotaPage</name>
    <message>
        <location filename="../pages/kuota.py" line="46"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="46"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="47"/>
        <location filename="../pages/kuota.py" line="132"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="48"/>
        <source>Kursi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="49"/>
        <source>Terpakai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="50"/>
        <source>Sisa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="51"/>
        <source>Biaya per bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="52"/>
        <source>Biaya setahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="53"/>
        <source>Dasar anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="56"/>
        <source>Usulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="57"/>
        <source>Perubahan kursi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="59"/>
        <location filename="../pages/kuota.py" line="145"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="60"/>
        <source>Diusulkan oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="68"/>
        <source>Kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="70"/>
        <location filename="../pages/kuota.py" line="138"/>
        <source>Buka kuota baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="71"/>
        <source>Usulkan perubahan kursi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="72"/>
        <source>Setujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="73"/>
        <source>Tolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="83"/>
        <source>Usulan perubahan yang menunggu keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="130"/>
        <source>Tahun anggaran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="134"/>
        <source>Jumlah kursi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="135"/>
        <source>Nama kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="136"/>
        <source>Dasar anggaran (APBD/APBD-P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="143"/>
        <source>Tambah (+) atau kurangi (−) kursi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="146"/>
        <source>Usulkan perubahan kuota {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="155"/>
        <source>Setujui usulan {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="155"/>
        <source>Tolak usulan {c}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/kuota.py" line="162"/>
        <source>Catatan / alasan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaporanPage</name>
    <message>
        <location filename="../pages/laporan.py" line="33"/>
        <location filename="../pages/laporan.py" line="38"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="34"/>
        <source>Laporan dan parameternya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="43"/>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="47"/>
        <source>Keadaan per tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="49"/>
        <source>Seluruh kota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="52"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="55"/>
        <source>Buat laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="56"/>
        <source>Pratinjau / cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="57"/>
        <source>Simpan sebagai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="87"/>
        <source>Modul laporan belum terpasang di versi ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="101"/>
        <source>Menyusun laporan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="111"/>
        <source>Laporan siap: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="125"/>
        <source>Simpan laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/laporan.py" line="129"/>
        <source>Disimpan ke {f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="30"/>
        <source>Berjasa — Makassar Berjasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="44"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="45"/>
        <source>Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="46"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="47"/>
        <source>Kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="48"/>
        <source>Klaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="49"/>
        <source>MoU/PKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="50"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="51"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="52"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>MODE WAKTU LAMPAU — semua tampilan menunjukkan keadaan pada {moment} (hanya baca). Kembali ke saat ini di bagian Audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>Pengguna: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>Penyimpanan: {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150"/>
        <source>Data terkini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151"/>
        <source>Memperbarui… ({n} perubahan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MouPage</name>
    <message>
        <location filename="../pages/mou.py" line="28"/>
        <location filename="../pages/mou.py" line="75"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="28"/>
        <location filename="../pages/mou.py" line="76"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="29"/>
        <location filename="../pages/mou.py" line="77"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="30"/>
        <location filename="../pages/mou.py" line="81"/>
        <source>Berlaku mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="31"/>
        <location filename="../pages/mou.py" line="82"/>
        <location filename="../pages/mou.py" line="101"/>
        <source>Berlaku sampai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="32"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="33"/>
        <source>Sisa hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="36"/>
        <source>MoU/PKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="38"/>
        <location filename="../pages/mou.py" line="92"/>
        <source>Catat MoU/PKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="39"/>
        <source>Perpanjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="54"/>
        <source>Belum berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="54"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="55"/>
        <source>Perlu diperpanjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="56"/>
        <source>Kedaluwarsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="56"/>
        <source>Diakhiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="78"/>
        <source>Para pihak (pisahkan dengan ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="80"/>
        <source>Tanggal tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="103"/>
        <source>Tanggal tanda tangan adendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="105"/>
        <source>Nomor adendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="106"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/mou.py" line="108"/>
        <source>Perpanjang {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../pages/pengaturan.py" line="32"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="33"/>
        <source>Tampilan dan sesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="40"/>
        <source>Bahasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="41"/>
        <source> menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="42"/>
        <source>Kunci sesi setelah tidak aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="43"/>
        <source> hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="44"/>
        <source>Peringatan perpanjangan MoU/PKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="46"/>
        <source>Target cakupan semesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="48"/>
        <source>Jumlah pekerja kota (BPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="50"/>
        <source>Penyimpanan data (berlaku saat aplikasi dibuka lagi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="54"/>
        <source>kosong: berkas SQLite di folder data pengguna; atau postgresql://user@host/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="55"/>
        <source>Alamat penyimpanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="59"/>
        <source>hanya PostgreSQL; disimpan di keyring Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="60"/>
        <source>Kata sandi server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="61"/>
        <source>Penyimpanan saat ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="64"/>
        <source>Simpan pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/pengaturan.py" line="104"/>
        <source>Pengaturan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PesertaPage</name>
    <message>
        <location filename="../pages/peserta.py" line="54"/>
        <source>Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="71"/>
        <source>Cari NIK atau nama…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="74"/>
        <source>Semua kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="75"/>
        <source>Semua program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="76"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="77"/>
        <source>Semua pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="78"/>
        <source>Semua desil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="98"/>
        <location filename="../pages/peserta.py" line="299"/>
        <source>Daftarkan pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="99"/>
        <source>Koreksi data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="100"/>
        <location filename="../pages/peserta.py" line="332"/>
        <source>Daftarkan ke kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="101"/>
        <source>Hentikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="102"/>
        <location filename="../pages/peserta.py" line="352"/>
        <source>Catat kematian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="103"/>
        <location filename="../pages/peserta.py" line="360"/>
        <source>Padan Dukcapil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="104"/>
        <location filename="../pages/peserta.py" line="367"/>
        <source>Nomor KPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="117"/>
        <location filename="../pages/peserta.py" line="259"/>
        <source>NIK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="118"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="119"/>
        <source>JK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="120"/>
        <source>Umur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="121"/>
        <source>Kecamatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="122"/>
        <source>Kelurahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="123"/>
        <location filename="../pages/peserta.py" line="263"/>
        <source>Pekerjaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="124"/>
        <location filename="../pages/peserta.py" line="264"/>
        <source>Desil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="125"/>
        <location filename="../pages/peserta.py" line="267"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="126"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="172"/>
        <source>{n} pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="239"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="239"/>
        <source>Berhenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="240"/>
        <source>Meninggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="241"/>
        <source>Belum terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="246"/>
        <source>Pilih seorang pekerja untuk melihat data dan riwayatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="260"/>
        <source>Jenis kelamin / lahir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="262"/>
        <source>Wilayah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="265"/>
        <source>Dukcapil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="266"/>
        <source>KPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="274"/>
        <source> · berhenti {d} ({r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="311"/>
        <source>Alasan koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="321"/>
        <source>Koreksi data pekerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="329"/>
        <source>Kuota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="330"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="340"/>
        <source>Kepesertaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="341"/>
        <source>Alasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="342"/>
        <source>Tanggal berhenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="343"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="344"/>
        <source>Hentikan kepesertaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="350"/>
        <source>Tanggal meninggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="351"/>
        <source>Sumber keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="358"/>
        <source>Hasil padan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="359"/>
        <source>Tanggal padan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/peserta.py" line="366"/>
        <source>Nomor KPJ (11 digit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../errors.py" line="36"/>
        <source>Terjadi kesalahan yang tidak terduga. Perubahan Anda tidak disimpan. Coba lagi; jika terulang, kirim berkas log dari folder {folder} ke admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../errors.py" line="44"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
