"""`audit ...`, `key ...`, `backup` and `restore`: the store's integrity and secrets.

`audit verify` exits 3 when the history or a snapshot was changed behind the application's
back. It reads the store as stored, so it needs neither a sign-in nor the encryption key;
without the key of an encrypted store it says that snapshot contents were not checked.
`backup`/`restore` are file-level operations on a SQLite store.
"""

from __future__ import annotations

import getpass
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from berjasa.bootstrap import open_for_audit
from desktop.console.args import Outcome, command, group
from desktop.console.context import ConsoleContext, store_password
from desktop.outputs import CHECKPOINT, KEY_FILE, check_output, replacing
from domain.errors import AuthenticationError, StoreError
from domain.i18n import current_language
from domain.messages import render
from domain.services.maintenance import Recorded, SnapshotsDropped
from infra.audit import (
    Checkpoint,
    CheckpointFacts,
    StoreVerification,
    VerificationFacts,
    VerificationResult,
    open_recorder,
    read_checkpoint,
    verify_recorder,
    verify_store,
    write_checkpoint,
)
from infra.snapshots import SnapshotResult, SnapshotSummary, snapshot_message
from infra.storeurl import parse_store_url, persistence_env

if TYPE_CHECKING:  # desktop.backup loads when a backup or restore runs, infra.keyfiles
    # and projections.verify when their commands do
    from desktop.backup import BackupMade, BackupSummary, RestoreRecorded
    from domain.services.exports import ExportRecord
    from infra.keyfiles import KeyExported, KeyImported, KeyStatus
    from projections.verify import ReadModelFacts

EXIT_BROKEN = 3
PASSPHRASE_ENV = "BERJASA_KEY_PASSPHRASE"


def register(commands: Any) -> None:
    audit = group(commands, "audit", "periksa keutuhan riwayat (rantai hash)")
    verify = command(audit, "verify", "periksa seluruh riwayat; keluar 3 bila rusak", do_verify)
    verify.add_argument("--checkpoint", help="berkas titik periksa yang harus tetap cocok")
    verify.add_argument("--no-read-models", action="store_true",
                        help="lewati pencocokan model baca dengan pemutaran ulang riwayat")
    checkpoint = command(audit, "checkpoint", "periksa lalu cetak/simpan titik periksa",
                         do_checkpoint)
    checkpoint.add_argument("-o", "--output", help="simpan titik periksa ke berkas ini")
    checkpoint.add_argument("--force", action="store_true",
                            help="timpa berkas bila itu titik periksa Berjasa sebelumnya")
    command(audit, "exports", "daftar ekspor data yang tercatat", do_exports)
    drop = command(audit, "drop-snapshots",
                   "hapus snapshot yang tidak cocok dengan peristiwanya (admin, tercatat)",
                   do_drop_snapshots)
    drop.add_argument("--reason", required=True, help="alasan (dicatat sebagai peristiwa)")

    keys = group(commands, "key", "kunci enkripsi penyimpanan")
    command(keys, "status", "apakah penyimpanan terenkripsi dan dari mana kuncinya", do_status)
    export = command(keys, "export", "ekspor kunci ke berkas berfrasa sandi (admin)",
                     do_key_export)
    export.add_argument("file")
    export.add_argument("--force", action="store_true",
                        help="timpa berkas bila itu berkas kunci Berjasa penyimpanan ini")
    import_ = command(keys, "import", "impor kunci dari berkas ke keyring workstation ini",
                      do_key_import)
    import_.add_argument("file")

    backup = command(commands, "backup", "salin penyimpanan yang sedang dipakai ke berkas "
                     "cadangan (PostgreSQL: admin, ke berkas SQLite)", do_backup)
    backup.add_argument("file")
    backup.add_argument("--force", action="store_true",
                        help="timpa berkas bila itu cadangan sebelumnya dari penyimpanan ini")
    restore = command(commands, "restore", "pulihkan penyimpanan dari berkas cadangan "
                      "(PostgreSQL: hanya ke penyimpanan kosong)", do_restore)
    restore.add_argument("file")
    restore.add_argument("--force", action="store_true",
                         help="timpa penyimpanan yang sudah berisi data")


# --- audit ------------------------------------------------------------------------------

class ShownVerification(VerificationFacts):
    message: str  # in the user's language


class ShownSnapshots(SnapshotSummary):
    message: str


class ReadModelsUnchecked(TypedDict):
    checked: bool  # False
    intact: None
    reason: str  # why not (a `audit.read_models.unchecked` reason)
    message: str


if TYPE_CHECKING:  # declared for the checker only: projections.verify loads when it runs,
    # so these are built as dict literals
    class ReadModelsChecked(ReadModelFacts):
        checked: bool  # True
        message: str

    class StoreVerdict(ShownVerification):
        """`audit verify`: the chain's fields, then the snapshots' and the read models'."""

        store: str
        snapshots_intact: bool | None
        snapshots: ShownSnapshots
        read_models_intact: bool | None
        read_models: ReadModelsChecked | ReadModelsUnchecked


class CheckpointMade(CheckpointFacts):
    file: str | None  # where it was saved, if it was


class DroppedSnapshots(SnapshotsDropped):
    dropped: int
    checked: int  # snapshots compared


class ExportList(TypedDict):
    exports: list[ExportRecord]


def _verify(ctx: ConsoleContext, checkpoint: Checkpoint | None = None
            ) -> VerificationResult:
    factory, recorder = open_recorder(ctx.store_url, store_password(ctx.store_url))
    try:
        return verify_recorder(recorder, checkpoint=checkpoint)
    finally:
        factory.close()


def _verify_all(ctx: ConsoleContext, checkpoint: Checkpoint | None
                ) -> tuple[StoreVerification, ReadModelsChecked | ReadModelsUnchecked]:
    app = open_for_audit(ctx.store_url, store_password(ctx.store_url))
    try:
        verdict = verify_store(app, checkpoint=checkpoint)
        return verdict, _check_read_models(ctx, app, verdict)
    finally:
        app.close()


def _check_read_models(ctx: ConsoleContext, app: Any, verdict: StoreVerification
                       ) -> ReadModelsChecked | ReadModelsUnchecked:
    """The live read models rebuilt into a temporary database and compared (issue 22),
    when they exist and the events verified and can be decoded here."""
    from projections.sqlstore import read_models_path
    from projections.verify import verify_read_models

    address = parse_store_url(ctx.store_url)
    reason = ("skipped" if ctx.args.no_read_models
              else "chain_broken" if not verdict.chain.intact
              else app.application.store_info.get("key_problem")
              or ("none" if address.path is not None
                  and not read_models_path(address.path).exists() else None))
    if reason is not None or verdict.chain.cancelled:
        return ReadModelsUnchecked(
            checked=False, intact=None, reason=reason or "cancelled",
            message=render("audit.read_models.unchecked", current_language(),
                           {"reason": reason}))
    result = verify_read_models(app.application, on_digest=_tell_digest)
    checked: ReadModelsChecked = {
        "checked": True, **result.to_dict(),
        "message": render(result.message_code(), current_language(), result.message_params())}
    return checked


def _tell_digest(found: Any) -> None:
    """Said at once when the fast check finds an edited table: the replay that names the
    row may take minutes on a big store."""
    if not found.intact:
        params = {"tables": ", ".join(found.tables), "position": found.position}
        print("berjasa-admin: " + render("audit.read_models.digest_differs",
                                         current_language(), params), file=sys.stderr)


def describe_snapshots(result: SnapshotResult) -> ShownSnapshots:
    code, params = snapshot_message(result)
    return ShownSnapshots(**result.to_dict(), message=render(code, current_language(), params))


def describe_result(result: VerificationResult) -> ShownVerification:
    if result.intact:
        text = render("audit.intact", current_language(),
                      {"checked": result.checked, "position": result.head_position})
    else:
        text = render(f"audit.broken.{result.problem}", current_language(),
                      {"position": result.first_broken})
    return ShownVerification(**result.to_dict(), message=text)


def do_verify(ctx: ConsoleContext) -> Outcome:
    mark = read_checkpoint(Path(ctx.args.checkpoint)) if ctx.args.checkpoint else None
    verdict, models = _verify_all(ctx, mark)
    # The chain's fields keep their meaning (the events); the snapshots' and the read
    # models' are added.
    snapshots = describe_snapshots(verdict.snapshots)
    described: StoreVerdict = {
        "store": parse_store_url(ctx.store_url).label, **describe_result(verdict.chain),
        "snapshots_intact": snapshots["intact"], "snapshots": snapshots,
        "read_models_intact": models["intact"], "read_models": models}
    if not verdict.chain.intact:
        print(f"berjasa-admin: {described['message']}", file=sys.stderr)
    if not snapshots["checked"] or snapshots["problems"]:
        print(f"berjasa-admin: {snapshots['message']}", file=sys.stderr)
    if models["intact"] is False:
        print(f"berjasa-admin: {models['message']}", file=sys.stderr)
    intact = verdict.intact and models["intact"] is not False
    return Outcome(described, 0 if intact else EXIT_BROKEN)


def do_checkpoint(ctx: ConsoleContext) -> Outcome:
    result = _verify(ctx)
    if not result.intact:
        described = describe_result(result)
        print(f"berjasa-admin: {described['message']}", file=sys.stderr)
        return Outcome(described, EXIT_BROKEN)
    mark = result.checkpoint(parse_store_url(ctx.store_url).label)
    if ctx.args.output:
        # Never clobbers (issue 23): only a previous checkpoint, with --force; refused with
        # the code this command always gave.
        target = check_output(ctx.args.output, CHECKPOINT, ctx.args.force,
                              code="backup.target_exists")
        with replacing(target) as partial:
            write_checkpoint(mark, partial)
    return Outcome(CheckpointMade(**mark.to_dict(), file=ctx.args.output), 0)


def do_drop_snapshots(ctx: ConsoleContext) -> DroppedSnapshots:
    """Delete the snapshots verification finds wrong, after recording who and why.
    Snapshots are a cache: the aggregates are then read from their events."""
    from infra.snapshotrows import delete_snapshot

    app, session = ctx.app(), ctx.session()
    verdict = verify_store(app)
    if not verdict.chain.intact:
        # Comparing with a replay means nothing while the events themselves are broken.
        raise StoreError("audit.not_intact", position=verdict.chain.first_broken or 0)
    bad = [p.to_dict() for p in verdict.snapshots.problems]
    recorded = app.maintenance.record_snapshots_dropped(session, ctx.args.reason, bad)
    for problem in bad:
        assert app.application.snapshots is not None  # there were snapshots to find wrong
        delete_snapshot(app.application.snapshots.recorder, problem["aggregate_id"],
                        problem["version"])
    return DroppedSnapshots(**recorded, dropped=len(bad), checked=verdict.snapshots.compared)


def do_exports(ctx: ConsoleContext) -> ExportList:
    return ExportList(exports=ctx.app().exports.list_exports(ctx.session()))


# --- keys -------------------------------------------------------------------------------

def do_status(ctx: ConsoleContext) -> KeyStatus:
    from infra.keyfiles import key_status

    status = key_status(ctx.app(must_exist=False))
    if status["warning"]:
        status["warning"] = render(status["warning"], current_language(), {})
    return status


def do_key_export(ctx: ConsoleContext) -> KeyExported:
    from infra.keyfiles import export_key
    from infra.keys import key_file_store

    app = ctx.app()
    session = ctx.session()
    target = Path(ctx.args.file)
    # Never clobbers (issue 23): only a key file of this store, with --force; refused with
    # the code this command always gave.
    replace = os.path.lexists(target)
    if replace:
        check_output(target, KEY_FILE, ctx.args.force, code="backup.target_exists")
        if key_file_store(target) != app.application.store_info.get("store_id"):
            raise StoreError("backup.target_exists", file=str(target))
    return export_key(app, session, target, passphrase(confirm=True), replace=replace)


def do_key_import(ctx: ConsoleContext) -> KeyImported:
    from infra.keyfiles import import_key
    from infra.security import meta_table

    address = parse_store_url(ctx.store_url)
    if address.kind == "memory":
        raise StoreError("key.not_encrypted")
    env = persistence_env(address, store_password(ctx.store_url))
    source = Path(ctx.args.file)
    return import_key(meta_table(address.kind, address.path, env), source, passphrase())


def passphrase(confirm: bool = False) -> str:
    """The key file passphrase: `BERJASA_KEY_PASSPHRASE`, else typed (twice to export)."""
    secret = os.environ.get(PASSPHRASE_ENV)
    if secret:
        return secret
    if sys.stdin is None or not sys.stdin.isatty():
        raise AuthenticationError("key.no_passphrase")
    first = getpass.getpass("Frasa sandi berkas kunci: ")
    if confirm and first != getpass.getpass("Frasa sandi (ulangi): "):
        raise AuthenticationError("key.no_passphrase")
    return first


# --- backup -----------------------------------------------------------------------------

def do_backup(ctx: ConsoleContext) -> BackupMade:
    """An admin's backup (issue 23): signed in before anything is copied, and recorded in
    the store afterwards (who, when, which file, its SHA-256)."""
    from desktop.backup import backup_kind, backup_store
    from desktop.console.cmd_migrate import MigrationProgress

    target, address = Path(ctx.args.file), backup_kind(ctx.store_url)
    app, session = ctx.app(), ctx.session()
    app.maintenance.authorise_backup(session)  # before anything is copied
    progress = (MigrationProgress(sys.stderr, "mencadangkan")
                if address.kind == "postgresql" else None)
    return backup_store(app, session, ctx.store_url, target, store_password(ctx.store_url),
                        progress, force=ctx.args.force)


def do_restore(ctx: ConsoleContext) -> RestoreRecorded:
    """An admin's restore (issue 23): over a store that holds a history, its admin signs in
    first; after restoring, an admin of the restored history signs in to it and the
    restore is recorded there (who, when, which file, its SHA-256)."""
    from desktop.backup import (
        RestoreRecorded,
        backup_kind,
        restore_postgres,
        restore_sqlite_store,
        sha256_of,
    )
    from desktop.console.cmd_migrate import MigrationProgress

    source, address = Path(ctx.args.file), backup_kind(ctx.store_url)
    if address.kind == "postgresql":
        if ctx.args.force:
            raise StoreError("backup.postgres_force", store=address.label)
        # The server's store is empty (nobody to sign in to): an admin of the backup's
        # history signs in, on a throwaway copy of the file (a sign-in may write).
        admin_of_backup(ctx, source)
        digest = sha256_of(source)
        restored = restore_postgres(ctx.store_url, source, store_password(ctx.store_url),
                                    MigrationProgress(sys.stderr, "memulihkan"))
        ctx.reset()
        recorded = ctx.app().maintenance.record_restore(ctx.session(), source.name, digest,
                                            restored["events"], restored["head_position"])
        return RestoreRecorded(store=restored["store"], backup=restored["backup"],
                               events=restored["events"], verified=restored["verified"],
                               head_position=restored["head_position"], sha256=digest,
                               recorded_by=recorded["actor"])
    assert address.path is not None
    from infra.backup import event_count

    if not source.is_file():  # before its SHA-256 is taken (and before any sign-in)
        raise StoreError("backup.source_missing", file=str(source))

    replaced = address.path.exists() and event_count(address.path) > 0
    if replaced:  # the store about to be overwritten: its admin decides
        ctx.app().maintenance.authorise_backup(ctx.session())
        ctx.close()
    digest = sha256_of(source)  # the file as given, before anything opens it
    restored = restore_sqlite_store(source, address.path, force=ctx.args.force)
    recorded = _record_restore(ctx, address.path, replaced, source.name, digest, restored)
    return RestoreRecorded(**restored, sha256=digest, recorded_by=recorded["actor"])


def admin_of_backup(ctx: ConsoleContext, backup: Path) -> None:
    """Refused unless the signed-in user (--user, with their password) is an admin of the
    history in `backup`: checked on a copy in a temporary folder, never on the file."""
    from berjasa.bootstrap import open_store
    from desktop.backup import verified_backup
    from desktop.console.context import user_password
    from domain.services.session import this_workstation

    if not backup.is_file():
        raise StoreError("backup.source_missing", file=str(backup))
    username = ctx.args.user or os.environ.get("BERJASA_USER", "")
    if not username:
        raise AuthenticationError("auth.no_user")
    with tempfile.TemporaryDirectory(prefix="berjasa-periksa-") as folder:
        copy = Path(folder) / "cadangan.db"
        shutil.copyfile(backup, copy)
        # Verified on the copy too: opening a SQLite file switches its journal mode, which
        # would change the backup's bytes (and the SHA-256 the restore records) before it
        # is even used, and leave them changed when the restore is refused.
        try:
            verified_backup(copy)  # a broken or missing file is refused as before
        except StoreError as error:
            raise StoreError(error.code, **{**error.params, "file": str(backup)}) from None
        app = open_store(f"sqlite:///{copy.as_posix()}")
        try:
            password = user_password(app.application.store_label, username)
            session = app.users.sign_in(username, password, this_workstation())
            app.maintenance.authorise_backup(session)
        finally:
            app.close()


def _record_restore(ctx: ConsoleContext, store: Path, replaced: bool, file: str,
                    digest: str, restored: BackupSummary) -> Recorded:
    """Sign in to the restored store and record the restore there; when that fails on a
    store that was empty, the restore is undone (no unrecorded restore is left)."""
    from desktop.backup import remove_store_files

    ctx.reset()
    try:
        app, session = ctx.app(), ctx.session()
        return app.maintenance.record_restore(session, file, digest, restored["events"],
                                              restored["head_position"])
    except BaseException:
        ctx.close()
        ctx.reset()
        if not replaced:
            remove_store_files(store)
        raise
