"""Pengguna (in Pengaturan, admins only): add accounts, change roles, reset passwords,
disable and enable accounts — each through the user services, each recorded with who did it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.gui.context import GuiContext
from desktop.gui.forms import Field, Values
from desktop.gui.models import Column, RowsModel
from desktop.gui.pages.base import PageBase, no_check
from desktop.gui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)
from desktop.gui.worker_forms import require_reason
from domain.errors import ValidationError
from domain.formatting import format_moment_short
from domain.model.pengguna import ROLES
from domain.services.permissions import Action
from domain.services.users import UserView, check_password, check_username


def _moment_or_blank(value: object) -> str:
    return format_moment_short(datetime.fromisoformat(str(value))) if value else ""


class PenggunaPanel(PageBase):
    """The store's user accounts; editing actions only for roles with MANAGE_USERS."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.model: RowsModel[UserView] = RowsModel([
            Column("user", self.tr("Nama pengguna")), Column("full_name", self.tr("Nama lengkap")),
            Column("role", self.tr("Peran"), self._role),
            Column("active", self.tr("Status"),
                   lambda a: self.tr("Aktif") if a else self.tr("Nonaktif")),
            Column("locked_until", self.tr("Terkunci sampai"), _moment_or_blank),
        ])
        self._build()
        self.update_actions()

    def _role(self, role: Any) -> str:
        names = {"admin": self.tr("Admin"), "supervisor": self.tr("Supervisor"),
                 "operator": self.tr("Operator"), "auditor": self.tr("Auditor")}
        return names.get(str(role), str(role))

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, handler in (
            ("add", self.tr("Tambah pengguna"), self.on_add_clicked),
            ("role", self.tr("Ubah peran"), self.on_role_clicked),
            ("reset", self.tr("Reset kata sandi"), self.on_reset_clicked),
            ("active", self.tr("Nonaktifkan"), self.on_active_clicked),
        ):
            button = QPushButton(text)
            button.setObjectName(f"user-{key}")
            button.clicked.connect(handler)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableView()
        self.table.setObjectName("users")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        note = QLabel(self.tr("Akun tidak pernah dihapus: akun yang dinonaktifkan tetap "
                              "tercatat di riwayat. Admin terakhir tidak dapat dinonaktifkan."))
        note.setWordWrap(True)
        note.setStyleSheet("color:#555;")
        layout.addWidget(note)
        self.table.selectionModel().currentRowChanged.connect(self.update_actions)

    def refresh(self) -> None:
        selected = self.selected()
        rows = sorted(self.ctx.app.users.list_users(self.ctx.session), key=lambda r: r["user"])
        self.model.set_rows(rows)
        names = [r["user"] for r in rows]
        if rows:
            self.table.selectRow(names.index(selected["user"])
                                 if selected and selected["user"] in names else 0)
        self.update_actions()

    def selected(self) -> UserView | None:
        return self.model.row_at(self.table.currentIndex().row())

    def select_user(self, username: str) -> None:
        names = [r["user"] for r in self.model.rows]
        self.table.selectRow(names.index(username))

    def update_actions(self, *_args: object) -> None:
        allowed, row = self.may(Action.MANAGE_USERS), self.selected()
        for key, button in self.buttons.items():
            button.setVisible(allowed)
            button.setEnabled(key == "add" or row is not None)
        self.buttons["active"].setText(
            self.tr("Aktifkan") if row and not row["active"] else self.tr("Nonaktifkan"))

    def _role_choices(self) -> list[tuple[str, str]]:
        return [(self._role(r), r) for r in ROLES]

    def on_add_clicked(self) -> None:
        app, session = self.ctx.app, self.ctx.session
        fields = [
            Field("user", self.tr("Nama pengguna")), Field("full_name", self.tr("Nama lengkap")),
            Field("role", self.tr("Peran"), "choice", "operator", choices=self._role_choices()),
            Field("password", self.tr("Kata sandi awal"), "password"),
            Field("repeat", self.tr("Ulangi kata sandi"), "password"),
        ]

        def check(values: Values) -> None:
            check_username(values["user"])
            check_password(values["password"])
            if values["password"] != values["repeat"]:
                raise ValidationError("gui.password_repeat")

        self.open_form(self.tr("Tambah pengguna"), fields, check, lambda v: app.users.add_user(
            session, v["user"], v["role"], v["password"], v["full_name"]))

    def on_role_clicked(self) -> None:
        row, app, session = self.selected(), self.ctx.app, self.ctx.session
        if row is None:
            return
        fields = [Field("role", self.tr("Peran baru"), "choice", row["role"],
                        choices=self._role_choices()),
                  Field("reason", self.tr("Alasan"), "note")]
        self.open_form(self.tr("Ubah peran {u}").format(u=row["user"]), fields, require_reason,
                       lambda v: app.users.change_role(session, row["user"], v["role"],
                                                       v["reason"]))

    def on_reset_clicked(self) -> None:
        row, app, session = self.selected(), self.ctx.app, self.ctx.session
        if row is None:
            return
        fields = [Field("password", self.tr("Kata sandi baru"), "password"),
                  Field("repeat", self.tr("Ulangi kata sandi"), "password")]

        def check(values: Values) -> None:
            check_password(values["password"])
            if values["password"] != values["repeat"]:
                raise ValidationError("gui.password_repeat")

        intro = self.tr("Sampaikan kata sandi baru langsung kepada pemilik akun; minta ia "
                        "menggantinya setelah masuk.")
        self.open_form(self.tr("Reset kata sandi {u}").format(u=row["user"]), fields, check,
                       lambda v: app.users.reset_password(session, row["user"], v["password"]),
                       intro)

    def on_active_clicked(self) -> None:
        row, app, session = self.selected(), self.ctx.app, self.ctx.session
        if row is None:
            return
        enable = not row["active"]
        title = (self.tr("Aktifkan {u}") if enable else self.tr("Nonaktifkan {u}")).format(
            u=row["user"])
        self.open_form(title, [Field("reason", self.tr("Alasan"), "note")],
                       no_check if enable else require_reason,
                       lambda v: app.users.set_user_active(session, row["user"], enable,
                                                           v["reason"]))
