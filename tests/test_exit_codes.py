"""Every documented exit code, from the installed `cronica` executable run as a subprocess.

The in-process test runner (CliRunner) never goes through `cli.main.run`, so it missed that
Typer raises its own copy of click's errors: an unknown option ended as exit 70, "internal
error". These tests run the console script exactly as a user does (docs/output.md).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CRONICA = str(Path(sys.executable).with_name("cronica"))
GOOD = "Lenin murió en Gorki el 21 de enero de 1924."


def cronica(*args: str, stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CRONICA, *args], capture_output=True, text=True, input=stdin, timeout=timeout, check=False)


def one_line_error(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr, done.stderr
    assert len([line for line in done.stderr.splitlines() if line.startswith("cronica: error:")]) <= 1, done.stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("exit-codes")
    source = folder / "one.jsonl"
    source.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n", encoding="utf-8")
    done = cronica("batch", str(source), "--output", str(folder / "out"), "--skip", "nlp")
    assert done.returncode == 0, done.stderr
    return folder / "out"


def test_0_when_every_document_is_analyzed():
    done = cronica("analyze", "-", "--lang", "es", "--skip", "rhetoric", "--format", "json", stdin=GOOD)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["document"]["lang"] == "es"


def test_1_when_no_document_could_be_analyzed(tmp_path: Path):
    done = cronica("analyze", str(tmp_path / "missing.txt"))
    assert done.returncode == 1 and "no such file" in done.stderr
    one_line_error(done)


def test_3_when_some_documents_failed(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   ", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    done = cronica("analyze", str(good), str(empty), "--skip", "rhetoric", "--format", "jsonl")
    assert done.returncode == 3 and "empty input" in done.stderr
    assert len(done.stdout.splitlines()) == 1
    one_line_error(done)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("analyze", "--nope", "x.txt"), "No such option: --nope"),
        (("no-such-command",), "No such command 'no-such-command'"),
        (("analyze", "-", "--max-chars", "1e12"), "Invalid value for '--max-chars'"),
        (("analyze", "-", "--max-chars", "0"), "Invalid value for '--max-chars'"),
        (("analyze", "-", "--lang", "fr"), "Invalid value for '--lang' / '-l': 'fr' is not one of 'auto', 'es', 'en'"),
        (("analyze", "-", "--format", "pdf"), "'pdf' is not one of 'table', 'json'"),
        (("analyze", "-", "--model", "es=no_such_pipeline"), "spaCy pipeline 'no_such_pipeline' is not installed"),
        (("batch", "x.jsonl", "--output", ""), "Invalid value for --output"),
        (("batch", "x.jsonl", "--output", "o", "--workers", "0"), "Invalid value for '--workers'"),
        (("serve", "--port", "70000"), "invalid port 70000"),
    ],
)
def test_2_for_a_usage_error(args, message):
    done = cronica(*args, stdin=GOOD)
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert message in done.stderr, done.stderr
    one_line_error(done)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            "[stages.verify]\nmin_link_score = 0.7\n",
            "unknown setting 'stages.verify.min_link_score' (known: approx_reach,",
        ),
        ("[stages.events]\nmax_events = 3\n", "the events stage takes no settings: remove [stages.events]"),
        ("[stages.timex]\nmode = 3\n", "'stages.timex.mode': should be a string (got 3)"),
    ],
)
def test_2_for_a_bad_stage_table_in_the_config_file(table: str, message: str, tmp_path: Path):
    """Checked as the file loads, before any text is read: one line naming the file, table and key."""
    config = tmp_path / "cronica.toml"
    config.write_text(table, encoding="utf-8")
    done = cronica("analyze", "-", "--lang", "es", "--config", str(config), stdin=GOOD)
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert done.stderr.startswith(f"cronica: error: {config}: {message}"), done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert done.stdout == ""
    one_line_error(done)


@pytest.mark.parametrize("command", ["flagged", "contradicted", "mentions Lenin", "events Q1394"])
def test_2_for_a_limit_no_database_can_take(store: Path, command: str):
    done = cronica("query", *command.split(), "--limit", "99999999999999999999", "--db", str(store))
    assert done.returncode == 2 and "Invalid value for '--limit'" in done.stderr, done.stderr
    one_line_error(done)


def test_a_huge_max_chars_is_only_a_limit():
    """1,000,000,000,000 characters is a valid (if generous) limit: reading must not try to allocate it."""
    done = cronica("analyze", "-", "--lang", "es", "--skip", "rhetoric", "--max-chars", "1000000000000", stdin=GOOD)
    assert done.returncode == 0, done.stderr


def test_70_for_a_bug_with_one_line():
    """An unexpected exception: one line naming it, exit 70 (run() exactly as the console script)."""
    script = (
        "import sys\n"
        "from cronica.cli import main\n"
        "@main.app.command('crash')\n"
        "def crash() -> None:\n"
        "    raise RuntimeError('a bug')\n"
        "sys.argv = ['cronica', 'crash']\n"
        "main.run()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 70
    assert done.stderr.strip() == "cronica: internal error: RuntimeError: a bug (set CRONICA_DEBUG=1 for details)"
