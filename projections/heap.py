"""Large blocks of memory kept in the process once freed, while travelling in time.

A move of the time-travel control that loads another read-model checkpoint allocates two
blocks the size of its image (100-200 MB at 1,000,000 events): the unpacked image, then
SQLite's copy of it (`deserialize`). glibc maps a block that large afresh from the system
each time and unmaps it when freed, so every 4 KB page of it faults on its first write:
25,700 faults for a 105 MB image, 90-110 ms for the unpacking and as much again for the
copy on the benchmark machine (docs/BENCHMARKS.md, "Time travel along the timeline").

`keep_freed_blocks()` asks glibc to serve such blocks from its heap and to keep them there
once freed (no map threshold, no trimming below `KEEP_BYTES`), all threads sharing the
main arena (a thread's own arena maps a block that large anyway): the next image reuses
the pages of the last one. `release_freed_blocks()` gives what is free back to the system
(the GUI calls it on the return to the present). Process-wide settings, so only the GUI
process, which travels, makes them, before its worker threads start. Elsewhere than glibc
(Windows, macOS, musl) both do nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from typing import Any

# mallopt's parameters (glibc's malloc.h).
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
# Blocks up to this size come from the heap and freed memory up to it stays there.
KEEP_BYTES = 1 << 30

_libc: Any = None


def _glibc() -> Any:
    """glibc, or None (another C library or system)."""
    global _libc
    if _libc is None:
        _libc = False
        if sys.platform.startswith("linux"):
            try:
                libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
                libc.gnu_get_libc_version  # noqa: B018 - glibc only: AttributeError else
                _libc = libc
            except (OSError, AttributeError):
                pass
    return _libc or None


def keep_freed_blocks() -> bool:
    """Large blocks served from glibc's heap and kept there once freed (see above);
    False where that is not glibc or it refused."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(M_ARENA_MAX, 1) and libc.mallopt(M_MMAP_THRESHOLD, KEEP_BYTES)
                and libc.mallopt(M_TRIM_THRESHOLD, KEEP_BYTES))


def release_freed_blocks() -> bool:
    """The free memory kept in the heap given back to the system (`malloc_trim`)."""
    libc = _glibc()
    return bool(libc.malloc_trim(0)) if libc is not None else False
