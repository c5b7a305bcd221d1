"""Store URLs: what a URL names, and the eventsourcing settings that open it.

`sqlite:///PATH` (a file; the default store), `postgresql://user@host:port/dbname` (a shared
office server) and `memory:` (tests). The application itself is opened by the bootstrap
(`berjasa.bootstrap.open_store`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from domain.errors import StoreError

SQLITE_LOCK_TIMEOUT_SECONDS = 30
# A workstation needs few connections (commands, the projection runner, a LISTEN): a
# small pool keeps an office of many PCs well under the server's max_connections.
POSTGRES_SETTINGS = {
    "PERSISTENCE_MODULE": "infra.pgstore:BerjasaPostgresFactory",
    "POSTGRES_CONNECT_TIMEOUT": "3",
    "POSTGRES_LOCK_TIMEOUT": "30",
    "POSTGRES_POOL_SIZE": "2",
    "POSTGRES_MAX_OVERFLOW": "4",
    # Aggregates read again are only fast-forwarded (one query for the newer events).
    "AGGREGATE_CACHE_MAXSIZE": "2000",
}


@dataclass(frozen=True)
class StoreAddress:
    """A parsed store URL. `label` is safe to show: it never contains a password."""

    kind: str
    label: str
    path: Path | None = None
    host: str = ""
    port: int = 5432
    user: str = ""
    database: str = ""


def parse_store_url(url: str) -> StoreAddress:
    text = (url or "").strip()
    if text in ("memory:", "memory://"):
        return StoreAddress("memory", "memory:")
    if text.startswith("sqlite:"):
        return _sqlite_address(text)
    if text.startswith(("postgresql://", "postgres://")):
        return _postgres_address(text)
    if text and "://" not in text:
        return StoreAddress("sqlite", f"sqlite:///{Path(text).as_posix()}", path=Path(text))
    raise StoreError("store.url", value=text)


def _sqlite_address(text: str) -> StoreAddress:
    raw = unquote(text.removeprefix("sqlite:").removeprefix("//").removeprefix("/"))
    # Like SQLAlchemy: sqlite:///relative.db, sqlite:////abs/path.db, sqlite:///C:/abs.db.
    if not raw.strip("/"):
        raise StoreError("store.url", value=text)
    path = Path(raw)
    return StoreAddress("sqlite", f"sqlite:///{path.as_posix()}", path=path)


def _postgres_address(text: str) -> StoreAddress:
    parts = urlsplit(text)
    database = parts.path.lstrip("/")
    if not parts.hostname or not database:
        raise StoreError("store.url", value=text)
    if parts.password:
        # A password in a URL ends up in settings files and shell history.
        raise StoreError("store.url", value=text.replace(parts.password, "***"))
    user = unquote(parts.username or "")
    label = f"postgresql://{user + '@' if user else ''}{parts.hostname}:{parts.port or 5432}"
    return StoreAddress(
        "postgresql",
        f"{label}/{database}",
        host=parts.hostname,
        port=parts.port or 5432,
        user=user,
        database=database,
    )


def persistence_env(address: StoreAddress, password: str | None = None) -> dict[str, str]:
    """The eventsourcing environment variables for a store address."""
    if address.kind == "memory":
        return {"PERSISTENCE_MODULE": "eventsourcing.popo"}
    if address.kind == "sqlite":
        assert address.path is not None
        return {
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": str(address.path),
            "SQLITE_LOCK_TIMEOUT": str(SQLITE_LOCK_TIMEOUT_SECONDS),
        }
    return {
        **POSTGRES_SETTINGS,
        "POSTGRES_DBNAME": address.database,
        "POSTGRES_HOST": address.host,
        "POSTGRES_PORT": str(address.port),
        "POSTGRES_USER": address.user,
        "POSTGRES_PASSWORD": password or "",
    }

