"""Read a corpus: folders of .txt/.html (recursive), .jsonl[.gz], Parquet with a text column.

Items are streamed one at a time (Parquet row batch by row batch), so memory does not
depend on the corpus size. An unreadable item is yielded as an `InputError` and the
stream goes on.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cronica.errors import InputError
from cronica.ingest import HTML_SUFFIXES, JSONL_SUFFIXES, Record, read_file_bytes, read_jsonl, record_from_mapping

TEXT_SUFFIXES = (".txt", *HTML_SUFFIXES)
PARQUET_SUFFIXES = (".parquet", ".pq")
#: Parquet rows decoded at a time: bounded memory whatever the file size
PARQUET_BATCH_ROWS = 256


@dataclass(frozen=True, slots=True)
class RawFile:
    """A file's bytes, not decoded yet: decoding and HTML extraction (the costly part of
    reading a web page) run on the workers, so the one driver never holds them back."""

    id: str
    source: str
    data: bytes


Item = Record | RawFile | InputError


def read_corpus(paths: Iterable[str], max_chars: int, text_column: str = "text") -> Iterator[Item]:
    """Every document of every input, in order (folders in sorted path order)."""
    for path in paths:
        yield from _read_input(Path(path), max_chars, text_column)


def _read_input(path: Path, max_chars: int, text_column: str) -> Iterator[Item]:
    if not path.exists():
        yield InputError(str(path), "no such file or folder")
    elif path.is_dir():
        yield from _read_folder(path, max_chars)
    elif path.name.lower().endswith(JSONL_SUFFIXES):
        yield from read_jsonl(path, max_chars)
    elif path.name.lower().endswith(PARQUET_SUFFIXES):
        yield from read_parquet(path, max_chars, text_column)
    else:
        yield from _read_text(path, path.stem, max_chars)


def folder_files(folder: Path) -> Iterator[Path | InputError]:
    """The .txt/.html files under a folder, depth first, each folder's entries sorted by name.

    Only one folder's listing is held at a time, so a tree of millions of files costs no
    more memory than its largest folder; symbolic links to folders are not followed (no loops).
    A link to a missing file is yielded as an `InputError`, so that it is recorded as failed.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield InputError(str(folder), f"cannot list the folder: {error.strerror or error}")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from folder_files(Path(entry.path))
        elif not entry.name.lower().endswith(TEXT_SUFFIXES):
            continue
        elif entry.is_file():
            yield Path(entry.path)
        elif entry.is_symlink() and not os.path.exists(entry.path):
            # an input the user meant to give, that cannot be read: a failure to record, not a silent skip
            yield InputError(entry.path, "a symbolic link to a file that does not exist")


def _read_folder(folder: Path, max_chars: int) -> Iterator[Item]:
    for file in folder_files(folder):
        if isinstance(file, InputError):
            yield file
            continue
        # the relative path names the document: a/notes.txt and b/notes.txt stay two documents
        yield from _read_text(file, file.relative_to(folder).as_posix(), max_chars)


def _read_text(file: Path, record_id: str, max_chars: int) -> Iterator[Item]:
    try:
        yield RawFile(record_id, str(file), read_file_bytes(file, max_chars))
    except InputError as error:
        yield error


def read_parquet(file: Path, max_chars: int, text_column: str = "text") -> Iterator[Item]:
    """Rows of a Parquet file: `text_column` required; id, lang, dct, title, url used when present."""
    import pyarrow.parquet as pq

    source = str(file)
    try:
        parquet = pq.ParquetFile(file)
    except Exception as error:  # pyarrow raises ArrowInvalid, OSError...: all mean unreadable
        yield InputError(source, f"cannot read as Parquet: {error}")
        return
    names = parquet.schema_arrow.names
    if text_column not in names:
        yield InputError(source, f"no '{text_column}' column (columns: {', '.join(names)}); pass --text-column")
        return
    wanted = [name for name in (text_column, "id", "lang", "dct", "title", "url") if name in names]
    number = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=wanted):
        for row in batch.to_pylist():
            number += 1
            row = {**row, "text": row.get(text_column)}
            row = {key: value for key, value in row.items() if value is not None}
            try:
                yield record_from_mapping(row, source, number, max_chars, default_id=file.stem)
            except InputError as error:
                yield error


def count_items(paths: Iterable[str]) -> int:
    """How many items the inputs hold, cheaply (no decoding), for the progress bar's ETA."""
    total = 0
    for name in paths:
        path = Path(name)
        if path.is_dir():
            total += sum(1 for _ in folder_files(path))
        elif path.name.lower().endswith(JSONL_SUFFIXES):
            total += _count_lines(path)
        elif path.name.lower().endswith(PARQUET_SUFFIXES):
            total += _parquet_rows(path)
        else:
            total += 1
    return total


def _count_lines(path: Path) -> int:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except (OSError, EOFError):
        return 1


def _parquet_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path).metadata.num_rows
    except Exception:  # unreadable: counted as the one error it will yield
        return 1
