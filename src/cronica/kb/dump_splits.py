"""Byte-range splits of a (compressed) dump, each read on its own as whole lines.

A split is a range `[start, end)` of bytes of the file *as stored*, so a worker can
start reading in the middle of a 100 GB archive without decompressing what comes before.
Each format has its own independent units, and a split owns the units that begin in its
range:

- plain text: the bytes themselves;
- bz2: the compressed **blocks** (each starts with a 48-bit magic at any bit position and
  carries its own CRC). A block is cut out, shifted to a byte boundary and wrapped into a
  one-block stream that the standard `bz2` module decompresses. This works on any bzip2
  file, single-stream (bzip2, lbzip2: Wikimedia's `latest-all.json.bz2`) or multi-stream
  (pbzip2);
- gzip: the **members** of a multi-member file (bgzip, concatenated parts). A member
  start is found by scanning for the gzip magic, checking the header and decompressing
  the start of the member. A single-member gzip (plain `gzip`, `pigz`) has no boundary a
  reader can find without decompressing everything before it, so it cannot be split:
  `plan_splits` makes one split and says so.

Lines follow Hadoop's rule, which needs no look-back: a split reads every line that
*starts* after the beginning of its own decompressed data and at or before its end
(finishing the last one in the next units), and skips the line it begins in the middle
of — except the first split, which starts at line 1. Every line is read exactly once.
Memory is bounded by one unit and one line, whatever the size of the dump.
"""

from __future__ import annotations

import bz2
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from cronica.errors import CronicaError

CHUNK = 1 << 22  # bytes scanned at a time for gzip members and bzip2 magic numbers
#: compressed bytes read, and decompressed bytes produced, at a time while streaming: small
#: buffers come from the heap; large ones are mapped and unmapped on every read, which costs
#: page faults (18% more CPU under Dask's MALLOC_TRIM_THRESHOLD_ for its workers)
STREAM_STEP = 1 << 16
#: a line longer than this is not an entity (Wikidata's largest items are a few MB)
MAX_LINE = 1 << 28

BLOCK_MAGIC = 0x314159265359  # bzip2 block header (BCD of pi)
END_MAGIC = 0x177245385090  # bzip2 end of stream (BCD of sqrt(pi))
GZIP_MAGIC = b"\x1f\x8b\x08"
#: decompressed bytes a gzip member candidate must yield cleanly to be taken as a real member
GZIP_PROBE = 1 << 18
#: how far into a gzip file `plan_splits` looks for a second member
GZIP_LOOK = 1 << 24


@dataclass(frozen=True)
class Split:
    index: int
    start: int
    end: int

    @property
    def size(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class SplitPlan:
    compression: str  # "plain" | "gzip" | "bz2"
    splits: tuple[Split, ...]
    note: str = ""  # why the file could not be split, when it could not


def compression_of(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".gz"):
        return "gzip"
    if name.endswith(".bz2"):
        return "bz2"
    return "plain"


def plan_splits(path: Path, split_bytes: int) -> SplitPlan:
    """Cut the file into ranges of about `split_bytes` (one range when it cannot be split)."""
    if split_bytes < 1:
        raise CronicaError("the split size must be at least 1 byte")
    size = path.stat().st_size
    compression = compression_of(path)
    with open(path, "rb") as handle:
        head = handle.read(4)
        if compression == "gzip" and size and head[:3] != GZIP_MAGIC:
            raise CronicaError(f"{path}: not a gzip file (no gzip header)")
        if compression == "bz2" and size and not (head[:3] == b"BZh" and head[3:4].isdigit()):
            raise CronicaError(f"{path}: not a bzip2 file (no bzip2 header)")
        # one bounded look for a second gzip member; none means one split
        look = min(size, max(split_bytes, GZIP_LOOK))
        if compression == "gzip" and size > split_bytes and _first_member(handle, 1, look) is None:
            note = (
                f"{path.name} is a single-member gzip (or its first member is longer than a split): "
                "such a file cannot be split, so it is read as one stream. Recompress it in blocks "
                "(`bgzip`) or use the .bz2 dump to import it in parallel."
            )
            return SplitPlan(compression, (Split(0, 0, size),), note)
    count = max(1, -(-size // split_bytes))
    step = -(-size // count) if size else 0
    splits = tuple(Split(i, i * step, min(size, (i + 1) * step)) for i in range(count))
    return SplitPlan(compression, splits)


def split_lines(
    path: Path, compression: str, split: Split, wrap: Callable[[IO[bytes]], IO[bytes]] | None = None
) -> Iterator[bytes]:
    """The lines (with their newline) that belong to `split` under the rule above.

    `wrap` may wrap the file (a progress reader that follows reads and seeks)."""
    with open(path, "rb") as raw:
        handle = wrap(raw) if wrap is not None else raw
        if compression == "gzip":
            chunks = _gzip_chunks(handle, split)
        elif compression == "bz2":
            chunks = _bz2_chunks(handle, split)
        else:
            chunks = _plain_chunks(handle, split)
        yield from _owned_lines(chunks, skip_first=split.start > 0)


# --- lines from owned and continuation chunks ---------------------------------------------


def _owned_lines(chunks: Iterator[tuple[bytes, bool]], skip_first: bool) -> Iterator[bytes]:
    """Cut `(data, owned)` chunks (owned ones first) into the lines this split reads.

    A line starting at offset p of the split's decompressed data is read when
    `0 < p <= owned_end` (`0 <= p` for the first split)."""
    pending = bytearray()
    pending_start = 0
    too_long = False
    skipping = skip_first
    base = 0  # offset of the current chunk's first byte
    owned_end: int | None = None
    for data, owned in chunks:
        if not owned and owned_end is None:
            owned_end = base
            if pending_start > owned_end:
                return
        cursor = 0
        while True:
            newline = data.find(b"\n", cursor)
            if newline < 0:
                if not too_long:
                    pending += data[cursor:]
                    if len(pending) > MAX_LINE:
                        too_long, pending = True, bytearray()
                break
            start = pending_start
            if skipping:
                skipping = False
            elif owned_end is None or start <= owned_end:
                if too_long:
                    yield b""  # counted by the reader as a malformed line
                else:
                    pending += data[cursor : newline + 1]
                    yield bytes(pending)
            pending, too_long = bytearray(), False
            pending_start = base + newline + 1
            cursor = newline + 1
            if owned_end is not None and pending_start > owned_end:
                return
        base += len(data)
    if (pending or too_long) and not skipping and (owned_end is None or pending_start <= owned_end):
        yield b"" if too_long else bytes(pending)


def _read_range(handle: IO[bytes], start: int, end: int | None, step: int = STREAM_STEP) -> Iterator[bytes]:
    handle.seek(start)
    position = start
    while end is None or position < end:
        data = handle.read(step if end is None else min(step, end - position))
        if not data:
            return
        position += len(data)
        yield data


def _plain_chunks(handle: IO[bytes], split: Split) -> Iterator[tuple[bytes, bool]]:
    for data in _read_range(handle, split.start, split.end):
        yield data, True
    for data in _read_range(handle, split.end, None):  # only to finish the last line
        yield data, False


# --- gzip members ---------------------------------------------------------------------------


def _plausible_gzip_header(header: bytes) -> bool:
    """RFC 1952: deflate, no reserved flag bits; XFL 0/2/4 and a known OS, as real encoders write."""
    return (
        len(header) >= 10
        and header[:3] == GZIP_MAGIC
        and header[3] & 0xE0 == 0
        and header[8] in (0, 2, 4)
        and (header[9] <= 13 or header[9] == 255)
    )


def _is_member_start(handle: IO[bytes], offset: int) -> bool:
    """A gzip member really starts here: its header is sane and it inflates cleanly for a while
    (to its end, where zlib checks the CRC-32, if it is shorter)."""
    handle.seek(offset)
    if not _plausible_gzip_header(handle.read(10)):
        return False
    inflater = zlib.decompressobj(31)
    produced = 0
    try:
        for data in _read_range(handle, offset, None):
            produced += len(inflater.decompress(data, GZIP_PROBE))
            while inflater.unconsumed_tail and produced < GZIP_PROBE and not inflater.eof:
                produced += len(inflater.decompress(inflater.unconsumed_tail, GZIP_PROBE))
            if inflater.eof or produced >= GZIP_PROBE:
                return True
    except zlib.error:
        return False
    return False  # the file ended inside the member


def _first_member(handle: IO[bytes], start: int, end: int) -> int | None:
    """Offset of the first gzip member that starts in [start, end)."""
    for candidate in _find_all(handle, GZIP_MAGIC, start, end):
        if _is_member_start(handle, candidate):
            return candidate
    return None


def _find_all(handle: IO[bytes], needle: bytes, start: int, end: int) -> Iterator[int]:
    """Offsets in [start, end) where `needle` begins (reads in chunks; the handle's position moves)."""
    position = start
    while position < end:
        handle.seek(position)
        window = handle.read(min(CHUNK, end - position) + len(needle) - 1)
        found = window.find(needle)
        while found >= 0 and position + found < end:
            yield position + found  # the caller may move the handle: the window is already read
            found = window.find(needle, found + 1)
        position += CHUNK


def _gzip_chunks(handle: IO[bytes], split: Split) -> Iterator[tuple[bytes, bool]]:
    """Decompressed data of the members that start in the split, then of the next ones."""
    offset = 0 if split.start == 0 else _first_member(handle, split.start, split.end)
    if offset is None or offset >= split.end:
        return
    size = os.fstat(handle.fileno()).st_size
    while offset < size:
        owned = offset < split.end
        handle.seek(offset)
        if handle.read(3) != GZIP_MAGIC:
            return  # trailing padding or garbage after the last member
        inflater = zlib.decompressobj(31)
        position = offset
        for data in _read_range(handle, offset, None):
            position += len(data)
            out = inflater.decompress(data, STREAM_STEP)
            while True:
                if out:
                    yield out, owned
                if not inflater.unconsumed_tail or inflater.eof:
                    break
                out = inflater.decompress(inflater.unconsumed_tail, STREAM_STEP)
            if inflater.eof:
                break
        else:
            raise EOFError("compressed file ended before the end-of-stream marker was reached")
        offset = position - len(inflater.unused_data)


# --- bzip2 blocks -----------------------------------------------------------------------------


def _magic_patterns(magic: int) -> list[tuple[int, bytes]]:
    """For each bit shift 0-7, the whole bytes a 48-bit magic occupies when it starts at that bit."""
    patterns = []
    for shift in range(8):
        value = (magic << (64 - 48 - shift)).to_bytes(8, "big")
        first = 0 if shift == 0 else 1
        last = (shift + 48) // 8  # exclusive
        patterns.append((shift, value[first:last]))
    return patterns


_PATTERNS = [(kind, shift, needle) for kind, magic in (("block", BLOCK_MAGIC), ("end", END_MAGIC))
             for shift, needle in _magic_patterns(magic)]  # fmt: skip


def _bz2_marks(handle: IO[bytes], start_bit: int) -> Iterator[tuple[int, str]]:
    """(bit offset, "block"|"end") of every bzip2 block or end-of-stream magic from `start_bit` on."""
    size = os.fstat(handle.fileno()).st_size
    position = start_bit // 8
    while position < size:
        handle.seek(position)
        window = handle.read(CHUNK + 8)
        found: list[tuple[int, str]] = []
        for kind, shift, needle in _PATTERNS:
            index = window.find(needle)
            while index >= 0:
                byte = index - (1 if shift else 0)  # a magic in the previous window's last byte: found there
                bit = (position + byte) * 8 + shift
                magic = BLOCK_MAGIC if kind == "block" else END_MAGIC
                if 0 <= byte < CHUNK and bit >= start_bit and _bits(window, byte * 8 + shift, 48) == magic:
                    found.append((bit, kind))
                index = window.find(needle, index + 1)
        yield from sorted(found)
        position += CHUNK


def _bits(data: bytes, bit: int, count: int) -> int | None:
    first, last = bit // 8, -(-(bit + count) // 8)
    if last > len(data):
        return None
    value = int.from_bytes(data[first:last], "big")
    return (value >> ((last * 8) - bit - count)) & ((1 << count) - 1)


def _block_stream(handle: IO[bytes], start_bit: int, end_bit: int) -> bytes:
    """The block at [start_bit, end_bit) as a stand-alone one-block bzip2 stream."""
    first, last = start_bit // 8, -(-end_bit // 8)
    handle.seek(first)
    data = handle.read(last - first)
    if len(data) < last - first:
        raise EOFError("compressed file ended inside a block")
    count = end_bit - start_bit
    value = int.from_bytes(data, "big") >> (len(data) * 8 - (start_bit - first * 8) - count)
    value &= (1 << count) - 1
    block_crc = (value >> (count - 80)) & 0xFFFFFFFF  # right after the 48-bit magic
    value = (value << 80) | (END_MAGIC << 32) | block_crc  # one block: stream CRC = block CRC
    bits = count + 80
    padding = -bits % 8
    return b"BZh9" + (value << padding).to_bytes((bits + padding) // 8, "big")


def _bz2_chunks(handle: IO[bytes], split: Split) -> Iterator[tuple[bytes, bool]]:
    """Decompressed data of the blocks that start in the split, then of the next ones."""
    current: int | None = None
    first = True
    for bit, kind in _bz2_marks(handle, split.start * 8):
        if first and kind == "block":
            first = False
            if bit >= split.end * 8:
                return  # no block starts in this split: it reads nothing
        if current is not None:
            owned = current < split.end * 8
            decompressor = bz2.BZ2Decompressor()
            out = decompressor.decompress(_block_stream(handle, current, bit), STREAM_STEP)
            while True:
                if out:
                    yield out, owned
                if decompressor.eof or decompressor.needs_input:
                    break
                out = decompressor.decompress(b"", STREAM_STEP)
            if not decompressor.eof:
                raise EOFError("a bzip2 block ended early")
        current = bit if kind == "block" else None
    if current is not None:
        raise EOFError("compressed file ended before the end-of-stream marker was reached")
