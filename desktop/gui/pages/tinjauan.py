"""Tinjauan data: records that need a person's decision (issue 16).

- Possible duplicates: records with the same name, birth date and kelurahan under
  different NIKs (`ReadModels.possible_duplicates`). A supervisor or admin resolves a
  group: one record is a duplicate of another (its enrolments end, naming the record that
  is kept), or they are different people; either way the group leaves the list.
- Unknown occupations: workers whose occupation is in no segment (`domain.segments`), so
  they count as "Tidak Dikenal" in every figure by segment until corrected in Peserta.
"""

from __future__ import annotations

from typing import Any

from desktop.gui.context import GuiContext
from desktop.gui.errors import user_message
from desktop.gui.forms import Field
from desktop.gui.models import Column, RowsModel
from desktop.gui.pages.base import PageBase, heading, no_check
from desktop.gui.pages.kuota import _table
from desktop.gui.qt import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget
from domain.duplicates import DuplicateGroup
from domain.formatting import format_number
from domain.segments import UNKNOWN_SEGMENT
from domain.services.permissions import Action
from projections.api import MemberRow, MembershipFilter, Page

UNKNOWN_OCCUPATIONS_SHOWN = 500  # a list to work through, not an export


class TinjauanPage(PageBase):
    """Possible duplicates (resolved by supervisors and admins) and unknown occupations."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.masker = ctx.masker
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Tinjauan data")))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._duplicates_tab(), self.tr("Kemungkinan data ganda"))
        self.tabs.addTab(self._occupations_tab(), self.tr("Pekerjaan tidak dikenal"))
        layout.addWidget(self.tabs, 1)
        self.duplicate_button.clicked.connect(self.on_duplicate_clicked)
        self.distinct_button.clicked.connect(self.on_distinct_clicked)
        self.groups_table.selectionModel().currentRowChanged.connect(self.update_actions)
        self.update_actions()

    # --- layout ---------------------------------------------------------------------------

    def _duplicates_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.groups_intro = QLabel(self.tr(
            "Nama, tanggal lahir dan kelurahan sama dengan NIK berbeda: biasanya NIK yang "
            "dirusak spreadsheet. Periksa KTP/KK, lalu catat satu data sebagai ganda atau "
            "nyatakan mereka orang yang berbeda."))
        self.groups_intro.setWordWrap(True)
        layout.addWidget(self.groups_intro)
        row = QHBoxLayout()
        self.duplicate_button = QPushButton(self.tr("Catat sebagai data ganda…"))
        self.duplicate_button.setObjectName("resolve-duplicate")
        self.distinct_button = QPushButton(self.tr("Orang yang berbeda…"))
        self.distinct_button.setObjectName("confirm-distinct")
        self.groups_count = QLabel()
        self.groups_count.setObjectName("groups-count")
        for widget in (self.duplicate_button, self.distinct_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.groups_count)
        layout.addLayout(row)
        self.groups: RowsModel[DuplicateGroup] = RowsModel([
            Column("niks", self.tr("NIK"), self._show_niks),
            Column("names", self.tr("Nama"), lambda names: " / ".join(names or [])),
            Column("birth_date", self.tr("Tanggal lahir"), self._show_birth),
            Column("kelurahan", self.tr("Kelurahan")),
            Column("kecamatan", self.tr("Kecamatan")),
            Column("reason", self.tr("Alasan"), self._show_reason),
        ])
        self.groups_table = _table(self.groups, "duplicate-groups")
        layout.addWidget(self.groups_table, 1)
        return tab

    def _occupations_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(self.tr(
            "Pekerjaan ini tidak ada di daftar pekerjaan dan sinonimnya, sehingga tidak "
            "dihitung dalam segmen mana pun. Koreksi pekerjaannya di Peserta, atau minta "
            "admin menambahkan sebutan itu ke daftar."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.occupations_count = QLabel()
        self.occupations_count.setObjectName("occupations-count")
        layout.addWidget(self.occupations_count)
        self.occupations: RowsModel[MemberRow] = RowsModel([
            Column("nik", self.tr("NIK"), self._show_nik),
            Column("name", self.tr("Nama")),
            Column("occupation", self.tr("Pekerjaan")),
            Column("kelurahan", self.tr("Kelurahan")),
            Column("kecamatan", self.tr("Kecamatan")),
            Column("status", self.tr("Status"), self._show_status),
        ])
        self.occupations_table = _table(self.occupations, "unknown-occupations")
        layout.addWidget(self.occupations_table, 1)
        return tab

    # --- rendering ------------------------------------------------------------------------

    def _show_nik(self, nik: Any) -> str:
        return self.masker.nik(nik)

    def _show_niks(self, niks: Any) -> str:
        return ", ".join(self.masker.nik(n) for n in niks or [])

    def _show_birth(self, value: Any) -> str:
        text = str(value or "")
        return text if self.masker.full else text[:4]  # day and month rebuild a NIK

    def _show_status(self, status: Any) -> str:
        names = {"aktif": self.tr("Aktif"), "berhenti": self.tr("Berhenti"),
                 "meninggal": self.tr("Meninggal"),
                 "belum_terdaftar": self.tr("Belum terdaftar")}
        return names.get(str(status), str(status or ""))

    def _show_reason(self, code: Any) -> str:
        names = {"same_name_birth_kelurahan": self.tr("Nama, tanggal lahir, kelurahan sama")}
        return names.get(str(code), str(code))

    # --- queries --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Both lists gathered off the GUI thread: the possible duplicates compare every
        member sharing a birth date and kelurahan with another (1.5 s on 112,800 workers),
        again on every change recorded while the page is shown."""
        models = self.ctx.source.background()

        def gather() -> tuple[list[DuplicateGroup], Page[MemberRow]]:
            return (models.possible_duplicates(),
                    models.membership_page(MembershipFilter(segment=UNKNOWN_SEGMENT),
                                           sort="name", limit=UNKNOWN_OCCUPATIONS_SHOWN))

        self.gather_then(gather, self.show_lists)

    def show_lists(self, found: tuple[list[DuplicateGroup], Page[MemberRow]]) -> None:
        groups, page = found
        self.groups.set_rows(groups)
        self.groups_count.setText(self.tr("{n} kelompok").format(
            n=format_number(len(self.groups.rows))))
        self.occupations.set_rows(page.rows)
        self.occupations_count.setText(self.tr("{n} pekerja dengan pekerjaan tidak dikenal")
                                       .format(n=format_number(page.total)))
        self.update_actions()

    def show_problem(self, error: BaseException) -> None:
        self.groups_count.setText(user_message(error))

    def update_actions(self, *_args: Any) -> None:
        allowed = self.may(Action.RESOLVE_DUPLICATES)
        selected = self.groups_table.currentIndex().isValid()
        for button in (self.duplicate_button, self.distinct_button):
            button.setVisible(allowed)
            button.setEnabled(selected)

    def selected_group(self) -> DuplicateGroup | None:
        return self.groups.row_at(self.groups_table.currentIndex().row())

    # --- actions --------------------------------------------------------------------------

    def on_duplicate_clicked(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        app, session = self.ctx.app, self.ctx.session
        choices = [(f"{nik} — {name}", nik)
                   for nik, name in zip(group["niks"], group["names"], strict=True)]
        fields = [
            Field("nik", self.tr("Data yang ganda (kepesertaannya berakhir)"), "choice",
                  choices=choices),
            Field("survivor", self.tr("Data yang dipertahankan"), "choice",
                  choices=list(reversed(choices))),
            Field("end", self.tr("Tanggal berhenti"), "date", app.application.calendar()),
            Field("reason", self.tr("Alasan (bukti yang diperiksa)"), "note"),
        ]
        self.open_form(self.tr("Catat sebagai data ganda"), fields, no_check,
                       lambda v: app.lifecycle.resolve_duplicate(session, v["nik"], v["survivor"],
                                                                 v["reason"], v["end"]))

    def on_distinct_clicked(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        app, session = self.ctx.app, self.ctx.session
        fields = [Field("reason", self.tr("Alasan (bukti yang diperiksa)"), "note")]
        intro = self.tr("Nyatakan {names} sebagai orang yang berbeda.").format(
            names=" / ".join(group["names"]))
        self.open_form(self.tr("Orang yang berbeda"), fields, no_check,
                       lambda v: app.lifecycle.confirm_distinct(session, list(group["niks"]),
                                                                v["reason"]), intro)
