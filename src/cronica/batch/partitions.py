"""Output partitions: one file per committed work unit, written so a kill leaves no half file.

A partition is written to `NAME.tmp`, flushed to disk, then renamed to `NAME` (an
atomic step on POSIX), and only then recorded in the ledger. A file the ledger does not
name is therefore the leftover of a killed run, and `remove_uncommitted` deletes it
before a run resumes: the ledger, not the folder listing, says what is done.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

FORMATS = {"jsonl": ".jsonl.gz", "parquet": ".parquet"}
PARTITION_PREFIX = "part-"
TMP_SUFFIX = ".tmp"


def partition_name(run: int, unit: int, fmt: str) -> str:
    return f"{PARTITION_PREFIX}r{run:04d}-{unit:06d}{FORMATS[fmt]}"


def write_partition(folder: Path, name: str, lines: list[str], fmt: str) -> Path:
    """Write analyses (JSON lines) durably under their final name; returns the path."""
    final = folder / name
    tmp = folder / (name + TMP_SUFFIX)
    if fmt == "parquet":
        _write_parquet(tmp, lines)
    else:
        with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=5, mtime=0) as gz:
            for line in lines:
                gz.write(line.encode("utf-8"))
                gz.write(b"\n")
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, final)
    _fsync_folder(folder)
    return final


def _write_parquet(path: Path, lines: list[str]) -> None:
    """Parquet partitions: the document's keys as columns plus the whole analysis as JSON text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    docs = [json.loads(line)["document"] for line in lines]
    table = pa.table(
        {
            "id": [d["id"] for d in docs],
            "sha256": [d["sha256"] for d in docs],
            "lang": [d["lang"] for d in docs],
            "chars": pa.array([d["chars"] for d in docs], type=pa.int64()),
            "analysis": lines,
        }
    )
    pq.write_table(table, path, compression="zstd")


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_partition(path: Path) -> Iterator[dict]:
    """The analyses of a partition file, as dicts."""
    if path.name.endswith(FORMATS["parquet"]):
        import pyarrow.parquet as pq

        for line in pq.read_table(path, columns=["analysis"]).column("analysis").to_pylist():
            yield json.loads(line)
        return
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def partition_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob(PARTITION_PREFIX + "*") if not p.name.endswith(TMP_SUFFIX))


def remove_uncommitted(folder: Path, committed: Iterable[str]) -> list[str]:
    """Delete temp files and partitions the ledger does not record; returns their names."""
    keep = set(committed)
    removed = []
    for path in sorted(folder.glob(PARTITION_PREFIX + "*")):
        if path.name.endswith(TMP_SUFFIX) or path.name not in keep:
            path.unlink()
            removed.append(path.name)
    return removed
