"""The work folder of a dump import: its plan, a ledger of finished splits, their parts.

`<output>.parts/` holds `manifest.json` (the dump, its size and time, the filters and the
split plan), one gzipped N-Triples part per finished split, and `ledger.jsonl`, one line
per split. A split is committed in two atomic steps: its part is written under a
temporary name, synced and renamed; then its ledger line is appended and synced. A kill
at any moment leaves either a committed split (both present) or one that is done again.
Parts are gzip members, so the final pack is their concatenation in split order.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cronica.errors import CronicaError

MANIFEST_VERSION = 1


def work_folder(output: Path) -> Path:
    return output.with_name(output.name + ".parts")


def part_name(index: int) -> str:
    return f"split-{index:06d}.nt.gz"


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be opened
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _sync_folder(path.parent)


@dataclass(frozen=True)
class Committed:
    index: int
    part_bytes: int
    report: dict[str, Any]


class WorkFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.ledger = folder / "ledger.jsonl"
        self.manifest_path = folder / "manifest.json"

    def part(self, index: int) -> Path:
        return self.folder / part_name(index)

    def start(self, manifest: dict[str, Any], restart: bool) -> bool:
        """Open the folder for this import; True when it resumes an earlier, unfinished run."""
        if restart and self.folder.exists():
            shutil.rmtree(self.folder)
        if self.manifest_path.exists():
            try:
                earlier = json.loads(self.manifest_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                earlier = None
            if earlier == manifest:
                return True
            raise CronicaError(
                f"{self.folder} holds an unfinished import of another dump or with other filters or split size; "
                "run the same command as before to finish it, or add --restart to discard it"
            )
        self.folder.mkdir(parents=True, exist_ok=True)
        for stale in self.folder.iterdir():  # a run killed before its manifest was written
            if stale.is_file():
                stale.unlink()
        write_atomically(self.manifest_path, json.dumps(manifest, sort_keys=True).encode("utf-8"))
        return False

    def committed(self) -> dict[int, Committed]:
        """The splits whose ledger line is whole and whose part is there with the size it had."""
        done: dict[int, Committed] = {}
        try:
            text = self.ledger.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return done
        for line in text.splitlines():
            try:
                entry = json.loads(line)
                record = Committed(int(entry["split"]), int(entry["part_bytes"]), dict(entry["report"]))
            except (ValueError, KeyError, TypeError):
                continue  # a line torn by a kill: that split is done again
            part = self.part(record.index)
            if part.is_file() and part.stat().st_size == record.part_bytes:
                done[record.index] = record
        return done

    def commit(self, index: int, report: dict[str, Any]) -> Committed:
        """Record a split whose part the worker has already renamed into place."""
        part = self.part(index)
        record = Committed(index, part.stat().st_size, report)
        line = json.dumps({"split": index, "part_bytes": record.part_bytes, "report": report}, sort_keys=True)
        with open(self.ledger, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        return record

    def merge(self, indexes: Iterable[int], output: Path) -> None:
        """The parts, in split order, concatenated into `output` (replaced atomically), then the folder removed."""
        output.parent.mkdir(parents=True, exist_ok=True)
        temporary = output.with_name(output.name + ".part")
        with open(temporary, "wb") as sink:
            for index in sorted(indexes):
                with open(self.part(index), "rb") as part:
                    shutil.copyfileobj(part, sink, 1 << 20)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(temporary, output)
        _sync_folder(output.parent)
        shutil.rmtree(self.folder, ignore_errors=True)
