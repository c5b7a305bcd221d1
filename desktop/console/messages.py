"""The texts of the console's own refusals, in Indonesian and English.
`desktop/console/__init__.py` registers them with `domain.messages`.
"""

from __future__ import annotations

from domain.messages import register_messages

CONSOLE_MESSAGES: dict[str, tuple[str, str]] = {
    "console.nul_byte": (
        "Argumen ke-{position} ('{argument}') berisi karakter NUL; nama berkas dan nilai "
        "tidak boleh memuatnya.",
        "Argument {position} ('{argument}') contains a NUL character; file names and "
        "values cannot hold one.",
    ),
    "import.stopping": (
        "Ctrl+C: impor berhenti setelah batch yang sedang disimpan (Ctrl+C sekali lagi "
        "untuk berhenti seketika).",
        "Ctrl+C: the import stops after the batch being saved (Ctrl+C again to stop at "
        "once).",
    ),
    "import.cancelled": (
        "Impor '{file}' dihentikan dengan Ctrl+C: {saved} dari {batches} batch ({rows} "
        "baris) tersimpan utuh; jalankan impor yang sama lagi untuk menyelesaikannya "
        "(baris yang sudah tersimpan tidak didaftarkan dua kali).",
        "Import of '{file}' stopped with Ctrl+C: {saved} of {batches} batches ({rows} "
        "rows) were saved whole; run the same import again to finish it (rows already "
        "saved are not recorded twice).",
    ),
}

register_messages(CONSOLE_MESSAGES)
