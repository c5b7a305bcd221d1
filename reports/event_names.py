"""Recorded event types in Indonesian words, for the audit extract (the log keeps the
permanent English identifiers; readers get words)."""

from __future__ import annotations

import re

EVENT_NAMES = {
    "AturanManfaat.Created": "Aturan manfaat: dibuat",
    "AturanManfaat.FigureSet": "Aturan manfaat: angka ditetapkan",
    "Direktori.AgreementListed": "Direktori: perjanjian didaftarkan",
    "Direktori.Created": "Direktori: penyimpanan disiapkan",
    "Direktori.QuotaListed": "Direktori: kode kuota didaftarkan",
    "Direktori.UserListed": "Direktori: pengguna didaftarkan",
    "Ekspor.DataExported": "Ekspor data",
    "Indeks.Indexed": "Indeks: NIK dicatat",
    "Indeks.Reassigned": "Indeks: NIK dialihkan",
    "Indeks.Released": "Indeks: NIK dilepas",
    "Kebijakan.BpjsCoverageRecorded": "Kebijakan: cakupan menurut BPJS dicatat",
    "Kebijakan.BudgetAllocated": "Kebijakan: pagu anggaran dicatat",
    "Kebijakan.BudgetPaymentRecorded": "Kebijakan: pembayaran iuran dicatat",
    "Kebijakan.CoverageTargetSet": "Kebijakan: target cakupan ditetapkan",
    "Kebijakan.Created": "Kebijakan: catatan dibuka",
    "Kebijakan.EmblemRecorded": "Kebijakan: lambang daerah dicatat",
    "Kebijakan.HeadOfOfficeRecorded": "Kebijakan: kepala dinas dicatat",
    "Kebijakan.LetterheadRecorded": "Kebijakan: kop surat dicatat",
    "Kebijakan.PbpuUniverseRecorded": "Kebijakan: semesta PBPU dicatat",
    "Kebijakan.RegulationRecorded": "Kebijakan: regulasi dicatat",
    "Kebijakan.RegulationRevoked": "Kebijakan: regulasi dicabut",
    "Kebijakan.WorkforceRecorded": "Kebijakan: jumlah pekerja dicatat",
    "Klaim.BenefitsProposed": "Klaim: manfaat diusulkan",
    "Klaim.CoverageConfirmed": "Klaim: kepesertaan dikonfirmasi",
    "Klaim.DocumentReceived": "Klaim: dokumen diterima",
    "Klaim.DocumentsCompleted": "Klaim: dokumen lengkap",
    "Klaim.Paid": "Klaim: dibayar",
    "Klaim.PaymentProposed": "Klaim: pembayaran diusulkan",
    "Klaim.Rejected": "Klaim: ditolak",
    "Klaim.Reported": "Klaim: dilaporkan",
    "Klaim.SubmittedToBpjs": "Klaim: diajukan ke BPJS",
    "Klaim.VerificationRequired": "Klaim: perlu verifikasi",
    "Kuota.ChangeApproved": "Kuota: perubahan disetujui",
    "Kuota.ChangeProposed": "Kuota: perubahan diusulkan",
    "Kuota.ChangeRefused": "Kuota: perubahan ditolak",
    "Kuota.Opened": "Kuota: dibuka",
    "Kuota.OpeningConfirmed": "Kuota: pembukaan dikonfirmasi",
    "Kuota.OpeningRefused": "Kuota: pembukaan ditolak",
    "Kuota.SeatsReleased": "Kuota: kursi dilepas",
    "Kuota.SeatsTaken": "Kuota: kursi dipakai",
    "Kuota.RulesSet": "Kuota: aturan kelayakan ditetapkan",
    "Pemeliharaan.SnapshotsDropped": "Pemeliharaan: snapshot dihapus",
    "Pencadangan.BackupMade": "Cadangan dibuat",
    "Pemulihan.StoreRestored": "Penyimpanan dipulihkan dari cadangan",
    "PeriodeTertutup.Closed": "Periode tertutup: ditutup",
    "PeriodeTertutup.CorrectionDecided": "Periode tertutup: koreksi diputuskan",
    "PeriodeTertutup.CorrectionProposed": "Periode tertutup: koreksi diusulkan",
    "PeriodeTertutup.CorrectionUsed": "Periode tertutup: koreksi dipakai",
    "PeriodeTertutup.Started": "Periode tertutup: dimulai",
    "Pengguna.Created": "Pengguna: dibuat",
    "Pengguna.Deactivated": "Pengguna: dinonaktifkan",
    "Pengguna.LockedOut": "Pengguna: dikunci",
    "Pengguna.PasswordChanged": "Pengguna: kata sandi diganti",
    "Pengguna.Reactivated": "Pengguna: diaktifkan kembali",
    "Pengguna.RoleChanged": "Pengguna: peran diubah",
    "Pengguna.SignInFailed": "Pengguna: gagal masuk",
    "Pengguna.SignInSucceeded": "Pengguna: berhasil masuk",
    "PenomoranKlaim.NumberIssued": "Penomoran klaim: nomor diterbitkan",
    "PenomoranKlaim.Started": "Penomoran klaim: dimulai",
    "Perjanjian.QuotasLinked": "Perjanjian: kuota dikaitkan",
    "Perjanjian.Registered": "Perjanjian: dicatat",
    "Perjanjian.RenewalProposed": "Perjanjian: perpanjangan diusulkan",
    "Perjanjian.Renewed": "Perjanjian: diperpanjang",
    "Perjanjian.Terminated": "Perjanjian: diakhiri",
    "Peserta.DeathRecorded": "Peserta: kematian dicatat",
    "Peserta.DecileRecorded": "Peserta: desil dicatat",
    "Peserta.DetailsCorrected": "Peserta: data dikoreksi",
    "Peserta.DistinctPersonConfirmed": "Peserta: dipastikan orang berbeda",
    "Peserta.DukcapilMatchRecorded": "Peserta: hasil padan Dukcapil dicatat",
    "Peserta.DuplicateRecorded": "Peserta: duplikat dicatat",
    "Peserta.Enrolled": "Peserta: didaftarkan ke kuota",
    "Peserta.EnrolmentTerminated": "Peserta: kepesertaan diakhiri",
    "Peserta.HeirRecorded": "Peserta: ahli waris dicatat",
    "Peserta.KpjAssigned": "Peserta: nomor KPJ dicatat",
    "Peserta.Registered": "Peserta: didaftarkan",
    "RantaiIntegritas.ChainKeyed": "Rantai integritas: kunci dipasang",
    "Tagihan.InvoiceReconciled": "Tagihan: tagihan BPJS dicocokkan",
    "Tagihan.Opened": "Tagihan: dibuka",
    "TarifIuran.Created": "Tarif iuran: dibuat",
    "TarifIuran.RateSet": "Tarif iuran: tarif ditetapkan",
}
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")
# An aggregate name in words for a type not listed above ("PeriodeTertutup" → "Periode
# tertutup"); its event name stays the identifier's words.
_CODE = re.compile(r"\b([a-z]+(?:_[a-z]+)+)\b")


def event_name(event_type: str) -> str:
    """The type in words; an unlisted one as "Aggregate: words of its name"."""
    known = EVENT_NAMES.get(event_type)
    if known:
        return known
    aggregate, _, name = str(event_type).partition(".")
    words = _CAMEL.sub(" ", aggregate).capitalize()
    return f"{words}: {_CAMEL.sub(' ', name).lower()}" if name else str(event_type)


def status_words(text: str) -> str:
    """Status codes in a summary as words: `perlu_diperpanjang` → `perlu diperpanjang`."""
    return _CODE.sub(lambda m: m.group(1).replace("_", " "), text)
