"""Beranda: active members against quota and target, gauges, alerts, coverage charts."""

from __future__ import annotations

from datetime import date
from typing import Any, TypedDict

from desktop.gui.chart import BarChart
from desktop.gui.context import GuiContext
from desktop.gui.errors import user_message
from desktop.gui.pages.base import PageBase, heading, shown_day
from desktop.gui.pages.kuota import opening_label
from desktop.gui.qt import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    Signal,
)
from domain.formatting import (
    MONTHS_SHORT,
    format_decimal,
    format_number,
    format_percent,
    format_rupiah,
)
from domain.i18n import current_language
from projections.api import (
    AgreementRow,
    ClaimsSummary,
    CoveragePoint,
    QuotaRow,
    ReadModels,
    Stats,
    YearMoney,
)

# The chart's month labels follow the interface language (figures stay Indonesian: they are
# the office's own and match the printed reports).
_MONTHS = {
    "id": MONTHS_SHORT,
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def month_label(month: int) -> str:
    """Short name of `month` (1-12) in the interface language."""
    return _MONTHS.get(current_language(), _MONTHS["id"])[month - 1]


def _card(title: str, value: str, note: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    frame.setStyleSheet("QFrame#card{background:white;border:1px solid #d7dde4;"
                        "border-radius:6px;}")
    layout = QVBoxLayout(frame)
    for text, style in ((title, "color:#52606d;"), (value, "font-size:18pt;font-weight:600;"),
                        (note, "color:#52606d;")):
        label = QLabel(text)
        label.setStyleSheet(style)
        label.setWordWrap(True)
        layout.addWidget(label)
    return frame


class DashboardFigures(TypedDict):
    stats: Stats
    quotas: list[QuotaRow]
    money: YearMoney
    agreements: list[AgreementRow]
    claims: ClaimsSummary
    monthly: list[CoveragePoint]


def dashboard_figures(source: ReadModels, today: date, window: int) -> DashboardFigures:
    """Everything the dashboard draws, from read models `source` (bench/bench_gui.py
    times this on 100,000 workers)."""
    return DashboardFigures(stats=source.stats(today), quotas=source.quotas(today),
                            money=source.money_year(today.year, today),
                            agreements=source.agreements(today, window),
                            claims=source.claims_summary(),
                            monthly=source.coverage_series(today.year))


def programme_cards(stats: Stats, quotas: list[QuotaRow], year: int
                    ) -> list[tuple[str, int, int]]:
    """(programme, members covered today, seats of `year`'s quotas with it) of each
    programme card: seats of different years never add up."""
    return [(programme, stats["by_programme"].get(programme, 0),
             sum(q["seats"] for q in quotas if programme in q["programmes"] and q["year"] == year))
            for programme in ("JKK", "JKM", "JHT")]


class ChartBars(TypedDict):
    by_month: list[tuple[str, int]]  # (YYYY-MM, active members)
    by_kecamatan: list[tuple[str, int]]  # most members first


def chart_bars(data: DashboardFigures, today: date) -> ChartBars:
    """The two charts' bars: the active members at the end of each month of `today`'s
    year gone by, and on `today` for its own month (whose end has not come: a worker whose
    coverage ends later this month is still active); and the active members on `today`
    by kecamatan, the workers the "Peserta aktif" card counts (not those of the year's
    last month-end, which a coverage ending before then or a quota period ending earlier
    in the year would leave out)."""
    current = today.strftime("%Y-%m")
    by_month = {p["month"]: p["active"] for p in data["monthly"]
                if p["programme"] == "ALL" and p["month"] < current and p["active"]}
    stats = data["stats"]
    if stats["active_members"]:
        by_month[current] = stats["active_members"]
    return ChartBars(by_month=sorted(by_month.items()),
                     by_kecamatan=sorted(stats["by_kecamatan"].items(),
                                         key=lambda kv: (-kv[1], kv[0])))


class BerandaPage(PageBase):
    """The dashboard, recomputed from the read models whenever they move; emits
    `updated()` each time its figures were drawn."""

    updated = Signal()

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.inbox_count = 0  # decisions waiting in Kotak masuk (supervisors; main window)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Beranda")))
        self.problem = QLabel()
        self.problem.setObjectName("dashboard-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.cards = QHBoxLayout()
        layout.addLayout(self.cards)
        middle = QHBoxLayout()
        self.gauges = QGroupBox(self.tr("Pemakaian kuota"))
        self.gauges.setLayout(QGridLayout())
        middle.addWidget(self.gauges, 3)
        self.alerts = QGroupBox(self.tr("Perlu perhatian"))
        self.alerts.setLayout(QVBoxLayout())
        middle.addWidget(self.alerts, 2)
        layout.addLayout(middle)
        self.billing = QGroupBox(self.tr("Tagihan iuran"))
        self.billing.setLayout(QGridLayout())
        layout.addWidget(self.billing)
        charts = QHBoxLayout()
        self.by_month = BarChart(self.tr("Peserta aktif per bulan"))
        self.by_kecamatan = BarChart(self.tr("Peserta aktif per kecamatan"), horizontal=True)
        charts.addWidget(self.by_month, 1)
        charts.addWidget(self.by_kecamatan, 1)
        layout.addLayout(charts, 1)

    def refresh(self) -> None:
        """Gather the figures off the GUI thread (on 100,000 workers they take seconds),
        then draw them."""
        source, today = self.ctx.source.background(), self._today()
        window = self.ctx.preferences.renewal_window_days
        goal = self._coverage_goal(today)
        self.gather_then(lambda: dashboard_figures(source, today, window),
                         lambda data: self.on_gathered(data, goal, today))

    def on_gathered(self, data: DashboardFigures, goal: tuple[float | None, int],
                    today: date) -> None:
        self.problem.hide()
        self._fill_cards(data["stats"], data["quotas"], goal, data["money"])
        self._fill_gauges([q for q in data["quotas"] if q["year"] == today.year])
        self._fill_alerts(data["agreements"], data["claims"], data["money"])
        self._fill_billing(data["money"], today)
        self._fill_charts(chart_bars(data, today))
        self.updated.emit()

    def show_problem(self, error: BaseException) -> None:
        self.problem.setText(user_message(error))
        self.problem.show()

    def _today(self) -> date:
        moment = self.ctx.source.moment
        return shown_day(moment, self.ctx.app.application.calendar())

    @staticmethod
    def _clear(layout: Any) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Detach at once: deleteLater alone leaves it drawn until the next loop turn.
                widget.setParent(None)
                widget.deleteLater()

    def _coverage_goal(self, today: date) -> tuple[float | None, int]:
        """The coverage target (percent) and workforce recorded in Kebijakan for the
        latest year up to `today` (as they stood at the time-travel moment, if any)."""
        facts = self.ctx.app.policies.policy_facts(self.ctx.session, as_of=self.ctx.source.moment)
        targets = [t for t in facts["targets"] if t["year"] <= today.year]
        workforce = [w for w in facts["workforce"] if w["year"] <= today.year]
        return (float(targets[-1]["percent"]) if targets else None,
                int(workforce[-1]["count"]) if workforce else 0)

    def _fill_cards(self, stats: Stats, quotas: list[QuotaRow],
                    goal: tuple[float | None, int], money: YearMoney) -> None:
        self._clear(self.cards)
        target, workforce = goal
        active = stats["active_members"]
        target_text = format_percent(target) if target is not None else self.tr("belum dicatat")
        target_note = self.tr("target cakupan {t}").format(t=target_text)
        if workforce:
            target_note = self.tr("{p} dari {w} pekerja; target {t}").format(
                p=format_percent(100 * active / workforce),
                w=format_number(workforce), t=target_text)
        self.cards.addWidget(_card(self.tr("Peserta aktif"), format_number(active),
                                   target_note))
        year = money["year"]
        for programme, count, seats in programme_cards(stats, quotas, year):
            note = self.tr("dari {s} kursi kuota {y}").format(s=format_number(seats), y=year)
            self.cards.addWidget(_card(programme, format_number(count), note))
        self.cards.addWidget(self._budget_card(money))

    def _budget_card(self, money: YearMoney) -> QFrame:
        """The year's need against its pagu (never another year's money)."""
        need, pagu = money["need"], money["pagu"]
        title = self.tr("Kebutuhan iuran {y}").format(y=money["year"])
        value = format_rupiah(need) if need is not None else "—"
        if pagu is None:
            note = self.tr("pagu {y} belum dicatat").format(y=money["year"])
        else:
            note = self.tr("pagu {p}; terealisasi {c}; dibayar {b}").format(
                p=format_rupiah(pagu), c=format_rupiah(money["cost"] or 0),
                b=format_rupiah(money["paid"]))
        return _card(title, value, note)

    def _fill_billing(self, money: YearMoney, today: date) -> None:
        """Per month of the year: billed, the BPJS invoice reconciled, paid, arrears."""
        grid = self.billing.layout()
        assert isinstance(grid, QGridLayout)
        self._clear(grid)
        self.billing.setTitle(self.tr("Tagihan iuran {y}: ditagih · rekonsiliasi · dibayar")
                              .format(y=money["year"]))
        labels = (self.tr("Ditagih"), self.tr("Rekonsiliasi"), self.tr("Dibayar"))
        for row, text in enumerate(labels, start=1):
            grid.addWidget(QLabel(text), row, 0)
        for column, month in enumerate(money["months"], start=1):
            grid.addWidget(QLabel(month_label(int(month["month"][5:7]))), 0, column)
            billed = QLabel(_millions(month["billed"]))
            billed.setToolTip(format_rupiah(month["billed"]))
            if month["arrears"]:
                billed.setStyleSheet("color:#b3261e;font-weight:600;")
                billed.setToolTip(self.tr("Tunggakan: belum dibayar, jatuh tempo {d}")
                                  .format(d=month["due"]))
            grid.addWidget(billed, 1, column)
            grid.addWidget(QLabel("✓" if month["reconciled"] else "–"), 2, column)
            paid = QLabel(_millions(month["paid"]))
            paid.setToolTip(", ".join(month["references"]))
            grid.addWidget(paid, 3, column)

    def _fill_gauges(self, quotas: list[QuotaRow]) -> None:
        grid = self.gauges.layout()
        assert isinstance(grid, QGridLayout)
        self._clear(grid)
        for row, quota in enumerate(quotas[:6]):
            name = f"{quota['quota']} · {quota['label']}"
            if quota["opening"] == "belum_dikonfirmasi":  # a second person (issue 23)
                name += " · " + opening_label(quota["opening"])
            grid.addWidget(QLabel(name), row, 0)
            bar = QProgressBar()
            bar.setRange(0, max(quota["seats"], 1))
            bar.setValue(quota["used"])
            bar.setFormat(self.tr("{u} / {s} kursi").format(
                u=format_number(quota["used"]), s=format_number(quota["seats"])))
            grid.addWidget(bar, row, 1)
        if not quotas:
            grid.addWidget(QLabel(self.tr("Belum ada kuota.")), 0, 0)

    def set_inbox_count(self, count: int) -> None:
        """The number shown first under "Perlu perhatian" from the next drawing on."""
        changed = count != self.inbox_count
        self.inbox_count = count
        if changed and not self.stale:
            self.stale = True
            if self.isVisible():
                self.reload()

    def _fill_alerts(self, agreements: list[AgreementRow], claims: ClaimsSummary,
                     money: YearMoney) -> None:
        box = self.alerts.layout()
        assert isinstance(box, QVBoxLayout)
        self._clear(box)
        lines = []
        if self.inbox_count:
            lines.append(self.tr("{n} keputusan menunggu di Kotak masuk").format(
                n=format_number(self.inbox_count)))
        for agreement in agreements:
            if agreement["status"] == "perlu_diperpanjang":
                lines.append(self.tr("{n} berakhir dalam {d} hari — perlu diperpanjang").format(
                    n=agreement["number"], d=agreement["days_left"]))
            elif agreement["status"] == "kedaluwarsa":
                lines.append(self.tr("{n} sudah kedaluwarsa").format(n=agreement["number"]))
        waiting = claims["by_state"]
        open_claims = sum(waiting.get(s, 0) for s in (
            "perlu_verifikasi", "dilaporkan", "dokumen_lengkap", "diajukan",
            "menunggu_konfirmasi_bayar"))
        overdue = claims["overdue"]
        if overdue:  # past their step's limit (data: manfaat-klaim.csv, terlambat_*)
            lines.append(self.tr("{n} klaim terlambat ditindaklanjuti").format(n=overdue))
        if open_claims:
            lines.append(self.tr("{n} klaim menunggu tindak lanjut").format(n=open_claims))
        if money["pagu"] is None:
            lines.append(self.tr("Pagu iuran {y} belum dicatat (Kebijakan → Anggaran)")
                         .format(y=money["year"]))
        arrears = [m for m in money["months"] if m["arrears"]]
        if arrears:
            lines.append(self.tr("Tunggakan iuran: {m} ({a})").format(
                m=", ".join(month_label(int(m["month"][5:7])) for m in arrears),
                a=format_rupiah(sum(m["billed"] for m in arrears))))
        for text in lines or [self.tr("Tidak ada yang perlu ditindaklanjuti.")]:
            label = QLabel("• " + text)
            label.setWordWrap(True)
            box.addWidget(label)
        spacer = QWidget()
        box.addWidget(spacer)

    def _fill_charts(self, bars: ChartBars) -> None:
        months = [(month_label(int(m[5:7])), v) for m, v in bars["by_month"]]
        empty = self.tr("Belum ada peserta aktif.")
        self.by_month.set_data(months, empty)
        self.by_kecamatan.set_data(bars["by_kecamatan"], empty)


def _millions(amount: int) -> str:
    """Rupiah in millions with one decimal (`27,4 jt`): twelve months fit on one row."""
    return f"{format_decimal(amount / 1_000_000, 1)} jt" if amount else "–"


