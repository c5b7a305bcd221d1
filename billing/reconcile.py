"""Comparing BPJS's invoice for a month with our bill of that month.

Every invoice line falls in one kind:

- `matched`: a worker we bill that month, same programmes and amount;
- `amount_mismatch`: a worker we bill, but another amount or programmes, an amount that
  is not rupiah, or a programme that does not exist;
- `only_in_invoice`: a line naming nobody we bill that month (unknown NIK/KPJ, not
  covered, terminated, deceased), a second line for the same worker, or a line of another
  month;

and every worker we bill that no line of the month names is `only_ours`. Findings are
not errors; only a file that cannot be read, or an invoice for another month, is refused.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from billing.invoice import Invoice, InvoiceLine, describe_month
from domain.errors import ValidationError
from domain.formatting import format_rupiah
from domain.i18n import current_language
from domain.messages import render
from domain.model.tagihan_rules import ReconciliationFigures
from domain.money import month_text
from domain.outputs import WORKBOOK_CREATOR, replacing
from projections.api import Bill, BillLine

MATCHED, MISMATCH, ONLY_INVOICE, ONLY_OURS = (
    "matched", "amount_mismatch", "only_in_invoice", "only_ours")
KIND_LABELS = {MATCHED: "Cocok", MISMATCH: "Iuran berbeda", ONLY_INVOICE: "Hanya di tagihan BPJS",
               ONLY_OURS: "Hanya di tagihan kita"}


_NO_VALUES: Mapping[str, Any] = MappingProxyType({})


class Finding(NamedTuple):
    """One line of the comparison: the invoice line (None for `only_ours`), our bill line
    (None when we bill nobody for it), its kind and why (a message code and values)."""

    kind: str
    line: InvoiceLine | None
    ours: BillLine | None
    reason: str
    values: Mapping[str, Any] = _NO_VALUES

    def message(self) -> str:
        return render(self.reason, current_language(), dict(self.values)) if self.reason else ""


@dataclass
class Reconciliation:
    month: str
    invoice: Invoice
    findings: list[Finding]
    our_amount: int

    def counts(self) -> ReconciliationFigures:
        kinds = [f.kind for f in self.findings]
        return {
            "invoice_lines": len(self.invoice.lines),
            "matched": kinds.count(MATCHED),
            "only_in_invoice": kinds.count(ONLY_INVOICE),
            "only_ours": kinds.count(ONLY_OURS),
            "amount_mismatches": kinds.count(MISMATCH),
            "invoice_amount": sum(line.amount or 0 for line in self.invoice.lines),
            "our_amount": self.our_amount,
        }

    def discrepancies(self) -> list[Finding]:
        return [f for f in self.findings if f.kind != MATCHED]


def check_month(invoice: Invoice, month: int) -> None:
    """Refuse an invoice whose month column names only other months: it is another
    month's invoice (lines of mixed months are findings, not a refusal)."""
    named = [line.month for line in invoice.lines if line.month is not None]
    if named and month not in named:
        found = max(set(named), key=named.count)
        raise ValidationError("invoice.other_month", file=invoice.file.name,
                              found=month_text(found), month=month_text(month))


def registered(members: Iterable[tuple[Any, ...]]) -> tuple[dict[str, str], dict[str, str]]:
    """NIK → name and KPJ → NIK of every registered worker (to tell an unknown NIK
    from a worker we simply do not bill), from `projections.money.members_of` rows."""
    by_nik: dict[str, str] = {}
    by_kpj: dict[str, str] = {}
    for _worker, nik, kpj, name, _kecamatan in members:
        by_nik[str(nik)] = str(name)
        if kpj:
            by_kpj[str(kpj)] = str(nik)
    return by_nik, by_kpj


def reconcile(invoice: Invoice, bill: Bill, month: int,
              workers: tuple[dict[str, str], dict[str, str]]) -> Reconciliation:
    by_nik, by_kpj = workers
    billed = {line.nik: line for line in bill.lines}
    seen: dict[str, int] = {}
    collecting = gc.isenabled()
    gc.disable()  # a finding per line, no cycles: the collector would walk them all
    try:
        findings = [_classify(line, month, billed, by_nik, by_kpj, seen)
                    for line in invoice.lines]
    finally:
        if collecting:
            gc.enable()
    label = month_text(month)
    findings += [Finding(ONLY_OURS, None, ours, "invoice.only_ours",
                         {"name": ours.name, "month": label, "ours": format_rupiah(ours.amount)})
                 for nik, ours in billed.items() if nik not in seen]
    return Reconciliation(label, invoice, findings, sum(line.amount for line in bill.lines))


def _classify(line: InvoiceLine, month: int, billed: dict[str, BillLine],
              by_nik: dict[str, str], by_kpj: dict[str, str], seen: dict[str, int]) -> Finding:
    nik = line.nik if line.nik in by_nik else by_kpj.get(line.kpj, "")
    if (line.month is not None and line.month != month) or (
            line.month is None and line.month_text):
        return Finding(ONLY_INVOICE, line, None, "invoice.month_other",
                       {"column": "Bulan", "value": describe_month(line.month, line.month_text),
                        "month": month_text(month)})
    if not line.nik and not line.kpj:
        return Finding(ONLY_INVOICE, line, None, "invoice.no_identity")
    if not nik:
        return Finding(ONLY_INVOICE, line, None, "invoice.unknown_worker",
                       {"value": line.nik or line.kpj})
    ours = billed.get(nik)
    if ours is None:
        return Finding(ONLY_INVOICE, line, None, "invoice.not_billed",
                       {"name": by_nik[nik], "month": month_text(month)})
    if nik in seen:
        return Finding(ONLY_INVOICE, line, ours, "invoice.duplicate",
                       {"name": ours.name, "first": seen[nik]})
    seen[nik] = line.row
    return _compare(line, ours)


def _compare(line: InvoiceLine, ours: BillLine) -> Finding:
    if line.amount is None:
        return Finding(MISMATCH, line, ours, "invoice.amount_malformed",
                       {"column": "Iuran", "value": line.amount_text})
    if line.programmes is None:
        return Finding(MISMATCH, line, ours, "invoice.programme_unknown",
                       {"column": "Program", "value": line.programme_text})
    if line.amount != ours.amount or line.programmes != ours.programmes:
        return Finding(MISMATCH, line, ours, "invoice.amount_differs", {
            "name": ours.name, "invoice": format_rupiah(line.amount),
            "invoice_programmes": "+".join(line.programmes), "ours": format_rupiah(ours.amount),
            "our_programmes": "+".join(ours.programmes)})
    return Finding(MATCHED, line, ours, "")


# --- the discrepancy workbook ---------------------------------------------------------------

REPORT_COLUMNS = ("Baris", "Jenis", "Alasan", "NIK", "KPJ", "Nama", "Program (BPJS)",
                  "Iuran (BPJS)", "Program (kita)", "Iuran (kita)", "Kuota")


def default_report_path(source: Path, moment: datetime) -> Path:
    """`<name>-rekonsiliasi-<timestamp>.xlsx` beside the invoice."""
    return source.with_name(f"{source.stem}-rekonsiliasi-{moment:%Y%m%d-%H%M%S}.xlsx")


def write_report(result: Reconciliation, path: Path) -> Path:
    """Every discrepancy with its reason, under a summary of the figures."""
    from openpyxl import Workbook

    from domain.privacy import neutralise_formula

    workbook = Workbook(write_only=True)
    workbook.properties.creator = WORKBOOK_CREATOR  # `--force` may replace it (issue 23)
    sheet = workbook.create_sheet("Selisih")
    for letter, width in (("A", 8), ("B", 20), ("C", 70), ("D", 19), ("E", 14), ("F", 28)):
        sheet.column_dimensions[letter].width = width
    counts = result.counts()
    sheet.append([f"Rekonsiliasi tagihan iuran {result.month}", result.invoice.file.name])
    sheet.append(["SHA-256", result.invoice.sha256])
    for name, value in counts.items():
        sheet.append([name, value])
    sheet.append([])
    sheet.append(list(REPORT_COLUMNS))
    for finding in result.discrepancies():
        sheet.append([neutralise_formula(v) for v in _row(finding)])
    with replacing(path) as partial:
        workbook.save(partial)
    return path


def _row(finding: Finding) -> Iterable[Any]:
    line, ours = finding.line, finding.ours
    return (
        line.row if line else "", KIND_LABELS[finding.kind], finding.message(),
        (line.nik if line else "") or (ours.nik if ours else ""),
        (line.kpj if line else "") or (ours.kpj if ours else ""),
        (line.name if line else "") or (ours.name if ours else ""),
        line.programme_text if line else "",
        line.amount if line and line.amount is not None else (line.amount_text if line else ""),
        "+".join(ours.programmes) if ours else "", ours.amount if ours else "",
        ", ".join(ours.quotas) if ours else "",
    )
