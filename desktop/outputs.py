"""Files the console writes never clobber another file (issue 23).

An existing file at the output path is refused (`output.exists`, exit 1, nothing changed)
unless `--force` is given AND the file is one of the same kind Berjasa wrote: a report PDF
whose embedded parameters say so, a workbook whose document properties name Berjasa as
creator, a checkpoint Berjasa's reader accepts, a backup (a store file of the same store,
never the store itself), a key file (of the same store). Anything else (the live store, a system
file, a spreadsheet of the office's own) is never replaced, `--force` or not.

The writers themselves write to a temporary name in the same folder and rename it over the
target at the end (`os.replace`), so a failure never leaves half a file in its place.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

from domain.errors import StoreError
from domain.outputs import WORKBOOK_CREATOR, replacing

__all__ = ["BACKUP", "CHECKPOINT", "KEY_FILE", "REPORT", "WORKBOOK", "check_output",
           "replacing"]
REPORT, WORKBOOK, CHECKPOINT = "report", "workbook", "checkpoint"
BACKUP, KEY_FILE = "backup", "key file"
# Enough of a report PDF to find its embedded parameters; a report is far smaller.
REPORT_BYTES_MAX = 256 * 1024 * 1024
CORE, CORE_BYTES_MAX = "docProps/core.xml", 64 * 1024  # a workbook's document properties
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


def _is_report(path: Path) -> bool:
    from reports.verify import stored_parameters

    if path.stat().st_size > REPORT_BYTES_MAX:
        return False
    try:
        stored_parameters(path.read_bytes())
    except Exception:  # anything unreadable is simply not a report
        return False
    return True


def _is_workbook(path: Path) -> bool:
    """An .xlsx whose core properties name Berjasa as its creator (read from the zip's
    docProps/core.xml: no workbook is loaded)."""
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.getinfo(CORE).file_size > CORE_BYTES_MAX:
                return False
            creator = ElementTree.fromstring(archive.read(CORE)).findtext(DC_CREATOR)
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return False
    return creator == WORKBOOK_CREATOR


def _is_checkpoint(path: Path) -> bool:
    from domain.errors import ValidationError
    from infra.audit import read_checkpoint

    try:
        read_checkpoint(path)
    except ValidationError:
        return False
    return True


def _is_backup(path: Path) -> bool:
    """A SQLite store file of Berjasa's (its metadata names a store), read only. The
    caller checks it is a backup of the store being backed up, and not that store."""
    from infra.backup import store_id_of

    return store_id_of(path) is not None


def _is_key_file(path: Path) -> bool:
    from infra.keys import key_file_store

    return key_file_store(path) is not None


RECOGNISERS: dict[str, Callable[[Path], bool]] = {
    REPORT: _is_report, WORKBOOK: _is_workbook, CHECKPOINT: _is_checkpoint,
    BACKUP: _is_backup, KEY_FILE: _is_key_file,
}


def check_output(path: Path | str, kind: str, force: bool, code: str = "output.exists"
                 ) -> Path:
    """`path` when it may be written: it does not exist, or it is a regular file of `kind`
    Berjasa wrote and `force` is given; else refused `code` (nothing changed). `code` is
    `output.exists` but for the outputs that refused before with their own code."""
    target = Path(path)
    if not os.path.lexists(target):
        return target
    replaceable = (force and target.is_file() and not target.is_symlink()
                   and RECOGNISERS[kind](target))
    if not replaceable:
        raise StoreError(code, file=str(target))
    return target
