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
}

register_messages(CONSOLE_MESSAGES)
