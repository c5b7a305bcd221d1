"""Every report's figures equal the read models' answers for the same as-of moment.

A demo history (300 workers, built through the services) on each kind of store; the
as-of moment is taken after it, then more is recorded (a regulation, an enrolment), so
a report that leaked later events would differ from the replayed read models' answers.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from berjasa.bootstrap import open_store
from domain.demo import DEMO_PASSWORD, build_demo
from domain.errors import PermissionDeniedError
from domain.formatting import format_date, format_number, format_percent, format_rupiah
from domain.privacy import mask_nik
from domain.services.app import Berjasa
from domain.services.session import Session
from projections import replay_through
from projections.api import MembershipFilter
from projections.replay import ReplayedReadModels
from projections.rows import covered_to
from reports.api import REPORT_NAMES
from reports.common import days_left_text
from reports.params import ReportInfo, ReportParams
from reports.paritrana_layout import STATUS
from reports.service import generate_report
from tests.conftest import enrol_from
from tests.factories import worker_fields

N, RP = format_number, format_rupiah
LATE_REGULATION = ("SE", "999/2025", "2025-10-01", "Regulasi yang dicatat sesudah as-of")
PARAMS = {"paritrana": ReportParams(year=2025), "roster": ReportParams(),
          "quota": ReportParams(year=2025), "claims": ReportParams(year=2025),
          "mou": ReportParams(), "audit": ReportParams()}


@dataclass
class Rendered:
    info: ReportInfo
    pdf: bytes
    pages: list[str]

    @property
    def cells(self) -> list[str]:
        """Every text line of the document, stripped: table cells come one per line."""
        return [line.strip() for page in self.pages for line in page.splitlines()]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    @property
    def words(self) -> list[str]:
        """Every word: a listing's (Grid) row comes as one line of words."""
        return self.text.split()


@dataclass
class Demo:
    app: Berjasa
    moment: datetime
    replayed: ReplayedReadModels
    supervisor: Rendered
    auditor: dict[str, Rendered]


def has_run(cells: list[str], run: list[str]) -> bool:
    """`run` appears as consecutive cells (one table row, or a label and its value)."""
    return any(cells[i:i + len(run)] == run for i in range(len(cells) - len(run) + 1))


def render(app: Berjasa, session: Session, name: str, moment: datetime, position: int,
           folder: Path) -> Rendered:
    info = generate_report(app, session, name, PARAMS[name], folder / f"{name}.pdf",
                           as_of=moment, position=position)
    pdf = Path(info.file).read_bytes()
    return Rendered(info, pdf, [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages])


@pytest.fixture(scope="module", params=["memory", "sqlite"])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[Demo]:
    folder = tmp_path_factory.mktemp("laporan")
    url = "memory:" if request.param == "memory" else f"sqlite:///{(folder / 'd.db').as_posix()}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("domain.passwords._N", 2**10)
        app = open_store(url)
        build_demo(app, 300, seed=7)
    # The moment and the position it reached: what every page prints, and regenerates.
    moment, position = datetime.now(UTC), app.head_position()
    supervisor = app.sign_in("budi", DEMO_PASSWORD, "uji-01")
    operator = app.sign_in("ani", DEMO_PASSWORD, "uji-01")
    auditor = app.sign_in("dewi", DEMO_PASSWORD, "uji-01")
    app.record_regulation(supervisor, *LATE_REGULATION)
    nik = app.register_worker(operator, **worker_fields(9001))["nik"]
    enrol_from(app, operator, nik, "KU-2025-01", start="2025-08-01")
    replayed = replay_through(app, position, moment)
    yield Demo(app, moment, replayed,
               render(app, supervisor, "roster", moment, position, folder / "penyelia"),
               {name: render(app, auditor, name, moment, position, folder)
                for name in REPORT_NAMES})
    replayed.close()
    app.close()


def as_of_day(demo: Demo) -> date:
    return demo.replayed.today()


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_page_numbers_itself_and_states_its_inputs(demo: Demo, name: str) -> None:
    rendered = demo.auditor[name]
    assert rendered.info.pages == len(rendered.pages) >= 1
    assert rendered.info.position == demo.replayed.position() < demo.app.head_position()
    for number, text in enumerate(rendered.pages, start=1):
        assert re.search(rf"Halaman {number} dari\s*{len(rendered.pages)}\b", text)
        assert f"posisi peristiwa #{N(demo.replayed.position())}" in text
        assert f"kode verifikasi {rendered.info.fingerprint}" in text
        assert f"Data per {format_date(as_of_day(demo))}" in text


def test_dossier_figures_equal_the_read_models_as_of_the_moment(demo: Demo) -> None:
    stats = demo.replayed.stats()
    facts = demo.replayed.policy_facts()
    cells = demo.auditor["paritrana"].cells
    on = format_date(as_of_day(demo))
    active = stats["active_members"]
    assert has_run(cells, [f"Peserta aktif per {on}", N(active)])
    assert f"Aktif per {on}: {N(active)} pekerja." in demo.auditor["paritrana"].text
    for kecamatan, count in stats["by_kecamatan"].items():
        assert kecamatan in cells and N(count) in cells[cells.index(kecamatan):][:3]
    workforce = next(w for w in facts["workforce"] if w["year"] == 2025)
    percent = format_percent(100.0 * active / workforce["count"])
    assert has_run(cells, ["Cakupan universal", percent])
    claims = demo.replayed.claims_summary(since=date(2025, 1, 1), until=date(2025, 12, 31))
    assert has_run(cells, ["Manfaat dibayar", RP(claims["amount_paid"])])
    for programme, figures in claims["by_programme"].items():
        assert has_run(cells, [programme, N(figures["count"]), N(figures["paid_count"]),
                               RP(figures["amount_paid"])])
    for quota in (q for q in demo.replayed.quotas() if q["year"] == 2025):
        assert has_run(cells, [N(quota["seats"])]) and RP(quota["yearly_cost"]) in cells
    payments = [p for p in facts["payments"] if p["year"] == 2025]
    assert payments and all(has_run(cells, [p["reference"]]) for p in payments)
    assert RP(sum(p["amount"] for p in payments)) in cells
    regulations = [r["number"] for r in facts["regulations"] if r["issued_on"] <= "2025-12-31"]
    assert regulations and all(number in cells for number in regulations)
    assert LATE_REGULATION[1] not in demo.auditor["paritrana"].text
    for agreement in demo.replayed.agreements(on=as_of_day(demo)):
        assert agreement["number"] in cells
        assert days_left_text(agreement["days_left"]) in cells
    head = facts["head_of_office"]
    assert f"NIP. {head['nip']}" in cells and head["name"] in cells


def test_the_later_regulation_and_enrolment_show_without_as_of(
    demo: Demo, tmp_path: Path,
) -> None:
    supervisor = demo.app.sign_in("budi", DEMO_PASSWORD, "uji-01")
    info = generate_report(demo.app, supervisor, "paritrana", PARAMS["paritrana"],
                           tmp_path / "now.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "now.pdf").pages)
    assert LATE_REGULATION[1] in text
    assert info.position == demo.app.head_position() > demo.replayed.position()
    assert info.fingerprint != demo.auditor["paritrana"].info.fingerprint


def test_quota_figures(demo: Demo) -> None:
    cells = demo.auditor["quota"].cells
    quotas = [q for q in demo.replayed.quotas() if q["year"] == 2025]
    for q in quotas:
        used = format_percent(100.0 * q["used"] / q["seats"], 1)
        assert has_run(cells, [N(q["seats"]), N(q["used"]), N(q["free"]), used,
                               RP(q["monthly_cost"]), RP(q["yearly_cost"])])
    assert has_run(cells, ["Jumlah", N(sum(q["seats"] for q in quotas)),
                           N(sum(q["used"] for q in quotas))])


def test_claims_figures(demo: Demo) -> None:
    rendered = demo.auditor["claims"]
    claims = demo.replayed.claims(since=date(2025, 1, 1), until=date(2025, 12, 31))
    summary = demo.replayed.claims_summary(since=date(2025, 1, 1), until=date(2025, 12, 31))
    assert claims and all(c["claim"] in rendered.words for c in claims)
    assert has_run(rendered.cells, ["Jumlah", N(len(claims))])
    assert RP(summary["amount_paid"]) in rendered.cells
    assert all(c["nik"] not in rendered.text for c in claims)


def test_mou_figures(demo: Demo) -> None:
    cells = demo.auditor["mou"].cells
    agreements = demo.replayed.agreements(on=as_of_day(demo))
    for a in agreements:
        index = cells.index(a["number"])
        row = cells[index:index + 20]
        assert days_left_text(a["days_left"]) in row
        assert STATUS[a["status"]] in " ".join(row)  # "Perlu diperpanjang" may wrap
    renewals = [r for a in agreements for r in a["renewals"]]
    assert renewals and all(r["reference"] in cells for r in renewals)


def test_roster_lists_the_active_members_with_masked_niks(demo: Demo) -> None:
    stats = demo.replayed.stats()
    masked, full = demo.auditor["roster"], demo.supervisor
    assert f"{N(stats['active_members'])} orang" in masked.text
    page = demo.replayed.membership_page(MembershipFilter(status="aktif"), limit=10_000)
    assert page.total == stats["active_members"]
    niks = [row["nik"] for row in page.rows]
    assert not any(nik in masked.text for nik in niks)
    shown = [w for w in masked.words if re.fullmatch(r"\*{12}\d{4}", w)]
    assert Counter(shown) == Counter(mask_nik(nik) for nik in niks)
    assert Counter(w for w in full.words if w in set(niks)) == Counter(niks)
    for kecamatan, count in stats["by_kecamatan"].items():
        assert f"Kecamatan {kecamatan} ({N(count)} peserta)" in masked.text


def test_audit_extract_lists_every_event_up_to_the_moment(demo: Demo) -> None:
    rendered = demo.auditor["audit"]
    total = demo.replayed.audit_trail(limit=1).total
    assert total == demo.replayed.position()
    assert f"{N(total)} peristiwa tercatat" in rendered.text
    assert rendered.info.rows == total
    assert not re.search(r"(?<!\d)7371\d{12}(?!\d)", rendered.text)  # NIKs in summaries


def _policy_facts(app: Berjasa) -> dict[str, Any]:
    return app.policy_facts(app.sign_in("dewi", DEMO_PASSWORD, "uji-01"))


def test_policy_read_model_equals_the_service_as_of_the_moment(demo: Demo) -> None:
    later = _policy_facts(demo.app)
    assert demo.replayed.policy_facts() != later
    session = demo.app.sign_in("dewi", DEMO_PASSWORD, "uji-01")
    assert demo.replayed.policy_facts() == demo.app.policy_facts(session, as_of=demo.moment)


def test_personal_data_pdfs_are_recorded_as_exports(demo: Demo) -> None:
    auditor = demo.app.sign_in("dewi", DEMO_PASSWORD, "uji-01")
    exports = [e for e in demo.app.list_exports(auditor) if e["kind"] == "pdf"]
    recorded = {(e["actor"], e["filters"]["report"]): e for e in exports}
    assert set(recorded) == {("dewi", "roster"), ("dewi", "claims"), ("dewi", "audit"),
                             ("budi", "roster")}
    for name in ("roster", "claims", "audit"):
        export, info = recorded[("dewi", name)], demo.auditor[name].info
        assert export["rows"] == info.rows > 0 and export["personal"]
        assert export["filters"]["fingerprint"] == info.fingerprint
        assert export["filters"]["as_of"] == info.as_of


def test_an_operator_may_not_print_personal_data(demo: Demo, tmp_path: Path) -> None:
    operator = demo.app.sign_in("ani", DEMO_PASSWORD, "uji-01")
    head = demo.app.head_position()
    with pytest.raises(PermissionDeniedError):
        generate_report(demo.app, operator, "roster", ReportParams(), tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists() and demo.app.head_position() == head
    info = generate_report(demo.app, operator, "quota", ReportParams(), tmp_path / "q.pdf")
    assert info.pages >= 1 and demo.app.head_position() == head  # no export recorded


def test_protected_during_the_year_counts_every_worker_covered_on_a_day_of_it(
    demo: Demo,
) -> None:
    rows = demo.replayed.membership_page(MembershipFilter(), limit=10_000).rows
    first, last = "2025-01-01", "2025-12-31"
    covered = [r for r in rows if any(e["start"] <= last and covered_to(e) >= first
                                      for e in r["enrolments"])]
    by_kecamatan = Counter(r["kecamatan"] for r in covered)
    cells = demo.auditor["paritrana"].cells
    assert f"Terlindungi selama tahun 2025: {N(len(covered))} pekerja." in "\n".join(cells)
    for kecamatan, count in by_kecamatan.items():
        index = cells.index(kecamatan)
        assert cells[index + 1] == N(count)  # Terlindungi 2025, then Aktif


def test_the_audit_trail_says_which_report_was_exported(demo: Demo) -> None:
    from projections import open_read_models

    live = open_read_models(demo.app)
    try:
        live.catch_up()
        lines = live.audit_trail(event_type="Ekspor.DataExported", limit=50).rows
    finally:
        live.close()
    assert any("Daftar Peserta" in r["summary"] and "baris" in r["summary"] for r in lines)
