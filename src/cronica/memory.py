"""Giving the memory a long document's parse freed back to the system (glibc only).

Why: on glibc, the spaCy parse of each ~10,000-character segment allocates about 35 MiB of
model activations and frees them; C allocations below glibc's (self-raising) mmap threshold
come from the heap, and the parse's long-lived pieces (each segment packed, its strings) land
among the freed ones, so the heap cannot shrink from its top. At 1M characters the heap kept
38 MiB free but resident after the parse (`mallinfo2`: `fordblks`), which the later stages could
not use for Python objects (CPython's own arenas are mapped apart from the heap), so resident
memory climbed 12 MiB past the parse's peak. `malloc_trim(0)` gives every free page of the heap
back to the system (glibc ≥ 2.8 releases whole free pages in the middle of the heap too), so
the later stages grow from what is live, not from the parse's high-water mark. Measured in
docs/benchmarks.md ("The allocator after the parse", issue 17).

Only the pipeline calls this, and only for a document longer than one segment: a short text's
parse leaves nothing to give back, and a trim there would cost time for nothing. The same holds
for a long text's batches read with their token vectors (`ParsedText.batches`, 16v): each batch's
vector layer allocates and frees about 25 MiB, so each is followed by a trim. Elsewhere than
glibc (macOS, musl, Windows) it does nothing.
"""

from __future__ import annotations

import ctypes
import platform
import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's `malloc_trim`, or None where the C library is not glibc or lacks it."""
    if not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc":
        return None
    try:
        function = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_size_t]
    function.restype = ctypes.c_int
    return function


def release_free_memory() -> bool:
    """Give the C heap's free pages back to the system; True when it was done (glibc)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
