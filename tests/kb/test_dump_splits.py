"""Byte-range splits of plain, gzip and bzip2 dumps: every line read once, by one split."""

from __future__ import annotations

import bz2
import gzip
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cronica.errors import CronicaError
from cronica.kb.dump_splits import plan_splits, split_lines


def random_lines(seed: int, count: int, longest: int) -> list[bytes]:
    rnd = random.Random(seed)
    letters = 'abcdefghijklmnopqrstuvwxyz ñé{}\\",:'
    return [
        ("".join(rnd.choice(letters) for _ in range(rnd.randint(0, longest))) + "\n").encode() for _ in range(count)
    ]


def in_pieces(data: bytes, seed: int, smallest: int, largest: int, compress) -> bytes:
    """Several independent members/streams, cut at random bytes (not at line ends)."""
    rnd = random.Random(seed)
    out, position = bytearray(), 0
    while position < len(data):
        size = rnd.randint(smallest, largest)
        out += compress(data[position : position + size])
        position += size
    return bytes(out)


def read_all(path, split_bytes):
    plan = plan_splits(path, split_bytes)
    return plan, b"".join(b"".join(split_lines(path, plan.compression, split)) for split in plan.splits)


FORMATS = {
    "plain": ("dump.json", lambda data: data),
    "gzip-members": ("dump.json.gz", lambda data: in_pieces(data, 1, 500, 40_000, gzip.compress)),
    "bz2-one-stream": ("dump.json.bz2", lambda data: bz2.compress(data, 1)),
    "bz2-streams": ("dump.json.bz2", lambda data: in_pieces(data, 2, 500, 150_000, lambda d: bz2.compress(d, 1))),
}


@pytest.fixture(scope="module")
def text():
    lines = random_lines(7, 900, 1500)
    lines[-1] = lines[-1].rstrip(b"\n")  # a last line without its newline is still a line
    return b"".join(lines)


@pytest.mark.parametrize("kind", sorted(FORMATS))
@pytest.mark.parametrize("split_bytes", [1009, 20_000, 10**9])
def test_every_line_is_read_once(tmp_path, text, kind, split_bytes):
    name, encode = FORMATS[kind]
    path = tmp_path / name
    path.write_bytes(encode(text))
    plan, read = read_all(path, split_bytes)
    assert read == text
    if split_bytes < path.stat().st_size:
        assert len(plan.splits) > 1


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), split_bytes=st.integers(50, 5000), longest=st.integers(0, 400))
def test_any_split_size_any_line_lengths(tmp_path, seed, split_bytes, longest):
    data = b"".join(random_lines(seed, 60, longest))
    for kind, (name, encode) in FORMATS.items():
        path = tmp_path / f"{kind}-{name}"
        path.write_bytes(encode(data))
        assert read_all(path, split_bytes)[1] == data, kind


def test_a_bz2_block_is_found_at_any_bit(tmp_path):
    """lbzip2/bzip2 blocks start at arbitrary bit offsets; a level-1 stream of 1 MB has several."""
    data = b"".join(random_lines(3, 1500, 1200))
    path = tmp_path / "dump.json.bz2"
    path.write_bytes(bz2.compress(data, 1))
    from cronica.kb.dump_splits import _bz2_marks

    with open(path, "rb") as handle:
        marks = [bit for bit, kind in _bz2_marks(handle, 0) if kind == "block"]
    assert len(marks) >= 5 and {bit % 8 for bit in marks} != {0}
    assert read_all(path, 4096)[1] == data


def test_a_single_member_gzip_is_one_split_and_says_so(tmp_path, text):
    path = tmp_path / "dump.json.gz"
    path.write_bytes(gzip.compress(text))
    plan, read = read_all(path, 1000)
    assert len(plan.splits) == 1 and "single-member gzip" in plan.note
    assert read == text


def test_a_file_that_is_not_what_its_name_says(tmp_path):
    for name, message in (("dump.json.gz", "not a gzip file"), ("dump.json.bz2", "not a bzip2 file")):
        (tmp_path / name).write_bytes(b"[\n{}\n]\n")
        with pytest.raises(CronicaError, match=message):
            plan_splits(tmp_path / name, 1000)


def test_a_truncated_bz2_says_so(tmp_path, text):
    path = tmp_path / "dump.json.bz2"
    data = bz2.compress(text, 1)
    path.write_bytes(data[: len(data) // 2])
    plan = plan_splits(path, 10**9)
    with pytest.raises(EOFError):
        b"".join(split_lines(path, plan.compression, plan.splits[0]))
