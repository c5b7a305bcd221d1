"""Starting a session: creating the first admin on an empty store, signing in, unlocking."""

from __future__ import annotations

from typing import Any

from desktop.gui.forms import Field, FormDialog, Values
from desktop.gui.qt import QCoreApplication, QWidget
from domain.errors import ValidationError
from domain.services.app import Berjasa
from domain.services.session import Session, this_workstation
from domain.services.users import check_password, check_username


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def first_run_dialog(parent: QWidget | None, app: Berjasa) -> FormDialog:
    """Creates the store's first admin account; `result_value` is the admin's name."""
    fields = [
        Field("office", _tr("Instansi"), value="Dinas Ketenagakerjaan Kota Makassar"),
        Field("admin", _tr("Nama pengguna admin"), placeholder="admin"),
        Field("full_name", _tr("Nama lengkap")),
        Field("password", _tr("Kata sandi"), kind="password"),
        Field("repeat", _tr("Ulangi kata sandi"), kind="password"),
    ]

    def check(values: Values) -> None:
        check_username(values["admin"])
        check_password(values["password"])
        if values["password"] != values["repeat"]:
            raise ValidationError("gui.password_repeat")

    def submit(values: Values) -> str:
        app.initialise_store(values["admin"], values["password"], this_workstation(),
                             full_name=values["full_name"], office=values["office"])
        return str(values["admin"]).strip().lower()

    intro = _tr("Penyimpanan ini masih kosong. Buat akun admin pertama; admin kemudian "
                "menambahkan akun operator, supervisor dan auditor.")
    return FormDialog(parent, _tr("Penyiapan pertama Berjasa"), fields, check, submit, intro)


def sign_in_dialog(parent: QWidget | None, app: Berjasa, username: str = "",
                   locked: bool = False) -> FormDialog:
    """Signs a user in; `result_value` is the Session. `locked`: unlock for `username`."""
    fields = [
        Field("username", _tr("Nama pengguna"), value=username,
              extra={"read_only": locked}),
        Field("password", _tr("Kata sandi"), kind="password"),
    ]

    def check(values: Values) -> None:
        if not values["username"].strip() or not values["password"]:
            raise ValidationError("gui.sign_in_incomplete")

    def submit(values: Values) -> Session:
        return app.sign_in(values["username"], values["password"], this_workstation())

    title = _tr("Sesi terkunci") if locked else _tr("Masuk ke Berjasa")
    intro = (_tr("Sesi dikunci karena tidak ada aktivitas. Masukkan kata sandi untuk "
                 "melanjutkan.") if locked else app.store_label)
    dialog = FormDialog(parent, title, fields, check, submit, intro)
    dialog.inputs["password" if username else "username"].setFocus()
    return dialog


def session_of(dialog: FormDialog) -> Session:
    value: Any = dialog.result_value
    assert isinstance(value, Session)
    return value
