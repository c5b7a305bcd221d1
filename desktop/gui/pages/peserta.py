"""Peserta: the workers table (search as you type, filters), detail panel and actions."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from html import escape
from typing import Any

from desktop.gui.context import GuiContext
from desktop.gui.forms import Field, Values
from desktop.gui.models import Column, PagedQueryModel
from desktop.gui.pages.base import PageBase, heading, no_check
from desktop.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTextBrowser,
    QTimer,
    QVBoxLayout,
)
from desktop.gui.worker_forms import (
    birth_from_nik,
    check_registration,
    dukcapil_choices,
    require_reason,
    termination_choices,
    worker_fields,
)
from domain.errors import ValidationError
from domain.formatting import format_date, format_moment_short, format_number
from domain.i18n import current_language
from domain.model.peserta_rules import CORRECTABLE_FIELDS
from domain.reference import HEIR_RELATIONS
from domain.services.permissions import Action
from domain.services.workers import EnrolmentView, WorkerView
from projections.api import (
    MEMBERSHIP_STATUSES,
    AuditRow,
    MemberRow,
    MembershipFilter,
    Page,
    QuotaRow,
)
from projections.audit_texts import audit_summary

SEARCH_DEBOUNCE_MS = 150   # coalesce fast typing; the first key after a pause runs at once


def _iso_date(value: Any) -> str:
    return format_date(date.fromisoformat(str(value)[:10]), current_language()) if value else ""


def enrollable_quotas(quotas: list[QuotaRow], start: Any) -> list[QuotaRow]:
    """Quotas an enrolment from `start` can go into: their period contains the day, they
    have free seats and are confirmed; the newest period first (this year's before the
    last, never an expired or full one by default)."""
    day = start.isoformat() if isinstance(start, date) else str(start or "")
    fitting = [q for q in quotas if q["period_start"] and q["period_start"] <= day
               <= q["period_end"] and q["free"] > 0 and q["confirmed"]]
    return sorted(fitting, key=lambda q: (q["period_start"], q["quota"]), reverse=True)


def sex_letter(code: Any) -> str:
    """The recorded sex code (L/P) as the interface's letter (English: M/F)."""
    letters = {"L": QCoreApplication.translate("PesertaPage", "L", "sex: laki-laki"),
               "P": QCoreApplication.translate("PesertaPage", "P", "sex: perempuan")}
    return letters.get(str(code or ""), str(code or ""))


def _wita_moment(value: Any) -> str:
    return format_moment_short(datetime.fromisoformat(str(value)))


class PesertaPage(PageBase):
    """Workers. Emits nothing; writes go through the services and refresh via the source."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        # Asked once: the table renders a NIK per visible cell, the store must not be hit.
        self.masker = ctx.masker
        self.filter = MembershipFilter(nik_match="part" if self.masker.full else "whole")
        self._last_search = 0.0
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._build()
        self._connect_signals()
        self.update_actions()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Peserta")))
        layout.addLayout(self._filters_row())
        layout.addLayout(self._actions_row())
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet("color: #1b5e20;")
        layout.addWidget(self.notice)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._table())
        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setOpenLinks(False)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        layout.addWidget(splitter, 1)

    def _filters_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Cari NIK atau nama…"))
        self.search.setClearButtonEnabled(True)
        row.addWidget(self.search, 2)
        self.kecamatan = self._combo(self.tr("Semua kecamatan"))
        self.programme = self._combo(self.tr("Semua program"))
        self.status = self._combo(self.tr("Semua status"))
        self.occupation = self._combo(self.tr("Semua pekerjaan"))
        self.decile = self._combo(self.tr("Semua desil"))
        for combo in (self.kecamatan, self.programme, self.status, self.occupation,
                      self.decile):
            row.addWidget(combo, 1)
        self.count = QLabel()
        self.count.setObjectName("count")
        row.addWidget(self.count)
        return row

    @staticmethod
    def _combo(everything: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _actions_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        specs = [
            ("register", self.tr("Daftarkan pekerja"), Action.REGISTER_WORKER),
            ("correct", self.tr("Koreksi data"), Action.CORRECT_WORKER),
            ("enrol", self.tr("Daftarkan ke kuota"), Action.ENROL),
            ("terminate", self.tr("Hentikan"), Action.TERMINATE),
            ("death", self.tr("Catat kematian"), Action.RECORD_DEATH),
            ("heir", self.tr("Ahli waris"), Action.CORRECT_WORKER),
            ("dukcapil", self.tr("Padan Dukcapil"), Action.RECORD_DUKCAPIL),
            ("kpj", self.tr("Nomor KPJ"), Action.ASSIGN_KPJ),
        ]
        self.buttons: dict[str, tuple[QPushButton, Action]] = {}
        for name, text, action in specs:
            button = QPushButton(text)
            button.setObjectName(name)
            self.buttons[name] = (button, action)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _table(self) -> QTableView:
        columns = [
            Column("nik", self.tr("NIK"), self._show_nik, "nik"),
            Column("name", self.tr("Nama"), None, "name"),
            Column("sex", self.tr("JK"), sex_letter),
            Column("age", self.tr("Umur"), None, "age", True),
            Column("kecamatan", self.tr("Kecamatan"), None, "kecamatan"),
            Column("kelurahan", self.tr("Kelurahan"), None, "kelurahan"),
            Column("occupation", self.tr("Pekerjaan"), None, "occupation"),
            Column("decile", self.tr("Desil"), None, "decile", True),
            Column("status", self.tr("Status"), self._show_status, "status"),
            Column("programmes", self.tr("Program"), lambda p: ", ".join(p or [])),
        ]
        self.model = PagedQueryModel(columns, self._fetch)
        self.table = QTableView()
        self.table.setObjectName("workers")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 170, 34, 50, 110, 110, 130, 48, 80)):
            self.table.setColumnWidth(column, width)
        return self.table

    def _connect_signals(self) -> None:
        self.search.textEdited.connect(self.on_search_edited)
        self.search_timer.timeout.connect(self.on_search_timer_timeout)
        for combo in (self.kecamatan, self.programme, self.status, self.occupation,
                      self.decile):
            combo.currentIndexChanged.connect(self.on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        actions = {"register": self.on_register_clicked, "correct": self.on_correct_clicked,
                   "enrol": self.on_enrol_clicked, "terminate": self.on_terminate_clicked,
                   "death": self.on_death_clicked, "dukcapil": self.on_dukcapil_clicked,
                   "heir": self.on_heir_clicked,
                   "kpj": self.on_kpj_clicked}
        for name, (button, _action) in self.buttons.items():
            button.clicked.connect(actions[name])

    # --- queries --------------------------------------------------------------------------

    def _fetch(self, sort: str, descending: bool, offset: int, limit: int,
               ) -> Page[MemberRow]:
        return self.ctx.source.current().membership_page(
            self.filter, sort=sort, descending=descending, offset=offset, limit=limit)

    def refresh(self) -> None:
        self._fill_filter_options()
        self.run_query()

    def run_query(self) -> None:
        selected = self.selected_nik()
        self.model.reload()
        self.count.setText(self.tr("{n} pekerja").format(n=format_number(self.model.total)))
        self._reselect(selected)

    def _reselect(self, nik: str | None) -> None:
        rows = [i for i, r in enumerate(self.model.rows) if r["nik"] == nik]
        if rows:
            self.table.selectRow(rows[0])
        else:
            self.show_detail(None)

    def _fill_filter_options(self) -> None:
        options = self.ctx.source.current().filter_options()
        statuses = [(self._show_status(s), s) for s in MEMBERSHIP_STATUSES]
        for combo, values in (
            (self.kecamatan, [(k, k) for k in options["kecamatan"]]),
            (self.programme, [(p, p) for p in options["programme"]]),
            (self.status, statuses),
            (self.occupation, [(o, o) for o in options["occupation"]]),
            (self.decile, [(str(d), d) for d in options["decile"]]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in values:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def selected_nik(self) -> str | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return str(row["nik"]) if row else None

    # --- slots ----------------------------------------------------------------------------

    def on_search_edited(self, _text: str) -> None:
        # The first key after a pause searches at once; keys typed quickly are coalesced.
        if time.monotonic() - self._last_search > SEARCH_DEBOUNCE_MS / 1000:
            self.on_search_timer_timeout()
        else:
            self.search_timer.start()

    def on_search_timer_timeout(self) -> None:
        self._last_search = time.monotonic()
        self.filter = replace(self.filter, search=self.search.text().strip())
        self.run_query()

    def on_filter_changed(self, _index: int) -> None:
        self.filter = replace(
            self.filter, kecamatan=self.kecamatan.currentData(),
            programme=self.programme.currentData(), status=self.status.currentData(),
            occupation=self.occupation.currentData(), decile=self.decile.currentData(),
        )
        self.run_query()

    def on_current_row_changed(self, *_args: Any) -> None:
        self.show_detail(self.selected_nik())
        self.update_actions()

    # --- detail ---------------------------------------------------------------------------

    def _show_nik(self, nik: Any) -> str:
        return self.masker.nik(nik)

    @staticmethod
    def _show_dukcapil(status: Any) -> str:
        names = {code: name for name, code in dukcapil_choices()}
        return names.get(str(status), str(status or "-"))

    def _show_status(self, status: Any) -> str:
        names = {"aktif": self.tr("Aktif"), "berhenti": self.tr("Berhenti"),
                 "meninggal": self.tr("Meninggal"),
                 "belum_terdaftar": self.tr("Belum terdaftar")}
        return names.get(str(status), str(status or ""))

    def show_detail(self, nik: str | None) -> None:
        if nik is None:
            hint = self.tr("Pilih seorang pekerja untuk melihat data dan riwayatnya.")
            self.detail.setHtml(f"<p style='color:#666'>{escape(hint)}</p>")
            return
        source = self.ctx.source.current()
        member = source.membership_row(nik)
        trail = source.audit_trail(nik=nik, limit=100).rows
        worker: WorkerView | None = None
        if member and not self.ctx.source.travelling:
            worker = self.ctx.app.workers.get_worker(self.ctx.session, nik)
        # The read model's row with what only the worker's record holds (none as of a
        # moment: the record is today's).
        row: dict[str, object] = {**(member or {}), "phone": worker["phone"] if worker else "",
                                  "duplicate_of": worker["duplicate_of"] if worker else None}
        enrolments = worker["enrolments"] if worker else []
        self.detail.setHtml(self._detail_html(row, enrolments, trail))

    def _detail_html(self, row: Mapping[str, object], enrolments: list[EnrolmentView],
                     trail: list[AuditRow]) -> str:
        facts = [
            (self.tr("NIK"), self._show_nik(row.get("nik"))),
            (self.tr("Jenis kelamin / lahir"),
             f"{sex_letter(row.get('sex'))} / {self.masker.birth_date(row.get('birth_date'))}"),
            (self.tr("Wilayah"), f"{row.get('kelurahan', '')}, {row.get('kecamatan', '')}"),
            (self.tr("Pekerjaan"), row.get("occupation", "")),
            (self.tr("Desil"), row.get("decile") or "-"),
            (self.tr("Dukcapil"), self._show_dukcapil(row.get("dukcapil"))),
            (self.tr("KPJ"), row.get("kpj") or "-"),
            (self.tr("Telepon"), self.masker.phone(row.get("phone")) or "-"),
            (self.tr("Status"), self._show_status(row.get("status"))),
        ]
        if row.get("duplicate_of"):  # resolved as another record of the same person
            facts.append((self.tr("Data ganda dari NIK"), self._show_nik(row["duplicate_of"])))
        html = [f"<h3>{escape(str(row.get('name', '')))}</h3><table>"]
        html += [f"<tr><td style='color:#555;padding-right:8px'>{escape(k)}</td>"
                 f"<td>{escape(str(v))}</td></tr>" for k, v in facts]
        enrolments_title, history_title = self.tr("Kepesertaan"), self.tr("Riwayat")
        html.append(f"</table><h4>{escape(enrolments_title)}</h4><ul>")
        for e in enrolments:
            ended = (self.tr(" · berhenti {d} ({r})").format(d=_iso_date(e["end"]),
                     r=e["end_reason"]) if e["end"] else "")
            noted = [self._show_nik(v) if k == "survivor_nik" else str(v)
                     for k, v in (e.get("end_details") or {}).items() if k != "survivor_id"]
            ended += f" — {', '.join(noted)}" if noted else ""
            html.append(f"<li>{escape(e['quota'])}: {escape(', '.join(e['programmes']))}, "
                        f"{escape(_iso_date(e['start']))} – {escape(_iso_date(e['until']))}"
                        f"{escape(ended)}</li>")
        html.append(f"</ul><h4>{escape(history_title)}</h4><ul>")
        for event in trail:
            reason = (f" — “{self.masker.text(event['reason'])}”" if event.get("reason")
                      else "")
            summary = self.masker.text(audit_summary(event, current_language()))
            html.append(f"<li><b>{escape(_wita_moment(event['time']))}</b> "
                        f"{escape(summary)} · "
                        f"{escape(str(event.get('actor') or ''))}{escape(reason)}</li>")
        html.append("</ul>")
        return "".join(html)

    # --- actions --------------------------------------------------------------------------

    def update_actions(self) -> None:
        selected = self.selected_nik() is not None
        for name, (button, action) in self.buttons.items():
            button.setVisible(self.may(action))
            button.setEnabled(name == "register" or selected)

    def on_register_clicked(self) -> None:
        app, session, today = self.ctx.app, self.ctx.session, self.ctx.app.application.calendar()
        form = self.open_form(
            self.tr("Daftarkan pekerja"), worker_fields(),
            lambda v: check_registration(v, today),
            lambda v: app.workers.register_worker(session, **v),
            derive=lambda v: birth_from_nik(v, today),
        )
        form.name_buttons(self.tr("Daftarkan"))
        form.accepted.connect(lambda: self.show_registered(form.values()))

    def show_registered(self, values: Values) -> None:
        """Say the worker was saved, and show and select the new row (found by its NIK,
        which the search box then holds), so the clerk sees what was recorded."""
        nik = str(values.get("nik") or "").strip()
        self.notice.setText(self.tr("Tersimpan: {name}, NIK {nik}.").format(
            name=values.get("name", ""), nik=self.masker.nik(nik)))
        self.search.setText(nik)
        self.on_search_timer_timeout()
        self._reselect(nik)

    def on_correct_clicked(self) -> None:
        nik = self.selected_nik()
        if nik is None:
            return
        app, session, today = self.ctx.app, self.ctx.session, self.ctx.app.application.calendar()
        current = app.workers.get_worker(session, nik)
        fields = [*worker_fields(current), Field("reason", self.tr("Alasan koreksi"), "note")]

        def check(values: Values) -> None:
            check_registration(values, today)
            require_reason(values)

        def submit(values: Values) -> Any:
            changes = {k: v for k, v in values.items() if k in CORRECTABLE_FIELDS}
            return app.workers.correct_worker(session, nik, changes, values["reason"])

        self.open_form(self.tr("Koreksi data pekerja"), fields, check, submit,
                       derive=lambda v: birth_from_nik(v, today))

    def on_enrol_clicked(self) -> None:
        nik = self.selected_nik()
        quotas = self.ctx.source.live.quotas()

        def choices(values: Values) -> list[tuple[str, Any]]:
            return [(f"{q['quota']} — {q['label']} ({self.tr('sisa')} "
                     f"{format_number(q['free'])})", q["quota"])
                    for q in enrollable_quotas(quotas, values.get("start"))]

        def check(values: Values) -> None:
            if not values.get("quota"):
                raise ValidationError("gui.no_quota_for_day")

        fields = [Field("start", self.tr("Mulai"), "date", self.ctx.app.application.calendar()),
                  Field("quota", self.tr("Kuota"), "choice", choices_from=choices)]
        if self.may(Action.ENROL_RETROACTIVE):  # a start before today: supervisors only
            fields += [Field("retroactive", self.tr("Berlaku surut (mulai sebelum hari ini)"),
                             "check", False),
                       Field("reason", self.tr("Alasan (wajib bila berlaku surut)"), "note")]
        app, session = self.ctx.app, self.ctx.session
        form = self.open_form(self.tr("Daftarkan ke kuota"), fields, check,
                              lambda v: app.quotas.enrol(session, str(nik), v["quota"], v["start"],
                                                         retroactive=bool(v.get("retroactive")),
                                                         reason=str(v.get("reason") or "")))
        form.name_buttons(self.tr("Daftarkan"))

    def on_terminate_clicked(self) -> None:
        nik = self.selected_nik()
        app, session = self.ctx.app, self.ctx.session
        worker = app.workers.get_worker(session, str(nik))
        open_ones = [(e["quota"], e["quota"]) for e in worker["enrolments"] if not e["end"]]
        fields = [Field("quota", self.tr("Kepesertaan"), "choice", choices=open_ones),
                  Field("reason", self.tr("Alasan"), "choice", choices=termination_choices()),
                  Field("end", self.tr("Tanggal berhenti"), "date", app.application.calendar()),
                  # What each reason records (the service refuses a missing or extra one).
                  Field("employer", self.tr("Pemberi kerja baru (formal)")),
                  Field("kpj", self.tr("Nomor KPJ baru (formal)")),
                  Field("domicile", self.tr("Domisili baru (pindah)")),
                  Field("survivor", self.tr("NIK data yang dipertahankan (data ganda)")),
                  Field("note", self.tr("Catatan"), "note")]
        self.open_form(self.tr("Hentikan kepesertaan"), fields, no_check,
                       lambda v: app.quotas.terminate(session, str(nik), v["quota"], v["reason"],
                                                      v["end"], v["note"], employer=v["employer"],
                                                      kpj=v["kpj"], domicile=v["domicile"],
                                                      survivor=v["survivor"]))

    def on_death_clicked(self) -> None:
        nik, app, session = self.selected_nik(), self.ctx.app, self.ctx.session
        fields = [Field("died_on", self.tr("Tanggal meninggal"), "date",
                        app.application.calendar()),
                  Field("reason", self.tr("Sumber keterangan"), "note")]
        self.open_form(self.tr("Catat kematian"), fields, no_check,
                       lambda v: app.workers.record_death(session, str(nik), v["died_on"],
                                                          v["reason"]))

    def on_heir_clicked(self) -> None:
        """Record an heir for death benefits, in the legal order (Permenaker 5/2021)."""
        nik, app, session = self.selected_nik(), self.ctx.app, self.ctx.session
        fields = [Field("name", self.tr("Nama ahli waris")),
                  Field("heir_nik", self.tr("NIK ahli waris")),
                  Field("relation", self.tr("Hubungan ahli waris"), "choice",
                        choices=[(r.replace("_", " "), r) for r in HEIR_RELATIONS])]
        self.open_form(self.tr("Ahli waris"), fields, no_check,
                       lambda v: app.workers.record_heir(session, str(nik), v["name"],
                                                         v["heir_nik"],
                                                 v["relation"]))

    def on_dukcapil_clicked(self) -> None:
        nik, app, session = self.selected_nik(), self.ctx.app, self.ctx.session
        fields = [Field("status", self.tr("Hasil padan"), "choice", choices=dukcapil_choices()),
                  Field("checked_on", self.tr("Tanggal padan"), "date", app.application.calendar())]
        self.open_form(self.tr("Padan Dukcapil"), fields, no_check,
                       lambda v: app.workers.record_dukcapil(session, str(nik), v["status"],
                                                             v["checked_on"]))

    def on_kpj_clicked(self) -> None:
        nik, app, session = self.selected_nik(), self.ctx.app, self.ctx.session
        fields = [Field("kpj", self.tr("Nomor KPJ (11 digit)"))]
        self.open_form(self.tr("Nomor KPJ"), fields, no_check,
                       lambda v: app.workers.assign_kpj(session, str(nik), v["kpj"]))
