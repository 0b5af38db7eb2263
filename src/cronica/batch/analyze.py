"""The function every engine runs on its workers: one work unit in, its outcomes out.

The pipeline is built once per worker process (models load once) and kept for the
next units. A document that breaks the pipeline is isolated and recorded as failed;
it never costs the other documents of its unit.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import sys
from dataclasses import dataclass, replace

from cronica.batch.plan import WorkItem, WorkUnit
from cronica.errors import InputError
from cronica.export.json_export import to_dict
from cronica.ingest import record_from_bytes
from cronica.model import Analysis
from cronica.options import Options
from cronica.pipeline import Pipeline
from cronica.process import exit_with_parent, quiet_worker_logs

log = logging.getLogger("cronica")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One item's result: the analysis as a JSON line, or the reason it failed."""

    key: str
    doc_id: str
    sha256: str
    line: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class UnitResult:
    number: int
    outcomes: tuple[Outcome, ...]
    #: the worker process's peak resident memory so far, in MiB (to show it stays flat)
    worker_peak_mib: float = 0.0


_WORKER_PIPELINE: tuple[Options, Pipeline] | None = None


def worker_pipeline(options: Options) -> Pipeline:
    """This process's pipeline (the only state a worker keeps: its loaded models)."""
    global _WORKER_PIPELINE
    if _WORKER_PIPELINE is None:  # the first unit in this process (a Dask worker has no initializer)
        exit_with_parent(os.getppid())
        quiet_worker_logs()
    if _WORKER_PIPELINE is None or _WORKER_PIPELINE[0] != options:
        _WORKER_PIPELINE = (options, Pipeline(options))
    return _WORKER_PIPELINE[1]


def start_worker(options: Options, driver_pid: int | None = None) -> None:
    """A local worker's first act: exit with the driver, log like the CLI does, load the models (once)."""
    if driver_pid is not None:
        exit_with_parent(driver_pid)  # its parent is the forkserver: watch the driver itself
    quiet_worker_logs()
    worker_pipeline(options)


def analyze_unit(unit: WorkUnit, options: Options) -> UnitResult:
    pipeline = worker_pipeline(options)
    unit = _decoded(unit)
    readable = [item for item in unit.items if item.record is not None]
    try:
        analyzed = dict(zip((i.key for i in readable), _analyze(pipeline, readable), strict=True))
    except Exception:  # one document broke the chunk: analyze one by one to find and isolate it
        log.debug("unit %d failed as a whole; retrying document by document", unit.number, exc_info=True)
        analyzed = {item.key: _analyze_alone(pipeline, item) for item in readable}
    outcomes = [
        Outcome(item.key, item.doc_id, item.sha256, error=item.error)
        if item.record is None
        else _outcome(item, analyzed[item.key])
        for item in unit.items
    ]
    return UnitResult(unit.number, tuple(outcomes), peak_memory_mib())


def peak_memory_mib() -> float:
    """This process's peak resident set size (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _decoded(unit: WorkUnit) -> WorkUnit:
    """Files arrive as bytes: decode them here (a file that cannot be decoded fails alone)."""
    items = []
    for item in unit.items:
        if item.raw is not None:
            try:
                record = record_from_bytes(item.raw.data, item.raw.source, item.raw.id)
                item = replace(item, record=record, raw=None)
            except InputError as error:
                item = replace(item, raw=None, error=str(error))
        items.append(item)
    return replace(unit, items=tuple(items))


def _analyze(pipeline: Pipeline, items: list[WorkItem]) -> list[Analysis | InputError | str]:
    return list(pipeline.analyze_records(item.record for item in items if item.record is not None))


def _analyze_alone(pipeline: Pipeline, item: WorkItem) -> Analysis | InputError | str:
    try:
        return _analyze(pipeline, [item])[0]
    except Exception as error:
        return f"internal error: {type(error).__name__}: {error}"


def _outcome(item: WorkItem, result: Analysis | InputError | str) -> Outcome:
    if isinstance(result, Analysis):
        try:
            line = json.dumps(to_dict(result), ensure_ascii=False)
        except (TypeError, ValueError) as error:  # a stage put something JSON cannot hold
            return Outcome(item.key, item.doc_id, item.sha256, error=f"cannot serialize the analysis: {error}")
        return Outcome(item.key, item.doc_id, item.sha256, line=line)
    return Outcome(item.key, item.doc_id, item.sha256, error=str(result))
