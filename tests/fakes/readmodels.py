"""A test double of the projections' read models: recomputed from the store on catch-up.

Slow and simple (it rebuilds every aggregate from the log), which is fine for the few
dozen events a GUI test records. Only tests use it; the application opens the real ones.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from uuid import UUID

from domain.services.app import Berjasa
from domain.services.history import describe_event
from domain.services.policies import describe_policy
from domain.services.workers import describe_worker
from projections.api import MembershipFilter, Page

_KINDS = ("Peserta", "Klaim", "Kuota", "Perjanjian")


class FakeReadModels:
    """Implements `projections.api.ReadModels` (and the live runner's methods)."""

    def __init__(self, app: Berjasa, until: datetime | None = None) -> None:
        self.app, self.until = app, until
        self._position = 0
        self._listeners: list[Callable[[int], None]] = []
        self._workers: list[dict[str, Any]] = []
        self._aggregates: dict[str, list[Any]] = {k: [] for k in _KINDS}
        self._events: list[dict[str, Any]] = []
        self.catch_up()

    # --- the runner -----------------------------------------------------------------------

    def catch_up(self) -> int:
        versions: dict[UUID, tuple[str, int]] = {}
        events, position = [], 0
        for pos, event in self.app.iter_events():
            if self.until is not None and event.timestamp > self.until:
                break
            position = pos
            kind = type(event).__qualname__.split(".")[0]
            versions[event.originator_id] = (kind, event.originator_version)
            events.append(describe_event(pos, event))
        aggregates: dict[str, list[Any]] = {k: [] for k in _KINDS}
        for originator, (kind, version) in versions.items():
            if kind in aggregates:
                aggregates[kind].append(self.app.repository.get(originator, version=version))
        self._aggregates, self._events = aggregates, events
        self._workers = [self._membership(w) for w in aggregates["Peserta"]]
        moved = position != self._position
        self._position = position
        if moved:
            for listener in self._listeners:
                listener(position)
        return position

    def start(self, poll_interval: float = 1.0) -> None:
        """Nothing to poll in tests; they call catch_up()."""

    def stop(self) -> None:
        """Nothing runs in the background."""

    def add_listener(self, callback: Callable[[int], None]) -> None:
        self._listeners.append(callback)

    def status(self) -> dict[str, Any]:
        return {"position": self._position, "head": self.head()}

    # --- the ReadModels protocol -----------------------------------------------------------

    def position(self) -> int:
        return self._position

    def head(self) -> int:
        return self.app.head_position()

    def _today(self) -> date:
        return self.until.date() if self.until else self.app.calendar()

    def _membership(self, worker: Any) -> dict[str, Any]:
        row = describe_worker(worker)
        today = self._today()
        current = [e for e in row["enrolments"]
                   if e["start"] <= today.isoformat() <= e["covered_to"]]
        status = ("meninggal" if row["died_on"] else "aktif" if current
                  else "berhenti" if row["enrolments"] else "belum_terdaftar")
        first = row["enrolments"][0] if row["enrolments"] else None
        return {
            **row, "status": status,
            "programmes": sorted({p for e in current for p in e["programmes"]}),
            "quota": current[0]["quota"] if current else None,
            "start": first["start"] if first else None,
            "covered_to": current[0]["covered_to"] if current else None,
            "age": today.year - int(row["birth_date"][:4]), "segment": "Pekerja Rentan",
        }

    def membership_page(self, flt: MembershipFilter, sort: str = "name",
                        descending: bool = False, offset: int = 0,
                        limit: int = 100) -> Page:
        rows = [r for r in self._workers if _matches(r, flt)]
        rows.sort(key=lambda r: str(r.get(sort) or ""), reverse=descending)
        return Page(total=len(rows), rows=rows[offset:offset + limit])

    def membership_row(self, nik: str) -> dict[str, Any] | None:
        return next((r for r in self._workers if r["nik"] == nik), None)

    def filter_options(self) -> dict[str, list[Any]]:
        workers = self._workers
        return {
            "kecamatan": sorted({w["kecamatan"] for w in workers}),
            "kelurahan": sorted({w["kelurahan"] for w in workers}),
            "occupation": sorted({w["occupation"] for w in workers}),
            "segment": ["Pekerja Rentan"],
            "decile": sorted({w["decile"] for w in workers if w["decile"]}),
            "quota": [q["quota"] for q in self.quotas()],
            "programme": ["JKK", "JKM", "JHT"],
        }

    def quotas(self) -> list[dict[str, Any]]:
        out = []
        for quota in self._aggregates["Kuota"]:
            row = self.app.describe_quota(quota)
            changes = row.pop("changes")
            row["pending_changes"] = [c for c in changes if c.get("state") == "diusulkan"]
            row["approved_changes"] = [c for c in changes if c.get("state") == "disetujui"]
            row["monthly_cost"] = (row.pop("monthly_cost_per_seat") or 0) * row["seats"]
            out.append(row)
        return sorted(out, key=lambda q: q["quota"])

    def claims(self, state: str | None = None, programme: str | None = None,
               since: date | None = None, until: date | None = None) -> list[dict[str, Any]]:
        from domain.services.claims import describe_claim

        names = {w["nik"]: w for w in self._workers}
        rows = []
        for claim in self._aggregates["Klaim"]:
            row = describe_claim(claim)
            worker = names.get(row["nik"], {})
            row.update(name=worker.get("name", ""), kecamatan=worker.get("kecamatan", ""))
            if (state is None or row["state"] == state) and (
                    programme is None or row["programme"] == programme):
                rows.append(row)
        return rows

    def claims_summary(self, since: date | None = None,
                       until: date | None = None) -> dict[str, Any]:
        rows = self.claims()
        by_state: dict[str, int] = {}
        for row in rows:
            by_state[row["state"]] = by_state.get(row["state"], 0) + 1
        return {"by_state": by_state, "by_programme": {}, "by_month": {},
                "by_kecamatan": {}, "amount_paid": sum(r["amount_paid"] or 0 for r in rows)}

    def agreements(self, on: date, window_days: int = 90) -> list[dict[str, Any]]:
        return [self.app.describe_agreement(a) for a in self._aggregates["Perjanjian"]]

    def coverage_series(self, year: int | None = None,
                        by: str | None = None) -> list[dict[str, Any]]:
        active = [w for w in self._workers if w["status"] == "aktif"]
        month = self._today().strftime("%Y-%m")
        counts: dict[tuple[str, Any], int] = {}
        for worker in active:
            for programme in worker["programmes"]:
                key = (programme, worker.get(by) if by else None)
                counts[key] = counts.get(key, 0) + 1
        return [{"month": month, "programme": p, "key": k, "active": n}
                for (p, k), n in sorted(counts.items(), key=str)]

    def audit_trail(self, actor: str | None = None, event_type: str | None = None,
                    since: datetime | None = None, until: datetime | None = None,
                    nik: str | None = None, offset: int = 0, limit: int = 200) -> Page:
        niks = {w.id.hex: w.nik for w in self._aggregates["Peserta"]}
        rows = [
            {**e, "event_type": e["type"], "nik": niks.get(e["aggregate_id"]),
             "summary": e["event"]}
            for e in reversed(self._events)
            if (actor is None or e["actor"] == actor)
            and (event_type is None or event_type in e["type"])
        ]
        rows = [r for r in rows if nik is None or r["nik"] == nik]
        return Page(total=len(rows), rows=rows[offset:offset + limit])

    def stats(self, on: date | None = None) -> dict[str, Any]:
        active = [w for w in self._workers if w["status"] == "aktif"]
        by_programme: dict[str, int] = {}
        for worker in active:
            for programme in worker["programmes"]:
                by_programme[programme] = by_programme.get(programme, 0) + 1
        return {"active_members": len(active), "by_programme": by_programme,
                "by_kecamatan": {}, "quotas": self.quotas(), "claims": {}, "mous": [],
                "position": self._position}

    def policy_facts(self) -> dict[str, Any]:
        directory = self.app.directory()
        facts = describe_policy(self.app._policy_as_of(self.until))
        return {"office": directory.office, "city": directory.city, **facts}


def _matches(row: dict[str, Any], flt: MembershipFilter) -> bool:
    text = flt.search.strip()
    if text and not (row["nik"].startswith(text) if text.isdigit()
                     else text.casefold() in row["name"].casefold()):
        return False
    checks = {"kecamatan": flt.kecamatan, "kelurahan": flt.kelurahan, "status": flt.status,
              "occupation": flt.occupation, "decile": flt.decile, "quota": flt.quota}
    if any(value is not None and row.get(key) != value for key, value in checks.items()):
        return False
    return flt.programme is None or flt.programme in row["programmes"]


def fake_replay(app: Berjasa, moment: datetime) -> FakeReadModels:
    return FakeReadModels(app, until=moment)
