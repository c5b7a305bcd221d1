"""Every file and folder Berjasa writes belongs to the signed-in user alone.

Stores, read models, backups, rejection workbooks, exports, reports and key exports hold
personal data or secrets (UU 27/2022). On POSIX the process's umask makes each new file
0600 and each new folder 0700, whatever code path creates it (sqlite, openpyxl, reportlab,
shutil), so no writer can forget. On Windows the data folder is in the user's profile
(%LOCALAPPDATA%), whose access list admits only that user, SYSTEM and administrators, and
files created there inherit it; nothing more is needed there.
"""

from __future__ import annotations

import os

PRIVATE_UMASK = 0o077


def keep_new_files_private() -> None:
    """Called first by both programs' entry points."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)
