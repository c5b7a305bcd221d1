"""`init` and `user ...`: setting up a store and its accounts."""

from __future__ import annotations

from typing import Any, TypedDict

from desktop.console.args import command, group
from desktop.console.context import ConsoleContext, new_password, user_password
from domain.services.session import this_workstation
from domain.services.users import StoreInitialised, UserAdded, UserView


def register(commands: Any) -> None:
    init = command(commands, "init", "siapkan penyimpanan baru dan admin pertamanya", do_init)
    init.add_argument("--admin", required=True, help="nama pengguna admin pertama")
    init.add_argument("--full-name", default="", help="nama lengkap admin")

    users = group(commands, "user", "kelola akun pengguna")
    add = command(
        users, "add", "tambah pengguna (kata sandi dari BERJASA_NEW_PASSWORD)", do_user_add
    )
    add.add_argument("name")
    add.add_argument(
        "--role", required=True, choices=("operator", "supervisor", "auditor", "admin")
    )
    add.add_argument("--full-name", default="")
    command(users, "list", "daftar pengguna", do_user_list)
    reset = command(
        users, "reset-password", "atur ulang kata sandi pengguna (admin)", do_user_reset
    )
    reset.add_argument("name")
    command(users, "passwd", "ganti kata sandi sendiri", do_user_passwd)
    role = command(users, "role", "ubah peran pengguna", do_user_role)
    role.add_argument("name")
    role.add_argument("role", choices=("operator", "supervisor", "auditor", "admin"))
    role.add_argument("--reason", default="")
    for name, active in (("disable", False), ("enable", True)):
        toggle = command(
            users, name, "nonaktifkan" if not active else "aktifkan kembali", _toggle(active)
        )
        toggle.add_argument("name")
        toggle.add_argument("--reason", default="")


class StoreReady(StoreInitialised):
    store: str
    encrypted: bool


class UserList(TypedDict):
    users: list[UserView]


class PasswordReset(TypedDict):
    user: str
    password_reset: bool


class PasswordChanged(TypedDict):
    user: str
    password_changed: bool


class RoleChanged(TypedDict):
    user: str
    role: str


class ActiveSet(TypedDict):
    user: str
    active: bool


def do_init(ctx: ConsoleContext) -> StoreReady:
    app = ctx.app(must_exist=False)
    password = new_password("Kata sandi admin") if not _env_password() else _env_password()
    result = app.users.initialise_store(
        ctx.args.admin, password, this_workstation(), full_name=ctx.args.full_name
    )
    return StoreReady(**result, store=app.application.store_label,
                      encrypted=bool(app.application.store_info.get("encrypted")))


def _env_password() -> str:
    import os

    return os.environ.get("BERJASA_PASSWORD", "")


def do_user_add(ctx: ConsoleContext) -> UserAdded:
    return ctx.app().users.add_user(
        ctx.session(), ctx.args.name, ctx.args.role, new_password(), full_name=ctx.args.full_name
    )


def do_user_list(ctx: ConsoleContext) -> UserList:
    return UserList(users=ctx.app().users.list_users(ctx.session()))


def do_user_reset(ctx: ConsoleContext) -> PasswordReset:
    ctx.app().users.reset_password(ctx.session(), ctx.args.name, new_password())
    return PasswordReset(user=ctx.args.name, password_reset=True)


def do_user_passwd(ctx: ConsoleContext) -> PasswordChanged:
    session = ctx.session()
    old = user_password(ctx.app().application.store_label, session.username)
    ctx.app().users.change_password(session, old, new_password())
    return PasswordChanged(user=session.username, password_changed=True)


def do_user_role(ctx: ConsoleContext) -> RoleChanged:
    ctx.app().users.change_role(ctx.session(), ctx.args.name, ctx.args.role, ctx.args.reason)
    return RoleChanged(user=ctx.args.name, role=ctx.args.role)


def _toggle(active: bool) -> Any:
    def handler(ctx: ConsoleContext) -> ActiveSet:
        ctx.app().users.set_user_active(ctx.session(), ctx.args.name, active, ctx.args.reason)
        return ActiveSet(user=ctx.args.name, active=active)

    return handler
