"""`--engine dask`: the same stage functions on a dask.distributed LocalCluster with two worker processes."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from cronica.batch.partitions import partition_files, read_partition
from cronica.batch.run import BatchConfig, run_batch
from cronica.errors import CronicaError
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


def test_an_existing_scheduler_is_used_from_the_command_line(tmp_path: Path, corpus):
    from distributed import LocalCluster
    from typer.testing import CliRunner

    from cronica.cli.main import app

    source = corpus.jsonl(tmp_path / "corpus.jsonl", corpus.texts(6))
    out = tmp_path / "out"
    with LocalCluster(n_workers=1, processes=False, protocol="tcp", dashboard_address=None) as cluster:
        args = [
            "batch",
            str(source),
            "--output",
            str(out),
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
        ]
        result = CliRunner().invoke(app, [*args, "--skip", "nlp", "--report-format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["done"] == 6
    assert len(list(read_ids(out))) == 6


def read_ids(out: Path):
    for path in partition_files(out):
        for data in read_partition(path):
            yield data["document"]["id"]


def test_a_scheduler_for_the_local_engine_is_a_user_error(tmp_path: Path, small_jsonl: Path):
    config = BatchConfig(inputs=(str(small_jsonl),), out=tmp_path / "o", options=Options(), scheduler="tcp://x:1")
    with pytest.raises(CronicaError, match="--engine dask"):
        run_batch(config)
