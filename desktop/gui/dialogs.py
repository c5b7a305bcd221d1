"""Starting a session: creating the first admin on an empty store, signing in, unlocking."""

from __future__ import annotations

from typing import Any

from desktop.gui.forms import Field, FormDialog, Values
from desktop.gui.qt import QCoreApplication, QWidget
from domain.errors import ValidationError
from domain.services.app import Berjasa
from domain.services.session import Session, this_workstation
from domain.services.users import check_password, check_username

translate = QCoreApplication.translate


def store_is_unencrypted(app: Berjasa) -> bool:
    """A file or server store without a key (an in-memory test store does not count)."""
    info = app.application.store_info or {}
    return not info.get("encrypted") and info.get("warning") == "store.unencrypted"


def unencrypted_explanation() -> str:
    return translate(
        "dialogs",
        "PERHATIAN: tidak ada kunci enkripsi di komputer ini (tidak ada keyring, tidak ada "
        "BERJASA_KEY), jadi data pribadi pekerja akan tersimpan TANPA enkripsi. Untuk "
        "membuat kunci: jalankan Berjasa di akun Windows yang memakai Credential Manager, "
        "atau isi variabel BERJASA_KEY, atau impor kunci kantor dengan "
        "'berjasa-admin key import BERKAS'; lalu buka Berjasa lagi.",
    )


def first_run_dialog(parent: QWidget | None, app: Berjasa) -> FormDialog:
    """Creates the store's first admin account; `result_value` is the admin's name."""
    fields = [
        Field(
            "office", translate("dialogs", "Instansi"), value="Dinas Ketenagakerjaan Kota Makassar"
        ),
        Field("admin", translate("dialogs", "Nama pengguna admin"), placeholder="admin"),
        Field("full_name", translate("dialogs", "Nama lengkap")),
        Field("password", translate("dialogs", "Kata sandi"), kind="password"),
        Field("repeat", translate("dialogs", "Ulangi kata sandi"), kind="password"),
    ]

    unencrypted = store_is_unencrypted(app)
    if unencrypted:
        fields.append(Field("confirm_unencrypted", translate(
            "dialogs", "Saya mengerti: buat penyimpanan TANPA enkripsi"), kind="check"))

    def check(values: Values) -> None:
        check_username(values["admin"])
        check_password(values["password"])
        if values["password"] != values["repeat"]:
            raise ValidationError("gui.password_repeat")
        if unencrypted and not values["confirm_unencrypted"]:
            raise ValidationError("gui.unencrypted_not_confirmed")

    def submit(values: Values) -> str:
        app.users.initialise_store(
            values["admin"],
            values["password"],
            this_workstation(),
            full_name=values["full_name"],
            office=values["office"],
        )
        return str(values["admin"]).strip().lower()

    intro = translate(
        "dialogs",
        "Penyimpanan ini masih kosong. Buat akun admin pertama; admin kemudian "
        "menambahkan akun operator, supervisor dan auditor.",
    )
    if unencrypted:
        intro += "\n\n" + unencrypted_explanation()
    return FormDialog(
        parent, translate("dialogs", "Penyiapan pertama Berjasa"), fields, check, submit, intro
    )


def sign_in_dialog(
    parent: QWidget | None, app: Berjasa, username: str = "", locked: bool = False
) -> FormDialog:
    """Signs a user in; `result_value` is the Session. `locked`: unlock for `username`."""
    fields = [
        Field(
            "username",
            translate("dialogs", "Nama pengguna"),
            value=username,
            extra={"read_only": locked},
        ),
        Field("password", translate("dialogs", "Kata sandi"), kind="password"),
    ]

    def check(values: Values) -> None:
        if not values["username"].strip() or not values["password"]:
            raise ValidationError("gui.sign_in_incomplete")

    def submit(values: Values) -> Session:
        return app.users.sign_in(values["username"], values["password"], this_workstation())

    title = (
        translate("dialogs", "Sesi terkunci")
        if locked
        else translate("dialogs", "Masuk ke Berjasa")
    )
    intro = (
        translate(
            "dialogs",
            "Sesi dikunci karena tidak ada aktivitas. Masukkan kata sandi untuk melanjutkan.",
        )
        if locked
        else app.application.store_label
    )
    dialog = FormDialog(parent, title, fields, check, submit, intro)
    if locked:
        # The other way out of a locked session is to hand the PC over, never to cancel
        # into the session.
        dialog.name_buttons(translate("dialogs", "Buka kunci"),
                            translate("dialogs", "Keluar / ganti pengguna"))
    else:
        dialog.name_buttons(translate("dialogs", "Masuk"), translate("dialogs", "Tutup"))
    dialog.inputs["password" if username else "username"].setFocus()
    return dialog


def session_of(dialog: FormDialog) -> Session:
    value: Any = dialog.result_value
    assert isinstance(value, Session)
    return value
