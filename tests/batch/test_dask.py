"""`--engine dask`: the same stage functions on a dask.distributed LocalCluster with two worker processes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from cronica.batch.partitions import partition_files, read_partition
from cronica.batch.run import BatchConfig, run_batch
from cronica.options import Options
from cronica.store.db import connect


@pytest.mark.slow
def test_dask_local_cluster_two_workers(tmp_path: Path, corpus):
    texts = corpus.texts(24)
    source = corpus.jsonl(tmp_path / "corpus.jsonl", texts)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": ""}\n', encoding="utf-8")
    out = tmp_path / "out"
    config = BatchConfig(
        inputs=(str(source), str(bad)), out=out, options=Options(), workers=2, engine="dask", unit_size=3,
        progress=False,
    )  # fmt: skip
    report = run_batch(config)
    assert (report.done, report.failed) == (24, 1)
    written = Counter(data["document"]["id"] for path in partition_files(out) for data in read_partition(path))
    assert sorted(written) == [t[0] for t in texts] and set(written.values()) == {1}
    conn = connect(out)
    # the parse ran on the Dask workers (entities), in both languages
    assert conn.execute("SELECT count(DISTINCT lang) FROM documents").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM entities").fetchone()[0] > 10
    assert dict(conn.execute("SELECT engine, workers FROM batch_runs").fetchall()) == {"dask": 2}
    again = run_batch(config)
    assert (again.done, again.skipped) == (0, 25)
