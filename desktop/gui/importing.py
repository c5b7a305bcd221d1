"""The importer, as the wizard calls it (merged from the importer branch)."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import Any

from domain.errors import StoreError


def _importer() -> Any:
    try:
        return importlib.import_module("importer")
    except ImportError:
        raise StoreError("gui.module_missing", feature="Impor") from None


def available() -> bool:
    return importlib.util.find_spec("importer") is not None


def read_table(path: Path) -> Any:
    return _importer().read_table(path)


def run_import(*args: Any, **kwargs: Any) -> Any:
    return _importer().run_import(*args, **kwargs)


def rejection_report_path(source: Path) -> Path:
    """The rejection workbook sits next to the file the clerk imported."""
    return source.with_name(f"{source.stem}-ditolak.xlsx")
