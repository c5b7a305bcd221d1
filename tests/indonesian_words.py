"""Common Indonesian words that are neither names nor places nor the product's terms: a
text shown in English that contains one of them (as a whole, lower-case word) is an
untranslated sentence. Used by the pseudo-localisation checks (tests/unit/projections/
test_audit_texts.py, tests/gui/test_no_indonesian_in_english.py).

Left out on purpose, because the English interface keeps them: proper nouns and place
names (Makassar, Panakkukang, "Kota", "Dinas"), the programmes and institutions (JKK,
JKM, JHT, BPJS, Dukcapil, KPJ, NIK, PBPU, Paritrana), administrative units that have no
English equivalent (kecamatan, kelurahan), "Berjasa" (the product), "Rp" and "WITA".
"""

from __future__ import annotations

import re

INDONESIAN_WORDS = frozenset({
    # function words
    "dan", "yang", "tidak", "belum", "sudah", "untuk", "dengan", "dari", "pada", "atau",
    "akan", "ini", "itu", "oleh", "sebagai", "sampai", "mulai", "bila", "jika", "harus",
    "tanpa", "masih", "lagi", "semua", "setiap", "kini", "sesudah", "sebelum", "ke", "di",
    # the domain's common nouns and verbs
    "pekerja", "peserta", "kepesertaan", "klaim", "kuota", "kursi", "tahun", "bulan",
    "hari", "tanggal", "pengguna", "peristiwa", "baris", "laporan", "iuran", "tagihan",
    "perjanjian", "kebijakan", "pengaturan", "jumlah", "alasan", "ringkasan", "riwayat",
    "simpan", "batal", "tutup", "pilih", "cari", "tambah", "ubah", "hapus", "daftar",
    "setujui", "tolak", "keluar", "masuk", "periksa", "catat", "mencatat", "mendaftarkan",
    "menunggu", "dibayar", "ditolak", "dilaporkan", "diajukan", "disetujui", "diusulkan",
    "dikonfirmasi", "berhenti", "meninggal", "aktif", "perempuan", "pembayaran", "manfaat",
    "dokumen", "lengkap", "usulan", "keputusan", "perubahan", "wilayah", "pekerjaan",
    "kelamin", "lahir", "nama", "cakupan", "semesta", "sandi", "kata", "peran", "ganda",
    # months (April, September and November are the same in English)
    "januari", "februari", "maret", "mei", "juni", "juli", "agustus", "oktober",
    "desember", "agu", "okt", "des",
})
_WORD = re.compile(r"[A-Za-z]+")


def indonesian_words_in(text: str) -> list[str]:
    """The listed words `text` contains, as whole words (case-insensitive)."""
    return [w for w in _WORD.findall(text) if w.lower() in INDONESIAN_WORDS]
