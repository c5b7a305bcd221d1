"""Refusing a SQLite store on a network share, when this machine can tell.

SQLite's locking and its write-ahead log do not work over SMB/CIFS or NFS: two PCs
opening the same file on a shared folder corrupt it sooner or later. A shared office
uses the PostgreSQL server instead. The checks are injectable so they can be tested on
any platform.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from domain.errors import StoreError

DRIVE_REMOTE = 4  # GetDriveTypeW: "the drive is a remote (network) drive"
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "ncpfs", "afs", "9p", "ceph",
    "glusterfs", "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "davfs", "fuse.davfs2",
})


def windows_drive_type(root: str) -> int:
    """The Windows drive type of `root` (e.g. `Z:\\`); 0 where it cannot be asked."""
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def read_mounts() -> str:
    """The mount table of Linux (empty elsewhere or when unreadable)."""
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


@dataclass(frozen=True)
class LocationChecks:
    platform: str = sys.platform
    drive_type: Callable[[str], int] = windows_drive_type
    mounts: Callable[[], str] = read_mounts


def network_share_of(path: Path | str, checks: LocationChecks | None = None) -> str | None:
    """A description of the network share `path` lies on, or None when it looks local."""
    probe = checks or LocationChecks()
    if probe.platform == "win32":
        return _windows_share(str(path), probe)
    if probe.platform.startswith("linux"):
        return _linux_share(_absolute(path), probe.mounts())
    return None


def _windows_share(text: str, checks: LocationChecks) -> str | None:
    pure = PureWindowsPath(text)
    drive = pure.drive
    if drive.upper().startswith(("\\\\?\\UNC\\", "//?/UNC/")):
        return f"UNC {drive}"
    if drive.startswith(("\\\\", "//")) and not drive.startswith(("\\\\?\\", "\\\\.\\")):
        return f"UNC {drive}"
    if len(drive) == 2 and drive[1] == ":" and checks.drive_type(f"{drive}\\") == DRIVE_REMOTE:
        return f"{drive.upper()} (drive jaringan / network drive)"
    return None


def _absolute(path: Path | str) -> PurePosixPath:
    return PurePosixPath(Path(path).expanduser().resolve(strict=False).as_posix())


def _linux_share(path: PurePosixPath, mounts: str) -> str | None:
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePosixPath(_unescape(fields[1]))
        if path != point and point not in path.parents:
            continue
        if best is None or len(point.parts) > best[0]:
            share = f"{fields[2]} {_unescape(fields[0])} → {point}"
            best = (len(point.parts), share if fields[2] in NETWORK_FILESYSTEMS else "")
    return best[1] or None if best else None


def _unescape(field: str) -> str:
    # /proc/mounts writes spaces, tabs, newlines and backslashes as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def check_local_store(path: Path, checks: LocationChecks | None = None) -> None:
    """Refuse a SQLite store file on a network share (`store.network_share`)."""
    where = network_share_of(path, checks)
    if where:
        raise StoreError("store.network_share", path=str(path), where=where)
