"""The kiosk's memory readings and its hand-back of free heap pages after a reset (``handbook.health``)."""

from __future__ import annotations

import platform
import sys

import pytest

from handbook import health

linux_glibc = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc", reason="/proc and glibc's malloc_trim"
)


@linux_glibc
def test_the_readings_add_up() -> None:
    memory = health.memory_kb()
    assert memory["VmRSS"] == memory["RssAnon"] + memory["RssFile"] + memory["RssShmem"]
    assert health.private_kb(memory) == memory["RssAnon"] + memory["RssShmem"]
    assert health.resident_mb() > 0


@linux_glibc
def test_free_heap_pages_go_back_to_the_system() -> None:
    # 40 MB in small blocks from the heap, then all but every 64th freed: the heap cannot shrink (blocks
    # still in use are spread over it), so the free pages between them stay counted until trimmed
    blocks = [bytes(1000) + i.to_bytes(4, "little") for i in range(40_000)]
    kept = blocks[::64]
    del blocks
    before = health.private_kb()
    assert health.give_back_memory()
    after = health.private_kb()
    assert before - after > 20_000, (before, after)
    assert len(kept) == 625
