"""A batch run SIGKILLed mid-way and started again finishes with every document exactly once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from cronica.batch.partitions import partition_files, read_partition

CORPUS_SIZE = 240
DEADLINE_S = 120


def _start(source: Path, out: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "cronica", "batch", str(source), "--output", str(out), "--unit-size", "4"]
    # a session of its own, so that the kill reaches the worker processes too, as a real kill -9 of the group would
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _committed(out: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{out / 'corpus.sqlite'}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM batch_items").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created or not migrated yet
        return 0


def _kill_after(process: subprocess.Popen, out: Path, at_least: int) -> int:
    """SIGKILL the run once `at_least` items are committed; returns how many were, at the kill."""
    give_up = time.monotonic() + DEADLINE_S
    while _committed(out) < at_least:
        if process.poll() is not None:
            pytest.fail(f"the run ended before it could be killed: {process.stderr.read().decode()[-500:]}")
        if time.monotonic() > give_up:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail("the run made no progress")
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return _committed(out)


@pytest.mark.slow
def test_killed_twice_then_resumed_every_document_exactly_once(tmp_path: Path, corpus):
    texts = corpus.texts(CORPUS_SIZE)
    source = corpus.jsonl(tmp_path / "corpus.jsonl", texts)
    out = tmp_path / "out"

    first = _kill_after(_start(source, out), out, at_least=12)
    assert first < CORPUS_SIZE, "the first run was not killed mid-way"
    second = _kill_after(_start(source, out), out, at_least=first + 12)
    assert second < CORPUS_SIZE, "the second run was not killed mid-way"

    final = _start(source, out)
    _, stderr = final.communicate(timeout=DEADLINE_S * 2)
    assert final.returncode == 0, stderr.decode()[-1000:]
    report = stderr.decode()
    assert f"done: {CORPUS_SIZE - second} documents" in report
    assert f"skipped as already done: {second}" in report

    written = Counter(data["document"]["id"] for path in partition_files(out) for data in read_partition(path))
    assert sorted(written) == sorted(t[0] for t in texts), "a document is missing from the partitions"
    assert set(written.values()) == {1}, f"duplicates: {[k for k, n in written.items() if n > 1][:5]}"
    conn = sqlite3.connect(out / "corpus.sqlite")
    assert conn.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone() == (CORPUS_SIZE, CORPUS_SIZE)
    assert conn.execute("SELECT count(*) FROM batch_items WHERE status = 'done'").fetchone()[0] == CORPUS_SIZE
    assert conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Bolívar'").fetchone()[0] > 0
    # the real pipeline ran: the parse found entities
    assert conn.execute("SELECT count(*) FROM entities").fetchone()[0] > CORPUS_SIZE / 2
    assert not list(out.glob("*.tmp"))


def _grandchildren(pid: int) -> list[int]:
    def children(of: int) -> list[int]:
        found = subprocess.run(["pgrep", "-P", str(of)], capture_output=True, text=True).stdout.split()
        return [int(p) for p in found]

    return [grandchild for child in children(pid) for grandchild in children(child)]


@pytest.mark.slow
def test_a_worker_that_dies_ends_the_run_with_one_line_and_a_resume_finishes(tmp_path: Path, corpus):
    texts = corpus.texts(CORPUS_SIZE)
    source = corpus.jsonl(tmp_path / "corpus.jsonl", texts)
    out = tmp_path / "out"
    process = _start(source, out)
    give_up = time.monotonic() + DEADLINE_S
    while _committed(out) < 8 and time.monotonic() < give_up:
        time.sleep(0.05)
    workers = _grandchildren(process.pid)  # driver → forkserver → workers
    assert workers, "no worker process found"
    for pid in workers:
        os.kill(pid, signal.SIGKILL)
    _, stderr = process.communicate(timeout=DEADLINE_S)
    message = stderr.decode()
    assert process.returncode == 2, message
    assert "a worker process died" in message and "Traceback" not in message
    resumed = _start(source, out)
    resumed.communicate(timeout=DEADLINE_S * 2)
    assert resumed.returncode == 0
    written = Counter(data["document"]["id"] for path in partition_files(out) for data in read_partition(path))
    assert len(written) == CORPUS_SIZE and set(written.values()) == {1}
