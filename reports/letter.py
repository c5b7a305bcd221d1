"""What makes a report an official document: the letterhead (kop surat) with the city's
emblem, and the signature (or legalisation) block of the head of office.

Both come from the recorded policy facts (`policy letterhead set`, `policy letterhead
emblem FILE`, `policy head set`), so a report made as of a moment shows the letterhead and
signatory of that moment. Until an emblem is recorded a neutral placeholder stands in.
"""

from __future__ import annotations

import base64
import io

from reportlab.graphics.shapes import Circle, Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Table, TableStyle

from domain.formatting import format_date
from domain.model.kebijakan_rules import Emblem, HeadOfOffice, Letterhead
from reports.blocks import gap, text
from reports.common import avail_width, iso_day
from reports.params import StoreFacts
from reports.styles import INK, RULE

EMBLEM_SIZE = 22 * mm


def emblem_flowable(emblem: Emblem | None, size: float = EMBLEM_SIZE) -> Flowable:
    """The recorded emblem scaled into a `size` square, else a neutral grey ring."""
    if emblem and emblem["data"]:
        image = Image(io.BytesIO(base64.b64decode(str(emblem["data"]))))
        ratio = min(size / float(image.imageWidth), size / float(image.imageHeight))
        image.drawWidth = float(image.imageWidth) * ratio
        image.drawHeight = float(image.imageHeight) * ratio
        return image
    placeholder = Drawing(size, size)
    placeholder.add(Circle(size / 2, size / 2, size / 2 - 2, strokeColor=RULE, strokeWidth=1.2,
                           fillColor=None))
    placeholder.add(Circle(size / 2, size / 2, size / 2 - 6, strokeColor=RULE, strokeWidth=0.6,
                           fillColor=None))
    return placeholder


def letterhead(contact: Letterhead | None, emblem: Emblem | None, facts: StoreFacts,
               wide: bool = False) -> list[Flowable]:
    """Kop surat: emblem, the city and office, the office's address and contacts, then a
    double rule."""
    width = avail_width(wide)
    lines = [text(f"PEMERINTAH {facts.city.upper()}", "kop_city"),
             text(facts.office.upper(), "kop_office")]
    if contact:
        lines.append(text(contact["address"] or "", "kop_line"))
        reach = [f"Telepon {contact['phone']}" if contact["phone"] else "",
                 f"Surel {contact['email']}" if contact["email"] else "",
                 f"Laman {contact['website']}" if contact["website"] else ""]
        lines.append(text(" · ".join(r for r in reach if r), "kop_line"))
    else:
        lines.append(text("(alamat kantor belum dicatat: berjasa-admin policy letterhead set)",
                          "kop_line"))
    block = Table([[emblem_flowable(emblem), lines]],
                  colWidths=[EMBLEM_SIZE + 4 * mm, width - EMBLEM_SIZE - 4 * mm])
    block.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (-1, 0), 2, INK),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    thin = Table([[""]], colWidths=[width], rowHeights=[1.5])
    thin.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, INK)]))
    return [block, thin, gap(4 * mm)]


def signature_block(head: HeadOfOffice | None, signed_on: str | None, facts: StoreFacts, *,
                    wide: bool = False, role: str = "") -> Flowable:
    """Place and day of signing (not the data's date), position, room for the signature
    and stamp, name, rank (pangkat/golongan) and NIP of the head of office."""
    city = facts.city.replace("Kota ", "")
    signed = iso_day(signed_on)
    lines = [text(f"{city}, {format_date(signed) if signed else '-'}", "sign")]
    if role:
        lines.append(text(role, "sign"))
    lines += [text((head and head["title"]) or f"Kepala {facts.office}", "sign"),
              gap(20 * mm),
              text((head and head["name"]) or "(nama kepala dinas belum dicatat)",
                   "sign_name"),
              text((head and head["rank"]) or "(pangkat/golongan belum dicatat)", "sign"),
              text(f"NIP. {head['nip']}" if head and head["nip"] else "NIP. -", "sign")]
    width = avail_width(wide)
    block = Table([["", lines]], colWidths=[width * 0.52, width * 0.48])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return block
