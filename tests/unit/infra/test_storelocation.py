"""A SQLite store on a network share is refused, on Windows and on Linux."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.errors import StoreError
from infra.storelocation import DRIVE_REMOTE, LocationChecks, check_local_store, network_share_of

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
//fileserver/data /mnt/kantor cifs rw,vers=3.0 0 0
nas:/export /srv/nfs\\040share nfs4 rw 0 0
/dev/sdb1 /mnt/kantor/lokal ext4 rw 0 0
"""


def windows(remote_drives: str = "") -> LocationChecks:
    def drive_type(root: str) -> int:
        return DRIVE_REMOTE if root[0].upper() in remote_drives else 3  # 3 = DRIVE_FIXED

    return LocationChecks(platform="win32", drive_type=drive_type, mounts=lambda: "")


def linux() -> LocationChecks:
    return LocationChecks(platform="linux", mounts=lambda: MOUNTS)


@pytest.mark.parametrize("path", [
    r"\\fileserver\data\berjasa.sqlite3",
    "//fileserver/data/berjasa.sqlite3",
    r"\\?\UNC\fileserver\data\berjasa.sqlite3",
    r"Z:\Berjasa\berjasa.sqlite3",
])
def test_windows_network_paths_are_shares(path: str) -> None:
    assert network_share_of(path, windows(remote_drives="Z")) is not None


@pytest.mark.parametrize("path", [
    r"C:\Users\ani\AppData\Local\Berjasa\berjasa.sqlite3",
    r"\\?\C:\Berjasa\berjasa.sqlite3",
    r"Z:\Berjasa\berjasa.sqlite3",  # Z: is a local disk on this machine
])
def test_windows_local_paths_are_not_shares(path: str) -> None:
    assert network_share_of(path, windows(remote_drives="")) is None


@pytest.mark.parametrize(("path", "kind"), [
    ("/mnt/kantor/berjasa.sqlite3", "cifs"),
    ("/srv/nfs share/b.db", "nfs4"),
])
def test_linux_network_mounts_are_shares(path: str, kind: str) -> None:
    where = network_share_of(path, linux())
    assert where is not None and where.startswith(kind)


@pytest.mark.parametrize("path", [
    "/home/ani/berjasa.sqlite3", "/tmp/b.db", "/mnt/kantor/lokal/b.db", "/mnt/kantorx/b.db",
])
def test_linux_local_paths_are_not_shares(path: str) -> None:
    assert network_share_of(path, linux()) is None


def test_refusal_names_the_file_and_the_share() -> None:
    with pytest.raises(StoreError) as refused:
        check_local_store(Path(r"\\fileserver\data\b.db"), windows())
    assert refused.value.code == "store.network_share"
    assert "fileserver" in refused.value.message("en")
    assert "PostgreSQL" in refused.value.message("id")


def test_other_platforms_are_not_guessed() -> None:
    assert network_share_of("/Volumes/share/b.db", LocationChecks(platform="darwin")) is None
