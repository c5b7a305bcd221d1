"""Large blocks of memory kept in the process once freed, while travelling in time.

A move of the time-travel control that loads another read-model checkpoint allocates two
blocks the size of its image (100-200 MB at 1,000,000 events): the unpacked image, then
SQLite's copy of it (`deserialize`). glibc maps a block that large afresh from the system
each time and unmaps it when freed, so every 4 KB page of it faults on its first write:
25,700 faults for a 105 MB image, 90-110 ms for the unpacking and as much again for the
copy on the benchmark machine (docs/BENCHMARKS.md, "Time travel along the timeline").

`keep_freed_blocks()` asks glibc to serve such blocks from its heap and to keep them there
once freed (no map threshold, no trimming below `KEEP_BYTES`): the next image reuses the
pages of the last one. The GUI asks it while travelling (its as-of session), and
`release_freed_blocks()` when it returns to the present: the thresholds back to the
ceiling glibc's own adaptive ones reach (`DEFAULT_BYTES`), what is free given back to the
system. A thread's own arena maps a block that large whatever the threshold, so the GUI
process has all threads share the main arena (`share_one_arena()`, before they start).
Elsewhere than glibc (Windows, macOS, musl) all three do nothing.
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
# While travelling: blocks up to this size come from the heap, freed memory up to it stays.
KEEP_BYTES = 1 << 30
# Afterwards: glibc's adaptive map threshold rises to 32 MB at most (its trim threshold
# follows at twice that); they stay there.
DEFAULT_BYTES = 32 << 20

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


def share_one_arena() -> bool:
    """Every thread allocating from the main arena (glibc's `M_ARENA_MAX` of 1): set
    before the threads start. False where that is not glibc or it refused."""
    libc = _glibc()
    return bool(libc.mallopt(M_ARENA_MAX, 1)) if libc is not None else False


def keep_freed_blocks() -> bool:
    """Large blocks served from glibc's heap and kept there once freed (see above);
    False where that is not glibc or it refused."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(M_MMAP_THRESHOLD, KEEP_BYTES)
                and libc.mallopt(M_TRIM_THRESHOLD, KEEP_BYTES))


def release_freed_blocks() -> bool:
    """Large blocks mapped afresh again, and the free memory kept in the heap given back
    to the system (`malloc_trim`)."""
    libc = _glibc()
    if libc is None:
        return False
    libc.mallopt(M_MMAP_THRESHOLD, DEFAULT_BYTES)
    libc.mallopt(M_TRIM_THRESHOLD, 2 * DEFAULT_BYTES)
    return bool(libc.malloc_trim(0))
