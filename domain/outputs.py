"""What every writer of an output file shares (issue 23), below every layer that writes:
the creator named in the workbooks Berjasa writes (so `--force` can tell them from anyone
else's) and writing through a temporary name in the same folder, renamed at the end."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# The document property (core.xml `dc:creator`) of every workbook Berjasa writes.
WORKBOOK_CREATOR = "Berjasa"


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path in `path`'s folder to write to; renamed over `path` when the block
    ends without error (so a failure never leaves half a file there), removed otherwise."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
