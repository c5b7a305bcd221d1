"""Reading the small files a user names (checkpoints, key files) with a size cap: a path
like `/dev/zero` or a huge file by mistake is refused after reading at most the cap plus
one byte, never read until memory runs out."""

from __future__ import annotations

from pathlib import Path

# A checkpoint or a key file is a few hundred bytes of JSON; 64 KiB leaves ample room.
SMALL_FILE_BYTES = 64 * 1024


def read_small_text(path: Path, cap: int = SMALL_FILE_BYTES) -> str:
    """The UTF-8 text of `path`; ValueError when it holds more than `cap` bytes (OSError
    and UnicodeDecodeError as `open` and `decode` raise them)."""
    with path.open("rb") as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise ValueError(f"larger than {cap} bytes: not a checkpoint or key file")
    return data.decode("utf-8")
