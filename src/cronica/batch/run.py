"""`cronica batch` as a function: plan, run on an engine, commit, report.

One driver process reads the inputs, asks the ledger what is already done, hands
units to the engine's workers and commits what comes back. It holds a lock on the
output folder so two runs never write the same corpus at once; the lock dies with
the process, so a SIGKILLed run can be restarted straight away.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from cronica.batch.analyze import UnitResult, peak_memory_mib
from cronica.batch.commit import Committer
from cronica.batch.engines import ENGINES, OnResult, run_dask, run_local
from cronica.batch.inputs import count_items, read_corpus
from cronica.batch.ledger import Ledger
from cronica.batch.partitions import FORMATS, PARTITION_NAME, TMP_SUFFIX, remove_uncommitted
from cronica.batch.plan import DEFAULT_UNIT_SIZE, PlanCounts, WorkUnit, plan_units
from cronica.batch.progress import BatchProgress, BatchReport
from cronica.errors import CronicaError
from cronica.options import Options
from cronica.store.db import DATABASE_NAME, connect, database_errors

LOCK_NAME = ".cronica-batch.lock"
#: failures the report lists (all of them stay in the ledger's batch_items)
REPORTED_FAILURES = 1000


@dataclass(frozen=True)
class BatchConfig:
    inputs: tuple[str, ...]
    out: Path
    options: Options
    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    fmt: str = "jsonl"
    unit_size: int = DEFAULT_UNIT_SIZE
    text_column: str = "text"
    progress: bool | None = None  # None: a bar when stderr is a terminal
    #: write into a folder that holds other files (cronica never touches them)
    allow_other_files: bool = False

    def check(self) -> None:
        if not self.inputs:
            raise CronicaError("give at least one input: a folder, a .jsonl[.gz] or a .parquet file")
        missing = [name for name in self.inputs if not Path(name).exists()]
        if missing:
            raise CronicaError(f"{missing[0]}: no such file or folder")
        if self.engine not in ENGINES:
            raise CronicaError(f"unknown engine '{self.engine}': choose {' or '.join(ENGINES)}")
        if self.fmt not in FORMATS:
            raise CronicaError(f"unknown output format '{self.fmt}': choose {' or '.join(FORMATS)}")
        if self.workers < 1:
            raise CronicaError("--workers must be at least 1")
        if self.unit_size < 1:
            raise CronicaError("--unit-size must be at least 1")
        if self.scheduler and self.engine != "dask":
            raise CronicaError("--scheduler is for --engine dask")
        if self.out.exists() and not self.out.is_dir():
            raise CronicaError(f"{self.out}: --output must be a folder")


def run_batch(config: BatchConfig) -> BatchReport:
    config.check()
    prepare_out_folder(config.out, config.allow_other_files)
    started = time.perf_counter()
    with _exclusive(config.out), database_errors(config.out / DATABASE_NAME):
        conn = connect(config.out / DATABASE_NAME)
        try:
            ledger = Ledger(conn)
            remove_uncommitted(config.out, ledger.uncommitted())
            ledger.clear_pending()
            described = _describe(config.options)
            notes = _options_note(ledger.last_options(), described)
            run = ledger.start_run(config.engine, config.workers, described)
            earlier = ledger.totals(before_run=run)
            committer = Committer(ledger, config.out, run, config.fmt)
            counts = PlanCounts()
            show = config.progress
            total = count_items(config.inputs) if BatchProgress.wanted(show) else None
            with BatchProgress(total, show) as progress:
                items = read_corpus(config.inputs, config.options.max_chars, config.text_column)
                units = _tracked(plan_units(items, ledger.recorded, config.unit_size, counts), counts, progress)

                def on_result(result: UnitResult) -> None:
                    committer.commit(result)
                    progress.advance(len(result.outcomes))

                _run_engine(config, units, on_result)
            ledger.finish_run(run)
            failures = tuple(ledger.failures(run, limit=REPORTED_FAILURES))
            earlier_failures = tuple(ledger.failures(run, limit=REPORTED_FAILURES, before=True))
        finally:
            conn.close()
    done = committer.counts
    return BatchReport(
        done=done.done,
        failed=done.failed,
        skipped=counts.skipped,
        duplicates=done.duplicates,
        seconds=time.perf_counter() - started,
        out=str(config.out),
        failures=failures,
        worker_peak_mib=done.worker_peak_mib,
        driver_peak_mib=peak_memory_mib(),
        notes=(*notes, *committer.problems.lines()),
        done_earlier=earlier.get("done", 0),
        failed_earlier=earlier.get("failed", 0),
        earlier_failures=earlier_failures,
    )


def prepare_out_folder(out: Path, allow_other_files: bool) -> None:
    """Create the output folder, or check that an existing one may be written to.

    A folder that holds other files and is not a cronica batch folder is refused unless
    `allow_other_files`: the batch would then write beside files it must never touch."""
    try:
        if out.exists():
            if not out.is_dir():
                raise CronicaError(f"{out}: --output must be a folder")
            if not allow_other_files and not is_batch_folder(out) and _has_entries(out):
                raise CronicaError(
                    f"{out}: the folder holds other files and is not a cronica batch folder: choose a new or"
                    " empty folder, or pass --allow-other-files (cronica writes beside them and never touches them)"
                )
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CronicaError(f"{out}: cannot use as the output folder: {error.strerror or error}") from None


_LEDGER_TABLE = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'batch_runs'"


def is_batch_folder(folder: Path) -> bool:
    """A folder a batch wrote: it holds a corpus database with the batch ledger."""
    database = folder / DATABASE_NAME
    if not database.is_file():
        return False
    uri = database.resolve().as_uri()
    # read-only first (it reads a killed run's write-ahead log); immutable when the folder refuses even that
    for flags in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{flags}", uri=True, timeout=5)
            try:
                row = conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'batch_runs'"
                ).fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            continue
        if row is not None:
            return True
    return _only_batch_files(folder)


def _only_batch_files(folder: Path) -> bool:
    """Every entry is a name a batch gives (a run killed before its ledger was created, say)."""
    own = {DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm", f"{DATABASE_NAME}-journal", LOCK_NAME}
    with os.scandir(folder) as entries:
        return all(entry.name in own or PARTITION_NAME.match(entry.name.removesuffix(TMP_SUFFIX)) for entry in entries)


def _has_entries(folder: Path) -> bool:
    with os.scandir(folder) as entries:
        return next(entries, None) is not None


def _run_engine(config: BatchConfig, units: Iterator[WorkUnit], on_result: OnResult) -> None:
    first = next(units, None)
    if first is None:  # nothing left to do: no workers to start
        return
    units = chain([first], units)
    if config.engine == "dask":
        run_dask(units, config.options, config.workers, on_result, config.scheduler)
    else:
        run_local(units, config.options, config.workers, on_result)


def _tracked(units: Iterator[WorkUnit], counts: PlanCounts, progress: BatchProgress) -> Iterator[WorkUnit]:
    reported = 0
    for unit in units:
        progress.skip(counts.skipped - reported)
        reported = counts.skipped
        yield unit
    progress.skip(counts.skipped - reported)


def _describe(options: Options) -> dict[str, object]:
    return {
        "lang": options.lang,
        "dct": options.dct,
        "skip": sorted(options.skip),
        "models": dict(options.models),
        "kb": options.kb,
        "max_chars": options.max_chars,
    }


def _options_note(previous: dict[str, object] | None, current: dict[str, object]) -> tuple[str, ...]:
    if previous is None or previous == current:
        return ()
    changed = ", ".join(f"{k}: {previous.get(k)!r} → {current[k]!r}" for k in current if previous.get(k) != current[k])
    return (f"options differ from the previous run on this folder ({changed}); documents already done keep theirs",)


@contextmanager
def _exclusive(out: Path) -> Iterator[None]:
    try:
        fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise CronicaError(f"{out}: cannot write in the output folder: {error.strerror or error}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CronicaError(f"{out}: another `cronica batch` is writing to this folder") from None
        yield
    finally:
        os.close(fd)
