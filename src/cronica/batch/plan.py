"""Work planning: key every input item, drop what the ledger already has, cut the rest in units.

A document's key is its content hash plus its id (`Document.sha256` and `Document.id`;
for a file of a folder, the hash of the file's bytes, known before the worker decodes it),
so an edited text is new work, and the same text under two ids is two documents. An
item that could not even be read is keyed by where it is (source and line), so that
its failure is recorded once and not retried on every resume.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from cronica.batch.inputs import Item, RawFile
from cronica.errors import InputError
from cronica.ingest import Record, sha256_of

#: documents per work unit (= per output partition): small enough that a kill loses little work
DEFAULT_UNIT_SIZE = 64


@dataclass(frozen=True, slots=True)
class WorkItem:
    key: str
    doc_id: str
    sha256: str
    record: Record | None = None
    raw: RawFile | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class WorkUnit:
    number: int
    items: tuple[WorkItem, ...]


def document_key(doc_id: str, sha256: str) -> str:
    return f"{sha256}:{doc_id}"


def work_item(item: Item) -> WorkItem:
    """The item keyed for the ledger; never raises (a record that cannot be keyed is a failed item)."""
    try:
        return _keyed(item)
    except Exception as error:  # a record no reader should have let through: it fails alone
        source = getattr(item, "source", "<input>")
        line = getattr(item, "line", None)
        return work_item(InputError(source, f"cannot be analyzed: {type(error).__name__}: {error}", line=line))


def _keyed(item: Item) -> WorkItem:
    if isinstance(item, InputError):
        place = f"{item.source}:{item.line}" if item.line is not None else item.source
        return WorkItem(key=f"unreadable:{place}", doc_id=place, sha256="", error=item.message)
    if isinstance(item, RawFile):
        sha256 = hashlib.sha256(item.data).hexdigest()
        return WorkItem(key=document_key(item.id, sha256), doc_id=item.id, sha256=sha256, raw=item)
    sha256 = sha256_of(item.text)
    return WorkItem(key=document_key(item.id, sha256), doc_id=item.id, sha256=sha256, record=item)


@dataclass
class PlanCounts:
    """What planning saw; `skipped` are items the ledger already records as done or failed."""

    read: int = 0
    skipped: int = 0


def plan_units(
    items: Iterable[Item],
    already_recorded: Callable[[list[str]], set[str]],
    unit_size: int = DEFAULT_UNIT_SIZE,
    counts: PlanCounts | None = None,
) -> Iterator[WorkUnit]:
    """Units of new work, in input order; the ledger is asked once per slice, not held in memory."""
    counts = counts if counts is not None else PlanCounts()
    iterator = (work_item(item) for item in items)
    pending: list[WorkItem] = []
    number = 0
    while chunk := list(islice(iterator, unit_size)):
        counts.read += len(chunk)
        known = already_recorded([item.key for item in chunk])
        counts.skipped += sum(1 for item in chunk if item.key in known)
        pending.extend(item for item in chunk if item.key not in known)
        while len(pending) >= unit_size:
            number += 1
            yield WorkUnit(number, tuple(pending[:unit_size]))
            pending = pending[unit_size:]
    if pending:
        yield WorkUnit(number + 1, tuple(pending))
