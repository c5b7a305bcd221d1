"""`changes --from T1 --to T2 [--on D]`: what changed between two recorded moments, and
the events that changed it (auditors comparing what the office knew on two days)."""

from __future__ import annotations

from typing import Any

from desktop.console.args import command
from desktop.console.context import ConsoleContext
from domain.errors import ValidationError
from domain.privacy import mask_niks_in_text
from domain.values import as_optional_date, as_timestamp
from projections.changes import Changes, changes_between


def register(commands: Any) -> None:
    changes = command(commands, "changes",
                      "apa yang berubah di antara dua saat tercatat, dan oleh peristiwa mana",
                      do_changes)
    changes.add_argument("--from", dest="start", required=True,
                         help="saat pertama (ISO 8601; tanpa zona = WITA)")
    changes.add_argument("--to", dest="end", required=True,
                         help="saat kedua (ISO 8601; tanpa zona = WITA)")
    changes.add_argument("--on", help="tanggal cakupan untuk keduanya (default: tanggal "
                                      "masing-masing saat)")


def do_changes(ctx: ConsoleContext) -> Changes:
    app = ctx.app()
    session = ctx.session()
    reader = app.history.authorise_comparison(session)
    start, end = as_timestamp(ctx.args.start), as_timestamp(ctx.args.end)
    if end < start:
        raise ValidationError("changes.order", start=ctx.args.start, end=ctx.args.end)
    answer = changes_between(app.application, start, end, as_optional_date(ctx.args.on, "--on"))
    if not reader.full_nik:
        for event in answer["explained_by"]:
            event["reason"] = mask_niks_in_text(event["reason"])
    return answer
