"""The figures a reconciliation of a BPJS invoice records, as a plain value without the
`Tagihan` aggregate: the aggregate and its service, the billing package's comparison and
the console's object, and the read model's recorded reconciliation share this one shape,
so a figure added later is added here once (mypy then names every place that must fill
it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import SupportsInt, TypedDict, cast


class ReconciliationFigures(TypedDict):
    """What comparing an invoice with the month's bill found (`billing.reconcile`), in the
    order the console prints them and the report lists them."""

    invoice_lines: int
    matched: int
    only_in_invoice: int
    only_ours: int
    amount_mismatches: int
    invoice_amount: int  # rupiah
    our_amount: int  # rupiah


# The figures' names, in their order (the keys of ReconciliationFigures).
RECONCILIATION_FIGURES: tuple[str, ...] = tuple(ReconciliationFigures.__annotations__)


def reconciliation_figures(values: Mapping[str, object]) -> ReconciliationFigures:
    """Every figure of `values` as an integer, in their order, and nothing else (a missing
    figure is a KeyError)."""
    return cast(ReconciliationFigures, {
        name: int(cast(SupportsInt, values[name])) for name in RECONCILIATION_FIGURES})
