"""The bill, its export and the reconciliation of BPJS's invoice, for the console and GUI.

Each function authorises the caller, reads the read models (the live ones caught up, or a
replay "as of" a recorded moment), and records what the domain must remember: an export
of personal data, or the reconciliation of an invoice.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypedDict

from billing.invoice import read_invoice
from billing.reconcile import (
    Reconciliation,
    check_month,
    default_report_path,
    reconcile,
    registered,
    write_report,
)
from domain.errors import ValidationError
from domain.model.tagihan_rules import ReconciliationFigures
from domain.money import month_text, parse_month
from domain.nik import mask_nik
from domain.outputs import WORKBOOK_CREATOR, replacing
from domain.services.app import Berjasa
from domain.services.session import Session
from domain.values import as_timestamp
from projections.api import Bill, BillSummary
from projections.money import members_of
from projections.queries import SqlReadModels

EXPORT_COLUMNS = ("NIK", "KPJ", "Nama", "Kecamatan", "Program", "Iuran", "Kuota")


class BillExported(TypedDict):
    month: str
    file: str
    rows: int
    amount: int
    masked: bool  # NIK and KPJ masked (a role that may not see them whole)


class ReconcileSummary(ReconciliationFigures):
    """The console's object: the month, `Reconciliation.counts()` and the workbook (printed
    in that order)."""

    month: str
    report: str


@contextmanager
def read_models(app: Berjasa, as_of: datetime | str | None = None,
                models: Any = None) -> Iterator[SqlReadModels]:
    """Given read models as they are; else a replay as of `as_of`; else the live ones,
    caught up with the log."""
    from projections import open_read_models, replay_as_of

    if models is not None:
        yield models
        return
    if as_of is not None and str(as_of).strip():
        moment = as_timestamp(as_of)
        if moment > app.application.clock():
            raise ValidationError("report.future", as_of=moment.isoformat())
        replayed = replay_as_of(app.application, moment)
        try:
            yield replayed
        finally:
            replayed.close()
        return
    live = open_read_models(app.application)
    try:
        live.catch_up()
        yield live
    finally:
        live.close()


def show_bill(app: Berjasa, session: Session, month: str, as_of: Any = None,
              models: Any = None) -> BillSummary:
    """`{"month", "workers", "by_programme": {P: {"workers", "amount"}}, "amount"}`."""
    app.billing.authorise_bill(session)
    key = month_text(parse_month(month))
    with read_models(app, as_of, models) as found:
        return found.bill_summary(key)


def export_bill(app: Berjasa, session: Session, month: str, output: str | Path,
                as_of: Any = None, models: Any = None) -> BillExported:
    """The month's bill as a workbook (NIK, KPJ, name, kecamatan, programmes, amount),
    recorded as an export of personal data; NIK and KPJ masked for roles that may not
    see them whole."""
    full = app.billing.authorise_bill_export(session).full_nik
    key = month_text(parse_month(month))
    path = Path(output)
    with read_models(app, as_of, models) as found:
        bill = found.bill(key)
    write_bill(bill, path, full)
    try:
        app.exports.record_export(session, "xlsx", f"Tagihan iuran BPJS bulan {key}",
                                  len(bill.lines),
                          {"month": key, "file": path.name, "as_of": str(as_of or ""),
                           "masked": "tidak" if full else "ya"})
    except BaseException:  # no unrecorded export is left behind
        path.unlink(missing_ok=True)
        raise
    return BillExported(month=key, file=str(path), rows=len(bill.lines),
                        amount=sum(line.amount for line in bill.lines), masked=not full)


def write_bill(bill: Bill, path: Path, full_nik: bool) -> None:
    from openpyxl import Workbook

    from domain.privacy import neutralise_formula

    workbook = Workbook(write_only=True)
    workbook.properties.creator = WORKBOOK_CREATOR  # `--force` may replace it (issue 23)
    sheet = workbook.create_sheet(f"Tagihan {bill.month}")
    for letter, width in (("A", 19), ("B", 14), ("C", 30), ("D", 20), ("E", 14), ("F", 10)):
        sheet.column_dimensions[letter].width = width
    sheet.append(list(EXPORT_COLUMNS))
    for line in bill.lines:
        nik = line.nik if full_nik else mask_nik(line.nik)
        kpj = line.kpj if full_nik or not line.kpj else mask_nik(line.kpj)
        sheet.append([neutralise_formula(v) for v in (
            nik, kpj, line.name, line.kecamatan, "+".join(line.programmes), line.amount,
            ", ".join(line.quotas))])
    with replacing(path) as partial:
        workbook.save(partial)


def reconcile_file(app: Berjasa, session: Session, file: str | Path, month: str,
                   report: str | Path | None = None,
                   models: Any = None) -> tuple[Reconciliation, Path]:
    """Compare the invoice `file` with the bill of `month`, write the discrepancy workbook
    and record the reconciliation. A file that cannot be read, or another month's
    invoice, is refused before anything is written or recorded."""
    app.billing.authorise_reconciliation(session)
    wanted = parse_month(month)
    invoice = read_invoice(file)
    check_month(invoice, wanted)
    with read_models(app, None, models) as found:
        members = members_of(found.database)
        result = reconcile(invoice, found.bill(month_text(wanted), members), wanted,
                           registered(members.values()))
    path = Path(report) if report else default_report_path(invoice.file, datetime.now())
    write_report(result, path)
    try:
        app.billing.record_reconciliation(session, result.month, invoice.file.name, invoice.sha256,
                                          result.counts())
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return result, path


def reconcile_summary(result: Reconciliation, report: Path) -> ReconcileSummary:
    """The console's object: month, the figures, and the workbook's path."""
    summary: ReconcileSummary = {"month": result.month, **result.counts(), "report": str(report)}
    return summary
