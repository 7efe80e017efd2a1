"""The kiosk's memory readings and its hand-back of free heap pages after a reset (``handbook.health``)."""

from __future__ import annotations

import platform
import subprocess
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


_THREAD_FREES = """
import sys, threading
from handbook import health
if sys.argv[1] == "one heap":
    assert health.one_heap()
def work():
    big = bytearray(8 << 20)  # a large block freed: glibc raises its trim threshold to twice its size
    del big
    blocks = [bytearray(b"1") * 4000 for _ in range(2500)]  # 10 MB in small blocks, freed
    del blocks
thread = threading.Thread(target=work)
thread.start()
thread.join()
health.give_back_memory()
print(health.private_kb())
"""


@linux_glibc
def test_what_a_thread_frees_goes_back_with_one_heap() -> None:
    """A thread's own heap keeps its free top after malloc_trim (what a handout frees in its thread: some
    4 MB kept at random in the kiosk soak); with one heap for all threads it goes back."""

    def kept_kb(how: str) -> int:
        done = subprocess.run(
            [sys.executable, "-c", _THREAD_FREES, how], capture_output=True, text=True, check=True, timeout=120
        )
        return int(done.stdout)

    assert kept_kb("heaps") - kept_kb("one heap") > 8_000
