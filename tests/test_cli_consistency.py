"""Every command speaks the same language: one spelling per flag, help on every option, choices for
closed sets, results on stdout and messages on stderr."""

from __future__ import annotations

import json
import typing
from enum import Enum
from pathlib import Path
from typing import Any, Literal

import pytest
import typer.main

from contract_checks import run_cli
from cronica.cli.main import app

#: one spelling per concept: the long flag and its one short form
CANONICAL = {
    "--format": "-f", "--output": "-o", "--limit": "-n", "--lang": "-l", "--workers": "-w", "--port": "-p",
    "--verbose": "-v",
}  # fmt: skip
#: spellings retired for the canonical ones
RETIRED = {"--out", "--json", "--report-json", "--max-results", "--output-format", "--outdir"}
#: options whose values form a closed set: offered as choices, never free strings
CLOSED_SETS = {
    "--format",
    "--lang",
    "--kb",
    "--engine",
    "--mode",
    "--what",
    "--skip",
    "--rdf-format",
    "--report-format",
}


def _commands() -> list[tuple[str, Any]]:
    found = []

    def walk(command: Any, path: str) -> None:
        found.append((path, command))
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, f"{path} {name}")

    walk(typer.main.get_command(app), "cronica")
    return found


COMMANDS = _commands()
OPTIONS = [
    (path, param)
    for path, command in COMMANDS
    for param in command.params
    if param.param_type_name == "option" and param.name not in ("help", "install_completion", "show_completion")
]


def test_there_are_commands_to_check() -> None:
    names = {path for path, _ in COMMANDS}
    assert {
        "cronica analyze",
        "cronica batch",
        "cronica query events",
        "cronica kb show",
        "cronica eval timex",
    } <= names
    assert len(OPTIONS) > 60


PARAMS = [(path, param) for path, command in COMMANDS for param in command.params if param.name != "help"]


@pytest.mark.parametrize(("path", "param"), PARAMS, ids=[f"{path} {param.name}" for path, param in PARAMS])
def test_every_option_and_argument_has_help(path: str, param: Any) -> None:
    assert (param.help or "").strip(), f"{path} {'/'.join(param.opts)}: no help text"


def test_one_spelling_per_flag() -> None:
    short_of: dict[str, set[str]] = {}
    for path, param in OPTIONS:
        longs = [flag for flag in param.opts if flag.startswith("--")]
        shorts = [flag for flag in param.opts if not flag.startswith("--")]
        assert len(longs) == 1 and len(shorts) <= 1, f"{path}: {param.opts}: one long flag, at most one short one"
        assert longs[0] not in RETIRED, f"{path}: {longs[0]} is spelled {_canonical_for(longs[0])} everywhere"
        if longs[0] in CANONICAL:
            assert shorts == [CANONICAL[longs[0]]], f"{path}: {longs[0]} must have the short form {CANONICAL[longs[0]]}"
        for short in shorts:
            short_of.setdefault(short, set()).add(longs[0])
    for short, longs in short_of.items():
        assert len(longs) == 1, f"{short} stands for several flags: {sorted(longs)}"


def _canonical_for(flag: str) -> str:
    return {"--out": "--output", "--json": "--format json", "--report-json": "--report-format json"}.get(
        flag, "--limit" if flag == "--max-results" else "--output"
    )


def test_closed_sets_are_choices() -> None:
    checked = 0
    for path, param in OPTIONS:
        if param.opts[0] not in CLOSED_SETS and not (set(param.opts) & CLOSED_SETS):
            continue
        annotation = param.type_descriptor.annotation
        args = typing.get_args(annotation)
        if typing.get_origin(annotation) is list:
            annotation = args[0]
        elif typing.get_origin(annotation) in (typing.Union, __import__("types").UnionType):
            annotation = next(arg for arg in args if arg is not type(None))
        is_choice = typing.get_origin(annotation) is Literal or (
            isinstance(annotation, type) and issubclass(annotation, Enum)
        )
        assert is_choice, f"{path} {param.opts}: a closed set must be a Literal or an Enum, not {annotation!r}"
        checked += 1
    assert checked >= 25


def test_the_language_and_format_choices_come_from_their_homes() -> None:
    from cronica.export import FORMAT_MODULES, exporters
    from cronica.options import SUPPORTED_LANGUAGES

    assert set(exporters()) == set(FORMAT_MODULES)
    analyze = dict(COMMANDS)["cronica analyze"]
    lang = next(p for p in analyze.params if p.name == "lang").type_descriptor.annotation
    choices = [value for arg in (typing.get_args(lang) or (lang,)) for value in typing.get_args(arg) or (arg,)]
    assert [value for value in choices if value is not type(None)] == ["auto", *SUPPORTED_LANGUAGES]


def test_results_go_to_stdout_and_messages_to_stderr(tmp_path: Path, capsys, monkeypatch) -> None:
    shown = run_cli(["kb", "show", "Q33391", "--format", "json"], capsys, monkeypatch)
    assert shown.code == 0 and json.loads(shown.out)["id"] == "Q33391" and shown.err == ""
    built = run_cli(["kb", "build", "-o", str(tmp_path / "pack.nt.gz")], capsys, monkeypatch)
    assert built.code == 0 and built.out == "" and "wrote" in built.err
    wrong = run_cli(["kb", "show", "Q33391", "--format", "yaml"], capsys, monkeypatch)
    assert wrong.code == 2 and wrong.out == "" and wrong.err.count("\n") == 1 and "'yaml' is not one of" in wrong.err
