"""One bad record never costs the run: analyze, batch, the store loader, the JSONL reader.

A lone surrogate ("\\ud800" in JSON, common in scraped posts) ended `cronica analyze` with
exit 70 and no output for any input, and `cronica batch` before any work, on every rerun;
`cronica store load` aborted a whole file on one malformed analysis and accepted offsets far
outside the text.
"""

from __future__ import annotations

import copy
import gzip
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cronica.export.json_export import to_dict
from cronica.ingest import read_jsonl
from cronica.store.db import connect
from cronica.store.load import load_analysis
from cronica.store.validate import contract_problem

GOOD = "Lenin murió en Gorki el 21 de enero de 1924. Trotsky fue expulsado del partido en 1927."
SURROGATE_LINE = '{"id": "bad", "text": "Un texto roto \\ud800 en 1917."}'


def cronica(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """The installed command, as a user runs it."""
    executable = Path(sys.executable).with_name("cronica")
    return subprocess.run([str(executable), *args], capture_output=True, input=stdin, timeout=300, check=False)


def jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def analysis(pipeline) -> dict:
    return to_dict(pipeline.analyze_text(GOOD, lang="es", id="good"))


def test_analyze_reports_a_lone_surrogate_and_analyzes_the_rest(tmp_path: Path):
    source = jsonl(tmp_path / "posts.jsonl", [json.dumps({"id": "ok", "text": GOOD}), SURROGATE_LINE])
    done = cronica("analyze", str(source), "--format", "jsonl", "--skip", "rhetoric")
    assert done.returncode == 3, done.stderr
    assert [json.loads(line)["document"]["id"] for line in done.stdout.splitlines()] == ["ok"]
    errors = done.stderr.decode().strip().splitlines()
    assert any("posts.jsonl:2: the record's text holds a lone surrogate (\\ud800)" in line for line in errors)
    assert "internal error" not in done.stderr.decode() and "Traceback" not in done.stderr.decode()


def test_batch_records_a_lone_surrogate_as_a_failure_and_finishes(tmp_path: Path):
    source = jsonl(tmp_path / "posts.jsonl", [json.dumps({"id": "ok", "text": GOOD}), SURROGATE_LINE])
    out = tmp_path / "out"
    first = cronica("batch", str(source), "--output", str(out), "--skip", "rhetoric")
    assert first.returncode == 3, first.stderr
    assert b"done: 1 documents" in first.stderr and b"lone surrogate" in first.stderr
    again = cronica("batch", str(source), "--output", str(out), "--skip", "rhetoric")
    assert again.returncode == 3 and b"skipped as already done: 2" in again.stderr  # finished, failure kept
    rows = sqlite3.connect(out / "corpus.sqlite").execute("SELECT status, count(*) FROM batch_items GROUP BY 1")
    assert dict(rows.fetchall()) == {"done": 1, "failed": 1}


def test_the_jsonl_reader_never_raises(tmp_path: Path):
    lines = [
        json.dumps({"id": 1, "text": GOOD}),
        SURROGATE_LINE,
        "[" * 50_000 + "]" * 50_000,
        '{"text": "ok", "title": "\\udfff"}',
        '{"text": "x", "dct": 19}',
        "\u2028",
        json.dumps({"id": "last", "text": GOOD}),
    ]
    results = list(read_jsonl(jsonl(tmp_path / "mixed.jsonl", lines), 1_000_000))
    assert [getattr(r, "id", None) for r in results if not isinstance(r, Exception)] == ["1", "last"]
    errors = [r for r in results if isinstance(r, Exception)]
    assert [e.line for e in errors] == [2, 3, 4, 5]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.binary(max_size=80) | st.text(max_size=80).map(str.encode), max_size=6))
def test_the_jsonl_reader_survives_any_bytes(tmp_path_factory, chunks):
    path = tmp_path_factory.mktemp("jsonl") / "any.jsonl"
    path.write_bytes(b"\n".join(chunks))
    for result in read_jsonl(path, 10_000):
        assert not isinstance(result, Exception) or type(result).__name__ == "InputError"


# --- the store loader ---------------------------------------------------------------------


def _broken(analysis: dict, how: str) -> dict:
    data = copy.deepcopy(analysis)
    if how == "missing field":
        del data["document"]["lang"]
    elif how == "wrong type":
        data["entities"][0]["start"] = "12"
    elif how == "huge integer":
        data["entities"][0]["end"] = 10**30
    elif how == "surrogate":
        data["entities"][0]["text"] = "Len\ud800in"
    elif how == "offsets outside the text":
        data["timexes"][0]["start"], data["timexes"][0]["end"] = 10_000, 10_005
    elif how == "span text not the text's":
        data["entities"][0]["text"] = "Stalin"
    elif how == "dangling reference":
        data["events"][0]["sentence"] = "s99"
    elif how == "not a number":
        data["claims"][0]["confidence"] = float("nan")
    elif how == "chars not the text's length":
        data["document"]["chars"] += 1
    return data


HOW = [
    "missing field",
    "wrong type",
    "huge integer",
    "surrogate",
    "offsets outside the text",
    "span text not the text's",
    "dangling reference",
    "not a number",
    "chars not the text's length",
]


@pytest.mark.parametrize("how", HOW)
def test_each_kind_of_broken_analysis_is_named(analysis, how):
    assert contract_problem(analysis) is None
    problem = contract_problem(_broken(analysis, how))
    assert problem is not None and problem.startswith("$"), problem


def test_store_load_goes_on_past_bad_records_and_files(tmp_path: Path, analysis):
    lines = [json.dumps(analysis, ensure_ascii=False)]
    for how in HOW:
        lines.append(json.dumps(_broken(analysis, how), ensure_ascii=True))  # ASCII escapes keep the surrogate
    other = copy.deepcopy(analysis)
    other["document"]["id"] = "second"
    lines.append(json.dumps(other, ensure_ascii=False))
    source = tmp_path / "mixed.jsonl"
    source.write_bytes("\n".join(lines).encode("utf-8") + b"\n\xff\xfe not utf-8\n")
    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(gzip.compress((json.dumps(analysis) + "\n").encode())[:-12])
    db = tmp_path / "store.sqlite"
    done = cronica("store", "load", str(source), str(truncated), "--db", str(db))
    assert done.returncode == 3, done.stderr
    stderr = done.stderr.decode()
    assert "loaded 2 documents" in stderr and f"{len(HOW) + 2} bad records" in stderr, stderr
    assert stderr.count("not a valid cronica/analysis@1 record") == len(HOW)
    assert "Traceback" not in stderr and "internal error" not in stderr
    conn = sqlite3.connect(db)
    assert sorted(row[0] for row in conn.execute("SELECT id FROM documents")) == ["good", "second"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_mutation_is_loaded_or_refused_never_a_crash(tmp_path_factory, analysis, data):
    mutated = copy.deepcopy(analysis)
    paths = list(_paths(mutated))
    container, key = data.draw(st.sampled_from(paths))
    value = data.draw(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(min_value=-(2**70), max_value=2**70),
            st.floats(allow_nan=True, allow_infinity=True),
            st.text(max_size=10),
            st.lists(st.integers(), max_size=2),
            st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
        )
    )
    if data.draw(st.booleans()) and isinstance(container, dict):
        container.pop(key)
    else:
        container[key] = value
    problem = contract_problem(mutated)
    conn = connect(tmp_path_factory.mktemp("store") / "s.sqlite")
    try:
        if problem is None:
            assert load_analysis(conn, mutated)
    finally:
        conn.close()


def _paths(value, found=None):
    """(container, key) for every field and item of a JSON value."""
    found = [] if found is None else found
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        found.append((value, key))
        _paths(child, found)
    return found
