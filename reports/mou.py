"""Status MoU/PKS: every agreement's validity, days left and renewal history."""

from __future__ import annotations

from typing import TypedDict

from reportlab.platypus import Flowable

from domain.formatting import format_number
from projections.api import AgreementRow, ReadModels
from reports.blocks import gap, heading, table, text
from reports.common import avail_width, day_text, days_left_text, programmes_text, short_day
from reports.params import ReportParams, StoreFacts
from reports.paritrana_layout import STATUS

TITLE = "Status MoU/PKS"
WIDE = True
COVER = False


class AgreementsData(TypedDict):
    on: str
    agreements: list[AgreementRow]  # by kind, then number


def collect(read_models: ReadModels, params: ReportParams, facts: StoreFacts,
            stored_format: int) -> AgreementsData:
    """The report's figures (`stored_format`: the format it is made in, which this report's
    words do not depend on)."""
    del stored_format
    on = params.on or facts.as_of_date
    agreements = sorted(read_models.agreements(on=on),
                        key=lambda a: (a["kind"], a["number"]))
    return AgreementsData(on=on.isoformat(), agreements=agreements)


def _renewals(agreement: AgreementRow) -> list[list[str]]:
    return [[agreement["number"], day_text(r["signed_on"]), day_text(r["previous_valid_to"]),
             day_text(r["valid_to"]), str(r["reference"] or "-")]
            for r in agreement["renewals"]]


def story(data: AgreementsData, facts: StoreFacts) -> list[Flowable]:
    width = avail_width(WIDE)
    rows = [[a["kind"], a["number"], a["subject"], a["parent"] or "-",
             programmes_text(a["programmes"]), ", ".join(a["quotas"]) or "-",
             short_day(a["valid_from"]), short_day(a["valid_to"]),
             STATUS.get(a["status"], a["status"])
             + (f" oleh {a['replaced_by']}" if a.get("replaced_by") else ""),
             days_left_text(a["days_left"]) if a["status"] != "diganti" else "-",
             short_day(a["renewal_proposed_to"])]
            for a in data["agreements"]]
    history = [row for a in data["agreements"] for row in _renewals(a)]
    due = [a for a in data["agreements"] if a["status"] in ("perlu_diperpanjang", "kedaluwarsa")]
    return [
        heading(f"Status MoU/PKS per {day_text(data['on'])}"),
        text(f"{format_number(len(rows))} perjanjian tercatat; {format_number(len(due))} perlu "
             "diperpanjang atau sudah kedaluwarsa. PKS yang sudah digantikan PKS "
             "penggantinya berstatus \"Diganti\", bukan kedaluwarsa."),
        table(["Jenis", "Nomor", "Perihal", "Induk", "Program", "Kuota", "Berlaku mulai",
               "Berlaku s.d.", "Status", "Sisa hari", "Usulan s.d."], rows,
              [28, 133, 90, 133, 56, 52, 49, 49, 62, 43, 49], numeric=(9,), avail=width),
        gap(), heading("Riwayat perpanjangan", 2),
        table(["Nomor", "Ditandatangani", "Berlaku sampai (lama)", "Berlaku sampai (baru)",
               "Nomor adendum"], history, [25, 18, 20, 20, 17], avail=width)
        if history else text("Belum ada perpanjangan yang dicatat."),
    ]
