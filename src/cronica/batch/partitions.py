"""Output partitions: one file per committed work unit, written so a kill leaves no half file.

Before a partition is written its name is recorded in the ledger as pending (and
committed); it is then written to `NAME.tmp`, flushed to disk, renamed to `NAME` (an
atomic step on POSIX), and only then recorded as committed, with its documents, in one
transaction. A pending name that was never committed is the leftover of a killed run,
and `remove_uncommitted` deletes that file (and its `.tmp`) before a run resumes. Nothing
else in the folder is ever deleted or overwritten: the ledger, not the folder listing,
says which files the batch wrote.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from cronica.errors import CronicaError

FORMATS = {"jsonl": ".jsonl.gz", "parquet": ".parquet"}
PARTITION_PREFIX = "part-"
TMP_SUFFIX = ".tmp"
#: the names cronica gives partitions (run and unit numbers): nothing else is read as one
PARTITION_NAME = re.compile(r"^part-r\d{4,}-\d{6,}(\.jsonl\.gz|\.parquet)$")


def partition_name(run: int, unit: int, fmt: str) -> str:
    return f"{PARTITION_PREFIX}r{run:04d}-{unit:06d}{FORMATS[fmt]}"


def write_partition(folder: Path, name: str, lines: list[str], fmt: str) -> Path:
    """Write analyses (JSON lines) durably under their final name; returns the path."""
    final = folder / name
    tmp = folder / (name + TMP_SUFFIX)
    for path in (final, tmp):  # never replace a file the batch did not write
        if path.exists() or path.is_symlink():
            raise CronicaError(f"{path}: a file of that name is already there: cronica will not overwrite it")
    with open(tmp, "xb") as raw:  # "x": fails rather than replace a file that appeared meanwhile
        if fmt == "parquet":
            _write_parquet(raw, lines)
        else:
            with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=5, mtime=0) as gz:
                for line in lines:
                    gz.write(line.encode("utf-8"))
                    gz.write(b"\n")
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, final)
    _fsync_folder(folder)
    return final


def _write_parquet(path: Path | BinaryIO, lines: list[str]) -> None:
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
    """The partition files in a folder, by cronica's naming (other files are not partitions)."""
    return sorted(p for p in folder.glob(PARTITION_PREFIX + "*") if PARTITION_NAME.match(p.name))


def remove_uncommitted(folder: Path, uncommitted: Iterable[str]) -> list[str]:
    """Delete the files of partitions the ledger says were started and never committed.

    Only those names (and their `.tmp`) are deleted; returns the names of files removed."""
    removed = []
    for name in uncommitted:
        if not PARTITION_NAME.match(name):
            continue  # a name cronica would never give: not ours, whatever the ledger holds
        for path in (folder / name, folder / (name + TMP_SUFFIX)):
            if path.is_file() and not path.is_symlink():
                path.unlink()
                removed.append(path.name)
    return removed
