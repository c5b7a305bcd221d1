"""A small, deterministic stand-in for the read models, for layout and determinism tests.

Figures that matter (the real projections' answers) are checked in the integration
tests on a real store; these fakes only have to answer the same queries consistently.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from typing import Any

from domain.wilayah import all_kecamatan
from projections.api import MembershipFilter, Page
from tests.factories import make_nik

OCCUPATIONS = (("Pedagang Pasar", "Pekerja Rentan"), ("Nelayan", "Pekerja Rentan"),
               ("Pengemudi Ojek", "Pekerja Rentan"), ("Kader Posyandu", "Kader Posyandu"),
               ("Imam Masjid", "Pekerja Keagamaan"), ("Pegawai Non ASN", "Pegawai Non ASN"))


def _member(serial: int, rng: random.Random) -> dict[str, Any]:
    kec = rng.choice(all_kecamatan())
    occupation, segment = rng.choice(OCCUPATIONS)
    birth = date(1960 + rng.randrange(40), 1 + rng.randrange(12), 1 + rng.randrange(28))
    sex = rng.choice("LP")
    start = date(2025, 1 + rng.randrange(12), 1)
    return {
        "nik": make_nik(birth, sex, serial % 9999 + 1, kec.code[-2:]),
        "name": f"Pekerja {serial:05d} {rng.choice(['Daeng', 'Andi', 'Siti', 'Muh.'])}",
        "sex": sex, "birth_date": birth.isoformat(), "age": 2026 - birth.year,
        "age_band": "-", "kecamatan": kec.name, "kelurahan": rng.choice(kec.kelurahan),
        "occupation": occupation, "segment": segment, "decile": 1 + rng.randrange(10),
        "agent": rng.choice(["", "", f"Agen {kec.name} {1 + rng.randrange(3)}"]),
        "dukcapil": "padan", "kpj": None, "status": "aktif", "programmes": ["JKK", "JKM"],
        "quota": "KU-2025-01", "start": start.isoformat(), "covered_to": "2026-12-31",
        "died_on": None,
    }


class FakeReadModels:
    def __init__(self, workers: int = 300, seed: int = 7, events: int = 120) -> None:
        rng = random.Random(seed)
        self.events = events
        self.members = [_member(i + 1, rng) for i in range(workers)]

    def position(self) -> int:
        return 4321

    def head(self) -> int:
        return 4321

    def membership_page(self, flt: MembershipFilter, sort: str = "name",
                        descending: bool = False, offset: int = 0, limit: int = 100) -> Page:
        rows = [m for m in self.members
                if (flt.kecamatan is None or m["kecamatan"] == flt.kecamatan)
                and (flt.segment is None or m["segment"] == flt.segment)
                and (flt.status is None or m["status"] == flt.status)]
        rows.sort(key=lambda m: (m[sort], m["nik"]), reverse=descending)
        return Page(total=len(rows), rows=rows[offset:offset + limit])

    def membership_row(self, nik: str) -> dict[str, Any] | None:
        return next((m for m in self.members if m["nik"] == nik), None)

    def filter_options(self) -> dict[str, list[Any]]:
        return {"segment": sorted({m["segment"] for m in self.members}),
                "kecamatan": sorted({m["kecamatan"] for m in self.members})}

    def quotas(self) -> list[dict[str, Any]]:
        used = len(self.members)
        return [{"quota": "KU-2025-01", "year": 2025, "programmes": ["JKK", "JKM"],
                 "label": "Pekerja rentan 2025", "basis": "APBD 2025", "seats": used + 50,
                 "used": used, "free": 50,
                 "pending_changes": [{"change": "KU-2025-01/P2", "delta": 100,
                                      "reason": "APBD-P", "proposed_by": "ani"}],
                 "approved_changes": [{"change": "KU-2025-01/P1", "delta": 45684,
                                       "reason": "APBD-P 2025", "proposed_by": "ani"}],
                 "monthly_cost": (used + 50) * 16800, "yearly_cost": (used + 50) * 16800 * 12,
                 "period_start": "2025-01-01", "period_end": "2025-12-31"}]

    def claims(self, state: str | None = None, programme: str | None = None,
               since: date | None = None, until: date | None = None) -> list[dict[str, Any]]:
        out = []
        for i, m in enumerate(self.members[:12]):
            paid = i % 3 == 0
            out.append({"claim": f"KL-2025-{i:08X}", "nik": m["nik"], "name": m["name"],
                        "kecamatan": m["kecamatan"], "programme": "JKM" if i % 4 == 0 else "JKK",
                        "incident_date": f"2025-0{1 + i % 9}-15",
                        "state": "dibayar" if paid else "diajukan", "documents": {},
                        "missing_documents": [], "submitted_on": "2025-10-01",
                        "amount_paid": 42_000_000 if paid else 0,
                        "paid_on": "2025-10-20" if paid else None, "rejection_reason": ""})
        return out

    def claims_summary(self, since: date | None = None,
                       until: date | None = None) -> dict[str, Any]:
        rows = self.claims()
        by_programme: dict[str, dict[str, int]] = {}
        for c in rows:
            slot = by_programme.setdefault(c["programme"],
                                           {"count": 0, "paid_count": 0, "amount_paid": 0})
            slot["count"] += 1
            slot["paid_count"] += c["state"] == "dibayar"
            slot["amount_paid"] += c["amount_paid"]
        states: dict[str, int] = {}
        for c in rows:
            states[c["state"]] = states.get(c["state"], 0) + 1
        return {"by_state": states, "by_programme": by_programme, "by_month": {},
                "by_kecamatan": {}, "amount_paid": sum(c["amount_paid"] for c in rows)}

    def agreements(self, on: date, window_days: int = 90) -> list[dict[str, Any]]:
        return [{"number": "MOU/001/BPJS-MKS/2024", "kind": "MOU",
                 "subject": "Perlindungan jaminan sosial ketenagakerjaan",
                 "parties": ["BPJS Ketenagakerjaan", "Pemerintah Kota Makassar"],
                 "signed_on": "2024-03-17", "valid_from": "2024-03-17", "valid_to": "2027-03-16",
                 "status": "aktif", "days_left": (date(2027, 3, 16) - on).days,
                 "quotas": ["KU-2025-01"], "programmes": ["JKK", "JKM"], "parent": "",
                 "renewals": [{"signed_on": "2025-03-01", "previous_valid_to": "2026-03-16",
                               "valid_to": "2027-03-16", "reference": "ADD/01"}],
                 "renewal_proposed_to": None}]

    def coverage_series(self, year: int | None = None,
                        by: str | None = None) -> list[dict[str, Any]]:
        out = []
        for month in range(1, 13):
            end = date(2025, month, 28)
            active = [m for m in self.members if date.fromisoformat(m["start"]) <= end]
            keys = sorted({str(m[by]) for m in active}) if by else [None]
            for key in keys:
                count = sum(1 for m in active if by is None or m[by] == key)
                out.append({"month": f"2025-{month:02d}", "programme": None, "key": key,
                            "active": count})
        return out

    def audit_trail(self, actor: str | None = None, event_type: str | None = None,
                    since: datetime | None = None, until: datetime | None = None,
                    nik: str | None = None, offset: int = 0, limit: int = 200) -> Page:
        rows = [{"position": p, "time": f"2025-06-01T0{p % 10}:00:00+00:00", "actor": "ani",
                 "workstation": "uji-01", "event_type": "Peserta.Enrolled",
                 "aggregate_type": "Peserta", "aggregate_id": f"{p:032x}", "nik": None,
                 "summary": f"Pekerja {p} didaftarkan ke kuota KU-2025-01 mulai 1 Juni 2025",
                 "reason": ""} for p in range(self.events, 0, -1)]
        return Page(total=len(rows), rows=rows[offset:offset + limit])

    def stats(self, on: date | None = None) -> dict[str, Any]:
        by_kec: dict[str, int] = {}
        for m in self.members:
            by_kec[m["kecamatan"]] = by_kec.get(m["kecamatan"], 0) + 1
        return {"active_members": len(self.members), "by_programme": {"JKK": len(self.members)},
                "by_kecamatan": by_kec, "quotas": [], "claims": {}, "mous": [],
                "position": 4321}
