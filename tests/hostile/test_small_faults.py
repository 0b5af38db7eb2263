"""The smaller faults of issue 17, each through the installed command where a user meets it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from cronica.errors import CronicaError
from cronica.ingest import decode_text, read_inputs
from cronica.store.db import connect, database_errors

CRONICA = str(Path(sys.executable).with_name("cronica"))
GOOD_ES = "Lenin murió en Gorki el 21 de enero de 1924."
GOOD_EN = "Lenin died at Gorki on 21 January 1924."
#: an unprivileged user for permission tests when the tests run as root (root ignores permissions)
NOBODY = 65534


def cronica(*args: str, env: dict[str, str] | None = None, as_nobody: bool = False, **kwargs):
    extra = {"user": NOBODY, "group": NOBODY, "extra_groups": []} if as_nobody and os.geteuid() == 0 else {}
    return subprocess.run(
        [CRONICA, *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, **(env or {})},
        cwd="/",
        **extra,
        **kwargs,
    )


def jsonl(path: Path, *texts: str) -> Path:
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)), "utf-8")
    return path


@pytest.fixture
def shared_tmp(tmp_path_factory) -> Path:
    """A folder an unprivileged user may use (pytest's own is private to its user)."""
    folder = tmp_path_factory.mktemp("faults")
    for parent in (folder, *folder.parents):
        if parent == Path("/"):
            break
        os.chmod(parent, os.stat(parent).st_mode | 0o755) if parent.owner() == "root" and os.geteuid() == 0 else None
    return folder


# --- batch workers do not outlive their driver ---------------------------------------------


def test_batch_workers_exit_when_the_driver_is_killed(tmp_path: Path):
    source = jsonl(tmp_path / "many.jsonl", *([GOOD_ES, GOOD_EN] * 400))
    driver = subprocess.Popen(
        [CRONICA, "batch", str(source), "--output", str(tmp_path / "out"), "--workers", "2", "--unit-size", "4"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        workers: list[psutil.Process] = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (tmp_path / "out" / "part-r0001-000001.jsonl.gz").exists():
            time.sleep(0.2)
        group = [p for p in psutil.process_iter(["pid"]) if _in_session(p, driver.pid) and p.pid != driver.pid]
        workers = [p for p in group if "python" in " ".join(_cmdline(p))]
        assert workers, "the batch started no worker processes"
        os.kill(driver.pid, signal.SIGKILL)  # the driver alone, as `kill -9 PID` does
        driver.wait(timeout=30)
        _gone, alive = psutil.wait_procs(workers, timeout=20)
        assert not alive, [(p.pid, _cmdline(p)) for p in alive]
    finally:
        for process in psutil.process_iter(["pid"]):
            if _in_session(process, driver.pid):
                process.kill()


def _in_session(process: psutil.Process, session_leader: int) -> bool:
    try:
        return os.getsid(process.pid) == session_leader
    except (ProcessLookupError, PermissionError):
        return False


def _cmdline(process: psutil.Process) -> list[str]:
    try:
        return process.cmdline()
    except psutil.Error:
        return []


# --- file system and lock errors: one line -------------------------------------------------


def _can_run_unprivileged() -> bool:
    """Root ignores file permissions: a read-only test needs another user who can run cronica."""
    if os.geteuid() != 0:
        return True
    try:
        return cronica("--version", as_nobody=True).returncode == 0
    except PermissionError:  # the interpreter lives where that user may not go (/root/.pyenv)
        return False


def test_a_folder_that_cannot_be_created_or_written_is_one_line(tmp_path: Path):
    source = jsonl(tmp_path / "one.jsonl", GOOD_ES)
    read_only_fs = Path("/sys/cronica-cannot-write-here")  # sysfs refuses new entries, even to root
    if not Path("/sys").is_dir() or Path("/sys").stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("no read-only file system to try")
    batch = cronica("batch", str(source), "--output", str(read_only_fs), "--skip", "nlp")
    assert batch.returncode == 2 and batch.stderr.strip().startswith(f"cronica: error: {read_only_fs}: cannot use")
    store = cronica("store", "load", str(source), "--db", str(read_only_fs / "c.sqlite"))
    assert store.returncode == 2 and "cannot open the corpus database" in store.stderr
    for done in (batch, store):
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_a_read_only_output_folder_is_one_line(shared_tmp: Path):
    if not _can_run_unprivileged():
        pytest.skip("running as root, and no unprivileged user can run this interpreter")
    source = jsonl(shared_tmp / "one.jsonl", GOOD_ES)
    os.chmod(source, 0o644)
    done_out = shared_tmp / "done"
    assert cronica("batch", str(source), "--output", str(done_out), "--skip", "nlp").returncode == 0
    readonly = shared_tmp / "readonly"
    readonly.mkdir(mode=0o555)
    for folder in (readonly, done_out):
        os.chmod(folder, 0o555)
        for file in folder.iterdir():
            os.chmod(file, 0o444)
    new = cronica("batch", str(source), "--output", str(readonly), "--skip", "nlp", as_nobody=True)
    assert new.returncode == 2 and new.stderr.strip().endswith("cannot write in the output folder: Permission denied")
    resumed = cronica("batch", str(source), "--output", str(done_out), "--skip", "nlp", as_nobody=True)
    assert resumed.returncode == 2 and len(resumed.stderr.strip().splitlines()) == 1, resumed.stderr
    assert "internal error" not in resumed.stderr
    loaded = cronica("store", "load", str(source), "--db", str(readonly / "c.sqlite"), as_nobody=True)
    assert loaded.returncode == 2 and "cannot open the corpus database" in loaded.stderr
    into_read_only = cronica("store", "load", str(source), "--db", str(done_out), as_nobody=True)
    assert into_read_only.returncode == 2 and "the corpus database is read-only here" in into_read_only.stderr
    query = cronica("query", "mentions", "Lenin", "--db", str(done_out), "--format", "json", as_nobody=True)
    assert query.returncode == 0, query.stderr  # an archived corpus is still readable
    assert "Traceback" not in new.stderr + resumed.stderr + loaded.stderr


def test_database_errors_are_one_line(tmp_path: Path):
    path = tmp_path / "c.sqlite"
    connect(path).close()
    read_only = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(CronicaError, match="read-only here: cronica cannot write to it"), database_errors(path):
        read_only.execute("CREATE TABLE t (x)")
    read_only.close()


def test_a_store_lock_held_too_long_is_one_line(tmp_path: Path, monkeypatch):
    import cronica.store.db as db

    path = tmp_path / "c.sqlite"
    connect(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(db, "LOCK_TIMEOUT_SECONDS", 0.5)
    try:
        with pytest.raises(CronicaError, match="locked by another process"):
            conn = connect(path)
            with database_errors(path):
                conn.execute("BEGIN IMMEDIATE")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# --- --kb wikidata while offline ---------------------------------------------------------


def test_wikidata_offline_says_linking_and_verification_did_not_run(tmp_path: Path):
    unreachable = {"HTTPS_PROXY": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9", "NO_PROXY": ""}
    done = cronica(
        "analyze", "-", "--lang", "en", "--kb", "wikidata", "--skip", "rhetoric", "--format", "json",
        input=GOOD_EN, env={**unreachable, "CRONICA_CACHE": str(tmp_path / "cache")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "warning: link: failed: Wikidata Query Service unreachable" in done.stderr
    assert "warning: verify: not run: needs link (1 of 1 documents)" in done.stderr


# --- text normalization ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected", "note"),
    [
        ("El café de Trotski en 1929.".encode() + b" \xff", "El café de Trotski en 1929. ÿ", True),
        ("Revolución de 1917".encode() + b"\xe9" + " y después".encode(), "Revolución de 1917é y después", True),
        ("The café in 1929 was".encode() + b" \x81", "The café in 1929 was \x81", True),
        ("El Año Nuevo en España, «CANCIÓN»".encode("cp1252"), "El Año Nuevo en España, «CANCIÓN»", False),
        ("Trotski fue expulsado en 1927; su niño".encode("cp1252"), "Trotski fue expulsado en 1927; su niño", False),
        ("Это текст о революции 1917 года".encode("cp1251"), "Это текст о революции 1917 года", False),
    ],
)  # fmt: skip
def test_invalid_utf8_is_read_without_garbling_the_rest(data: bytes, expected: str, note: bool):
    text, notes = decode_text(data, "x.txt")
    assert text == expected
    assert bool(notes) == note and all("were not valid UTF-8" in n for n in notes)


def test_the_repair_note_reaches_the_output(tmp_path: Path):
    file = tmp_path / "notas.txt"
    file.write_bytes(GOOD_ES.encode() + b" \xff")
    done = cronica("analyze", str(file), "--skip", "rhetoric", "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert "Gorki" in data["text"] and any("not valid UTF-8" in w for w in data["warnings"])


# --- records --------------------------------------------------------------------------------


def test_a_dangling_symlink_is_a_recorded_failure(tmp_path: Path):
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_ES, encoding="utf-8")
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    out = tmp_path / "out"
    done = cronica("batch", str(folder), "--output", str(out), "--skip", "nlp")
    assert done.returncode == 3 and "gone.txt: a symbolic link to a file that does not exist" in done.stderr
    again = cronica("batch", str(folder), "--output", str(out), "--skip", "nlp")
    assert again.returncode == 3 and "failed in earlier runs, not retried: 1" in again.stderr
    assert next(iter(read_inputs([str(folder / "gone.txt")], 1000))).message == "no such file"


def test_dask_keeps_its_logs_out_of_the_terminal(tmp_path: Path):
    source = jsonl(tmp_path / "two.jsonl", GOOD_ES, GOOD_EN)
    done = cronica("batch", str(source), "--output", str(tmp_path / "out"), "--engine", "dask", "--skip", "rhetoric")
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert all(line.startswith("cronica: ") for line in lines), done.stderr
    for noise in ("Scheduler at", "Nanny", "Register", "Traceback", "unsendable", "UserWarning", "8787"):
        assert noise not in done.stderr, noise


def test_an_unsendable_store_dropped_at_exit_prints_nothing(capsys, monkeypatch):
    """pyoxigraph's Store may only be dropped by its own thread; a worker ending elsewhere used to
    print a traceback for it. Other unraisable errors still reach the default hook."""
    from types import SimpleNamespace

    from cronica import process

    seen = []
    monkeypatch.setattr(process, "_default_unraisablehook", seen.append)
    unsendable = SimpleNamespace(exc_value=RuntimeError("pyoxigraph.Store is unsendable, but is being dropped"))
    process._unraisable(unsendable)
    other = SimpleNamespace(exc_value=ValueError("something else"))
    process._unraisable(other)
    assert seen == [other]
    assert capsys.readouterr().err == ""
