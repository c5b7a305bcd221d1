"""The texts of the desktop GUI's own refusals, in Indonesian and English.
`desktop/gui/__init__.py` registers them with `domain.messages`.
"""

from __future__ import annotations

from domain.messages import register_messages

GUI_MESSAGES: dict[str, tuple[str, str]] = {
    "gui.worker_not_found": (
        "Belum ada satu peserta pun yang cocok dengan '{text}': ketik NIK 16 digit, atau "
        "bagian nama yang hanya dimiliki satu peserta.",
        "No single worker matches '{text}' yet: type the 16-digit NIK, or a part of the "
        "name that only one worker has.",
    ),
    "gui.no_quota_for_day": (
        "Tidak ada kuota yang berlaku pada tanggal mulai ini dan masih punya kursi; pilih "
        "tanggal lain atau minta supervisor menambah kursi.",
        "No quota is in force on this start day with seats left; choose another day or ask "
        "a supervisor for more seats.",
    ),
    "gui.unencrypted_not_confirmed": (
        "Penyimpanan ini akan dibuat TANPA enkripsi. Centang persetujuan di bawah, atau "
        "tutup Berjasa dan siapkan kunci dulu.",
        "This store would be created WITHOUT encryption. Tick the confirmation below, or "
        "close Berjasa and set up a key first.",
    ),
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
}

register_messages(GUI_MESSAGES)
