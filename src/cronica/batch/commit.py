"""Commit a finished unit: partition file first, then store + ledger in one transaction.

This is the only place that writes results, and it runs in one process (the
driver), so deciding "already done?" and recording "done" cannot race. Items whose
key the ledger already has (the same document twice in the input, in units that ran
at the same time) are dropped here: each key is committed exactly once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cronica.batch.analyze import Outcome, UnitResult
from cronica.batch.ledger import Ledger
from cronica.batch.partitions import partition_name, write_partition
from cronica.pipeline import StageProblems
from cronica.store.load import load_analysis


@dataclass
class CommitCounts:
    done: int = 0
    failed: int = 0
    duplicates: int = 0
    worker_peak_mib: float = 0.0


class Committer:
    def __init__(self, ledger: Ledger, out: Path, run: int, fmt: str) -> None:
        self.ledger = ledger
        self.out = out
        self.run = run
        self.fmt = fmt
        self.counts = CommitCounts()
        self.problems = StageProblems()  # stages that failed or did not run, for the report

    def commit(self, result: UnitResult) -> None:
        fresh = self._fresh(result.outcomes)
        analyzed = [o for o in fresh if o.line is not None]
        name = partition_name(self.run, result.number, self.fmt) if analyzed else None
        if name:
            self.ledger.record_pending(name, self.run)  # first: a kill after this leaves a file we may delete
            write_partition(self.out, name, [o.line for o in analyzed if o.line], self.fmt)
        with self.ledger.transaction() as conn:
            if name:
                self.ledger.record_partition(conn, name, self.run, len(analyzed))
                self.ledger.forget_pending(conn, [name])
            for outcome in fresh:
                if outcome.line is not None:
                    data = json.loads(outcome.line)
                    load_analysis(conn, data)
                    self.problems.add(data.get("warnings", ()))
                analyzed_ok = outcome.line is not None
                self.ledger.record_item(
                    conn, outcome.key, outcome.doc_id, outcome.sha256, self.run,
                    partition=name if analyzed_ok else None,
                    error=None if analyzed_ok else outcome.error or "unknown error",
                )  # fmt: skip
        self._count(fresh)
        self.counts.worker_peak_mib = max(self.counts.worker_peak_mib, result.worker_peak_mib)

    def _fresh(self, outcomes: tuple[Outcome, ...]) -> list[Outcome]:
        known = self.ledger.recorded([o.key for o in outcomes])
        fresh, seen = [], set()
        for outcome in outcomes:
            if outcome.key in known or outcome.key in seen:
                self.counts.duplicates += 1
                continue
            seen.add(outcome.key)
            fresh.append(outcome)
        return fresh

    def _count(self, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            if outcome.line is not None:
                self.counts.done += 1
            else:
                self.counts.failed += 1
