"""The progress bar (documents/s and ETA, on a terminal only) and the final report."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

from cronica.batch.ledger import Failure

#: failures listed one by one in the report; the rest are counted (all are in the ledger)
FAILURES_SHOWN = 20


@dataclass(frozen=True)
class BatchReport:
    done: int
    failed: int
    skipped: int
    duplicates: int
    seconds: float
    out: str
    failures: tuple[Failure, ...] = field(default_factory=tuple)
    worker_peak_mib: float = 0.0
    driver_peak_mib: float = 0.0
    notes: tuple[str, ...] = ()
    #: what earlier runs on the same folder recorded (a resume skips those items)
    done_earlier: int = 0
    failed_earlier: int = 0
    earlier_failures: tuple[Failure, ...] = field(default_factory=tuple)

    @property
    def any_failed(self) -> bool:
        """Some item of the corpus failed, in this run or an earlier one (they are not retried)."""
        return bool(self.failed or self.failed_earlier)

    @property
    def all_failed(self) -> bool:
        return self.any_failed and not (self.done or self.done_earlier)

    @property
    def docs_per_second(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "done": self.done,
            "failed": self.failed,
            "skipped_already_done": self.skipped,
            "duplicates": self.duplicates,
            "seconds": round(self.seconds, 2),
            "docs_per_second": round(self.docs_per_second, 2),
            "out": self.out,
            "worker_peak_mib": round(self.worker_peak_mib, 1),
            "driver_peak_mib": round(self.driver_peak_mib, 1),
            "notes": list(self.notes),
            "failures": [{"document": f.doc_id, "error": f.error} for f in self.failures],
            "done_in_earlier_runs": self.done_earlier,
            "failed_in_earlier_runs": self.failed_earlier,
            "earlier_failures": [{"document": f.doc_id, "error": f.error} for f in self.earlier_failures],
        }

    def lines(self) -> list[str]:
        lines = [
            f"done: {self.done} documents in {self.seconds:.1f} s ({self.docs_per_second:.1f} documents/s)",
            f"failed: {self.failed}",
            f"skipped as already done: {self.skipped}",
        ]
        if self.duplicates:
            lines.append(f"duplicates dropped (same id and text seen twice): {self.duplicates}")
        for failure in self.failures[:FAILURES_SHOWN]:
            lines.append(f"  failed {failure.doc_id}: {failure.error}")
        if self.failed > FAILURES_SHOWN:
            lines.append(f"  ... and {self.failed - FAILURES_SHOWN} more (all in the ledger: batch_items)")
        if self.failed_earlier:
            lines.append(
                f"failed in earlier runs, not retried: {self.failed_earlier}"
                " (delete their rows from batch_items, or use a new --output, to retry them)"
            )
            for failure in self.earlier_failures[:FAILURES_SHOWN]:
                lines.append(f"  failed {failure.doc_id}: {failure.error}")
            if self.failed_earlier > FAILURES_SHOWN:
                lines.append(f"  ... and {self.failed_earlier - FAILURES_SHOWN} more (all in the ledger: batch_items)")
        if self.worker_peak_mib:
            memory = f"{self.worker_peak_mib:.0f} MiB per worker, {self.driver_peak_mib:.0f} MiB driver"
            lines.append(f"peak memory: {memory}")
        lines.extend(f"note: {note}" for note in self.notes)
        lines.append(f"output: {self.out}")
        return lines


class BatchProgress:
    """A Rich bar with documents/s and ETA when stderr is a terminal; silent otherwise."""

    def __init__(self, total: int | None, enabled: bool | None = None) -> None:
        self.bar: Any = None
        if self.wanted(enabled):
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("analyzing"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} docs/s"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.task = self.bar.add_task("analyzing", total=total, rate="-")

    @staticmethod
    def wanted(enabled: bool | None) -> bool:
        return enabled if enabled is not None else sys.stderr.isatty()

    def __enter__(self) -> BatchProgress:
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar:
            self.bar.stop()

    def advance(self, documents: int) -> None:
        if self.bar:
            self.bar.advance(self.task, documents)
            speed = self.bar.tasks[0].speed
            self.bar.update(self.task, rate=f"{speed:.1f}" if speed else "-")

    def skip(self, documents: int) -> None:
        """Items skipped as already done shrink the work left, so the ETA stays honest."""
        if self.bar and documents:
            total = self.bar.tasks[0].total
            if total is not None:
                self.bar.update(self.task, total=max(0, total - documents))
