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
from domain.segments import segment_of
from domain.services.app import Berjasa
from domain.services.session import Session
from domain.values import WITA
from projections import replay_through
from projections.api import MembershipFilter
from projections.audit_texts import audit_summary
from projections.replay import ReplayedReadModels
from projections.rows import covered_to
from reports.api import REPORT_NAMES
from reports.common import days_left_text
from reports.event_names import event_name
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
    moment, position = datetime.now(UTC), app.application.head_position()
    supervisor = app.users.sign_in("budi", DEMO_PASSWORD, "uji-01")
    operator = app.users.sign_in("ani", DEMO_PASSWORD, "uji-01")
    auditor = app.users.sign_in("dewi", DEMO_PASSWORD, "uji-01")
    app.policies.record_regulation(supervisor, *LATE_REGULATION)
    nik = app.workers.register_worker(operator, **worker_fields(9001))["nik"]
    enrol_from(app, operator, nik, "KU-2025-01", start="2025-08-01")
    replayed = replay_through(app.application, position, moment)
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
    assert rendered.info.position == demo.replayed.position() < demo.app.application.head_position()
    for number, text in enumerate(rendered.pages, start=1):
        assert re.search(rf"Halaman {number} dari\s*{len(rendered.pages)}\b", text)
        assert f"posisi peristiwa #{N(demo.replayed.position())}" in text
        assert f"kode verifikasi {rendered.info.fingerprint}" in text
        assert f"Data per {format_date(as_of_day(demo))}" in text


def covered_on(rows: list[dict[str, Any]], day: str) -> list[dict[str, Any]]:
    """Brute force: the workers one of whose enrolments covers `day`."""
    return [r for r in rows if any(e["start"] <= day <= covered_to(e) for e in r["enrolments"])]


def growth(before: int, now: int) -> str:
    if before == 0:
        return "baru" if now else "-"
    change = 100.0 * (now - before) / before
    return ("+" if change > 0 else "") + format_percent(change, 1)


def signed(delta: int) -> str:
    return ("+" if delta > 0 else "") + N(delta)


def all_rows(demo: Demo) -> list[dict[str, Any]]:
    return demo.replayed.membership_page(MembershipFilter(), limit=100_000).rows


def test_the_2025_dossier_counts_coverage_on_31_12_2025_against_31_12_2024(
    demo: Demo,
) -> None:
    """Walks every worker's enrolments (not the coverage tables): who was covered on the
    assessed year's last day and on the year before's, by segment (from the occupation
    data), kecamatan, sex and disability; the printed rows must be these."""
    rendered = demo.auditor["paritrana"]
    cells, flat = rendered.cells, " ".join(rendered.text.split())
    rows = all_rows(demo)
    now, before = covered_on(rows, "2025-12-31"), covered_on(rows, "2024-12-31")
    assert now and before and len(now) != len(before)
    assert "Kepesertaan per 31 Desember 2025, dibandingkan dengan 31 Desember 2024" in flat
    assert has_run(cells, ["Pekerja terlindungi per 31 Desember 2025", N(len(now))])
    # The as-of day's members are not the year's: that day is named only as the data's.
    assert f"per {format_date(as_of_day(demo))}" not in flat.replace(
        f"Data per {format_date(as_of_day(demo))}", "")
    groupings = {
        "segment": lambda r: segment_of(r["occupation"]),
        "kecamatan": lambda r: r["kecamatan"],
        "sex": lambda r: {"L": "Laki-laki", "P": "Perempuan"}[r["sex"]],
        "disability": lambda r: ("Penyandang disabilitas" if r["disability"]
                                 else "Bukan penyandang disabilitas"),
    }
    for name, key in groupings.items():
        counted_now, counted_before = Counter(map(key, now)), Counter(map(key, before))
        for value in set(counted_now) | set(counted_before):
            a, b = counted_before[value], counted_now[value]
            assert has_run(cells, [value, N(a), N(b), signed(b - a), growth(a, b)]), (name, value)
    assert has_run(cells, ["Jumlah", N(len(before)), N(len(now)), signed(len(now) - len(before)),
                           growth(len(before), len(now))])


def test_dossier_indicators_are_named_with_their_sources(demo: Demo) -> None:
    cells = demo.auditor["paritrana"].cells
    facts = demo.replayed.policy_facts()
    bpjs = next(c for c in facts["bpjs_coverage"] if c["year"] == 2025)
    assert has_run(cells, ["Cakupan universal seluruh pekerja", format_percent(bpjs["percent"])])
    assert bpjs["source"] in cells
    for target in (t for t in facts["targets"] if t["year"] in (2025, 2026)):
        difference = round(bpjs["percent"] - target["percent"], 2)
        text = (("+" if difference > 0 else "") + f"{difference:.2f}".replace(".", ",")
                + " poin persentase")
        assert any(c.startswith(text) for c in cells), text
    pbpu = next(p for p in facts["pbpu"] if p["year"] == 2025)
    members = len(covered_on(all_rows(demo), "2025-12-31"))
    assert has_run(cells, ["Cakupan program", format_percent(100.0 * members / pbpu["count"])])
    assert "Cakupan universal" not in " ".join(c for c in cells if "PBPU" in c)


def test_dossier_budget_and_other_figures_equal_the_read_models(demo: Demo) -> None:
    facts = demo.replayed.policy_facts()
    cells = demo.auditor["paritrana"].cells
    claims = demo.replayed.claims_summary(since=date(2025, 1, 1), until=date(2025, 12, 31))
    assert has_run(cells, ["Manfaat dibayar", RP(claims["amount_paid"])])
    for programme, figures in claims["by_programme"].items():
        assert has_run(cells, [programme, N(figures["count"]), N(figures["paid_count"]),
                               RP(figures["amount_paid"])])
    quotas = [q for q in demo.replayed.quotas(on=date(2025, 12, 31)) if q["year"] == 2025]
    for quota in quotas:  # the money read model's figures (tested by its own oracle)
        assert has_run(cells, [N(quota["seats"]), N(quota["seat_months"]), RP(quota["need"]),
                               N(quota["member_months"]), RP(quota["cost"])])
        if not quota["approved_changes"]:  # brute force: the same seats every month
            first, last = quota["period_start"][:7], quota["period_end"][:7]
            months = sum(1 for m in range(1, 13) if first <= f"2025-{m:02d}" <= last)
            assert quota["seat_months"] == quota["seats"] * months
    assert any(q["approved_changes"] for q in quotas)  # the APBD-P raise counts from its month
    raised = next(q for q in quotas if q["approved_changes"])
    assert raised["seat_months"] < raised["seats"] * 12
    payments = [p for p in facts["payments"] if p["year"] == 2025]
    assert payments and all(has_run(cells, [p["reference"]]) for p in payments)
    assert RP(sum(p["amount"] for p in payments)) in cells
    regulations = [r for r in facts["regulations"] if r["issued_on"] <= "2025-12-31"]
    assert {r["kind"] for r in regulations} & {"UU", "PP"}
    assert regulations and all(r["number"] in cells for r in regulations)
    national = cells.index("Dasar hukum nasional")
    local = cells.index("Regulasi dan kebijakan daerah")
    for r in regulations:
        assert (national < cells.index(r["number"]) < local) == (r["kind"] in ("UU", "PP",
                                                                               "Inpres"))
    assert LATE_REGULATION[1] not in demo.auditor["paritrana"].text
    for agreement in demo.replayed.agreements(on=date(2025, 12, 31)):
        assert agreement["number"] in cells
    head = facts["head_of_office"]
    assert f"NIP. {head['nip']}" in cells and head["name"] in " ".join(cells)
    assert head["rank"] in cells


def test_the_later_regulation_and_enrolment_show_without_as_of(
    demo: Demo, tmp_path: Path,
) -> None:
    supervisor = demo.app.users.sign_in("budi", DEMO_PASSWORD, "uji-01")
    info = generate_report(demo.app, supervisor, "paritrana", PARAMS["paritrana"],
                           tmp_path / "now.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "now.pdf").pages)
    assert LATE_REGULATION[1] in text
    assert info.position == demo.app.application.head_position() > demo.replayed.position()
    assert info.fingerprint != demo.auditor["paritrana"].info.fingerprint


def test_quota_figures(demo: Demo) -> None:
    """One section for 2025; each quota's seats, use and money as the money read model
    gives them on the as-of day; pagu and payments are the year's recorded ones; nothing
    is summed across years."""
    rendered = demo.auditor["quota"]
    cells = rendered.cells
    day = as_of_day(demo)
    quotas = [q for q in demo.replayed.quotas(on=day) if q["year"] == 2025]
    assert quotas
    for q in quotas:
        used = format_percent(100.0 * q["used"] / q["seats"], 1)
        assert has_run(cells, [N(q["seats"]), N(q["used"]), N(q["free"]), used,
                               N(q["seat_months"]), RP(q["need"]), N(q["member_months"]),
                               RP(q["cost"])])
    facts = demo.replayed.policy_facts()
    pagu = sum(a["amount"] for a in facts["allocations"] if a["year"] == 2025)
    paid = sum(p["amount"] for p in facts["payments"] if p["year"] == 2025)
    assert has_run(cells, ["Pagu APBD/APBD-P 2025", RP(pagu)])
    assert has_run(cells, ["Dibayar ke BPJS 2025", RP(paid)])
    assert has_run(cells, ["Kebutuhan 2025",
                           RP(sum(q["need"] for q in quotas))])
    assert "Tahun anggaran 2024" not in rendered.text  # the 2025 recap only
    assert "Jumlah" not in cells


def test_claims_figures(demo: Demo) -> None:
    rendered = demo.auditor["claims"]
    claims = demo.replayed.claims(since=date(2025, 1, 1), until=date(2025, 12, 31))
    summary = demo.replayed.claims_summary(since=date(2025, 1, 1), until=date(2025, 12, 31))
    assert claims and all(c["claim"] in rendered.words for c in claims)
    assert has_run(rendered.cells, ["Jumlah", N(len(claims))])
    assert RP(summary["amount_paid"]) in rendered.cells
    assert all(c["nik"] not in rendered.text for c in claims)
    flat = " ".join(rendered.text.split())
    # Days open, brute force: from the (WITA) day it was reported to the as-of day.
    day = as_of_day(demo)
    open_claims = [c for c in claims if c["state"] not in ("dibayar", "ditolak")]
    ages = [(day - datetime.fromisoformat(c["reported_at"]).astimezone(WITA).date()).days
            for c in open_claims]
    for low, high, label in ((0, 30, "0–30 hari"), (31, 60, "31–60 hari"),
                             (61, 90, "61–90 hari"), (91, 10**6, "lebih dari 90 hari")):
        assert has_run(rendered.cells, [label, N(sum(1 for a in ages if low <= a <= high))])
    for claim, age in zip(open_claims, ages, strict=True):
        line = next(line for line in rendered.text.splitlines() if claim["claim"] in line)
        assert f" {N(age)} " in f" {line} "
    # Components paid add up to what was paid, each one printed.
    components: Counter[str] = Counter()
    for claim in (c for c in claims if c["state"] == "dibayar"):
        known = [i for i in claim["benefits"] if i["amount"] is not None]  # not "as billed"
        for item in known:
            components[item["component"]] += int(item["amount"])
        extra = claim["amount_paid"] - sum(int(i["amount"]) for i in known)
        if extra:
            components["selisih_pembayaran"] += extra
    for component, amount in components.items():
        name = component.replace("_", " ")
        assert has_run(rendered.cells, [name[:1].upper() + name[1:], RP(amount)])
    heirs = [c["heir"] for c in claims if c.get("heir")]
    assert all(h["name"].split()[0] in flat for h in heirs)


def test_mou_figures(demo: Demo) -> None:
    """A PKS that ended and whose successor (same kind, same MoU, later start) is already
    in force is "Diganti", never "Kedaluwarsa"; the others keep their status and days."""
    cells = demo.auditor["mou"].cells
    day = as_of_day(demo).isoformat()
    agreements = demo.replayed.agreements(on=as_of_day(demo))
    replaced = 0
    for a in agreements:
        index = cells.index(a["number"])
        row = " ".join(cells[index:index + 20])
        successors = [o for o in agreements if o is not a and o["kind"] == a["kind"]
                      and o["parent"] == a["parent"]
                      and a["valid_from"] < o["valid_from"] <= day]
        # The read models mark it "diganti" themselves (projections.queries.mark_replaced).
        if successors and a["valid_to"] < day and a["status"] in ("kedaluwarsa", "diganti",
                                                                  "perlu_diperpanjang"):
            replaced += 1
            first = min(successors, key=lambda o: o["valid_from"])["number"]
            assert f"Diganti oleh {first}" in row.replace("\n", " ") or "Diganti oleh" in row
        else:
            assert days_left_text(a["days_left"]) in cells[index:index + 20]
            assert STATUS[a["status"]] in row  # "Perlu diperpanjang" may wrap
    assert replaced >= 1 and "Kedaluwarsa" not in cells
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
    lines = full.text.splitlines()
    dukcapil = {"padan": "Padan", "tidak_ditemukan": "Tidak ditemukan", "menunggu": "Menunggu"}
    for row in page.rows:  # every member's line: NIK, KPJ, birth date, start, Dukcapil
        line = next(line for line in lines if row["nik"] in line)
        for value in (row["kpj"] or "-", _dmy(row["birth_date"]), _dmy(row["start"]),
                      dukcapil[row["dukcapil"]]):
            assert value in line, (value, line)
    for kecamatan in stats["by_kecamatan"]:  # subtotals, brute force from the rows
        mine = [r for r in page.rows if r["kecamatan"] == kecamatan]
        sexes = Counter(r["sex"] for r in mine)
        assert has_run(full.cells, [kecamatan, N(len(mine)), N(sexes["L"]), N(sexes["P"]),
                                    N(sum(1 for r in mine if r["dukcapil"] == "padan"))])
    head = demo.replayed.policy_facts()["head_of_office"]
    assert "Mengesahkan," in full.cells and f"NIP. {head['nip']}" in full.cells


def _dmy(value: str) -> str:
    return f"{value[8:10]}-{value[5:7]}-{value[:4]}"


def test_audit_extract_lists_every_event_up_to_the_moment(demo: Demo) -> None:
    rendered = demo.auditor["audit"]
    total = demo.replayed.audit_trail(limit=1).total
    assert total == demo.replayed.position()
    assert f"{N(total)} peristiwa tercatat" in rendered.text
    assert rendered.info.rows == total
    assert not re.search(r"(?<!\d)7371\d{12}(?!\d)", rendered.text)  # NIKs in summaries
    # Page 1 sums the events up by type (in words) and by user: counted from the trail.
    trail = demo.replayed.audit_trail(limit=100_000).rows
    first_page = [line.strip() for line in rendered.pages[0].splitlines()]
    for user, count in Counter(r["actor"] or "-" for r in trail).items():
        assert has_run(first_page, [user, N(count)]) or has_run(rendered.cells,
                                                                 [user, N(count)])
    for kind, count in Counter(event_name(r["event_type"]) for r in trail).items():
        assert has_run(rendered.cells, [kind, N(count)]), kind
    assert "Menurut jenis peristiwa" in rendered.pages[0]
    assert not re.search(r"\b(Peserta|Kuota|Klaim)\.[A-Z]", rendered.text)  # no identifiers


def _policy_facts(app: Berjasa) -> dict[str, Any]:
    return app.policies.policy_facts(app.users.sign_in("dewi", DEMO_PASSWORD, "uji-01"))


def test_policy_read_model_equals_the_service_as_of_the_moment(demo: Demo) -> None:
    later = _policy_facts(demo.app)
    assert demo.replayed.policy_facts() != later
    session = demo.app.users.sign_in("dewi", DEMO_PASSWORD, "uji-01")
    assert demo.replayed.policy_facts() == demo.app.policies.policy_facts(session,
                                                                          as_of=demo.moment)


def test_personal_data_pdfs_are_recorded_as_exports(demo: Demo) -> None:
    auditor = demo.app.users.sign_in("dewi", DEMO_PASSWORD, "uji-01")
    exports = [e for e in demo.app.exports.list_exports(auditor) if e["kind"] == "pdf"]
    recorded = {(e["actor"], e["filters"]["report"]): e for e in exports}
    assert set(recorded) == {("dewi", "roster"), ("dewi", "claims"), ("dewi", "audit"),
                             ("budi", "roster")}
    for name in ("roster", "claims", "audit"):
        export, info = recorded[("dewi", name)], demo.auditor[name].info
        assert export["rows"] == info.rows > 0 and export["personal"]
        assert export["filters"]["fingerprint"] == info.fingerprint
        assert export["filters"]["as_of"] == info.as_of


def test_an_operator_may_not_print_personal_data(demo: Demo, tmp_path: Path) -> None:
    operator = demo.app.users.sign_in("ani", DEMO_PASSWORD, "uji-01")
    head = demo.app.application.head_position()
    with pytest.raises(PermissionDeniedError) as refused:
        generate_report(demo.app, operator, "roster", ReportParams(), tmp_path / "r.pdf")
    assert refused.value.code == "permission.denied"
    assert not (tmp_path / "r.pdf").exists() and demo.app.application.head_position() == head
    info = generate_report(demo.app, operator, "quota", ReportParams(), tmp_path / "q.pdf")
    assert info.pages >= 1 and demo.app.application.head_position() == head  # no export recorded


def test_protected_during_the_year_counts_every_worker_covered_on_a_day_of_it(
    demo: Demo,
) -> None:
    rows = all_rows(demo)
    first, last = "2025-01-01", "2025-12-31"
    covered = [r for r in rows if any(e["start"] <= last and covered_to(e) >= first
                                      for e in r["enrolments"])]
    flat = " ".join(demo.auditor["paritrana"].text.split())
    assert f"Terlindungi pada sedikitnya satu hari tahun 2025: {N(len(covered))} pekerja." in flat


def test_the_audit_trail_says_which_report_was_exported(demo: Demo) -> None:
    from projections import open_read_models

    live = open_read_models(demo.app.application)
    try:
        live.catch_up()
        lines = live.audit_trail(event_type="Ekspor.DataExported", limit=50).rows
    finally:
        live.close()
    assert any("Daftar Peserta" in audit_summary(r) and "baris" in audit_summary(r)
               for r in lines)


@pytest.mark.parametrize("name", REPORT_NAMES)
def test_every_report_of_the_moment_is_genuine(demo: Demo, name: str) -> None:
    """`report verify` regenerates each one (made as of a moment and position) from the
    history, later events notwithstanding."""
    from reports.service import verify_report_file

    auditor = demo.app.users.sign_in("dewi", DEMO_PASSWORD, "uji-01")
    verdict = verify_report_file(demo.app, auditor, demo.auditor[name].info.file)
    assert verdict.genuine, verdict.differences
    assert (verdict.position, verdict.fingerprint) == (demo.auditor[name].info.position,
                                                       demo.auditor[name].info.fingerprint)


def test_an_english_audit_extract_prints_english_lines_and_verifies(
        demo: Demo, tmp_path: Path) -> None:
    """The audit extract made from the English interface (or `BERJASA_LANG=en`) words its
    lines and event types in English; its language is one of its stored parameters, so
    `report verify` regenerates the same document."""
    from reports.service import verify_report_file

    auditor = demo.app.users.sign_in("dewi", DEMO_PASSWORD, "uji-01")
    # With the position, as the other reports of the moment: the moment alone is cut to
    # whole seconds as printed, and a demo built within one second then holds no event.
    info = generate_report(demo.app, auditor, "audit", ReportParams(language="en"),
                           tmp_path / "audit-en.pdf", as_of=demo.moment,
                           position=demo.auditor["audit"].info.position)
    text = " ".join(p.extract_text() for p in PdfReader(info.file).pages)
    assert "Registered worker" in text and "Worker: registered" in text
    assert "Audit Trail Extract" in text and "By event type" in text
    assert "Mendaftarkan pekerja" not in text and "Peserta: didaftarkan" not in text
    assert "Mendaftarkan pekerja" in demo.auditor["audit"].text  # Indonesian by default
    verdict = verify_report_file(demo.app, auditor, info.file)
    assert verdict.genuine, verdict.differences
