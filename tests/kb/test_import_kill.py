"""`cronica kb import` killed with SIGKILL (driver and Dask workers at once) resumes where it stopped."""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cronica.kb.importer import import_dump
from kb.test_importer import many_entities, pack_triples, write_gzip_members

CRONICA = Path(sys.executable).with_name("cronica")


def run_import(dump: Path, out: Path, env: dict[str, str]) -> subprocess.Popen:
    command = [str(CRONICA), "kb", "import", str(dump), "-o", str(out), "--workers", "1", "--split-size", "64K"]
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


@pytest.mark.slow
def test_sigkill_then_resume(tmp_path):
    dump = tmp_path / "people.json.gz"
    write_gzip_members(dump, many_entities(12_000), per_member=20_000)
    reference = tmp_path / "reference.nt.gz"
    expected = import_dump(dump, reference, split_bytes=1 << 30)
    env = {**os.environ, "CRONICA_CACHE": str(tmp_path / "cache"), "CRONICA_DATA": str(tmp_path / "data")}
    out = tmp_path / "people.nt.gz"
    ledger = tmp_path / "people.nt.gz.parts" / "ledger.jsonl"

    first = run_import(dump, out, env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and first.poll() is None:
        if ledger.exists() and len(ledger.read_bytes().splitlines()) >= 2:
            break
        time.sleep(0.02)
    assert first.poll() is None, f"the import ended before it could be killed: {first.communicate()}"
    os.killpg(first.pid, signal.SIGKILL)  # the driver and its Dask nanny and worker, all at once
    first.wait(timeout=30)
    assert first.returncode == -signal.SIGKILL
    committed = len(ledger.read_bytes().splitlines())
    splits = -(-dump.stat().st_size // (64 << 10))
    assert 2 <= committed < splits and not out.exists()

    second = run_import(dump, out, env)
    stdout, stderr = second.communicate(timeout=300)
    assert second.returncode == 0, stderr
    resumed = int(stderr.split("resumed: ")[1].split(" of ")[0])
    assert resumed >= committed
    assert f"kept {expected.kept} " in stderr and not stdout  # the result is the file; messages go to stderr
    assert pack_triples(out) == pack_triples(reference)
    assert gzip.decompress(out.read_bytes())  # one valid gzip file made of the parts' members
    assert not ledger.parent.exists()
