"""Reading BPJS's monthly invoice with the worker import's reader.

The file is opened by `importer.read_table` (title rows, header detection, encodings,
`.xlsx`/`.csv`, and whatever else that reader opens), then its columns are recognised by
their headers: `NIK` and/or `KPJ`, `Nama`, `Program` (`JKK+JKM`, `JKK, JKM`, ...), `Iuran`
(`16800`, `16.800`, `Rp16.800`) and optionally `Bulan`. A line whose cells cannot be read
is kept with the reason, never dropped: it becomes a row of the discrepancy workbook.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from domain.errors import ValidationError
from domain.formatting import MONTHS
from domain.model.common import PROGRAMMES
from domain.money import month_text
from importer import read_table
from importer.headers import ColumnSet, header_key

INVOICE_COLUMNS: dict[str, tuple[str, ...]] = {
    "nik": ("nik", "nonik", "nomornik", "nikpeserta", "noktp", "nomorindukkependudukan"),
    "kpj": ("kpj", "nokpj", "nomorkpj", "kpjpeserta", "nokartu", "nomorkartupeserta"),
    "name": ("nama", "namapeserta", "namalengkap", "namatenagakerja", "namapekerja"),
    "programme": ("program", "programs", "jenisprogram", "programbpjs", "programjaminan"),
    "amount": ("iuran", "jumlahiuran", "nilaiiuran", "iuranrp", "nominaliuran", "nominal",
               "tagihan", "jumlahtagihan", "totaliuran"),
    "month": ("bulan", "periode", "bulaniuran", "periodeiuran", "blth", "masaiuran"),
}
COLUMN_LABELS = {"nik": "NIK", "kpj": "KPJ", "name": "Nama", "programme": "Program",
                 "amount": "Iuran", "month": "Bulan"}
_COLUMN_OF = {alias: name for name, aliases in INVOICE_COLUMNS.items() for alias in aliases}
# The header row is found by these columns (a worker list's NIK + Nama are not required:
# BPJS may name its members by KPJ alone).
INVOICE_COLUMN_SET = ColumnSet(INVOICE_COLUMNS, ("programme", "amount"), COLUMN_LABELS,
                               either=("nik", "kpj"))
_AMOUNT = re.compile(r"^(?:rp\.?)?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,0{1,2})?$")
_PROGRAMME_SPLIT = re.compile(r"[+,/&;\s]+|\bdan\b")
_MONTH_NAMES = {name.casefold(): i for i, name in enumerate(MONTHS)}
_MONTH_PATTERNS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})(?:-\d{1,2})?(?:[ t].*)?$"),
    re.compile(r"^(?P<m>\d{1,2})[/-](?P<y>\d{4})$"),
)


class InvoiceLine(NamedTuple):
    """One line as read: identity, amount and month parsed where possible (a tuple: an
    invoice has a line per billed worker)."""

    row: int
    nik: str
    kpj: str
    name: str
    programme_text: str
    programmes: tuple[str, ...] | None  # None: a programme the line names is unknown
    amount_text: str
    amount: int | None  # None: not a rupiah amount
    month_text: str
    month: int | None  # None: no month column, or a month that cannot be read


@dataclass(frozen=True)
class Invoice:
    file: Path
    sha256: str
    headers: list[str]
    columns: dict[str, int]
    lines: list[InvoiceLine]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_invoice(path: str | Path) -> Invoice:
    """The invoice's lines; ValidationError when the file cannot be read or lacks the
    identity, programme or amount columns (nothing to compare)."""
    file = Path(path)
    table = read_table(file, INVOICE_COLUMN_SET)
    columns: dict[str, int] = {}
    for index, header in enumerate(table.headers):
        name = _COLUMN_OF.get(header_key(header))
        if name is not None and name not in columns:
            columns[name] = index
    missing = [COLUMN_LABELS[c] for c in ("programme", "amount") if c not in columns]
    if "nik" not in columns and "kpj" not in columns:
        missing.insert(0, "NIK/KPJ")
    if missing:
        raise ValidationError("invoice.columns", file=file.name, columns=", ".join(missing),
                              row=table.header_row)
    collecting = gc.isenabled()
    gc.disable()  # 100,000 lines of tuples, no cycles: the collector would walk them all
    try:
        lines = list(_lines(table.rows(), columns))
    finally:
        if collecting:
            gc.enable()
    if not lines:
        raise ValidationError("invoice.empty", file=file.name)
    return Invoice(file, file_sha256(file), list(table.headers), columns, lines)


def _lines(rows: Iterator[tuple[int, list[Any]]], columns: dict[str, int]
           ) -> Iterator[InvoiceLine]:
    """The lines; the few distinct programme, amount and month cells of an invoice are
    parsed once each (a 100,000-line invoice repeats them on every line)."""
    places = [columns.get(name) for name in ("nik", "kpj", "name", "programme", "amount",
                                              "month")]
    width = max(i for i in places if i is not None) + 1
    has_month = "month" in columns
    programmes: dict[str, tuple[str, ...] | None] = {}
    amounts: dict[Any, tuple[str, int | None]] = {}
    months: dict[Any, tuple[str, int | None]] = {}
    for number, cells in rows:
        if len(cells) < width:
            cells = [*cells, *([None] * (width - len(cells)))]
        nik, kpj, name, programme, amount, month = (
            None if i is None else cells[i] for i in places)
        programme_text = _text(programme)
        parsed = programmes.get(programme_text, _UNSEEN)
        if parsed is _UNSEEN:
            parsed = programmes[programme_text] = parse_programmes(programme_text)
        money = _memo(amounts, amount, lambda v: (_text(v), parse_amount(v)))
        when = _memo(months, month, lambda v: (
            _text(v), parse_invoice_month(v) if has_month else None))
        yield InvoiceLine(number, _identity(nik), _identity(kpj), _text(name),
                          programme_text, parsed, money[0], money[1], when[0], when[1])


_UNSEEN: Any = object()


def _memo(found: dict[Any, Any], value: Any, parse: Any) -> Any:
    try:
        known = found.get(value, _UNSEEN)
    except TypeError:  # not hashable
        return parse(value)
    if known is _UNSEEN:
        known = found[value] = parse(value)
    return known


def _text(value: Any) -> str:
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _identity(value: Any) -> str:
    """A NIK/KPJ as written; a number the spreadsheet rounded (7.37105E+15) stays as
    written, so it matches nobody and is reported, never "repaired"."""
    if type(value) is str and value.isdigit():
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return format(value, ".15g")
    return "" if value is None else str(value).strip().replace(" ", "")


def parse_amount(value: Any) -> int | None:
    """`16800`, `16.800`, `Rp16.800`, `Rp 16.800,00` → 16800; anything else → None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else None
    found = _AMOUNT.match(str(value).strip().casefold())
    return int(found.group(1).replace(".", "")) if found else None


def parse_programmes(text: str) -> tuple[str, ...] | None:
    """`JKK+JKM`, `JKK, JKM`, `jkk/jkm` → ("JKK", "JKM"); None when a name is unknown."""
    names = {part.strip().upper() for part in _PROGRAMME_SPLIT.split(text) if part.strip()}
    if not names or not names <= set(PROGRAMMES):
        return None
    return tuple(p for p in PROGRAMMES if p in names)


def parse_invoice_month(value: Any) -> int | None:
    """`2025-07`, `07/2025`, `Juli 2025`, a date → month index; None when unreadable."""
    if isinstance(value, datetime | date):
        return value.year * 12 + value.month - 1
    text = _text(value).casefold()
    for pattern in _MONTH_PATTERNS:
        found = pattern.match(text)
        if found and 1 <= int(found.group("m")) <= 12:
            return int(found.group("y")) * 12 + int(found.group("m")) - 1
    words = text.replace("-", " ").split()
    if len(words) == 2 and words[0] in _MONTH_NAMES and words[1].isdigit():
        return int(words[1]) * 12 + _MONTH_NAMES[words[0]]
    return None


def describe_month(month: int | None, text: str) -> str:
    return month_text(month) if month is not None else text
