"""Freed C heap memory given back to the system after a long document's parse and stages (glibc)."""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

import pytest

import cronica.pipeline
from cronica.options import Options
from cronica.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
GLIBC = platform.libc_ver()[0] == "glibc"


#: run in a fresh process, whose heap has no free fragments yet: each small keeper then lands right
#: after its block, as the parse's long-lived pieces land among its freed activations
_FRAGMENTED_HEAP = """
import ctypes
from pathlib import Path

from cronica.memory import release_free_memory


def rss_anon_mib():
    line = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("RssAnon:"))
    return int(line.split()[1]) / 1024

libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
size = 64 * 1024  # under glibc's mmap threshold: from the heap
blocks, keepers = [], []
for _ in range(512):  # 32 MiB
    blocks.append(libc.malloc(size))
    ctypes.memset(blocks[-1], 1, size)  # resident
    keepers.append(libc.malloc(64))
for block in blocks:
    libc.free(block)
freed = rss_anon_mib()
done = release_free_memory()
print(done, freed, rss_anon_mib())
"""


@pytest.mark.skipif(not GLIBC, reason="malloc_trim is glibc's")
def test_free_pages_inside_the_heap_go_back_to_the_system() -> None:
    """Freed blocks under small live ones stay resident (the heap cannot shrink from its top) until trimmed."""
    out = subprocess.run([sys.executable, "-c", _FRAGMENTED_HEAP], capture_output=True, text=True, check=True)
    done, freed, trimmed = out.stdout.split()
    assert done == "True"
    assert float(freed) - float(trimmed) > 24  # most of the 32 MiB went back


def test_only_a_document_parsed_in_segments_trims(monkeypatch: pytest.MonkeyPatch) -> None:
    """Once after the parse and once after each stage that ran; never for a short text (a trim costs ms)."""
    calls: list[int] = []

    def counted() -> bool:
        calls.append(1)
        return True

    monkeypatch.setattr(cronica.pipeline, "release_free_memory", counted)
    pipeline = Pipeline(Options(lang="en", skip=frozenset({"rhetoric"})))
    pipeline.analyze_text("Lenin died on 21 January 1924 in Gorki.")
    assert calls == []
    pipeline.models.segment_chars = 250
    text = (ROOT / "examples" / "trotsky_en.txt").read_text(encoding="utf-8")
    assert len(text) > 250
    pipeline.analyze_text(text)
    assert len(calls) == 1 + 4  # the parse, then timex, link, events, verify (rhetoric skipped)
