"""Large blocks kept once freed (`projections.heap`): the next one reuses their pages.

Each case runs in a process of its own: the settings are process-wide."""

from __future__ import annotations

import subprocess
import sys

import pytest

from projections import heap

PROBE = """
import resource, sys
from projections import heap

BLOCK = 64 * 2**20  # a checkpoint's image is 100-200 MB at 1,000,000 events

def faults():
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    block = bytearray(BLOCK)  # written whole (zeroed) as it is made
    after = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    del block
    return after - before

kept = (heap.share_one_arena() and heap.keep_freed_blocks()) if sys.argv[1] == "keep" else None
faults()  # the first block of the process
again = faults()
released = heap.release_freed_blocks()
print(kept, again, released, faults(), BLOCK // resource.getpagesize())
"""


def probe(mode: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True,
                          text=True, check=True, timeout=60)
    return done.stdout.split()


@pytest.mark.skipif(heap._glibc() is None, reason="glibc's malloc only")
def test_a_freed_block_serves_the_next_one_until_released() -> None:
    kept, again, released, after_release, pages = probe("keep")
    assert kept == "True"
    assert int(again) < int(pages) // 10  # its pages reused, not faulted afresh
    assert released == "True"
    assert int(after_release) > int(pages) // 2  # given back to the system


@pytest.mark.skipif(heap._glibc() is None, reason="glibc's malloc only")
def test_by_default_each_large_block_faults_its_pages_afresh() -> None:
    kept, again, _released, _after, pages = probe("default")
    assert kept == "None"
    assert int(again) > int(pages) // 2


@pytest.mark.skipif(sys.platform.startswith("linux"), reason="elsewhere than Linux")
def test_elsewhere_nothing_is_changed() -> None:
    assert heap.share_one_arena() is False
    assert heap.keep_freed_blocks() is False
    assert heap.release_freed_blocks() is False
